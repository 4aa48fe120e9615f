// SPDX-License-Identifier: MIT
#include "archivecommand.h"

#include "archiveaddress.h"
#include "archivegenerator.h"
#include "archivepush.h"
#include "cachecommand.h"
#include "clickhouseclient.h"
#include "datasetloader.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <climits>
#include <optional>

namespace {

struct ArchiveCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommand)
};

} // namespace

namespace {

// The archive --url (or --archive) and --table name, with the password from the environment;
// nullopt after saying why on `err`.
std::optional<ArchiveAddress> addressOf(const CommandLine &commandLine, QTextStream &err)
{
    QString problem;
    ArchiveAddress address = ArchiveAddress::parse(commandLine.archive.url, &problem);
    if (problem.isEmpty() && !commandLine.archive.table.isEmpty()) {
        // The same rule as a table named in the address.
        const ArchiveAddress named = ArchiveAddress::parse(
            address.toString().section(u'?', 0, 0) + QStringLiteral("?table=")
                + QString::fromLatin1(QUrl::toPercentEncoding(commandLine.archive.table)),
            &problem);
        address.table = named.table;
    }
    if (!problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return std::nullopt;
    }
    address.password = qEnvironmentVariable("TIDELINE_ARCHIVE_PASSWORD");
    return address;
}

// About every tenth of the way, so that a long run shows it is alive without flooding a log.
ArchivePush::Progress progressOn(QTextStream &err, const char *what)
{
    return [&err, what, lastShown = qint64(-1)](qint64 done, qint64 total) mutable {
        if (lastShown < 0 || done == total || (done - lastShown) * 10 >= total) {
            err << ArchiveCommandText::tr(what, nullptr, int(qMin<qint64>(total, INT_MAX)))
                       .arg(done)
                << '\n';
            err.flush();
            lastShown = done;
        }
    };
}

} // namespace

int ArchiveCommand::generate(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const std::optional<ArchiveAddress> address = addressOf(commandLine, err);
    if (!address)
        return 2;
    ClickHouseClient client(*address);
    client.setTimeout(0); // one INSERT ... SELECT may run for minutes
    ArchiveGenerator::Options options;
    options.events = commandLine.generate.events;
    options.actors = commandLine.generate.actors;
    options.seed = commandLine.generate.seed;
    QElapsedTimer timer;
    timer.start();
    const QString problem = ArchiveGenerator::generate(
        client, options,
        progressOn(err, QT_TRANSLATE_N_NOOP("ArchiveCommand", "made %1 of %Ln event(s)")));
    if (!problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    out << ArchiveCommandText::tr("%1: %Ln event(s) made in %2 s (%3 events/s)", nullptr,
                                  int(qMin<qint64>(options.events, INT_MAX)))
               .arg(address->toString())
               .arg(seconds, 0, 'f', 2)
               .arg(qint64(options.events / seconds))
        << '\n';
    return 0;
}

int ArchiveCommand::push(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const std::optional<ArchiveAddress> parsed = addressOf(commandLine, err);
    if (!parsed)
        return 2;
    const ArchiveAddress &address = *parsed;

    const LoadResult loaded = loadThroughCache(commandLine, commandLine.import, err);
    for (const LoadMessage &message : loaded.messages)
        err << message.toString() << '\n';
    if (!loaded.ok())
        return 1;

    QStringList names;
    for (const QString &path : commandLine.paths)
        names << QFileInfo(path).fileName();
    ClickHouseClient client(address);
    ArchivePush::Options options;
    options.batchEvents = commandLine.archive.batchEvents;
    const ArchivePush::Outcome outcome =
        ArchivePush::push(client, *loaded.dataset, names.join(u','), options,
                          progressOn(err, QT_TRANSLATE_N_NOOP("ArchiveCommand",
                                                              "pushed %1 of %Ln event(s)")));
    if (!outcome.ok()) {
        err << "tideline: " << outcome.error << '\n';
        return 1;
    }
    const double seconds = qMax<qint64>(1, outcome.milliseconds) / 1000.0;
    // Each count in a phrase of its own, so that each takes its own plural.
    const QString events =
        ArchiveCommandText::tr("%Ln new event(s) of %L1", nullptr, int(outcome.sent))
            .arg(outcome.events);
    const QString actors =
        ArchiveCommandText::tr("%Ln new actor(s)", nullptr, int(outcome.actorsSent));
    out << ArchiveCommandText::tr("%1: %2, %3, in %4 s (%L5 events/s)")
               .arg(address.toString(), events, actors)
               .arg(seconds, 0, 'f', 2)
               .arg(qint64(outcome.events / seconds))
        << '\n';
    return 0;
}
