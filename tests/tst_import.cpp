// SPDX-License-Identifier: MIT
// The import framework, whatever the format: recognising a file by its content, the options on
// the command line, rows left out or failing a load, DatasetWriter's round trip (what `convert`
// writes reads back as the same dataset) and `tideline convert` run as a real process. Each
// format's own quirks are tested in its own suite (tst_importjson, tst_importcsv, ...).
#include "commandline.h"
#include "datasetbuilder.h"
#include "datasetimport.h"
#include "datasetsession.h"
#include "datasetwriter.h"
#include "importcontext.h"
#include "importformat.h"
#include "tidelinerecord.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Finished
{
    bool exitedNormally = false;
    int exitCode = -1;
    QString out;
    QString err;
};

Finished run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIDELINE_BINARY), arguments);
    Finished finished;
    finished.exitedNormally =
        process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    finished.exitCode = process.exitCode();
    finished.out = QString::fromUtf8(process.readAllStandardOutput());
    finished.err = QString::fromUtf8(process.readAllStandardError());
    return finished;
}

QByteArray gdeltLine()
{
    QByteArrayList fields(61);
    fields[0] = "881990832";
    fields[1] = "20181024";
    fields[2] = "201810";
    fields[3] = "2018";
    return fields.join('\t') + '\n';
}

