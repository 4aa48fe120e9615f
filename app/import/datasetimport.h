// SPDX-License-Identifier: MIT
#pragma once

#include "datasetloader.h"
#include "importoptions.h"

// Loads files of any format Tideline reads into one Dataset: tideline/1 files through its own
// reader, other tools' files through their importers, each file recognised by its content
// unless the options name a format. Everything else is DatasetLoader's: several files read at
// once, all or nothing, messages with file, line and column.
namespace DatasetImport {

LoadResult load(const QStringList &paths, const ImportOptions &options = {},
                LoadProgress *progress = nullptr,
                DatasetLoader::Keep keep = DatasetLoader::Keep::Everything);

// Reads options->profileFile into options->profile, when it names one. Returns an empty string,
// or what went wrong ("cannot read profile.json: ...").
QString readProfileFile(ImportOptions *options);

// The FileReader DatasetLoader::load takes, for these options.
DatasetLoader::FileReader fileReader(const ImportOptions &options);

} // namespace DatasetImport
