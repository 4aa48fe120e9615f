// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "lanesource.h"

#include <QSet>

#include <vector>

// How events are split into lanes.
enum class LaneGrouping { Actors, ActorKinds, Tags, Single };

// The lanes of the timeline, built in memory from a Dataset: one per actor (people nested under
// their state or faction; a collapsed actor's lane holds its members' events too), per actor
// kind, per tag, or one for everything. Each lane keeps its events sorted by start, with the
// start times alongside, so that visible events are found by binary search.
class TimelineLanes : public LaneSource
{
public:
    // `passes`, when given, holds a flag per event (a FilterResult's): only passing events are
    // laid out, and lanes left empty are dropped.
    void build(const Dataset &dataset, LaneGrouping grouping, const QSet<int> &collapsedActors,
               const std::vector<quint8> *passes = nullptr);

    int laneCount() const override { return int(m_lanes.size()); }
    const LaneInfo &laneInfo(int lane) const override { return m_lanes[size_t(lane)].info; }
    qint64 countCandidates(int lane, qint64 t0, qint64 t1) const override;
    qint64 countStarting(int lane, qint64 t0, qint64 t1) const override;
    void visibleEvents(int lane, qint64 t0, qint64 t1, std::vector<quint32> *out) const override;
    void countPerColumn(int lane, const TimeMapping &mapping, int columns,
                        std::vector<quint32> *out) const override;

    // Exports size each lane to the label rows its events used (TimelineRenderer::measure).
    void setLabelRows(int lane, int rows) { m_lanes[size_t(lane)].info.labelRows = rows; }

    // The lane showing an actor (its own lane, or its collapsed ancestor's), or -1.
    int laneOfActor(int actor) const;
    // Lanes in which an event appears.
    std::vector<int> lanesOfEvent(int event) const;
    // For stepping through a lane by keyboard: the lane's next event in time after `event`
    // (step > 0) or the one before it (step < 0), -1 past the lane's end; `event` need not be
    // in the lane. With event < 0, the lane's first or last event.
    int stepFrom(int lane, int event, int step) const;
    // The lane's event starting nearest `second` (the earlier on a tie), -1 for an empty lane.
    int nearestTo(int lane, qint64 second) const;

private:
    // Events of similar length, sorted by start. A query looks back from t0 only as far as the
    // longest event of each class, so one year-long event does not make a one-day window scan
    // a year of short ones.
    struct DurationClass
    {
        qint64 longest = 0;
        std::vector<quint32> events;
        std::vector<qint64> begins;
    };
    struct Lane
    {
        LaneInfo info;
        std::vector<quint32> events; // all, in time order
        std::vector<qint64> begins;  // their starts, for per-column counts
        std::vector<DurationClass> classes;
    };

    void addLane(LaneInfo info, std::vector<quint32> events);
    void buildGrouped(const Dataset &dataset, LaneGrouping grouping,
                      const std::vector<quint8> *passes);
    static std::pair<size_t, size_t> candidates(const DurationClass &durations, qint64 t0,
                                                qint64 t1);

    const EventStore *m_store = nullptr;
    std::vector<Lane> m_lanes;
    std::vector<int> m_laneOfActor;
};
