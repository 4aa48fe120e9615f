// SPDX-License-Identifier: MIT
#include "timelineaccessible.h"

#include "timelineview.h"
#include "timeaxis.h"

#include <QAccessible>
#include <QLocale>

#include <algorithm>

// One child of the timeline's tree: a lane, an event in it or a density period. Plain data taken
// from one frame; the timeline deletes and remakes all of them when the frame changes.
class TimelineAccessibleItem : public QAccessibleInterface
{
public:
    enum class Kind { Lane, Event, Density };

    TimelineAccessibleItem(const TimelineAccessible *owner, TimelineAccessibleItem *parentItem,
                           Kind kind, int index)
        : m_owner(owner), m_parentItem(parentItem), m_kind(kind), m_index(index)
    {
    }

    bool isValid() const override { return m_owner->view() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_owner->window(); }

    QAccessibleInterface *parent() const override
    {
        if (m_parentItem)
            return m_parentItem;
        return const_cast<TimelineAccessible *>(m_owner);
    }
    int childCount() const override { return int(children.size()); }
    QAccessibleInterface *child(int index) const override
    {
        return index >= 0 && index < childCount() ? children[size_t(index)] : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto found = std::find(children.begin(), children.end(), child);
        return found == children.end() ? -1 : int(found - children.begin());
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (TimelineAccessibleItem *item : children) {
            if (item->rect().contains(x, y))
                return item;
        }
        return nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            return name;
        case QAccessible::Description:
            return description;
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        const TimelineView *view = m_owner->view();
        if (!view)
            return {};
        return QRect(view->mapToGlobal(area.topLeft()), area.size());
    }

    QAccessible::Role role() const override
    {
        switch (m_kind) {
        case Kind::Lane:
            return QAccessible::List;
        case Kind::Event:
            return QAccessible::ListItem;
        case Kind::Density:
            return QAccessible::StaticText;
        }
        return QAccessible::NoRole;
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        const TimelineView *view = m_owner->view();
        if (!view)
            return s;
        if (!view->rect().intersects(area))
            s.offscreen = true;
        s.readOnly = true;
        if (m_kind == Kind::Event) {
            s.selectable = true;
            s.focusable = true;
            if (view->selectedEvent() == event) {
                s.selected = true;
                s.focused = view->hasFocus();
            }
        }
        return s;
    }

    Kind kind() const { return m_kind; }
    int index() const { return m_index; }

    QString name;
    QString description;
    QRect area; // in the view's coordinates
    int lane = -1;
    int event = -1;
    std::vector<TimelineAccessibleItem *> children;

private:
    const TimelineAccessible *m_owner;
    TimelineAccessibleItem *m_parentItem;
    Kind m_kind;
    int m_index;
};

namespace {

QAccessibleInterface *makeTimelineAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("TimelineView") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    return nullptr;
}

TimelineAccessibleItem *registered(TimelineAccessibleItem *item)
{
    QAccessible::registerAccessibleInterface(item);
    return item;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::Chart)
{
}

TimelineAccessible::~TimelineAccessible()
{
    clear();
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(makeTimelineAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

void TimelineAccessible::clear() const
{
    // Children first: the cache deletes what it is told to, and a lane's items point at it.
    for (TimelineAccessibleItem *lane : m_lanes) {
        for (TimelineAccessibleItem *item : lane->children)
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(item));
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(lane));
    }
    m_lanes.clear();
}

