// SPDX-License-Identifier: MIT
// The layout pass of a timeline lane, without a painter: where markers and range bars go, which
// track a bar takes, which labels fit in which row, when a lane turns into counts per pixel
// column, and the hit records clicks and tooltips use. Each case is a handful of events in one
// lane, built in memory; what the renderer then paints is tst_timelinerenderer's.
#include "dataset.h"
#include "labeltextcache.h"
#include "lanelayout.h"
#include "timelinelanes.h"

#include <QByteArray>
#include <QFont>
#include <QFontMetricsF>
#include <QTest>

#include <cmath>
#include <memory>
#include <string_view>

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;

qint64 at(const char *iso)
{
    return PartialDate::parse(std::string_view(iso)).firstSecond();
}

QFont timelineFont()
{
    return QFont(QStringLiteral("DejaVu Sans"), 9);
}

// One lane holding the given events ("START" or "START/END", dates as in the data files),
// titled "Event 1", "Event 2", … in the order given.
struct OneLane
{
    explicit OneLane(const QStringList &specs)
    {
        for (int i = 0; i < specs.size(); ++i) {
            const QStringList dates = specs[i].split(u'/');
            const QByteArray id = "e" + QByteArray::number(i + 1);
            const QByteArray title = "Event " + QByteArray::number(i + 1);
            EventStore::NewEvent event;
            event.id = std::string_view(id.constData(), size_t(id.size()));
            event.title = std::string_view(title.constData(), size_t(title.size()));
            event.start = PartialDate::parse(dates.first());
            if (dates.size() > 1)
                event.end = PartialDate::parse(dates.last());
            if (!event.start.isValid() || (dates.size() > 1 && !event.end.isValid()))
                qFatal("bad date in %s", qPrintable(specs[i]));
            dataset->events.append(event);
        }
        dataset->events.finish(0, {}, {});
        dataset->indexIds();
        lanes.build(*dataset, LaneGrouping::Single, {});
    }

    std::unique_ptr<Dataset> dataset = std::make_unique<Dataset>();
    TimelineLanes lanes;
};

// The lane as the renderer places it in a 1200 px wide picture: 1000 px of timeline.
QRectF laneArea()
{
    return QRectF(200, 46, 1000, TimelineGeometry().laneHeight());
}

QString number(double x)
{
    return QString::number(std::round(x * 10) / 10);
}

// A mark in words, x measured from the lane's left edge: what the picture shows of it.
QString describe(const LaneLayout::Mark &mark, const QRectF &area)
{
    QString text;
    if (mark.bar) {
        text = QStringLiteral("bar %1-%2")
                   .arg(number(mark.shape.left() - area.left()),
                        number(mark.shape.left() + mark.shape.width() - area.left()));
        if (!mark.core.isEmpty())
            text += QStringLiteral(" core %1-%2")
                        .arg(number(mark.core.left() - area.left()),
                             number(mark.core.right() - area.left()));
        text += QStringLiteral(" track %1").arg(mark.track);
    } else {
        text = QStringLiteral("diamond %1").arg(number(mark.centre.x() - area.left()));
    }
    if (mark.approximate)
        text += QStringLiteral(" approximate");
    if (!mark.drawn)
        text += QStringLiteral(" (drawn already)");
    if (mark.labelRow >= 0)
        text += QStringLiteral(", label row %1 at %2")
                    .arg(mark.labelRow)
                    .arg(number(mark.hit.label.left() - area.left()));
    else
        text += QStringLiteral(", no label");
    return text;
}

} // namespace

