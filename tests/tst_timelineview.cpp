// SPDX-License-Identifier: MIT
// The timeline widget under real input events, offscreen: wheel, drag, Shift-drag, keys, clicks
// and double-clicks change the visible window and the shared selection as a user expects.
#include "eventdetailspanel.h"
#include "mainwindow.h"
#include "timelineview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QAction>
#include <QSettings>
#include <QTest>
#include <QWheelEvent>

namespace {

bool holds(const std::vector<int> &lanes, int lane)
{
    return std::find(lanes.begin(), lanes.end(), lane) != lanes.end();
}

void sendWheel(QWidget *widget, QPointF position, int deltaY, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent wheel(position, widget->mapToGlobal(position), QPoint(), QPoint(0, deltaY),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &wheel);
}

void sendMouseMove(QWidget *widget, QPointF position, Qt::MouseButtons buttons,
                   Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent move(QEvent::MouseMove, position, widget->mapToGlobal(position), Qt::NoButton,
                     buttons, modifiers);
    QCoreApplication::sendEvent(widget, &move);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<MainWindow> m_window;
    TimelineView *view() const { return m_window->timelineView(); }
    VisibleWindow *window() const { return m_window->visibleWindow(); }
    double timelineX(double widgetX) const
    {
        return widgetX - view()->renderer().geometry().headerWidth;
    }
    // A point in the middle of the lanes, away from markers and labels is not needed: panning
    // and zooming work anywhere in the timeline area.
    QPoint middle() const { return QPoint(view()->width() / 2, view()->height() / 2); }

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
        view()->setFocus();
        view()->repaint();
    }

    void cleanup() { m_window.reset(); }

    void wheelZoomsAroundTheCursor_data()
    {
        QTest::addColumn<int>("delta");
        QTest::addColumn<bool>("zoomsIn");
        QTest::addRow("wheel forward zooms in") << 120 << true;
        QTest::addRow("wheel back zooms out") << -240 << false;
    }

