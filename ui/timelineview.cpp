// SPDX-License-Identifier: MIT
#include "timelineview.h"
#include "plaintext.h"
#include "timelineaccessible.h"
#include "timelinenavigation.h"

#include "axisbreaks.h"
#include "dateformat.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {

// A press that moves less than this is a click, not a drag.
constexpr double clickSlop = 4.0;

} // namespace

TimelineView::TimelineView(DatasetSession *session, SelectionState *selection,
                           VisibleWindow *window, QWidget *parent)
    : QWidget(parent), m_session(session), m_selection(selection), m_window(window),
      m_shown(std::make_shared<const BuiltTimelineLanes>()),
      m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    TimelineAccessible::install();
    // Time runs left to right in every language, also in a right-to-left window: a timeline is
    // a number line, the digits of its years read left to right in Arabic and Hebrew too, and an
    // exported picture then reads the same in a report in any language. Lane titles stay on
    // the left, beside the time they start; the text in them is laid out in its own direction.
    setLayoutDirection(Qt::LeftToRight);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("The events of each lane in time; the overview above it shows "
                                "the whole dataset"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setMinimumSize(400, 200);
    setToolTip(QString()); // tooltips come from event(), per item
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &TimelineView::setVerticalOffset);
    connect(m_window, &VisibleWindow::changed, this, qOverload<>(&QWidget::update));
    connect(&m_laneBuilder, &TimelineLaneBuilder::lanesReady, this, &TimelineView::showBuiltLanes);
    connect(m_selection, &SelectionState::eventChanged, this, qOverload<>(&QWidget::update));
    connect(m_selection, &SelectionState::actorChanged, this, [this](int actor) {
        revealActor(actor);
        update();
    });
    connect(m_session, &DatasetSession::datasetChanged, this, [this] {
        // A reload of the same files keeps the zoom, and the folded lanes while the actors are
        // the same ones; a new dataset starts afresh.
        TimelineLaneRequest request = m_laneBuilder.requested();
        const bool sameActors = m_session->isReload() && request.dataset
            && request.dataset->actors.size() == m_session->dataset()->actors.size();
        if (!sameActors)
            request.collapsedActors.clear();
        request.dataset = m_session->dataset();
        request.filter.reset();
        m_laneBuilder.request(std::move(request));
        if (!m_session->isReload())
            fitMostEvents();
    });
    TimelineLaneRequest request;
    request.dataset = m_session->dataset();
    m_laneBuilder.request(std::move(request));
}

TimelineView::~TimelineView() = default;

void TimelineView::showBuiltLanes()
{
    std::shared_ptr<const BuiltTimelineLanes> built = m_laneBuilder.built();
    makeRenderer(*built);
    m_shown = std::move(built); // after the renderer of the lanes it replaces has gone
    const EventStore &events = m_shown->dataset->events;
    if (events.count() > 0)
        m_window->setDataBounds(events.earliestBegin(), events.latestEnd());
    updateBreaks();
    updateScrollBar();
    update();
    emit lanesInstalled();
}

void TimelineView::setCollapseEmptyStretches(bool collapse)
{
    if (collapse == m_collapseEmptyStretches)
        return;
    m_collapseEmptyStretches = collapse;
    updateBreaks();
}

// The breaks follow the events on screen: a new filter empties or fills other stretches.
void TimelineView::updateBreaks()
{
    std::vector<TimeBreak> breaks;
    const EventStore &events = m_shown->dataset->events;
    if (m_collapseEmptyStretches && events.count() > 0) {
        const FilterResult *filter = m_shown->filter.get();
        const bool masked = filter && !filter->everything
            && filter->events.size() == size_t(events.count());
        breaks = AxisBreaks::find(events, masked ? &filter->events : nullptr,
                                  m_window->dataFirst(), m_window->dataLast());
        AxisBreaks::keepPeriodEdges(&breaks, m_shown->dataset->periods);
    }
    m_window->setBreaks(std::move(breaks));
}

void TimelineView::makeRenderer(const BuiltTimelineLanes &lanes)
{
    TimelineGeometry geometry;
    if (!lanes.dataset->periods.empty())
        geometry.addPeriodStrip();
    m_renderer = std::make_unique<TimelineRenderer>(lanes.lanes, lanes.dataset->events,
                                                    TimelineTheme::fromPalette(palette()), geometry);
}

