// SPDX-License-Identifier: MIT
#include "archiveview.h"
#include "archiveeventstepper.h"

#include "clickhouseclient.h"
#include "dateformat.h"
#include "partialdate.h"
#include "plaintext.h"
#include "timelinenavigation.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {

// A press that moves less than this is a click, not a drag (as in TimelineView).
constexpr double clickSlopPixels = 4.0;

} // namespace

ArchiveView::ArchiveView(ArchiveLaneSource *source, VisibleWindow *window, QWidget *parent)
    : QWidget(parent), m_source(source), m_window(window),
      m_scrollBar(new QScrollBar(Qt::Vertical, this)),
      m_stepper(new ArchiveEventStepper(source->client(), this))
{
    setLayoutDirection(Qt::LeftToRight); // time runs left to right in every language
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Archive timeline"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(400, 200);
    remakeRenderer();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &ArchiveView::setVerticalOffset);
    connect(m_window, &VisibleWindow::changed, this, qOverload<>(&QWidget::update));
    connect(m_source, &ArchiveLaneSource::lanesChanged, this, &ArchiveView::lanesChanged);
    // Titles are measured once and kept by event index: renumbered, not measured again.
    connect(m_source, &ArchiveLaneSource::eventsReplaced, this, [this] {
        m_renderer->renumberEvents(m_source->newIndexOfOld());
        update();
    });
    connect(m_source, &ArchiveLaneSource::tilesArrived, this, qOverload<>(&QWidget::update));
    connect(m_source, &ArchiveLaneSource::failed, this, qOverload<>(&QWidget::update));
    connect(m_stepper, &ArchiveEventStepper::found, this, &ArchiveView::selectFound);
    connect(m_stepper, &ArchiveEventStepper::notFound, this,
            [this](const QString &, const QString &problem) {
                if (!problem.isEmpty())
                    emit browsingFailed(problem);
            });
}

ArchiveView::~ArchiveView() = default;

void ArchiveView::remakeRenderer()
{
    m_renderer = std::make_unique<TimelineRenderer>(*m_source, m_source->events(),
                                                    TimelineTheme::fromPalette(palette()));
    update();
}

void ArchiveView::lanesChanged()
{
    remakeRenderer(); // other lanes, other heights
    if (m_source->latestEnd() > m_source->earliestBegin()) {
        m_window->setDataBounds(m_source->earliestBegin(), m_source->latestEnd());
        if (!m_fitted) {
            m_fitted = true;
            fitAll();
        }
    }
    updateScrollBar();
}

void ArchiveView::setSelectedEventId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    // An event chosen elsewhere (the list, a position): browsing goes on from its place in time
    // order when it is at hand, in a lane of its own. A click or a step set both already.
    if (!m_selectedCursor || m_selectedCursor->id != id) {
        const ArchiveEvent *event = m_source->event(m_source->indexOfEvent(id));
        if (event)
            m_selectedCursor = ArchiveQuery::EventCursor{event->beginSecond, event->id};
        else
            m_selectedCursor.reset();
        if (!event || !event->actors.contains(m_browsedLaneActor))
            m_browsedLaneActor.clear();
    }
    update();
    emit eventSelected(id);
}

void ArchiveView::setMarkedActor(const QString &actorId)
{
    m_markedActor = actorId;
    update();
}

int ArchiveView::timelineWidth() const
{
    const int scrollBar = m_scrollBar->isHidden() ? 0 : m_scrollBar->sizeHint().width();
    return std::max(1, width() - m_renderer->geometry().headerWidth - scrollBar);
}

void ArchiveView::updateScrollBar()
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
        m_window->setWidth(timelineWidth());
    setVerticalOffset(m_scrollBar->value());
}

void ArchiveView::setVerticalOffset(int offset)
{
    offset = std::clamp(offset, 0, m_scrollBar->maximum());
    if (offset == m_verticalOffset)
        return;
    m_verticalOffset = offset;
    m_scrollBar->setValue(offset);
    update();
}

