// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>
#include <set>

CsvReader::CsvReader(std::string_view text, char delimiter, Quoting quoting)
    : m_text(text), m_delimiter(delimiter), m_quoting(quoting)
{
    m_special[uchar(delimiter)] = true;
    m_special[uchar('\n')] = true;
    m_special[uchar('\r')] = true;
}

void CsvReader::setProblem(Problem problem, qint64 offset)
{
    if (m_problem == Problem::None) {
        m_problem = problem;
        m_problemOffset = offset;
    }
}

bool CsvReader::readRow()
{
    m_cells.clear();
    m_buffer.clear();
    m_problem = Problem::None;
    m_problemOffset = -1;
    const char *s = m_text.data();
    const qint64 n = qint64(m_text.size());
    while (m_pos < n && (s[m_pos] == '\n' || s[m_pos] == '\r'))
        ++m_pos;
    if (m_pos >= n)
        return false;
    m_rowOffset = m_pos;
    ++m_rowNumber;
    bool anyBuffered = false;
    for (;;) {
        Cell cell;
        cell.offset = m_pos;
        if (m_quoting == Quoting::Rfc4180 && s[m_pos] == '"') {
            readQuotedCell(cell);
            anyBuffered |= cell.buffered;
        } else {
            qint64 p = m_pos;
            while (p < n && !m_special[uchar(s[p])])
                ++p;
            cell.text = std::string_view(s + m_pos, size_t(p - m_pos));
            m_pos = p;
        }
        if (m_cells.size() < size_t(maxCells))
            m_cells.push_back(cell);
        else
            setProblem(Problem::TooManyCells, cell.offset);
        if (m_pos >= n)
            break;
        const char c = s[m_pos++];
        if (c == m_delimiter) {
            if (m_pos >= n) { // a delimiter at the very end: one more, empty cell
                Cell last;
                last.offset = m_pos;
                last.text = std::string_view(s + m_pos, 0);
                if (m_cells.size() < size_t(maxCells))
                    m_cells.push_back(last);
                break;
            }
            continue;
        }
        if (c == '\r' && m_pos < n && s[m_pos] == '\n')
            ++m_pos;
        break;
    }
    if (anyBuffered) {
        for (Cell &cell : m_cells) {
            if (cell.buffered)
                cell.text = std::string_view(m_buffer.data() + cell.bufferBegin, cell.text.size());
        }
    }
    return true;
}

// At an opening quote. Leaves m_pos at the delimiter or line end after the cell (or at the end).
void CsvReader::readQuotedCell(Cell &cell)
{
    const char *s = m_text.data();
    const qint64 n = qint64(m_text.size());
    cell.quoted = true;
    const qint64 start = m_pos + 1;
    qint64 p = start;
    // Text of a buffered cell is appended to m_buffer; its length is kept in cell.text's size
    // (the data pointer is set once the row is complete: the buffer may move while it grows).
    size_t length = 0;
    const auto toBuffer = [&](qint64 from, qint64 to) {
        if (!cell.buffered) {
            cell.buffered = true;
            cell.bufferBegin = m_buffer.size();
            m_buffer.append(s + start, size_t(from - start));
            length = size_t(from - start);
        }
        m_buffer.append(s + from, size_t(to - from));
        length += size_t(to - from);
    };
    for (;;) {
        const void *found = p < n ? std::memchr(s + p, '"', size_t(n - p)) : nullptr;
        if (!found) {
            setProblem(Problem::UnclosedQuote, cell.offset);
            if (cell.buffered)
                toBuffer(p, n);
            else
                length = size_t(n - start);
            m_pos = n;
            break;
        }
        const qint64 quote = static_cast<const char *>(found) - s;
        if (quote + 1 < n && s[quote + 1] == '"') { // "" is one quote
            toBuffer(p, quote + 1);
            p = quote + 2;
            continue;
        }
        if (cell.buffered)
            toBuffer(p, quote);
        else
            length = size_t(quote - start);
        m_pos = quote + 1;
        break;
    }
    if (m_pos < n && !m_special[uchar(s[m_pos])]) {
        setProblem(Problem::TextAfterQuote, m_pos);
        qint64 end = m_pos;
        while (end < n && !m_special[uchar(s[end])])
            ++end;
        if (!cell.buffered)
            toBuffer(start + qint64(length), start + qint64(length)); // the quoted part
        m_buffer.append(s + m_pos, size_t(end - m_pos));
        length += size_t(end - m_pos);
        m_pos = end;
    }
    // A buffered cell's pointer is set in readRow(), once the buffer has stopped growing.
    cell.text = std::string_view(cell.buffered ? s : s + start, length);
}