void TimelineView::setGrouping(LaneGrouping grouping)
{
    if (grouping == this->grouping())
        return;
    TimelineLaneRequest request = m_laneBuilder.requested();
    request.grouping = grouping;
    m_laneBuilder.request(std::move(request));
}

void TimelineView::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    TimelineLaneRequest request = m_laneBuilder.requested();
    request.filter = std::move(result);
    m_laneBuilder.request(std::move(request));
    update();
}

void TimelineView::toggleCollapsed(int actor)
{
    TimelineLaneRequest request = m_laneBuilder.requested();
    if (!request.collapsedActors.remove(actor))
        request.collapsedActors.insert(actor);
    m_laneBuilder.request(std::move(request));
}

// The width painting gives the time axis: the scroll bar takes its share only when it is shown
// (isHidden(), not isVisible(): this is asked before the view is first shown too).
int TimelineView::timelineWidth() const
{
    const int scrollBar = m_scrollBar->isHidden() ? 0 : m_scrollBar->sizeHint().width();
    return std::max(1, width() - m_renderer->geometry().headerWidth - scrollBar);
}

double TimelineView::timelineX(double widgetX) const
{
    return widgetX - m_renderer->geometry().headerWidth;
}

void TimelineView::updateScrollBar()
{
    const int content = m_renderer->contentHeight();
    const int page = std::max(0, height() - m_renderer->geometry().axisHeight);
    m_scrollBar->setGeometry(width() - m_scrollBar->sizeHint().width(), 0,
                             m_scrollBar->sizeHint().width(), height());
    m_scrollBar->setRange(0, std::max(0, content - m_renderer->geometry().axisHeight - page));
    m_scrollBar->setPageStep(page);
    m_scrollBar->setSingleStep(m_renderer->geometry().laneHeight(1) / 2);
    const bool wasHidden = m_scrollBar->isHidden();
    m_scrollBar->setVisible(m_scrollBar->maximum() > 0);
    if (m_scrollBar->isHidden() != wasHidden)
        m_window->setWidth(timelineWidth()); // the time axis gains or loses the bar's width
    setVerticalOffset(m_scrollBar->value());
}

void TimelineView::setVerticalOffset(int offset)
{
    offset = std::clamp(offset, 0, m_scrollBar->maximum());
    if (offset == m_verticalOffset)
        return;
    m_verticalOffset = offset;
    m_scrollBar->setValue(offset);
    update();
}

void TimelineView::revealActor(int actor)
{
    const int lane = lanes().laneOfActor(actor);
    if (lane >= 0)
        revealLane(lane);
}

void TimelineView::revealLane(int lane)
{
    setVerticalOffset(m_renderer->offsetRevealing(lane, m_verticalOffset, height()));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    TimelineRenderRequest request;
    request.mapping = m_window->mapping();
    request.size = QSize(m_renderer->geometry().headerWidth + timelineWidth(), height());
    request.verticalOffset = m_verticalOffset;
    request.selectedEvent = m_selection->event();
    request.selectedActorLane = lanes().laneOfActor(m_selection->actor());
    request.highlightedActor = m_selection->actor();
    request.rangeStart = m_rangeStart;
    request.rangeEnd = m_rangeEnd;
    request.font = font();
    request.locale = locale();
    request.periods = m_shown->dataset->periods;
    m_frame = m_renderer->paint(painter, request);
    noteFrameForAccessibility();
    if (lanes().laneCount() == 0)
        paintEmptyMessage(painter);
    if (m_scrollBar->isVisible())
        painter.fillRect(m_scrollBar->geometry(), palette().window());
}

// An empty timeline says why: a dataset of positions only (an imported position table) has
// nothing to draw here but a great deal elsewhere; a filter may pass nothing.
QString TimelineView::emptyMessage() const
{
    if (lanes().laneCount() > 0)
        return {};
    const Dataset &dataset = *m_shown->dataset;
    if (dataset.events.count() == 0) {
        if (dataset.positions.empty())
            return tr("No events to show");
        return tr("This dataset has no events. Its %n stated position(s) are in Actors × Issues "
                  "and Stance over Time.", nullptr, int(dataset.positions.size()));
    }
    return tr("No event passes the filter");
}

