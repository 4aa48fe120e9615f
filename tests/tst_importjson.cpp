// SPDX-License-Identifier: MIT
// The TimelineJS3 and vis.js Timeline importers: what each field of those files becomes, how
// dates are read (TimelineJS's BCE years, vis.js's epoch milliseconds and strings), HTML as plain
// text, messages that name the file's own place and JSON path, skipped rows, recognition by
// content, and a round trip through `tideline convert` and `validate`.
#include "datasetimport.h"
#include "datasetwriter.h"
#include "htmltext.h"
#include "importformat.h"
#include "visimporter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(TIDELINE_TEST_DATA "/import/") + name;
}

QStringList messageTexts(const LoadResult &result, bool errors)
{
    QStringList texts;
    for (const LoadMessage &message : result.messages) {
        if (message.isError() == errors)
            texts << message.toString();
    }
    return texts;
}

int eventIndex(const Dataset &dataset, const QString &id)
{
    for (int e = 0; e < dataset.events.count(); ++e) {
        if (dataset.events.id(e) == id)
            return e;
    }
    return -1;
}

QStringList actorNames(const Dataset &dataset, int e)
{
    QStringList names;
    for (quint32 a : dataset.events.actors(e))
        names << dataset.actors[a].name;
    return names;
}

QStringList tagNames(const Dataset &dataset, int e)
{
    QStringList names;
    for (quint32 t : dataset.events.tags(e))
        names << dataset.tags[t];
    return names;
}

QStringList sourceUrls(const Dataset &dataset, int e)
{
    QStringList urls;
    for (quint32 s : dataset.events.sources(e))
        urls << dataset.sources[s].url;
    return urls;
}

// The periods of a dataset, as "title start end", where the model has periods.
template<typename D>
std::optional<QStringList> periodsOf(const D &dataset)
{
    if constexpr (requires { dataset.periods; }) {
        QStringList periods;
        for (const auto &period : dataset.periods)
            periods << period.title + u' ' + period.start.toIsoString() + u' ' + period.end.toIsoString();
        return periods;
    } else {
        return std::nullopt;
    }
}

} // namespace

class TestImportJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Writes `json` to a file of its own and imports it.
    LoadResult import(const QByteArray &json, const ImportOptions &options, QString *path = nullptr)
    {
        const QString name = m_dir.filePath(QStringLiteral("in%1.json").arg(++m_files));
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(name));
        file.close();
        if (path)
            *path = name;
        return DatasetImport::load({name}, options);
    }

    static ImportOptions as(ImportFormat format, bool skipBadRows = false,
                            ImportOptions::GroupAs groupAs = ImportOptions::GroupAs::Actor)
    {
        ImportOptions options;
        options.format = format;
        options.skipBadRows = skipBadRows;
        options.groupAs = groupAs;
        return options;
    }

    // One TimelineJS slide with this start_date, read; the start as ISO text or the error.
    QString timelineJsStart(const QByteArray &startDate, QStringList *warnings = nullptr)
    {
        const LoadResult result = import(
            "{\"events\": [{\"start_date\": " + startDate + ", \"text\": {\"headline\": \"x\"}}]}",
            as(ImportFormat::TimelineJs));
        if (warnings)
            *warnings = messageTexts(result, false);
        if (!result.ok())
            return messageTexts(result, true).join(u'\n');
        return result.dataset->events.start(0).toIsoString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- HTML as plain text ---------------------------------------------------------------

    void htmlBecomesPlainText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("Just  words ") << QStringLiteral("Just words");
        QTest::newRow("tags dropped") << QByteArray("A <em>short</em> <b class=\"x\">text</b>")
                                      << QStringLiteral("A short text");
        QTest::newRow("named entities") << QByteArray("Tom &amp; Jerry &lt;3 &eacute;t&eacute; &hellip;")
                                        << QStringLiteral("Tom & Jerry <3 été …");
        QTest::newRow("numeric entities") << QByteArray("&#8212;&#x263A;&#X41;&#65")
                                          << QStringLiteral("—☺AA");
        QTest::newRow("unknown entity kept") << QByteArray("&bogus; &") << QStringLiteral("&bogus; &");
        QTest::newRow("br") << QByteArray("one<br>two<BR/>three") << QStringLiteral("one\ntwo\nthree");
        QTest::newRow("paragraphs") << QByteArray("<p>First.</p>\n  <p>Second.</p>")
                                    << QStringLiteral("First.\n\nSecond.");
        QTest::newRow("list") << QByteArray("<ul><li>a</li><li>b</li></ul>") << QStringLiteral("a\nb");
        QTest::newRow("script and comments") << QByteArray("a<script>alert('x<p>')</script><!-- c -->b")
                                             << QStringLiteral("ab");
        QTest::newRow("lone less-than") << QByteArray("a < b") << QStringLiteral("a < b");
        QTest::newRow("nbsp") << QByteArray("Harold&nbsp;II") << QStringLiteral("Harold II");
        QTest::newRow("C1 as Windows-1252") << QByteArray("&#150;") << QStringLiteral("–");
        QTest::newRow("invalid code point") << QByteArray("&#0;&#xD800;") << QStringLiteral("\uFFFD\uFFFD");
    }
    void htmlBecomesPlainText()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(HtmlText::toPlain(std::string_view(html.constData(), size_t(html.size()))).text), text);
    }

    void htmlLinksAreReturned()
    {
        const QByteArray html = "See <a href=\"https://a.example/x?y=1&amp;z=2\">the <b>report</b></a>, "
                                "<a href='#top'>top</a>, <a href=javascript:void(0)>js</a> and "
                                "https://bare.example/page.";
        const HtmlText::Result plain = HtmlText::toPlain(std::string_view(html.constData(), size_t(html.size())));
        QCOMPARE(QString::fromStdString(plain.text), QStringLiteral("See the report, top, js and https://bare.example/page."));
        QCOMPARE(plain.links.size(), 1);
        QCOMPARE(plain.links[0].url, QStringLiteral("https://a.example/x?y=1&z=2"));
        QCOMPARE(plain.links[0].text, QStringLiteral("the report"));
        const HtmlText::Result autolinked =
            HtmlText::toPlain(std::string_view(html.constData(), size_t(html.size())), true);
        QCOMPARE(autolinked.links.size(), 2);
        QCOMPARE(autolinked.links[1].url, QStringLiteral("https://bare.example/page"));
    }

    // --- TimelineJS ---------------------------------------------------------------------------

    void timelineJsSlides_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("description");
        QTest::newRow("unique_id, strings, group, entities")
            << "hastings" << "Battle of Hastings" << "1066-10-14" << "" << QStringList{"England"}
            << QStringList{} << QStringLiteral("Harold II dies.\nLine two — ☺");
        QTest::newRow("BCE year as a number, display_date kept")
            << "tljs:quirks:2" << "Three hundred BCE" << "-0299" << "" << QStringList{"Antiquity"}
            << QStringList{} << QStringLiteral("Date shown in TimelineJS: c. 300 BCE");
        QTest::newRow("the Big Bang, background ignored")
            << "tljs:quirks:3" << "Big Bang" << "-13799999999" << "" << QStringList{} << QStringList{} << "";
        QTest::newRow("months, a range, links and media as sources")
            << "tljs:quirks:4" << "Summer" << "2024-07" << "2024-09" << QStringList{"England"}
            << QStringList{"https://example.org/video", "https://example.org/summer",
                           "https://example.org/intro"}
            << "See this and intro";
        QTest::newRow("hour and minute as strings")
            << "tljs:quirks:5" << "Half past ten" << "2024-07-13T10:30" << "" << QStringList{} << QStringList{} << "";
        QTest::newRow("hour alone: 5:00 PM, as TimelineJS shows it")
            << "tljs:quirks:6" << "Five o'clock" << "2024-07-13T17:00" << "" << QStringList{} << QStringList{} << "";
        QTest::newRow("milliseconds dropped to the second")
            << "tljs:quirks:7" << "With milliseconds" << "2024-07-13T17:05:09" << "" << QStringList{}
            << QStringList{} << "";
        QTest::newRow("no headline: the text's first line; dates' display_date")
            << "tljs:quirks:8" << "No headline: the first line is the title." << "0001" << "0002"
            << QStringList{} << QStringList{}
            << QStringLiteral("No headline: the first line is the title.\n\nMore.\n\n"
                              "Date shown in TimelineJS: AD 1 – AD 2");
    }
    void timelineJsSlides()
    {
        QFETCH(QString, id);
        QFETCH(QString, title);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QStringList, actors);
        QFETCH(QStringList, sources);
        QFETCH(QString, description);
        const LoadResult result = DatasetImport::load({dataFile("timelinejs/quirks.json")},
                                                      as(ImportFormat::TimelineJs));
        QVERIFY2(result.ok(), qPrintable(messageTexts(result, true).join(u'\n')));
        const Dataset &dataset = *result.dataset;
        QCOMPARE(dataset.events.count(), 8);
        const int e = eventIndex(dataset, id);
        QVERIFY(e >= 0);
        QCOMPARE(dataset.events.title(e), title);
        QCOMPARE(dataset.events.start(e).toIsoString(), start);
        QCOMPARE(dataset.events.end(e).toIsoString(), end);
        QCOMPARE(actorNames(dataset, e), actors);
        QCOMPARE(sourceUrls(dataset, e), sources);
        QCOMPARE(dataset.events.description(e), description);
    }

    void timelineJsTitleSlideNamesTheDataset()
    {
        const LoadResult result = DatasetImport::load({dataFile("timelinejs/quirks.json")},
                                                      as(ImportFormat::TimelineJs));
        QVERIFY(result.ok());
        const Dataset &dataset = *result.dataset;
        QCOMPARE(dataset.title, QStringLiteral("A short history & more"));
        QCOMPARE(dataset.description, QStringLiteral("First paragraph.\n\nSecond, with a link."));
        // One source per URL: the title's media and link, a slide's media and link (its
        // other link is the title's, and one source). Media: caption as title, credit as
        // publisher.
        QCOMPARE(dataset.sources.size(), size_t(4));
        const auto video = std::find_if(dataset.sources.begin(), dataset.sources.end(),
                                        [](const Source &s) { return s.url.endsWith("/video"); });
        QVERIFY(video != dataset.sources.end());
        QCOMPARE(video->title, QStringLiteral("A video"));
        QCOMPARE(video->publisher, QStringLiteral("Agency"));
        // Groups are actors, each once.
        QCOMPARE(dataset.actors.size(), size_t(2));
        // Milliseconds said once; background not at all.
        const QStringList warnings = messageTexts(result, false);
        QCOMPARE(warnings.filter("milliseconds").size(), 1);
        QVERIFY2(warnings.filter("background").isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void timelineJsErasBecomePeriods()
    {
        const LoadResult result = DatasetImport::load({dataFile("timelinejs/quirks.json")},
                                                      as(ImportFormat::TimelineJs));
        QVERIFY(result.ok());
        const std::optional<QStringList> periods = periodsOf(*result.dataset);
        if (!periods)
            QSKIP("the model has no periods yet");
        QCOMPARE(*periods, (QStringList{"Before the common era -0499 0000",
                                        "Twentieth century 1900 1999"}));
    }

    void timelineJsGroupAsTag()
    {
        const LoadResult result = DatasetImport::load(
            {dataFile("timelinejs/quirks.json")},
            as(ImportFormat::TimelineJs, false, ImportOptions::GroupAs::Tag));
        QVERIFY(result.ok());
        const Dataset &dataset = *result.dataset;
        QVERIFY(dataset.actors.empty());
        QCOMPARE(tagNames(dataset, eventIndex(dataset, "hastings")), QStringList{"England"});
        QCOMPARE(tagNames(dataset, eventIndex(dataset, "tljs:quirks:2")), QStringList{"Antiquity"});
    }

    // TimelineJS shows a negative year y as "|y| BCE" (Language.formatJSDate): that is |y| BC,
    // astronomical y + 1.
    void timelineJsYears_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("iso");
        QTest::newRow("300 BCE, number") << QByteArray("{\"year\": -300}") << "-0299";
        QTest::newRow("300 BCE, string") << QByteArray("{\"year\": \"-300\"}") << "-0299";
        QTest::newRow("1 BCE") << QByteArray("{\"year\": -1}") << "0000";
        QTest::newRow("44 BCE, the Ides of March")
            << QByteArray("{\"year\": -44, \"month\": 3, \"day\": 15}") << "-0043-03-15";
        QTest::newRow("AD 1") << QByteArray("{\"year\": 1}") << "0001";
        QTest::newRow("two-digit year is that year") << QByteArray("{\"year\": 79}") << "0079";
        QTest::newRow("65 million years ago") << QByteArray("{\"year\": -65000000}") << "-64999999";
        QTest::newRow("the Big Bang") << QByteArray("{\"year\": \"-13800000000\"}") << "-13799999999";
        QTest::newRow("spaces around") << QByteArray("{\"year\": \" 1999 \"}") << "1999";
        QTest::newRow("empty parts are absent")
            << QByteArray("{\"year\": \"1999\", \"month\": \"\", \"day\": \"\"}") << "1999";
        QTest::newRow("null parts are absent") << QByteArray("{\"year\": 1999, \"month\": null}") << "1999";
    }
    void timelineJsYears()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, iso);
        QCOMPARE(timelineJsStart(date), iso);
    }

    void timelineJsYearZeroIsOneBcWithAWarning()
    {
        QStringList warnings;
        QCOMPARE(timelineJsStart("{\"year\": 0}", &warnings), QStringLiteral("0000"));
        QCOMPARE(warnings.filter("year 0").size(), 1);
    }

    void timelineJsPrecisionIsTheFinestPartGiven_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("iso");
        QTest::newRow("year") << QByteArray("{\"year\": 2024}") << "2024";
        QTest::newRow("month") << QByteArray("{\"year\": 2024, \"month\": \"02\"}") << "2024-02";
        QTest::newRow("day") << QByteArray("{\"year\": 2024, \"month\": 2, \"day\": 29}") << "2024-02-29";
        QTest::newRow("hour") << QByteArray("{\"year\": 2024, \"month\": 2, \"day\": 29, \"hour\": 0}")
                              << "2024-02-29T00:00";
        QTest::newRow("minute")
            << QByteArray("{\"year\": 2024, \"month\": 2, \"day\": 29, \"hour\": 9, \"minute\": 5}")
            << "2024-02-29T09:05";
        QTest::newRow("second")
            << QByteArray("{\"year\": 2024, \"month\": 2, \"day\": 29, \"hour\": 9, \"minute\": 5, \"second\": 7}")
            << "2024-02-29T09:05:07";
        QTest::newRow("format and display_date are not parts")
            << QByteArray("{\"year\": 2024, \"format\": \"yyyy\", \"display_date\": \"then\"}") << "2024";
    }
    void timelineJsPrecisionIsTheFinestPartGiven()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, iso);
        QCOMPARE(timelineJsStart(date), iso);
    }

    void timelineJsBadDates_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("month as a word") << QByteArray("{\"year\": 2004, \"month\": \"Sept\"}")
                                         << "events[0].start_date.month" << "expected a whole number";
        QTest::newRow("month 13") << QByteArray("{\"year\": 2004, \"month\": 13}")
                                  << "events[0].start_date.month" << "does not exist";
        QTest::newRow("30 February") << QByteArray("{\"year\": 2004, \"month\": 2, \"day\": 30}")
                                     << "events[0].start_date.day" << "does not exist";
        QTest::newRow("29 February 2023") << QByteArray("{\"year\": 2023, \"month\": 2, \"day\": 29}")
                                          << "events[0].start_date.day" << "does not exist";
        QTest::newRow("no year") << QByteArray("{\"month\": 3}") << "events[0].start_date.year"
                                 << "no year";
        QTest::newRow("day without month") << QByteArray("{\"year\": 2004, \"day\": 3}")
                                           << "events[0].start_date.day" << "month is not";
        QTest::newRow("hour without day") << QByteArray("{\"year\": 2004, \"month\": 1, \"hour\": 3}")
                                          << "events[0].start_date.hour" << "day is not";
        QTest::newRow("fraction") << QByteArray("{\"year\": 2004.5}") << "events[0].start_date.year"
                                  << "whole number";
        QTest::newRow("beyond 99999") << QByteArray("{\"year\": 100000}") << "events[0].start_date.year"
                                      << "outside";
        QTest::newRow("before -20 billion") << QByteArray("{\"year\": -20000000002}")
                                            << "events[0].start_date.year" << "outside";
        QTest::newRow("huge") << QByteArray("{\"year\": 99999999999999999999999}")
                              << "events[0].start_date.year" << "too large";
        QTest::newRow("not an object") << QByteArray("\"2004\"") << "events[0].start_date"
                                       << "expected a date object";
        QTest::newRow("minute 60") << QByteArray("{\"year\": 2004, \"month\": 1, \"day\": 1, \"hour\": 1, \"minute\": 60}")
                                   << "events[0].start_date.minute" << "does not exist";
    }
    void timelineJsBadDates()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const QString errors = timelineJsStart(date);
        QVERIFY2(errors.contains(QStringLiteral(": error: ") + path + QStringLiteral(": ")), qPrintable(errors));
        QVERIFY2(errors.contains(words), qPrintable(errors));
    }

    void timelineJsBadSlideNamesFileLineColumnAndPath()
    {
        const QString file = dataFile("timelinejs/bad_month.json");
        const LoadResult result = DatasetImport::load({file}, as(ImportFormat::TimelineJs));
        QVERIFY(!result.ok());
        const QStringList errors = messageTexts(result, true);
        QCOMPARE(errors.size(), 2);
        // "month": "Sept" is on line 6, its value at column 44.
        QCOMPARE(errors[0], file + QStringLiteral(":6:44: error: events[3].start_date.month: "
                                                  "expected a whole number, found \"Sept\""));
        QVERIFY2(errors[1].startsWith(file + QStringLiteral(":7:5: error: events[4].start_date: ")),
                 qPrintable(errors[1]));
    }

    void timelineJsSkipBadRows()
    {
        const LoadResult result = DatasetImport::load({dataFile("timelinejs/bad_month.json")},
                                                      as(ImportFormat::TimelineJs, true));
        QVERIFY2(result.ok(), qPrintable(messageTexts(result, true).join(u'\n')));
        QCOMPARE(result.dataset->events.count(), 4);
        const QStringList warnings = messageTexts(result, false);
        QCOMPARE(warnings.filter("row skipped").size(), 2);
        QCOMPARE(warnings.filter("skipped 2 row").size(), 1);
    }

    void timelineJsUnknownMembersAreWarnedOnce()
    {
        const LoadResult result = DatasetImport::load({dataFile("timelinejs/unknown_members.json")},
                                                      as(ImportFormat::TimelineJs));
        QVERIFY2(result.ok(), qPrintable(messageTexts(result, true).join(u'\n')));
        const QStringList warnings = messageTexts(result, false);
        QCOMPARE(warnings.size(), 4);
        QCOMPARE(warnings.filter("events[0].colour:").size(), 1);
        QCOMPARE(warnings.filter("events[0].start_date.circa:").size(), 1);
        QCOMPARE(warnings.filter("events[0].text.subtitle:").size(), 1);
        QCOMPARE(warnings.filter(": options:").size(), 1);
    }

    void timelineJsNothingIsFetched()
    {
        // A media URL that names this machine: were it fetched, nothing here would know, so
        // the check is that the source keeps the URL exactly and the load needs no network.
        const LoadResult result = import(
            "{\"events\": [{\"start_date\": {\"year\": 2000}, \"text\": {\"headline\": \"x\"},"
            " \"media\": {\"url\": \"<blockquote><a href=\\\"http://127.0.0.1:9/t\\\">t</a></blockquote>\"}}]}",
            as(ImportFormat::TimelineJs));
        QVERIFY(result.ok());
        QCOMPARE(result.dataset->sources.size(), size_t(1));
        QCOMPARE(result.dataset->sources[0].url, QStringLiteral("http://127.0.0.1:9/t"));
    }

    void timelineJsFilesReadTogetherShareGroupsAndSources()
    {
        QString first, second;
        import("{\"events\": [{\"start_date\": {\"year\": 2000}, \"group\": \"G\", \"text\": "
               "{\"headline\": \"a\", \"text\": \"<a href='https://one.example'>1</a> "
               "<a href='https://both.example'>b</a>\"}}]}",
               {}, &first);
        import("{\"events\": [{\"start_date\": {\"year\": 2001}, \"group\": \"G\", \"text\": "
               "{\"headline\": \"b\", \"text\": \"<a href='https://two.example'>2</a> "
               "<a href='https://both.example'>b</a>\"}}]}",
               {}, &second);
        const LoadResult result = DatasetImport::load({first, second}, as(ImportFormat::TimelineJs));
        QVERIFY2(result.ok(), qPrintable(messageTexts(result, true).join(u'\n')));
        const Dataset &dataset = *result.dataset;
        QCOMPARE(dataset.actors.size(), size_t(1));
        QCOMPARE(dataset.sources.size(), size_t(3));
        QCOMPARE(sourceUrls(dataset, 0), (QStringList{"https://one.example", "https://both.example"}));
        QCOMPARE(sourceUrls(dataset, 1), (QStringList{"https://two.example", "https://both.example"}));
    }

    void timelineJsNotAnObject()
    {
        const LoadResult result = import("[{\"id\": 1}]", as(ImportFormat::TimelineJs));
        QVERIFY(!result.ok());
        QVERIFY(messageTexts(result, true).join(u'\n').contains("vis.js"));
    }

    // --- vis.js -----------------------------------------------------------------------------

    void visItems_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("description");
        QTest::newRow("epoch milliseconds: minute precision at :00")
            << "1" << "Epoch ms" << "2015-02-25T00:00Z" << "" << QStringList{"Labour & Co"}
            << QStringList{} << "";
        QTest::newRow("numeric string, seconds, numeric group id")
            << "b" << "Numeric string" << "2015-02-25T00:01:01Z" << "" << QStringList{"Tories"}
            << QStringList{} << "";
        QTest::newRow("ISO days, className as tags")
            << "c" << "ISO day" << "2015-02-25" << "2015-02-27" << QStringList{} << QStringList{"important", "red"} << "";
        QTest::newRow("ISO with zone, title as description")
            << "d" << "ISO with zone" << "2015-02-25T10:00:00+01:00" << "" << QStringList{}
            << QStringList{} << "Tooltip text";
        QTest::newRow("ISO without zone, subgroup ignored")
            << "e" << "ISO no zone" << "2015-02-25T10:00" << "" << QStringList{} << QStringList{} << "";
        QTest::newRow("month name") << "f" << "Words" << "2015-02-25" << "" << QStringList{} << QStringList{} << "";
        QTest::newRow("slashes, a group not in groups")
            << "g" << "Slashes" << "2015-02-25" << "" << QStringList{"unlisted"} << QStringList{} << "";
        QTest::newRow("empty content: the tooltip names it")
            << "i" << "Only a tooltip" << "2015-05" << "" << QStringList{} << QStringList{} << "Only a tooltip";
        QTest::newRow("milliseconds dropped")
            << "j" << "Milliseconds" << "2015-02-25T00:00:00Z" << "" << QStringList{} << QStringList{} << "";
    }
    void visItems()
    {
        QFETCH(QString, id);
        QFETCH(QString, title);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QStringList, actors);
        QFETCH(QStringList, tags);
        QFETCH(QString, description);
        const LoadResult result = DatasetImport::load({dataFile("vis/items_groups.json")},
                                                      as(ImportFormat::Vis));
        QVERIFY2(result.ok(), qPrintable(messageTexts(result, true).join(u'\n')));
        const Dataset &dataset = *result.dataset;
        const int e = eventIndex(dataset, id);
        QVERIFY(e >= 0);
        QCOMPARE(dataset.events.title(e), title);
        QCOMPARE(dataset.events.start(e).toIsoString(), start);
        QCOMPARE(dataset.events.end(e).toIsoString(), end);
        QCOMPARE(actorNames(dataset, e), actors);
        QCOMPARE(tagNames(dataset, e), tags);
        QCOMPARE(dataset.events.description(e), description);
    }

    void visGroupsAreNestedActors()
    {
        const LoadResult result = DatasetImport::load({dataFile("vis/items_groups.json")},
                                                      as(ImportFormat::Vis));
        QVERIFY(result.ok());
        const Dataset &dataset = *result.dataset;
        // Three groups and the one only an item names; the background item is no event.
        QCOMPARE(dataset.actors.size(), size_t(4));
        QCOMPARE(dataset.events.count(), 9);
        QVERIFY(eventIndex(dataset, "h") < 0);
        const int parties = dataset.actorIndex("group:g-parent");
        QVERIFY(parties >= 0);
        QCOMPARE(dataset.actors[parties].name, QStringLiteral("Parties"));
        QCOMPARE(dataset.actors[parties].description, QStringLiteral("All the parties"));
        QCOMPARE(dataset.actors[dataset.actorIndex("group:g1")].parent, parties);
        QCOMPARE(dataset.actors[dataset.actorIndex("group:2")].parent, parties);
        QCOMPARE(dataset.actors[dataset.actorIndex("group:unlisted")].name, QStringLiteral("unlisted"));
        // The link in a content is a source.
        QCOMPARE(sourceUrls(dataset, eventIndex(dataset, "b")), QStringList{"https://example.org/b"});
        const QStringList warnings = messageTexts(result, false);
        QCOMPARE(warnings.filter("milliseconds").size(), 1);
        const std::optional<QStringList> periods = periodsOf(dataset);
        if (periods) {
            QCOMPARE(*periods, QStringList{"Election campaign 2015-03-30 2015-05-07"});
            QCOMPARE(warnings.filter("behind every lane").size(), 1);
        }
    }

    void visArrayOfItems()
    {
        const QString file = dataFile("vis/array.json");
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray content = bytes.readAll();
        QCOMPARE(ImportFormats::recognise(content.constData(), content.size(), file), ImportFormat::Vis);
        const LoadResult result = DatasetImport::load({file});
        QVERIFY2(result.ok(), qPrintable(messageTexts(result, true).join(u'\n')));
        QCOMPARE(result.dataset->events.count(), 3);
        QCOMPARE(result.dataset->events.id(0), QStringLiteral("2")); // sorted by start
        QCOMPARE(result.dataset->events.end(0).toIsoString(), QStringLiteral("2014-04-18"));
        QVERIFY(messageTexts(result, false).isEmpty());
    }

    void visGroupsAsTagsEvenAfterTheItems()
    {
        const LoadResult result = DatasetImport::load(
            {dataFile("vis/data_groups_after.json")},
            as(ImportFormat::Vis, false, ImportOptions::GroupAs::Tag));
        QVERIFY2(result.ok(), qPrintable(messageTexts(result, true).join(u'\n')));
        const Dataset &dataset = *result.dataset;
        QVERIFY(dataset.actors.empty());
        QCOMPARE(tagNames(dataset, eventIndex(dataset, "1")), QStringList{"Ten"});
        QCOMPARE(tagNames(dataset, eventIndex(dataset, "2")), QStringList{"Eleven"});
        QVERIFY(messageTexts(result, false).isEmpty());
    }

    void visDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("date only") << "2015-02-25" << "2015-02-25";
        QTest::newRow("month only") << "2015-02" << "2015-02";
        QTest::newRow("year string") << "2015" << "2015";
        QTest::newRow("zone Z") << "2015-02-25T10:00:00Z" << "2015-02-25T10:00:00Z";
        QTest::newRow("zone offset") << "2015-02-25T10:00:00-05:00" << "2015-02-25T10:00:00-05:00";
        QTest::newRow("fraction") << "2015-02-25T10:00:00.000Z" << "2015-02-25T10:00:00Z";
        QTest::newRow("space for T") << "2015-02-25 10:00" << "2015-02-25T10:00";
        QTest::newRow("epoch string") << "1424822400000" << "2015-02-25T00:00Z";
        QTest::newRow("epoch before 1970") << "-86400000" << "1969-12-31T00:00Z";
        QTest::newRow("epoch with seconds") << "1424822405000" << "2015-02-25T00:00:05Z";
        QTest::newRow("ASP.NET") << "/Date(1424822400000)/" << "2015-02-25T00:00Z";
        QTest::newRow("month day year") << "Feb 25 2015" << "2015-02-25";
        QTest::newRow("full month, comma") << "February 25, 2015" << "2015-02-25";
        QTest::newRow("day month year") << "25 Feb. 2015" << "2015-02-25";
        QTest::newRow("ordinal") << "25th February 2015" << "2015-02-25";
        QTest::newRow("month year") << "February 2015" << "2015-02";
        QTest::newRow("with time") << "Feb 25 2015 10:30" << "2015-02-25T10:30";
        QTest::newRow("Date.toString()") << "Wed Feb 25 2015 10:30:00 GMT+0100 (CET)"
                                         << "2015-02-25T10:30:00+01:00";
        QTest::newRow("year first slashes") << "2015/2/5" << "2015-02-05";
    }
    void visDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QString error;
        bool dropped = false;
        const QByteArray utf8 = text.toUtf8();
        const PartialDate date = VisImporter::parseDate(std::string_view(utf8.constData(), size_t(utf8.size())),
                                                        &error, &dropped);
        QVERIFY2(date.isValid(), qPrintable(error));
        QCOMPARE(date.toIsoString(), iso);
        QVERIFY(!dropped);
    }

    void visBadDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("day/month or month/day") << "03/04/2015" << "could be day/month";
        QTest::newRow("words") << "soon" << "cannot read";
        QTest::newRow("31 February") << "Feb 31 2015" << "does not exist";
        QTest::newRow("two-digit year") << "Feb 25 15" << "cannot read";
        QTest::newRow("beyond a JavaScript date") << "9000000000000000" << "8.64e15";
        QTest::newRow("ISO nonsense") << "2015-13-01" << "does not exist";
        QTest::newRow("empty") << "  " << "empty";
    }
    void visBadDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QString error;
        bool dropped = false;
        const QByteArray utf8 = text.toUtf8();
        const PartialDate date = VisImporter::parseDate(std::string_view(utf8.constData(), size_t(utf8.size())),
                                                        &error, &dropped);
        QVERIFY(!date.isValid());
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void visMillisecondsAreReportedWhenDropped()
    {
        QString error;
        bool dropped = false;
        QCOMPARE(VisImporter::fromEpochMilliseconds("1424822400123", &error, &dropped).toIsoString(),
                 QStringLiteral("2015-02-25T00:00:00Z"));
        QVERIFY(dropped);
        dropped = false;
        QCOMPARE(VisImporter::parseDate("2015-02-25T10:00:00.5Z", &error, &dropped).toIsoString(),
                 QStringLiteral("2015-02-25T10:00:00Z"));
        QVERIFY(dropped);
    }

    void visBadItemsNameLineColumnAndPath()
    {
        const QString file = dataFile("vis/bad_dates.json");
        const LoadResult result = DatasetImport::load({file}, as(ImportFormat::Vis));
        QVERIFY(!result.ok());
        const QStringList errors = messageTexts(result, true);
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors[0].startsWith(file + QStringLiteral(":3:46: error: [1].start: ")), qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(file + QStringLiteral(":5:45: error: [3].start: ")), qPrintable(errors[1]));
        QVERIFY2(errors[2].startsWith(file + QStringLiteral(":6:3: error: [4].start: ")), qPrintable(errors[2]));

        const LoadResult skipped = DatasetImport::load({file}, as(ImportFormat::Vis, true));
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.dataset->events.count(), 2);
        QCOMPARE(messageTexts(skipped, false).filter("skipped 3 row").size(), 1);
    }

    void visDuplicateIdsAreErrors()
    {
        const LoadResult result = import("[{\"id\": 1, \"content\": \"a\", \"start\": \"2015\"},"
                                         " {\"id\": \"1\", \"content\": \"b\", \"start\": \"2016\"}]",
                                         as(ImportFormat::Vis));
        QVERIFY(!result.ok());
        QVERIFY(messageTexts(result, true).join(u'\n').contains("already used"));
    }

    // --- recognition ------------------------------------------------------------------------

    void recognisedByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        for (const char *name : {"quirks.json", "bad_month.json", "unknown_members.json"})
            QTest::newRow(name) << QStringLiteral("timelinejs/") + name << int(ImportFormat::TimelineJs);
        for (const char *name : {"items_groups.json", "array.json", "data_groups_after.json", "bad_dates.json"})
            QTest::newRow(name) << QStringLiteral("vis/") + name << int(ImportFormat::Vis);
    }
    void recognisedByContent()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFile bytes(dataFile(file));
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const QByteArray content = bytes.readAll();
        QCOMPARE(int(ImportFormats::recognise(content.constData(), content.size(), file)), format);
    }

    // --- round trip -------------------------------------------------------------------------

    // convert, validate, load: the tideline/1 file holds every field the import read.
    void roundTripThroughConvert_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("timelinejs") << "timelinejs/quirks.json" << "timelinejs";
        QTest::newRow("vis") << "vis/items_groups.json" << "vis";
        QTest::newRow("vis, recognised") << "vis/data_groups_after.json" << "";
    }
    void roundTripThroughConvert()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QString output = m_dir.filePath(QStringLiteral("converted-%1.json").arg(++m_files));
        QStringList arguments{QStringLiteral("convert"), QStringLiteral("--output"), output};
        if (!format.isEmpty())
            arguments << QStringLiteral("--format") << format;
        arguments << dataFile(file);
        QProcess convert;
        convert.start(QStringLiteral(TIDELINE_BINARY), arguments);
        QVERIFY(convert.waitForFinished(60000));
        QVERIFY2(convert.exitCode() == 0, convert.readAllStandardError().constData());
        QProcess validate;
        validate.start(QStringLiteral(TIDELINE_BINARY), {QStringLiteral("validate"), output});
        QVERIFY(validate.waitForFinished(60000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());

        ImportOptions options;
        if (!format.isEmpty())
            options.format = ImportFormats::fromName(format);
        const LoadResult imported = DatasetImport::load({dataFile(file)}, options);
        const LoadResult written = DatasetImport::load({output});
        QVERIFY(imported.ok() && written.ok());
        const Dataset &a = *imported.dataset;
        const Dataset &b = *written.dataset;
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.events.count(), a.events.count());
        for (int e = 0; e < a.events.count(); ++e) {
            QCOMPARE(b.events.id(e), a.events.id(e));
            QCOMPARE(b.events.title(e), a.events.title(e));
            QCOMPARE(b.events.start(e), a.events.start(e));
            QCOMPARE(b.events.end(e), a.events.end(e));
            QCOMPARE(b.events.description(e), a.events.description(e));
            QCOMPARE(actorNames(b, e), actorNames(a, e));
            QCOMPARE(tagNames(b, e), tagNames(a, e));
            QCOMPARE(sourceUrls(b, e), sourceUrls(a, e));
        }
        QCOMPARE(b.actors.size(), a.actors.size());
        for (size_t i = 0; i < a.actors.size(); ++i) {
            QCOMPARE(b.actors[i].id, a.actors[i].id);
            QCOMPARE(b.actors[i].name, a.actors[i].name);
            QCOMPARE(b.actors[i].parent, a.actors[i].parent);
            QCOMPARE(b.actors[i].description, a.actors[i].description);
        }
        QCOMPARE(b.sources.size(), a.sources.size());
        for (size_t i = 0; i < a.sources.size(); ++i) {
            QCOMPARE(b.sources[i].id, a.sources[i].id);
            QCOMPARE(b.sources[i].title, a.sources[i].title);
            QCOMPARE(b.sources[i].publisher, a.sources[i].publisher);
            QCOMPARE(b.sources[i].url, a.sources[i].url);
        }
        QCOMPARE(periodsOf(b), periodsOf(a));
    }

    // --- size ---------------------------------------------------------------------------------

    void largeFilesStream()
    {
        // 20,000 slides and items (the 100,000-item figure is tideline-bench --import-json).
        QByteArray tljs = "{\"title\": {\"text\": {\"headline\": \"big\"}}, \"events\": [";
        QByteArray vis = "{\"groups\": [{\"id\": 0, \"content\": \"g0\"}, {\"id\": 1, \"content\": \"g1\"}], \"items\": [";
        for (int i = 0; i < 20000; ++i) {
            if (i > 0) {
                tljs += ',';
                vis += ',';
            }
            tljs += "{\"start_date\": {\"year\": \"" + QByteArray::number(1000 + i % 1000)
                + "\", \"month\": \"" + QByteArray::number(1 + i % 12) + "\"}, \"text\": {\"headline\": \"e"
                + QByteArray::number(i) + "\", \"text\": \"<p>x</p>\"}, \"group\": \"g" + QByteArray::number(i % 7) + "\"}";
            vis += "{\"id\": " + QByteArray::number(i) + ", \"content\": \"i" + QByteArray::number(i)
                + "\", \"start\": " + QByteArray::number(1400000000000LL + qint64(i) * 60000) + ", \"group\": "
                + QByteArray::number(i % 2) + "}";
        }
        tljs += "]}";
        vis += "]}";
        const LoadResult a = import(tljs, {});
        QVERIFY(a.ok());
        QCOMPARE(a.dataset->events.count(), 20000);
        QCOMPARE(a.dataset->actors.size(), size_t(7));
        const LoadResult b = import(vis, {});
        QVERIFY(b.ok());
        QCOMPARE(b.dataset->events.count(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestImportJson)
#include "tst_importjson.moc"
