// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class ClickHouseClient;

// Synthetic events written straight into an archive for benchmarks (`tideline generate
// --archive`): the server makes the rows itself (INSERT ... SELECT over numbers()), so a hundred
// million events take minutes, not a file of 50 GB. Deterministic for a seed. Shaped like an
// event archive rather than noise: 1970-2024 with bursts around a few dozen days, most events
// dated to the day and some to the minute, a few spanning days, and one to three actors each,
// the popular ones far more often (Zipf-like). Ids are "g<seed>-<n>", so a second run with the
// same seed finds nothing new only if asked to skip existing rows; it is meant for empty tables.
namespace ArchiveGenerator {

struct Options
{
    qint64 events = 1'000'000;
    int actors = 300;
    quint64 seed = 1;
    qint64 batchEvents = 5'000'000; // rows per INSERT ... SELECT, each a progress step
};

using Progress = std::function<void(qint64 done, qint64 total)>;

// Makes the tables if missing, the actors, the dataset document, then the events. Returns an
// empty string, or what went wrong. Blocks (ClickHouseClient::run): not for the window's thread.
QString generate(ClickHouseClient &client, const Options &options, const Progress &progress = {});

// The SELECT that makes events [first, first + count) of a generated archive, in
// ArchiveSchema::eventColumns() order (tests compare it with what lands in the table).
QByteArray eventSelect(const Options &options, qint64 first, qint64 count);

} // namespace ArchiveGenerator
