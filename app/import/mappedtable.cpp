// SPDX-License-Identifier: MIT
#include "mappedtable.h"

#include "importcontext.h"
#include "spreadsheetdates.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

using Field = ColumnMapping::Field;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool looksLikeUrl(std::string_view text)
{
    return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
}

} // namespace

MappedTable::MappedTable(const ColumnMapping &mapping, const QString &fileName,
                         const QString &field, bool numbersAreYears)
    : m_mapping(mapping), m_fileName(fileName), m_fieldWord(field),
      m_numbersAreYears(numbersAreYears)
{
    m_columns = mapping.columns();
    m_columns.removeDuplicates();
    m_orders.assign(size_t(m_columns.size()), mapping.dateOrder);
    values.resize(size_t(m_columns.size()));
    const bool events = mapping.kind == ColumnMapping::Kind::Events;
    if (events) {
        m_title = indexOf(mapping.title);
        m_start = indexOf(mapping.start);
        m_startLatest = indexOf(mapping.startLatest);
        m_end = indexOf(mapping.end);
        m_endLatest = indexOf(mapping.endLatest);
        m_place = indexOf(mapping.place);
        m_description = indexOf(mapping.description);
        m_id = indexOf(mapping.id);
        for (const QString &column : mapping.actors)
            m_actors.push_back(indexOf(column));
        for (const QString &column : mapping.tags)
            m_tags.push_back(indexOf(column));
    } else {
        m_actor = indexOf(mapping.actor);
        m_issue = indexOf(mapping.issue);
        m_stance = indexOf(mapping.stance);
        m_quote = indexOf(mapping.quote);
        m_statement = indexOf(mapping.statement);
        m_source = indexOf(mapping.source);
        m_date = indexOf(mapping.date);
        m_fixedIssue = mapping.issueTitle.trimmed().toStdString();
        if (!mapping.dateValue.isEmpty())
            m_fixedDate = PartialDate::parse(mapping.dateValue.trimmed());
    }
    m_sourceUrl = indexOf(mapping.sourceUrl);
    m_actorSeparator = mapping.actorSeparator.toStdString();
    m_tagSeparator = mapping.tagSeparator.toStdString();
    m_fileId = QFileInfo(fileName).fileName().toStdString();
}

int MappedTable::indexOf(const QString &column) const
{
    return column.isEmpty() ? -1 : int(m_columns.indexOf(column));
}

std::vector<int> MappedTable::dateColumns() const
{
    std::vector<int> columns;
    for (int c : {m_start, m_startLatest, m_end, m_endLatest, m_date}) {
        if (c >= 0 && std::find(columns.begin(), columns.end(), c) == columns.end())
            columns.push_back(c);
    }
    return columns;
}

void MappedTable::setDateOrder(int column, ColumnMapping::DateOrder order)
{
    m_orders[size_t(column)] = order;
}

QString MappedTable::named(const QString &fieldWord, const QString &name)
{
    //: Where a row's problem is, before the problem: a CSV column or a JSON record's field
    const QString word = fieldWord == QLatin1String("column") ? tr("column") : tr("field");
    //: A column or field named in a message: %1 is "column" or "field", %2 its name
    return tr("%1 \"%2\"").arg(word, name);
}

QString MappedTable::fieldName(int column) const
{
    return named(m_fieldWord, m_columns.value(column));
}

PartialDate MappedTable::readDate(int column, const Value &value, Row &row)
{
    QString error;
    const PartialDate date = SpreadsheetDates::parse(
        value.text, m_orders[size_t(column)], m_mapping.yearNumbering, &error, !m_numbersAreYears);
    if (!date.isValid())
        row.problems.push_back({value.offset, fieldName(column), error});
    return date;
}

