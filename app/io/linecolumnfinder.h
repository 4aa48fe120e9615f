// SPDX-License-Identifier: MIT
#pragma once

// Lines and columns for DatasetLoader's messages: the builder knows a place as a file index and
// a byte offset; the user reads it as a file name, a line and a column. Private to app/io.

#include "datasetbuilder.h"
#include "filebytes.h"
#include "loadmessage.h"

#include <memory>
#include <utility>
#include <vector>

// Line and column (1-based, columns in characters; UTF-8, or UTF-16 with a byte order mark) of
// byte offsets, found in one pass over the
// file for all messages at once: a minified file is one long line, and counting each message's
// column from the start of its line would scan it once per message.
class LineColumnFinder
{
public:
    LineColumnFinder(const char *data, qint64 size) : m_data(data), m_size(size) {}

    // Offsets must be asked for in increasing order.
    std::pair<int, int> at(qint64 offset);

private:
    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_utf16 = 0; // 1: UTF-16LE, 2: UTF-16BE (a byte order mark at the start)
};

// The builder's messages as LoadMessages, in file order, then by position, with every place a
// message names (its own and the one it refers to) turned into file name, line and column.
// `files` are the files the builder read, by index.
LoadMessages locateMessages(std::vector<DatasetBuilder::Message> messages,
                            const std::vector<std::unique_ptr<FileBytes>> &files);
