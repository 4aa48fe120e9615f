// SPDX-License-Identifier: MIT
// Event archives in ClickHouse, against real servers: two clickhouse-server processes started
// here (ClickHouseCluster), one used alone and both as the shards of a Distributed table. Every
// answer is checked against the same data in memory.
#include "archiveactorcounts.h"
#include "archiveaddress.h"
#include "archiveeventstepper.h"
#include "archivedataset.h"
#include "archivegenerator.h"
#include "archivelanesource.h"
#include "archiveoverviewsource.h"
#include "archivepush.h"
#include "archivequery.h"
#include "archiveschema.h"
#include "clickhouseclient.h"
#include "clickhousecluster.h"
#include "clickhousesql.h"
#include "datasetactorcounts.h"
#include "datasetgenerator.h"
#include "datasetloader.h"
#include "rowbinary.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <numeric>

namespace {

ArchiveAddress addressOf(const QUrl &server, const QString &table)
{
    QString problem;
    ArchiveAddress address = ArchiveAddress::parse(
        QStringLiteral("clickhouse://%1:%2/default?table=%3")
            .arg(server.host())
            .arg(server.port())
            .arg(table),
        &problem);
    Q_ASSERT(problem.isEmpty());
    return address;
}

std::shared_ptr<const Dataset> load(const QString &path)
{
    LoadResult result = DatasetLoader::load({path});
    for (const LoadMessage &message : std::as_const(result.messages))
        qWarning().noquote() << message.toString();
    return result.dataset;
}

// The events of `lane` (an actor id; empty: every event) meeting [t0, t1) that pass `filter`,
// in memory, ordered as ArchiveQuery orders them.
std::vector<int> eventsInMemory(const Dataset &dataset, const ArchiveFilter &filter,
                                const QString &lane, qint64 t0, qint64 t1)
{
    const EventStore &events = dataset.events;
    std::vector<int> found;
    for (int event = 0; event < events.count(); ++event) {
        if (events.beginSecond(event) >= t1 || events.endSecond(event) <= t0)
            continue;
        QStringList actors;
        for (const quint32 actor : events.actors(event))
            actors << dataset.actors[actor].id;
        if (!lane.isEmpty() && !actors.contains(lane))
            continue;
        if (!filter.actors.isEmpty()) {
            const auto has = [&](const QString &a) { return actors.contains(a); };
            const bool passes = filter.allActors
                ? std::all_of(filter.actors.begin(), filter.actors.end(), has)
                : std::any_of(filter.actors.begin(), filter.actors.end(), has);
            if (!passes)
                continue;
        }
        if (filter.kindActors
            && std::none_of(filter.kindActors->begin(), filter.kindActors->end(),
                            [&](const QString &a) { return actors.contains(a); }))
            continue;
        if (events.beginSecond(event) >= filter.to || events.endSecond(event) <= filter.from)
            continue;
        if (!filter.tags.isEmpty()) {
            bool tagged = false;
            for (const quint32 tag : events.tags(event))
                tagged = tagged || filter.tags.contains(dataset.tags.value(qsizetype(tag)));
            if (!tagged)
                continue;
        }
        const QString text = filter.text.trimmed();
        if (!text.isEmpty() && !events.title(event).contains(text, Qt::CaseInsensitive)
            && !events.description(event).contains(text, Qt::CaseInsensitive))
            continue;
        found.push_back(event);
    }
    std::sort(found.begin(), found.end(), [&](int a, int b) {
        if (events.beginSecond(a) != events.beginSecond(b))
            return events.beginSecond(a) < events.beginSecond(b);
        return events.idUtf8(a) < events.idUtf8(b);
    });
    return found;
}

ArchiveFilter withText(const QString &text)
{
    ArchiveFilter filter;
    filter.text = text;
    return filter;
}

ArchiveFilter withActor(const QString &actor, qint64 from = std::numeric_limits<qint64>::min())
{
    ArchiveFilter filter;
    filter.actors = {actor};
    filter.from = from;
    return filter;
}

ArchiveFilter withTag(const QString &tag)
{
    ArchiveFilter filter;
    filter.tags = {tag};
    return filter;
}

// The actors of the kinds ticked, as the window sends them: ids from a file.
ArchiveFilter withKindActors(const QStringList &actors)
{
    ArchiveFilter filter;
    filter.kindActors = actors;
    return filter;
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Without a server.
    void addressesAreReadOrRefused_data();
    void addressesAreReadOrRefused();
    void literalsEscapeEveryByteThatCouldEndThem();
    void namesThatAreNotPlainAreRefused();
    void rowBinaryReadsBackWhatItWrote();
    void wholeDaysWithoutAFilterAreCountedFromTheDailyTable();
    void pushedPartsMergeIntoOneDataset_data();
    void pushedPartsMergeIntoOneDataset();
    void documentRowsThatAreCutShortAreRefused();

    // On one server.
    void literalsReadBackExactly_data();
    void literalsReadBackExactly();
    void hostileFilterTextStaysAValue_data();
    void hostileFilterTextStaysAValue();
    void aPushIsReadBackExactlyAndRepushAddsNothing();
    void aFullBatchIsPushedAndRepushed();
    void aRefusedQueryNamesTheServersReason();
    void aCancelledQueryNeverAnswers();
    void theLongestEventBoundsWindowsWithoutLosingAnEvent();
    void theOverviewCountsWhatTheModelCounts_data();
    void theActorCountsAreTheFilteredModels_data();
    void theStepperWalksALaneInTheModelsOrder_data();
    void theStepperWalksALaneInTheModelsOrder();
    void theActorCountsAreTheFilteredModels();
    void theOverviewCountsWhatTheModelCounts();

    void aGeneratedArchiveHoldsExactDatesAndKnownActors();

    // The command.
    void thePushCommandSaysWhatItDidAndFailsClearly_data();
    void thePushCommandSaysWhatItDidAndFailsClearly();

    // On two shards.
    void twoShardsAnswerLikeTheModel();
    void theLaneSourceDrawsFromTilesWhatTheModelHolds();
    void residentEventsStayWithinTheirBound();
    void whatNoViewAsksForAnyMoreIsNotFetched();
    void aLaneSourceWithoutItsServerSaysSo();

private:
    ClickHouseCluster m_servers{2};
    std::shared_ptr<const Dataset> m_sample;
    std::shared_ptr<const Dataset> m_generated; // pushed to the two shards, table "sharded"
    std::unique_ptr<ClickHouseClient> m_single;
};

void TestArchive::initTestCase()
{
    // Never skipped: without a server the archive is untested, and that is a failure.
    const QString problem = m_servers.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_sample = load(QStringLiteral(TIDELINE_SAMPLE));
    QVERIFY(m_sample);
    m_single = std::make_unique<ClickHouseClient>(
        addressOf(m_servers.httpUrl(0), QStringLiteral("single")));
    // The hostile texts include one of 200,000 quotes: 400 KB once escaped, over the default
    // 256 KiB a query may hold. Every test on this client may send it, whichever runs first.
    m_single->setSetting(QStringLiteral("max_query_size"), QString::number(16 << 20));
}

void TestArchive::addressesAreReadOrRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("server"); // empty: refused
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("user");

    QTest::newRow("clickhouse, all parts") << "clickhouse://ana@db.example:9123/gdelt?table=ev"
                                           << "http://db.example:9123/" << "gdelt" << "ev"
                                           << "ana";
    QTest::newRow("clickhouse, default port and table")
        << "clickhouse://localhost/archive" << "http://localhost:8123/" << "archive" << "events"
        << "";
    QTest::newRow("http, database as a parameter")
        << "http://127.0.0.1:8123/?database=acled&table=rows" << "http://127.0.0.1:8123/"
        << "acled" << "rows" << "";
    QTest::newRow("https kept") << "https://ch.example:8443/?database=x"
                                << "https://ch.example:8443/" << "x" << "events" << "";
    QTest::newRow("nothing given: default database")
        << "clickhouse://h:1" << "http://h:1/" << "default" << "events" << "";
    QTest::newRow("password in the address") << "clickhouse://u:secret@h/db" << "" << "" << ""
                                             << "";
    QTest::newRow("table with a quote") << "clickhouse://h/db?table=ev'ents" << "" << "" << ""
                                        << "";
    QTest::newRow("table with a semicolon")
        << "clickhouse://h/db?table=e%3BDROP%20TABLE%20x" << "" << "" << "" << "";
    QTest::newRow("database with a dot") << "clickhouse://h/a.b" << "" << "" << "" << "";
    QTest::newRow("another scheme") << "ftp://h/db" << "" << "" << "" << "";
    QTest::newRow("no host") << "clickhouse:///db" << "" << "" << "" << "";
    QTest::newRow("not an address") << "events.json" << "" << "" << "" << "";
}

