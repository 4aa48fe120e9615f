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

// The same for a file the loader has a spare core for (SourceFile::mayReadInTwo): when it is
// large and written over several lines, the events from the middle of the file on are read on a
// second thread while this one reads up to them. The outcome, messages included, is the same as
// read()'s: the second part is used only where it is read exactly as one reader would read it,
// and otherwise this thread reads on alone.
void readInTwo(SourceFile &file, int index, DatasetBuilder &builder,
               LoadProgress *progress = nullptr);

// Files from this size on are read in two parts (by readInTwo); 0 restores the default.
void setTwoPartMinimumForTesting(qint64 bytes);
// How many times, in this process, a second part was read and used.
int secondPartsUsedForTesting();

} // namespace DatasetFileReader
