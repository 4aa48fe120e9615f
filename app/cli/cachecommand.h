// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QTextStream>

struct LoadResult;

// The dataset cache from the command line: `tideline cache clear`, and loading the inputs of
// `export` and `convert` through it (unless --no-cache or the setting turn it off).
namespace CacheCommand {

int clear(QTextStream &out, QTextStream &err);

} // namespace CacheCommand

// Loads the command's inputs through the dataset cache, keeping the image before it returns;
// with --verbose, says on `err` what the cache did.
LoadResult loadThroughCache(const CommandLine &commandLine, const ImportOptions &options,
                            QTextStream &err);
