// SPDX-License-Identifier: MIT
#include "archivequery.h"

#include "civilcalendar.h"
#include "clickhousesql.h"
#include "rowbinary.h"

#include <limits>

namespace {

QByteArray eventsTable(const ArchiveAddress &address)
{
    // Plain identifiers only (ArchiveAddress::parse): safe as they are.
    return address.database.toUtf8() + '.' + address.table.toUtf8();
}

bool isUnfiltered(const ArchiveFilter &filter)
{
    return filter.actors.isEmpty() && filter.text.trimmed().isEmpty() && filter.tags.isEmpty()
        && !filter.kindActors
        && filter.from == std::numeric_limits<qint64>::min()
        && filter.to == std::numeric_limits<qint64>::max();
}

// [t0, t0 + width * columns), saturated so that a span to the end of the 64-bit range does not
// wrap around.
qint64 endOfColumns(qint64 t0, qint64 width, int columns)
{
    const __int128 end = __int128(t0) + __int128(width) * columns;
    return end > std::numeric_limits<qint64>::max() ? std::numeric_limits<qint64>::max()
                                                    : qint64(end);
}

// "begin_second >= t0 - longest" when both are known and the difference is in range; empty else.
QByteArray beginBound(qint64 t0, qint64 longestEvent)
{
    if (longestEvent < 0 || t0 == std::numeric_limits<qint64>::min())
        return {};
    const __int128 earliest = __int128(t0) - longestEvent;
    if (earliest <= std::numeric_limits<qint64>::min())
        return {};
    return "begin_second >= " + ClickHouseSql::integer(qint64(earliest));
}

// floor(a / b) for b > 0, in SQL: intDiv truncates towards zero.
QByteArray floorDiv(const QByteArray &a, qint64 b)
{
    const QByteArray divisor = ClickHouseSql::integer(b);
    return "(intDiv(" + a + ", " + divisor + ") - (" + a + " < 0 AND intDiv(" + a + ", " + divisor
        + ") * " + divisor + " != " + a + "))";
}

} // namespace

QByteArray ArchiveQuery::condition(const ArchiveFilter &filter, const QString &laneActor,
                                   qint64 longestEvent)
{
    QList<QByteArray> terms;
    if (!laneActor.isEmpty())
        terms << "has(actors, " + ClickHouseSql::string(laneActor) + ')';
    if (!filter.actors.isEmpty())
        terms << QByteArray(filter.allActors ? "hasAll" : "hasAny") + "(actors, "
                + ClickHouseSql::stringArray(filter.actors) + ')';
    // An event meets [from, to) when it begins before `to` and ends after `from`.
    if (filter.to != std::numeric_limits<qint64>::max())
        terms << "begin_second < " + ClickHouseSql::integer(filter.to);
    if (filter.from != std::numeric_limits<qint64>::min()) {
        terms << "end_second > " + ClickHouseSql::integer(filter.from);
        if (const QByteArray bound = beginBound(filter.from, longestEvent); !bound.isEmpty())
            terms << bound;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        const QByteArray needle = ClickHouseSql::string(text);
        terms << "(positionCaseInsensitiveUTF8(title, " + needle
                + ") > 0 OR positionCaseInsensitiveUTF8(description, " + needle + ") > 0)";
    }
    if (!filter.tags.isEmpty())
        terms << "hasAny(tags, " + ClickHouseSql::stringArray(filter.tags) + ')';
    if (filter.kindActors) {
        if (filter.kindActors->isEmpty())
            return "0";
        terms << "hasAny(actors, " + ClickHouseSql::stringArray(*filter.kindActors) + ')';
    }
    if (terms.isEmpty())
        return "1";
    return terms.join(" AND ");
}

QByteArray ArchiveQuery::eventsMeeting(const ArchiveAddress &address, const ArchiveFilter &filter,
                                       const QString &laneActor, qint64 t0, qint64 t1, int limit,
                                       const std::optional<EventCursor> &after,
                                       qint64 longestEvent)
{
    QByteArray next;
    if (const QByteArray bound = beginBound(t0, longestEvent); !bound.isEmpty())
        next += " AND " + bound;
    if (after) {
        const QByteArray begin = ClickHouseSql::integer(after->beginSecond);
        next += " AND (begin_second > " + begin + " OR (begin_second = " + begin + " AND id > "
            + ClickHouseSql::string(after->id) + "))";
    }
    return "SELECT id, begin_second, end_second, start_date, end_date, title, actors FROM "
        + eventsTable(address) + " WHERE begin_second < " + ClickHouseSql::integer(t1)
        + " AND end_second > " + ClickHouseSql::integer(t0) + next + " AND "
        + condition(filter, laneActor) + " ORDER BY begin_second, id LIMIT "
        + ClickHouseSql::integer(qMax(0, limit)) + " FORMAT RowBinary";
}