    void wheelZoomsAroundTheCursor()
    {
        QFETCH(int, delta);
        QFETCH(bool, zoomsIn);
        const QPoint at(view()->renderer().geometry().headerWidth + 150, 200);
        const qint64 before = window()->mapping().secondAt(timelineX(at.x()));
        const qint64 spanBefore = window()->span();
        sendWheel(view(), at, delta);
        QCOMPARE(window()->span() < spanBefore, zoomsIn);
        const qint64 after = window()->mapping().secondAt(timelineX(at.x()));
        // The time under the pointer stays put, to within a pixel.
        QVERIFY2(std::abs(after - before) <= qint64(window()->mapping().secondsPerPixel) + 1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(before).arg(after)));
    }

    // A dataset of positions only (an imported position table) has no lanes; the timeline says
    // where its positions are instead of showing an empty day in 1970.
    void anEmptyTimelineSaysWhy()
    {
        QCOMPARE(view()->emptyMessage(), QString()); // the sample has lanes
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("positions.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"tideline/1\", \"actors\": [{\"id\": \"a\", \"name\": \"A\", "
                   "\"kind\": \"person\"}], \"issues\": [{\"id\": \"i\", \"title\": \"I\"}], "
                   "\"positions\": [{\"id\": \"p\", \"actor\": \"a\", \"issue\": \"i\", "
                   "\"stance\": \"supports\", \"date\": \"2022-09\", \"visibility\": \"public\", "
                   "\"statement\": \"For it\"}]}");
        file.close();
        QVERIFY(m_window->openPaths({path}));
        QTRY_COMPARE(view()->lanes().laneCount(), 0);
        QVERIFY2(view()->emptyMessage().contains(QStringLiteral("no events. Its 1 stated position")),
                 qPrintable(view()->emptyMessage()));
        // Painted, in the middle of the lanes' area: that band differs from the background far
        // more than a band of the same size below it (grid lines cross both).
        const QImage image = view()->grab().toImage();
        const int left = view()->renderer().geometry().headerWidth + 30;
        const QRgb background = image.pixel(left, view()->height() / 2 + 80);
        const auto inkIn = [&](int top) {
            int ink = 0;
            for (int x = left; x < view()->width() - 30; ++x) {
                for (int y = top; y < top + 20; ++y)
                    ink += image.pixel(x, y) != background ? 1 : 0;
            }
            return ink;
        };
        const int text = inkIn(view()->height() / 2 - 10);
        const int below = inkIn(view()->height() / 2 + 70);
        QVERIFY2(text > below + 100, qPrintable(QStringLiteral("%1 against %2").arg(text).arg(below)));
    }

    void shiftWheelScrollsLanesInsteadOfZooming()
    {
        const qint64 span = window()->span();
        sendWheel(view(), middle(), -120, Qt::ShiftModifier);
        QCOMPARE(window()->span(), span);
        QVERIFY(view()->verticalOffset() > 0);
    }

    void dragPansTheWindow()
    {
        const qint64 start = window()->start();
        const double secondsPerPixel = window()->mapping().secondsPerPixel;
        const QPoint from = middle();
        QTest::mousePress(view(), Qt::LeftButton, {}, from);
        sendMouseMove(view(), from + QPoint(50, 0), Qt::LeftButton);
        sendMouseMove(view(), from + QPoint(100, 0), Qt::LeftButton);
        QTest::mouseRelease(view(), Qt::LeftButton, {}, from + QPoint(100, 0));
        // Dragging right shows earlier times.
        const double moved = double(start - window()->start()) / secondsPerPixel;
        QVERIFY2(std::abs(moved - 100) < 1.5, qPrintable(QString::number(moved)));
        QCOMPARE(m_window->selection()->event(), -1); // a drag is not a click
    }

    void shiftDragSelectsARangeAndZoomsIntoIt()
    {
        const int x0 = view()->renderer().geometry().headerWidth + 200;
        const int x1 = x0 + 150;
        const qint64 t0 = window()->mapping().secondAt(timelineX(x0));
        const qint64 t1 = window()->mapping().secondAt(timelineX(x1));
        QTest::mousePress(view(), Qt::LeftButton, Qt::ShiftModifier, QPoint(x0, 300));
        sendMouseMove(view(), QPoint(x0 + 70, 300), Qt::LeftButton, Qt::ShiftModifier);
        sendMouseMove(view(), QPoint(x1, 300), Qt::LeftButton, Qt::ShiftModifier);
        QTest::mouseRelease(view(), Qt::LeftButton, Qt::ShiftModifier, QPoint(x1, 300));
        QVERIFY(std::abs(window()->start() - t0) <= qint64(window()->mapping().secondsPerPixel) * 2);
        QVERIFY(std::abs(window()->end() - t1) <= qint64(window()->mapping().secondsPerPixel) * 2
                    + window()->span() / 100);
    }

    void dragOnTheAxisSelectsARangeToo()
    {
        const int x0 = view()->renderer().geometry().headerWidth + 100;
        const qint64 span = window()->span();
        QTest::mousePress(view(), Qt::LeftButton, {}, QPoint(x0, 10));
        sendMouseMove(view(), QPoint(x0 + 100, 10), Qt::LeftButton);
        QTest::mouseRelease(view(), Qt::LeftButton, {}, QPoint(x0 + 100, 10));
        QVERIFY(window()->span() < span / 4);
    }

    void keysZoomPanAndFit_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("spanChange");  // -1 narrower, 0 same, +1 wider
        QTest::addColumn<int>("startChange"); // -1 earlier, 0 same, +1 later
        QTest::addRow("plus zooms in") << int(Qt::Key_Plus) << -1 << 1;
        QTest::addRow("minus zooms out") << int(Qt::Key_Minus) << 1 << -1;
        QTest::addRow("left pans earlier") << int(Qt::Key_Left) << 0 << -1;
        QTest::addRow("right pans later") << int(Qt::Key_Right) << 0 << 1;
        QTest::addRow("home fits everything") << int(Qt::Key_Home) << 1 << -1;
    }

    // The keyboard alone browses the events: Ctrl+Right and Ctrl+Left step through one lane's
    // events in time, each brought into view, and stop at the lane's ends; Ctrl+Down and Ctrl+Up
    // move to the next lane with events, to its event nearest in time; Enter gives the details
    // panel the focus, for a screen reader to read.
    void keysStepFromEventToEvent()
    {
        const TimelineLanes &lanes = view()->lanes();
        const EventStore &events = m_window->session()->dataset()->events;
        SelectionState *selection = m_window->selection();
        QCOMPARE(selection->event(), -1);
        QTest::keyClick(view(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(selection->event() >= 0);
        const int lane = view()->browsedLane();
        QVERIFY(holds(lanes.lanesOfEvent(selection->event()), lane));
        // Back to the lane's first event, where the selection stays.
        for (int previous = -1; previous != selection->event();) {
            previous = selection->event();
            QTest::keyClick(view(), Qt::Key_Left, Qt::ControlModifier);
            QCOMPARE(view()->browsedLane(), lane);
        }
        const int first = selection->event();

        std::vector<int> visited{first};
        for (int guard = 0; guard < events.count(); ++guard) {
            QTest::keyClick(view(), Qt::Key_Right, Qt::ControlModifier);
            if (selection->event() == visited.back())
                break; // the lane's last event: the selection stays
            visited.push_back(selection->event());
            QCOMPARE(view()->browsedLane(), lane);
            const qint64 begin = events.beginSecond(selection->event());
            QVERIFY2(begin >= window()->start() && begin < window()->end(),
                     "the event stepped to is in view");
        }
        std::vector<int> expected; // the lane's events, in time
        for (int event = 0; event < events.count(); ++event) {
            if (holds(lanes.lanesOfEvent(event), lane))
                expected.push_back(event);
        }
        QVERIFY(expected.size() >= 3);
        QCOMPARE(visited, expected);
        for (size_t i = visited.size() - 1; i-- > 0;) {
            QTest::keyClick(view(), Qt::Key_Left, Qt::ControlModifier);
            QCOMPARE(selection->event(), visited[i]);
        }

        // A: the actor of the lane being browsed.
        QTest::keyClick(view(), Qt::Key_A);
        QCOMPARE(selection->actor(), lanes.laneInfo(lane).actor);
        QVERIFY(selection->actor() >= 0);

        const qint64 at = events.beginSecond(selection->event());
        QTest::keyClick(view(), Qt::Key_Down, Qt::ControlModifier);
        const int next = view()->browsedLane();
        QVERIFY(next > lane);
        for (int skipped = lane + 1; skipped < next; ++skipped)
            QCOMPARE(lanes.stepFrom(skipped, -1, 1), -1); // lanes without events are passed over
        QVERIFY(holds(lanes.lanesOfEvent(selection->event()), next));
        const qint64 distance = std::abs(events.beginSecond(selection->event()) - at);
        for (int event = 0; event < events.count(); ++event) {
            if (holds(lanes.lanesOfEvent(event), next))
                QVERIFY(std::abs(events.beginSecond(event) - at) >= distance);
        }
        QTest::keyClick(view(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(view()->browsedLane(), lane);
        QVERIFY(holds(lanes.lanesOfEvent(selection->event()), lane));

        auto *details = m_window->findChild<EventDetailsPanel *>();
        QVERIFY(details);
        QTest::keyClick(view(), Qt::Key_Return);
        QTRY_COMPARE(m_window->focusWidget(), static_cast<QWidget *>(details));
        QVERIFY(details->isVisible());
    }

    // While a new dataset's lanes are laid out on a worker, the lanes on screen are the previous
    // dataset's, whose event numbers mean nothing in the new one: the keys wait for the new lanes.
    void keyBrowsingWaitsForTheNewDatasetsLanes()
    {
        SelectionState *selection = m_window->selection();
        view()->setBackgroundLaneThreshold(0); // every layout on a worker
        QVERIFY(m_window->openPaths({QStringLiteral(TIDELINE_TEST_DATA "/merge")}));
        QVERIFY(!view()->isCurrent());
        QTest::keyClick(view(), Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(selection->event(), -1);
        QTRY_VERIFY(view()->isCurrent());
        QTest::keyClick(view(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(selection->event() >= 0);
        QVERIFY(selection->event() < m_window->session()->dataset()->events.count());
    }

    void keysZoomPanAndFit()
    {
        QFETCH(int, key);
        QFETCH(int, spanChange);
        QFETCH(int, startChange);
        const qint64 span = window()->span();
        const qint64 start = window()->start();
        QTest::keyClick(view(), Qt::Key(key));
        const auto sign = [](qint64 v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
        QCOMPARE(sign(window()->span() - span), spanChange);
        QCOMPARE(sign(window()->start() - start), startChange);
        if (key == Qt::Key_Home) {
            // Everything fits: the 2007 event is in view.
            QVERIFY(window()->start() <= window()->dataFirst());
            QVERIFY(window()->end() >= window()->dataLast());
        }
    }

    // Fit All (Home) leaves the same margin on both sides, whether or not the lanes need a
    // scroll bar: the time axis is as wide as the area painted for it.
    void fitAllCentresTheDataWithOrWithoutTheScrollBar_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("scrollBar");
        QTest::addRow("sample: many lanes, scroll bar") << QString() << true;
        QTest::addRow("three lanes, no scroll bar") << QStringLiteral(TIDELINE_TEST_DATA "/merge") << false;
    }

    void fitAllCentresTheDataWithOrWithoutTheScrollBar()
    {
        QFETCH(QString, path);
        QFETCH(bool, scrollBar);
        if (!path.isEmpty())
            QVERIFY(m_window->openPaths({path}));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home);
        const QScrollBar *bar = view()->findChild<QScrollBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->isVisible(), scrollBar);
        const int painted = view()->width() - view()->renderer().geometry().headerWidth
            - (bar->isVisible() ? bar->width() : 0);
        QCOMPARE(window()->width(), painted);
        const TimeMapping mapping = window()->mapping();
        const double left = mapping.xOf(window()->dataFirst());
        const double right = painted - mapping.xOf(window()->dataLast());
        QVERIFY2(std::abs(left - right) <= 1.5, qPrintable(QStringLiteral("left margin %1 px, right %2 px")
                                                               .arg(left).arg(right)));
    }

    void bigDatasetsLayOutLanesOnAWorkerAndIgnoreClicksUntilThen()
    {
        // Every dataset counts as big here, so the background path is the one taken.
        view()->setBackgroundLaneThreshold(0);
        view()->repaint();
        const TimelineFrame::Item oldItem = view()->lastFrame().items.front();
        QSignalSpy installed(view(), &TimelineView::lanesInstalled);
        QVERIFY(m_window->openPaths({QStringLiteral(TIDELINE_TEST_DATA "/merge")}));
        QCOMPARE(m_window->session()->dataset()->events.count(), 3);
        // The lanes are built on a worker, whose result can only land through the event loop:
        // until then the sample's lanes are on screen, and a click on one of its markers selects
        // nothing, since that event index would mean another event in the new dataset.
        QVERIFY(!view()->isCurrent());
        QCOMPARE(installed.count(), 0);
        QTest::mouseClick(view(), Qt::LeftButton, {}, oldItem.marker.center().toPoint());
        QCOMPARE(m_window->selection()->event(), -1);
        QTRY_VERIFY(view()->isCurrent());
        QCOMPARE(view()->lanes().laneCount(), 3); // one per actor of the merge data

        // A change of grouping goes through the worker too, and lands.
        view()->setGrouping(LaneGrouping::Single);
        QTRY_COMPARE(view()->lanes().laneCount(), 1);
        QVERIFY(!view()->isBuildingLanes());

        // Two changes in a row: only the last one's lanes are installed, once.
        installed.clear();
        view()->setGrouping(LaneGrouping::Tags);
        view()->setGrouping(LaneGrouping::Actors);
        QTRY_VERIFY(!view()->isBuildingLanes());
        QTRY_COMPARE(installed.count(), 1);
        QTest::qWait(50);
        QCOMPARE(installed.count(), 1);
        QCOMPARE(view()->lanes().laneCount(), 3);
        view()->repaint();
        const TimelineFrame::Item item = view()->lastFrame().items.front();
        QTest::mouseClick(view(), Qt::LeftButton, {}, item.marker.center().toPoint());
        QCOMPARE(m_window->selection()->event(), item.event);
    }

    // The sample's 2007 and its 2023-2024 with the years between collapsed: a click on either
    // side of the break selects the event under the cursor, and the wheel zooms around it.
    void breaksKeepClicksAndZoomExact()
    {
        // View → Collapse Empty Stretches, by its shortcut's action; the choice is remembered.
        QAction *collapse = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B))
                collapse = action;
        }
        QVERIFY(collapse);
        QVERIFY(!collapse->isChecked());
        collapse->trigger();
        QVERIFY(view()->collapsesEmptyStretches());
        QCOMPARE(QSettings().value("window/breaks").toBool(), true);
        QTest::keyClick(view(), Qt::Key_Home); // fit everything
        QVERIFY(!m_window->visibleWindow()->breaks().empty());
        view()->repaint();
        const TimeMapping mapping = m_window->visibleWindow()->mapping();
        QVERIFY(!mapping.breaks.empty());
        const qint64 breakEnd = mapping.breaks.front().to;
        bool before = false, after = false;
        const auto clickEach = [&] {
            view()->repaint();
            const TimelineFrame frame = view()->lastFrame();
            for (const TimelineFrame::Item &item : frame.items) {
                const qint64 begin = m_window->session()->dataset()->events.beginSecond(item.event);
                if ((begin < breakEnd && before) || (begin >= breakEnd && after))
                    continue;
                if (item.marker.top() < view()->renderer().geometry().axisHeight
                    || item.marker.bottom() > view()->height())
                    continue; // scrolled out of view
                QTest::mouseClick(view(), Qt::LeftButton, {}, item.marker.center().toPoint());
                if (m_window->selection()->event() != item.event)
                    continue; // another event's marker on the same pixel
                (begin < breakEnd ? before : after) = true;
            }
        };
        clickEach();
        // Hamas's lane holds a 2007 event, before the break.
        view()->revealActor(m_window->session()->dataset()->actorIndex(QStringLiteral("hamas")));
        clickEach();
        QVERIFY(before);
        QVERIFY(after);

        const QPoint at(view()->renderer().geometry().headerWidth + int(mapping.xOf(breakEnd)) + 40, 200);
        const qint64 under = m_window->visibleWindow()->mapping().secondAt(timelineX(at.x()));
        sendWheel(view(), at, 240);
        QVERIFY(std::abs(m_window->visibleWindow()->mapping().xOf(under) - timelineX(at.x())) < 1.0);

        collapse->trigger();
        QVERIFY(!view()->collapsesEmptyStretches());
        QVERIFY(m_window->visibleWindow()->breaks().empty());
        QCOMPARE(QSettings().value("window/breaks").toBool(), false);
    }

    void clickingAMarkerSelectsTheEventAndFillsTheDetails()
    {
        const TimelineFrame &frame = view()->lastFrame();
        QVERIFY(!frame.items.empty());
        const TimelineFrame::Item item = frame.items.front();
        QTest::mouseClick(view(), Qt::LeftButton, {}, item.marker.center().toPoint());
        QCOMPARE(m_window->selection()->event(), item.event);
        QCOMPARE(m_window->detailsPanel()->shownEvent(), item.event);
        const QString title = m_window->session()->dataset()->events.title(item.event);
        QVERIFY(m_window->detailsPanel()->toPlainText().contains(title));

        // Esc clears the selection; clicking empty space does too.
        QTest::keyClick(view(), Qt::Key_Escape);
        QCOMPARE(m_window->selection()->event(), -1);
        QTest::mouseClick(view(), Qt::LeftButton, {}, item.marker.center().toPoint());
        QCOMPARE(m_window->selection()->event(), item.event);
        QTest::mouseClick(view(), Qt::LeftButton, {},
                          QPoint(view()->width() - 40, view()->height() - 5));
        QCOMPARE(m_window->selection()->event(), -1);
    }

    void doubleClickZoomsToTheEventAndFFitsTheSelection()
    {
        const TimelineFrame::Item item = view()->lastFrame().items.front();
        const EventStore &events = m_window->session()->dataset()->events;
        QTest::mouseDClick(view(), Qt::LeftButton, {}, item.marker.center().toPoint());
        QCOMPARE(m_window->selection()->event(), item.event);
        QVERIFY(window()->start() <= events.beginSecond(item.event));
        QVERIFY(window()->end() >= events.endSecond(item.event));
        const qint64 zoomedSpan = window()->span();
        QTest::keyClick(view(), Qt::Key_Home);
        QVERIFY(window()->span() > zoomedSpan);
        QTest::keyClick(view(), Qt::Key_F);
        QCOMPARE(window()->span(), zoomedSpan);
    }

    void clickingALaneTriangleFoldsItsMembers()
    {
        const int lanes = view()->lanes().laneCount();
        const int israelLane = 0;
        QVERIFY(view()->lanes().laneInfo(israelLane).hasChildren);
        const double top = view()->renderer().laneTop(israelLane, view()->verticalOffset());
        // A copy: the first click rebuilds the renderer.
        const QPoint triangle = view()->renderer().geometry().disclosureTriangle(0, top).center().toPoint();
        QTest::mouseClick(view(), Qt::LeftButton, {}, triangle);
        QVERIFY(view()->lanes().laneInfo(israelLane).collapsed);
        QVERIFY(view()->lanes().laneCount() < lanes);
        QTest::mouseClick(view(), Qt::LeftButton, {}, triangle);
        QCOMPARE(view()->lanes().laneCount(), lanes);
    }

    void clickingALaneTitleSelectsItsActor()
    {
        const int lane = 1; // Netanyahu, under Israel
        const double top = view()->renderer().laneTop(lane, view()->verticalOffset());
        QTest::mouseClick(view(), Qt::LeftButton, {}, QPoint(100, int(top) + 12));
        QCOMPARE(m_window->selection()->actor(), view()->lanes().laneInfo(lane).actor);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
