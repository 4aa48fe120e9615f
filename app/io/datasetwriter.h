// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QString>

#include <vector>

// Writes a Dataset as one tideline/1 file, every collection and field it holds, so that reading
// the file back gives the same dataset (what `tideline convert` writes). Streams: a million
// events never exist as one JSON document in memory.
namespace DatasetWriter {

// Writes to `path` through a temporary file that replaces it only when everything was written.
// Returns an empty string, or what went wrong in words for the user.
QString write(const Dataset &dataset, const QString &path);

// The same text, for tests and small datasets. With `onlyEvents`, only those events (indices,
// in the order given) are written, the rest of the dataset whole.
QByteArray toJson(const Dataset &dataset, const std::vector<int> *onlyEvents = nullptr);

} // namespace DatasetWriter