QByteArray ArchiveQuery::stepEvent(const ArchiveAddress &address, const ArchiveFilter &filter,
                                   const QString &laneActor, const EventCursor &from,
                                   bool forward, qint64 reach)
{
    const QByteArray begin = ClickHouseSql::integer(from.beginSecond);
    const QByteArray side = forward ? ">" : "<";
    QByteArray where = "(begin_second " + side + ' ' + begin + " OR (begin_second = " + begin
        + " AND id " + side + ' ' + ClickHouseSql::string(from.id) + "))";
    if (reach >= 0) {
        const __int128 limit = __int128(from.beginSecond) + (forward ? __int128(reach) : -__int128(reach));
        if (limit > std::numeric_limits<qint64>::min() && limit < std::numeric_limits<qint64>::max())
            where += forward ? " AND begin_second < " + ClickHouseSql::integer(qint64(limit))
                             : " AND begin_second > " + ClickHouseSql::integer(qint64(limit));
    }
    return "SELECT id, begin_second, end_second, start_date, end_date, title, actors FROM "
        + eventsTable(address) + " WHERE " + where + " AND " + condition(filter, laneActor)
        + (forward ? " ORDER BY begin_second, id" : " ORDER BY begin_second DESC, id DESC")
        + " LIMIT 1 FORMAT RowBinary";
}

std::optional<std::vector<ArchiveEvent>> ArchiveQuery::readEvents(const QByteArray &rowBinary)
{
    std::vector<ArchiveEvent> events;
    RowBinaryReader reader(rowBinary);
    while (!reader.atEnd()) {
        ArchiveEvent event;
        event.id = reader.string();
        event.beginSecond = reader.int64();
        event.endSecond = reader.int64();
        event.start = reader.string();
        event.end = reader.string();
        event.title = reader.string();
        const quint64 actors = reader.count();
        for (quint64 i = 0; i < actors && !reader.failed(); ++i)
            event.actors << reader.string();
        if (reader.failed())
            return std::nullopt;
        events.push_back(std::move(event));
    }
    return events;
}

QByteArray ArchiveQuery::eventDetails(const ArchiveAddress &address, const QString &id,
                                      qint64 beginSecond)
{
    return "SELECT description, location, tags, sources FROM " + eventsTable(address)
        + " WHERE begin_second = " + ClickHouseSql::integer(beginSecond)
        + " AND id = " + ClickHouseSql::string(id) + " LIMIT 1 FORMAT RowBinary";
}

std::optional<ArchiveQuery::ArchiveEventDetails>
ArchiveQuery::readEventDetails(const QByteArray &rowBinary)
{
    RowBinaryReader reader(rowBinary);
    if (reader.atEnd())
        return std::nullopt; // no such event (any more)
    ArchiveEventDetails details;
    details.description = reader.string();
    details.location = reader.string();
    for (QStringList *list : {&details.tags, &details.sources}) {
        const quint64 count = reader.count();
        for (quint64 i = 0; i < count && !reader.failed(); ++i)
            *list << reader.string();
    }
    if (reader.failed())
        return std::nullopt;
    return details;
}

QByteArray ArchiveQuery::countsPerColumn(const ArchiveAddress &address,
                                         const ArchiveFilter &filter, const QString &laneActor,
                                         qint64 t0, qint64 columnSeconds, int columns)
{
    const qint64 width = qMax<qint64>(1, columnSeconds);
    const qint64 t1 = endOfColumns(t0, width, columns);
    return "SELECT intDiv(begin_second - " + ClickHouseSql::integer(t0) + ", "
        + ClickHouseSql::integer(width) + ") AS column, count() FROM " + eventsTable(address)
        + " WHERE begin_second >= " + ClickHouseSql::integer(t0) + " AND begin_second < "
        + ClickHouseSql::integer(t1) + " AND " + condition(filter, laneActor)
        + " GROUP BY column ORDER BY column FORMAT RowBinary";
}

std::optional<std::vector<quint32>> ArchiveQuery::readCounts(const QByteArray &rowBinary,
                                                             int columns)
{
    std::vector<quint32> counts(size_t(qMax(0, columns)), 0);
    RowBinaryReader reader(rowBinary);
    while (!reader.atEnd()) {
        const qint64 column = reader.int64();
        const quint64 count = reader.uint64();
        if (reader.failed() || column < 0 || column >= columns)
            return std::nullopt;
        counts[size_t(column)] = quint32(qMin<quint64>(count, std::numeric_limits<quint32>::max()));
    }
    return counts;
}

