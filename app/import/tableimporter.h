// SPDX-License-Identifier: MIT
#pragma once

#include "columnmapping.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class ImportContext;

// What the import dialog shows of a table before it is imported: the file's first rows as they
// are, the same rows as Tideline will read them through a mapping, and what in the whole file
// the mapping cannot read yet (an ambiguous date order to ask about, stance words with no
// stance). Made by TableImporter::preview (CSV/TSV) and RecordsImporter::preview (JSON records).
struct TablePreview
{
    // The file cannot be read as a table at all (empty, no rows, not JSON records); the rest is
    // empty then.
    QString error;

    // How the file was read: the encoding's name ("UTF-8", "UTF-16LE", "Windows-1252"), with
    // `encodingWarning` set when the file is not UTF-8 and was read as Windows-1252 (the dialog
    // should show it); the delimiter and whether the first row is a header (CSV).
    QString encoding;
    QString encodingWarning;
    char delimiter = ',';
    bool header = true;

    // The columns: header names, or "1", "2", ... without a header; for JSON records, the dotted
    // paths of the fields the first records have.
    QStringList columns;
    // The first rows, cell by cell as in the file (after decoding and unquoting).
    QList<QStringList> cells;

    // The same rows as Tideline reads them: per mapped field, the value as text (dates at their
    // own precision, "1066-10-14", "between 1119 BC and 1089 BC"; lists joined with "; ";
    // stances by their key), and what is wrong with the row (one sentence each). Columns that
    // are not mapped are not in `values`.
    struct Row
    {
        QMap<ColumnMapping::Field, QString> values;
        QStringList problems;
    };
    QList<Row> rows;

    // A problem with a whole column, from every row of the file.
    struct ColumnProblem
    {
        QString column;
        ColumnMapping::Field field = ColumnMapping::Field::None;
        QString text;
    };
    QList<ColumnProblem> problems;

    // Date columns whose day/month order the values do not decide (every value fits both, like
    // 03/04/2021) while the mapping gives no order: the dialog asks, then sets
    // mapping.dateOrder and previews again.
    QStringList ambiguousDateColumns;
    // Position tables: every distinct word of the stance column (as written, first spelling
    // seen) with its count, and those the mapping gives no stance (the value map to fill in).
    QMap<QString, int> stanceWords;
    QStringList unmappedStances;

    // What the mapping still lacks (ColumnMapping::missing()).
    QStringList missing;
    // The mapping the preview used: the one given, with the sniffed delimiter and header filled
    // in (and, for an empty mapping, guessed from the header).
    ColumnMapping mapping;
    // Data rows in the whole file (the header not counted).
    qint64 rowCount = 0;
};

// CSV/TSV through a ColumnMapping: an events table becomes events (and the actors, tags and
// sources its rows name), a position table positions with their actors, issues and sources.
// The file's encoding and delimiter are found as CsvReader and DecodedText describe; every
// message names the row's line and column and the source's column, `column "Start date"`.
class TableImporter
{
    Q_DECLARE_TR_FUNCTIONS(TableImporter)

public:
    // The dispatcher's entry: reads context's file through the mapping in the options' profile,
    // or, without one, the mapping guessed from the header; a header from which no title or
    // start (no actor, issue or stance for positions) can be guessed is an error that names the
    // columns found and says to use a profile (--profile FILE) or the import dialog.
    static void read(ImportContext &context);

    // The dialog's preview of the first `rows` rows through `mapping` (an empty mapping, as
    // ColumnMapping{} is: guessed from the header). The whole file is scanned for the column
    // problems (date order, stance words) and the row count.
    static TablePreview preview(const char *data, qint64 size, const QString &fileName,
                                const ColumnMapping &mapping, int rows = 20);
};