void TimelineAccessible::refresh() const
{
    const TimelineView *view = this->view();
    if (!view || (m_made && m_serial == view->frameSerial()))
        return;
    clear();
    m_made = true;
    m_serial = view->frameSerial();
    if (!view->isCurrent())
        return;

    const TimelineFrame &frame = view->lastFrame();
    const TimelineRenderer &renderer = view->renderer();
    const TimelineLanes &lanes = view->lanes();
    const int headerWidth = renderer.geometry().headerWidth;
    const int axisHeight = renderer.geometry().axisHeight;
    const QLocale locale = view->locale();
    const TimeMapping mapping = view->visibleWindow()->mapping();
    const qint64 t0 = view->visibleWindow()->start();
    const qint64 t1 = view->visibleWindow()->end();

    // The lanes on screen, in the order drawn.
    for (int lane = 0; lane < lanes.laneCount(); ++lane) {
        const int top = int(renderer.laneTop(lane, view->verticalOffset()));
        const int height = renderer.laneHeight(lane);
        if (top + height <= axisHeight || top >= view->height())
            continue;
        auto *item = registered(new TimelineAccessibleItem(
            this, nullptr, TimelineAccessibleItem::Kind::Lane, int(m_lanes.size())));
        item->lane = lane;
        item->area = QRect(0, top, view->width(), height);
        const LaneSource::LaneInfo &info = lanes.laneInfo(lane);
        item->name = info.title;
        m_lanes.push_back(item);

        const bool dense = std::find(frame.densityLanes.begin(), frame.densityLanes.end(), lane)
            != frame.densityLanes.end();
        if (dense) {
            // A period of the axis's top tier each, counted through the lanes' own query.
            const std::vector<TimeAxis::Tick> &major = frame.axis.major;
            for (size_t i = 0; i < major.size(); ++i) {
                const qint64 from = std::max(major[i].second, t0);
                const qint64 to = i + 1 < major.size() ? major[i + 1].second : t1;
                if (to <= from)
                    continue;
                const qint64 count = lanes.countStarting(lane, from, to);
                if (count == 0)
                    continue;
                auto *period = registered(new TimelineAccessibleItem(
                    this, item, TimelineAccessibleItem::Kind::Density, int(item->children.size())));
                period->lane = lane;
                const QString when =
                    TimeAxis::topLabel(frame.axis.majorStep, major[i].second, locale);
                //: A period of a lane too dense to list its events: "1,204 events, 2024".
                period->name = tr("%Ln event(s), %1", nullptr, int(count)).arg(when);
                const int x0 = headerWidth + int(mapping.clampedXOf(from));
                const int x1 = headerWidth + int(mapping.clampedXOf(to));
                period->area = QRect(x0, top, std::max(1, x1 - x0), height);
                item->children.push_back(period);
            }
            item->description = tr("Drawn as a density strip: %n period(s) with events", nullptr,
                                   int(item->children.size()));
            continue;
        }

        for (const TimelineFrame::Item &hit : frame.items) {
            if (hit.lane != lane)
                continue;
            auto *event = registered(new TimelineAccessibleItem(
                this, item, TimelineAccessibleItem::Kind::Event, int(item->children.size())));
            event->lane = lane;
            event->event = hit.event;
            event->name = view->shownDataset().events.title(hit.event);
            event->description = view->eventDescription(hit.event);
            event->area = hit.marker.toAlignedRect();
            item->children.push_back(event);
        }
        item->description = info.subtitle.isEmpty()
            ? tr("%n event(s) in view", nullptr, int(item->children.size()))
            : tr("%1; %n event(s) in view", nullptr, int(item->children.size())).arg(info.subtitle);
    }
}

int TimelineAccessible::childCount() const
{
    refresh();
    return int(m_lanes.size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    refresh();
    return index >= 0 && index < int(m_lanes.size()) ? m_lanes[size_t(index)] : nullptr;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    refresh();
    const auto found = std::find(m_lanes.begin(), m_lanes.end(), child);
    return found == m_lanes.end() ? -1 : int(found - m_lanes.begin());
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    refresh();
    // Direct children only, as Qt asks: a tool descends through the lane's childAt().
    for (TimelineAccessibleItem *lane : m_lanes) {
        if (lane->rect().contains(x, y))
            return lane;
    }
    return nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    const TimelineView *view = this->view();
    if (!view || !view->hasFocus())
        return nullptr;
    return eventItem(view->selectedEvent());
}

QAccessibleInterface *TimelineAccessible::eventItem(int event, int lane) const
{
    if (event < 0)
        return nullptr;
    refresh();
    for (TimelineAccessibleItem *laneItem : m_lanes) {
        if (lane >= 0 && laneItem->lane != lane)
            continue;
        for (TimelineAccessibleItem *item : laneItem->children) {
            if (item->event == event)
                return item;
        }
    }
    return nullptr;
}
