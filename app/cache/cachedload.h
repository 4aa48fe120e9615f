// SPDX-License-Identifier: MIT
#pragma once

#include "datasetcache.h"
#include "importoptions.h"

#include <QStringList>

// Loading through the dataset cache, for every entry point that opens datasets (the window's
// session, its live reload, `export` and `convert`; never `validate`, which checks the files
// themselves): the files' image when the cache holds a good one, otherwise DatasetImport::load,
// after which a successful result is kept for next time, in the background or at once.
namespace CachedLoad {

enum class Keep {
    InBackground, // on a thread of its own: the caller has its result at once (the window)
    Now,          // before load() returns (the commands, which exit right after)
};

struct Outcome
{
    LoadResult result;
    bool fromCache = false;
    // What the cache did and why, for --verbose: "no image", "the files changed", a failed write.
    QStringList notes;
};

// `cache` null: the cache is off (--no-cache, the setting); a plain DatasetImport::load.
Outcome load(const QStringList &paths, const ImportOptions &options, LoadProgress *progress,
             const DatasetCache *cache, Keep keep = Keep::InBackground);

// Waits for the images being written in the background; for tests and the bench. The program
// waits for them on its own as it exits, so that no write is cut short.
void waitForBackgroundWrites();

} // namespace CachedLoad
