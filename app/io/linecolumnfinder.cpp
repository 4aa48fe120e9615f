// SPDX-License-Identifier: MIT
#include "linecolumnfinder.h"

#include <algorithm>
#include <tuple>

std::pair<int, int> LineColumnFinder::at(qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, m_size);
    if (m_pos == 0 && m_size >= 2
        && ((uchar(m_data[0]) == 0xFF && uchar(m_data[1]) == 0xFE)
            || (uchar(m_data[0]) == 0xFE && uchar(m_data[1]) == 0xFF))) {
        // UTF-16 with a byte order mark (spreadsheets' "Unicode text", which the CSV importer
        // reads): lines and characters counted in code units, a surrogate pair as one.
        m_utf16 = uchar(m_data[0]) == 0xFF ? 1 : 2;
        m_pos = 2;
    }
    if (m_utf16) {
        for (; m_pos < offset && m_pos + 1 < m_size; m_pos += 2) {
            const uint unit = m_utf16 == 1 ? uchar(m_data[m_pos]) | uchar(m_data[m_pos + 1]) << 8
                                           : uchar(m_data[m_pos]) << 8 | uchar(m_data[m_pos + 1]);
            if (unit == '\n') {
                ++m_line;
                m_column = 1;
            } else if (unit < 0xDC00 || unit > 0xDFFF) {
                ++m_column;
            }
        }
        return {m_line, m_column};
    }
    for (; m_pos < offset; ++m_pos) {
        const char c = m_data[m_pos];
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++m_column;
        }
    }
    return {m_line, m_column};
}

LoadMessages locateMessages(std::vector<DatasetBuilder::Message> raw,
                            const std::vector<std::unique_ptr<FileBytes>> &files)
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
        const FileBytes &file = *files[size_t(places[i].first)];
        LineColumnFinder finder(file.data, file.size);
        for (const int f = places[i].first; i < places.size() && places[i].first == f; ++i)
            lineColumns[i] = places[i].second >= 0 ? finder.at(places[i].second)
                                                   : std::pair(0, 0);
    }
    const auto place = [&](const DatasetBuilder::Location &at) {
        LoadMessage where;
        where.file = files[size_t(at.file)]->name;
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
