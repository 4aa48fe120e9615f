// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "loadmessage.h"
#include "loadprogress.h"

#include <QStringList>

#include <memory>

// The outcome of a load: a complete dataset and its warnings, or no dataset and every error.
// All or nothing: the caller keeps what it had open unless `dataset` is set.
struct LoadResult
{
    std::shared_ptr<const Dataset> dataset;
    LoadMessages messages;

    bool ok() const { return dataset != nullptr; }
    bool cancelled = false;
    int errorCount() const;
    int warningCount() const;
};

// Reads tideline/1 files and folders into a Dataset. A folder stands for the *.json files in it,
// sorted by name. Paths may be Qt resource paths (":/data/sample.json").
namespace DatasetLoader {

// With `progress`, reports how far it has got and stops early (no dataset, one message that
// says so) once the progress is cancelled. Safe to call on a worker thread.
LoadResult load(const QStringList &paths, LoadProgress *progress = nullptr);

// The file name shown in messages: the path as the user gave it.
QStringList expandPaths(const QStringList &paths, LoadMessages *messages);

} // namespace DatasetLoader