class TestLaneLayout : public QObject
{
    Q_OBJECT

private slots:
    // From 1 July 2024 at 4 px a day: a day is a diamond (narrower than 5 px) at its middle,
    // day d of July at x = 4 (d - 1) + 2; a month is a bar. A label starts where its event's
    // period does.
    void marksAndLabels_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<int>("selected"); // index into events, or -1
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("two events far apart: two diamonds, both labelled")
            << QStringList{"2024-07-05", "2024-07-25"} << -1
            << QStringList{"diamond 18, label row 0 at 16", "diamond 98, label row 0 at 96"};
        QTest::addRow("two events a pixel apart: the second label goes to the next row")
            << QStringList{"2024-07-05T12:00", "2024-07-05T18:00"} << -1
            << QStringList{"diamond 18, label row 0 at 18", "diamond 19, label row 1 at 19"};
        QTest::addRow("three a pixel apart: the first label would run into the third's")
            << QStringList{"2024-07-05T12:00", "2024-07-05T18:00", "2024-07-06T00:00"} << -1
            << QStringList{"diamond 18, no label", "diamond 19, label row 0 at 19",
                           "diamond 20, label row 1 at 20"};
        QTest::addRow("two on one pixel: the second is drawn once, listed twice")
            << QStringList{"2024-07-05T12:00", "2024-07-05T12:00"} << -1
            << QStringList{"diamond 18, label row 0 at 18",
                           "diamond 18 (drawn already), label row 1 at 18"};
        QTest::addRow("two on one pixel, the second selected: drawn again, ringed")
            << QStringList{"2024-07-05T12:00", "2024-07-05T12:00"} << 1
            << QStringList{"diamond 18, label row 0 at 18", "diamond 18, label row 1 at 18"};
        QTest::addRow("an approximate date beside an exact one on its pixel: both drawn")
            << QStringList{"2024-07-05", "2024-07-05~"} << -1
            << QStringList{"diamond 18, label row 0 at 16",
                           "diamond 18 approximate, label row 1 at 16"};
        QTest::addRow("a range: a bar over its whole period, solid where it is certain")
            << QStringList{"2024-07-05/2024-07-10"} << -1
            << QStringList{"bar 16-40 core 20-36 track 0, label row 0 at 16"};
        QTest::addRow("a month: a bar with no certain part")
            << QStringList{"2024-08"} << -1
            << QStringList{"bar 124-248 track 0, label row 0 at 124"};
        QTest::addRow("overlapping ranges take two tracks; a third the one free first")
            << QStringList{"2024-07-05/2024-07-20", "2024-07-10/2024-07-25",
                           "2024-07-15/2024-07-30"}
            << -1
            << QStringList{"bar 16-80 core 20-76 track 0, no label",
                           "bar 36-100 core 40-96 track 1, label row 0 at 36",
                           "bar 56-120 core 60-116 track 0, label row 1 at 56"};
        QTest::addRow("the same month twice: one bar")
            << QStringList{"2024-08", "2024-08"} << -1
            << QStringList{"bar 124-248 track 0, label row 0 at 124",
                           "bar 124-248 track 0 (drawn already), label row 1 at 124"};
        QTest::addRow("a range begun before the window: cut at the edge, labelled inside")
            << QStringList{"2024-05/2024-07-10"} << -1
            << QStringList{"bar -2-40 core -2-36 track 0, label row 0 at 2"};
        QTest::addRow("nothing in the window: nothing laid out")
            << QStringList{"2024-05-01", "2030-01-01"} << -1 << QStringList{};
    }

    void marksAndLabels()
    {
        QFETCH(QStringList, events);
        QFETCH(int, selected);
        QFETCH(QStringList, expected);

        const OneLane lane(events);
        LaneLayout layout(lane.lanes, lane.dataset->events, TimelineGeometry(),
                          TimeMapping{at("2024-07-01"), day / 4.0}, timelineFont(), {selected, -1});
        layout.layOut(0, laneArea());
        QVERIFY(!layout.isDense());
        QStringList marks;
        for (const LaneLayout::Mark &mark : layout.marks())
            marks << describe(mark, laneArea());
        QCOMPARE(marks, expected);
    }

    // What the view hit-tests is what was placed: the marker widened to 10 px for the finger,
    // the label where it is drawn, labels apart from each other and inside the lane.
    void hitRecordsMatchTheMarks_data() { marksAndLabels_data(); }

    void hitRecordsMatchTheMarks()
    {
        QFETCH(QStringList, events);
        QFETCH(int, selected);

        const OneLane lane(events);
        LaneLayout layout(lane.lanes, lane.dataset->events, TimelineGeometry(),
                          TimeMapping{at("2024-07-01"), day / 4.0}, timelineFont(), {selected, -1});
        const QRectF area = laneArea();
        layout.layOut(0, area);
        const std::vector<LaneLayout::Mark> &marks = layout.marks();
        for (size_t i = 0; i < marks.size(); ++i) {
            const LaneLayout::Mark &mark = marks[i];
            const LaneLayout::Hit &hit = mark.hit;
            QCOMPARE(hit.lane, 0);
            QVERIFY(hit.event >= 0 && hit.event < lane.dataset->events.count());
            QCOMPARE(mark.selected, selected >= 0 && hit.event == selected);
            QCOMPARE(hit.marker.center(), mark.shape.center());
            QCOMPARE(hit.marker.height(), mark.shape.height());
            QCOMPARE(hit.marker.width(), std::max(10.0, mark.shape.width()));
            if (!mark.bar) {
                QCOMPARE(mark.shape.center(), mark.centre);
                QVERIFY(area.contains(hit.marker));
            }
            QCOMPARE(hit.labelText.isEmpty(), mark.labelRow < 0);
            if (mark.labelRow < 0) {
                QVERIFY(hit.label.isEmpty());
                continue;
            }
            QVERIFY(area.contains(hit.label));
            QFont font = timelineFont();
            font.setBold(mark.selected);
            QCOMPARE(hit.label.width(), QFontMetricsF(font).horizontalAdvance(hit.labelText));
            for (size_t j = i + 1; j < marks.size(); ++j)
                QVERIFY(!hit.label.intersects(marks[j].hit.label));
        }
    }

    // 60 px of an hour each from midnight on 1 July: more than 10 events starting in the window
    // (one per 6 columns) make the lane a row of counts, one per column.
    void denseLanesAreCountsPerColumn_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<bool>("dense");
        QTest::addColumn<QList<int>>("counts"); // column, count, column, count, …
        QTest::addColumn<int>("marks");

        const auto burst = [](int column, int events) {
            QStringList specs;
            for (int i = 0; i < events; ++i)
                specs << QStringLiteral("2024-07-0%1T%2:%3")
                             .arg(1 + column / 24)
                             .arg(column % 24, 2, 10, QLatin1Char('0'))
                             .arg(i, 2, 10, QLatin1Char('0'));
            return specs;
        };
        QTest::addRow("ten events, one per six columns: still markers")
            << burst(5, 10) << false << QList<int>{} << 10;
        QTest::addRow("eleven events in one column")
            << burst(5, 11) << true << QList<int>{5, 11} << 0;
        QTest::addRow("bursts in three columns, the last one at the right edge")
            << burst(0, 4) + burst(3, 4) + burst(59, 4) << true << QList<int>{0, 4, 3, 4, 59, 4}
            << 0;
        QTest::addRow("events after the window do not count")
            << burst(5, 2) + burst(70, 20) << false << QList<int>{} << 2;
        // Twelve one-day events of the day before may still meet the window as far as the
        // cheap count knows; listed, they have ended.
        QStringList ended(12, QStringLiteral("2024-06-30"));
        QTest::addRow("events that ended before the window do not count")
            << ended + burst(5, 2) << false << QList<int>{} << 2;
    }

    void denseLanesAreCountsPerColumn()
    {
        QFETCH(QStringList, events);
        QFETCH(bool, dense);
        QFETCH(QList<int>, counts);
        QFETCH(int, marks);

        const OneLane lane(events);
        LaneLayout layout(lane.lanes, lane.dataset->events, TimelineGeometry(),
                          TimeMapping{at("2024-07-01T00:00"), double(hour)}, timelineFont(),
                          {-1, -1});
        const QRectF area(200, 46, 60, TimelineGeometry().laneHeight());
        layout.layOut(0, area);
        QCOMPARE(layout.isDense(), dense);
        QCOMPARE(int(layout.marks().size()), marks);
        if (!dense) {
            QVERIFY(layout.columnCounts().empty());
            return;
        }
        std::vector<quint32> expected(60, 0);
        quint32 peak = 0;
        for (int i = 0; i + 1 < counts.size(); i += 2) {
            expected[size_t(counts[i])] = quint32(counts[i + 1]);
            peak = std::max(peak, quint32(counts[i + 1]));
        }
        QCOMPARE(layout.columnCounts(), expected);
        QCOMPARE(layout.peakCount(), peak);
    }

    // One layout serves every lane of a frame: what the last lane left behind (counts, marks)
    // never shows in the next.
    void aLayoutLaidOutAgainStartsAfresh()
    {
        const OneLane lane(QStringList(11, QStringLiteral("2024-07-01T05:00")));
        LaneLayout layout(lane.lanes, lane.dataset->events, TimelineGeometry(),
                          TimeMapping{at("2024-07-01T00:00"), double(hour)}, timelineFont(),
                          {-1, -1});
        const double height = TimelineGeometry().laneHeight();
        const QRectF wide(200, 46, 600, height);           // room for 100 events
        const QRectF narrow(200, 46 + height, 60, height); // for 10

        layout.layOut(0, wide);
        QVERIFY(!layout.isDense());
        QCOMPARE(layout.marks().size(), size_t(11));
        layout.layOut(0, narrow);
        QVERIFY(layout.isDense());
        QVERIFY(layout.marks().empty());
        QCOMPARE(layout.columnCounts().size(), size_t(60));
        QCOMPARE(layout.area(), narrow);
        layout.layOut(0, wide);
        QVERIFY(!layout.isDense());
        QVERIFY(layout.columnCounts().empty());
        QCOMPARE(layout.peakCount(), 0u);
        QCOMPARE(layout.marks().size(), size_t(11));
        QCOMPARE(layout.marks().front().hit.marker.center().y(), wide.top() + 6 + 9);
    }

    // Labels measured once and kept from frame to frame are cut exactly as Qt cuts them: the
    // whole title where it fits, else its start with "…", in the bold font for the selected
    // event; asked again, the same answer from the cache.
    void labelsAreCutAsQtCutsThem_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("bold");
        const QString latin = QStringLiteral("Hamas and Fatah meet in Beijing");
        const QString arabic = QStringLiteral("مفاوضات وقف إطلاق النار في القاهرة");
        const QString combining = QStringLiteral("Ce\u0301sar\u0301 talks in Doha");
        QTest::addRow("latin") << latin << false;
        QTest::addRow("latin, bold") << latin << true;
        QTest::addRow("arabic") << arabic << false;
        QTest::addRow("combining marks") << combining << false;
        QTest::addRow("one letter") << QStringLiteral("X") << false;
        QTest::addRow("empty") << QString() << false;
    }

    void labelsAreCutAsQtCutsThem()
    {
        QFETCH(QString, title);
        QFETCH(bool, bold);
        const QByteArray utf8 = title.toUtf8();
        auto dataset = std::make_unique<Dataset>();
        EventStore::NewEvent event;
        event.id = "e1";
        event.title = std::string_view(utf8.constData(), size_t(utf8.size()));
        event.start = PartialDate::parse(std::string_view("2024-07-15"));
        dataset->events.append(event);
        dataset->events.finish(0, {}, {});

        QFont font = timelineFont();
        font.setBold(bold);
        const QFontMetricsF metrics(font);
        const double full = metrics.horizontalAdvance(title);
        LabelTextCache cache;
        // Widths around the whole title's, to the 1/64 px Qt measures in, and far below it.
        std::vector<double> widths{0, 1, 10, 30, full / 2, full, full + 1, full + 100};
        for (int step = -4; step <= 4; ++step)
            widths.push_back(full + step / 64.0);
        for (int round = 0; round < 2; ++round) {
            for (double width : widths) {
                const LabelTextCache::Label label =
                    cache.fit(dataset->events, 0, timelineFont(), bold, width);
                const QString expected = metrics.elidedText(title, Qt::ElideRight, width);
                QCOMPARE(label.text, expected);
                QCOMPARE(label.width, expected.isEmpty() ? 0.0 : metrics.horizontalAdvance(expected));
            }
        }
    }

    // A font change (the user's, or an export's) measures every title afresh.
    void labelsAreMeasuredAfreshInANewFont()
    {
        const OneLane lane({QStringLiteral("2024-07-15")});
        LabelTextCache cache;
        const QFont small = timelineFont();
        QFont large = small;
        large.setPointSize(18);
        const double inSmall = cache.fit(lane.dataset->events, 0, small, false, 1000).width;
        const double inLarge = cache.fit(lane.dataset->events, 0, large, false, 1000).width;
        QCOMPARE(inSmall, QFontMetricsF(small).horizontalAdvance(QStringLiteral("Event 1")));
        QCOMPARE(inLarge, QFontMetricsF(large).horizontalAdvance(QStringLiteral("Event 1")));
        QVERIFY(inLarge > inSmall);
        QCOMPARE(cache.prepared(QStringLiteral("Event 1"), large, false).size().width(),
                 QFontMetricsF(large).horizontalAdvance(QStringLiteral("Event 1")));
    }
};

QTEST_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