void MappedTable::split(int column, const QString &separator, std::vector<Item> &items)
{
    if (column < 0)
        return;
    const Value &value = values[size_t(column)];
    const std::string sep = separator.toStdString();
    std::string_view rest = value.text;
    while (!rest.empty()) {
        const size_t at = rest.find(sep);
        const std::string_view part = trimmed(rest.substr(0, at));
        if (!part.empty()) {
            const qint64 offset = value.offset + qint64(part.data() - value.text.data());
            if (std::none_of(items.begin(), items.end(),
                             [&](const Item &item) { return item.text == part; }))
                items.push_back({part, offset});
        }
        if (at == std::string_view::npos)
            break;
        rest.remove_prefix(at + sep.size());
    }
}

void MappedTable::read(qint64 number, qint64 offset, Row &row)
{
    row.number = number;
    row.offset = offset;
    row.problems.clear();
    row.actors.clear();
    row.tags.clear();
    const auto value = [&](int column) {
        return column >= 0 ? values[size_t(column)] : Value{{}, offset, false};
    };
    row.id = value(m_id);
    row.sourceUrl = value(m_sourceUrl);
    row.start = row.startLatest = row.end = row.endLatest = row.date = PartialDate();
    if (m_mapping.kind == ColumnMapping::Kind::Events) {
        row.title = value(m_title);
        row.place = value(m_place);
        row.description = value(m_description);
        if (row.title.text.empty())
            row.problems.push_back(
                {row.title.offset, fieldName(m_title), tr("the title is empty")});
        const Value start = value(m_start);
        row.startOffset = start.offset;
        if (start.text.empty())
            row.problems.push_back(
                {start.offset, fieldName(m_start), tr("the start date is empty")});
        else
            row.start = readDate(m_start, start, row);
        if (m_startLatest >= 0 && !value(m_startLatest).text.empty()) {
            row.startLatest = readDate(m_startLatest, value(m_startLatest), row);
            if (row.start.isValid() && row.startLatest.isValid() &&
                row.startLatest.firstSecond() < row.start.firstSecond())
                row.problems.push_back({value(m_startLatest).offset, fieldName(m_startLatest),
                                        tr("the latest start (%1) is before the earliest (%2)")
                                            .arg(SpreadsheetDates::describe(row.startLatest),
                                                 SpreadsheetDates::describe(row.start))});
        }
        const Value end = value(m_end);
        row.endOffset = end.offset;
        if (!end.text.empty())
            row.end = readDate(m_end, end, row);
        if (m_endLatest >= 0 && !value(m_endLatest).text.empty()) {
            if (end.text.empty())
                row.problems.push_back({value(m_endLatest).offset, fieldName(m_endLatest),
                                        tr("the latest end is given without the earliest")});
            row.endLatest = readDate(m_endLatest, value(m_endLatest), row);
            if (row.end.isValid() && row.endLatest.isValid() &&
                row.endLatest.firstSecond() < row.end.firstSecond())
                row.problems.push_back({value(m_endLatest).offset, fieldName(m_endLatest),
                                        tr("the latest end (%1) is before the earliest (%2)")
                                            .arg(SpreadsheetDates::describe(row.endLatest),
                                                 SpreadsheetDates::describe(row.end))});
        }
        for (int column : m_actors)
            split(column, m_mapping.actorSeparator, row.actors);
        for (int column : m_tags)
            split(column, m_mapping.tagSeparator, row.tags);
        return;
    }
    row.actor = value(m_actor);
    if (row.actor.text.empty())
        row.problems.push_back({row.actor.offset, fieldName(m_actor), tr("the actor is empty")});
    row.issue = m_issue >= 0 ? value(m_issue) : Value{m_fixedIssue, offset, false};
    if (row.issue.text.empty())
        row.problems.push_back({row.issue.offset, fieldName(m_issue), tr("the issue is empty")});
    row.stance = value(m_stance);
    if (row.stance.text.empty()) {
        row.problems.push_back({row.stance.offset, fieldName(m_stance), tr("the stance is empty")});
    } else if (const auto stance = m_mapping.stanceOf(fromView(row.stance.text))) {
        row.stanceValue = *stance;
    } else {
        row.problems.push_back(
            {row.stance.offset, fieldName(m_stance),
             tr("\"%1\" is not a stance Tideline knows: map it to one of %2 (the import dialog's "
                "stance map, or the profile's \"stanceValues\")")
                 .arg(fromView(row.stance.text), Vocabulary::allowedStances())});
    }
    row.quote = value(m_quote);
    row.statement = value(m_statement);
    row.source = value(m_source);
    if (m_date >= 0) {
        const Value date = value(m_date);
        row.dateOffset = date.offset;
        if (!date.text.empty())
            row.date = readDate(m_date, date, row);
        else if (m_fixedDate.isValid())
            row.date = m_fixedDate;
        else
            row.problems.push_back({date.offset, fieldName(m_date), tr("the date is empty")});
    } else {
        row.dateOffset = offset;
        row.date = m_fixedDate;
    }
}

