// SPDX-License-Identifier: MIT
#pragma once

#include "datasetbuilder.h"
#include "loadprogress.h"

class FileWindowStream;

// Streams one file's bytes through RapidJSON's SAX reader (iterative, so deep nesting cannot
// overflow the stack; validating UTF-8) and hands each element of each collection to the
// DatasetBuilder as soon as it is complete. Neither the file nor its JSON is ever whole in
// memory: the bytes come chunk by chunk, and only one record is held at a time.
namespace DatasetFileReader {

// Reads the stream, from its start, as file number `file`. Syntax errors and structural
// problems go to the builder's messages. With `progress`, adds the bytes and events it reads to
// it (several files may be read at once) and stops when it is cancelled.
void read(FileWindowStream &stream, int file, DatasetBuilder &builder,
          LoadProgress *progress = nullptr);

} // namespace DatasetFileReader