TimelineRenderRequest ArchiveView::renderRequest(QSize size) const
{
    TimelineRenderRequest request;
    request.mapping = m_window->mapping();
    request.size = size;
    request.verticalOffset = m_verticalOffset;
    request.selectedEvent = m_source->indexOfEvent(m_selectedId);
    request.selectedActorLane = m_source->laneOfActor(m_markedActor);
    request.font = font();
    request.locale = locale();
    return request;
}

void ArchiveView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_source->beginView();
    m_frame = m_renderer->paint(
        painter, renderRequest(QSize(m_renderer->geometry().headerWidth + timelineWidth(), height())));
    const QString message = stateMessage();
    if (!message.isEmpty()) {
        const QRect area(m_renderer->geometry().headerWidth, m_renderer->geometry().axisHeight,
                         timelineWidth(), height() - m_renderer->geometry().axisHeight);
        painter.setPen(m_source->state() == ArchiveLaneSource::State::Failed
                           ? palette().color(QPalette::Text)
                           : palette().color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap, message);
    }
    if (m_scrollBar->isVisible())
        painter.fillRect(m_scrollBar->geometry(), palette().window());
}

QString ArchiveView::stateMessage() const
{
    switch (m_source->state()) {
    case ArchiveLaneSource::State::Closed:
        return tr("No archive open");
    case ArchiveLaneSource::State::Opening:
        return tr("Asking %1 for its actors…").arg(m_source->client()->address().toString());
    case ArchiveLaneSource::State::Failed:
        return tr("The archive did not answer: %1\nPress F5 to ask again.").arg(m_source->problem());
    case ArchiveLaneSource::State::Ready:
        break;
    }
    if (m_source->laneCount() == 0)
        return tr("No event in the archive passes the filter");
    return {};
}

void ArchiveView::resizeEvent(QResizeEvent *)
{
    m_window->setWidth(timelineWidth());
    updateScrollBar();
}

void ArchiveView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_renderer)
        remakeRenderer();
    QWidget::changeEvent(event);
}

int ArchiveView::eventAt(const QPointF &position) const
{
    for (auto it = m_frame.items.rbegin(); it != m_frame.items.rend(); ++it) {
        if (it->marker.adjusted(-2, -2, 2, 2).contains(position) || it->label.contains(position))
            return it->event;
    }
    return -1;
}

QString ArchiveView::tooltipFor(int index) const
{
    const ArchiveEvent *event = m_source->event(index);
    if (!event)
        return {};
    QStringList actors;
    for (const QString &actor : event->actors) {
        const int lane = m_source->laneOfActor(actor);
        actors << (lane >= 0 ? m_source->laneInfo(lane).title : actor);
    }
    QString text = event->title + u'\n'
        + DateFormat::range(PartialDate::parse(event->start), PartialDate::parse(event->end),
                            locale());
    if (!actors.isEmpty())
        text += u'\n' + actors.join(QStringLiteral(", "));
    return PlainText::toolTip(text);
}

bool ArchiveView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = eventAt(help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(hit), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ArchiveView::wheelEvent(QWheelEvent *event)
{
    TimelineNavigation::wheel(event, m_window, timelineX(event->position().x()), navigationLanes());
}

TimelineNavigation::Lanes ArchiveView::navigationLanes()
{
    return {[this](int pixels) { setVerticalOffset(m_verticalOffset + pixels); },
            m_scrollBar->singleStep(), m_scrollBar->pageStep()};
}

void ArchiveView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPosition = m_lastPosition = event->position();
    m_moved = false;
    if (event->button() != Qt::LeftButton)
        return;
    const TimelineGeometry &geometry = m_renderer->geometry();
    const QPointF p = event->position();
    if (p.x() < geometry.headerWidth && p.y() >= geometry.axisHeight) {
        const int lane = m_renderer->laneAt(p.y(), m_verticalOffset);
        if (lane >= 0)
            emit actorChosen(m_source->laneActorId(lane));
        return;
    }
    m_panning = true;
}

