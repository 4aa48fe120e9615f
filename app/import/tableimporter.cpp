// SPDX-License-Identifier: MIT
#include "tableimporter.h"

#include "csvreader.h"
#include "importcontext.h"
#include "mappedtable.h"
#include "spreadsheetdates.h"
#include "textencoding.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <climits>

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << u'"' + name + u'"';
    return quoted.join(QStringLiteral(", "));
}

// A table opened for reading through a mapping: how it is encoded and split, its columns, and
// which of them each of the mapping's columns is. What CSV import and the preview share.
struct OpenTable
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)

public:
    DecodedText text;
    char delimiter = ',';
    bool header = true;
    QStringList names;        // the file's columns
    std::vector<int> columns; // per MappedTable column: the file's column
    ColumnMapping mapping;

    // A problem with the file or the mapping as a whole.
    qint64 errorOffset = -1;
    QString error;
    QString encodingWarning;

    bool open(const char *data, qint64 size, const QString &fileName,
              const std::optional<ColumnMapping> &given);
    // Which file column a mapped column's name is: exactly (spaces around ignored), else
    // ignoring case; -1 when none.
    int find(const QString &name) const;
};

bool OpenTable::open(const char *data, qint64 size, const QString &fileName,
                     const std::optional<ColumnMapping> &given)
{
    text = DecodedText::decode(data, size);
    if (text.encoding() == DecodedText::Encoding::Windows1252) {
        const qint64 at = text.firstInvalidUtf8();
        const QString byte =
            QStringLiteral("%1").arg(uchar(data[at]), 2, 16, QLatin1Char('0')).toUpper();
        encodingWarning = tr("the file is not UTF-8 (byte 0x%1 here is not UTF-8): it was read as "
                             "Windows-1252; if letters look wrong, save it from the spreadsheet "
                             "as \"CSV UTF-8\"")
                              .arg(byte);
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    mapping = given.value_or(ColumnMapping());
    delimiter = mapping.delimiter
                    ? mapping.delimiter
                    : CsvReader::sniffDelimiter(text.text(), suffix == u"tsv" || suffix == u"tab");
    header = mapping.header.value_or(CsvReader::sniffHeader(text.text(), delimiter));
    CsvReader reader(text.text(), delimiter);
    if (!reader.readRow()) {
        errorOffset = 0;
        error = tr("the file holds no rows");
        return false;
    }
    for (int c = 0; c < reader.cellCount(); ++c)
        names << (header ? fromView(trimmed(reader.cell(c))) : QString::number(c + 1));
    if (!given) {
        mapping = ColumnMapping::guess(header ? names : QStringList());
        mapping.delimiter = delimiter;
        mapping.header = header;
        if (!mapping.missing().isEmpty()) {
            errorOffset = 0;
            error = header
                        ? tr("cannot tell which column holds what: %1. The columns are %2. "
                             "Give a column mapping with --profile FILE, or open the file "
                             "with the import dialog")
                              .arg(mapping.missing().join(QStringLiteral("; ")), quotedList(names))
                        : tr("the file has no header row naming its columns, so which column "
                             "holds what cannot be guessed. Give a column mapping with "
                             "--profile FILE, or open the file with the import dialog");
            return false;
        }
    } else {
        mapping.delimiter = delimiter;
        mapping.header = header;
    }
    const QStringList missing = mapping.missing();
    if (!missing.isEmpty()) {
        errorOffset = 0;
        error =
            tr("the column mapping is not complete: %1").arg(missing.join(QStringLiteral("; ")));
        return false;
    }
    const MappedTable table(mapping, fileName, QStringLiteral("column"), false);
    for (const QString &name : table.columns()) {
        const int c = find(name);
        if (c < 0) {
            errorOffset = 0;
            error = tr("the column mapping reads a column \"%1\", which the file does not have; "
                       "its columns are %2")
                        .arg(name, quotedList(names));
            return false;
        }
        columns.push_back(c);
    }
    return true;
}

int OpenTable::find(const QString &name) const
{
    const QString wanted = name.trimmed();
    const qsizetype exact = names.indexOf(wanted);
    if (exact >= 0)
        return int(exact);
    for (qsizetype c = 0; c < names.size(); ++c) {
        if (names[c].compare(wanted, Qt::CaseInsensitive) == 0)
            return int(c);
    }
    return -1;
}

// The day/month order of every date column, decided from all of its values, once.
struct DateOrders
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)

