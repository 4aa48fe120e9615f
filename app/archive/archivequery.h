// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"
#include "timeaxis.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

// What the filter narrows an archive to, by ids (an archive has no dataset indices): events with
// any (or all) of the actors, meeting [from, to), whose title or description holds the text
// (ClickHouse's case-insensitive UTF-8 match: it folds case, not accents, unlike the in-memory
// TextFolding), with any of the tags. Empty criteria do not filter.
struct ArchiveFilter
{
    QStringList actors;
    bool allActors = false;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    QString text;
    QStringList tags;
    // Set: only events with any of these actors, the actors of the kinds ticked (the window
    // knows each actor's kind; the events table holds ids only). Set and empty: no event.
    std::optional<QStringList> kindActors;
};

// One event as an archive answers for a window: what a lane draws and the details panel shows.
struct ArchiveEvent
{
    QString id;
    qint64 beginSecond = 0;
    qint64 endSecond = 0;
    QString start; // ISO text at the date's own precision, as pushed
    QString end;
    QString title;
    QStringList actors;
};

// The questions a timeline asks, as ClickHouse SQL over an archive's events table, and their
// answers read back from RowBinary. Every value reaches the text through ClickHouseSql; the
// statements use only functions that 18.16 and current releases share (intDiv, has, hasAny,
// hasAll, arrayJoin, positionCaseInsensitiveUTF8, count, sum, if).
namespace ArchiveQuery {

// The WHERE condition for a filter, plus a lane's actor when given ("1" when nothing filters).
// `longestEvent` (seconds, when known: longestEvent()) bounds the begin of an event that meets a
// date from below too, so that the key (begin_second, id) narrows both ends of a window: "ends
// after t0" alone reads every event that begins before the window's end.
QByteArray condition(const ArchiveFilter &filter, const QString &laneActor = {},
                     qint64 longestEvent = -1);

// Where a page of events in time order ended: the next page starts after this event.
struct EventCursor
{
    qint64 beginSecond = 0;
    QString id;
};

// The lane's events meeting [t0, t1), in time order (begin, then id), at most `limit` of them;
// with `after`, only those that come after it in that order (the next page: keyset paging reads
// from the sort key on, where an OFFSET would read and drop every row before it).
QByteArray eventsMeeting(const ArchiveAddress &address, const ArchiveFilter &filter,
                         const QString &laneActor, qint64 t0, qint64 t1, int limit,
                         const std::optional<EventCursor> &after = std::nullopt,
                         qint64 longestEvent = -1);

// The lane's one event that comes right after `from` in time order (begin, then id), or right
// before it for `forward` false, among those beginning less than `reach` seconds from it (< 0:
// any). For browsing event to event: on ClickHouse releases that cannot read the key in order
// (18.16), a short reach keeps the read to a few granules of the key.
QByteArray stepEvent(const ArchiveAddress &address, const ArchiveFilter &filter,
                     const QString &laneActor, const EventCursor &from, bool forward,
                     qint64 reach);

// The longest any event of the archive lasts (end_second - begin_second), whatever the filter:
// a bound that holds under every filter. -1 when the archive is empty or it overflows.
QByteArray longestEvent(const ArchiveAddress &address);
std::optional<qint64> readLongestEvent(const QByteArray &rowBinary);
std::optional<std::vector<ArchiveEvent>> readEvents(const QByteArray &rowBinary);

// How many of the lane's events start in each of `columns` columns of `columnSeconds` seconds
// from t0 (integer arithmetic, so the answer is exact at any span, the Big Bang's included).
QByteArray countsPerColumn(const ArchiveAddress &address, const ArchiveFilter &filter,
                           const QString &laneActor, qint64 t0, qint64 columnSeconds,
                           int columns);
std::optional<std::vector<quint32>> readCounts(const QByteArray &rowBinary, int columns);

// The same for every lane (actor) at once: (actor, column, count) rows, ordered by actor then
// column, columns with none left out. Without a filter, and with columns of whole days starting
// at a day, from the daily counts (<table>_daily) rather than the events.
QByteArray laneCountsPerColumn(const ArchiveAddress &address, const ArchiveFilter &filter,
                               qint64 t0, qint64 columnSeconds, int columns);
struct LaneCount
{
    QString actor;
    qint64 column = 0;
    quint64 count = 0;
};
std::optional<std::vector<LaneCount>> readLaneCounts(const QByteArray &rowBinary);

// The span of the events that pass the filter: (earliest begin, latest end); (0, 0) when none.
QByteArray span(const ArchiveAddress &address, const ArchiveFilter &filter);
std::optional<std::pair<qint64, qint64>> readSpan(const QByteArray &rowBinary);

// Every actor in the archive's actors table: (id, name, kind, parent) rows.
QByteArray actors(const ArchiveAddress &address);

// How many events pass the filter, per actor (without a filter, from the daily counts).
QByteArray actorCounts(const ArchiveAddress &address, const ArchiveFilter &filter);
std::optional<std::vector<std::pair<QString, quint64>>> readActorCounts(const QByteArray &rowBinary);

// The tags of the archive's events, the most used first (then by name), at most `limit` of
// them: (tag, events) rows, read by readActorCounts.
QByteArray tagCounts(const ArchiveAddress &address, int limit);

// What the details panel shows of one event beyond its lane's answer: description, location,
// tags and sources. The event's begin second narrows the read to the parts that hold it.
struct ArchiveEventDetails
{
    QString description;
    QString location;
    QStringList tags;
    QStringList sources;
};
QByteArray eventDetails(const ArchiveAddress &address, const QString &id, qint64 beginSecond);
std::optional<ArchiveEventDetails> readEventDetails(const QByteArray &rowBinary);

// How many events pass the filter in each period of an overview's step, by the period's key:
// (key, count) rows in key order, periods with none left out. periodStart() turns a key into the
// period's first second: a day for steps of days and weeks, a month, or a run of `step.count`
// years aligned as the time axis aligns them (BC runs count back from 1 BC), so that no period
// straddles a tick of that step. The events are counted per day first: the calendar arithmetic
// (integer, exact at any year) runs once per day, not once per event.
QByteArray periodCounts(const ArchiveAddress &address, const ArchiveFilter &filter,
                        const TimeAxis::Step &step);
qint64 periodStart(const TimeAxis::Step &step, qint64 key);
std::optional<std::vector<std::pair<qint64, quint64>>> readPeriodCounts(const QByteArray &rowBinary);

// How many events pass the filter.
QByteArray eventCount(const ArchiveAddress &address, const ArchiveFilter &filter,
                      qint64 longestEvent = -1);
std::optional<quint64> readCount(const QByteArray &rowBinary);

} // namespace ArchiveQuery
