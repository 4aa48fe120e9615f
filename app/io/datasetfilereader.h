// SPDX-License-Identifier: MIT
#pragma once

#include "datasetbuilder.h"
#include "loadprogress.h"

class FileWindowStream;
class SourceFile;

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

// The same for a file the loader has spare cores for (SourceFile::mayReadInParts): when it is
// large and written over several lines, its events array is read in parts, several at once, one
// thread reading the file from its start and taking in the parts the others read as it gets to
// them. The outcome, messages included, is the same as read()'s: a part is taken in only where
// it was read exactly as one reader would have read it, and is otherwise read again.
void readInParts(SourceFile &file, int index, DatasetBuilder &builder,
                 LoadProgress *progress = nullptr);

// A file is read in parts of this size or more (by readInParts); 0 restores the default.
void setPartBytesForTesting(qint64 bytes);
// How many parts, in this process, were read on their own and taken in.
int partsUsedForTesting();

} // namespace DatasetFileReader
