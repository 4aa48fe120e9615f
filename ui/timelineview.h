// SPDX-License-Identifier: MIT
#pragma once

#include "datasetsession.h"
#include "filterengine.h"
#include "selectionstate.h"
#include "timelinelanebuilder.h"
#include "timelinenavigation.h"
#include "timelinerenderer.h"
#include "visiblewindow.h"

#include <QWidget>

#include <memory>

class QPainter;
class QScrollBar;

// The timeline on screen: input only. Painting is TimelineRenderer's, the time window is
// VisibleWindow's, the selection is SelectionState's, laying out the lanes is
// TimelineLaneBuilder's; this widget turns wheel, mouse, touchpad and keys into changes of those,
// following the conventions of timeline and profiler viewers.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    TimelineView(DatasetSession *session, SelectionState *selection, VisibleWindow *window,
                 QWidget *parent = nullptr);
    ~TimelineView() override;

    void setGrouping(LaneGrouping grouping);
    LaneGrouping grouping() const { return m_laneBuilder.requested().grouping; }
    void toggleCollapsed(int actor);
    // Only the events that pass the filter are laid out; null: all of them.
    void setFilterResult(std::shared_ptr<const FilterResult> result);

    // Zoom keeping the middle fixed; fit everything; fit the selected event or time range.
    void zoomIn();
    void zoomOut();
    void fitAll();
    // Where most events are: from the event a third of the way in to the latest end. Used
    // when a dataset opens, so that one early outlier does not squash the story into a sliver.
    void fitMostEvents();
    void fitSelection();
    void clearSelection();
    // Long stretches without an event that passes drawn narrow, behind a break mark.
    void setCollapseEmptyStretches(bool collapse);
    bool collapsesEmptyStretches() const { return m_collapseEmptyStretches; }
    // Scrolls the lanes so that the actor's lane is in view.
    void revealActor(int actor);
    // Keyboard browsing (Ctrl+Right, Ctrl+Left): selects the next or previous event in time in
    // the lane being browsed, which is the selected event's lane, or with nothing selected the
    // event nearest the middle of the window in the first lane in view. Ctrl+Down and Ctrl+Up
    // move to the next or previous lane with events, to its event nearest the selected one's
    // start. The event is brought into view, panning and scrolling as needed. Nothing happens
    // while the lanes on screen are still the previous dataset's.
    void stepEvent(int step);
    void stepLane(int step);
    // The lane keyboard browsing is in, or -1 before any.
    int browsedLane() const { return m_browsedLane; }

    const TimelineFrame &lastFrame() const { return m_frame; }
    // Counts the frames that showed another window, size, scroll position or set of lanes: what
    // the accessibility tree is made from changed (TimelineAccessible).
    quint64 frameSerial() const { return m_frameSerial; }
    const Dataset &shownDataset() const { return *m_shown->dataset; }
    const VisibleWindow *visibleWindow() const { return m_window; }
    int selectedEvent() const { return m_selection->event(); }
    // An event's dates as written and its actors, one per line: its tooltip under its title,
    // and what a screen reader says after the title.
    QString eventDescription(int event) const;
    const TimelineLanes &lanes() const { return m_shown->lanes; }
    const TimelineRenderer &renderer() const { return *m_renderer; }
    int verticalOffset() const { return m_verticalOffset; }
    // The event drawn at a point, or -1.
    int eventAt(const QPointF &position) const;
    // Datasets with at least this many events lay out their lanes on a worker thread.
    void setBackgroundLaneThreshold(int events) { m_laneBuilder.setWorkerThreshold(events); }
    // False while the lanes on screen still belong to the previous dataset.
    bool isCurrent() const { return m_shown->dataset == m_session->dataset(); }
    bool isBuildingLanes() const { return m_laneBuilder.isBuilding(); }

    QSize sizeHint() const override { return {900, 520}; }

signals:
    // New lanes are on screen (after a dataset, filter, grouping or fold change).
    void lanesInstalled();
    // Enter on the selected event: its details were asked for.
    void detailsRequested(int event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

public:
    // What an empty timeline says instead of lanes (empty when it has lanes).
    QString emptyMessage() const;

private:
    void paintEmptyMessage(QPainter &painter) const;
    // Tells an assistive technology, when one listens, that the frame now shows other lanes or
    // events, and which event is selected.
    void noteFrameForAccessibility();
    void announceToAccessibility();
    void updateBreaks();
    enum class Drag { None, Pan, Range };

    TimelineNavigation::Lanes navigationLanes();
    void showBuiltLanes();
    void makeRenderer(const BuiltTimelineLanes &lanes);
    void updateScrollBar();
    void setVerticalOffset(int offset);
    void revealLane(int lane);
    // The lane to browse from: the browsed lane if it holds the selected event, else the
    // selected event's first lane, else the first lane in view with events (-1: none).
    int laneToBrowse() const;
    void selectFromKeys(int lane, int event);
    double timelineX(double widgetX) const;
    int timelineWidth() const;
    QString tooltipFor(int event) const;
    int periodAt(const QPointF &position) const;
    QString periodTooltipFor(int period) const;

    DatasetSession *m_session;
    SelectionState *m_selection;
    VisibleWindow *m_window;
    TimelineLaneBuilder m_laneBuilder;
    // The lanes on screen, which m_renderer refers to: the builder's newest until it publishes
    // the next ones.
    std::shared_ptr<const BuiltTimelineLanes> m_shown;
    std::unique_ptr<TimelineRenderer> m_renderer;
    TimelineFrame m_frame;
    QScrollBar *m_scrollBar;
    int m_verticalOffset = 0;

    Drag m_drag = Drag::None;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
    bool m_moved = false;
    qint64 m_rangeAnchor = 0;
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
    bool m_collapseEmptyStretches = false;
    int m_browsedLane = -1;

    struct FrameKey
    {
        qint64 start = 0;
        qint64 end = 0;
        QSize size;
        int verticalOffset = 0;
        const void *lanes = nullptr;
        bool operator==(const FrameKey &other) const
        {
            return start == other.start && end == other.end && size == other.size
                && verticalOffset == other.verticalOffset && lanes == other.lanes;
        }
    };
    FrameKey m_frameKey;
    quint64 m_frameSerial = 0;
    quint64 m_announcedSerial = 0;
    int m_announcedEvent = -1;
    bool m_announceQueued = false;
};