QByteArray ArchiveQuery::laneCountsPerColumn(const ArchiveAddress &address,
                                             const ArchiveFilter &filter, qint64 t0,
                                             qint64 columnSeconds, int columns)
{
    const qint64 width = qMax<qint64>(1, columnSeconds);
    // Whole days without a filter: the daily counts answer, a row per actor and day instead of
    // one per event and actor.
    if (isUnfiltered(filter) && width % 86400 == 0 && t0 % 86400 == 0)
        return "SELECT actor, intDiv(day - " + ClickHouseSql::integer(t0) + ", "
            + ClickHouseSql::integer(width) + ") AS column, sum(n) FROM "
            + address.database.toUtf8() + '.' + address.dailyTable().toUtf8()
            + " WHERE day >= " + ClickHouseSql::integer(t0) + " AND day < "
            + ClickHouseSql::integer(endOfColumns(t0, width, columns))
            + " GROUP BY actor, column ORDER BY actor, column FORMAT RowBinary";
    return "SELECT arrayJoin(actors) AS actor, intDiv(begin_second - "
        + ClickHouseSql::integer(t0) + ", " + ClickHouseSql::integer(width)
        + ") AS column, count() FROM " + eventsTable(address)
        + " WHERE begin_second >= " + ClickHouseSql::integer(t0) + " AND begin_second < "
        + ClickHouseSql::integer(endOfColumns(t0, width, columns)) + " AND " + condition(filter)
        + " GROUP BY actor, column ORDER BY actor, column FORMAT RowBinary";
}

std::optional<std::vector<ArchiveQuery::LaneCount>>
ArchiveQuery::readLaneCounts(const QByteArray &rowBinary)
{
    std::vector<LaneCount> counts;
    RowBinaryReader reader(rowBinary);
    while (!reader.atEnd()) {
        LaneCount row;
        row.actor = reader.string();
        row.column = reader.int64();
        row.count = reader.uint64();
        if (reader.failed())
            return std::nullopt;
        counts.push_back(std::move(row));
    }
    return counts;
}

QByteArray ArchiveQuery::span(const ArchiveAddress &address, const ArchiveFilter &filter)
{
    return "SELECT min(begin_second), max(end_second) FROM " + eventsTable(address) + " WHERE "
        + condition(filter) + " FORMAT RowBinary";
}

std::optional<std::pair<qint64, qint64>> ArchiveQuery::readSpan(const QByteArray &rowBinary)
{
    RowBinaryReader reader(rowBinary);
    const qint64 earliest = reader.int64();
    const qint64 latest = reader.int64();
    if (reader.failed() || !reader.atEnd())
        return std::nullopt;
    return std::pair{earliest, latest};
}

QByteArray ArchiveQuery::actors(const ArchiveAddress &address)
{
    // Rows with the same id collapse only when parts merge: any() of each.
    return "SELECT id, any(name), any(kind), any(parent) FROM " + address.database.toUtf8() + '.'
        + address.actorsTable().toUtf8() + " GROUP BY id ORDER BY id FORMAT RowBinary";
}

QByteArray ArchiveQuery::actorCounts(const ArchiveAddress &address, const ArchiveFilter &filter)
{
    // Without a filter the daily counts hold the same sums in far fewer rows.
    if (isUnfiltered(filter))
        return "SELECT actor, sum(n) AS events FROM " + address.database.toUtf8() + '.'
            + address.dailyTable().toUtf8() + " GROUP BY actor ORDER BY actor FORMAT RowBinary";
    return "SELECT arrayJoin(actors) AS actor, count() FROM " + eventsTable(address) + " WHERE "
        + condition(filter) + " GROUP BY actor ORDER BY actor FORMAT RowBinary";
}

std::optional<std::vector<std::pair<QString, quint64>>>
ArchiveQuery::readActorCounts(const QByteArray &rowBinary)
{
    std::vector<std::pair<QString, quint64>> counts;
    RowBinaryReader reader(rowBinary);
    while (!reader.atEnd()) {
        QString actor = reader.string();
        const quint64 count = reader.uint64();
        if (reader.failed())
            return std::nullopt;
        counts.emplace_back(std::move(actor), count);
    }
    return counts;
}

QByteArray ArchiveQuery::tagCounts(const ArchiveAddress &address, int limit)
{
    return "SELECT arrayJoin(tags) AS tag, count() AS events FROM " + eventsTable(address)
        + " GROUP BY tag ORDER BY events DESC, tag LIMIT " + ClickHouseSql::integer(qMax(0, limit))
        + " FORMAT RowBinary";
}

