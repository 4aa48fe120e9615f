// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

class ClickHouseClient;
struct Dataset;

// Puts a loaded dataset into an archive (`tideline archive push`): the tables if missing, the
// actors, the dataset without its events as one document, then the events in batches of
// RowBinary rows. Idempotent by event id: before each batch, the archive is asked for the ids it
// already holds in the batch's span of time (a narrow read: events are stored in time order, and
// so are the dataset's), and only the batch's other events are sent. A re-push of the same files
// adds nothing.
class ArchivePush
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePush)

public:
    struct Options
    {
        int batchEvents = 50'000;
        // Off when the tables were made beforehand, e.g. Distributed tables over a cluster's
        // shards (ArchiveSchema::createDistributedTables).
        bool createTables = true;
    };
    struct Outcome
    {
        qint64 events = 0;       // events in the dataset
        qint64 sent = 0;         // of which the archive did not hold yet
        qint64 actorsSent = 0;
        qint64 milliseconds = 0;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };
    // Called after each batch: events handled so far, of `total`.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `part` names the dataset's document in <table>_dataset; a later push under the same
    // part replaces it. Blocks in a local event loop (ClickHouseClient::run): not for the
    // window's thread.
    static Outcome push(ClickHouseClient &client, const Dataset &dataset, const QString &part,
                        const Options &options, const Progress &progress = {});

    // Events [first, last) of the dataset as RowBinary rows in ArchiveSchema::eventColumns()
    // order, leaving out those whose flag in `skip` is set (when given; indexed from `first`).
    static QByteArray eventRows(const Dataset &dataset, int first, int last,
                                const std::vector<bool> *skip = nullptr);
    // Everything in the dataset but its events (those a position names excepted), as a
    // tideline/1 document.
    static QByteArray documentWithoutEvents(const Dataset &dataset);
};
