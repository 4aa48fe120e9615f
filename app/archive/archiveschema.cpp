// SPDX-License-Identifier: MIT
#include "archiveschema.h"

#include "clickhousesql.h"

namespace {

constexpr const char *eventDefinition =
    "(id String, begin_second Int64, end_second Int64, start_precision UInt8, "
    "start_date String, start_latest String, end_date String, end_latest String, "
    "approximate UInt8, title String, description String, location String, "
    "actors Array(String), tags Array(String), sources Array(String))";
constexpr const char *actorDefinition =
    "(id String, name String, kind String, parent String)";
constexpr const char *datasetDefinition = "(part String, pushed UInt64, document String)";
constexpr const char *dailyDefinition = "(actor String, day Int64, n UInt64)";

QByteArray qualified(const ArchiveAddress &address, const QString &table)
{
    // Both names are plain identifiers (ArchiveAddress::parse, isPlainName): safe as they are.
    return address.database.toUtf8() + '.' + table.toUtf8();
}

QList<QByteArray> create(const ArchiveAddress &address, const QString &suffix)
{
    const auto table = [&](const QString &name) { return qualified(address, name + suffix); };
    // Each event's day, floored (intDiv truncates towards zero, which would put a day before
    // 1970 into the day after it).
    const QByteArray day = "(intDiv(begin_second, 86400) - (begin_second % 86400 < 0)) * 86400";
    return {
        "CREATE TABLE IF NOT EXISTS " + table(address.table) + ' ' + eventDefinition
            + " ENGINE = ReplacingMergeTree() ORDER BY (begin_second, id)",
        "CREATE TABLE IF NOT EXISTS " + table(address.actorsTable()) + ' ' + actorDefinition
            + " ENGINE = ReplacingMergeTree() ORDER BY id",
        "CREATE TABLE IF NOT EXISTS " + table(address.datasetTable()) + ' ' + datasetDefinition
            + " ENGINE = ReplacingMergeTree(pushed) ORDER BY part",
        "CREATE TABLE IF NOT EXISTS " + table(address.dailyTable()) + ' ' + dailyDefinition
            + " ENGINE = SummingMergeTree(n) ORDER BY (actor, day)",
        // Fed by every insert into the events table, whoever makes it (push, generate, SQL).
        "CREATE MATERIALIZED VIEW IF NOT EXISTS " + table(address.dailyTable() + "_feed")
            + " TO " + table(address.dailyTable()) + " AS SELECT arrayJoin(actors) AS actor, "
            + day + " AS day, count() AS n FROM " + table(address.table)
            + " GROUP BY actor, day",
    };
}

} // namespace

QByteArray ArchiveSchema::eventColumns()
{
    return "id, begin_second, end_second, start_precision, start_date, start_latest, end_date, "
           "end_latest, approximate, title, description, location, actors, tags, sources";
}

QByteArray ArchiveSchema::actorColumns()
{
    return "id, name, kind, parent";
}

QString ArchiveSchema::shardTable(const QString &table)
{
    return table + QStringLiteral("_shard");
}

QList<QByteArray> ArchiveSchema::createTables(const ArchiveAddress &address)
{
    return create(address, {});
}

QList<QByteArray> ArchiveSchema::createShardTables(const ArchiveAddress &address)
{
    return create(address, QStringLiteral("_shard"));
}

QList<QByteArray> ArchiveSchema::createDistributedTables(const ArchiveAddress &address,
                                                         const QString &cluster)
{
    QList<QByteArray> statements;
    const QByteArray clusterName = ClickHouseSql::string(cluster);
    const QByteArray database = address.database.toUtf8();
    const auto distributed = [&](const QString &name, const char *key) {
        statements.append("CREATE TABLE IF NOT EXISTS " + qualified(address, name) + " AS "
                          + qualified(address, shardTable(name)) + " ENGINE = Distributed("
                          + clusterName + ", " + database + ", " + shardTable(name).toUtf8()
                          + ", cityHash64(" + key + "))");
    };
    distributed(address.table, "id");
    distributed(address.actorsTable(), "id");
    distributed(address.datasetTable(), "part");
    distributed(address.dailyTable(), "actor");
    return statements;
}
