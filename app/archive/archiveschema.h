// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"

#include <QByteArray>
#include <QList>

// The archive's tables in ClickHouse (docs/ARCHIVE.md):
//   <table>          one row per event: its id, the interval it may cover in seconds
//                    (begin_second, end_second: 64-bit, so years reach back to the Big Bang), its
//                    dates exactly as known (ISO text at their own precision, with the latest
//                    bound of a date known between two), title, text, and actors, tags and
//                    sources as ids
//   <table>_actors   one row per actor: id, name, kind, parent
//   <table>_dataset  one row per pushed dataset: everything but its events (actors, issues,
//                    positions, sources, periods) as one tideline/1 document
//   <table>_daily    per actor and day, how many events start then (SummingMergeTree, fed by a
//                    materialized view on every insert into <table>): counts over years and
//                    decades read these rows, not every event
// Events are ordered by (begin_second, id), so a window of time reads only its own parts. The
// engines are ReplacingMergeTree: rows with the same key collapse when parts merge, and the push
// never sends an id the archive already holds for the same begin.
//
// Only syntax that Debian's 18.16 and current releases both accept: CREATE TABLE ... ENGINE =
// ReplacingMergeTree() ORDER BY, Distributed(cluster, database, table, key), Array(String).
namespace ArchiveSchema {

// The events table's columns in RowBinary order (ArchiveRows writes them so).
QByteArray eventColumns();
QByteArray actorColumns();

// On one server: the three tables, if missing.
QList<QByteArray> createTables(const ArchiveAddress &address);
// On a cluster: on every shard, the three tables under `shardSuffix` ("<table>_shard", ...);
// then, on any server, the three Distributed tables over them that the archive is read and
// pushed through, rows placed by a hash of their id (so a re-push lands where the first did).
QList<QByteArray> createShardTables(const ArchiveAddress &address);
QList<QByteArray> createDistributedTables(const ArchiveAddress &address, const QString &cluster);

QString shardTable(const QString &table);

} // namespace ArchiveSchema
