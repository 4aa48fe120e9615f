// SPDX-License-Identifier: MIT
// tideline-bench: generates (or takes) datasets and prints, for each size, every speed and
// memory figure Tideline promises, as min/median/max over several runs, beside its target and
// the naive baseline it is there to beat, measured in the same run on the same bytes.
//
//   tideline-bench [--events N]... [--runs R] [--dataset FILE [--split FOLDER]] [--json FILE]
//                  [--no-qjson]
//   tideline-bench --import-gdelt N [--runs R]
//
// --split: the same events as --dataset in several files (`tideline generate ... --files 2` with
// the options that made FILE), for the row that loads them in parallel. With --events the bench
// generates that split itself. That row must beat the one-file load of the same run with the
// file read by one thread: a single large file is itself read in parts on every core now, and
// the row "load the same on one thread" shows what that gains.
//
// --import-gdelt: a generated GDELT 2.0 export of N rows, imported to a ready model, against
// the same events loaded from tideline/1 (the import converted once with DatasetWriter): events
// per second of each, and the peak memory of each, measured in a process of its own.
//   tideline-bench --import-json N [--runs R]   (TimelineJS and vis.js files of N items)
//   tideline-bench --archive URL [--archive-push FILE] [--runs R]
//                  the questions the timeline asks of a ClickHouse archive (e.g. one made by
//                  `tideline generate --archive`), at three zoom levels; with --archive-push,
//                  the push rate of FILE into a scratch table beside it
//   tideline-bench --archive-cluster N [--runs R]
//                  the same on a two-shard cluster started here (two clickhouse-server
//                  processes on loopback ports), with N events generated into it
//
// Run a Release build. Peak memory is read from /proc/self/status, not estimated.
//
// "reopen an unchanged dataset (cache)": the dataset cache's image of the file, kept once (not
// timed), read back through CachedLoad as the window and the commands do, in this process and
// in a fresh one (this program, run with --reopen-of FILE CACHE-FOLDER). The image is in the
// page cache, as after any recent open; a cold disk adds its read time.
#include "archivegenerator.h"
#include "archivelanesource.h"
#include "archiveoverviewsource.h"
#include "archivespanexport.h"
#include "archivepush.h"
#include "archiveschema.h"
#include "clickhousecluster.h"
#include "archivequery.h"
#include "cachedload.h"
#include "clickhouseclient.h"
#include "validatecommand.h"
#include "datasetfilereader.h"
#include "datasetgenerator.h"
#include "datasetimport.h"
#include "datasetloader.h"
#include "datasetwriter.h"
#include "datasetsession.h"
#include "mainwindow.h"
#include "filterstate.h"
#include "filterengine.h"
#include "overviewhistogram.h"
#include "timelineimage.h"
#include "textfolding.h"
#include "timelinelanes.h"
#include "timelinerenderer.h"
#include "workerpool.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QApplication>
#include <QProcess>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QImageReader>
#include <QTextStream>
#include <QThreadPool>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

namespace {

struct Figure
{
    QString size;
    QString name;
    QString unit;
    std::vector<double> samples;
    double target = 0;   // 0: no target
    QString baselineOf;  // when this line is a baseline: what it is the baseline of
    // Set after the fact (not in the lines' initialisers): a line of the same size whose median
    // this one's must be below.
    QString fasterThan{};
    QString fasterThanText{}; // how the target column names that line

    double min() const { return *std::min_element(samples.begin(), samples.end()); }
    double max() const { return *std::max_element(samples.begin(), samples.end()); }
    double median() const
    {
        std::vector<double> s = samples;
        std::sort(s.begin(), s.end());
        return s.size() % 2 ? s[s.size() / 2] : (s[s.size() / 2 - 1] + s[s.size() / 2]) / 2;
    }
};

double procStatusMegabytes(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(strlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

std::vector<double> timeRuns(int runs, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

// The naive way to draw: every event of every visible lane, one marker each, no level of detail.
// The event loop's longest gap between 5 ms ticks while it runs: how long a window would stall.
class StallMeter
{
public:
    StallMeter()
    {
        m_tick.setInterval(5);
        QObject::connect(&m_tick, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, double(m_gap.nsecsElapsed()) / 1e6);
            m_gap.restart();
        });
    }
    void start()
    {
        m_gap.start();
        m_tick.start();
    }
    // Stops, and gives the longest gap in ms.
    double stop()
    {
        m_tick.stop();
        return m_longest;
    }

private:
    QTimer m_tick;
    QElapsedTimer m_gap;
    double m_longest = 0;
};

void paintEveryEvent(QPainter &painter, const TimelineLanes &lanes, const EventStore &events,
                     const TimelineRenderer &renderer, const TimeMapping &mapping, QSize size)
{
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    std::vector<quint32> all;
    const int laneHeight = renderer.geometry().laneHeight();
    for (int lane = 0; lane < lanes.laneCount(); ++lane) {
        const double top = renderer.laneTop(lane, 0);
        if (top > size.height())
            break;
        lanes.visibleEvents(lane, std::numeric_limits<qint64>::min() / 2,
                            std::numeric_limits<qint64>::max() / 2, &all);
        painter.setBrush(lanes.laneInfo(lane).color);
        for (quint32 event : all) {
            const double x = renderer.geometry().headerWidth + mapping.xOf(events.beginSecond(int(event)));
            painter.drawRect(QRectF(x - 4, top + laneHeight / 2.0 - 4, 8, 8));
        }
    }
}

// The peak memory of one load in a process of its own (this program, run with --peak-of), so
// that neither measurement inherits the other's heap.
double peakMegabytesOfLoad(const QString &path, bool gdelt)
{
    QProcess process;
    QStringList arguments{QStringLiteral("--peak-of"), path};
    if (gdelt)
        arguments << QStringLiteral("--gdelt");
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return process.readAllStandardOutput().trimmed().toDouble();
}

// `--peak-of FILE [--gdelt]`: loads FILE and prints the peak resident memory in MB.
int printPeakOfLoad(const QString &path, bool gdelt)
{
    ImportOptions options;
    if (gdelt)
        options.format = ImportFormat::Gdelt;
    const LoadResult result = DatasetImport::load({path}, options);
    if (!result.ok())
        return 1;
    printf("%.1f\n", procStatusMegabytes("VmHWM:"));
    return 0;
}

// `--reopen-of FILE FOLDER`: opens FILE through the dataset cache in FOLDER, which holds its
// image, and prints how long that took in ms (-1: the image was not used).
int printReopenOf(const QString &path, const QString &folder)
{
    const DatasetCache cache(folder);
    QElapsedTimer timer;
    timer.start();
    const CachedLoad::Outcome outcome = CachedLoad::load({path}, {}, nullptr, &cache, CachedLoad::Keep::Now);
    const qint64 elapsed = timer.elapsed();
    printf("%lld\n", outcome.fromCache && outcome.result.ok() ? elapsed : -1LL);
    return 0;
}

// Times a reopen of `path` from its cached image in a fresh process of this program.
double reopenInFreshProcess(const QString &path, const QString &folder)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--reopen-of"), path, folder});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return process.readAllStandardOutput().trimmed().toDouble();
}

// `--validate-of FILE`: `tideline validate FILE` itself (ValidateCommand, its output kept
// here), in a process of its own; prints its time in ms and its peak resident memory in MB.
int printValidateOf(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    QString said;
    QTextStream out(&said), err(&said);
    if (ValidateCommand::run({path}, ImportOptions(), out, err) != 0)
        return 1;
    printf("%.1f %.1f\n", double(timer.nsecsElapsed()) / 1e6, procStatusMegabytes("VmHWM:"));
    return 0;
}

// `tideline validate` against a bare RapidJSON SAX pass that reads the same file into memory
// and parses it, run one after the other: their ratio, and validate's peak memory.
void benchValidate(const QString &label, const QString &path, int runs, std::vector<Figure> &figures)
{
    std::vector<double> ratios, peaks, validateTimes, saxTimes;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--validate-of"), path});
        if (!process.waitForFinished(-1) || process.exitCode() != 0) {
            fprintf(stderr, "tideline-bench: validate failed\n");
            return;
        }
        const QList<QByteArray> printed = process.readAllStandardOutput().trimmed().split(' ');
        const double validateMs = printed.value(0).toDouble();
        QElapsedTimer timer;
        timer.start();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray bytes = file.readAll();
        rapidjson::MemoryStream stream(bytes.constData(), size_t(bytes.size()));
        rapidjson::BaseReaderHandler<> handler;
        rapidjson::Reader reader;
        reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag
                     | rapidjson::kParseNumbersAsStringsFlag>(stream, handler);
        const double saxMs = double(timer.nsecsElapsed()) / 1e6;
        validateTimes.push_back(validateMs);
        saxTimes.push_back(saxMs);
        ratios.push_back(validateMs / saxMs);
        peaks.push_back(printed.value(1).toDouble());
    }
    figures.push_back({label, QStringLiteral("tideline validate (own process)"), QStringLiteral("ms"),
                       validateTimes, 0, {}});
    figures.push_back({label, QStringLiteral("bare SAX pass reading the file"), QStringLiteral("ms"),
                       saxTimes, 0, QStringLiteral("validate")});
    figures.push_back({label, QStringLiteral("  validate / bare SAX pass, same run"), QStringLiteral("x"),
                       ratios, 1.5, {}});
    figures.push_back({label, QStringLiteral("peak resident memory of validate"), QStringLiteral("MB"),
                       peaks, 600, {}});
}