public:
    struct Problem
    {
        int column; // MappedTable's
        qint64 offset;
        QString text;
        bool ambiguous;
    };
    std::vector<Problem> problems;

    void decide(OpenTable &table, MappedTable &mapped)
    {
        const std::vector<int> dateColumns = mapped.dateColumns();
        if (dateColumns.empty())
            return;
        std::vector<SpreadsheetDates::ColumnOrder> orders(dateColumns.size());
        CsvReader reader(table.text.text(), table.delimiter);
        if (table.header)
            reader.readRow();
        while (reader.readRow()) {
            for (size_t i = 0; i < dateColumns.size(); ++i) {
                const int c = table.columns[size_t(dateColumns[i])];
                if (c < reader.cellCount())
                    orders[i].add(reader.cell(c), reader.cellOffset(c));
            }
        }
        const ColumnMapping::DateOrder given = table.mapping.dateOrder;
        for (size_t i = 0; i < dateColumns.size(); ++i) {
            const SpreadsheetDates::ColumnOrder &order = orders[i];
            const int column = dateColumns[i];
            mapped.setDateOrder(column, order.orderFor(given));
            if (given != ColumnMapping::DateOrder::Unknown)
                continue;
            if (order.conflicting()) {
                problems.push_back(
                    {column, table.text.fileOffset(order.monthFirstOffset()),
                     tr("the dates in this column are written both day first (\"%1\") and month "
                        "first (\"%2\"): correct them so that one order holds for the whole "
                        "column")
                         .arg(order.dayFirstExample(), order.monthFirstExample()),
                     false});
            } else if (order.ambiguous()) {
                problems.push_back(
                    {column, table.text.fileOffset(order.ambiguousOffset()),
                     tr("every date in this column (%n of them, such as \"%1\") could be day/month "
                        "or month/day: say which (the import dialog asks; in a profile, "
                        "\"dateOrder\": \"dmy\" or \"mdy\")",
                        nullptr, int(std::min<qint64>(order.ambiguousCount(), INT_MAX)))
                         .arg(order.ambiguousExample()),
                     true});
            }
        }
        std::sort(problems.begin(), problems.end(),
                  [](const Problem &a, const Problem &b) { return a.offset < b.offset; });
    }
};

// Fills the mapped values of the reader's current row.
void fillValues(const OpenTable &table, const CsvReader &reader, qint64 rowOffset,
                MappedTable &mapped)
{
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const int c = table.columns[i];
        MappedTable::Value &value = mapped.values[i];
        if (c < reader.cellCount()) {
            value.text = trimmed(reader.cell(c));
            value.offset = table.text.fileOffset(reader.cellOffset(c));
        } else {
            value.text = {};
            value.offset = rowOffset;
        }
    }
}

} // namespace

void TableImporter::read(ImportContext &context)
{
    std::optional<ColumnMapping> given;
    if (!context.options().profile.isEmpty()) {
        QString error;
        given = ColumnMapping::fromJson(context.options().profile, &error);
        if (!given) {
            const QString where = context.options().profileFile.isEmpty()
                                      ? tr("the column mapping")
                                      : context.options().profileFile;
            //: %1 is the profile file, or "the column mapping", %2 what is wrong with it
            context.error(-1, QString(), tr("%1: %2").arg(where, error));
            return;
        }
    }
    OpenTable table;
    const bool opened = table.open(context.data(), context.size(), context.fileName(), given);
    if (!table.encodingWarning.isEmpty())
        context.warning(table.text.firstInvalidUtf8(), QString(), table.encodingWarning);
    if (!opened) {
        context.error(table.errorOffset, QString(), table.error);
        return;
    }
    MappedTable mapped(table.mapping, context.fileName(), QStringLiteral("column"), false);
    DateOrders orders;
    orders.decide(table, mapped);
    if (!orders.problems.empty()) {
        for (const DateOrders::Problem &problem : orders.problems)
            context.error(problem.offset, mapped.fieldName(problem.column), problem.text);
        return;
    }
    CsvReader reader(table.text.text(), table.delimiter);
    if (table.header) {
        reader.readRow();
        if (reader.problem() != CsvReader::Problem::None) {
            context.error(table.text.fileOffset(reader.problemOffset()), QString(),
                          CsvReader::describe(reader.problem()));
            return;
        }
    }
    MappedTable::Row row;
    qint64 number = 0;
    while (!context.shouldStop() && reader.readRow()) {
        ++number;
        const qint64 rowOffset = table.text.fileOffset(reader.rowOffset());
        context.beginRow(rowOffset);
        if (reader.problem() != CsvReader::Problem::None) {
            // The row's cells are not what the file meant: that alone is reported.
            context.rowError(table.text.fileOffset(reader.problemOffset()), QString(),
                             CsvReader::describe(reader.problem()));
        } else {
            fillValues(table, reader, rowOffset, mapped);
            mapped.read(number, rowOffset, row);
            for (const MappedTable::Problem &problem : row.problems)
                context.rowError(problem.offset, problem.field, problem.text);
        }
        if (context.endRow())
            mapped.add(context, row);
        context.reportProgress(table.text.fileOffset(reader.position()));
    }
}