std::string MappedTable::idFor(std::string_view prefix, std::string_view name) const
{
    std::string id(prefix);
    id.append(name);
    return id;
}

void MappedTable::addActor(ImportContext &context, std::string_view name, qint64 offset)
{
    const std::string id = idFor("actor:", name);
    const QByteArray key(id.data(), qsizetype(id.size()));
    if (m_addedActors.contains(key))
        return;
    m_addedActors.insert(key);
    m_record.begin(offset);
    m_record.text("id", id, offset);
    m_record.text("name", name, offset);
    m_record.text("kind", Vocabulary::key(m_mapping.actorKind).toStdString(), offset);
    context.add(DatasetCollection::Actors, m_record.finish());
}

std::string MappedTable::addSource(ImportContext &context, std::string_view title,
                                   std::string_view url, qint64 offset)
{
    if (url.empty() && looksLikeUrl(title))
        std::swap(title, url);
    const std::string id = url.empty() ? idFor("source:", title) : idFor("url:", url);
    const QByteArray key(id.data(), qsizetype(id.size()));
    if (!m_addedSources.contains(key)) {
        m_addedSources.insert(key);
        m_record.begin(offset);
        m_record.text("id", id, offset);
        m_record.text("title", title.empty() ? url : title, offset);
        if (!url.empty())
            m_record.text("url", url, offset);
        context.add(DatasetCollection::Sources, m_record.finish());
    }
    return id;
}

void MappedTable::add(ImportContext &context, const Row &row)
{
    const std::string generatedId = m_fileId + ":" + std::to_string(row.number);
    if (m_mapping.kind == ColumnMapping::Kind::Events) {
        for (const Item &actor : row.actors)
            addActor(context, actor.text, actor.offset);
        std::string source;
        if (!row.sourceUrl.text.empty())
            source = addSource(context, {}, row.sourceUrl.text, row.sourceUrl.offset);
        m_record.begin(row.offset);
        if (!row.id.text.empty())
            m_record.text("id", row.id.text, row.id.offset);
        else
            m_record.text("id", generatedId, row.offset);
        m_record.text("title", row.title.text, row.title.offset);
        if (row.startLatest.isValid())
            m_record.dateBetween("start", row.start, row.startLatest, row.startOffset);
        else
            m_record.date("start", row.start, row.startOffset);
        if (row.endLatest.isValid())
            m_record.dateBetween("end", row.end, row.endLatest, row.endOffset);
        else if (row.end.isValid())
            m_record.date("end", row.end, row.endOffset);
        if (!row.actors.empty()) {
            m_record.beginList("actors", row.actors.front().offset);
            for (const Item &actor : row.actors) {
                m_scratch = idFor("actor:", actor.text);
                m_record.item(m_scratch, actor.offset);
            }
            m_record.endList();
        }
        if (!row.tags.empty()) {
            m_record.beginList("tags", row.tags.front().offset);
            for (const Item &tag : row.tags)
                m_record.item(tag.text, tag.offset);
            m_record.endList();
        }
        if (!row.place.text.empty())
            m_record.text("location", row.place.text, row.place.offset);
        if (!row.description.text.empty())
            m_record.text("description", row.description.text, row.description.offset);
        if (!source.empty()) {
            m_record.beginList("sources", row.sourceUrl.offset);
            m_record.item(source, row.sourceUrl.offset);
            m_record.endList();
        }
        context.add(DatasetCollection::Events, m_record.finish());
        return;
    }
    addActor(context, row.actor.text, row.actor.offset);
    const std::string issueId = idFor("issue:", row.issue.text);
    const QByteArray issueKey(issueId.data(), qsizetype(issueId.size()));
    if (!m_addedIssues.contains(issueKey)) {
        m_addedIssues.insert(issueKey);
        m_record.begin(row.issue.offset);
        m_record.text("id", issueId, row.issue.offset);
        m_record.text("title", row.issue.text, row.issue.offset);
        context.add(DatasetCollection::Issues, m_record.finish());
    }
    std::string source;
    if (!row.source.text.empty() || !row.sourceUrl.text.empty())
        source = addSource(context, row.source.text, row.sourceUrl.text,
                           row.source.text.empty() ? row.sourceUrl.offset : row.source.offset);
    m_record.begin(row.offset);
    m_record.text("id", generatedId, row.offset);
    m_scratch = idFor("actor:", row.actor.text);
    m_record.text("actor", m_scratch, row.actor.offset);
    m_record.text("issue", issueId, row.issue.offset);
    m_record.text("stance", Vocabulary::key(row.stanceValue).toStdString(), row.stance.offset);
    m_record.date("date", row.date, row.dateOffset);
    if (!row.quote.text.empty())
        m_record.text("quote", row.quote.text, row.quote.offset);
    // tideline/1 wants a statement or a quote: without either, the file's own stance word is
    // the statement ("Fully denied"), which is what the table says.
    if (!row.statement.text.empty())
        m_record.text("statement", row.statement.text, row.statement.offset);
    else if (row.quote.text.empty())
        m_record.text("statement", row.stance.text, row.stance.offset);
    m_record.text("visibility", Vocabulary::key(m_mapping.visibility).toStdString(), row.offset);
    if (!source.empty())
        m_record.text("source", source, row.source.offset >= 0 ? row.source.offset : row.offset);
    context.add(DatasetCollection::Positions, m_record.finish());
}