void ArchiveView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = event->position();
    if ((p - m_pressPosition).manhattanLength() >= clickSlopPixels)
        m_moved = true;
    if (m_panning && m_moved) {
        setCursor(Qt::ClosedHandCursor);
        m_window->panByPixels(p.x() - m_lastPosition.x());
        setVerticalOffset(m_verticalOffset - int(std::lround(p.y() - m_lastPosition.y())));
    }
    m_lastPosition = p;
}

void ArchiveView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool panning = m_panning;
    m_panning = false;
    unsetCursor();
    if (event->button() == Qt::LeftButton && panning && !m_moved) {
        const int hit = eventAt(event->position());
        const ArchiveEvent *found = m_source->event(hit);
        const int lane = m_renderer->laneAt(event->position().y(), m_verticalOffset);
        if (found && lane >= 0) {
            m_browsedLaneActor = m_source->laneActorId(lane);
            m_selectedCursor = ArchiveQuery::EventCursor{found->beginSecond, found->id};
        }
        setSelectedEventId(found ? found->id : QString());
    }
}

void ArchiveView::keyPressEvent(QKeyEvent *event)
{
    // As in the file timeline: Ctrl+arrows go from event to event of a lane, and to the
    // nearest event of the lane above or below.
    if (event->modifiers() == Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Right: stepEvent(true); event->accept(); return;
        case Qt::Key_Left: stepEvent(false); event->accept(); return;
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
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (m_selectedId.isEmpty()) {
            event->ignore();
            return;
        }
        setSelectedEventId({});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

int ArchiveView::laneToBrowse() const
{
    const int browsed = m_source->laneOfActor(m_browsedLaneActor);
    if (browsed >= 0)
        return browsed;
    // The selected event's first lane, else the first lane on screen.
    if (const ArchiveEvent *event = m_source->event(m_source->indexOfEvent(m_selectedId))) {
        for (const QString &actor : event->actors) {
            if (const int lane = m_source->laneOfActor(actor); lane >= 0)
                return lane;
        }
    }
    if (m_source->laneCount() == 0)
        return -1;
    return std::max(0, m_renderer->laneAt(m_renderer->geometry().axisHeight, m_verticalOffset));
}

void ArchiveView::stepEvent(bool forward)
{
    const int lane = laneToBrowse();
    if (lane < 0)
        return;
    m_stepper->setFilter(m_source->filter());
    const QString actor = m_source->laneActorId(lane);
    const qint64 reach = m_window->end() - m_window->start();
    if (m_selectedCursor)
        m_stepper->step(actor, *m_selectedCursor, forward, reach);
    else
        m_stepper->nearest(actor, m_window->start() + reach / 2, reach);
}

void ArchiveView::stepLane(int step)
{
    const int from = laneToBrowse();
    const int lane = from + step;
    if (from < 0 || lane < 0 || lane >= m_source->laneCount())
        return;
    m_stepper->setFilter(m_source->filter());
    const qint64 reach = m_window->end() - m_window->start();
    const qint64 at = m_selectedCursor ? m_selectedCursor->beginSecond
                                       : m_window->start() + reach / 2;
    m_stepper->nearest(m_source->laneActorId(lane), at, reach);
}

void ArchiveView::selectFound(const ArchiveEvent &event, const QString &laneActor)
{
    m_browsedLaneActor = laneActor;
    m_selectedCursor = ArchiveQuery::EventCursor{event.beginSecond, event.id};
    if (event.beginSecond < m_window->start() || event.beginSecond >= m_window->end())
        m_window->centerOn(event.beginSecond);
    // The lane in view, below the axis.
    const int lane = m_source->laneOfActor(laneActor);
    if (lane >= 0)
        setVerticalOffset(m_renderer->offsetRevealing(lane, m_verticalOffset, height()));
    setSelectedEventId(event.id);
}

void ArchiveView::zoomIn()
{
    m_window->zoomAround(timelineWidth() / 2.0, TimelineNavigation::keyZoomFactor);
}

void ArchiveView::zoomOut()
{
    m_window->zoomAround(timelineWidth() / 2.0, 1.0 / TimelineNavigation::keyZoomFactor);
}

void ArchiveView::fitAll()
{
    m_window->setWidth(timelineWidth());
    m_window->fitAll();
}
