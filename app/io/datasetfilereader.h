// SPDX-License-Identifier: MIT
#pragma once

#include "datasetbuilder.h"
#include "loadprogress.h"

#include <QByteArray>

// Streams one file's bytes through RapidJSON's SAX reader (iterative, so deep nesting cannot
// overflow the stack; validating UTF-8) and hands each element of each collection to the
// DatasetBuilder as soon as it is complete. The whole file never exists as a DOM.
namespace DatasetFileReader {

// Reads `size` bytes at `data` as file number `file`. Syntax errors and structural problems go
// to the builder's messages. With `progress`, adds the bytes and events it reads to it (several
// files may be read at once) and stops when it is cancelled.
void read(const char *data, qint64 size, int file, DatasetBuilder &builder,
          LoadProgress *progress = nullptr);

} // namespace DatasetFileReader