QMap<ColumnMapping::Field, QString> MappedTable::describe(const Row &row) const
{
    QMap<Field, QString> shown;
    const auto put = [&](Field field, int column, std::string_view text) {
        if (column >= 0 && !text.empty())
            shown.insert(field, fromView(text));
    };
    const auto date = [](const PartialDate &earliest, const PartialDate &latest) {
        if (latest.isValid())
            return tr("between %1 and %2")
                .arg(SpreadsheetDates::describe(earliest), SpreadsheetDates::describe(latest));
        return SpreadsheetDates::describe(earliest);
    };
    const auto list = [](const std::vector<Item> &items) {
        QStringList texts;
        for (const Item &item : items)
            texts << fromView(item.text);
        return texts.join(QStringLiteral("; "));
    };
    put(Field::Id, m_id, row.id.text);
    put(Field::SourceUrl, m_sourceUrl, row.sourceUrl.text);
    if (m_mapping.kind == ColumnMapping::Kind::Events) {
        put(Field::Title, m_title, row.title.text);
        if (row.start.isValid())
            shown.insert(Field::Start, date(row.start, row.startLatest));
        if (row.end.isValid())
            shown.insert(Field::End, date(row.end, row.endLatest));
        if (!row.actors.empty())
            shown.insert(Field::Actors, list(row.actors));
        if (!row.tags.empty())
            shown.insert(Field::Tags, list(row.tags));
        put(Field::Place, m_place, row.place.text);
        put(Field::Description, m_description, row.description.text);
        return shown;
    }
    put(Field::Actor, m_actor, row.actor.text);
    if (!row.issue.text.empty())
        shown.insert(Field::Issue, fromView(row.issue.text));
    if (!row.stance.text.empty() && m_mapping.stanceOf(fromView(row.stance.text)))
        shown.insert(Field::Stance, Vocabulary::key(row.stanceValue));
    put(Field::Quote, m_quote, row.quote.text);
    put(Field::Statement, m_statement, row.statement.text);
    put(Field::Source, m_source, row.source.text);
    if (row.date.isValid())
        shown.insert(Field::Date, SpreadsheetDates::describe(row.date));
    return shown;
}