void TestArchive::addressesAreReadOrRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, server);
    QFETCH(QString, database);
    QFETCH(QString, table);
    QFETCH(QString, user);
    QString problem;
    const ArchiveAddress address = ArchiveAddress::parse(text, &problem);
    if (server.isEmpty()) {
        QVERIFY2(!problem.isEmpty(), qPrintable(text));
        QVERIFY(!address.isValid());
        return;
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(address.server.toString(), server);
    QCOMPARE(address.database, database);
    QCOMPARE(address.table, table);
    QCOMPARE(address.user, user);
    // What is shown never holds a password, and reads back as the same archive.
    const ArchiveAddress again = ArchiveAddress::parse(address.toString(), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(again.server.scheme(), address.server.scheme()); // https stays https
    QCOMPARE(again.server.host(), address.server.host());
    QCOMPARE(again.server.port(), address.server.port());
    QCOMPARE(again.user, address.user);
    QCOMPARE(again.database, address.database);
    QCOMPARE(again.table, address.table);
}

void TestArchive::literalsEscapeEveryByteThatCouldEndThem()
{
    QCOMPARE(ClickHouseSql::string(QStringLiteral("plain")), QByteArray("'plain'"));
    QCOMPARE(ClickHouseSql::string(QStringLiteral("it's")), QByteArray("'it\\'s'"));
    QCOMPARE(ClickHouseSql::string(QStringLiteral("a\\b")), QByteArray("'a\\\\b'"));
    QCOMPARE(ClickHouseSql::string(std::string_view("a\0b\n", 4)), QByteArray("'a\\x00b\\x0A'"));
    QCOMPARE(ClickHouseSql::string(QStringLiteral("ends with \\")),
             QByteArray("'ends with \\\\'"));
    QCOMPARE(ClickHouseSql::stringArray({QStringLiteral("a"), QStringLiteral("'")}),
             QByteArray("['a', '\\'']"));
    QCOMPARE(ClickHouseSql::stringSet({QStringLiteral("x")}), QByteArray("('x')"));
    // Whatever the text, the literal has exactly two unescaped quotes: its ends.
    const QByteArray hostile = ClickHouseSql::string(QStringLiteral("'; DROP TABLE x; --\\'"));
    int unescaped = 0;
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        if (hostile[i] == '\\')
            ++i;
        else if (hostile[i] == '\'')
            ++unescaped;
    }
    QCOMPARE(unescaped, 2);
}

void TestArchive::namesThatAreNotPlainAreRefused()
{
    QVERIFY(ClickHouseSql::isPlainName(QStringLiteral("events_2024")));
    QVERIFY(ClickHouseSql::isPlainName(QStringLiteral("_x")));
    QVERIFY(!ClickHouseSql::isPlainName(QString()));
    QVERIFY(!ClickHouseSql::isPlainName(QStringLiteral("2024")));
    QVERIFY(!ClickHouseSql::isPlainName(QStringLiteral("a.b")));
    QVERIFY(!ClickHouseSql::isPlainName(QStringLiteral("a`b")));
    QVERIFY(!ClickHouseSql::isPlainName(QStringLiteral("événements")));
    QVERIFY(!ClickHouseSql::isPlainName(QString(129, u'a')));
}

void TestArchive::rowBinaryReadsBackWhatItWrote()
{
    QByteArray bytes;
    RowBinaryWriter writer(&bytes);
    const QString long300(300, u'x'); // a two-byte length
    writer.string(QStringLiteral("Ḥamās"));
    writer.string(long300);
    writer.int64(-435485937600000000LL); // the Big Bang, near enough
    writer.uint64(std::numeric_limits<quint64>::max());
    writer.uint8(7);
    writer.count(3);
    QCOMPARE(bytes.mid(0, 1), QByteArray("\x08")); // "Ḥamās" is 8 UTF-8 bytes
    RowBinaryReader reader(bytes);
    QCOMPARE(reader.string(), QStringLiteral("Ḥamās"));
    QCOMPARE(reader.string(), long300);
    QCOMPARE(reader.int64(), -435485937600000000LL);
    QCOMPARE(reader.uint64(), std::numeric_limits<quint64>::max());
    QCOMPARE(reader.uint8(), quint8(7));
    QCOMPARE(reader.count(), quint64(3));
    QVERIFY(reader.atEnd());
    QVERIFY(!reader.failed());
    // Reading past the end fails instead of reading what is not there.
    reader.string();
    QVERIFY(reader.failed());
    const QByteArray truncated = bytes.left(5);
    RowBinaryReader cut(truncated);
    cut.string();
    QVERIFY(cut.failed());
}

void TestArchive::wholeDaysWithoutAFilterAreCountedFromTheDailyTable()
{
    const ArchiveAddress address = addressOf(QUrl(QStringLiteral("http://h:1")),
                                             QStringLiteral("events"));
    const auto usesDaily = [&](const ArchiveFilter &filter, qint64 t0, qint64 width) {
        return ArchiveQuery::laneCountsPerColumn(address, filter, t0, width, 100)
            .contains("default.events_daily ");
    };
    QVERIFY(usesDaily({}, 86400 * 10, 86400 * 4));
    QVERIFY(usesDaily({}, -86400 * 3650, 86400)); // before 1970 too
    QVERIFY(!usesDaily({}, 86400 * 10 + 1, 86400)); // not at midnight
    QVERIFY(!usesDaily({}, 86400 * 10, 65536));     // not whole days
    QVERIFY(!usesDaily(withText(QStringLiteral("talks")), 0, 86400));
    QVERIFY(!usesDaily(withActor(QStringLiteral("a1")), 0, 86400));
    QVERIFY(!usesDaily(withTag(QStringLiteral("t")), 0, 86400));
    // Bucket widths grow without a gap: powers of two seconds, then powers of two days.
    for (int level = 0; level < 50; ++level)
        QVERIFY(ArchiveLaneSource::bucketWidth(level) < ArchiveLaneSource::bucketWidth(level + 1));
    QCOMPARE(ArchiveLaneSource::bucketWidth(17), qint64(86400));
    // The Big Bang's span still gets tiles that do not overflow.
    const int level = ArchiveLaneSource::levelFor(-435'485'937'600'000'000LL, 1'735'689'600LL);
    QVERIFY(ArchiveLaneSource::bucketWidth(level) % 86400 == 0);
    QVERIFY(ArchiveLaneSource::bucketWidth(level) < std::numeric_limits<qint64>::max() / 4096);
}

namespace {

void addHostileTexts()
{
    QTest::addColumn<QByteArray>("text"); // UTF-8 bytes
    QTest::newRow("quote") << QByteArray("it's");
    QTest::newRow("two quotes") << QByteArray("''");
    QTest::newRow("backslash") << QByteArray("a\\b");
    QTest::newRow("ends with backslash") << QByteArray("escape\\");
    QTest::newRow("escaped quote") << QByteArray("\\'");
    QTest::newRow("drop table") << QByteArray("'; DROP TABLE single; --");
    QTest::newRow("union") << QByteArray("x' UNION ALL SELECT 'y");
    QTest::newRow("comment") << QByteArray("/* x */ -- y");
    QTest::newRow("NUL") << QByteArray("a\0b", 3);
    QTest::newRow("control bytes") << QByteArray("\x01\x1F\x7F\t\r\n");
    QTest::newRow("backquote") << QByteArray("`id`");
    QTest::newRow("format clause") << QByteArray("') FORMAT TSV");
    QTest::newRow("Arabic and emoji") << QByteArray("حماس 🕊");
    QTest::newRow("very long") << QByteArray(200'000, '\'');
}

} // namespace