// GDELT import against tideline/1 load of the same events: time, events per second, memory.
bool benchImportGdelt(qint64 rows, int runs, QTemporaryDir &scratch, std::vector<Figure> &figures)
{
    const QString label = QLocale(QLocale::English).toString(rows);
    const QString gdelt = scratch.filePath(QStringLiteral("gdelt-%1.export.CSV").arg(rows));
    const QString tideline = scratch.filePath(QStringLiteral("gdelt-%1.json").arg(rows));
    DatasetGenerator::Options generate;
    generate.events = rows;
    generate.seed = 42;
    generate.format = DatasetGenerator::Options::Format::Gdelt;
    const QString problem = DatasetGenerator::write(generate, gdelt);
    if (!problem.isEmpty()) {
        fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
        return false;
    }
    ImportOptions options;
    options.format = ImportFormat::Gdelt;
    const auto importOnce = [&] {
        const LoadResult result = DatasetImport::load({gdelt}, options);
        if (!result.ok()) {
            fprintf(stderr, "import failed: %s\n", qPrintable(result.messages.first().toString()));
            exit(1);
        }
        return result.dataset;
    };
    {
        // Converted once, outside the timings.
        const std::shared_ptr<const Dataset> dataset = importOnce();
        const QString written = DatasetWriter::write(*dataset, tideline);
        if (!written.isEmpty()) {
            fprintf(stderr, "tideline-bench: %s\n", qPrintable(written));
            return false;
        }
    }
    const int timedRuns = std::min(runs, 3);
    const std::vector<double> load = timeRuns(timedRuns, [&] {
        const LoadResult result = DatasetLoader::load({tideline});
        if (!result.ok())
            exit(1);
    });
    Figure loadFigure{label, QStringLiteral("load the same events from tideline/1"),
                      QStringLiteral("ms"), load, 0, QStringLiteral("GDELT import")};
    const double loadMedian = loadFigure.median();
    Figure importFigure{label, QStringLiteral("import GDELT 2.0 export to a ready model"),
                        QStringLiteral("ms"), timeRuns(timedRuns, [&] { importOnce(); }),
                        2 * loadMedian, {}};
    const auto perSecond = [&](const std::vector<double> &ms) {
        std::vector<double> rates;
        for (double m : ms)
            rates.push_back(double(rows) / (m / 1000.0));
        return rates;
    };
    figures.push_back(importFigure);
    figures.push_back({label, QStringLiteral("  import, events per second"), QStringLiteral("/s"),
                       perSecond(importFigure.samples), 0, {}});
    figures.push_back(loadFigure);
    figures.push_back({label, QStringLiteral("  tideline/1 load, events per second"),
                       QStringLiteral("/s"), perSecond(load), 0, {}});
    const double tidelinePeak = peakMegabytesOfLoad(tideline, false);
    figures.push_back({label, QStringLiteral("peak memory, import (own process)"), QStringLiteral("MB"),
                       {peakMegabytesOfLoad(gdelt, true)}, tidelinePeak, {}});
    figures.push_back({label, QStringLiteral("peak memory, tideline/1 load (own process)"),
                       QStringLiteral("MB"), {tidelinePeak}, 0, QStringLiteral("import memory")});
    QFile::remove(gdelt);
    QFile::remove(tideline);
    return true;
}

