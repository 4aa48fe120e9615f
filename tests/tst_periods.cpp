// SPDX-License-Identifier: MIT
// Periods (labelled spans behind the timeline) and event dates known only between two bounds:
// how tideline/1 reads them and says what is wrong, how the store keeps bounds through its sort,
// and how the renderer and a PNG export draw both.
#include "dataset.h"
#include "datasetloader.h"
#include "datasetwriter.h"
#include "dateformat.h"
#include "periodlayout.h"
#include "timelineimage.h"
#include "timelinelanes.h"
#include "timelinerenderer.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

namespace {

int eventById(const Dataset &dataset, const QString &id)
{
    for (int i = 0; i < dataset.events.count(); ++i) {
        if (dataset.events.id(i) == id)
            return i;
    }
    return -1;
}

// Line and column (1-based, characters) of the first `needle` at or after `from` in `text`.
QString placeOf(const QByteArray &text, const QByteArray &needle, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(needle, from);
    if (at < 0)
        return QStringLiteral("?");
    const QByteArray before = text.left(at);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return QStringLiteral("%1:%2")
        .arg(before.count('\n') + 1)
        .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1);
}

QFont testFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    return font;
}

} // namespace

class TestPeriods : public QObject
{
    Q_OBJECT

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
    void readsPeriodsSortedByStart()
    {
        const QByteArray json = "{\"format\": \"tideline/1\",\n"
        "\"periods\": [\n"
        "  {\"id\": \"empire\", \"title\": \"Roman Empire\", \"start\": \"-0026\", \"end\": \"0476\", \"color\": \"#8e44ad\",\n"
        "   \"description\": \"From Augustus\"},\n"
        "  {\"id\": \"republic\", \"title\": \"Roman Republic\", \"start\": \"-0508\", \"end\": \"-0026\"},\n"
        "  {\"id\": \"july\", \"title\": \"A month\", \"start\": \"2024-07\"}\n"
        "]}";
        const LoadResult result = DatasetLoader::load({write(QStringLiteral("ok.json"), json)});
        QVERIFY2(result.ok(), qPrintable(lines(result).join(u'\n')));
        QVERIFY(result.messages.isEmpty());
        const std::vector<Period> &periods = result.dataset->periods;
        QCOMPARE(periods.size(), size_t(3));
        QCOMPARE(periods[0].id, QStringLiteral("republic"));
        QCOMPARE(periods[1].id, QStringLiteral("empire"));
        QCOMPARE(periods[1].color, QColor(QStringLiteral("#8e44ad")));
        QCOMPARE(periods[1].description, QStringLiteral("From Augustus"));
        QVERIFY(!periods[0].color.isValid());
        QCOMPARE(periods[0].start, PartialDate::fromYear(-508));
        // Without an end, a period is its start's whole period: here all of July 2024.
        QCOMPARE(periods[2].beginSecond(), PartialDate::parse(std::string_view("2024-07-01")).firstSecond());
        QCOMPARE(periods[2].endSecond(), PartialDate::parse(std::string_view("2024-07-31")).endSecond());
    }