void TimelineView::paintEmptyMessage(QPainter &painter) const
{
    const int left = m_renderer->geometry().headerWidth;
    const QRect area(left, 0, timelineWidth(), height());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    painter.drawText(area.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap, emptyMessage());
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    m_window->setWidth(timelineWidth());
    updateScrollBar();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_renderer) {
        makeRenderer(*m_shown); // the theme follows the palette; the lanes stay as they are
        update();
    }
    QWidget::changeEvent(event);
}

int TimelineView::eventAt(const QPointF &position) const
{
    if (!isCurrent())
        return -1; // the frame shows the previous dataset while its successor's lanes are built
    // Later items are drawn on top, so look from the end.
    for (auto it = m_frame.items.rbegin(); it != m_frame.items.rend(); ++it) {
        if (it->marker.adjusted(-2, -2, 2, 2).contains(position) || it->label.contains(position))
            return it->event;
    }
    return -1;
}

// A period is named in the strip under the axis: hovering there tells its dates and description.
int TimelineView::periodAt(const QPointF &position) const
{
    if (!isCurrent())
        return -1;
    const TimelineGeometry &geometry = m_renderer->geometry();
    if (geometry.periodStrip <= 0 || position.y() < geometry.timeAxisHeight()
        || position.y() >= geometry.axisHeight)
        return -1;
    // Nested periods: the one that starts last (the innermost) wins.
    for (auto it = m_frame.periods.rbegin(); it != m_frame.periods.rend(); ++it) {
        if (position.x() >= it->x0 && position.x() < it->x1)
            return it->period;
    }
    return -1;
}

QString TimelineView::periodTooltipFor(int index) const
{
    const Period &period = m_shown->dataset->periods[size_t(index)];
    QString text = period.title + u'\n' + DateFormat::range(period.start, period.end, locale());
    if (!period.description.isEmpty())
        text += u'\n' + period.description;
    return PlainText::toolTip(text);
}

QString TimelineView::eventDescription(int event) const
{
    const Dataset &dataset = *m_shown->dataset;
    const EventStore &events = dataset.events;
    QStringList actors;
    for (quint32 actor : events.actors(event))
        actors << dataset.actors[actor].name;
    QString text = DateFormat::boundedRange(events.start(event), events.startLatest(event),
                                            events.end(event), events.endLatest(event), locale());
    if (!actors.isEmpty())
        text += u'\n' + actors.join(QStringLiteral(", "));
    return text;
}

QString TimelineView::tooltipFor(int event) const
{
    return PlainText::toolTip(m_shown->dataset->events.title(event) + u'\n'
                              + eventDescription(event));
}

void TimelineView::noteFrameForAccessibility()
{
    const FrameKey key{m_window->start(), m_window->end(), size(), m_verticalOffset,
                       m_shown.get()};
    if (!(key == m_frameKey)) {
        m_frameKey = key;
        ++m_frameSerial;
    }
    // Only a listening assistive technology is told, after the paint; nobody else pays for it.
    const bool news = m_frameSerial != m_announcedSerial || m_selection->event() != m_announcedEvent;
    if (news && !m_announceQueued && QAccessible::isActive()) {
        m_announceQueued = true;
        QMetaObject::invokeMethod(this, &TimelineView::announceToAccessibility,
                                  Qt::QueuedConnection);
    }
}