// The TimelineJS and vis.js importers on generated files of `items` slides and items (dates as
// strings and epoch milliseconds, HTML texts, a link in one in ten, ten groups): load time to
// a ready dataset, min/median/max over `runs`. The target is under 1 s at 100,000 items.
int benchImportJson(qint64 items, int runs, QTextStream &out)
{
    QTemporaryDir scratch;
    QByteArray tljs = "{\"title\": {\"text\": {\"headline\": \"Generated\"}}, \"events\": [\n";
    QByteArray vis = "{\"groups\": [";
    for (int g = 0; g < 10; ++g)
        vis += (g ? "," : "") + QByteArray("{\"id\": ") + QByteArray::number(g)
            + ", \"content\": \"<b>Group " + QByteArray::number(g) + "</b>\"}";
    vis += "],\n\"items\": [\n";
    for (qint64 i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray link = i % 10 == 0 ? " <a href=\\\"https://example.org/" + n + "\\\">source</a>" : "";
        tljs += (i ? ",\n" : "") + QByteArray("{\"start_date\": {\"year\": \"") + QByteArray::number(1900 + i % 120)
            + "\", \"month\": \"" + QByteArray::number(1 + i % 12) + "\", \"day\": \"" + QByteArray::number(1 + i % 28)
            + "\"}, \"text\": {\"headline\": \"Event " + n + "\", \"text\": \"<p>About event " + n + link
            + ".</p>\"}, \"group\": \"Group " + QByteArray::number(i % 10) + "\"}";
        vis += (i ? ",\n" : "") + QByteArray("{\"id\": ") + n + ", \"content\": \"Item " + n + link
            + "\", \"start\": " + QByteArray::number(1'400'000'000'000LL + i * 61'000) + ", \"group\": "
            + QByteArray::number(i % 10) + "}";
    }
    tljs += "\n]}\n";
    vis += "\n]}\n";
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("timelinejs"), &tljs},
                                      std::pair{QStringLiteral("vis"), &vis}}) {
        const QString path = scratch.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
            fprintf(stderr, "tideline-bench: cannot write %s\n", qPrintable(path));
            return 1;
        }
        file.close();
        qint64 events = 0;
        Figure figure{QLocale(QLocale::English).toString(items), QStringLiteral("import %1").arg(name),
                      QStringLiteral("ms"), timeRuns(runs, [&] {
                          const LoadResult result = DatasetImport::load({path});
                          events = result.ok() ? result.dataset->events.count() : -1;
                      }), 1000, {}};
        if (events != items) {
            fprintf(stderr, "tideline-bench: %s: %lld events of %lld\n", qPrintable(name),
                    static_cast<long long>(events), static_cast<long long>(items));
            return 1;
        }
        out << QStringLiteral("%1 items, %2 (%3 MB): min %4 ms, median %5 ms, max %6 ms (target < 1000 ms)\n")
                   .arg(figure.size, name)
                   .arg(double(bytes->size()) / 1e6, 0, 'f', 1)
                   .arg(figure.min(), 0, 'f', 0)
                   .arg(figure.median(), 0, 'f', 0)
                   .arg(figure.max(), 0, 'f', 0);
        out.flush();
    }
    return 0;
}

// How long the archive takes to answer what the timeline asks, measured from this process over
// HTTP: counts per pixel column (1920) and a lane's events in the window (at most 2,000), for
// every event and for the busiest actor's lane, at the whole span, one year and one day around
// the archive's busiest day. These are the requests' times, not yet a view's (the window does not
// open archives yet).
void benchArchiveView(const ArchiveAddress &address, int runs, const QString &label,
                      std::vector<Figure> &figures);

bool benchArchive(const QString &url, const QString &pushFile, int runs,
                  std::vector<Figure> &figures)
{
    QString problem;
    ArchiveAddress address = ArchiveAddress::parse(url, &problem);
    if (!problem.isEmpty()) {
        fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
        return false;
    }
    address.password = qEnvironmentVariable("TIDELINE_ARCHIVE_PASSWORD");
    ClickHouseClient client(address);
    client.setTimeout(0);
    const QByteArray events = address.database.toUtf8() + '.' + address.table.toUtf8();
    const auto ask = [&](const QByteArray &sql) {
        QString error;
        const QByteArray answer = client.run(sql, &error);
        if (!error.isEmpty()) {
            fprintf(stderr, "tideline-bench: %s\n", qPrintable(error));
            exit(1);
        }
        return answer;
    };
    const QList<QByteArray> span =
        ask("SELECT count(), min(begin_second), max(end_second) FROM " + events + " FORMAT TSV")
            .trimmed()
            .split('\t');
    const qint64 count = span.value(0).toLongLong();
    const qint64 earliest = span.value(1).toLongLong();
    const qint64 latest = span.value(2).toLongLong();
    const qint64 busiestDay =
        ask("SELECT intDiv(begin_second, 86400) * 86400 AS d FROM " + events
            + " GROUP BY d ORDER BY count() DESC LIMIT 1 FORMAT TSV")
            .trimmed()
            .toLongLong();
    const QString busiestActor = QString::fromUtf8(
        ask("SELECT arrayJoin(actors) AS a FROM " + events
            + " GROUP BY a ORDER BY count() DESC LIMIT 1 FORMAT TSV")
            .trimmed());
    const QString label = QLocale(QLocale::English).toString(count);
    const int columns = 1920;
    struct Level
    {
        const char *name;
        qint64 t0;
        qint64 t1;
    };
    const Level levels[] = {
        {"whole span", earliest, latest + 1},
        {"one year", busiestDay - 182 * 86400LL, busiestDay + 183 * 86400LL},
        {"one day", busiestDay, busiestDay + 86400}};
    for (const Level &level : levels) {
        const qint64 width = (level.t1 - level.t0 + columns - 1) / columns;
        for (const QString &lane : {QString(), busiestActor}) {
            const QString laneName = lane.isEmpty() ? QStringLiteral("every event")
                                                    : QStringLiteral("busiest lane");
            figures.push_back(
                {label, QStringLiteral("archive: counts per column, %1, %2").arg(laneName, level.name),
                 QStringLiteral("ms"), timeRuns(runs, [&] {
                     ask(ArchiveQuery::countsPerColumn(address, {}, lane, level.t0, width,
                                                       columns));
                 }), 0, {}});
            figures.push_back(
                {label, QStringLiteral("archive: events (<= 2000), %1, %2").arg(laneName, level.name),
                 QStringLiteral("ms"), timeRuns(runs, [&] {
                     ask(ArchiveQuery::eventsMeeting(address, {}, lane, level.t0, level.t1, 2000));
                 }), 0, {}});
        }
    }
    figures.push_back({label, QStringLiteral("archive: per-actor counts, text 'talks'"),
                       QStringLiteral("ms"), timeRuns(runs, [&] {
                           ArchiveFilter filter;
                           filter.text = QStringLiteral("talks");
                           ask(ArchiveQuery::actorCounts(address, filter));
                       }), 0, {}});
    // The overview strip: the archive's span, then its events per calendar period, as the
    // window's ArchiveOverviewSource asks them (a fresh source each run: the span is asked too).
    for (const QString &text : {QString(), QStringLiteral("talks")}) {
        figures.push_back(
            {label,
             text.isEmpty() ? QStringLiteral("archive: overview histogram (span, then periods)")
                            : QStringLiteral("archive: overview histogram, text '%1'").arg(text),
             QStringLiteral("ms"), timeRuns(runs, [&] {
                 ArchiveOverviewSource overview(&client);
                 ArchiveFilter filter;
                 filter.text = text;
                 overview.setFilter(filter);
                 QEventLoop loop;
                 QObject::connect(&overview, &OverviewSource::histogramReady, &loop, &QEventLoop::quit);
                 QObject::connect(&overview, &ArchiveOverviewSource::failed, &loop, [&](const QString &problem) {
                     fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
                     exit(1);
                 });
                 overview.askHistogram();
                 loop.exec();
             }), 0, {}});
    }
    // A picture of the whole span, as File → Export Image… writes it: its own lane source
    // opened, then painted until nothing it needs is missing, then painted to the file.
    {
        QTemporaryDir folder;
        int lanes = 0;
        figures.push_back(
            {label, QStringLiteral("archive: whole-span picture, PNG 1920 wide"), QStringLiteral("ms"),
             timeRuns(runs, [&] {
                 ArchiveSpanExport::Request request;
                 request.address = address;
                 request.path = folder.filePath(QStringLiteral("whole.png"));
                 request.width = 1920;
                 request.caption = address.toString();
                 ArchiveSpanExport job(request);
                 QEventLoop loop;
                 QObject::connect(&job, &ArchiveSpanExport::finished, &loop, [&](const QString &problem) {
                     if (!problem.isEmpty()) {
                         fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
                         exit(1);
                     }
                     loop.quit();
                 });
                 job.start();
                 loop.exec();
                 lanes = job.lanesShown();
             }), 0, {}});
        figures.back().name += QStringLiteral(" (%1 lanes)").arg(lanes);
    }
    benchArchiveView(address, runs, label, figures);

    if (!pushFile.isEmpty()) {
        const LoadResult loaded = DatasetLoader::load({pushFile});
        if (!loaded.ok()) {
            fprintf(stderr, "tideline-bench: cannot load %s\n", qPrintable(pushFile));
            return false;
        }
        ArchiveAddress scratch = address;
        scratch.table = address.table + QStringLiteral("_benchpush");
        ClickHouseClient pushClient(scratch);
        pushClient.setTimeout(0);
        std::vector<double> rates;
        for (int run = 0; run < std::min(runs, 3); ++run) {
            for (const QString &table :
                 {scratch.table, scratch.actorsTable(), scratch.datasetTable()}) {
                QString error;
                pushClient.run("DROP TABLE IF EXISTS " + scratch.database.toUtf8() + '.'
                                   + table.toUtf8(),
                               &error);
            }
            const ArchivePush::Outcome outcome =
                ArchivePush::push(pushClient, *loaded.dataset, QStringLiteral("bench"), {});
            if (!outcome.ok()) {
                fprintf(stderr, "tideline-bench: %s\n", qPrintable(outcome.error));
                return false;
            }
            rates.push_back(double(outcome.events) * 1000.0 / double(qMax<qint64>(1, outcome.milliseconds)));
        }
        figures.push_back({QLocale(QLocale::English).toString(loaded.dataset->events.count()),
                           QStringLiteral("archive push, into an empty table"),
                           QStringLiteral("events/s"), rates, 0, {}});
    }
    return true;
}

