// SPDX-License-Identifier: MIT
#pragma once

// Lines and columns for DatasetLoader's messages: the builder knows a place as a file index and
// a byte offset; the user reads it as a file name, a line and a column. Private to app/io.

#include "datasetbuilder.h"
#include "loadmessage.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class SourceFile;

// Line and column (1-based, columns in characters; UTF-8, or UTF-16 with a byte order mark) of
// byte offsets, found in one pass over the file for all messages at once: a minified file is one
// long line, and counting each message's column from the start of its line would scan it once
// per message. The bytes are in memory, or read chunk by chunk as far as the offsets asked for.
class LineColumnFinder
{
public:
    LineColumnFinder(const char *data, qint64 size) : m_data(data), m_available(size) {}
    // `read` gives the file's next bytes, like QIODevice::read (0 at the end).
    explicit LineColumnFinder(std::function<qint64(char *to, qint64 maxSize)> read);

    // Offsets must be asked for in increasing order.
    std::pair<int, int> at(qint64 offset);

private:
    bool nextChunk();
    bool byteAt(qint64 offset, uchar *byte);
    void countUtf8(const char *from, const char *to);

    std::function<qint64(char *, qint64)> m_read;
    std::unique_ptr<char[]> m_buffer;
    const char *m_data = nullptr;
    qint64 m_available = 0; // bytes at m_data
    qint64 m_dataStart = 0; // the file offset of m_data[0]
    qint64 m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_started = false;
    int m_utf16 = 0; // 1: UTF-16LE, 2: UTF-16BE (a byte order mark at the start)
};

// The builder's messages as LoadMessages, in file order, then by position, with every place a
// message names (its own and the one it refers to) turned into file name, line and column.
// `files` are the files the builder read, by index; one that has changed since it was read
// (SourceFile::lineColumnFinder) leaves its places at line 0 and says so in its outcome.
LoadMessages locateMessages(std::vector<DatasetBuilder::Message> messages,
                            const std::vector<std::unique_ptr<SourceFile>> &files);