void TimelineView::announceToAccessibility()
{
    m_announceQueued = false;
    if (m_frameSerial != m_announcedSerial) {
        m_announcedSerial = m_frameSerial;
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
    const int selected = m_selection->event();
    if (selected == m_announcedEvent)
        return;
    m_announcedEvent = selected;
    auto *timeline = dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(this));
    QAccessibleInterface *item = timeline ? timeline->eventItem(selected, m_browsedLane) : nullptr;
    if (!item && timeline)
        item = timeline->eventItem(selected);
    if (!item)
        return;
    if (hasFocus()) {
        QAccessibleEvent focus(item, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
    QAccessibleEvent selection(item, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = eventAt(help->pos());
        const int period = hit < 0 ? periodAt(help->pos()) : -1;
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(hit), this);
        else if (period >= 0)
            QToolTip::showText(help->globalPos(), periodTooltipFor(period), this);
        else
            QToolTip::hideText();
        return true;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            m_window->zoomAround(timelineX(gesture->position().x()), 1.0 + gesture->value());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    TimelineNavigation::wheel(event, m_window, timelineX(event->position().x()), navigationLanes());
}

TimelineNavigation::Lanes TimelineView::navigationLanes()
{
    return {[this](int pixels) { setVerticalOffset(m_verticalOffset + pixels); },
            m_scrollBar->singleStep(), m_scrollBar->pageStep()};
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPosition = m_lastPosition = event->position();
    m_moved = false;
    if (event->button() != Qt::LeftButton || !isCurrent())
        return;
    const TimelineGeometry &geometry = m_renderer->geometry();
    const QPointF p = event->position();
    if (p.x() < geometry.headerWidth && p.y() >= geometry.axisHeight) {
        // Lane headers: the triangle folds a lane, the rest selects its actor.
        const int lane = m_renderer->laneAt(p.y(), m_verticalOffset);
        if (lane >= 0) {
            const LaneSource::LaneInfo &info = lanes().laneInfo(lane);
            const double top = m_renderer->laneTop(lane, m_verticalOffset);
            if (info.hasChildren && info.actor >= 0
                && geometry.disclosureTriangle(info.depth, top).contains(p))
                toggleCollapsed(info.actor);
            else if (info.actor >= 0)
                m_selection->setActor(info.actor);
        }
        return;
    }
    const bool onAxis = p.y() < geometry.axisHeight;
    if (onAxis || (event->modifiers() & Qt::ShiftModifier)) {
        m_drag = Drag::Range;
        m_rangeAnchor = m_window->mapping().secondAt(timelineX(p.x()));
        m_rangeStart = m_rangeEnd = m_rangeAnchor;
    } else {
        m_drag = Drag::Pan;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    if ((p - m_pressPosition).manhattanLength() >= clickSlop)
        m_moved = true;
    if (m_drag == Drag::Pan && m_moved) {
        setCursor(Qt::ClosedHandCursor);
        m_window->panByPixels(p.x() - m_lastPosition.x());
        setVerticalOffset(m_verticalOffset - int(std::lround(p.y() - m_lastPosition.y())));
    } else if (m_drag == Drag::Range && m_moved) {
        const qint64 at = m_window->mapping().secondAt(timelineX(p.x()));
        m_rangeStart = std::min(m_rangeAnchor, at);
        m_rangeEnd = std::max(m_rangeAnchor, at);
        update();
    }
    m_lastPosition = p;
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (event->button() != Qt::LeftButton)
        return;
    if (drag == Drag::Range && m_moved && m_rangeEnd > m_rangeStart) {
        // Zoom into the dragged range; it stays marked until Esc, and F returns to it.
        m_window->fitRange(m_rangeStart, m_rangeEnd, 0.0);
        return;
    }
    if (!m_moved && drag != Drag::None)
        m_selection->setEvent(eventAt(event->position()));
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int hit = eventAt(event->position());
    if (hit < 0)
        return;
    m_selection->setEvent(hit);
    const EventStore &events = m_shown->dataset->events;
    m_window->fitRange(events.beginSecond(hit), events.endSecond(hit), 0.6);
}

int TimelineView::laneToBrowse() const
{
    const TimelineLanes &lanes = this->lanes();
    const int selected = m_selection->event();
    if (selected >= 0) {
        if (m_browsedLane >= 0 && m_browsedLane < lanes.laneCount()
            && lanes.stepFrom(m_browsedLane, selected - 1, 1) == selected)
            return m_browsedLane;
        const std::vector<int> lanesOfSelected = lanes.lanesOfEvent(selected);
        if (!lanesOfSelected.empty())
            return lanesOfSelected.front();
    }
    const int first = std::max(0, m_renderer->laneAt(m_renderer->geometry().axisHeight,
                                                     m_verticalOffset));
    for (int lane = first; lane < lanes.laneCount(); ++lane) {
        if (lanes.stepFrom(lane, -1, 1) >= 0)
            return lane;
    }
    return -1;
}

void TimelineView::selectFromKeys(int lane, int event)
{
    if (lane < 0 || event < 0)
        return;
    m_browsedLane = lane;
    m_selection->setEvent(event);
    const EventStore &events = m_session->dataset()->events;
    const qint64 begin = events.beginSecond(event);
    if (begin < m_window->start() || begin >= m_window->end())
        m_window->centerOn(begin);
    revealLane(lane);
    update();
}

void TimelineView::stepEvent(int step)
{
    // While the lanes on screen are the previous dataset's, their events are not this one's.
    if (!isCurrent())
        return;
    const int lane = laneToBrowse();
    if (lane < 0)
        return;
    const int selected = m_selection->event();
    if (selected < 0) {
        selectFromKeys(lane, lanes().nearestTo(lane, (m_window->start() + m_window->end()) / 2));
        return;
    }
    // At the lane's end the selection stays where it is.
    selectFromKeys(lane, lanes().stepFrom(lane, selected, step));
}

void TimelineView::stepLane(int step)
{
    if (!isCurrent())
        return;
    const int from = laneToBrowse();
    if (from < 0)
        return;
    const int selected = m_selection->event();
    const qint64 at = selected >= 0
        ? m_session->dataset()->events.beginSecond(selected)
        : (m_window->start() + m_window->end()) / 2;
    for (int lane = from + step; lane >= 0 && lane < lanes().laneCount(); lane += step) {
        const int event = lanes().nearestTo(lane, at);
        if (event >= 0) {
            selectFromKeys(lane, event);
            return;
        }
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Right: stepEvent(1); event->accept(); return;
        case Qt::Key_Left: stepEvent(-1); event->accept(); return;
        case Qt::Key_Down: stepLane(1); event->accept(); return;
        case Qt::Key_Up: stepLane(-1); event->accept(); return;
        default: break;
        }
    }
    if (TimelineNavigation::key(event, m_window, timelineWidth(), navigationLanes())) {
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection->event() < 0) {
            event->ignore();
            return;
        }
        emit detailsRequested(m_selection->event());
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_F:
        fitSelection();
        break;
    case Qt::Key_A: {
        // The actor of the lane being browsed: its positions and its events in the panels.
        const int lane = laneToBrowse();
        const int actor = lane >= 0 && isCurrent() ? lanes().laneInfo(lane).actor : -1;
        if (actor < 0) {
            event->ignore();
            return;
        }
        m_selection->setActor(actor);
        break;
    }
    case Qt::Key_Escape:
        if (m_selection->event() < 0 && m_rangeEnd <= m_rangeStart) {
            event->ignore(); // nothing to clear: Esc is the window's (it cancels a load)
            return;
        }
        clearSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::zoomIn()
{
    m_window->zoomAround(timelineWidth() / 2.0, TimelineNavigation::keyZoomFactor);
}

void TimelineView::zoomOut()
{
    m_window->zoomAround(timelineWidth() / 2.0, 1.0 / TimelineNavigation::keyZoomFactor);
}

void TimelineView::fitAll()
{
    m_window->setWidth(timelineWidth());
    m_window->fitAll();
}

void TimelineView::fitMostEvents()
{
    const EventStore &events = m_session->dataset()->events;
    if (events.count() == 0) {
        fitAll();
        return;
    }
    m_window->setWidth(timelineWidth());
    m_window->fitRange(events.beginSecond(events.count() / 3), events.latestEnd());
}

void TimelineView::fitSelection()
{
    if (m_rangeEnd > m_rangeStart) {
        m_window->fitRange(m_rangeStart, m_rangeEnd, 0.0);
    } else if (const EventStore &events = m_session->dataset()->events;
               m_selection->event() >= 0 && m_selection->event() < events.count()) {
        const int event = m_selection->event();
        m_window->fitRange(events.beginSecond(event), events.endSecond(event), 0.6);
    }
}

void TimelineView::clearSelection()
{
    m_rangeStart = m_rangeEnd = 0;
    m_selection->setEvent(-1);
    update();
}