// The timeline drawn from an archive as the window will draw it: the real renderer over an
// ArchiveLaneSource (fresh each run, so nothing is cached), a 1920x1080 frame painted whenever
// tiles arrive. Per zoom level: the time until a frame shows counts (the count tiles are in) and
// until it shows everything (no request left), the event loop's longest stall meanwhile, and
// the process's memory growth.
void benchArchiveView(const ArchiveAddress &address, int runs, const QString &label,
                      std::vector<Figure> &figures)
{
    const QSize frameSize(1920, 1080);
    QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
    struct Level
    {
        QString name;
        double days; // the window's width; 0: the whole span
    };
    const Level levels[] = {{QStringLiteral("whole span"), 0},
                            {QStringLiteral("one year"), 365},
                            {QStringLiteral("one day"), 1}};
    const double rssBefore = procStatusMegabytes("VmRSS:");
    double rssPeak = rssBefore;
    for (const Level &level : levels) {
        std::vector<double> toCounts, toAll, stalls, frames;
        for (int run = 0; run < runs; ++run) {
            ArchiveLaneSource source(address);
            source.open();
            while (source.state() == ArchiveLaneSource::State::Opening)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (source.state() != ArchiveLaneSource::State::Ready) {
                fprintf(stderr, "tideline-bench: %s\n", qPrintable(source.problem()));
                exit(1);
            }
            TimelineRenderRequest request;
            request.size = frameSize;
            request.font = QFont(QStringLiteral("DejaVu Sans"), 9);
            request.locale = QLocale(QLocale::English);
            const double areaWidth = frameSize.width() - TimelineGeometry().headerWidth;
            const qint64 first = source.earliestBegin();
            const qint64 last = source.latestEnd();
            // Around the busiest stretch a user would look at: the middle of the span, moved to
            // the start of its year so runs agree.
            const qint64 middle = first + (last - first) / 2;
            const qint64 start = level.days == 0 ? first : middle - qint64(level.days * 43200);
            const double seconds = level.days == 0 ? double(last - first) : level.days * 86400;
            request.mapping = TimeMapping(start, seconds / areaWidth);
            StallMeter stall;
            stall.start();
            QElapsedTimer timer;
            timer.start();
            double counts = -1;
            // As ArchiveView: the measured titles renumbered when the event store's indices
            // change, one view begun per frame.
            auto renderer = std::make_unique<TimelineRenderer>(source, source.events(),
                                                               TimelineTheme::light());
            QObject::connect(&source, &ArchiveLaneSource::eventsReplaced, &source,
                             [&] { renderer->renumberEvents(source.newIndexOfOld()); });
            double longestFrame = 0;
            const auto frame = [&] {
                QElapsedTimer painting;
                painting.start();
                source.beginView();
                QPainter painter(&image);
                renderer->paint(painter, request);
                longestFrame = std::max(longestFrame, double(painting.nsecsElapsed()) / 1e6);
            };
            // The first tiles to come are counts: the lanes ask for counts before events.
            // Arrivals in one pass of the event loop get one frame, as QWidget::update() gives
            // the window one paint for them.
            bool framePending = false;
            QObject::connect(&source, &ArchiveLaneSource::tilesArrived, &source, [&] {
                if (framePending)
                    return;
                framePending = true;
                QTimer::singleShot(0, &source, [&] {
                    framePending = false;
                    frame();
                    if (counts < 0)
                        counts = double(timer.nsecsElapsed()) / 1e6;
                });
            });
            frame();
            while (source.pendingRequests() > 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            frame(); // the last frame may ask for event tiles the counts allow
            while (source.pendingRequests() > 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            toAll.push_back(double(timer.nsecsElapsed()) / 1e6);
            toCounts.push_back(counts < 0 ? toAll.back() : counts);
            stalls.push_back(stall.stop());
            frames.push_back(longestFrame);
            rssPeak = std::max(rssPeak, procStatusMegabytes("VmRSS:"));
        }
        figures.push_back({label, QStringLiteral("view: first frame with counts, %1").arg(level.name),
                           QStringLiteral("ms"), toCounts, 0, {}});
        figures.push_back({label, QStringLiteral("view: every tile in, %1").arg(level.name),
                           QStringLiteral("ms"), toAll, 0, {}});
        figures.push_back({label, QStringLiteral("view: longest event-loop stall, %1").arg(level.name),
                           QStringLiteral("ms"), stalls, 16, {}});
        figures.push_back({label, QStringLiteral("view:   of which the longest frame, %1").arg(level.name),
                           QStringLiteral("ms"), frames, 0, {}});
    }
    figures.push_back({label, QStringLiteral("view: memory growth while browsing"),
                       QStringLiteral("MB"), {rssPeak - rssBefore}, 300, {}});
}

// Two servers as two shards, N generated events in a Distributed table over them, then the
// archive's figures on that table.
bool benchArchiveCluster(qint64 events, int runs, std::vector<Figure> &figures)
{
    ClickHouseCluster cluster(2);
    const QString problem = cluster.start();
    if (!problem.isEmpty()) {
        fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
        return false;
    }
    const auto addressOf = [](const QUrl &server) {
        QString ignored;
        return ArchiveAddress::parse(QStringLiteral("clickhouse://127.0.0.1:%1/default?table=events")
                                         .arg(server.port()),
                                     &ignored);
    };
    const auto run = [](ClickHouseClient &client, const QByteArray &sql) {
        QString error;
        client.run(sql, &error);
        if (!error.isEmpty()) {
            fprintf(stderr, "tideline-bench: %s\n", qPrintable(error));
            exit(1);
        }
    };
    for (int server = 0; server < cluster.serverCount(); ++server) {
        ClickHouseClient shard(addressOf(cluster.httpUrl(server)));
        for (const QByteArray &statement : ArchiveSchema::createShardTables(shard.address()))
            run(shard, statement);
    }
    ClickHouseClient front(addressOf(cluster.httpUrl(0)));
    front.setTimeout(0);
    for (const QByteArray &statement :
         ArchiveSchema::createDistributedTables(front.address(), ClickHouseCluster::clusterName()))
        run(front, statement);
    front.setSetting(QStringLiteral("insert_distributed_sync"), QStringLiteral("1"));
    ArchiveGenerator::Options options;
    options.events = events;
    QElapsedTimer timer;
    timer.start();
    const QString generated = ArchiveGenerator::generate(front, options);
    if (!generated.isEmpty()) {
        fprintf(stderr, "tideline-bench: %s\n", qPrintable(generated));
        return false;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    figures.push_back({QLocale(QLocale::English).toString(events),
                       QStringLiteral("archive, 2 shards: generate into the cluster"),
                       QStringLiteral("events/s"), {double(events) / seconds}, 0, {}});
    const size_t before = figures.size();
    if (!benchArchive(front.address().toString(), {}, runs, figures))
        return false;
    for (size_t i = before; i < figures.size(); ++i)
        figures[i].name.replace(QLatin1String("archive:"), QLatin1String("2 shards:"));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // A child of --import-gdelt measuring one load's peak memory: nothing else in the process.
    if (argc >= 3 && qstrcmp(argv[1], "--peak-of") == 0) {
        QCoreApplication app(argc, argv);
        return printPeakOfLoad(QString::fromLocal8Bit(argv[2]),
                               argc >= 4 && qstrcmp(argv[3], "--gdelt") == 0);
    }
    if (argc >= 4 && qstrcmp(argv[1], "--reopen-of") == 0) {
        QCoreApplication app(argc, argv);
        return printReopenOf(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    if (argc >= 3 && qstrcmp(argv[1], "--validate-of") == 0) {
        QCoreApplication app(argc, argv);
        return printValidateOf(QString::fromLocal8Bit(argv[2]));
    }
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // The window below keeps its settings apart from the real application's.
    QApplication::setOrganizationName(QStringLiteral("Tideline"));
    QApplication::setApplicationName(QStringLiteral("tideline-bench"));
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    std::vector<qint64> sizes;
    int runs = 5;
    QString dataset;
    QString split;
    QString jsonPath;
    bool qjson = true;
    std::vector<qint64> gdeltSizes;
    qint64 importJsonItems = 0;
    QString archiveUrl;
    QString archivePush;
    qint64 archiveCluster = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--events") && hasValue)
            sizes.push_back(args[++i].toLongLong());
        else if (a == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--dataset") && hasValue)
            dataset = args[++i];
        else if (a == QLatin1String("--split") && hasValue)
            split = args[++i];
        else if (a == QLatin1String("--json") && hasValue)
            jsonPath = args[++i];
        else if (a == QLatin1String("--no-qjson"))
            qjson = false;
        else if (a == QLatin1String("--import-gdelt") && hasValue)
            gdeltSizes.push_back(args[++i].toLongLong());
        else if (a == QLatin1String("--import-json") && hasValue)
            importJsonItems = args[++i].toLongLong();
        else if (a == QLatin1String("--archive") && hasValue)
            archiveUrl = args[++i];
        else if (a == QLatin1String("--archive-push") && hasValue)
            archivePush = args[++i];
        else if (a == QLatin1String("--archive-cluster") && hasValue)
            archiveCluster = args[++i].toLongLong();
        else {
            fprintf(stderr, "usage: tideline-bench [--events N]... [--runs R] [--dataset FILE "
                            "[--split FOLDER]] [--json FILE] [--no-qjson] [--import-gdelt N]...\n"
                            "       tideline-bench --import-json N [--runs R]\n"
                            "       tideline-bench --archive URL [--archive-push FILE] [--runs R]\n"
                            "       tideline-bench --archive-cluster N [--runs R]\n");
            return 2;
        }
    }
    if (importJsonItems > 0)
        return benchImportJson(importJsonItems, runs, out);
    if (sizes.empty() && dataset.isEmpty() && gdeltSizes.empty() && archiveUrl.isEmpty()
        && archiveCluster == 0)
        sizes = {10'000, 100'000, 1'000'000};
    if (!dataset.isEmpty())
        sizes = {0};

    QTemporaryDir scratch;
    std::vector<Figure> figures;
    const QSize frameSize(1920, 1080);

    for (qint64 size : sizes) {
        QString path = dataset;
        QString label = QStringLiteral("file");
        if (path.isEmpty()) {
            label = QLocale(QLocale::English).toString(size);
            path = scratch.filePath(QStringLiteral("events-%1.json").arg(size));
            DatasetGenerator::Options options;
            options.events = size;
            options.seed = 42;
            QElapsedTimer timer;
            timer.start();
            const QString problem = DatasetGenerator::write(options, path);
            if (!problem.isEmpty()) {
                fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
                return 1;
            }
            figures.push_back({label, QStringLiteral("generate dataset"), QStringLiteral("ms"),
                               {double(timer.elapsed())}, 0, {}});
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "tideline-bench: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const double megabytes = double(file.size()) / (1024.0 * 1024.0);
        const int loadRuns = size >= 1'000'000 ? std::min(runs, 3) : runs;
        const double big = size >= 1'000'000 || dataset.size();

        // Load: the real loader, then a bare RapidJSON SAX pass over the same bytes.
        std::shared_ptr<const Dataset> loaded;
        const double rssBefore = procStatusMegabytes("VmRSS:");
        const QString loadName = QStringLiteral("load %1 MB to a ready model").arg(megabytes, 0, 'f', 0);
        figures.push_back({label, loadName,
                           QStringLiteral("ms"), timeRuns(loadRuns, [&] {
                               loaded.reset();
                               const LoadResult result = DatasetLoader::load({path});
                               if (!result.ok()) {
                                   fprintf(stderr, "load failed: %s\n",
                                           qPrintable(result.messages.first().toString()));
                                   exit(1);
                               }
                               loaded = result.dataset;
                           }),
                           big ? 3000.0 : 0.0, {}});
        const double rssAfter = procStatusMegabytes("VmRSS:");
        figures.push_back({label, QStringLiteral("resident memory after load"), QStringLiteral("MB"),
                           {rssAfter}, big ? 600.0 : 0.0, {}});
        figures.push_back({label, QStringLiteral("  of which the model (RSS growth)"), QStringLiteral("MB"),
                           {rssAfter - rssBefore}, 0, {}});
        // The same file read by one thread only, as before files were read in parts.
        const QString oneThreadName = QStringLiteral("load the same on one thread");
        if (big) {
            DatasetFileReader::setPartBytesForTesting(std::numeric_limits<qint64>::max());
            std::vector<double> times = timeRuns(loadRuns, [&] {
                loaded.reset();
                if (!DatasetLoader::load({path}).ok())
                    exit(1);
            });
            DatasetFileReader::setPartBytesForTesting(0);
            figures.push_back({label, oneThreadName, QStringLiteral("ms"), times, 0, {}});
            const LoadResult again = DatasetLoader::load({path});
            loaded = again.dataset;
        }
        {
            const QByteArray bytes = file.readAll();
            figures.push_back({label, QStringLiteral("bare RapidJSON SAX pass"), QStringLiteral("ms"),
                               timeRuns(loadRuns, [&] {
                                   rapidjson::MemoryStream stream(bytes.constData(), size_t(bytes.size()));
                                   rapidjson::BaseReaderHandler<> handler;
                                   rapidjson::Reader reader;
                                   reader.Parse<rapidjson::kParseIterativeFlag
                                                | rapidjson::kParseValidateEncodingFlag
                                                | rapidjson::kParseNumbersAsStringsFlag>(stream, handler);
                               }),
                               0, QStringLiteral("load")});
        }
        if (big)
            benchValidate(label, path, loadRuns, figures);
        // The same events split in two files, read in parallel (one thread per core).
        if ((dataset.isEmpty() && size >= 100'000) || !split.isEmpty()) {
            const QString folder =
                split.isEmpty() ? scratch.filePath(QStringLiteral("split-%1").arg(size)) : split;
            if (split.isEmpty()) {
                DatasetGenerator::Options options;
                options.events = size;
                options.seed = 42;
                options.files = 2;
                const QString problem = DatasetGenerator::write(options, folder);
                if (!problem.isEmpty()) {
                    fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
                    return 1;
                }
            }
            loaded.reset();
            int files = 0;
            std::vector<double> times = timeRuns(loadRuns, [&] {
                const LoadResult result = DatasetLoader::load({folder});
                if (!result.ok())
                    exit(1);
                files = int(result.dataset->files.size());
            });
            figures.push_back({label, QStringLiteral("load the same in %1 files, in parallel").arg(files),
                               QStringLiteral("ms"), times, big ? 3000.0 : 0.0, {}});
            figures.back().fasterThan = big ? oneThreadName : loadName;
            figures.back().fasterThanText = big ? QStringLiteral("1 file, 1 thread") : QStringLiteral("1 file");
            if (split.isEmpty())
                QDir(folder).removeRecursively();
            const LoadResult reload = DatasetLoader::load({path});
            loaded = reload.dataset;
        }
        // Reopen an unchanged dataset from the cache's image (see the header).
        if (loaded) {
            const DatasetCache cache(scratch.filePath(QStringLiteral("cache-%1").arg(size)));
            const SourceFingerprint sources = SourceFingerprint::of({path}, {});
            LoadResult kept;
            kept.dataset = loaded;
            if (const QString problem = cache.write(sources, kept); !problem.isEmpty()) {
                fprintf(stderr, "tideline-bench: %s\n", qPrintable(problem));
                return 1;
            }
            figures.push_back({label, QStringLiteral("  dataset image (cache)"), QStringLiteral("MB"),
                               {double(cache.totalBytes()) / (1024.0 * 1024.0)}, 0, {}});
            figures.push_back({label, QStringLiteral("reopen an unchanged dataset (cache)"),
                               QStringLiteral("ms"), timeRuns(loadRuns, [&] {
                                   const CachedLoad::Outcome reopened = CachedLoad::load(
                                       {path}, {}, nullptr, &cache, CachedLoad::Keep::Now);
                                   if (!reopened.fromCache)
                                       exit(1);
                               }),
                               big ? 300.0 : 0.0, {}});
            std::vector<double> fresh;
            for (int run = 0; run < loadRuns; ++run)
                fresh.push_back(reopenInFreshProcess(path, cache.folder()));
            figures.push_back({label, QStringLiteral("reopen an unchanged dataset (cache), fresh process"),
                               QStringLiteral("ms"), fresh, big ? 300.0 : 0.0, {}});
            cache.clear();
        }
        // The event loop while a background load runs: the longest gap between 5 ms ticks is how
        // long the window would stall.
        {
            DatasetSession session;
            QEventLoop loop;
            StallMeter stall;
            QObject::connect(&session, &DatasetSession::loadFinished, &loop, &QEventLoop::quit);
            stall.start();
            session.openInBackground({path});
            loop.exec();
            // The dataset is handed over on the event loop's thread: that step counts too.
            figures.push_back({label, QStringLiteral("event-loop stall, background load to handover"),
                               QStringLiteral("ms"), {stall.stop()}, 0, {}});
        }
        // The same in the real window (offscreen): the load, the hand-over, and every view's
        // rebuild after it, until a second has passed with the new data on screen. A fresh window
        // each run (at most three), the workers of the last one drained first.
        std::vector<double> stalls, indexReadies, answers;
        for (int run = 0; run < std::min(runs, 3); ++run) {
            WorkerPool::instance()->waitForDone();
            MainWindow window;
            window.resize(1480, 920);
            window.show();
            window.openAtStart({});
            // The window's first paints (styles, fonts, charts) are not a load landing: they
            // happen before the meter starts.
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 500)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QEventLoop loop;
            StallMeter stall;
            QElapsedTimer sinceLanded;
            double indexReady = -1; // from the load landing, when the index lands
            FilterState *filter = window.filterState();
            QObject::connect(window.session(), &DatasetSession::loadFinished, &loop, [&] {
                sinceLanded.start();
                QTimer::singleShot(1000, &loop, &QEventLoop::quit);
            });
            const auto indexLanded = QObject::connect(filter, &FilterState::indexingChanged, &loop, [&] {
                if (sinceLanded.isValid() && !filter->isIndexing() && indexReady < 0)
                    indexReady = double(sinceLanded.nsecsElapsed()) / 1e6;
            });
            stall.start();
            window.openPathsInBackground({path});
            loop.exec();
            const double longest = stall.stop();
            // The first text query after the load: the text index is built on a worker as the
            // load lands, and once it is ready a query is one search.
            if (filter->isIndexing()) {
                QEventLoop indexing;
                QObject::connect(filter, &FilterState::indexingChanged, &indexing, [&] {
                    if (!filter->isIndexing())
                        indexing.quit();
                });
                indexing.exec();
            }
            QObject::disconnect(indexLanded);
            if (indexReady < 0) // it was ready before the load was reported as landed
                indexReady = 0;
            EventFilter query = filter->filter();
            query.query = QStringLiteral("delegation");
            QElapsedTimer answer;
            answer.start();
            filter->setFilter(query);
            if (filter->isBusy()) {
                QEventLoop answering;
                QObject::connect(filter, &FilterState::resultChanged, &answering, &QEventLoop::quit);
                answering.exec();
            }
            const double answered = double(answer.nsecsElapsed()) / 1e6;
            if (window.session()->dataset()->events.count() != int(size ? size : window.session()->dataset()->events.count()))
                fprintf(stderr, "tideline-bench: the window did not open the dataset\n");
            stalls.push_back(longest);
            indexReadies.push_back(indexReady);
            answers.push_back(answered);
        }
        figures.push_back({label, QStringLiteral("event-loop stall in the window, load and views"),
                           QStringLiteral("ms"), stalls, big ? 50.0 : 0.0, {}});
        figures.push_back({label, QStringLiteral("  text index ready, from the load landing"),
                           QStringLiteral("ms"), indexReadies, 0, {}});
        figures.push_back({label, QStringLiteral("first text query after a load, in the window"),
                           QStringLiteral("ms"), answers, big ? 100.0 : 0.0, {}});
        // The window never waits for its workers, so those it started and abandoned on closing
        // (a text index, a lane layout) go on running. Every figure below would be measured beside
        // them, on a machine with few cores much slower: wait here, and say how long that took.
        {
            QElapsedTimer drain;
            drain.start();
            WorkerPool::instance()->waitForDone();
            figures.push_back({label, QStringLiteral("  workers left running by the closed window"),
                               QStringLiteral("ms"), {double(drain.nsecsElapsed()) / 1e6}, 0, {}});
        }
        const Dataset &data = *loaded;

        // Lanes and frames at full zoom-out, mid (a year) and close (a day), 1920x1080.
        TimelineLanes lanes;
        figures.push_back({label, QStringLiteral("build lanes (one per actor)"), QStringLiteral("ms"),
                           timeRuns(runs, [&] { lanes.build(data, LaneGrouping::Actors, {}); }), 0, {}});
        TimelineRenderer renderer(lanes, data.events, TimelineTheme::light());
        const double areaWidth = frameSize.width() - renderer.geometry().headerWidth;
        const qint64 first = data.events.earliestBegin();
        const qint64 last = data.events.latestEnd();
        const qint64 middle = data.events.beginSecond(data.events.count() / 2);
        struct Zoom { QString name; TimeMapping mapping; };
        const std::vector<Zoom> zooms = {
            {QStringLiteral("full zoom-out"), {first, double(last - first) / areaWidth}},
            {QStringLiteral("mid (one year)"), {middle - 182 * 86400, 365.0 * 86400 / areaWidth}},
            {QStringLiteral("close (one day)"), {middle - 43200, 86400.0 / areaWidth}}};
        QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
        for (const Zoom &zoom : zooms) {
            TimelineRenderRequest request;
            request.mapping = zoom.mapping;
            request.size = frameSize;
            request.font = QFont(QStringLiteral("DejaVu Sans"), 9);
            request.locale = QLocale(QLocale::English);
            const int frames = std::max(runs * 4, 12);
            {
                // One frame first, so fonts and caches are warm as they are on screen.
                QPainter painter(&image);
                renderer.paint(painter, request);
            }
            figures.push_back({label, QStringLiteral("frame 1920x1080, %1").arg(zoom.name),
                               QStringLiteral("ms"), timeRuns(frames, [&] {
                                   QPainter painter(&image);
                                   renderer.paint(painter, request);
                               }),
                               big ? 8.0 : 0.0, {}});
        }
        figures.push_back({label, QStringLiteral("draw every event, no level of detail (zoom-out)"),
                           QStringLiteral("ms"), timeRuns(std::min(runs, 3), [&] {
                               QPainter painter(&image);
                               paintEveryEvent(painter, lanes, data.events, renderer,
                                               zooms.front().mapping, frameSize);
                           }),
                           0, QStringLiteral("frame")});

        // Filters: the shared filter's engine, without per-actor counts (those are a separate
        // line), then text queries on the prepared folded index.
        {
            EventFilter byActor;
            byActor.actors = {0}; // the most popular actor: the worst case
            figures.push_back({label, QStringLiteral("filter by actor (most popular)"), QStringLiteral("ms"),
                               timeRuns(runs, [&] { FilterEngine::apply(data, byActor, nullptr, FilterEngine::Counts::Skip); }),
                               big ? 15.0 : 0.0, {}});
            EventFilter byDate;
            byDate.from = PartialDate::fromYear(2010);
            byDate.to = PartialDate::fromYear(2010);
            figures.push_back({label, QStringLiteral("filter by date range (one year)"), QStringLiteral("ms"),
                               timeRuns(runs, [&] { FilterEngine::apply(data, byDate, nullptr, FilterEngine::Counts::Skip); }),
                               big ? 15.0 : 0.0, {}});
            figures.push_back({label, QStringLiteral("per-actor event counts under a filter"), QStringLiteral("ms"),
                               timeRuns(runs, [&] { FilterEngine::apply(data, byDate, nullptr, FilterEngine::Counts::Compute); }),
                               0, {}});
            const FilterResult dated = FilterEngine::apply(data, byDate, nullptr);
            figures.push_back({label, QStringLiteral("overview histogram recompute (filtered)"), QStringLiteral("ms"),
                               timeRuns(runs, [&] { OverviewHistogram::compute(data, &dated); }),
                               big ? 20.0 : 0.0, {}});
            figures.push_back({label, QStringLiteral("overview histogram recompute (no filter)"), QStringLiteral("ms"),
                               timeRuns(runs, [&] { OverviewHistogram::compute(data, nullptr); }),
                               big ? 20.0 : 0.0, {}});
            TextIndex index;
            figures.push_back({label, QStringLiteral("build the folded text index (first query)"), QStringLiteral("ms"),
                               timeRuns(1, [&] { index.build(data); }), 0, {}});
            figures.push_back({label, QStringLiteral("  text index size"), QStringLiteral("MB"),
                               {double(index.bytes()) / (1024.0 * 1024.0)}, 0, {}});
            const std::pair<QString, QString> queries[] = {
                {QStringLiteral("common word"), QStringLiteral("delegation")},
                {QStringLiteral("rare word"), QStringLiteral("xylophone")},
                {QStringLiteral("Arabic"), QStringLiteral("مفاوضات")}};
            for (const auto &[what, word] : queries) {
                EventFilter byText;
                byText.query = word;
                int matched = 0;
                figures.push_back({label, QStringLiteral("text query, %1").arg(what), QStringLiteral("ms"),
                                   timeRuns(runs, [&] {
                                       matched = FilterEngine::apply(data, byText, &index, FilterEngine::Counts::Skip).eventCount;
                                   }),
                                   big ? 100.0 : 0.0, {}});
                figures.back().name += QStringLiteral(" (%1 hits)").arg(matched);
            }
        }

        // Export of the whole span, each format, through the same path as `tideline export`: at
        // the size named (`--fixed-size`, lanes compacted to fit), then a PNG as wide that grows
        // as tall as every lane needs (the default: a million events' 300 lanes make it 13,000
        // pixels tall, a picture several times the size, encoded as PNG).
        {
            struct Export { TimelineImage::Format format; QSize size; bool fixedSize; bool target; QString name; };
            const Export exports[] = {
                {TimelineImage::Format::Png, {3840, 2160}, true, true, QStringLiteral("PNG 3840x2160")},
                {TimelineImage::Format::Svg, {1920, 1080}, true, true, QStringLiteral("SVG 1920x1080")},
                {TimelineImage::Format::Pdf, {1920, 1080}, false, true, QStringLiteral("PDF 1920x1080")},
                {TimelineImage::Format::Png, {3840, 2160}, false, false, QStringLiteral("PNG 3840 wide, every lane")}};
            for (const Export &wanted : exports) {
                TimelineImage::Options options;
                options.format = wanted.format;
                options.size = wanted.size;
                options.fixedSize = wanted.fixedSize;
                options.title = data.title;
                options.caption = QStringLiteral("All events");
                const QString out = scratch.filePath(QStringLiteral("export"));
                figures.push_back({label, QStringLiteral("export %1, full span").arg(wanted.name), QStringLiteral("ms"),
                                   timeRuns(std::min(runs, 3), [&] {
                                       const QString problem = TimelineImage::write(out, data, nullptr, options);
                                       if (!problem.isEmpty())
                                           fprintf(stderr, "export failed: %s\n", qPrintable(problem));
                                   }),
                                   big && wanted.target ? 2000.0 : 0.0, {}});
                if (wanted.format == TimelineImage::Format::Png && !wanted.fixedSize) {
                    const QSize made = QImageReader(out).size();
                    figures.back().name = QStringLiteral("export PNG, every lane (%1x%2)")
                                              .arg(made.width()).arg(made.height());
                }
            }
        }

        // Text: the naive contains() over every title, the baseline of the text query.
        figures.push_back({label, QStringLiteral("QString::contains over every title"),
                           QStringLiteral("ms"), timeRuns(std::min(runs, 3), [&] {
                               int hits = 0;
                               for (int e = 0; e < data.events.count(); ++e)
                                   hits += data.events.title(e).contains(QStringLiteral("delegation"),
                                                                         Qt::CaseInsensitive);
                               if (hits < 0)
                                   puts("");
                           }),
                           0, QStringLiteral("text query")});

        loaded.reset();
        lanes = TimelineLanes();
        if (qjson) {
            // Last: it is the most memory-hungry, and peak memory is read before it.
            figures.push_back({label, QStringLiteral("peak resident memory before QJsonDocument"),
                               QStringLiteral("MB"), {procStatusMegabytes("VmHWM:")}, 0, {}});
            const QByteArray bytes = file.readAll().isEmpty() ? (file.seek(0), file.readAll()) : QByteArray();
            figures.push_back({label, QStringLiteral("QJsonDocument parse of the same file"),
                               QStringLiteral("ms"), timeRuns(1, [&] {
                                   const QJsonDocument doc = QJsonDocument::fromJson(bytes);
                                   if (doc.isNull())
                                       puts("QJsonDocument failed");
                               }),
                               0, QStringLiteral("load")});
        }
    }

    for (qint64 rows : gdeltSizes) {
        if (!benchImportGdelt(rows, runs, scratch, figures))
            return 1;
    }
    if (!archiveUrl.isEmpty() && !benchArchive(archiveUrl, archivePush, runs, figures))
        return 1;
    if (archiveCluster > 0 && !benchArchiveCluster(archiveCluster, runs, figures))
        return 1;

    // The table.
    out << QStringLiteral("%1  %2 %3 %4 %5  %6  %7\n")
               .arg(QStringLiteral("events"), -10)
               .arg(QStringLiteral("figure"), -52)
               .arg(QStringLiteral("min"), 10)
               .arg(QStringLiteral("median"), 10)
               .arg(QStringLiteral("max"), 10)
               .arg(QStringLiteral("target"), -32)
               .arg(QStringLiteral("verdict"));
    QJsonArray json;
    for (const Figure &f : figures) {
        QString verdict;
        QString target;
        if (f.target > 0) {
            target = QStringLiteral("<= %1 %2").arg(f.target).arg(f.unit);
            bool met = f.median() <= f.target;
            if (!f.fasterThan.isEmpty()) {
                const auto other = std::find_if(figures.begin(), figures.end(), [&](const Figure &o) {
                    return o.size == f.size && o.name == f.fasterThan;
                });
                met = met && other != figures.end() && f.median() < other->median();
                target += QStringLiteral(", < ") + f.fasterThanText;
            }
            verdict = met ? QStringLiteral("ok") : QStringLiteral("MISSED");
        } else if (!f.baselineOf.isEmpty()) {
            verdict = QStringLiteral("baseline for %1").arg(f.baselineOf);
        }
        out << QStringLiteral("%1  %2 %3 %4 %5  %6  %7\n")
                   .arg(f.size, -10)
                   .arg(f.name + QStringLiteral(" (") + f.unit + u')', -52)
                   .arg(f.min(), 10, 'f', 1)
                   .arg(f.median(), 10, 'f', 1)
                   .arg(f.max(), 10, 'f', 1)
                   .arg(target, -32)
                   .arg(verdict);
        QJsonObject o{{QStringLiteral("events"), f.size}, {QStringLiteral("figure"), f.name},
                      {QStringLiteral("unit"), f.unit}, {QStringLiteral("min"), f.min()},
                      {QStringLiteral("median"), f.median()}, {QStringLiteral("max"), f.max()},
                      {QStringLiteral("runs"), int(f.samples.size())}};
        if (f.target > 0)
            o.insert(QStringLiteral("target"), f.target);
        json.append(o);
    }
    out.flush();
    if (!jsonPath.isEmpty()) {
        QFile jsonFile(jsonPath);
        if (!jsonFile.open(QIODevice::WriteOnly)
            || jsonFile.write(QJsonDocument(json).toJson()) < 0) {
            fprintf(stderr, "tideline-bench: cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
    }
    return 0;
}
