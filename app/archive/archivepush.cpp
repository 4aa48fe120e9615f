// SPDX-License-Identifier: MIT
#include "archivepush.h"

#include "archiveschema.h"
#include "clickhouseclient.h"
#include "clickhousesql.h"
#include "dataset.h"
#include "datasetvocabulary.h"
#include "datasetwriter.h"
#include "rowbinary.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace {

QByteArray table(const ClickHouseClient &client, const QString &name)
{
    return client.address().database.toUtf8() + '.' + name.toUtf8();
}

QString isoOrEmpty(const PartialDate &date)
{
    return date.isValid() ? date.toIsoString() : QString();
}

// The ids a SELECT of one String column finds. No id list goes into the query: ClickHouse limits
// a query's size and its syntax tree (max_query_size, max_ast_elements), and a profile may forbid
// raising them; the caller intersects with the ids it has.
QSet<QString> idsFound(ClickHouseClient &client, const QByteArray &select, QString *error)
{
    QSet<QString> found;
    const QByteArray answer = client.run(select + " FORMAT RowBinary", error);
    if (!error->isEmpty())
        return found;
    RowBinaryReader reader(answer);
    while (!reader.atEnd()) {
        QString id = reader.string();
        if (reader.failed()) {
            *error = ArchivePush::tr("the archive answered with rows that cannot be read");
            break;
        }
        found.insert(std::move(id));
    }
    return found;
}

} // namespace

QByteArray ArchivePush::eventRows(const Dataset &dataset, int first, int last,
                                  const std::vector<bool> *skip)
{
    const EventStore &events = dataset.events;
    QByteArray out;
    out.reserve(qsizetype(last - first) * 160);
    RowBinaryWriter row(&out);
    for (int event = first; event < last; ++event) {
        if (skip && (*skip)[size_t(event - first)])
            continue;
        const PartialDate &start = events.start(event);
        row.string(events.idUtf8(event));
        row.int64(events.beginSecond(event));
        row.int64(events.endSecond(event));
        row.uint8(quint8(start.precision));
        row.string(isoOrEmpty(start));
        row.string(isoOrEmpty(events.startLatest(event)));
        row.string(isoOrEmpty(events.end(event)));
        row.string(isoOrEmpty(events.endLatest(event)));
        row.uint8(start.approximate ? 1 : 0);
        row.string(events.titleUtf8(event));
        row.string(events.descriptionUtf8(event));
        row.string(events.location(event));
        const auto actors = events.actors(event);
        row.count(actors.size());
        for (const quint32 actor : actors)
            row.string(dataset.actors[actor].id);
        const auto tags = events.tags(event);
        row.count(tags.size());
        for (const quint32 tag : tags)
            row.string(dataset.tags.value(qsizetype(tag)));
        const auto sources = events.sources(event);
        row.count(sources.size());
        for (const quint32 source : sources)
            row.string(dataset.sources[source].id);
    }
    return out;
}

QByteArray ArchivePush::documentWithoutEvents(const Dataset &dataset)
{
    // A position may name the event it was stated at; that event stays in the document (it is
    // in the events table too), so the document reads as a tideline/1 file on its own.
    std::vector<int> named;
    for (const Position &position : dataset.positions) {
        if (position.event >= 0)
            named.push_back(position.event);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    return DatasetWriter::toJson(dataset, &named);
}

ArchivePush::Outcome ArchivePush::push(ClickHouseClient &client, const Dataset &dataset,
                                       const QString &part, const Options &options,
                                       const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    const ArchiveAddress &address = client.address();
    const EventStore &events = dataset.events;
    outcome.events = events.count();
    // On a Distributed table an insert is only queued for the shards unless asked to wait; the
    // next batch's check must see it.
    client.setSetting(QStringLiteral("insert_distributed_sync"), QStringLiteral("1"));

    const auto fail = [&](const QString &error) {
        outcome.error = error;
        outcome.milliseconds = timer.elapsed();
        return outcome;
    };

    QString error;
    if (options.createTables) {
        for (const QByteArray &statement : ArchiveSchema::createTables(address)) {
            client.run(statement, &error);
            if (!error.isEmpty())
                return fail(error);
        }
    }

    // Actors first: an event's lane needs its actor's name. The actors table is small.
    const QSet<QString> knownActors = idsFound(
        client, "SELECT DISTINCT id FROM " + table(client, address.actorsTable()), &error);
    if (!error.isEmpty())
        return fail(error);
    QByteArray actorRows;
    RowBinaryWriter actorRow(&actorRows);
    for (const Actor &actor : dataset.actors) {
        if (knownActors.contains(actor.id))
            continue;
        actorRow.string(actor.id);
        actorRow.string(actor.name);
        actorRow.string(Vocabulary::key(actor.kind));
        actorRow.string(actor.parent >= 0 ? dataset.actors[size_t(actor.parent)].id : QString());
        ++outcome.actorsSent;
    }
    if (outcome.actorsSent > 0) {
        client.run("INSERT INTO " + table(client, address.actorsTable()) + " ("
                       + ArchiveSchema::actorColumns() + ") FORMAT RowBinary",
                   &error, actorRows);
        if (!error.isEmpty())
            return fail(error);
    }

    QByteArray documentRow;
    RowBinaryWriter document(&documentRow);
    document.string(part);
    document.uint64(quint64(QDateTime::currentMSecsSinceEpoch()));
    const QByteArray json = documentWithoutEvents(dataset);
    document.string(std::string_view(json.constData(), size_t(json.size())));
    client.run("INSERT INTO " + table(client, address.datasetTable())
                   + " (part, pushed, document) FORMAT RowBinary",
               &error, documentRow);
    if (!error.isEmpty())
        return fail(error);

    const int batch = qMax(1, options.batchEvents);
    for (int first = 0; first < events.count(); first += batch) {
        const int last = qMin(events.count(), first + batch);
        // The batch is in time order: the ids the archive holds in its span of time are few
        // beside the archive, and read from the parts that hold that span only.
        qint64 earliest = events.beginSecond(first);
        qint64 latest = earliest;
        for (int event = first; event < last; ++event) {
            earliest = qMin(earliest, events.beginSecond(event));
            latest = qMax(latest, events.beginSecond(event));
        }
        const QSet<QString> present =
            idsFound(client,
                     "SELECT id FROM " + table(client, address.table) + " WHERE begin_second >= "
                         + ClickHouseSql::integer(earliest) + " AND begin_second <= "
                         + ClickHouseSql::integer(latest),
                     &error);
        if (!error.isEmpty())
            return fail(error);
        std::vector<bool> skip(size_t(last - first), false);
        qint64 toSend = 0;
        for (int event = first; event < last; ++event) {
            skip[size_t(event - first)] = !present.isEmpty() && present.contains(events.id(event));
            toSend += skip[size_t(event - first)] ? 0 : 1;
        }
        if (toSend > 0) {
            client.run("INSERT INTO " + table(client, address.table) + " ("
                           + ArchiveSchema::eventColumns() + ") FORMAT RowBinary",
                       &error, eventRows(dataset, first, last, &skip));
            if (!error.isEmpty())
                return fail(error);
            outcome.sent += toSend;
        }
        if (progress)
            progress(last, events.count());
    }
    outcome.milliseconds = timer.elapsed();
    return outcome;
}
