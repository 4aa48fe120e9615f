// SPDX-License-Identifier: MIT
#include "timelinelanes.h"

#include "actorcolors.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

// An actor's events that pass the filter, in time order.
std::vector<quint32> ownEvents(const EventStore &store, int actor, const std::vector<quint8> *passes)
{
    const auto own = store.eventsOfActor(actor);
    std::vector<quint32> events;
    events.reserve(own.size());
    for (quint32 event : own) {
        if (!passes || (*passes)[event])
            events.push_back(event);
    }
    return events;
}

// Events of several actors in time order, each once. Event indices are time-ordered already.
std::vector<quint32> mergedEvents(const EventStore &store, const std::vector<int> &actors,
                                  const std::vector<quint8> *passes)
{
    std::vector<quint32> events;
    for (int actor : actors) {
        const std::vector<quint32> own = ownEvents(store, actor, passes);
        events.insert(events.end(), own.begin(), own.end());
    }
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    return events;
}

} // namespace

void TimelineLanes::addLane(LaneInfo info, std::vector<quint32> events)
{
    // Upper bounds of the duration classes: an hour, a day, a week, a month, a year, a decade.
    static constexpr std::array<qint64, 6> bounds = {3600, 86400, 7 * 86400, 32 * 86400,
                                                     367 * 86400, 3660 * 86400};
    Lane lane;
    lane.info = std::move(info);
    // One event needs one row of labels at any zoom; more may need two (the view keeps a lane's
    // height while zooming, so it cannot follow what fits at each scale).
    lane.info.labelRows = events.size() <= 1 ? 1 : 2;
    lane.classes.resize(bounds.size() + 1);
    lane.begins.reserve(events.size());
    for (quint32 event : events) {
        const qint64 begin = m_store->beginSecond(int(event));
        const qint64 duration = m_store->endSecond(int(event)) - begin;
        lane.begins.push_back(begin);
        const size_t c = size_t(std::lower_bound(bounds.begin(), bounds.end(), duration) - bounds.begin());
        DurationClass &durations = lane.classes[c];
        durations.events.push_back(event);
        durations.begins.push_back(begin);
        durations.longest = std::max(durations.longest, duration);
    }
    lane.classes.erase(std::remove_if(lane.classes.begin(), lane.classes.end(),
                                      [](const DurationClass &c) { return c.events.empty(); }),
                       lane.classes.end());
    lane.events = std::move(events);
    m_lanes.push_back(std::move(lane));
}

void TimelineLanes::build(const Dataset &dataset, LaneGrouping grouping,
                          const QSet<int> &collapsedActors, const std::vector<quint8> *passes)
{
    m_store = &dataset.events;
    m_lanes.clear();
    m_laneOfActor.assign(dataset.actors.size(), -1);
    const EventStore &store = dataset.events;

    switch (grouping) {
    case LaneGrouping::Actors: {
        // Each actor's children (slot actor + 1; slot 0 holds the top level), in file order, found
        // in one pass: scanning every actor for the children of each actor made
        // this quadratic (30 s for a file of 100,000 actors).
        std::vector<std::vector<int>> children(dataset.actors.size() + 1);
        for (size_t actor = 0; actor < dataset.actors.size(); ++actor)
            children[size_t(dataset.actors[actor].parent + 1)].push_back(int(actor));
        const ActorColors colors(dataset);
        const auto childrenOf = [&](int actor) -> const std::vector<int> & {
            return children[size_t(actor + 1)];
        };
        // Subtree actor lists, so that collapsed lanes and empty subtrees are known up front.
        const auto subtree = [&](auto &&self, int actor, std::vector<int> *out) -> void {
            out->push_back(actor);
            for (int child : childrenOf(actor))
                self(self, child, out);
        };
        const auto visit = [&](auto &&self, int actor, int depth) -> void {
            std::vector<int> members;
            subtree(subtree, actor, &members);
            std::vector<quint32> all = mergedEvents(store, members, passes);
            if (all.empty())
                return; // an actor with no events in its whole subtree gets no lane
            const Actor &a = dataset.actors[size_t(actor)];
            LaneInfo info;
            info.title = a.name;
            info.subtitle = a.role;
            info.color = colors.of(actor);
            info.depth = depth;
            info.actor = actor;
            info.hasChildren = members.size() > 1;
            info.collapsed = info.hasChildren && collapsedActors.contains(actor);
            const int laneIndex = laneCount();
            if (info.collapsed) {
                info.foldedMembers = int(members.size()) - 1;
                for (int member : members)
                    m_laneOfActor[size_t(member)] = laneIndex;
                addLane(std::move(info), std::move(all));
                return;
            }
            m_laneOfActor[size_t(actor)] = laneIndex;
            addLane(std::move(info), ownEvents(store, actor, passes));
            for (int child : childrenOf(actor))
                self(self, child, depth + 1);
        };
        for (int top : childrenOf(-1))
            visit(visit, top, 0);
        // Events no actor takes part in (a TimelineJS slide without a group, a spreadsheet row
        // without an actor column) get a lane of their own, last, rather than no place at all.
        std::vector<quint32> unattributed;
        for (int event = 0; event < store.count(); ++event) {
            if (store.actors(event).empty() && (!passes || (*passes)[size_t(event)] != 0))
                unattributed.push_back(quint32(event));
        }
        if (!unattributed.empty()) {
            LaneInfo info;
            info.title = QCoreApplication::translate("TimelineLanes", "(no actor)");
            info.color = QColor(0x7a8494);
            addLane(std::move(info), std::move(unattributed));
        }
        break;
    }
    case LaneGrouping::ActorKinds:
    case LaneGrouping::Tags:
    case LaneGrouping::Single:
        break;
    }
    if (grouping != LaneGrouping::Actors)
        buildGrouped(dataset, grouping, passes);
}

