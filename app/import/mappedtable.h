// SPDX-License-Identifier: MIT
#pragma once

#include "columnmapping.h"
#include "partialdate.h"
#include "tidelinerecord.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

class ImportContext;

// The part of reading through a ColumnMapping that CSV rows and JSON records share: a row is the
// values of the mapping's columns (the source fills them in columns() order, with their file
// offsets); read() turns them into an event's or a position's parts and what is wrong with
// them; add() hands the records to the ImportContext (creating each actor, issue and source
// once); describe() shows them for the preview. Private to the CSV and records importers.
class MappedTable
{
    Q_DECLARE_TR_FUNCTIONS(MappedTable)

public:
    struct Value
    {
        std::string_view text; // trimmed; empty: missing
        qint64 offset = -1;    // in the file
        bool number = false;   // a JSON number (a year, in a date field)
    };

    struct Problem
    {
        qint64 offset;
        QString field;
        QString text;
    };

    struct Item
    {
        std::string_view text;
        qint64 offset;
    };

    // One row, read.
    struct Row
    {
        qint64 number = 0; // data rows from 1
        qint64 offset = 0;
        Value id, title, place, description, sourceUrl, quote, statement, source, issue, stance,
            actor;
        PartialDate start, startLatest, end, endLatest, date;
        qint64 startOffset = -1, endOffset = -1, dateOffset = -1;
        Stance stanceValue = Stance::Unclear;
        std::vector<Item> actors, tags;
        std::vector<Problem> problems;
    };

    // `field`: how messages name a column: "column" for CSV, "field" for JSON records.
    MappedTable(const ColumnMapping &mapping, const QString &fileName, const QString &field,
                bool numbersAreYears);
    // A column or field as messages name it, in the reader's language: column "Date".
    static QString named(const QString &fieldWord, const QString &name);

    const ColumnMapping &mapping() const { return m_mapping; }
    // The distinct columns the mapping reads.
    const QStringList &columns() const { return m_columns; }
    // Which of them hold dates (the day/month order is decided per column).
    std::vector<int> dateColumns() const;
    void setDateOrder(int column, ColumnMapping::DateOrder order);
    // `column "Start date"`.
    QString fieldName(int column) const;

    // The current row's values, by column; the caller fills them before read().
    std::vector<Value> values;

    void read(qint64 number, qint64 offset, Row &row);
    // Adds the row's records (the row must have no problems).
    void add(ImportContext &context, const Row &row);
    // The row as the preview shows it.
    QMap<ColumnMapping::Field, QString> describe(const Row &row) const;

private:
    int indexOf(const QString &column) const;
    PartialDate readDate(int column, const Value &value, Row &row);
    void split(int column, const QString &separator, std::vector<Item> &items);
    std::string idFor(std::string_view prefix, std::string_view name) const;
    void addActor(ImportContext &context, std::string_view name, qint64 offset);
    std::string addSource(ImportContext &context, std::string_view title, std::string_view url,
                          qint64 offset);

    ColumnMapping m_mapping;
    QString m_fileName;
    QString m_fieldWord;
    bool m_numbersAreYears;
    QStringList m_columns;
    std::vector<ColumnMapping::DateOrder> m_orders;
    int m_title = -1, m_start = -1, m_startLatest = -1, m_end = -1, m_endLatest = -1, m_place = -1,
        m_description = -1, m_sourceUrl = -1, m_id = -1, m_actor = -1, m_issue = -1, m_stance = -1,
        m_quote = -1, m_statement = -1, m_source = -1, m_date = -1;
    std::vector<int> m_actors, m_tags;
    std::string m_actorSeparator, m_tagSeparator;
    PartialDate m_fixedDate;
    std::string m_fixedIssue;
    std::string m_fileId; // the file's base name, for generated ids

    // What has been added once.
    QSet<QByteArray> m_addedActors, m_addedSources, m_addedIssues;
    TidelineRecord m_record;
    std::string m_scratch;
};