    void periodErrorsNamePlaceAndPath_data()
    {
        QTest::addColumn<QByteArray>("record"); // the third period
        QTest::addColumn<QByteArray>("at");     // where in it the message points
        QTest::addColumn<QString>("message");   // after "file:line:col: "

        QTest::addRow("end before start")
            << QByteArray("{\"id\": \"c\", \"title\": \"C\", \"start\": \"2024-05\", \"end\": \"2024-03\"}")
            << QByteArray("\"2024-03\"")
            << QStringLiteral("error: periods[2].end: ends (2024-03) before it starts (2024-05)");
        QTest::addRow("missing title")
            << QByteArray("{\"id\": \"c\", \"start\": \"2024\"}") << QByteArray("{")
            << QStringLiteral("error: periods[2]: missing required field \"title\"");
        QTest::addRow("missing start")
            << QByteArray("{\"id\": \"c\", \"title\": \"C\"}") << QByteArray("{")
            << QStringLiteral("error: periods[2]: missing required field \"start\"");
        QTest::addRow("missing id")
            << QByteArray("{\"title\": \"C\", \"start\": \"2024\"}") << QByteArray("{")
            << QStringLiteral("error: periods[2]: missing required field \"id\"");
        QTest::addRow("bad date")
            << QByteArray("{\"id\": \"c\", \"title\": \"C\", \"start\": \"2024-02-30\"}")
            << QByteArray("\"2024-02-30\"")
            << QStringLiteral("error: periods[2].start: day 30 does not exist in \"2024-02-30\" "
                              "(that month has 29 days)");
        QTest::addRow("colour by name")
            << QByteArray("{\"id\": \"c\", \"title\": \"C\", \"start\": \"2024\", \"color\": \"red\"}")
            << QByteArray("\"red\"")
            << QStringLiteral("error: periods[2].color: expected a colour as #rrggbb, found \"red\"");
        QTest::addRow("start as a number")
            << QByteArray("{\"id\": \"c\", \"title\": \"C\", \"start\": 2024}") << QByteArray("2024")
            << QStringLiteral("error: periods[2].start: expected a string, found a number");
        QTest::addRow("bounds are for events only")
            << QByteArray("{\"id\": \"c\", \"title\": \"C\", \"start\": {\"earliest\": \"2024\", \"latest\": \"2025\"}}")
            << QByteArray("{\"earliest\"")
            << QStringLiteral("error: periods[2].start: expected a string, found an object");
        QTest::addRow("id used twice")
            << QByteArray("{\"id\": \"a\", \"title\": \"C\", \"start\": \"2024\"}") << QByteArray("\"a\"")
            << QStringLiteral("error: periods[2].id: period id \"a\" is already used; first "
                              "defined at %1:3:10");
        QTest::addRow("unknown field")
            << QByteArray("{\"id\": \"c\", \"title\": \"C\", \"start\": \"2024\", \"colour\": \"#ffffff\"}")
            << QByteArray("\"#ffffff\"")
            << QStringLiteral("warning: periods[2]: unknown field \"colour\" (ignored)");
    }

    void periodErrorsNamePlaceAndPath()
    {
        QFETCH(QByteArray, record);
        QFETCH(QByteArray, at);
        QFETCH(QString, message);
        const QByteArray json = "{\"format\": \"tideline/1\",\n\"periods\": [\n"
                                "  {\"id\": \"a\", \"title\": \"A\", \"start\": \"2020\"},\n"
                                "  {\"id\": \"b\", \"title\": \"B\", \"start\": \"2021\"},\n  "
            + record + "\n]}\n";
        const QString path = write(QStringLiteral("periods.json"), json);
        const LoadResult result = DatasetLoader::load({path});
        const qsizetype recordAt = json.indexOf(record);
        const QString expected =
            path + u':' + placeOf(json, at, recordAt) + QStringLiteral(": ")
            + (message.contains(QStringLiteral("%1")) ? message.arg(path) : message);
        QVERIFY2(lines(result).contains(expected),
                 qPrintable(QStringLiteral("expected\n%1\ngot\n%2")
                                .arg(expected, lines(result).join(u'\n'))));
        QCOMPARE(result.ok(), message.startsWith(QStringLiteral("warning")));
    }