void TimelineLanes::buildGrouped(const Dataset &dataset, LaneGrouping grouping,
                                 const std::vector<quint8> *passes)
{
    const EventStore &store = dataset.events;
    const auto keep = [&](int event) { return !passes || (*passes)[size_t(event)] != 0; };
    switch (grouping) {
    case LaneGrouping::Actors:
        break;
    case LaneGrouping::ActorKinds: {
        const ActorColors colors(dataset);
        for (int kind = 0; kind <= int(ActorKind::Other); ++kind) {
            std::vector<int> actors;
            for (size_t i = 0; i < dataset.actors.size(); ++i) {
                if (int(dataset.actors[i].kind) == kind)
                    actors.push_back(int(i));
            }
            std::vector<quint32> events = mergedEvents(store, actors, passes);
            if (events.empty())
                continue;
            for (int actor : actors)
                m_laneOfActor[size_t(actor)] = laneCount();
            LaneInfo info;
            info.title = Vocabulary::label(ActorKind(kind));
            info.color = colors.of(actors.front());
            addLane(std::move(info), std::move(events));
        }
        break;
    }
    case LaneGrouping::Tags: {
        std::vector<std::vector<quint32>> byTag(size_t(dataset.tags.size()) + 1);
        for (int event = 0; event < store.count(); ++event) {
            if (!keep(event))
                continue;
            const auto tags = store.tags(event);
            if (tags.empty())
                byTag.back().push_back(quint32(event));
            for (quint32 tag : tags)
                byTag[tag].push_back(quint32(event));
        }
        for (size_t tag = 0; tag < byTag.size(); ++tag) {
            if (byTag[tag].empty())
                continue;
            LaneInfo info;
            info.title = tag < size_t(dataset.tags.size())
                ? dataset.tags[qsizetype(tag)]
                : QCoreApplication::translate("TimelineLanes", "(no tag)");
            info.color = QColor::fromHsv(int(tag * 47 % 360), 140, 170);
            addLane(std::move(info), std::move(byTag[tag]));
        }
        break;
    }
    case LaneGrouping::Single: {
        std::vector<quint32> all;
        all.reserve(size_t(store.count()));
        for (int event = 0; event < store.count(); ++event) {
            if (keep(event))
                all.push_back(quint32(event));
        }
        LaneInfo info;
        info.title = QCoreApplication::translate("TimelineLanes", "All events");
        info.color = QColor(0x3b78c2);
        addLane(std::move(info), std::move(all));
        break;
    }
    }
}

