// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

// A streaming CSV/TSV tokenizer over text already in memory (UTF-8: see DecodedText), one row
// at a time, for the column-mapped CSV importer and the event-data importers (GDELT, ICEWS,
// ACLED) alike. Reading allocates nothing per cell: a cell is a string_view into the text when
// it can be (unquoted, or quoted without doubled quotes), and otherwise into one buffer reused
// for every row. The views stay valid until the next readRow().
//
//   CsvReader reader(text, '\t');
//   while (reader.readRow()) {
//       if (reader.problem() != CsvReader::Problem::None) ...report at reader.problemOffset()
//       for (int c = 0; c < reader.cellCount(); ++c) use(reader.cell(c), reader.cellOffset(c));
//   }
//
// Quotes (RFC 4180): a cell that begins with `"` runs to the next `"` not doubled, and may hold
// delimiters, line breaks and `""` (one quote). A quote inside an unquoted cell is kept as it
// is. Quoting::None reads every quote as text (GDELT, whose fields are never quoted).
// Rows end at \n, \r\n or a lone \r. Lines that are entirely empty are skipped.
// Offsets are byte offsets into the text given to the constructor.
class CsvReader
{
public:
    enum class Quoting { Rfc4180, None };

    // What is wrong with the row just read. The row is still read as well as it can be.
    enum class Problem {
        None,
        UnclosedQuote,  // a quoted cell runs to the end of the text
        TextAfterQuote, // `"a"b`: text between a closing quote and the delimiter (kept)
        TooManyCells,   // more than maxCells: the rest of the row is dropped
    };
    static constexpr int maxCells = 100'000;

    explicit CsvReader(std::string_view text, char delimiter = ',',
                       Quoting quoting = Quoting::Rfc4180);

    // Reads the next row; false at the end of the text.
    bool readRow();

    int cellCount() const { return int(m_cells.size()); }
    std::string_view cell(int index) const { return m_cells[size_t(index)].text; }
    // Where the cell starts in the text (its opening quote, when quoted).
    qint64 cellOffset(int index) const { return m_cells[size_t(index)].offset; }
    bool cellQuoted(int index) const { return m_cells[size_t(index)].quoted; }
    // The cell, or an empty view past the end of a short row.
    std::string_view cellOrEmpty(int index) const
    {
        return index >= 0 && index < cellCount() ? cell(index) : std::string_view();
    }

    qint64 rowOffset() const { return m_rowOffset; }
    // Where the next row starts: how far the reader has got.
    qint64 position() const { return m_pos; }
    // Rows read so far, the current one included (1 after the first readRow()).
    qint64 rowNumber() const { return m_rowNumber; }
    bool atEnd() const { return m_pos >= qint64(m_text.size()); }

    Problem problem() const { return m_problem; }
    qint64 problemOffset() const { return m_problemOffset; }
    static QString describe(Problem problem);

    char delimiter() const { return m_delimiter; }

    // The delimiter a text uses, among , ; TAB and |: the one that splits the first rows (up
    // to 64 KiB of them) into the same number of cells, more than one, most consistently, then
    // into the most cells. `preferTab`: ties go to TAB (a .tsv file). None splits anything: ','.
    static char sniffDelimiter(std::string_view text, bool preferTab = false);
    // Whether the first row is a header: every cell non-empty, none a number or a date, and
    // the names distinct; a single-row text with those properties too.
    static bool sniffHeader(std::string_view text, char delimiter);
    // "comma", "tab", "semicolon", "pipe" (for messages and the dialog).
    static QString delimiterName(char delimiter);

private:
    struct Cell
    {
        std::string_view text;
        qint64 offset = 0;
        size_t bufferBegin = 0; // where its text is in m_buffer, when it was unescaped
        bool quoted = false;
        bool buffered = false;
    };

    void readQuotedCell(Cell &cell);
    void setProblem(Problem problem, qint64 offset);

    std::string_view m_text;
    char m_delimiter;
    Quoting m_quoting;
    bool m_special[256] = {}; // delimiter, \n, \r: where an unquoted cell ends
    qint64 m_pos = 0;
    qint64 m_rowOffset = 0;
    qint64 m_rowNumber = 0;
    std::vector<Cell> m_cells;
    std::string m_buffer;
    Problem m_problem = Problem::None;
    qint64 m_problemOffset = -1;
};