    void readsDatesBetweenTwoBounds()
    {
        const QByteArray json = "{\"format\": \"tideline/1\", \"events\": [\n"
        "  {\"id\": \"late\", \"title\": \"Late\", \"start\": \"2024-07-15\"},\n"
        "  {\"id\": \"born\", \"title\": \"Born\", \"start\": {\"earliest\": \"-1118\", \"latest\": \"-1088\"}},\n"
        "  {\"id\": \"week\", \"title\": \"Week\", \"start\": {\"earliest\": \"2024-07-08\", \"latest\": \"2024-07-14\"},\n"
        "   \"end\": {\"latest\": \"2024-08\", \"earliest\": \"2024-07-20\"}, \"approximate\": true},\n"
        "  {\"id\": \"plain\", \"title\": \"Plain\", \"start\": \"2024-05\", \"end\": \"2024-06\"}\n"
        "]}";
        const LoadResult result = DatasetLoader::load({write(QStringLiteral("bounds.json"), json)});
        QVERIFY2(result.ok(), qPrintable(lines(result).join(u'\n')));
        const EventStore &events = result.dataset->events;
        QVERIFY(events.hasUncertainDates());

        const int born = eventById(*result.dataset, QStringLiteral("born"));
        QVERIFY(events.startIsUncertain(born));
        QVERIFY(!events.endIsUncertain(born));
        QVERIFY(!events.isRange(born));
        QCOMPARE(events.start(born), PartialDate::fromYear(-1118));
        QCOMPARE(events.startLatest(born), PartialDate::fromYear(-1088));
        QCOMPARE(events.beginSecond(born), PartialDate::fromYear(-1118).firstSecond());
        // A point event known between two bounds covers everything up to its latest bound.
        QCOMPARE(events.endSecond(born), PartialDate::fromYear(-1088).endSecond());
        QCOMPARE(DateFormat::boundedRange(events.start(born), events.startLatest(born),
                                          events.end(born), events.endLatest(born)),
                 QStringLiteral("between 1119 BC and 1089 BC"));

        const int week = eventById(*result.dataset, QStringLiteral("week"));
        QVERIFY(events.startIsUncertain(week));
        QVERIFY(events.endIsUncertain(week));
        QCOMPARE(events.end(week).precision, DatePrecision::Day);
        QCOMPARE(events.endLatest(week).precision, DatePrecision::Month);
        QVERIFY(events.startLatest(week).approximate);
        QVERIFY(events.endLatest(week).approximate);
        QCOMPARE(events.endSecond(week), PartialDate::parse(std::string_view("2024-08")).endSecond());

        const int plain = eventById(*result.dataset, QStringLiteral("plain"));
        QVERIFY(!events.startIsUncertain(plain));
        QVERIFY(!events.startLatest(plain).isValid());
        QCOMPARE(events.endSecond(plain), PartialDate::parse(std::string_view("2024-06")).endSecond());
    }

    void boundErrorsNamePlaceAndPath_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("at");
        QTest::addColumn<QString>("message");

