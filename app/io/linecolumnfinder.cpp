// SPDX-License-Identifier: MIT
#include "linecolumnfinder.h"

#include "sourcefile.h"

#include <algorithm>
#include <cstring>
#include <tuple>

namespace {

constexpr qint64 chunkBytes = qint64(1) << 20;

} // namespace

LineColumnFinder::LineColumnFinder(std::function<qint64(char *, qint64)> read)
    : m_read(std::move(read)), m_buffer(new char[size_t(chunkBytes)]), m_data(m_buffer.get())
{
}

bool LineColumnFinder::nextChunk()
{
    if (!m_read)
        return false;
    const qint64 n = m_read(m_buffer.get(), chunkBytes);
    if (n <= 0) {
        m_read = {};
        return false;
    }
    m_dataStart += m_available;
    m_available = n;
    return true;
}

bool LineColumnFinder::byteAt(qint64 offset, uchar *byte)
{
    while (offset >= m_dataStart + m_available) {
        if (!nextChunk())
            return false;
    }
    *byte = uchar(m_data[offset - m_dataStart]);
    return true;
}

void LineColumnFinder::countUtf8(const char *from, const char *to)
{
    // Lines by memchr, which is fast; characters only on the last line, where the column is.
    while (const void *lineBreak = std::memchr(from, '\n', size_t(to - from))) {
        ++m_line;
        m_column = 1;
        from = static_cast<const char *>(lineBreak) + 1;
    }
    for (; from < to; ++from) {
        if ((uchar(*from) & 0xC0) != 0x80) // count characters, not UTF-8 bytes
            ++m_column;
    }
}

std::pair<int, int> LineColumnFinder::at(qint64 offset)
{
    offset = std::max<qint64>(offset, 0);
    if (!m_started) {
        m_started = true;
        uchar first = 0, second = 0;
        if (byteAt(0, &first) && byteAt(1, &second)
            && ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF))) {
            // UTF-16 with a byte order mark (spreadsheets' "Unicode text", which the CSV
            // importer reads): lines and characters counted in code units, a surrogate pair
            // as one.
            m_utf16 = first == 0xFF ? 1 : 2;
            m_pos = 2;
        }
    }
    if (m_utf16) {
        for (uchar a = 0, b = 0; m_pos < offset && byteAt(m_pos, &a) && byteAt(m_pos + 1, &b);
             m_pos += 2) {
            const uint unit = m_utf16 == 1 ? a | b << 8 : a << 8 | b;
            if (unit == '\n') {
                ++m_line;
                m_column = 1;
            } else if (unit < 0xDC00 || unit > 0xDFFF) {
                ++m_column;
            }
        }
        return {m_line, m_column};
    }
    while (m_pos < offset) {
        if (m_pos >= m_dataStart + m_available && !nextChunk())
            break;
        const qint64 stop = std::min(offset, m_dataStart + m_available);
        countUtf8(m_data + (m_pos - m_dataStart), m_data + (stop - m_dataStart));
        m_pos = stop;
    }
    return {m_line, m_column};
}

LoadMessages locateMessages(std::vector<DatasetBuilder::Message> raw,
                            const std::vector<std::unique_ptr<SourceFile>> &files)
{
    // Every place a message names, its own and the one it refers to, in one pass per file.
    std::stable_sort(raw.begin(), raw.end(), [](const auto &a, const auto &b) {
        return std::pair(a.location.file, a.location.offset)
            < std::pair(b.location.file, b.location.offset);
    });
    using Place = std::pair<int, qint64>;
    std::vector<Place> places;
    for (const DatasetBuilder::Message &m : raw) {
        places.emplace_back(m.location.file, m.location.offset);
        if (m.related.file >= 0)
            places.emplace_back(m.related.file, m.related.offset);
    }
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    std::vector<std::pair<int, int>> lineColumns(places.size());
    for (size_t i = 0; i < places.size();) {
        const int f = places[i].first;
        size_t end = i;
        while (end < places.size() && places[end].first == f)
            ++end;
        // Sorted: the last place is inside the file unless none is (-1: the file as a whole).
        const std::unique_ptr<LineColumnFinder> finder =
            places[end - 1].second >= 0 ? files[size_t(f)]->lineColumnFinder() : nullptr;
        for (; i < end; ++i)
            lineColumns[i] = places[i].second >= 0 && finder ? finder->at(places[i].second)
                                                             : std::pair(0, 0);
    }
    const auto place = [&](const DatasetBuilder::Location &at) {
        LoadMessage where;
        where.file = files[size_t(at.file)]->name();
        const auto it = std::lower_bound(places.begin(), places.end(), Place(at.file, at.offset));
        std::tie(where.line, where.column) = lineColumns[size_t(it - places.begin())];
        return where;
    };
    LoadMessages located;
    for (const DatasetBuilder::Message &m : raw) {
        LoadMessage message = place(m.location);
        message.severity = m.error ? LoadMessage::Severity::Error : LoadMessage::Severity::Warning;
        message.skippableRow = m.skippableRow;
        message.path = m.path;
        message.text = m.text;
        if (m.related.file >= 0) {
            const LoadMessage other = place(m.related);
            message.relatedText = m.relatedText;
            message.relatedFile = other.file;
            message.relatedLine = other.line;
            message.relatedColumn = other.column;
        }
        located.append(message);
    }
    return located;
}
