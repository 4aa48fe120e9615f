// SPDX-License-Identifier: MIT
#pragma once

#include "csvreader.h"
#include "importcontext.h"
#include "textencoding.h"
#include "tidelinerecord.h"

#include <QCoreApplication>

#include <initializer_list>

#include <string>
#include <string_view>
#include <unordered_set>

// The importers of political event data, each with its built-in mapping from the coder's
// columns to tideline/1 (docs/FORMAT.md, "Importing political event data"). DatasetImport's
// dispatch calls them with the file's ImportContext.
namespace EventDataImport {

void readGdelt(ImportContext &context);  // GDELT 2.0 events export (and GDELT 1.0's layouts)
void readIcews(ImportContext &context);  // ICEWS coded events
void readAcled(ImportContext &context);  // ACLED, older upper-case or current lower-case

// A text value that can go into a tideline/1 string: valid UTF-8 without control characters
// (but for line breaks and tabs when `lineBreaks`: notes written over several lines).
bool isCleanText(std::string_view text, bool lineBreaks = false);

// The records every event-data importer writes besides its events: actors (each once, states
// under "country:XYZ"), and sources (each once, by what identifies them). Ids are stable: the
// same row gives the same ids in every import.
class EventDataRecords
{
    Q_DECLARE_TR_FUNCTIONS(EventDataImport)

public:
    explicit EventDataRecords(ImportContext &context) : m_context(context) {}

    // The state actor of a country or CAMEO region code ("IND", "EUR"): "country:IND" named
    // "India" (kind state), "region:EUR" named "Europe" (kind other), written the first time.
    // Empty for an unknown code, with one warning per code naming `field`.
    std::string_view stateByCode(std::string_view code, qint64 offset, const QString &field);
    // The state actor of a country named as the coders name it ("Russian Federation", "the
    // Philippines"). An unknown name gives "country:<name>" when `known` says it is a country
    // (a column that holds only countries), else nothing.
    std::string_view stateByName(std::string_view name, qint64 offset, bool known);

    // Writes the actor the first time its id is seen. `parent` may be empty.
    void actor(std::string_view id, std::string_view name, std::string_view kind,
               std::string_view parent, qint64 offset);

    // A source, written the first time its id is seen.
    void source(std::string_view id, std::string_view title, std::string_view publisher,
                std::string_view url, qint64 offset);
    // A source the caller knows is new (it keeps its own, cheaper, record of what it wrote).
    void newSource(std::string_view id, std::string_view title, std::string_view publisher,
                   std::string_view url, qint64 offset);

    TidelineRecord &record() { return m_record; }

private:
    ImportContext &m_context;
    TidelineRecord m_record;     // for the actors and sources
    // Looked up by string_view without allocating.
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
    StringSet m_actors, m_sources, m_warnedCodes;
    std::string m_stateId;
};

// A table with a header row (ICEWS, ACLED): the file decoded (a file that is not UTF-8 is read
// as Windows-1252, with a warning), the delimiter sniffed, columns found by their names, and
// each row checked to have as many cells as the header. Offsets are the file's.
class HeaderedTable
{
    Q_DECLARE_TR_FUNCTIONS(EventDataImport)

public:
    HeaderedTable(ImportContext &context, bool preferTab);

    // Reads the header; false (with an error) when the file has none.
    bool readHeader();
    // The first of these names the header has, ignoring letter case; -1 if none.
    int column(std::initializer_list<std::string_view> names) const;
    // The header's names of the required columns that are missing, or empty.
    QString missing(std::initializer_list<std::initializer_list<std::string_view>> required) const;

    // The next row (beginRow already called, a broken row already reported); false at the end
    // or when the import should stop.
    bool nextRow();
    void endRow();

    std::string_view cell(int column) const { return m_reader.cellOrEmpty(column); }
    // The cell, or empty for the coder's "missing" marks ("NA" in ICEWS).
    std::string_view value(int column, std::string_view missingMark = {}) const
    {
        const std::string_view text = cell(column);
        return !missingMark.empty() && text == missingMark ? std::string_view() : text;
    }
    qint64 offset(int column) const;
    qint64 rowOffset() const { return m_rowOffset; }
    QString fieldName(int column) const;
    void rowError(int column, const QString &text);
    // Checks the text of these columns (valid UTF-8, no control characters); false after a
    // row error.
    bool checkText(std::initializer_list<int> columns, bool lineBreaks = false);

private:
    ImportContext &m_context;
    DecodedText m_text;
    CsvReader m_reader;
    std::vector<std::string> m_header; // lower case, for lookups
    std::vector<std::string> m_names;  // as the file writes them, for messages
    qint64 m_rowOffset = 0;
};

// "Police (India)" -> "India"; empty when the name does not end with a parenthesis.
std::string_view trailingParenthesis(std::string_view name);
// Splits a list held in one cell ("a; b", "Police,Government") at `separator`, trimmed, empty
// items dropped.
template<typename Function>
void forEachItem(std::string_view list, char separator, Function &&function)
{
    while (!list.empty()) {
        const size_t at = list.find(separator);
        std::string_view item = list.substr(0, at);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        if (!item.empty())
            function(item);
        list = at == std::string_view::npos ? std::string_view() : list.substr(at + 1);
    }
}

} // namespace EventDataImport