// Every field of two datasets, event by event and record by record.
void compareDatasets(const Dataset &a, const Dataset &b)
{
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.description, a.description);
    QCOMPARE(b.actors.size(), a.actors.size());
    for (size_t i = 0; i < a.actors.size(); ++i) {
        const Actor &x = a.actors[i];
        const Actor &y = b.actors[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.role, x.role);
        QCOMPARE(y.description, x.description);
        QCOMPARE(y.aliases, x.aliases);
        QCOMPARE(y.color, x.color);
        QCOMPARE(y.parent, x.parent);
        QCOMPARE(y.kind, x.kind);
    }
    QCOMPARE(b.issues.size(), a.issues.size());
    for (size_t i = 0; i < a.issues.size(); ++i) {
        QCOMPARE(b.issues[i].id, a.issues[i].id);
        QCOMPARE(b.issues[i].title, a.issues[i].title);
        QCOMPARE(b.issues[i].description, a.issues[i].description);
    }
    QCOMPARE(b.sources.size(), a.sources.size());
    for (size_t i = 0; i < a.sources.size(); ++i) {
        QCOMPARE(b.sources[i].id, a.sources[i].id);
        QCOMPARE(b.sources[i].title, a.sources[i].title);
        QCOMPARE(b.sources[i].publisher, a.sources[i].publisher);
        QCOMPARE(b.sources[i].url, a.sources[i].url);
        QVERIFY(b.sources[i].date == a.sources[i].date);
    }
    QCOMPARE(b.tags, a.tags);
    QCOMPARE(b.events.count(), a.events.count());
    for (int e = 0; e < a.events.count(); ++e) {
        QCOMPARE(b.events.id(e), a.events.id(e));
        QCOMPARE(b.events.title(e), a.events.title(e));
        QCOMPARE(b.events.description(e), a.events.description(e));
        QCOMPARE(b.events.location(e), a.events.location(e));
        QVERIFY2(b.events.start(e) == a.events.start(e), qPrintable(a.events.id(e)));
        QVERIFY2(b.events.end(e) == a.events.end(e), qPrintable(a.events.id(e)));
        const auto same = [](std::span<const quint32> x, std::span<const quint32> y) {
            return std::equal(x.begin(), x.end(), y.begin(), y.end());
        };
        QVERIFY(same(b.events.actors(e), a.events.actors(e)));
        QVERIFY(same(b.events.tags(e), a.events.tags(e)));
        QVERIFY(same(b.events.sources(e), a.events.sources(e)));
    }
    QCOMPARE(b.positions.size(), a.positions.size());
    for (size_t i = 0; i < a.positions.size(); ++i) {
        const Position &x = a.positions[i];
        const Position &y = b.positions[i];
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.statement, x.statement);
        QCOMPARE(y.quote, x.quote);
        QCOMPARE(y.attribution, x.attribution);
        QVERIFY(y.date == x.date);
        QCOMPARE(y.actor, x.actor);
        QCOMPARE(y.issue, x.issue);
        QCOMPARE(y.source, x.source);
        QCOMPARE(y.event, x.event);
        QCOMPARE(y.stance, x.stance);
        QCOMPARE(y.visibility, x.visibility);
    }
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void recognisesFormatsByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::addRow("tideline") << QByteArray(R"({"format": "tideline/1", "events": []})")
                                  << "a.json" << "tideline";
        QTest::addRow("tideline without its format") << QByteArray(R"({"actors": []})") << "a.json"
                                                     << "tideline";
        QTest::addRow("TimelineJS") << QByteArray(R"({"title": {}, "events": [{"start_date": {"year": "602"}}]})")
                                    << "eras.json" << "timelinejs";
        QTest::addRow("TimelineJS eras first") << QByteArray(R"({"eras": [], "events": []})")
                                               << "x.txt" << "timelinejs";
        QTest::addRow("vis array") << QByteArray(R"([{"id": 1, "content": "a", "start": "2015-02-25"}])")
                                   << "items.json" << "vis";
        QTest::addRow("vis data set") << QByteArray(R"({"data":[{"id":0,"content":"tweet","start":1424850541000}]})")
                                      << "bridge.json" << "vis";
        QTest::addRow("records array") << QByteArray(R"([{"name": "a", "born": 1900}])") << "r.json"
                                       << "records";
        QTest::addRow("records with an actors field")
            << QByteArray(R"([{"actors": "Hamas", "date": "2024-07-15"}])") << "r.json" << "records";
        QTest::addRow("records under a key") << QByteArray(R"({"data": [{"name": "a"}]})") << "r.json"
                                             << "records";
        QTest::addRow("GDELT by content, any suffix") << gdeltLine() << "20191024143000.export.CSV"
                                                      << "gdelt";
        QTest::addRow("ICEWS header")
            << QByteArray("Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
                          "CAMEO Code\tIntensity\tTarget Name\n")
            << "events.2014.tab" << "icews";
        QTest::addRow("ACLED, upper case") << QByteArray("ISO,EVENT_ID_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,"
                                                         "EVENT_TYPE,ACTOR1\n")
                                           << "acled.csv" << "acled";
        QTest::addRow("ACLED, lower case") << QByteArray("event_id_cnty,event_date,year,time_precision,"
                                                         "disorder_type,event_type,actor1\n")
                                           << "acled.csv" << "acled";
        QTest::addRow("CSV") << QByteArray("Title,Date\nTalks,2024-07-15\n") << "t.csv" << "csv";
        QTest::addRow("CSV with a UTF-8 BOM") << QByteArray("\xEF\xBB\xBFTitle;Date\n") << "t.csv" << "csv";
        QTest::addRow("UTF-16 CSV with a BOM")
            << QByteArray("\xFF\xFET\0i\0t\0l\0e\0,\0D\0a\0t\0e\0\n\0", 24) << "t.csv" << "csv";
        QTest::addRow("a PNG is the tideline reader's to describe")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "x.csv" << "tideline";
        QTest::addRow("empty") << QByteArray() << "x.csv" << "tideline";
    }
    void recognisesFormatsByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QCOMPARE(ImportFormats::name(ImportFormats::recognise(bytes.constData(), bytes.size(), fileName)),
                 format);
    }

    void formatNamesRoundTrip()
    {
        for (const QString &name : ImportFormats::names())
            QCOMPARE(ImportFormats::name(*ImportFormats::fromName(name)), name);
        QVERIFY(!ImportFormats::fromName(QStringLiteral("xlsx")));
    }

    void parsesImportOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // a part of it; empty: parsed
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("skip");
        QTest::addColumn<bool>("tags");
        QTest::addRow("convert") << QStringList{"convert", "--output", "o.json", "--format", "gdelt", "in.CSV"}
                                 << "" << "gdelt" << false << false;
        QTest::addRow("convert, every option")
            << QStringList{"convert", "--skip-bad-rows", "--group-as", "tag", "--profile", "p.json",
                           "--output", "o.json", "a.csv"}
            << "" << "" << true << true;
        QTest::addRow("validate") << QStringList{"validate", "--format", "acled", "a.csv"} << ""
                                  << "acled" << false << false;
        QTest::addRow("window") << QStringList{"--skip-bad-rows", "a.csv"} << "" << "" << true << false;
        QTest::addRow("export takes --input-format")
            << QStringList{"export", "--output", "x.png", "--input-format", "vis", "a.json"} << ""
            << "vis" << false << false;
        QTest::addRow("unknown format") << QStringList{"convert", "--output", "o.json", "--format", "xlsx", "a"}
                                        << "--format must be one of" << "" << false << false;
        QTest::addRow("bad group") << QStringList{"convert", "--output", "o", "--group-as", "lane", "a"}
                                   << "--group-as must be actor or tag" << "" << false << false;
        QTest::addRow("convert without output") << QStringList{"convert", "a.csv"}
                                                << "needs --output" << "" << false << false;
        QTest::addRow("convert without input") << QStringList{"convert", "--output", "o.json"}
                                               << "at least one INPUT" << "" << false << false;
    }
    void parsesImportOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QFETCH(QString, format);
        QFETCH(bool, skip);
        QFETCH(bool, tags);
        const CommandLine line = CommandLine::parse(QStringList{"tideline"} + arguments);
        if (!error.isEmpty()) {
            QCOMPARE(line.mode, CommandLine::Mode::Error);
            QVERIFY2(line.error.contains(error), qPrintable(line.error));
            return;
        }
        QVERIFY2(line.mode != CommandLine::Mode::Error, qPrintable(line.error));
        QCOMPARE(line.import.format ? ImportFormats::name(*line.import.format) : QString(), format);
        QCOMPARE(line.import.skipBadRows, skip);
        QCOMPARE(line.import.groupAs == ImportOptions::GroupAs::Tag, tags);
    }

    // A bad row fails the load, with a message that can be skipped; with skipBadRows it is left
    // out and counted, and the rest of the file is read.
    void badRowsFailOrAreSkipped_data()
    {
        QTest::addColumn<bool>("skip");
        QTest::addRow("fail") << false;
        QTest::addRow("skip") << true;
    }
    void badRowsFailOrAreSkipped()
    {
        QFETCH(bool, skip);
        const QByteArray bytes("a\nb\nc\n");
        DatasetBuilder builder;
        ImportOptions options;
        options.skipBadRows = skip;
        ImportContext context(bytes.constData(), bytes.size(), QStringLiteral("t.csv"), 0, builder,
                              nullptr, options);
        TidelineRecord record;
        for (int row = 0; row < 3; ++row) {
            context.beginRow(row * 2);
            if (row == 1) {
                context.rowError(row * 2, QStringLiteral("column \"Date\""), QStringLiteral("not a date"));
                context.rowError(row * 2, QStringLiteral("column \"Title\""), QStringLiteral("empty"));
            }
            if (!context.endRow())
                continue;
            record.begin(row * 2);
            const char id[] = {'e', char('0' + row), '\0'};
            record.text("id", id, row * 2);
            record.text("title", "T", row * 2);
            record.date("start", PartialDate::fromYear(2000 + row), row * 2);
            context.add(DatasetCollection::Events, record.finish());
        }
        context.finish();
        QCOMPARE(context.skippedRows(), skip ? 1 : 0);
        const std::unique_ptr<Dataset> dataset = builder.finish();
        QCOMPARE(dataset != nullptr, skip);
        if (skip) {
            QCOMPARE(dataset->title, QStringLiteral("t")); // named after its file: t.csv
            QCOMPARE(dataset->events.count(), 2);
            QCOMPARE(dataset->events.id(1), QStringLiteral("e2"));
        }
        QStringList texts;
        bool skippable = false;
        for (const DatasetBuilder::Message &message : builder.messages()) {
            texts << message.text;
            skippable = skippable || message.skippableRow;
            QCOMPARE(message.error, !skip);
        }
        if (skip)
            QCOMPARE(texts, (QStringList{"not a date (row skipped)", "skipped 1 row(s) that could not be read"}));
        else
            QCOMPARE(texts, (QStringList{"not a date", "empty"}));
        QCOMPARE(skippable, !skip);
    }

    // Two GDELT files both name India: importers make such actors up alike in every file, so
    // the second definition is left out, whether the files were read one after another (one
    // builder) or at once (a builder each, absorbed in file order). One the user wrote stays,
    // with a warning.
    void sharedRecordsMergeAcrossFiles_data()
    {
        QTest::addColumn<bool>("parallel");
        QTest::addColumn<bool>("firstIsUsers");
        QTest::addRow("one after another") << false << false;
        QTest::addRow("at once") << true << false;
        QTest::addRow("the user's first, one after another") << false << true;
        QTest::addRow("the user's first, at once") << true << true;
    }
    void sharedRecordsMergeAcrossFiles()
    {
        QFETCH(bool, parallel);
        QFETCH(bool, firstIsUsers);
        TidelineRecord record;
        const auto actor = [&](const char *name) -> const JsonRecord & {
            record.begin(0);
            record.text("id", "country:IND", 1);
            record.text("name", name, 2);
            record.text("kind", "state", 3);
            return record.finish();
        };
        const auto event = [&](const char *id) -> const JsonRecord & {
            record.begin(0);
            record.text("id", id, 1);
            record.text("title", "Talks", 2);
            record.date("start", PartialDate::fromYearMonthDay(2019, 10, 24), 3);
            record.beginList("actors", 4);
            record.item("country:IND", 4);
            record.endList();
            return record.finish();
        };
        DatasetBuilder first;
        DatasetBuilder second;
        DatasetBuilder &secondFile = parallel ? second : first;
        if (firstIsUsers)
            first.addRecord(0, DatasetCollection::Actors, 0, actor("India (mine)"));
        else
            first.addSharedRecord(0, DatasetCollection::Actors, 0, actor("India"));
        first.addSharedRecord(0, DatasetCollection::Actors, 1, actor("India"));
        first.addRecord(0, DatasetCollection::Events, 0, event("a"));
        secondFile.addSharedRecord(1, DatasetCollection::Actors, 0, actor("India"));
        secondFile.addRecord(1, DatasetCollection::Events, 0, event("b"));
        if (parallel)
            first.absorb(std::move(second));
        const std::unique_ptr<Dataset> dataset = first.finish();
        QVERIFY(dataset);
        QCOMPARE(dataset->actors.size(), size_t(1));
        QCOMPARE(dataset->actors[0].name, firstIsUsers ? QStringLiteral("India (mine)") : QStringLiteral("India"));
        QCOMPARE(dataset->events.count(), 2);
        QCOMPARE(dataset->events.eventsOfActor(0).size(), size_t(2));
        QCOMPARE(first.messages().size(), size_t(0));
    }

    void aSharedRecordNeverReplacesTheUsers()
    {
        TidelineRecord record;
        record.begin(0);
        record.text("id", "fatah", 1);
        record.text("name", "Fatah (imported)", 2);
        record.text("kind", "faction", 3);
        DatasetBuilder builder;
        builder.addSharedRecord(0, DatasetCollection::Actors, 0, record.finish());
        record.begin(10);
        record.text("id", "fatah", 11);
        record.text("name", "Fatah", 12);
        record.text("kind", "faction", 13);
        builder.addRecord(1, DatasetCollection::Actors, 0, record.finish());
        const std::unique_ptr<Dataset> dataset = builder.finish();
        QVERIFY(dataset);
        QCOMPARE(dataset->actors.size(), size_t(1));
        QCOMPARE(builder.messages().size(), size_t(1));
        const DatasetBuilder::Message &message = builder.messages().front();
        QVERIFY(!message.error);
        QCOMPARE(message.location.file, 1);
        QVERIFY2(message.text.contains(QStringLiteral("also made up by an import")), qPrintable(message.text));
        QCOMPARE(message.related.file, 0);
    }

    // What convert writes reads back as the same dataset, field by field.
    void writerRoundTripsTheSample()
    {
        const LoadResult sample = DatasetImport::load({DatasetSession::samplePath()});
        QVERIFY(sample.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        QCOMPARE(DatasetWriter::write(*sample.dataset, path), QString());
        const LoadResult copy = DatasetImport::load({path});
        QVERIFY(copy.ok());
        QCOMPARE(copy.warningCount(), 0);
        compareDatasets(*sample.dataset, *copy.dataset);
        QCOMPARE(DatasetWriter::toJson(*copy.dataset), DatasetWriter::toJson(*sample.dataset));
    }

    void convertExitCodes()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("out.json"));
        Finished done = run({"convert", "--output", output, QStringLiteral(TIDELINE_SAMPLE)});
        QVERIFY(done.exitedNormally);
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.startsWith(QStringLiteral("wrote %1 (23 events, ").arg(output)), qPrintable(done.out));
        done = run({"validate", output});
        QCOMPARE(done.exitCode, 0);

        // An existing output needs --force; the input is never the output.
        done = run({"convert", "--output", output, QStringLiteral(TIDELINE_SAMPLE)});
        QCOMPARE(done.exitCode, 1);
        QVERIFY(done.err.contains(QStringLiteral("use --force")));
        done = run({"convert", "--force", "--output", output, output});
        QCOMPARE(done.exitCode, 1);
        QVERIFY2(done.err.contains(QStringLiteral("also an input")), qPrintable(done.err));

        // An input with errors writes nothing.
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "tideline/1", "events": [{"id": "a"}]})");
        file.close();
        const QString second = dir.filePath(QStringLiteral("second.json"));
        done = run({"convert", "--output", second, broken});
        QCOMPARE(done.exitCode, 1);
        QVERIFY2(done.err.contains(QStringLiteral("broken.json:1:")), qPrintable(done.err));
        QVERIFY(!QFile::exists(second));

        // A bad argument.
        done = run({"convert", "--output", second, "--format", "xlsx", broken});
        QCOMPARE(done.exitCode, 2);
        done = run({"convert", "--output", second, "--profile", dir.filePath("none.json"), broken});
        QCOMPARE(done.exitCode, 1);
        QVERIFY2(done.err.contains(QStringLiteral("cannot read the profile")), qPrintable(done.err));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