        QTest::addRow("latest before earliest")
            << QByteArray("{\"earliest\": \"2024-07\", \"latest\": \"2024-03\"}")
            << QByteArray("\"2024-03\"")
            << QStringLiteral("error: events[1].start.latest: the latest bound (2024-03) lies "
                              "before the earliest (2024-07)");
        QTest::addRow("missing latest")
            << QByteArray("{\"earliest\": \"2024-07\"}") << QByteArray("{")
            << QStringLiteral("error: events[1].start: missing required field \"latest\" (a date "
                              "known between two bounds needs both \"earliest\" and \"latest\")");
        QTest::addRow("missing earliest")
            << QByteArray("{\"latest\": \"2024-07\"}") << QByteArray("{")
            << QStringLiteral("error: events[1].start: missing required field \"earliest\" (a "
                              "date known between two bounds needs both \"earliest\" and "
                              "\"latest\")");
        QTest::addRow("a number")
            << QByteArray("2024") << QByteArray("2024")
            << QStringLiteral("error: events[1].start: expected a date string or an object "
                              "{\"earliest\": date, \"latest\": date}, found a number");
        QTest::addRow("a bound as a number")
            << QByteArray("{\"earliest\": 2024, \"latest\": \"2025\"}") << QByteArray("2024")
            << QStringLiteral("error: events[1].start.earliest: expected a string, found a number");
        QTest::addRow("a bad bound")
            << QByteArray("{\"earliest\": \"2024-13\", \"latest\": \"2025\"}")
            << QByteArray("\"2024-13\"")
            << QStringLiteral("error: events[1].start.earliest: month 13 does not exist in "
                              "\"2024-13\"");
        QTest::addRow("a bound twice")
            << QByteArray("{\"earliest\": \"2024\", \"latest\": \"2025\", \"latest\": \"2026\"}")
            << QByteArray("\"2026\"")
            << QStringLiteral("error: events[1].start.latest: field \"latest\" appears twice in "
                              "one object");
        QTest::addRow("unknown field in bounds")
            << QByteArray("{\"earliest\": \"2024\", \"latest\": \"2025\", \"note\": \"x\"}")
            << QByteArray("\"x\"")
            << QStringLiteral("warning: events[1].start: unknown field \"note\" (ignored)");
        QTest::addRow("end before every start")
            << QByteArray("{\"earliest\": \"2024\", \"latest\": \"2025\"}, \"end\": \"2023\"")
            << QByteArray("\"2023\"")
            << QStringLiteral("error: events[1].end: ends (2023) before it starts (2024)");
    }

    void boundErrorsNamePlaceAndPath()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, at);
        QFETCH(QString, message);
        const QByteArray record = "{\"id\": \"b\", \"title\": \"B\", \"start\": " + start + "}";
        const QByteArray json = "{\"format\": \"tideline/1\",\n\"events\": [\n"
                                "  {\"id\": \"a\", \"title\": \"A\", \"start\": \"2020\"},\n  "
            + record + "\n]}\n";
        const QString path = write(QStringLiteral("bounds-bad.json"), json);
        const LoadResult result = DatasetLoader::load({path});
        const qsizetype startAt = json.indexOf("\"start\": " + start);
        const QString expected =
            path + u':' + placeOf(json, at, startAt) + QStringLiteral(": ") + message;
        QVERIFY2(lines(result).contains(expected),
                 qPrintable(QStringLiteral("expected\n%1\ngot\n%2")
                                .arg(expected, lines(result).join(u'\n'))));
        QCOMPARE(result.ok(), message.startsWith(QStringLiteral("warning")));
    }

    // The side table is keyed by event index: finish() reorders events, and the bounds must
    // follow their own events, not stay at the old indices.
    void storeKeepsBoundsThroughItsSort()
    {
        EventStore store;
        constexpr int count = 500;
        std::vector<std::string> ids(count);
        for (int i = 0; i < count; ++i) {
            ids[size_t(i)] = QStringLiteral("e%1").arg(i).toStdString();
            EventStore::NewEvent event;
            event.id = ids[size_t(i)];
            event.title = ids[size_t(i)];
            // Appended in reverse time order, so that the sort moves every event.
            event.start = PartialDate::fromYearMonthDay(2000 + (count - i) / 12, 1 + (count - i) % 12, 1);
            if (i == 7 || i == 300) {
                event.startLatest = PartialDate::fromYearMonthDay(event.start.year + 1, 1, 1);
            }
            if (i == 300) {
                event.end = PartialDate::fromYear(event.start.year + 3);
                event.endLatest = PartialDate::fromYear(event.start.year + 5);
            }
            store.append(event);
        }
        const std::vector<quint32> order = store.finish(0, {}, {});
        QVERIFY(!std::is_sorted(order.begin(), order.end()));
        int bounded = 0;
        for (int event = 0; event < store.count(); ++event) {
            const int appended = int(order[size_t(event)]);
            QCOMPARE(store.id(event), QString::fromStdString(ids[size_t(appended)]));
            const bool expected = appended == 7 || appended == 300;
            QCOMPARE(store.startIsUncertain(event), expected);
            QCOMPARE(store.endIsUncertain(event), appended == 300);
            if (!expected)
                continue;
            ++bounded;
            QCOMPARE(store.startLatest(event).year, store.start(event).year + 1);
            QCOMPARE(store.endSecond(event),
                     appended == 300 ? store.endLatest(event).endSecond()
                                     : store.startLatest(event).endSecond());
        }
        QCOMPARE(bounded, 2);
        QVERIFY(std::is_sorted(store.beginSeconds().begin(), store.beginSeconds().end()));
    }

    // The sort moves each column on its own (they share out over the cores): every field of an
    // event, its lists too, must land at the same new index.
    void storeSortMovesEveryColumnTogether()
    {
        EventStore store;
        constexpr int count = 3000;
        std::vector<std::string> texts(size_t(count) * 4);
        std::vector<std::vector<quint32>> lists(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i) {
            const auto text = [&](int field, const QString &value) {
                texts[size_t(i) * 4 + size_t(field)] = value.toStdString();
                return std::string_view(texts[size_t(i) * 4 + size_t(field)]);
            };
            // Lists of 0 to 3 values that say which event they belong to.
            lists[size_t(i)].assign(size_t(i % 4), quint32(i));
            EventStore::NewEvent event;
            event.id = text(0, QStringLiteral("e%1").arg(i));
            event.title = text(1, QStringLiteral("title %1").arg(i));
            event.description = i % 3 ? text(2, QStringLiteral("about %1").arg(i)) : std::string_view();
            event.location = text(3, QStringLiteral("place %1").arg(i));
            // A shuffled order, with ties (kept in append order).
            event.start = PartialDate::fromYearMonthDay(1900 + (i * 7919) % 97, 1 + i % 12, 1);
            if (i % 5 == 0)
                event.end = PartialDate::fromYear(event.start.year + 1 + i % 3);
            event.actors = lists[size_t(i)];
            event.tags = std::span<const quint32>(lists[size_t(i)]).first(lists[size_t(i)].size() / 2);
            event.sources = lists[size_t(i)];
            store.append(event);
        }
        std::vector<quint32> same(count); // actor and source keys are their own indices here
        std::iota(same.begin(), same.end(), 0u);
        const std::vector<quint32> order = store.finish(count, same, same);
        QVERIFY(!std::is_sorted(order.begin(), order.end()));
        QVERIFY(std::is_sorted(store.beginSeconds().begin(), store.beginSeconds().end()));
        for (int event = 0; event < count; ++event) {
            const int i = int(order[size_t(event)]);
            QCOMPARE(store.id(event), QStringLiteral("e%1").arg(i));
            QCOMPARE(store.title(event), QStringLiteral("title %1").arg(i));
            QCOMPARE(store.description(event), i % 3 ? QStringLiteral("about %1").arg(i) : QString());
            QCOMPARE(store.location(event), QStringLiteral("place %1").arg(i));
            QCOMPARE(store.start(event).year, 1900 + (i * 7919) % 97);
            QCOMPARE(store.end(event).isValid(), i % 5 == 0);
            const std::vector<quint32> expected(size_t(i % 4), quint32(i));
            const auto actors = store.actors(event);
            const auto tags = store.tags(event);
            const auto sources = store.sources(event);
            QCOMPARE(std::vector<quint32>(actors.begin(), actors.end()), expected);
            QCOMPARE(std::vector<quint32>(sources.begin(), sources.end()), expected);
            QCOMPARE(tags.size(), expected.size() / 2);
            // Ties keep the order they were appended in.
            if (event > 0 && store.beginSeconds()[size_t(event)] == store.beginSeconds()[size_t(event - 1)])
                QVERIFY(order[size_t(event - 1)] < order[size_t(event)]);
        }
        // Each actor's index lists its events in the new order.
        for (int actor = 1; actor < count; actor += 97) {
            const auto events = store.eventsOfActor(actor);
            for (quint32 event : events)
                QCOMPARE(int(order[event]), actor);
            QCOMPARE(events.size(), size_t(actor % 4)); // once for each time its list names it
        }
    }

    void periodTitlesNeverOverlap_data()
    {
        QTest::addColumn<int>("width");
        QTest::addRow("wide") << 1200;
        QTest::addRow("narrow") << 300;
        QTest::addRow("tiny") << 60;
    }

    void periodTitlesNeverOverlap()
    {
        QFETCH(int, width);
        std::vector<Period> periods;
        const auto add = [&](const char *title, qint64 from, qint64 to) {
            Period period;
            period.title = QString::fromUtf8(title);
            period.start = PartialDate::fromYear(from);
            period.end = PartialDate::fromYear(to);
            periods.push_back(period);
        };
        add("Third Intermediate Period of Egypt", -1068, -663);
        add("Kingdom of Rome", -752, -508);
        add("Roman Republic", -508, -26);
        add("A", -300, -299);
        const qint64 t0 = PartialDate::fromYear(-1100).firstSecond();
        const qint64 t1 = PartialDate::fromYear(0).firstSecond();
        const TimeMapping mapping = TimeMapping::fitted(t0, t1, width, {});
        const QFont font = testFont();
        const auto bands = PeriodLayout::layOut(periods, mapping, 100, width, 46, 20, font);
        QCOMPARE(bands.size(), periods.size());
        const QFontMetricsF metrics(font);
        for (size_t i = 0; i < bands.size(); ++i) {
            const PeriodLayout::Band &band = bands[i];
            QCOMPARE(band.shade, int(i % 2)); // neighbours alternate
            QVERIFY(band.x0 >= 100 && band.x1 <= 100 + width);
            if (band.titleText.isEmpty())
                continue;
            // Inside its own band, whole or cut with "…".
            QVERIFY2(band.title.left() >= band.x0 && band.title.right() <= band.x1,
                     qPrintable(band.titleText));
            const QString title = periods[size_t(band.period)].title;
            QVERIFY(band.titleText == title || band.titleText.endsWith(QStringLiteral("…")));
            QVERIFY(band.title.width() >= PeriodLayout::minTitleWidth
                    || band.titleText == title);
            for (size_t j = i + 1; j < bands.size(); ++j) {
                if (!bands[j].titleText.isEmpty())
                    QVERIFY2(!band.title.intersects(bands[j].title),
                             qPrintable(band.titleText + QStringLiteral(" / ") + bands[j].titleText));
            }
        }
        if (width >= 1200) {
            // With room, every title shows whole but the one cut short by the period nested in it.
            QCOMPARE(bands[1].titleText, QStringLiteral("Kingdom of Rome"));
            QCOMPARE(bands[2].titleText, QStringLiteral("Roman Republic"));
        }
    }

    // A real picture: inside a period band the lanes are tinted, outside they are not; the
    // title is painted in the strip; an event known between two bounds is drawn faded and
    // dotted, unlike the solid bar of a range known exactly.
    void pngExportShowsPeriodsAndBounds()
    {
        const QByteArray json = "{\"format\": \"tideline/1\",\n"
        "\"actors\": [{\"id\": \"a\", \"name\": \"Alpha\", \"kind\": \"state\", \"color\": \"#2471a3\"}],\n"
        "\"periods\": [{\"id\": \"p\", \"title\": \"The Middle Years\", \"start\": \"2010\", \"end\": \"2014\"}],\n"
        "\"events\": [\n"
        "  {\"id\": \"e1\", \"title\": \"Early\", \"start\": \"2000\", \"actors\": [\"a\"]},\n"
        "  {\"id\": \"e2\", \"title\": \"Known\", \"start\": \"2011-01\", \"end\": \"2012-12\", \"actors\": [\"a\"]},\n"
        "  {\"id\": \"e3\", \"title\": \"Unsure\", \"start\": {\"earliest\": \"2016\", \"latest\": \"2018\"}, \"actors\": [\"a\"]},\n"
        "  {\"id\": \"e4\", \"title\": \"Late\", \"start\": \"2020\", \"actors\": [\"a\"]}\n"
        "]}";
        const LoadResult result = DatasetLoader::load({write(QStringLiteral("picture.json"), json)});
        QVERIFY2(result.ok(), qPrintable(lines(result).join(u'\n')));
        const Dataset &dataset = *result.dataset;

        TimelineImage::Options options;
        options.size = QSize(1000, 300);
        options.breaks = false;
        const ExportPlan::Plan plan = TimelineImage::plan(dataset, nullptr, options);
        QCOMPARE(plan.geometry.periodStrip, TimelineGeometry::periodStripHeight);
        const QString path = m_dir.filePath(QStringLiteral("picture.png"));
        QCOMPARE(TimelineImage::write(path, dataset, nullptr, options), QString());
        QImage image(path);
        QVERIFY(!image.isNull());
        image = image.convertToFormat(QImage::Format_RGB32);

        // Where things are, from the same plan: the timeline is drawn at the margin, under the
        // (empty) title.
        const double originX = ExportPlan::Plan::margin;
        const double originY = ExportPlan::Plan::margin + plan.titleHeight();
        const double left = originX + plan.geometry.headerWidth;
        const auto xOf = [&](const char *date) {
            return left + plan.mapping.xOf(PartialDate::parse(std::string_view(date)).firstSecond());
        };
        const double laneTop = originY + plan.geometry.axisHeight;
        // Low in the lane, under the label rows' text: only background and tint there.
        const int y = int(laneTop + plan.geometry.laneHeight(plan.lanes->laneInfo(0).labelRows) - 4);
        const QRgb inside = image.pixel(int(xOf("2013-06")), y);
        const QRgb outside = image.pixel(int(xOf("2005")), y);
        const QRgb outsideLater = image.pixel(int(xOf("2015-06")), y);
        QVERIFY2(inside != outside, qPrintable(QString::number(inside, 16)));
        QCOMPARE(outside, outsideLater); // the band ends where the period does
        // The tint is light: the lane still reads as a lane.
        QVERIFY(qAbs(qGray(inside) - qGray(outside)) < 40);

        // The title: dark text pixels in the strip, over the band.
        const int stripTop = int(originY + plan.geometry.timeAxisHeight());
        int dark = 0;
        for (int x = int(xOf("2010")); x < int(xOf("2014")); ++x) {
            for (int sy = stripTop + 2; sy < stripTop + plan.geometry.periodStrip - 2; ++sy)
                dark += qGray(image.pixel(x, sy)) < 110;
        }
        QVERIFY2(dark > 40, qPrintable(QString::number(dark)));

        // The bar row of the lane: "Known" is solid in its core, "Unsure" is faded and dotted.
        const double markerY = laneTop + plan.geometry.lanePadding + plan.geometry.markerBand / 2.0;
        int solid = 0, lighter = 0;
        const QColor actor(QStringLiteral("#2471a3"));
        for (int x = int(xOf("2016-03")); x < int(xOf("2018-10")); ++x) {
            for (int by = int(markerY - 7); by < int(markerY); ++by) {
                const QColor c = QColor::fromRgb(image.pixel(x, by));
                solid += c == actor;
                lighter += c.lightness() > actor.lightness() + 60;
            }
        }
        QVERIFY2(lighter > 3 * std::max(solid, 1), qPrintable(QStringLiteral("%1 %2").arg(solid).arg(lighter)));
        int knownSolid = 0;
        for (int x = int(xOf("2011-06")); x < int(xOf("2012-06")); ++x)
            knownSolid += QColor::fromRgb(image.pixel(x, int(markerY - 4))) == actor;
        QVERIFY2(knownSolid > int(xOf("2012-06") - xOf("2011-06")) / 2, qPrintable(QString::number(knownSolid)));
    }

    // `tideline convert` writes what it read: periods and bounds survive a write and a load.
    void writerKeepsPeriodsAndBounds()
    {
        const QByteArray json = "{\"format\": \"tideline/1\",\n"
            "\"periods\": [{\"id\": \"p\", \"title\": \"P\", \"start\": \"-0508\", \"end\": \"-0026\","
            " \"description\": \"d\", \"color\": \"#8e44ad\"}, {\"id\": \"q\", \"title\": \"Q\", \"start\": \"2024-07\"}],\n"
            "\"events\": [{\"id\": \"e\", \"title\": \"E\", \"start\": {\"earliest\": \"-1118\", \"latest\": \"-1088\"},"
            " \"end\": {\"earliest\": \"-1000\", \"latest\": \"-0990-05\"}},"
            " {\"id\": \"f\", \"title\": \"F\", \"start\": \"2024\"}]}";
        const LoadResult first = DatasetLoader::load({write(QStringLiteral("written-in.json"), json)});
        QVERIFY2(first.ok(), qPrintable(lines(first).join(u'\n')));
        const QString path = m_dir.filePath(QStringLiteral("written-out.json"));
        QCOMPARE(DatasetWriter::write(*first.dataset, path), QString());
        const LoadResult second = DatasetLoader::load({path});
        QVERIFY2(second.ok(), qPrintable(lines(second).join(u'\n')));
        QVERIFY(second.messages.isEmpty());
        const Dataset &a = *first.dataset;
        const Dataset &b = *second.dataset;
        QCOMPARE(b.periods.size(), a.periods.size());
        for (size_t i = 0; i < a.periods.size(); ++i) {
            QCOMPARE(b.periods[i].id, a.periods[i].id);
            QCOMPARE(b.periods[i].title, a.periods[i].title);
            QCOMPARE(b.periods[i].start, a.periods[i].start);
            QCOMPARE(b.periods[i].end, a.periods[i].end);
            QCOMPARE(b.periods[i].description, a.periods[i].description);
            QCOMPARE(b.periods[i].color, a.periods[i].color);
        }
        QCOMPARE(b.events.count(), a.events.count());
        for (int e = 0; e < a.events.count(); ++e) {
            QCOMPARE(b.events.id(e), a.events.id(e));
            QCOMPARE(b.events.start(e), a.events.start(e));
            QCOMPARE(b.events.startLatest(e), a.events.startLatest(e));
            QCOMPARE(b.events.end(e), a.events.end(e));
            QCOMPARE(b.events.endLatest(e), a.events.endLatest(e));
            QCOMPARE(b.events.endSecond(e), a.events.endSecond(e));
        }
        QVERIFY(b.events.startIsUncertain(0));
    }

    // The window's renderer without periods draws exactly as before: no strip, nothing behind.
    void noPeriodsNoStrip()
    {
        TimelineGeometry geometry;
        const int axis = geometry.axisHeight;
        QCOMPARE(geometry.timeAxisHeight(), axis);
        geometry.addPeriodStrip();
        geometry.addPeriodStrip();
        QCOMPARE(geometry.axisHeight, axis + TimelineGeometry::periodStripHeight);
        QCOMPARE(geometry.timeAxisHeight(), axis);
    }
};

QTEST_MAIN(TestPeriods)
#include "tst_periods.moc"