QByteArray ArchiveQuery::periodCounts(const ArchiveAddress &address, const ArchiveFilter &filter,
                                      const TimeAxis::Step &step)
{
    const QByteArray perDay = "SELECT " + floorDiv("begin_second", 86400) + " AS day, count() AS n FROM "
        + eventsTable(address) + " WHERE " + condition(filter) + " GROUP BY day";
    if (step.kind != TimeAxis::StepKind::Months && step.kind != TimeAxis::StepKind::Years)
        return perDay + " ORDER BY day FORMAT RowBinary";
    // The civil date of each day: Howard Hinnant's civil_from_days, in 400-year eras.
    const QByteArray civil =
        "day + 719468 AS z, " + floorDiv("z", 146097) + " AS era, z - era * 146097 AS doe, "
        "intDiv(doe - intDiv(doe, 1460) + intDiv(doe, 36524) - intDiv(doe, 146096), 365) AS yoe, "
        "doe - (365 * yoe + intDiv(yoe, 4) - intDiv(yoe, 100)) AS doy, "
        "intDiv(5 * doy + 2, 153) AS mp, if(mp < 10, mp + 3, mp - 9) AS civil_month, "
        "yoe + era * 400 + (civil_month <= 2) AS civil_year";
    QByteArray key;
    if (step.kind == TimeAxis::StepKind::Months) {
        key = "civil_year * 12 + civil_month - 1";
    } else {
        const qint64 n = qMax<qint64>(1, step.count);
        // Runs of n years start at multiples of n after 1 BC, and at 1 - k n up to it
        // (TimeAxis::tickAtOrBefore): the run from 1 - n to n holds 1 BC and year 1.
        key = "if(civil_year >= 1, " + floorDiv("civil_year", n) + " * "
            + ClickHouseSql::integer(n) + ", 1 + " + floorDiv("(civil_year - 1)", n) + " * "
            + ClickHouseSql::integer(n) + ")";
    }
    return "SELECT key, sum(n) FROM (SELECT " + civil + ", " + key + " AS key, n FROM (" + perDay
        + ")) GROUP BY key ORDER BY key FORMAT RowBinary";
}

qint64 ArchiveQuery::periodStart(const TimeAxis::Step &step, qint64 key)
{
    switch (step.kind) {
    case TimeAxis::StepKind::Months: {
        const qint64 year = CivilCalendar::floorDiv(key, 12);
        return CivilCalendar::daysFromCivil(year, int(key - year * 12) + 1, 1) * 86400;
    }
    case TimeAxis::StepKind::Years:
        return CivilCalendar::daysFromCivil(key, 1, 1) * 86400;
    default:
        return key * 86400;
    }
}

std::optional<std::vector<std::pair<qint64, quint64>>>
ArchiveQuery::readPeriodCounts(const QByteArray &rowBinary)
{
    std::vector<std::pair<qint64, quint64>> counts;
    RowBinaryReader reader(rowBinary);
    while (!reader.atEnd()) {
        const qint64 key = reader.int64();
        const quint64 count = reader.uint64();
        if (reader.failed())
            return std::nullopt;
        counts.emplace_back(key, count);
    }
    return counts;
}

QByteArray ArchiveQuery::eventCount(const ArchiveAddress &address, const ArchiveFilter &filter,
                                    qint64 longestEvent)
{
    return "SELECT count() FROM " + eventsTable(address) + " WHERE "
        + condition(filter, {}, longestEvent) + " FORMAT RowBinary";
}

QByteArray ArchiveQuery::longestEvent(const ArchiveAddress &address)
{
    // An empty table answers 0 (max of nothing); a difference that wraps answers below 0.
    return "SELECT max(end_second - begin_second), count() FROM " + eventsTable(address)
        + " FORMAT RowBinary";
}

std::optional<qint64> ArchiveQuery::readLongestEvent(const QByteArray &rowBinary)
{
    RowBinaryReader reader(rowBinary);
    const qint64 longest = reader.int64();
    const quint64 events = reader.uint64();
    if (reader.failed() || !reader.atEnd())
        return std::nullopt;
    return events == 0 || longest < 0 ? -1 : longest;
}

std::optional<quint64> ArchiveQuery::readCount(const QByteArray &rowBinary)
{
    RowBinaryReader reader(rowBinary);
    const quint64 count = reader.uint64();
    if (reader.failed() || !reader.atEnd())
        return std::nullopt;
    return count;
}
