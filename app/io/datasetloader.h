// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "loadmessage.h"
#include "loadprogress.h"

#include <QStringList>

#include <functional>
#include <memory>

class DatasetBuilder;
class SourceFile;

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
    // Some errors are about rows an import can leave out (LoadMessage::skippableRow).
    bool hasSkippableRows() const;
};

// Reads tideline/1 files and folders into a Dataset. A folder stands for the *.json files in it,
// sorted by name. Paths may be Qt resource paths (":/data/sample.json").
namespace DatasetLoader {

// Reads one file (file number `index` of the load, opened, its head read) into the builder:
// tideline/1 by default, streamed; the import layer (app/import) passes a reader that also
// reads other tools' formats. Called on several threads at once, one file each.
using FileReader = std::function<void(SourceFile &file, int index, DatasetBuilder &builder,
                                      LoadProgress *progress)>;

// What a load keeps: the whole dataset, or (tideline validate) all but the events' titles,
// descriptions and places, which are still read and checked: the same messages, and a dataset
// with the same counts in a fraction of the memory.
enum class Keep { Everything, AllButEventText };

// With `progress`, reports how far it has got and stops early (no dataset, one message that
// says so) once the progress is cancelled. Safe to call on a worker thread.
LoadResult load(const QStringList &paths, LoadProgress *progress = nullptr,
                const FileReader &reader = {}, Keep keep = Keep::Everything);

// The default FileReader: a tideline/1 file, or one message saying what else the file looks like.
void readTidelineFile(SourceFile &file, int index, DatasetBuilder &builder,
                      LoadProgress *progress);

// The files the paths stand for (a folder: its *.json files), named as the user gave them.
// Appends an error for each path that names no readable file, and a warning for each folder
// found inside a folder (not read).
QStringList expandPaths(const QStringList &paths, LoadMessages *messages);

// For tests only: `hook` runs each time a chunk of a file has been read, with the file's name
// and the bytes read so far, so that a test can change the file in the middle of a read.
// chunkBytes > 0 makes the chunks that small. Set it while no load runs; pass an empty
// function to remove it.
void setReadHookForTesting(std::function<void(const QString &file, qint64 bytesRead)> hook,
                           qint64 chunkBytes = 0);

} // namespace DatasetLoader
