// SPDX-License-Identifier: MIT
// The tideline/1 loader: merging files, exact error messages, all-or-nothing loads, and the
// sample dataset holding what the article says.
#include "dateformat.h"
#include "datasetgenerator.h"
#include "datasetloader.h"
#include "datasetsession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString header = QStringLiteral("{\"format\": \"tideline/1\",\n");

int eventById(const Dataset &dataset, const QString &id)
{
    for (int i = 0; i < dataset.events.count(); ++i) {
        if (dataset.events.id(i) == id)
            return i;
    }
    return -1;
}

const Position *positionById(const Dataset &dataset, const QString &id)
{
    for (const Position &position : dataset.positions) {
        if (position.id == id)
            return &position;
    }
    return nullptr;
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    static QStringList lines(const LoadResult &result)
    {
        QStringList lines;
        for (const LoadMessage &message : result.messages)
            lines << message.toString();
        return lines;
    }

private slots:
    void mergesFilesIntoOneDataset()
    {
        const QString folder = QStringLiteral(TIDELINE_TEST_DATA "/merge");
        const LoadResult result = DatasetLoader::load(
            {folder + QStringLiteral("/1-actors.json"), folder + QStringLiteral("/2-events.json")});
        QVERIFY2(result.ok(), qPrintable(lines(result).join(u'\n')));
        QVERIFY(result.messages.isEmpty());
        const Dataset &dataset = *result.dataset;
        QCOMPARE(dataset.title, QStringLiteral("Merge test"));
        QCOMPARE(dataset.actors.size(), size_t(3));
        QCOMPARE(dataset.events.count(), 3);
        QCOMPARE(dataset.files.size(), 2);

        // Sorted by the first second each event may cover, whatever the file order.
        QCOMPARE(dataset.events.id(0), QStringLiteral("early"));
        QCOMPARE(dataset.events.id(1), QStringLiteral("middle"));
        QCOMPARE(dataset.events.id(2), QStringLiteral("late"));

        // References across files resolve to indices.
        const int leader = dataset.actorIndex(QStringLiteral("leader"));
        const int state = dataset.actorIndex(QStringLiteral("state"));
        const int faction = dataset.actorIndex(QStringLiteral("faction"));
        QCOMPARE(dataset.actors[size_t(leader)].parent, state);
        QCOMPARE(dataset.actors[size_t(leader)].aliases, QStringList{QStringLiteral("The Leader")});
        const auto lateActors = dataset.events.actors(2);
        QCOMPARE(std::vector<quint32>(lateActors.begin(), lateActors.end()),
                 (std::vector<quint32>{quint32(state), quint32(faction)}));
        QCOMPARE(dataset.events.sources(2).size(), size_t(1));
        QCOMPARE(dataset.sources[dataset.events.sources(2)[0]].publisher,
                 QStringLiteral("Publisher"));

        // Tags are interned once.
        QCOMPARE(dataset.tags, (QStringList{QStringLiteral("diplomacy"), QStringLiteral("military")}));
        QCOMPARE(dataset.events.tags(0).size(), size_t(2));

        // The actor index lists each actor's events in time order.
        const auto factionEvents = dataset.events.eventsOfActor(faction);
        QCOMPARE(std::vector<quint32>(factionEvents.begin(), factionEvents.end()),
                 (std::vector<quint32>{0, 2}));

        // Positions point at the event's index after sorting.
        const Position *p1 = positionById(dataset, QStringLiteral("p1"));
        QVERIFY(p1);
        QCOMPARE(p1->event, 2);
        QCOMPARE(p1->actor, leader);
        QCOMPARE(p1->stance, Stance::Opposes);

        // Colours: given, inherited by members, or assigned.
        QCOMPARE(dataset.actors[size_t(state)].color, QColor(QStringLiteral("#336699")));
        QCOMPARE(dataset.actors[size_t(leader)].color, QColor(QStringLiteral("#336699")));
        QVERIFY(dataset.actors[size_t(faction)].color.isValid());

        // The approximate flag reaches both dates; precision is kept.
        QVERIFY(dataset.events.start(1).approximate);
        QCOMPARE(dataset.events.start(1).precision, DatePrecision::Month);
        QCOMPARE(DateFormat::range(dataset.events.start(1), dataset.events.end(1),
                                   QLocale(QLocale::English)),
                 QStringLiteral("c. May–June 2024"));
    }

    void aFolderStandsForItsJsonFiles()
    {
        const LoadResult result = DatasetLoader::load({QStringLiteral(TIDELINE_TEST_DATA "/merge")});
        QVERIFY2(result.ok(), qPrintable(lines(result).join(u'\n')));
        QCOMPARE(result.dataset->events.count(), 3);
        QCOMPARE(result.dataset->files.size(), 2);
    }

    void reportsEachProblemAtItsPlace_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // FILE stands for the file's path

        QTest::addRow("field of the wrong type")
            << (header + R"("events": [{"id": "e", "title": 5, "start": "2024"}]})").toUtf8()
            << "FILE:2:33: error: events[0].title: expected a string, found a number";
        QTest::addRow("missing required field")
            << (header + R"("events": [{"id": "e", "start": "2024"}]})").toUtf8()
            << "FILE:2:12: error: events[0]: missing required field \"title\"";
        QTest::addRow("impossible day")
            << (header + R"("events": [{"id": "e", "title": "t", "start": "2024-02-30"}]})").toUtf8()
            << "FILE:2:47: error: events[0].start: day 30 does not exist in \"2024-02-30\" "
               "(that month has 29 days)";
        QTest::addRow("two-digit year")
            << (header + R"("events": [{"id": "e", "title": "t", "start": "24-07-01"}]})").toUtf8()
            << "FILE:2:47: error: events[0].start: expected an ISO 8601 date such as 2007, "
               "2024-04, 2024-07-15 or 2024-07-13T10:30+03:00, found \"24-07-01\"";
        QTest::addRow("end before start")
            << (header
                + R"("events": [{"id": "e", "title": "t", "start": "2024-07", "end": "2024-06"}]})")
                   .toUtf8()
            << "FILE:2:65: error: events[0].end: ends (2024-06) before it starts (2024-07)";
        QTest::addRow("unknown actor")
            << (header + R"("events": [{"id": "e", "title": "t", "start": "2024", "actors": ["x"]}]})")
                   .toUtf8()
            << "FILE:2:66: error: events[0].actors[0]: unknown actor id \"x\"";
        QTest::addRow("duplicate id in one file")
            << (header
                + "\"issues\": [{\"id\": \"i\", \"title\": \"a\"},\n{\"id\": \"i\", \"title\": \"b\"}]}")
                   .toUtf8()
            << "FILE:3:8: error: issues[1].id: issue id \"i\" is already used; first defined at "
               "FILE:2:19";
        QTest::addRow("unknown kind")
            << (header + R"("actors": [{"id": "a", "name": "A", "kind": "country"}]})").toUtf8()
            << "FILE:2:45: error: actors[0].kind: expected one of state, organisation, faction, "
               "person, group, media, other, found \"country\"";
        QTest::addRow("parent cycle")
            << (header
                + R"("actors": [{"id": "a", "name": "A", "kind": "state", "parent": "a"}]})")
                   .toUtf8()
            << "FILE:2:64: error: actors[0].parent: actor \"a\" is its own ancestor: a → a";
        QTest::addRow("bad colour")
            << (header
                + R"("actors": [{"id": "a", "name": "A", "kind": "state", "color": "blue"}]})")
                   .toUtf8()
            << "FILE:2:63: error: actors[0].color: expected a colour as #rrggbb, found \"blue\"";
        QTest::addRow("unknown issue in a position")
            << (header
                + R"("actors": [{"id": "a", "name": "A", "kind": "state"}],)"
                + "\n"
                + R"("positions": [{"id": "p", "actor": "a", "issue": "q", "stance": "supports", "date": "2024", "quote": "yes", "visibility": "public"}]})")
                   .toUtf8()
            << "FILE:3:50: error: positions[0].issue: unknown issue id \"q\"";
        QTest::addRow("bad stance")
            << (header
                + R"("positions": [{"id": "p", "actor": "a", "issue": "q", "stance": "maybe", "date": "2024", "quote": "yes", "visibility": "public"}]})")
                   .toUtf8()
            << "FILE:2:65: error: positions[0].stance: expected one of supports, opposes, "
               "conditional, neutral, unclear, found \"maybe\"";
        QTest::addRow("collection not an array")
            << (header + R"("events": {}})").toUtf8()
            << "FILE:2:11: error: events: expected an array, found an object";
        QTest::addRow("element not an object")
            << (header + R"("events": [42]})").toUtf8()
            << "FILE:2:12: error: events[0]: expected an object, found a number";
        QTest::addRow("truncated file")
            << (header + R"("events": [{"id": "e")").toUtf8()
            << "FILE:2:22: error: not valid JSON: missing a comma or '}' after an object member "
               "(the file ends early: is it cut off?)";
        QTest::addRow("top-level array")
            << QByteArray("[1, 2]")
            << "FILE:1:1: error: expected a JSON object with \"format\": \"tideline/1\" at the top, "
               "found an array";
        QTest::addRow("top-level number")
            << QByteArray("  42")
            << "FILE:1:3: error: expected a JSON object with \"format\": \"tideline/1\" at the top, "
               "found a number";
        QTest::addRow("missing format")
            << QByteArray("{\"title\": \"x\"}")
            << "FILE:1:1: error: missing \"format\": \"tideline/1\"; is this a Tideline dataset?";
        QTest::addRow("other format")
            << QByteArray("{\"format\": \"tideline/9\"}")
            << "FILE:1:12: error: format: expected \"tideline/1\", found \"tideline/9\"; this build "
               "reads tideline/1 only";
        QTest::addRow("empty file") << QByteArray() << "FILE: error: the file is empty";
        QTest::addRow("only white space")
            << QByteArray(" \n\t ")
            << "FILE:2:3: error: not valid JSON: the document is empty (the file ends early: is it "
               "cut off?)";
        QTest::addRow("UTF-16")
            << QByteArray("\xFF\xFE{\0}\0", 6)
            << "FILE:1:1: error: the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)";
        QTest::addRow("invalid UTF-8 in a string")
            << header.toUtf8() + QByteArray("\"title\": \"ab\xC3\x28\"}")
            << "FILE:2:13: error: not valid JSON: invalid encoding in string";
        QTest::addRow("nesting too deep")
            << (header + "\"x\": " + QString(200, u'[') + QString(200, u']') + u'}').toUtf8()
            << "FILE:2:69: error: values nested deeper than 64 levels";
        QTest::addRow("text after the object")
            << (header + "\"title\": \"t\"} x").toUtf8()
            << "FILE:2:15: error: not valid JSON: unexpected text after the top-level object";
        QTest::addRow("duplicate key")
            << (header + R"("issues": [{"id": "i", "title": "a", "title": "b"}]})").toUtf8()
            << "FILE:2:47: error: issues[0].title: field \"title\" appears twice in one object";
    }

    void reportsEachProblemAtItsPlace()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        // The content is written byte for byte; QByteArray keeps NULs and invalid UTF-8.
        const QString path = write(QStringLiteral("case.json"), content);
        const LoadResult result = DatasetLoader::load({path});
        QVERIFY(!result.ok());
        const QStringList got = lines(result);
        QVERIFY2(got.contains(expected.replace(QStringLiteral("FILE"), path)),
                 qPrintable(got.join(u'\n')));
    }

    void unknownFieldsAreWarningsNotErrors()
    {
        const QString path = write(
            QStringLiteral("warn.json"),
            (header + R"("colour": 1, "issues": [{"id": "i", "title": "t", "note": "x"}]})").toUtf8());
        const LoadResult result = DatasetLoader::load({path});
        QVERIFY(result.ok());
        QCOMPARE(result.warningCount(), 2);
        QCOMPARE(result.messages.at(0).toString(),
                 path + QStringLiteral(":2:11: warning: unknown field \"colour\" (ignored)"));
        QCOMPARE(result.messages.at(1).toString(),
                 path + QStringLiteral(":2:59: warning: issues[0]: unknown field \"note\" (ignored)"));
    }

    void duplicateIdAcrossFilesNamesBothPlaces()
    {
        const QString first =
            write(QStringLiteral("one.json"),
                  (header + R"("actors": [{"id": "a", "name": "A", "kind": "state"}]})").toUtf8());
        const QString second =
            write(QStringLiteral("two.json"),
                  (header + R"("actors": [{"id": "a", "name": "B", "kind": "state"}]})").toUtf8());
        const LoadResult result = DatasetLoader::load({first, second});
        QVERIFY(!result.ok());
        QCOMPARE(lines(result),
                 QStringList{second + QStringLiteral(":2:19: error: actors[0].id: actor id \"a\" is "
                                                     "already used; first defined at ")
                             + first + QStringLiteral(":2:19")});
    }

    void reportsEveryErrorOfAFileUpToACap()
    {
        QByteArray many = header.toUtf8() + "\"events\": [";
        for (int i = 0; i < 500; ++i)
            many += (i ? ",\n" : "") + QByteArray("{\"id\": \"e") + QByteArray::number(i)
                + "\", \"title\": \"t\", \"start\": \"2024-13\"}";
        many += "]}";
        const LoadResult result = DatasetLoader::load({write(QStringLiteral("many.json"), many)});
        QVERIFY(!result.ok());
        // The reader stops at the cap; the last line says that more were not shown.
        QCOMPARE(result.errorCount(), 101);
        QVERIFY(result.messages.at(0).toString().contains(QStringLiteral("month 13 does not exist")));
        QCOMPARE(result.messages.at(1).line, 3);
        QVERIFY2(result.messages.last().text.contains(QStringLiteral("more errors not shown")),
                 qPrintable(result.messages.last().text));
    }

    void severalErrorsAreAllReported()
    {
        const LoadResult result =
            DatasetLoader::load({QStringLiteral(TIDELINE_TEST_DATA "/broken/broken.json")});
        QVERIFY(!result.ok());
        QCOMPARE(result.errorCount(), 2);
        QCOMPARE(result.messages.at(0).line, 4);
        QCOMPARE(result.messages.at(1).line, 5);
        QCOMPARE(result.messages.at(1).path, QStringLiteral("events[1].actors[0]"));
    }

    void missingPathsAreErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no such file") << QStringLiteral("/nonexistent/x.json")
                                      << QStringLiteral("no such file or folder");
        QTest::addRow("folder without json") << QStringLiteral(TIDELINE_TEST_DATA "/..")
                                             << QStringLiteral("the folder holds no .json files");
    }

    void missingPathsAreErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const LoadResult result = DatasetLoader::load({path});
        QVERIFY(!result.ok());
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages.first().text, expected);
        QCOMPARE(result.messages.first().file, path);
    }

    void failedLoadLeavesTheOpenDatasetUntouched()
    {
        DatasetSession session;
        QVERIFY(session.open({QStringLiteral(TIDELINE_TEST_DATA "/merge")}).ok());
        const std::shared_ptr<const Dataset> before = session.dataset();
        const QStringList pathsBefore = session.paths();
        QSignalSpy changed(&session, &DatasetSession::datasetChanged);

        const LoadResult failed =
            session.open({QStringLiteral(TIDELINE_TEST_DATA "/broken/broken.json")});
        QVERIFY(!failed.ok());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(session.dataset(), before);
        QCOMPARE(session.dataset()->events.count(), 3);
        QCOMPARE(session.paths(), pathsBefore);

        // A valid file and a broken one together fail as a whole.
        QVERIFY(!session.open({QStringLiteral(TIDELINE_TEST_DATA "/merge/1-actors.json"),
                               QStringLiteral(TIDELINE_TEST_DATA "/broken/broken.json")})
                     .ok());
        QCOMPARE(session.dataset(), before);
    }

    void backgroundLoadReportsProgressAndDelivers()
    {
        const QString path = m_dir.filePath(QStringLiteral("small-generated.json"));
        DatasetGenerator::Options options;
        options.events = 20000;
        QCOMPARE(DatasetGenerator::write(options, path), QString());
        DatasetSession session;
        QSignalSpy finished(&session, &DatasetSession::loadFinished);
        QSignalSpy changed(&session, &DatasetSession::datasetChanged);
        session.openInBackground({path});
        QVERIFY(session.isLoading());
        QVERIFY(finished.wait(60000));
        const LoadResult result = finished.first().first().value<LoadResult>();
        QVERIFY(result.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(session.dataset()->events.count(), 20000);
        QCOMPARE(session.progress()->bytesRead(), session.progress()->totalBytes());
        QCOMPARE(session.progress()->events(), qint64(20000));
    }

    void cancellingABackgroundLoadKeepsTheOpenDataset()
    {
        const QString path = m_dir.filePath(QStringLiteral("big-generated.json"));
        DatasetGenerator::Options options;
        options.events = 400000;
        QCOMPARE(DatasetGenerator::write(options, path), QString());
        DatasetSession session;
        QVERIFY(session.open({QStringLiteral(TIDELINE_TEST_DATA "/merge")}).ok());
        const auto before = session.dataset();
        QSignalSpy finished(&session, &DatasetSession::loadFinished);
        session.openInBackground({path});
        // Wait until it is under way, then stop it.
        QTRY_VERIFY_WITH_TIMEOUT(session.progress()->bytesRead() > 0, 30000);
        QVERIFY(session.progress()->bytesRead() < session.progress()->totalBytes());
        session.cancelLoad();
        QVERIFY(finished.wait(60000));
        const LoadResult result = finished.first().first().value<LoadResult>();
        QVERIFY(!result.ok());
        QVERIFY(result.cancelled);
        QVERIFY(result.messages.first().text.contains(QStringLiteral("cancelled")));
        QCOMPARE(session.dataset(), before);
        QCOMPARE(session.dataset()->events.count(), 3);
    }

    // Everything a dataset holds, in order, as text: two loads are the same when these are.
    static QStringList contents(const Dataset &dataset)
    {
        QStringList out{dataset.title, dataset.tags.join(u',')};
        for (const Actor &actor : dataset.actors)
            out << actor.id + u'>' + (actor.parent >= 0 ? dataset.actors[size_t(actor.parent)].id : QString())
                    + u' ' + actor.color.name();
        for (const Position &position : dataset.positions)
            out << position.id + u' ' + dataset.actors[size_t(position.actor)].id + u' '
                    + (position.event >= 0 ? dataset.events.id(position.event) : QString());
        for (int e = 0; e < dataset.events.count(); ++e) {
            QString line = dataset.events.id(e) + u' ' + dataset.events.title(e) + u' '
                + dataset.events.start(e).toIsoString() + u' ' + dataset.events.end(e).toIsoString();
            for (quint32 actor : dataset.events.actors(e))
                line += u' ' + dataset.actors[actor].id;
            for (quint32 tag : dataset.events.tags(e))
                line += QStringLiteral(" #") + dataset.tags[tag];
            for (quint32 source : dataset.events.sources(e))
                line += QStringLiteral(" ^") + dataset.sources[source].id;
            out << line;
        }
        for (int a = 0; a < int(dataset.actors.size()); ++a) {
            QString line = dataset.actors[size_t(a)].id + u':';
            for (quint32 event : dataset.events.eventsOfActor(a))
                line += u' ' + QString::number(event);
            out << line;
        }
        return out;
    }

    QString generate(const QString &name, qint64 events, int files, quint64 seed = 7)
    {
        DatasetGenerator::Options options;
        options.events = events;
        options.actors = 120;
        options.files = files;
        options.seed = seed;
        const QString path = m_dir.filePath(name);
        const QString problem = DatasetGenerator::write(options, path);
        if (!problem.isEmpty())
            qFatal("generate: %s", qPrintable(problem));
        return path;
    }

    void generatorIsDeterministicAndValid()
    {
        const auto bytes = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QString first = generate(QStringLiteral("gen-a.json"), 5000, 1);
        const QString again = generate(QStringLiteral("gen-b.json"), 5000, 1);
        const QString other = generate(QStringLiteral("gen-c.json"), 5000, 1, 8);
        QVERIFY(!bytes(first).isEmpty());
        QCOMPARE(bytes(again), bytes(first));
        QVERIFY(bytes(other) != bytes(first));

        // `tideline validate` accepts it with no message at all.
        QProcess validate;
        validate.start(QStringLiteral(TIDELINE_BINARY), {QStringLiteral("validate"), first});
        QVERIFY(validate.waitForFinished(60000));
        QCOMPARE(validate.exitCode(), 0);
        QCOMPARE(validate.readAllStandardError(), QByteArray());
    }

    void severalFilesLoadInParallelToTheSameDataset()
    {
        // The same data in one file and in five, read on as many threads as there are cores.
        const LoadResult one = DatasetLoader::load({generate(QStringLiteral("one.json"), 20000, 1)});
        const LoadResult five = DatasetLoader::load({generate(QStringLiteral("five"), 20000, 5)});
        QVERIFY2(one.ok(), qPrintable(lines(one).join(u'\n')));
        QVERIFY2(five.ok(), qPrintable(lines(five).join(u'\n')));
        QCOMPARE(five.dataset->files.size(), 5);
        QCOMPARE(five.dataset->events.count(), 20000);
        const QStringList a = contents(*one.dataset);
        const QStringList b = contents(*five.dataset);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(b[i], a[i]);
    }

    void anErrorInOneOfSeveralFilesFailsTheWholeLoad()
    {
        const QString folder = generate(QStringLiteral("four"), 8000, 4);
        const QStringList parts = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files,
                                                         QDir::Name);
        QCOMPARE(parts.size(), 4);
        const QString broken = QDir(folder).filePath(parts[2]);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray text = file.readAll();
        const qsizetype at = text.indexOf("\"start\": \"");
        QVERIFY(at > 0);
        text.insert(at + 10, "2024-13-01x"); // the first event's start no longer parses
        QVERIFY(file.resize(0));
        file.write(text);
        file.close();

        DatasetSession session;
        QVERIFY(session.open({QStringLiteral(TIDELINE_TEST_DATA "/merge")}).ok());
        const auto before = session.dataset();
        const LoadResult result = session.open({folder});
        QVERIFY(!result.ok());
        QCOMPARE(result.errorCount(), 1);
        QCOMPARE(result.messages.first().file, broken);
        QVERIFY(result.messages.first().path.startsWith(QStringLiteral("events[")));
        QVERIFY(result.messages.first().path.endsWith(QStringLiteral("].start")));
        QCOMPARE(session.dataset(), before);
    }

    void sampleDatasetHoldsTheArticle()
    {
        const LoadResult result = DatasetLoader::load({DatasetSession::samplePath()});
        QVERIFY2(result.ok(), qPrintable(lines(result).join(u'\n')));
        QCOMPARE(result.messages.size(), 0);
        const Dataset &dataset = *result.dataset;
        const QLocale english(QLocale::English);

        // People belong to their state or faction, with their roles.
        const auto actor = [&](const char *id) -> const Actor & {
            const int index = dataset.actorIndex(QString::fromLatin1(id));
            if (index < 0)
                qFatal("sample lacks actor %s", id);
            return dataset.actors[size_t(index)];
        };
        QCOMPARE(actor("netanyahu").role, QStringLiteral("Prime Minister"));
        QCOMPARE(actor("netanyahu").parent, dataset.actorIndex(QStringLiteral("israel")));
        QCOMPARE(actor("gallant").parent, dataset.actorIndex(QStringLiteral("israel")));
        QCOMPARE(actor("hanegbi").parent, dataset.actorIndex(QStringLiteral("israel")));
        QCOMPARE(actor("haniyeh").parent, dataset.actorIndex(QStringLiteral("hamas")));
        QCOMPARE(actor("abu-marzouk").parent, dataset.actorIndex(QStringLiteral("hamas")));
        QCOMPARE(actor("al-aloul").parent, dataset.actorIndex(QStringLiteral("fatah")));
        QCOMPARE(actor("al-ahmad").parent, dataset.actorIndex(QStringLiteral("fatah")));
        QCOMPARE(actor("egypt").kind, ActorKind::State);
        QCOMPARE(actor("hamas").kind, ActorKind::Faction);
        for (const char *id : {"china", "wang-yi", "abbas", "deif", "dalalsha", "united-states",
                               "saudi-arabia", "iran", "reuters", "united-nations"})
            QVERIFY2(dataset.actorIndex(QString::fromLatin1(id)) >= 0, id);

        // Dates at the precision the article gives.
        const auto dateOf = [&](const char *id) {
            const int event = eventById(dataset, QString::fromLatin1(id));
            if (event < 0)
                qFatal("sample lacks event %s", id);
            return DateFormat::range(dataset.events.start(event), dataset.events.end(event),
                                     english);
        };
        QCOMPARE(dateOf("border-seizure"), QStringLiteral("May–June 2024"));
        QCOMPARE(dateOf("netanyahu-friday-statement"), QStringLiteral("12 July 2024"));
        QCOMPARE(dateOf("beijing-meeting-april"), QStringLiteral("April 2024"));
        QCOMPARE(dateOf("hamas-fatah-fighting-2007"), QStringLiteral("2007"));
        QCOMPARE(dateOf("saudi-iran-rapprochement"), QStringLiteral("2023"));
        QCOMPARE(dateOf("wang-yi-meeting-1"), QStringLiteral("21 July 2024"));
        QCOMPARE(dateOf("wang-yi-meeting-2"), QStringLiteral("23 July 2024"));
        QCOMPARE(dateOf("china-host-announced"), QStringLiteral("15 July 2024"));
        QVERIFY(dateOf("israel-egypt-private-talks").startsWith(QStringLiteral("c. 8–14 July")));

        // Positions: Netanyahu in public against withdrawal, his envoys in private open to it.
        const Position *friday = positionById(dataset, QStringLiteral("pos-netanyahu-friday"));
        QVERIFY(friday);
        QCOMPARE(friday->stance, Stance::Opposes);
        QCOMPARE(friday->visibility, Visibility::Public);
        QVERIFY(friday->quote.contains(QStringLiteral("remain on the Philadelphi Corridor")));
        QCOMPARE(dataset.issues[size_t(friday->issue)].id, QStringLiteral("philadelphi-withdrawal"));
        QVERIFY(friday->event >= 0);
        QCOMPARE(dataset.events.id(friday->event), QStringLiteral("netanyahu-friday-statement"));

        const Position *envoys = positionById(dataset, QStringLiteral("pos-envoys-conditional"));
        QVERIFY(envoys);
        QCOMPARE(envoys->stance, Stance::Conditional);
        QCOMPARE(envoys->visibility, Visibility::Private);
        QVERIFY(envoys->attribution.contains(QStringLiteral("two Israeli officials")));

        const Position *permanent = positionById(dataset, QStringLiteral("pos-hamas-permanent"));
        QVERIFY(permanent);
        QCOMPARE(permanent->stance, Stance::Supports);
        const Position *temporary = positionById(dataset, QStringLiteral("pos-israel-temporary"));
        QVERIFY(temporary);
        QCOMPARE(temporary->stance, Stance::Opposes);
        QCOMPARE(temporary->issue, permanent->issue);

        const Position *fakeNews = positionById(dataset, QStringLiteral("pos-netanyahu-fake-news"));
        QVERIFY(fakeNews);
        QVERIFY(fakeNews->quote.contains(QStringLiteral("absolute fake news")));

        // The article is the source of everything.
        QCOMPARE(dataset.sources.size(), size_t(1));
        QCOMPARE(dataset.sources.front().publisher, QStringLiteral("The New York Times"));
        QCOMPARE(DateFormat::date(dataset.sources.front().date, english),
                 QStringLiteral("15 July 2024"));
    }
};


QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