std::pair<size_t, size_t> TimelineLanes::candidates(const DurationClass &durations, qint64 t0,
                                                    qint64 t1)
{
    // An event meets [t0, t1) when it begins before t1 and ends after t0; it cannot begin
    // earlier than t0 minus the longest duration of its class.
    const auto from = std::lower_bound(durations.begins.begin(), durations.begins.end(),
                                       t0 - durations.longest);
    const auto to = std::lower_bound(from, durations.begins.end(), t1);
    return {size_t(from - durations.begins.begin()), size_t(to - durations.begins.begin())};
}

qint64 TimelineLanes::countCandidates(int lane, qint64 t0, qint64 t1) const
{
    qint64 count = 0;
    for (const DurationClass &durations : m_lanes[size_t(lane)].classes) {
        const auto [from, to] = candidates(durations, t0, t1);
        count += qint64(to - from);
    }
    return count;
}

qint64 TimelineLanes::countStarting(int lane, qint64 t0, qint64 t1) const
{
    const std::vector<qint64> &begins = m_lanes[size_t(lane)].begins;
    const auto from = std::lower_bound(begins.begin(), begins.end(), t0);
    return qint64(std::lower_bound(from, begins.end(), t1) - from);
}

void TimelineLanes::visibleEvents(int laneIndex, qint64 t0, qint64 t1,
                                  std::vector<quint32> *out) const
{
    out->clear();
    int contributing = 0;
    for (const DurationClass &durations : m_lanes[size_t(laneIndex)].classes) {
        const auto [from, to] = candidates(durations, t0, t1);
        const size_t before = out->size();
        for (size_t i = from; i < to; ++i) {
            const quint32 event = durations.events[i];
            if (m_store->endSecond(int(event)) > t0)
                out->push_back(event);
        }
        contributing += out->size() > before;
    }
    // Store indices are in time order, so sorting indices sorts by start.
    if (contributing > 1)
        std::sort(out->begin(), out->end());
}

void TimelineLanes::countPerColumn(int laneIndex, const TimeMapping &mapping, int columns,
                                   std::vector<quint32> *out) const
{
    // Two binary searches per column instead of a walk over every event: the cost depends on
    // the width, not on how many events the lane holds.
    out->assign(size_t(std::max(columns, 0)), 0);
    const Lane &lane = m_lanes[size_t(laneIndex)];
    auto previous = std::lower_bound(lane.begins.begin(), lane.begins.end(), mapping.secondAt(0));
    for (int column = 0; column < columns; ++column) {
        const auto next =
            std::lower_bound(previous, lane.begins.end(), mapping.secondAt(column + 1));
        (*out)[size_t(column)] = quint32(next - previous);
        previous = next;
    }
}

int TimelineLanes::laneOfActor(int actor) const
{
    return actor >= 0 && size_t(actor) < m_laneOfActor.size() ? m_laneOfActor[size_t(actor)] : -1;
}

std::vector<int> TimelineLanes::lanesOfEvent(int event) const
{
    std::vector<int> lanes;
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes[i];
        const auto it = std::lower_bound(lane.events.begin(), lane.events.end(), quint32(event));
        if (it != lane.events.end() && *it == quint32(event))
            lanes.push_back(int(i));
    }
    return lanes;
}

int TimelineLanes::stepFrom(int lane, int event, int step) const
{
    // A lane's events are in time order, which is the order of their numbers.
    const std::vector<quint32> &events = m_lanes[size_t(lane)].events;
    if (events.empty())
        return -1;
    if (event < 0)
        return int(step > 0 ? events.front() : events.back());
    if (step > 0) {
        const auto next = std::upper_bound(events.begin(), events.end(), quint32(event));
        return next == events.end() ? -1 : int(*next);
    }
    const auto at = std::lower_bound(events.begin(), events.end(), quint32(event));
    return at == events.begin() ? -1 : int(*(at - 1));
}

int TimelineLanes::nearestTo(int lane, qint64 second) const
{
    const Lane &l = m_lanes[size_t(lane)];
    if (l.events.empty())
        return -1;
    size_t i = size_t(std::lower_bound(l.begins.begin(), l.begins.end(), second) - l.begins.begin());
    if (i == l.begins.size())
        return int(l.events.back());
    if (i > 0 && second - l.begins[i - 1] <= l.begins[i] - second)
        --i;
    return int(l.events[i]);
}
