// SPDX-License-Identifier: MIT
// The overview: the histogram counts what the filter passes, in calendar bins; real mouse drags
// on the chart pan the timeline, show another period, or set the date filter.
#include "mainwindow.h"
#include "overviewview.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QGraphicsRectItem>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

void drag(QWidget *widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

int stackedTotal(const OverviewHistogram &histogram)
{
    int total = 0;
    for (const auto &group : histogram.groups)
        for (int count : group.counts)
            total += count;
    return total;
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<MainWindow> m_window;
    OverviewView *overview() const { return m_window->overview(); }
    // Where the chart draws a second, in the overview's coordinates, and the second it shows at
    // an x: what a user sees, asked of the chart and its axis.
    double xOf(qint64 second) const
    {
        QChart *chart = overview()->chart();
        const QPointF inChart =
            chart->mapToPosition(QPointF(double(second), 0), chart->series().front());
        return overview()->mapFromScene(chart->mapToScene(inChart)).x();
    }
    qint64 secondAt(int x) const
    {
        QChart *chart = overview()->chart();
        const QPointF inChart = chart->mapFromScene(overview()->mapToScene(QPoint(x, 0)));
        return qint64(chart->mapToValue(inChart, chart->series().front()).x());
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 900);
        m_window->openAtStart({});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(overview()->isVisible());
    }

    void cleanup() { m_window.reset(); }

    void histogramCountsEveryPassingEventInCalendarBins()
    {
        const OverviewHistogram &histogram = overview()->histogram();
        QCOMPARE(stackedTotal(histogram), 23);
        QVERIFY(histogram.binCount() > 1 && histogram.binCount() <= 160);
        QVERIFY(std::is_sorted(histogram.edges.begin(), histogram.edges.end()));
        // A 2007–2024 span is binned by years: every edge is a 1 January.
        QCOMPARE(histogram.step.kind, TimeAxis::StepKind::Years);

        EventFilter filter;
        filter.actors = {m_window->session()->dataset()->actorIndex(QStringLiteral("hamas"))};
        m_window->filterState()->setFilter(filter);
        QCOMPARE(stackedTotal(overview()->histogram()), m_window->filterState()->result()->eventCount);
        QVERIFY(stackedTotal(overview()->histogram()) < 23);
    }

    // A new filter's counts go into the chart already shown (a new chart per result cost ~50 ms
    // at a million events): the same chart, its series drawing the new counts, stacked, and
    // series added or removed as the groups change.
    void aNewFilterRedrawsTheSameChart_data()
    {
        QTest::addColumn<QStringList>("actors");
        QTest::newRow("one actor") << QStringList{QStringLiteral("hamas")};
        QTest::newRow("two actors") << QStringList{QStringLiteral("hamas"), QStringLiteral("israel")};
    }
    void aNewFilterRedrawsTheSameChart()
    {
        QFETCH(QStringList, actors);
        QChart *chart = overview()->chart();
        EventFilter filter;
        for (const QString &actor : actors) {
            const int index = m_window->session()->dataset()->actorIndex(actor);
            QVERIFY(index >= 0);
            filter.actors.insert(index);
        }
        QSignalSpy rebuilt(overview(), &OverviewView::rebuilt);
        m_window->filterState()->setFilter(filter);
        QTRY_VERIFY(!rebuilt.isEmpty());
        QCOMPARE(overview()->chart(), chart);
        const OverviewHistogram &histogram = overview()->histogram();
        const QList<QAbstractSeries *> series = chart->series();
        QCOMPARE(series.size(), qsizetype(histogram.groups.size()));
        int drawn = 0;
        for (QAbstractSeries *each : series) {
            auto *area = qobject_cast<QAreaSeries *>(each);
            QVERIFY(area);
            QCOMPARE(area->upperSeries()->count(), 2 * histogram.binCount());
            for (int point = 0; point < area->upperSeries()->count(); point += 2)
                drawn += int(area->upperSeries()->at(point).y() - area->lowerSeries()->at(point).y());
        }
        QCOMPARE(drawn, m_window->filterState()->result()->eventCount);
        QCOMPARE(drawn, stackedTotal(histogram));
    }

    // Dragging the window's edge resizes the overview pixel by pixel: the chart is drawn again
    // once the width has settled, not for every resize event; a new filter result, at once.
    void resizingRebuildsOnceTheWidthSettles()
    {
        QSignalSpy rebuilt(overview(), &OverviewView::rebuilt);
        const QSize start = overview()->size();
        for (int step = 1; step <= 30; ++step) {
            overview()->resize(start.width() - 4 * step, start.height()); // a resize event each
            QCOMPARE(overview()->width(), start.width() - 4 * step);
        }
        QCOMPARE(rebuilt.count(), 0);
        m_window->resize(m_window->width() - 120, m_window->height()); // the layout's turn
        QTRY_COMPARE(rebuilt.count(), 1);
        QTest::qWait(300);
        QCOMPARE(rebuilt.count(), 1);
        // Only the height changes: the labels need no new choice.
        m_window->resize(m_window->width(), m_window->height() - 40);
        QTest::qWait(300);
        QCOMPARE(rebuilt.count(), 1);
        EventFilter filter;
        filter.tags << 0;
        m_window->filterState()->setFilter(filter);
        QCOMPARE(rebuilt.count(), 2);
    }

    // Where the filter runs on a worker (a big dataset), the histogram is counted on one too:
    // the result lands with the chart still the previous one, and the chart follows with the
    // result's counts.
    void aBigDatasetsHistogramIsCountedOnAWorker()
    {
        FilterState *state = m_window->filterState();
        state->setWorkerThreshold(0);
        // A busy machine may still owe the previous test's resize its rebuild.
        QTRY_VERIFY(!overview()->isWaitingForWidth());
        QSignalSpy rebuilt(overview(), &OverviewView::rebuilt);
        int rebuiltWhenTheResultLanded = -1;
        int countedWhenTheResultLanded = -1;
        QObject listener; // connected after the overview: runs once its slot has
        connect(state, &FilterState::resultChanged, &listener, [&] {
            rebuiltWhenTheResultLanded = int(rebuilt.count());
            countedWhenTheResultLanded = stackedTotal(overview()->histogram());
        });
        EventFilter filter;
        filter.actors = {m_window->session()->dataset()->actorIndex(QStringLiteral("hamas"))};
        state->setFilter(filter);
        QVERIFY(state->isBusy());
        QTRY_VERIFY(rebuiltWhenTheResultLanded >= 0);
        QCOMPARE(rebuiltWhenTheResultLanded, 0);
        QCOMPARE(countedWhenTheResultLanded, 23); // still the previous counts
        QTRY_COMPARE(rebuilt.count(), 1);
        QCOMPARE(stackedTotal(overview()->histogram()), state->result()->eventCount);
        QVERIFY(state->result()->eventCount < 23);
        int drawn = 0;
        for (QAbstractSeries *each : overview()->chart()->series()) {
            auto *area = qobject_cast<QAreaSeries *>(each);
            for (int point = 0; point < area->upperSeries()->count(); point += 2)
                drawn += int(area->upperSeries()->at(point).y() - area->lowerSeries()->at(point).y());
        }
        QCOMPARE(drawn, state->result()->eventCount);
    }

    void draggingTheWindowPansTheTimeline()
    {
        VisibleWindow *window = m_window->visibleWindow();
        // A window a few years wide in the middle of the span, so that it can move both ways.
        window->fitRange(overview()->histogram().edges[3], overview()->histogram().edges[6], 0);
        const qint64 span = window->span();
        const qint64 start = window->start();
        const int x = int((xOf(window->start()) + xOf(window->end())) / 2);
        const int y = int(overview()->plotArea().center().y());
        drag(overview()->viewport(), QPoint(x, y), QPoint(x + 60, y));
        QCOMPARE(window->span(), span);
        const qint64 expected = secondAt(x + 60) - secondAt(x);
        QVERIFY2(std::abs((window->start() - start) - expected) <= expected / 20,
                 qPrintable(QStringLiteral("%1 vs %2").arg(window->start() - start).arg(expected)));
    }

    void draggingOnEmptySpaceShowsThatPeriod()
    {
        VisibleWindow *window = m_window->visibleWindow();
        const QRectF plot = overview()->plotArea();
        const int y = int(plot.center().y());
        const int x0 = int(plot.left() + 20);
        const int x1 = int(plot.left() + 220);
        drag(overview()->viewport(), QPoint(x0, y), QPoint(x1, y));
        QVERIFY(std::abs(window->start() - secondAt(x0)) < window->span() / 50);
        QVERIFY(std::abs(window->end() - secondAt(x1)) < window->span() / 50);
        QVERIFY(m_window->filterState()->filter().isEmpty()); // a plain drag does not filter
    }

    void aClickCentresTheWindowThereEvenWhenNothingPassesTheFilter()
    {
        EventFilter nothing;
        nothing.from = PartialDate::fromYear(1900);
        nothing.to = PartialDate::fromYear(1901);
        m_window->filterState()->setFilter(nothing);
        QCOMPARE(m_window->filterState()->result()->eventCount, 0);
        QVERIFY(overview()->chart()->series().isEmpty());
        const OverviewHistogram &histogram = overview()->histogram();
        QVERIFY(histogram.binCount() > 0); // the bins still span the dataset

        VisibleWindow *window = m_window->visibleWindow();
        const qint64 span = window->span();
        const QRectF plot = overview()->plotArea();
        const int x = int(plot.left() + plot.width() / 4);
        QTest::mouseClick(overview()->viewport(), Qt::LeftButton, {},
                          QPoint(x, int(plot.center().y())));
        const double fraction = (x - plot.left()) / plot.width();
        const qint64 expected = histogram.edges.front()
            + qint64(fraction * double(histogram.edges.back() - histogram.edges.front()));
        QCOMPARE(window->span(), span);
        const qint64 middle = window->start() + span / 2;
        QVERIFY2(std::abs(middle - expected) < (histogram.edges.back() - histogram.edges.front()) / 100,
                 qPrintable(QStringLiteral("%1 vs %2").arg(middle).arg(expected)));
    }

    void ctrlDragSetsTheDateFilterAtTheBinsPrecision()
    {
        const QRectF plot = overview()->plotArea();
        const int y = int(plot.center().y());
        const int x0 = int(xOf(overview()->histogram().edges[2]) + 5);
        const int x1 = int(plot.right() - 5);
        drag(overview()->viewport(), QPoint(x0, y), QPoint(x1, y), Qt::ControlModifier);
        const EventFilter &filter = m_window->filterState()->filter();
        QVERIFY(filter.from.isValid());
        QVERIFY(filter.to.isValid());
        // Year bins give year-precision dates, never a made-up day.
        QCOMPARE(filter.from.precision, DatePrecision::Year);
        QCOMPARE(filter.to.precision, DatePrecision::Year);
        QVERIFY(m_window->filterState()->result()->eventCount < 23);
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