TablePreview TableImporter::preview(const char *data, qint64 size, const QString &fileName,
                                    const ColumnMapping &mapping, int rows)
{
    TablePreview preview;
    OpenTable table;
    const bool empty = mapping == ColumnMapping();
    // The preview shows what it can even when the mapping is not complete: the dialog edits it.
    ColumnMapping used = mapping;
    const bool opened =
        table.open(data, size, fileName, empty ? std::nullopt : std::optional<ColumnMapping>(used));
    preview.encoding = table.text.encodingName();
    preview.encodingWarning = table.encodingWarning;
    preview.delimiter = table.delimiter;
    preview.header = table.header;
    preview.columns = table.names;
    preview.mapping = table.mapping;
    preview.missing = table.mapping.missing();
    if (table.names.isEmpty()) {
        preview.error = table.error;
        return preview;
    }
    CsvReader reader(table.text.text(), table.delimiter);
    if (table.header)
        reader.readRow();
    if (!opened) {
        // The raw rows only, and why they cannot be read yet.
        if (preview.missing.isEmpty())
            preview.error = table.error;
        while (reader.readRow()) {
            if (preview.cells.size() < rows) {
                QStringList cells;
                for (int c = 0; c < reader.cellCount(); ++c)
                    cells << fromView(reader.cell(c));
                preview.cells << cells;
            }
            ++preview.rowCount;
        }
        return preview;
    }
    MappedTable mapped(table.mapping, fileName, QStringLiteral("column"), false);
    DateOrders orders;
    orders.decide(table, mapped);
    for (const DateOrders::Problem &problem : orders.problems) {
        const QString column = mapped.columns().value(problem.column);
        preview.problems.append({column, table.mapping.fieldOf(column), problem.text});
        if (problem.ambiguous)
            preview.ambiguousDateColumns << column;
    }
    const int stanceColumn = table.mapping.kind == ColumnMapping::Kind::Positions
                                 ? int(mapped.columns().indexOf(table.mapping.stance))
                                 : -1;
    MappedTable::Row row;
    while (reader.readRow()) {
        ++preview.rowCount;
        const qint64 rowOffset = table.text.fileOffset(reader.rowOffset());
        fillValues(table, reader, rowOffset, mapped);
        if (stanceColumn >= 0) {
            const QString word = fromView(mapped.values[size_t(stanceColumn)].text);
            if (!word.isEmpty()) {
                // Counted under the first spelling seen, case aside.
                auto it = preview.stanceWords.begin();
                for (; it != preview.stanceWords.end(); ++it) {
                    if (it.key().compare(word, Qt::CaseInsensitive) == 0)
                        break;
                }
                if (it == preview.stanceWords.end()) {
                    preview.stanceWords.insert(word, 1);
                    if (!table.mapping.stanceOf(word))
                        preview.unmappedStances << word;
                } else {
                    ++it.value();
                }
            }
        }
        if (preview.cells.size() >= rows)
            continue;
        QStringList cells;
        for (int c = 0; c < reader.cellCount(); ++c)
            cells << fromView(reader.cell(c));
        preview.cells << cells;
        mapped.read(preview.rowCount, rowOffset, row);
        TablePreview::Row shown;
        shown.values = mapped.describe(row);
        if (reader.problem() != CsvReader::Problem::None)
            shown.problems << CsvReader::describe(reader.problem());
        for (const MappedTable::Problem &problem : row.problems)
            shown.problems << problem.field + QStringLiteral(": ") + problem.text;
        preview.rows << shown;
    }
    if (!preview.unmappedStances.isEmpty())
        preview.problems.append({table.mapping.stance, ColumnMapping::Field::Stance,
                                 tr("%n of the stance column's words have no stance: %1", nullptr,
                                    int(preview.unmappedStances.size()))
                                     .arg(quotedList(preview.unmappedStances))});
    return preview;
}