void TestArchive::theLongestEventBoundsWindowsWithoutLosingAnEvent()
{
    ClickHouseClient client(addressOf(m_servers.httpUrl(0), QStringLiteral("longest")));
    QString error;
    // An empty archive has no bound.
    for (const QByteArray &statement : ArchiveSchema::createTables(client.address())) {
        client.run(statement, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const auto none = ArchiveQuery::readLongestEvent(
        client.run(ArchiveQuery::longestEvent(client.address()), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(none, std::optional<qint64>(-1));

    ArchivePush::Options options;
    options.createTables = false;
    const ArchivePush::Outcome pushed =
        ArchivePush::push(client, *m_sample, QStringLiteral("sample.json"), options);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error));
    const EventStore &events = m_sample->events;
    qint64 inMemory = 0;
    int longestOne = 0;
    for (int event = 0; event < events.count(); ++event) {
        if (events.endSecond(event) - events.beginSecond(event) > inMemory) {
            inMemory = events.endSecond(event) - events.beginSecond(event);
            longestOne = event;
        }
    }
    const auto longest = ArchiveQuery::readLongestEvent(
        client.run(ArchiveQuery::longestEvent(client.address()), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(longest, std::optional<qint64>(inMemory));

    // Windows that begin inside the longest event, at its end, and everywhere: with the bound,
    // the same events as without it and as in memory, for the list's count too.
    const qint64 begin = events.beginSecond(longestOne);
    const qint64 end = events.endSecond(longestOne);
    const std::vector<std::pair<qint64, qint64>> windows = {
        {begin + 1, begin + 86'400}, {end - 1, end + 86'400}, {(begin + end) / 2, end},
        {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()},
        {events.latestEnd() - 86'400, events.latestEnd()}};
    for (const auto &[t0, t1] : windows) {
        const auto bounded = ArchiveQuery::readEvents(client.run(
            ArchiveQuery::eventsMeeting(client.address(), {}, {}, t0, t1, 1000, std::nullopt,
                                        *longest),
            &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(bounded);
        QStringList ids, expected;
        for (const ArchiveEvent &event : *bounded)
            ids << event.id;
        for (const int event : eventsInMemory(*m_sample, {}, {}, t0, t1))
            expected << events.id(event);
        QCOMPARE(ids, expected);
        ArchiveFilter span;
        span.from = t0;
        span.to = t1;
        const auto count = ArchiveQuery::readCount(
            client.run(ArchiveQuery::eventCount(client.address(), span, *longest), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count, std::optional<quint64>(quint64(expected.size())));
    }
    // The bound is applied: one too tight leaves out the long event a window begins inside.
    const auto tooTight = ArchiveQuery::readEvents(client.run(
        ArchiveQuery::eventsMeeting(client.address(), {}, {}, begin + 1, begin + 86'400, 1000,
                                    std::nullopt, 0),
        &error));
    QVERIFY(tooTight);
    QVERIFY(std::none_of(tooTight->begin(), tooTight->end(), [&](const ArchiveEvent &event) {
        return event.id == events.id(longestOne);
    }));
}

void TestArchive::theOverviewCountsWhatTheModelCounts_data()
{
    QTest::addColumn<QStringList>("starts"); // one event each, of actor "a" and "b" in turn
    QTest::addColumn<int>("stepKind");        // TimeAxis::StepKind the bins are in
    QTest::addColumn<bool>("onlyActorA");     // the filter: actor "a"'s events

    const auto row = [](const char *name, QStringList starts, TimeAxis::StepKind kind,
                        bool onlyA = false) {
        QTest::newRow(name) << starts << int(kind) << onlyA;
    };
    const QStringList july = {"2024-07-01", "2024-07-01T23:59", "2024-07-02", "2024-07-09",
                              "2024-07", "2024-07-15T08:30", "2024-08-03"};
    row("days, minutes and a month", july, TimeAxis::StepKind::Days);
    row("days, one actor's", july, TimeAxis::StepKind::Days, true);
    row("weeks", {"2023-01-02", "2023-01-08", "2023-01-09", "2023-06", "2024-07-15", "2025-02-28"},
        TimeAxis::StepKind::Weeks);
    row("months", {"2012", "2012-02-29", "2012-03-01", "2016-12-31T23:59", "2017-01-01", "2024-07"},
        TimeAxis::StepKind::Months);
    row("years", {"1900", "1969-12-31", "1970-01-01", "2000-02-29", "2024-07-15"},
        TimeAxis::StepKind::Years);
    // Runs of years across 1 BC and year 1 (BC runs count back from 1 BC), and days before 1970.
    row("runs of years across 1 BC", {"-0300", "-0001-12-31", "0000", "0000-12-31", "0001",
                                      "0001-01-01", "0009", "0010", "0300"},
        TimeAxis::StepKind::Years);
    row("runs of years across 1 BC, one actor's",
        {"-0300", "-0001-12-31", "0000", "0000-12-31", "0001", "0001-01-01", "0009", "0010", "0300"},
        TimeAxis::StepKind::Years, true);
    row("the Big Bang to now", {"-13800000000", "-4500000000", "-65000000", "-0043", "2024-07-15"},
        TimeAxis::StepKind::Years);
}

// The overview of an archive (ArchiveOverviewSource, through the server's calendar arithmetic)
// has the bins and counts of the overview of the same events in memory, at every step and
// across every year, 1 BC and the Big Bang included.
void TestArchive::theOverviewCountsWhatTheModelCounts()
{
    QFETCH(QStringList, starts);
    QFETCH(int, stepKind);
    QFETCH(bool, onlyActorA);

    QString events;
    for (int i = 0; i < starts.size(); ++i)
        events += QStringLiteral(R"(%1{"id":"e%2","title":"Event %2","start":"%3","actors":["%4"]})")
                      .arg(i ? QStringLiteral(",") : QString())
                      .arg(i)
                      .arg(starts[i], i % 2 ? QStringLiteral("b") : QStringLiteral("a"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("overview.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"format":"tideline/1","actors":[{"id":"a","name":"A","kind":"state"},)"
                              R"({"id":"b","name":"B","kind":"state"}],"events":[%1]})")
                   .arg(events)
                   .toUtf8());
    file.close();
    const std::shared_ptr<const Dataset> dataset = load(path);
    QVERIFY(dataset);
    QCOMPARE(dataset->events.count(), starts.size());

    // In memory: the overview's own pass over the events.
    const OverviewHistogram all = OverviewHistogram::compute(*dataset, nullptr);
    QCOMPARE(int(all.step.kind), stepKind);
    std::vector<int> expected(size_t(all.binCount()), 0);
    const EventStore &store = dataset->events;
    for (int event = 0; event < store.count(); ++event) {
        const bool ofA = dataset->actors[store.actors(event).front()].id == QLatin1String("a");
        if (!onlyActorA || ofA)
            ++expected[size_t(all.binOf(store.beginSeconds()[size_t(event)]))];
    }
    if (!onlyActorA) {
        std::vector<int> stacked(size_t(all.binCount()), 0);
        for (const OverviewHistogram::Group &group : all.groups)
            for (size_t bin = 0; bin < stacked.size(); ++bin)
                stacked[bin] += group.counts[bin];
        QCOMPARE(stacked, expected);
    }

    // From the archive.
    static int rows = 0; // a table per row
    const QString table = QStringLiteral("overview_%1").arg(++rows);
    ClickHouseClient client(addressOf(m_servers.httpUrl(0), table));
    const ArchivePush::Outcome pushed =
        ArchivePush::push(client, *dataset, QStringLiteral("overview"), {});
    QVERIFY2(pushed.ok(), qPrintable(pushed.error));
    ArchiveOverviewSource source(&client);
    if (onlyActorA) {
        ArchiveFilter filter;
        filter.actors = {QStringLiteral("a")};
        source.setFilter(filter);
    }
    QSignalSpy ready(&source, &OverviewSource::histogramReady);
    source.askHistogram();
    QVERIFY(ready.wait(20000));
    QVERIFY2(source.problem().isEmpty(), qPrintable(source.problem()));
    const auto histogram = ready.takeFirst().at(0).value<OverviewHistogram>();
    QCOMPARE(int(histogram.step.kind), stepKind);
    QCOMPARE(histogram.step.count, all.step.count);
    QCOMPARE(histogram.edges, all.edges);
    QCOMPARE(histogram.groups.size(), size_t(1));
    QCOMPARE(histogram.groups.front().counts, expected);
    QCOMPARE(histogram.peak, *std::max_element(expected.begin(), expected.end()));
}

void TestArchive::theActorCountsAreTheFilteredModels_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<int>>("kinds");
    QTest::newRow("nothing filters") << "" << "" << QStringList{} << "" << QList<int>{};
    QTest::newRow("from July 2024") << "2024-07" << "" << QStringList{} << "" << QList<int>{};
    QTest::newRow("the first half of 2024") << "2024-01" << "2024-06" << QStringList{} << ""
                                            << QList<int>{};
    QTest::newRow("Hamas or Egypt") << "" << "" << QStringList{"hamas", "egypt"} << ""
                                    << QList<int>{};
    QTest::newRow("a tag") << "" << "" << QStringList{} << "reconciliation" << QList<int>{};
    QTest::newRow("states") << "" << "" << QStringList{} << "" << QList<int>{int(ActorKind::State)};
    QTest::newRow("persons and media, from 2024")
        << "2024" << "" << QStringList{} << ""
        << QList<int>{int(ActorKind::Person), int(ActorKind::Media)};
}

// The actors panel's two sources answer alike: each actor's count under the same filter, from
// the filter's result in memory and from the archive holding the same dataset.
void TestArchive::theActorCountsAreTheFilteredModels()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, actors);
    QFETCH(QString, tag);
    QFETCH(QList<int>, kinds);
    const Dataset &dataset = *m_sample;

    EventFilter inMemory;
    ArchiveFilter inArchive;
    inMemory.from = PartialDate::parse(from);
    inMemory.to = PartialDate::parse(to);
    if (!from.isEmpty())
        inArchive.from = inMemory.from.firstSecond();
    if (!to.isEmpty())
        inArchive.to = inMemory.to.endSecond();
    for (const QString &actor : actors) {
        QVERIFY(dataset.actorIndex(actor) >= 0);
        inMemory.actors.insert(dataset.actorIndex(actor));
    }
    inArchive.actors = actors;
    if (!tag.isEmpty()) {
        QVERIFY(dataset.tags.contains(tag));
        inMemory.tags.insert(int(dataset.tags.indexOf(tag)));
        inArchive.tags = {tag};
    }
    if (!kinds.isEmpty()) {
        inMemory.kinds = QSet<int>(kinds.begin(), kinds.end());
        inArchive.kindActors = ArchiveDataset::actorsOfKinds(dataset, inMemory.kinds);
        QVERIFY(!inArchive.kindActors->isEmpty());
    }
    FilterState state;
    state.setDataset(m_sample);
    state.setFilter(inMemory);
    state.waitForResult();
    DatasetActorCounts memory(&state);
    QSignalSpy fromMemory(&memory, &ActorCountSource::countsReady);
    memory.askCounts();
    QCOMPARE(fromMemory.size(), 1);
    const auto expected = fromMemory.takeFirst().at(0).value<std::vector<int>>();
    QCOMPARE(expected.size(), dataset.actors.size());
    QVERIFY(std::accumulate(expected.begin(), expected.end(), 0) > 0);

    static bool pushed = false; // one table for every row
    ClickHouseClient client(addressOf(m_servers.httpUrl(0), QStringLiteral("counts")));
    if (!pushed) {
        const ArchivePush::Outcome outcome = ArchivePush::push(client, dataset, QStringLiteral("sample"), {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        pushed = true;
    }
    ArchiveActorCounts archive(&client);
    archive.setDataset(m_sample);
    archive.setFilter(inArchive);
    QSignalSpy fromArchive(&archive, &ActorCountSource::countsReady);
    archive.askCounts();
    QVERIFY(fromArchive.wait(20000));
    QVERIFY2(archive.problem().isEmpty(), qPrintable(archive.problem()));
    QCOMPARE(fromArchive.takeFirst().at(0).value<std::vector<int>>(), expected);
}

void TestArchive::theStepperWalksALaneInTheModelsOrder_data()
{
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("from"); // the date filter's
    QTest::addColumn<qint64>("reach");
    QTest::newRow("Hamas, a minute's reach widened") << "hamas" << "" << qint64(60);
    QTest::newRow("Israel, a year's reach") << "israel" << "" << qint64(365 * 86400);
    QTest::newRow("Egypt from 2024") << "egypt" << "2024" << qint64(86400);
}

// Browsing event to event asks the server for each next event: forward from the first event of
// the lane to its last, and back again, the steps visit exactly the lane's events under the
// filter in the model's time order (begin, then id), however far apart they are.
void TestArchive::theStepperWalksALaneInTheModelsOrder()
{
    QFETCH(QString, lane);
    QFETCH(QString, from);
    QFETCH(qint64, reach);
    const Dataset &dataset = *m_sample;
    const EventStore &events = dataset.events;
    ArchiveFilter filter;
    if (!from.isEmpty())
        filter.from = PartialDate::parse(from).firstSecond();
    std::vector<std::pair<qint64, QString>> expected;
    for (int event = 0; event < events.count(); ++event) {
        const auto actors = events.actors(event);
        if (events.endSecond(event) > filter.from
            && std::any_of(actors.begin(), actors.end(),
                           [&](quint32 a) { return dataset.actors[a].id == lane; }))
            expected.emplace_back(events.beginSecond(event), events.id(event));
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() >= 3);

    ClickHouseClient client(addressOf(m_servers.httpUrl(0), QStringLiteral("stepping")));
    const ArchivePush::Outcome pushed = ArchivePush::push(client, dataset, QStringLiteral("sample"), {});
    QVERIFY2(pushed.ok(), qPrintable(pushed.error));
    ArchiveEventStepper stepper(&client);
    stepper.setFilter(filter);
    QSignalSpy found(&stepper, &ArchiveEventStepper::found);
    QSignalSpy notFound(&stepper, &ArchiveEventStepper::notFound);
    const auto next = [&]() -> std::optional<std::pair<qint64, QString>> {
        QDeadlineTimer deadline(20000);
        while (found.isEmpty() && notFound.isEmpty() && !deadline.hasExpired())
            QTest::qWait(2);
        if (found.isEmpty() && notFound.isEmpty())
            return std::pair<qint64, QString>{0, QStringLiteral("no answer")};
        if (!notFound.isEmpty()) {
            const QString problem = notFound.takeFirst().at(1).toString();
            if (!problem.isEmpty())
                return std::pair<qint64, QString>{0, problem};
            return std::nullopt;
        }
        const auto arguments = found.takeFirst();
        const auto event = arguments.at(0).value<ArchiveEvent>();
        return std::pair{event.beginSecond, event.id};
    };

    // The first: the nearest at or after a moment long before it.
    stepper.nearest(lane, expected.front().first - 10 * 365 * 86400LL, reach);
    std::vector<std::pair<qint64, QString>> walked;
    for (auto event = next(); event; event = next()) {
        walked.push_back(*event);
        QVERIFY(walked.size() <= expected.size());
        stepper.step(lane, {event->first, event->second}, true, reach);
    }
    QCOMPARE(walked, expected);
    // And back from the last.
    walked.clear();
    stepper.step(lane, {expected.back().first, expected.back().second}, false, reach);
    for (auto event = next(); event; event = next()) {
        walked.push_back(*event);
        QVERIFY(walked.size() < expected.size());
        stepper.step(lane, {event->first, event->second}, false, reach);
    }
    std::reverse(walked.begin(), walked.end());
    const std::pair<qint64, QString> lastEvent = expected.back();
    expected.pop_back();
    QCOMPARE(walked, expected);
    // Nothing after a moment past the lane's end: the nearest is its last event.
    stepper.nearest(lane, lastEvent.first + 50 * 365 * 86400LL, reach);
    const auto last = next();
    QVERIFY(last);
    QCOMPARE(*last, lastEvent);
}

void TestArchive::pushedPartsMergeIntoOneDataset_data()
{
    QTest::addColumn<QStringList>("documents"); // one per part, named a.json, b.json, ...
    QTest::addColumn<QStringList>("actorNames"); // of the dataset built, in order
    QTest::addColumn<QStringList>("positions");
    QTest::addColumn<int>("problems");
    const QString head = QStringLiteral(R"("format":"tideline/1")");
    const auto actor = [](const char *id, const char *name) {
        return QStringLiteral(R"({"id":"%1","name":"%2","kind":"state"})").arg(QLatin1String(id), QLatin1String(name));
    };
    const QString issue = QStringLiteral(R"("issues":[{"id":"truce","title":"A truce"}])");
    const auto position = [](const char *id, const char *actor) {
        return QStringLiteral(R"({"id":"%1","actor":"%2","issue":"truce","date":"2024-07","stance":"supports","visibility":"public","statement":"yes"})")
            .arg(QLatin1String(id), QLatin1String(actor));
    };
    QTest::newRow("one part")
        << QStringList{QStringLiteral("{%1,\"actors\":[%2],%3,\"positions\":[%4]}")
                           .arg(head, actor("a", "Aland"), issue, position("p1", "a"))}
        << QStringList{"Aland"} << QStringList{"p1"} << 0;
    // Two days of one feed define the same actors: the first part's definition stands, and
    // each part's positions are kept.
    QTest::newRow("parts sharing actors")
        << QStringList{QStringLiteral("{%1,\"actors\":[%2],%3,\"positions\":[%4]}")
                           .arg(head, actor("a", "Aland"), issue, position("p1", "a")),
                       QStringLiteral("{%1,\"actors\":[%2,%3],%4,\"positions\":[%5]}")
                           .arg(head, actor("a", "Aland renamed"), actor("b", "Bland"), issue,
                                position("p2", "b"))}
        << QStringList{"Aland", "Bland"} << QStringList{"p1", "p2"} << 0;
    QTest::newRow("a part that is not JSON is named and left out")
        << QStringList{QStringLiteral("{%1,\"actors\":[%2]}").arg(head, actor("a", "Aland")),
                       QStringLiteral("{\"actors\": [")}
        << QStringList{"Aland"} << QStringList{} << 1;
    QTest::newRow("nothing pushed yet") << QStringList{} << QStringList{} << QStringList{} << 0;
    // A position naming an actor no part defines: the loader's error, and no dataset.
    QTest::newRow("a dangling reference")
        << QStringList{QStringLiteral("{%1,%2,\"positions\":[%3]}")
                           .arg(head, issue, position("p1", "nobody"))}
        << QStringList{} << QStringList{} << 1;
}

void TestArchive::pushedPartsMergeIntoOneDataset()
{
    QFETCH(QStringList, documents);
    QFETCH(QStringList, actorNames);
    QFETCH(QStringList, positions);
    QFETCH(int, problems);
    std::vector<ArchiveDataset::Part> parts;
    for (const QString &document : documents)
        parts.push_back({QString(QChar(u'a' + int(parts.size()))) + QStringLiteral(".json"),
                         document.toUtf8()});
    const ArchiveDataset::Result result = ArchiveDataset::build(parts);
    if (result.problems.size() != problems)
        qWarning() << result.problems;
    QCOMPARE(result.problems.size(), problems);
    if (problems > 0 && actorNames.isEmpty()) {
        QVERIFY(!result.dataset);
        return;
    }
    QVERIFY2(result.dataset, qPrintable(result.problems.join(u'\n')));
    QStringList names, ids;
    for (const Actor &actor : result.dataset->actors)
        names << actor.name;
    for (const Position &position : result.dataset->positions)
        ids << position.id;
    QCOMPARE(names, actorNames);
    QCOMPARE(ids, positions);
    if (problems > 0)
        QVERIFY2(result.problems.first().startsWith(QStringLiteral("b.json")),
                 qPrintable(result.problems.first()));
}

void TestArchive::documentRowsThatAreCutShortAreRefused()
{
    QByteArray rows;
    RowBinaryWriter row(&rows);
    row.string(QStringLiteral("a.json"));
    row.string(std::string_view("{\"format\":\"tideline/1\"}"));
    const auto whole = ArchiveDataset::readDocuments(rows);
    QVERIFY(whole);
    QCOMPARE(whole->size(), size_t(1));
    QCOMPARE(whole->front().name, QStringLiteral("a.json"));
    QCOMPARE(whole->front().document, QByteArray("{\"format\":\"tideline/1\"}"));
    QVERIFY(!ArchiveDataset::readDocuments(rows.left(rows.size() - 3)));
}

void TestArchive::literalsReadBackExactly_data()
{
    addHostileTexts();
}

void TestArchive::literalsReadBackExactly()
{
    QFETCH(QByteArray, text);
    QString error;
    const QByteArray answer = m_single->run(
        "SELECT " + ClickHouseSql::string(std::string_view(text.constData(), size_t(text.size())))
            + " FORMAT RowBinary",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RowBinaryReader reader(answer);
    const std::string_view back = reader.stringBytes();
    QVERIFY(!reader.failed());
    QVERIFY(reader.atEnd());
    QCOMPARE(QByteArray(back.data(), qsizetype(back.size())), text);
}

void TestArchive::hostileFilterTextStaysAValue_data()
{
    addHostileTexts();
}

void TestArchive::hostileFilterTextStaysAValue()
{
    QFETCH(QByteArray, text);
    // The sample in a table of its own (pushed once; the push is idempotent).
    ArchivePush::Outcome pushed =
        ArchivePush::push(*m_single, *m_sample, QStringLiteral("sample"), {});
    QVERIFY2(pushed.ok(), qPrintable(pushed.error));

    const QString value = QString::fromUtf8(text);
    for (const auto &[what, filter] :
         std::vector<std::pair<const char *, ArchiveFilter>>{
             {"text", withText(value)}, {"actor", withActor(value)}, {"tag", withTag(value)},
             {"kind's actors", withKindActors({value, QStringLiteral("hamas")})}}) {
        QString error;
        const std::optional<quint64> count = ArchiveQuery::readCount(
            m_single->run(ArchiveQuery::eventCount(m_single->address(), filter), &error));
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(what, error)));
        QVERIFY(count);
        QCOMPARE(*count, quint64(eventsInMemory(*m_sample, filter, {},
                                                std::numeric_limits<qint64>::min(),
                                                std::numeric_limits<qint64>::max())
                                     .size()));
    }
    // As the event list's cursor (an event id, which comes from a file): the page after it is
    // the events after it in (begin, id) order, as in memory.
    {
        const std::vector<int> everything = eventsInMemory(
            *m_sample, {}, {}, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        const qint64 begin = m_sample->events.beginSecond(everything[everything.size() / 2]);
        QString error;
        const auto page = ArchiveQuery::readEvents(m_single->run(
            ArchiveQuery::eventsMeeting(m_single->address(), {}, {},
                                        std::numeric_limits<qint64>::min(),
                                        std::numeric_limits<qint64>::max(), 1000,
                                        ArchiveQuery::EventCursor{begin, value}),
            &error));
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("cursor: %1").arg(error)));
        QVERIFY(page);
        const QByteArray hostileId = value.toUtf8();
        const auto after = std::count_if(everything.begin(), everything.end(), [&](int event) {
            const qint64 b = m_sample->events.beginSecond(event);
            const std::string_view id = m_sample->events.idUtf8(event);
            return b > begin
                || (b == begin && id > std::string_view(hostileId.constData(), size_t(hostileId.size())));
        });
        QCOMPARE(qint64(page->size()), qint64(after));
    }
    // The table is still there, whole.
    QString error;
    const std::optional<quint64> all = ArchiveQuery::readCount(
        m_single->run(ArchiveQuery::eventCount(m_single->address(), {}), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.value_or(0), quint64(m_sample->events.count()));
}

void TestArchive::aPushIsReadBackExactlyAndRepushAddsNothing()
{
    ClickHouseClient client(addressOf(m_servers.httpUrl(0), QStringLiteral("readback")));
    std::vector<qint64> progress;
    ArchivePush::Options options;
    options.batchEvents = 5; // several batches, each checked for ids already there
    ArchivePush::Outcome first = ArchivePush::push(
        client, *m_sample, QStringLiteral("sample.json"), options,
        [&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(m_sample->events.count()));
            progress.push_back(done);
        });
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.sent, qint64(m_sample->events.count()));
    QCOMPARE(first.actorsSent, qint64(m_sample->actors.size()));
    QCOMPARE(progress.back(), qint64(m_sample->events.count()));
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));

    const ArchivePush::Outcome again =
        ArchivePush::push(client, *m_sample, QStringLiteral("sample.json"), options);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.sent, qint64(0));
    QCOMPARE(again.actorsSent, qint64(0));

    // Every event reads back as the model holds it: exact dates, title, actors, in order.
    QString error;
    const auto events = ArchiveQuery::readEvents(client.run(
        ArchiveQuery::eventsMeeting(client.address(), {}, {}, std::numeric_limits<qint64>::min(),
                                    std::numeric_limits<qint64>::max(), 1000),
        &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(events);
    const std::vector<int> expected =
        eventsInMemory(*m_sample, {}, {}, std::numeric_limits<qint64>::min(),
                       std::numeric_limits<qint64>::max());
    QCOMPARE(events->size(), expected.size());
    const EventStore &store = m_sample->events;
    for (size_t i = 0; i < expected.size(); ++i) {
        const ArchiveEvent &event = (*events)[i];
        const int e = expected[i];
        QCOMPARE(event.id, store.id(e));
        QCOMPARE(event.beginSecond, store.beginSecond(e));
        QCOMPARE(event.endSecond, store.endSecond(e));
        QCOMPARE(PartialDate::parse(event.start), store.start(e));
        if (store.isRange(e))
            QCOMPARE(PartialDate::parse(event.end), store.end(e));
        else
            QVERIFY(event.end.isEmpty());
        QCOMPARE(event.title, store.title(e));
        QStringList actors;
        for (const quint32 actor : store.actors(e))
            actors << m_sample->actors[actor].id;
        QCOMPARE(event.actors, actors);
    }

    // The rest of the dataset is one document per part, that loads as a tideline/1 file on its
    // own: pushed twice, the part is still one.
    const auto parts = ArchiveDataset::readDocuments(
        client.run(ArchiveDataset::documents(client.address()), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(parts);
    QCOMPARE(parts->size(), size_t(1));
    QCOMPARE(parts->front().name, QStringLiteral("sample.json"));
    const ArchiveDataset::Result built = ArchiveDataset::build(*parts);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    const std::shared_ptr<const Dataset> rest = built.dataset;
    QVERIFY(rest);
    QCOMPARE(rest->actors.size(), m_sample->actors.size());
    QCOMPARE(rest->positions.size(), m_sample->positions.size());
    QCOMPARE(rest->issues.size(), m_sample->issues.size());
    QVERIFY(rest->events.count() < m_sample->events.count());
}

void TestArchive::aFullBatchIsPushedAndRepushed()
{
    // The default batch, full: more ids than ClickHouse takes in one query's syntax tree
    // (max_ast_elements, 50,000), which a check listing the batch's ids would hit.
    QTemporaryDir folder;
    DatasetGenerator::Options generate;
    generate.events = 60'000;
    generate.seed = 3;
    const QString path = folder.filePath(QStringLiteral("big.json"));
    QCOMPARE(DatasetGenerator::write(generate, path), QString());
    const std::shared_ptr<const Dataset> dataset = load(path);
    QVERIFY(dataset);
    ClickHouseClient client(addressOf(m_servers.httpUrl(1), QStringLiteral("fullbatch")));
    const ArchivePush::Options defaults;
    QCOMPARE(defaults.batchEvents, 50'000);
    const ArchivePush::Outcome first =
        ArchivePush::push(client, *dataset, QStringLiteral("big.json"), defaults);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.sent, qint64(60'000));
    const ArchivePush::Outcome again =
        ArchivePush::push(client, *dataset, QStringLiteral("big.json"), defaults);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.sent, qint64(0));
    QString error;
    QCOMPARE(client.run("SELECT count() FROM default.fullbatch FORMAT TSV", &error).trimmed(),
             QByteArray("60000"));
}

void TestArchive::aRefusedQueryNamesTheServersReason()
{
    QString error;
    m_single->run("SELECT * FROM default.no_such_table", &error);
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("HTTP 404")) || error.contains(QLatin1String("HTTP 500")),
             qPrintable(error));

    // A server that is not there: a clear message, quickly, and no answer of rows.
    ClickHouseClient nowhere(addressOf(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                       QStringLiteral("events")));
    const QByteArray answer = nowhere.run("SELECT 1", &error);
    QVERIFY(answer.isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("cannot reach the archive at clickhouse://127.0.0.1:1")),
             qPrintable(error));
}

void TestArchive::aCancelledQueryNeverAnswers()
{
    ClickHouseClient client(m_single->address());
    bool answered = false;
    // Seconds of work in many small blocks (the server checks for KILL between blocks).
    const QString id = client.send("SELECT count() FROM numbers(100000000000) "
                                   "WHERE NOT ignore(sipHash64(number)) FORMAT RowBinary",
                                   [&](const QByteArray &, const QString &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_single
             ->run("SELECT count() FROM system.processes WHERE query_id = "
                       + ClickHouseSql::string(id) + " FORMAT TSV",
                   nullptr)
             .startsWith('0'),
        5000);
    client.cancel(id);
    QCOMPARE(client.pendingCount(), 0);
    // The server stops it too: it leaves the process list long before it could have ended.
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_single
                                 ->run("SELECT count() FROM system.processes WHERE query_id = "
                                           + ClickHouseSql::string(id) + " FORMAT TSV",
                                       nullptr)
                                 .startsWith('0'),
                             5000);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(100);
    QVERIFY(!answered);
}

void TestArchive::aGeneratedArchiveHoldsExactDatesAndKnownActors()
{
    ClickHouseClient client(addressOf(m_servers.httpUrl(0), QStringLiteral("generated")));
    ArchiveGenerator::Options options;
    options.events = 20'000;
    options.actors = 50;
    options.seed = 7;
    options.batchEvents = 7'000; // three batches, each the same rows whichever batch makes them
    std::vector<qint64> progress;
    const QString problem = ArchiveGenerator::generate(
        client, options, [&](qint64 done, qint64) { progress.push_back(done); });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(progress, (std::vector<qint64>{7'000, 14'000, 20'000}));

    QString error;
    QCOMPARE(client
                 .run("SELECT count(), uniqExact(id) FROM default.generated FORMAT TSV", &error)
                 .trimmed(),
             QByteArray("20000\t20000"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Every actor an event names is in the actors table.
    QCOMPARE(client
                 .run("SELECT count() FROM (SELECT arrayJoin(actors) AS a FROM default.generated) "
                      "WHERE a NOT IN (SELECT id FROM default.generated_actors) FORMAT TSV",
                      &error)
                 .trimmed(),
             QByteArray("0"));

    // Each date reads back at its own precision and covers exactly [begin_second, end_second).
    const QByteArray rows = client.run(
        "SELECT start_date, end_date, start_precision, begin_second, end_second FROM "
        "default.generated ORDER BY id LIMIT 5000 FORMAT RowBinary",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RowBinaryReader reader(rows);
    int read = 0, minutes = 0, ranges = 0;
    while (!reader.atEnd()) {
        const QString startText = reader.string();
        const QString endText = reader.string();
        const quint8 precision = reader.uint8();
        const qint64 begin = reader.int64();
        const qint64 end = reader.int64();
        QVERIFY(!reader.failed());
        QString why;
        const PartialDate start = PartialDate::parse(startText, &why);
        QVERIFY2(start.isValid(), qPrintable(startText + u' ' + why));
        QCOMPARE(quint8(start.precision), precision);
        QCOMPARE(start.firstSecond(), begin);
        if (endText.isEmpty()) {
            QCOMPARE(start.endSecond(), end);
        } else {
            const PartialDate last = PartialDate::parse(endText, &why);
            QVERIFY2(last.isValid(), qPrintable(endText + u' ' + why));
            QCOMPARE(last.endSecond(), end);
            QVERIFY(end - begin > 86400);
            ++ranges;
        }
        minutes += start.precision == DatePrecision::Minute;
        ++read;
    }
    QCOMPARE(read, 5000);
    QVERIFY2(minutes > 300 && ranges > 100, qPrintable(QStringLiteral("%1 %2").arg(minutes).arg(ranges)));
}

void TestArchive::thePushCommandSaysWhatItDidAndFailsClearly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // in standard output, or standard error on failure

    const QUrl server = m_servers.httpUrl(0);
    const QString url = QStringLiteral("clickhouse://127.0.0.1:%1/default").arg(server.port());
    QTest::newRow("first push") << url << QStringList{"--table", "command", "--batch", "4"}
                                << QString() << 0
                                << url + "?table=command: 23 new events of 23, 36 new actors";
    QTest::newRow("second push") << url << QStringList{"--table", "command"} << QString() << 0
                                 << url + "?table=command: 0 new events of 23, 0 new actors";
    QTest::newRow("no server there") << "clickhouse://127.0.0.1:1/default" << QStringList{}
                                     << QString() << 1
                                     << "tideline: cannot reach the archive at "
                                        "clickhouse://127.0.0.1:1/default?table=events";
    QTest::newRow("a table name that is not plain")
        << url << QStringList{"--table", "x; DROP TABLE command"} << QString() << 2
        << "tideline: 'x; DROP TABLE command' is not a plain table name";
    QTest::newRow("a password in the address")
        << QStringLiteral("clickhouse://default:secret@127.0.0.1:%1/default").arg(server.port())
        << QStringList{} << QString() << 2 << "TIDELINE_ARCHIVE_PASSWORD";
    QTest::newRow("a wrong password, from the environment")
        << QStringLiteral("clickhouse://default@127.0.0.1:%1/default").arg(server.port())
        << QStringList{"--table", "command"} << QStringLiteral("not-the-password") << 1
        << "refused the request";
}

void TestArchive::thePushCommandSaysWhatItDidAndFailsClearly()
{
    QFETCH(QString, url);
    QFETCH(QStringList, options);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TIDELINE_ARCHIVE_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIDELINE_BINARY),
                  QStringList{"archive", "push", "--url", url} + options
                      + QStringList{"--no-cache", QStringLiteral(TIDELINE_SAMPLE)});
    QVERIFY(process.waitForFinished(60000));
    const QString standardOut = QString::fromUtf8(process.readAllStandardOutput());
    const QString standardError = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(standardOut + standardError));
    const QString said = exitCode == 0 ? standardOut : standardError;
    QVERIFY2(said.contains(out), qPrintable(said));
    if (exitCode == 0)
        QVERIFY2(standardError.contains(QLatin1String("pushed 23 of 23 events")),
                 qPrintable(standardError));
    // The password is never printed.
    if (!password.isEmpty())
        QVERIFY(!(standardOut + standardError).contains(password));
}

void TestArchive::twoShardsAnswerLikeTheModel()
{
    QTemporaryDir folder;
    DatasetGenerator::Options generate;
    generate.events = 4000;
    generate.actors = 40;
    generate.seed = 19;
    const QString path = folder.filePath(QStringLiteral("generated.json"));
    QCOMPARE(DatasetGenerator::write(generate, path), QString());
    const std::shared_ptr<const Dataset> dataset = load(path);
    QVERIFY(dataset);
    m_generated = dataset;

    // The tables on each shard, then the Distributed tables over them on the first server.
    const QString table = QStringLiteral("sharded");
    for (int server = 0; server < m_servers.serverCount(); ++server) {
        ClickHouseClient shard(addressOf(m_servers.httpUrl(server), table));
        for (const QByteArray &statement : ArchiveSchema::createShardTables(shard.address())) {
            QString error;
            shard.run(statement, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
    ClickHouseClient cluster(addressOf(m_servers.httpUrl(0), table));
    for (const QByteArray &statement : ArchiveSchema::createDistributedTables(
             cluster.address(), ClickHouseCluster::clusterName())) {
        QString error;
        cluster.run(statement, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    ArchivePush::Options options;
    options.createTables = false;
    options.batchEvents = 1000;
    const ArchivePush::Outcome pushed =
        ArchivePush::push(cluster, *dataset, QStringLiteral("generated"), options);
    QVERIFY2(pushed.ok(), qPrintable(pushed.error));
    QCOMPARE(pushed.sent, qint64(dataset->events.count()));
    const ArchivePush::Outcome again =
        ArchivePush::push(cluster, *dataset, QStringLiteral("generated"), options);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.sent, qint64(0));

    // Both shards hold a share, and together all of it.
    quint64 total = 0;
    for (int server = 0; server < m_servers.serverCount(); ++server) {
        ClickHouseClient shard(addressOf(m_servers.httpUrl(server), table));
        QString error;
        const quint64 held =
            shard.run("SELECT count() FROM default.sharded_shard FORMAT TSV", &error).trimmed()
                .toULongLong();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(held > 0, qPrintable(QStringLiteral("shard %1 holds nothing").arg(server)));
        total += held;
    }
    QCOMPARE(total, quint64(dataset->events.count()));

    // Windows at three zoom levels, for the busiest lanes and for everything.
    const EventStore &store = dataset->events;
    const qint64 earliest = store.earliestBegin();
    const qint64 latest = store.latestEnd();
    std::map<QString, quint64> perActor;
    for (int event = 0; event < store.count(); ++event)
        for (const quint32 actor : store.actors(event))
            ++perActor[dataset->actors[actor].id];
    std::vector<std::pair<quint64, QString>> busiest;
    for (const auto &[actor, count] : perActor)
        busiest.emplace_back(count, actor);
    std::sort(busiest.rbegin(), busiest.rend());
    const QStringList lanes = {QString(), busiest[0].second, busiest[1].second,
                               busiest[5].second};
    const qint64 middle = earliest + (latest - earliest) / 2;
    const std::vector<std::pair<qint64, qint64>> windows = {
        {earliest, latest + 1},
        {middle - 365 * 86400LL, middle + 365 * 86400LL},
        {middle - 86400, middle + 86400}};
    const ArchiveFilter filters[] = {{}, withText(QStringLiteral("talks")),
                                     withActor(busiest[2].second, middle - 3650 * 86400LL)};
    for (const ArchiveFilter &filter : filters) {
        for (const QString &lane : lanes) {
            for (const auto &[t0, t1] : windows) {
                const QString where = QStringLiteral("lane '%1', [%2, %3), text '%4'")
                                          .arg(lane)
                                          .arg(t0)
                                          .arg(t1)
                                          .arg(filter.text);
                const std::vector<int> expected = eventsInMemory(*dataset, filter, lane, t0, t1);
                QString error;
                const auto events = ArchiveQuery::readEvents(cluster.run(
                    ArchiveQuery::eventsMeeting(cluster.address(), filter, lane, t0, t1, 100000),
                    &error));
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY(events);
                QCOMPARE(events->size(), expected.size());
                for (size_t i = 0; i < expected.size(); ++i)
                    QCOMPARE((*events)[i].id, store.id(expected[i]));

                // Counts per column of the events that start in the window.
                const int columns = 300;
                const qint64 width = (t1 - t0 + columns - 1) / columns;
                std::vector<quint32> counted(columns, 0);
                for (const int event : eventsInMemory(*dataset, filter, lane, t0,
                                                      std::numeric_limits<qint64>::max())) {
                    const qint64 begin = store.beginSecond(event);
                    if (begin >= t0 && begin < t0 + width * columns)
                        ++counted[size_t((begin - t0) / width)];
                }
                const auto counts = ArchiveQuery::readCounts(
                    cluster.run(ArchiveQuery::countsPerColumn(cluster.address(), filter, lane, t0,
                                                              width, columns),
                                &error),
                    columns);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY(counts);
                QVERIFY2(*counts == counted, qPrintable(where));
            }
        }
        // Per-actor counts under the filter.
        std::map<QString, quint64> expectedCounts;
        for (const int event : eventsInMemory(*dataset, filter, {},
                                              std::numeric_limits<qint64>::min(),
                                              std::numeric_limits<qint64>::max()))
            for (const quint32 actor : store.actors(event))
                ++expectedCounts[dataset->actors[actor].id];
        QString error;
        const auto actorCounts = ArchiveQuery::readActorCounts(
            cluster.run(ArchiveQuery::actorCounts(cluster.address(), filter), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(actorCounts);
        std::map<QString, quint64> answered(actorCounts->begin(), actorCounts->end());
        QVERIFY(answered == expectedCounts);
    }
}

void TestArchive::theLaneSourceDrawsFromTilesWhatTheModelHolds()
{
    QVERIFY(m_generated); // twoShardsAnswerLikeTheModel pushed it
    const Dataset &dataset = *m_generated;
    const EventStore &store = dataset.events;
    ArchiveLaneSource source(addressOf(m_servers.httpUrl(0), QStringLiteral("sharded")));
    QSignalSpy lanesChanged(&source, &ArchiveLaneSource::lanesChanged);
    source.open();
    QCOMPARE(source.state(), ArchiveLaneSource::State::Opening);
    QTRY_COMPARE(source.state(), ArchiveLaneSource::State::Ready);
    QCOMPARE(lanesChanged.count(), 1);
    // The longest event, on both shards: every window below is asked with it as a bound.
    qint64 longest = 0;
    for (int event = 0; event < store.count(); ++event)
        longest = std::max(longest, store.endSecond(event) - store.beginSecond(event));
    QTRY_COMPARE(source.longestEvent(), longest);

    // A lane per actor with events, busiest first, named as the dataset names them.
    std::map<QString, quint64> perActor;
    for (int event = 0; event < store.count(); ++event)
        for (const quint32 actor : store.actors(event))
            ++perActor[dataset.actors[actor].id];
    QCOMPARE(size_t(source.laneCount()), perActor.size());
    for (int lane = 0; lane < source.laneCount(); ++lane) {
        const QString id = source.laneActorId(lane);
        QCOMPARE(source.laneEventCount(lane), perActor[id]);
        QCOMPARE(source.laneInfo(lane).title, dataset.actors[size_t(dataset.actorIndex(id))].name);
        if (lane > 0)
            QVERIFY(source.laneEventCount(lane) <= source.laneEventCount(lane - 1));
    }
    QCOMPARE(source.earliestBegin(), store.earliestBegin());
    QCOMPARE(source.latestEnd(), store.latestEnd());

    // The whole span, 1500 columns: nothing known at first, then the counts to the bucket.
    const int columns = 1500;
    const qint64 t0 = store.earliestBegin();
    const TimeMapping whole(t0, double(store.latestEnd() - t0) / columns);
    const int busiest = 0;
    const QString busiestId = source.laneActorId(busiest);
    std::vector<quint32> counts;
    source.countPerColumn(busiest, whole, columns, &counts);
    QCOMPARE(std::accumulate(counts.begin(), counts.end(), quint64(0)), quint64(0));
    QVERIFY(source.pendingRequests() > 0);
    QCOMPARE(source.countCandidates(busiest, t0, whole.secondAt(columns)),
             std::numeric_limits<qint64>::max());
    QSignalSpy arrived(&source, &ArchiveLaneSource::tilesArrived);
    QTRY_COMPARE(source.pendingRequests(), 0);
    QVERIFY(arrived.count() > 0);
    source.countPerColumn(busiest, whole, columns, &counts);
    const qint64 t1 = whole.secondAt(columns);
    const qint64 width = ArchiveLaneSource::bucketWidth(ArchiveLaneSource::levelFor(t0, t1));
    QVERIFY2(width % 86400 == 0, "the whole span's buckets are whole days: the daily counts");
    std::vector<quint32> expected(columns, 0);
    for (int event = 0; event < store.count(); ++event) {
        bool inLane = false;
        for (const quint32 actor : store.actors(event))
            inLane = inLane || dataset.actors[actor].id == busiestId;
        const qint64 begin = store.beginSecond(event);
        const qint64 bucket = (begin / width - (begin % width < 0)) * width;
        if (!inLane || bucket < t0 || bucket >= t1)
            continue;
        const auto column = qint64(std::floor(whole.xOf(bucket)));
        if (column >= 0 && column < columns)
            ++expected[size_t(column)];
    }
    QVERIFY(counts == expected);
    QVERIFY(std::accumulate(counts.begin(), counts.end(), quint64(0)) > 0);

    // Two weeks around the lane's middle event: its events, from event tiles, exactly.
    const std::vector<int> laneEvents = eventsInMemory(dataset, {}, busiestId,
                                                       std::numeric_limits<qint64>::min(),
                                                       std::numeric_limits<qint64>::max());
    const qint64 middle = store.beginSecond(laneEvents[laneEvents.size() / 2]);
    const qint64 w0 = middle - 7 * 86400, w1 = middle + 7 * 86400;
    std::vector<quint32> visible;
    source.visibleEvents(busiest, w0, w1, &visible);
    QVERIFY(visible.empty());
    // Events are asked for once the lane's counts for the window are in, never before.
    QTRY_COMPARE(source.pendingRequests(), 0);
    QCOMPARE(source.residentEvents(), 0);
    source.visibleEvents(busiest, w0, w1, &visible);
    QVERIFY(visible.empty());
    QTRY_COMPARE(source.pendingRequests(), 0);
    source.visibleEvents(busiest, w0, w1, &visible);
    QStringList shown, held;
    for (const quint32 event : visible)
        shown << source.events().id(int(event));
    for (const int event : eventsInMemory(dataset, {}, busiestId, w0, w1))
        held << store.id(event);
    QVERIFY(!held.isEmpty());
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()), QSet<QString>(held.begin(), held.end()));
    QCOMPARE(shown.size(), held.size());
    for (qsizetype i = 1; i < qsizetype(visible.size()); ++i)
        QVERIFY(source.events().beginSecond(int(visible[size_t(i - 1)]))
                <= source.events().beginSecond(int(visible[size_t(i)])));
    // Exact dates on the way back.
    for (const quint32 event : visible) {
        const int model = [&] {
            for (int e : eventsInMemory(dataset, {}, busiestId, w0, w1))
                if (store.id(e) == source.events().id(int(event)))
                    return e;
            return -1;
        }();
        QCOMPARE(source.events().start(int(event)), store.start(model));
        QCOMPARE(source.events().endSecond(int(event)), store.endSecond(model));
        QCOMPARE(source.events().title(int(event)), store.title(model));
    }
    // Panning back is answered at once, from the tiles kept.
    source.countPerColumn(busiest, whole, columns, &counts);
    QVERIFY(counts == expected);
    QCOMPARE(source.pendingRequests(), 0);

    // A filter makes the lanes again, with what passes it.
    ArchiveFilter talks;
    talks.text = QStringLiteral("talks");
    source.setFilter(talks);
    QCOMPARE(source.state(), ArchiveLaneSource::State::Opening);
    QTRY_COMPARE(source.state(), ArchiveLaneSource::State::Ready);
    std::map<QString, quint64> passing;
    for (const int event : eventsInMemory(dataset, talks, {}, std::numeric_limits<qint64>::min(),
                                          std::numeric_limits<qint64>::max()))
        for (const quint32 actor : store.actors(event))
            ++passing[dataset.actors[actor].id];
    QCOMPARE(size_t(source.laneCount()), passing.size());
    for (int lane = 0; lane < source.laneCount(); ++lane)
        QCOMPARE(source.laneEventCount(lane), passing[source.laneActorId(lane)]);
}

void TestArchive::residentEventsStayWithinTheirBound()
{
    QVERIFY(m_generated);
    const Dataset &dataset = *m_generated;
    const EventStore &store = dataset.events;
    ArchiveLaneSource source(addressOf(m_servers.httpUrl(0), QStringLiteral("sharded")));
    // The smallest bound: only the tiles the latest view asked for may stay.
    source.setMaxResidentEvents(1);
    source.open();
    QTRY_COMPARE(source.state(), ArchiveLaneSource::State::Ready);
    // Browse the span in 48 windows of about as many events each (the store is in time order),
    // six lanes.
    const int windows = 48;
    const int lanes = std::min(source.laneCount(), 6);
    qint64 seen = 0;
    for (int w = 0; w < windows; ++w) {
        const qint64 t0 = store.beginSecond(int(qint64(store.count()) * w / windows));
        const qint64 t1 = std::max(t0 + 1, w + 1 == windows
                                               ? store.latestEnd()
                                               : store.beginSecond(int(qint64(store.count()) * (w + 1) / windows)));
        std::vector<quint32> visible;
        // A view asks again as what it asked for arrives: first the counts, then the events.
        bool asked = false;
        for (int round = 0; round < 2; ++round) {
            source.beginView();
            for (int lane = 0; lane < lanes; ++lane)
                source.visibleEvents(lane, t0, t1, &visible);
            asked = source.pendingRequests() > 0;
            QTRY_COMPARE(source.pendingRequests(), 0);
        }
        // The view's events are all there, exactly: its own tiles are never dropped for the bound.
        qsizetype inTiles = 0;
        const qint64 span = ArchiveLaneSource::tileBuckets
            * ArchiveLaneSource::bucketWidth(ArchiveLaneSource::levelFor(t0, t1));
        for (int lane = 0; lane < lanes; ++lane) {
            source.visibleEvents(lane, t0, t1, &visible);
            const QString actor = source.laneActorId(lane);
            const auto held = eventsInMemory(dataset, {}, actor, t0, t1);
            QCOMPARE(visible.size(), held.size());
            seen += qint64(held.size());
            const qint64 first = t0 >= 0 ? t0 / span : -((-t0 + span - 1) / span);
            const qint64 last = (t1 - 1) >= 0 ? (t1 - 1) / span : -((-(t1 - 1) + span - 1) / span);
            for (qint64 tile = first; tile <= last; ++tile)
                inTiles += std::min<qsizetype>(
                    ArchiveLaneSource::tileEventLimit,
                    qsizetype(eventsInMemory(dataset, {}, actor, tile * span, (tile + 1) * span).size()));
        }
        // Everything else was let go when this view's tiles came: what stays is exactly the
        // events of its tiles. (A view that needed nothing new lets nothing go.)
        if (asked)
            QCOMPARE(source.residentEvents(), inTiles);
        else
            QVERIFY(source.residentEvents() >= inTiles);
        QVERIFY(source.events().count() <= source.residentEvents());
    }
    QVERIFY(seen > 0);
}

void TestArchive::whatNoViewAsksForAnyMoreIsNotFetched()
{
    QVERIFY(m_generated);
    const EventStore &store = m_generated->events;
    ArchiveLaneSource source(addressOf(m_servers.httpUrl(0), QStringLiteral("sharded")));
    source.open();
    QTRY_COMPARE(source.state(), ArchiveLaneSource::State::Ready);
    // A view of the whole span, then at once one of a week: the first view's counts were
    // asked for but are no longer wanted when the requests go out.
    // With a margin, so that the bucket of the earliest event starts inside the window.
    const qint64 margin = (store.latestEnd() - store.earliestBegin()) / 10;
    const qint64 whole0 = store.earliestBegin() - margin, whole1 = store.latestEnd() + margin;
    const qint64 week0 = store.beginSecond(store.count() / 2), week1 = week0 + 7 * 86400;
    source.beginView();
    QCOMPARE(source.countStarting(0, whole0, whole1), 0); // not known yet: asked for
    source.beginView();
    QCOMPARE(source.countStarting(0, week0, week1), 0);
    QTRY_COMPARE(source.pendingRequests(), 0);
    QVERIFY(source.countStarting(0, week0, week1) > 0); // the week's counts came
    // The whole span's were never fetched: asking again finds nothing and asks anew.
    QCOMPARE(source.countStarting(0, whole0, whole1), 0);
    QVERIFY(source.pendingRequests() > 0);
    QTRY_COMPARE(source.pendingRequests(), 0);
    QCOMPARE(source.countStarting(0, whole0, whole1), qint64(source.laneEventCount(0)));
}

void TestArchive::aLaneSourceWithoutItsServerSaysSo()
{
    ArchiveLaneSource source(addressOf(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                       QStringLiteral("events")));
    QSignalSpy failed(&source, &ArchiveLaneSource::failed);
    source.open();
    QTRY_COMPARE(source.state(), ArchiveLaneSource::State::Failed);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(source.problem().startsWith(QLatin1String("cannot reach the archive at")),
             qPrintable(source.problem()));
    QCOMPARE(source.laneCount(), 0);
    // Asking for what it cannot have sends nothing more.
    std::vector<quint32> counts;
    source.countPerColumn(0, TimeMapping(0, 1000.0), 100, &counts);
    QCOMPARE(source.pendingRequests(), 0);
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