QString CsvReader::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::UnclosedQuote:
        return QCoreApplication::translate(
            "CsvReader", "a quoted cell is never closed: its quote runs to the end of the file");
    case Problem::TextAfterQuote:
        return QCoreApplication::translate(
            "CsvReader", "text after a quoted cell's closing quote (a quote inside a quoted cell "
                         "must be doubled: \"\")");
    case Problem::TooManyCells:
        return QCoreApplication::translate("CsvReader", "more than %n cells in one row", nullptr,
                                           maxCells);
    }
    return {};
}

namespace {

// Up to 64 KiB of the text, cut after its last line break so no row is cut short.
std::string_view head(std::string_view text)
{
    constexpr size_t headBytes = 64 * 1024;
    if (text.size() <= headBytes)
        return text;
    std::string_view cut = text.substr(0, headBytes);
    const size_t lineEnd = cut.find_last_of('\n');
    return lineEnd == std::string_view::npos ? cut : cut.substr(0, lineEnd + 1);
}

bool looksLikeData(std::string_view cell)
{
    bool digit = false;
    for (char c : cell) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (!std::strchr(" -+/.:,TZ", c) || c == '\0')
            return false;
    }
    return digit;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace

char CsvReader::sniffDelimiter(std::string_view text, bool preferTab)
{
    const std::string_view sample = head(text);
    constexpr std::array<char, 4> candidates{',', '\t', ';', '|'};
    constexpr int maxRows = 50;
    char best = preferTab ? '\t' : ',';
    double bestConsistency = 0;
    int bestCells = 1;
    for (char candidate : candidates) {
        CsvReader reader(sample, candidate);
        int rows = 0;
        int matching = 0;
        int first = 0;
        while (rows < maxRows && reader.readRow()) {
            if (rows == 0)
                first = reader.cellCount();
            matching += reader.cellCount() == first;
            ++rows;
        }
        if (first <= 1)
            continue;
        const double consistency = double(matching) / rows;
        const bool better =
            consistency > bestConsistency + 1e-9 ||
            (consistency > bestConsistency - 1e-9 &&
             (first > bestCells || (first == bestCells && preferTab && candidate == '\t')));
        if (better) {
            best = candidate;
            bestConsistency = consistency;
            bestCells = first;
        }
    }
    return best;
}

bool CsvReader::sniffHeader(std::string_view text, char delimiter)
{
    CsvReader reader(head(text), delimiter);
    if (!reader.readRow())
        return false;
    std::set<std::string_view> names;
    for (int c = 0; c < reader.cellCount(); ++c) {
        const std::string_view name = trimmed(reader.cell(c));
        if (name.empty() || looksLikeData(name) || !names.insert(name).second)
            return false;
    }
    return true;
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QCoreApplication::translate("CsvReader", "comma");
    case '\t':
        //: The name of a CSV file's delimiter: the tab character
        return QCoreApplication::translate("CsvReader", "tab");
    case ';':
        return QCoreApplication::translate("CsvReader", "semicolon");
    case '|':
        //: The name of a CSV file's delimiter: the character |
        return QCoreApplication::translate("CsvReader", "pipe");
    default:
        return QStringLiteral("'%1'").arg(QLatin1Char(delimiter));
    }
}
