// SPDX-License-Identifier: MIT
#pragma once

#include "datasetrecords.h"
#include "eventstore.h"
#include "timemapping.h"

#include <span>
#include <vector>

// Where a timeline may break its axis: the long stretches in which no event that passes happens.
// Skewed data (a 2007 event before twenty in 2023–2024) otherwise spends most of a picture on
// empty years. A stretch is collapsed while it would take more than `share` of the width that is
// left, the longest first; each keeps a little of its time at both ends, so that the events
// beside a break do not sit on its mark.
namespace AxisBreaks {

struct Options
{
    double share = 0.15;  // collapse a stretch longer than this share of the shown time
    int maxBreaks = 6;    // more would read as a list of fragments, not a time line
    double keep = 0.03;   // of the shown time, kept at each end of a collapsed stretch
};

// The breaks for the window [first, last) over the events flagged in `passes` (all when null),
// sorted. The store's events are in start order, so this is one pass without sorting. Draw them
// with TimeMapping::fitted().
std::vector<TimeBreak> find(const EventStore &events, const std::vector<quint8> *passes,
                            qint64 first, qint64 last, const Options &options = {});

// Drops the breaks that would hide where a period begins or ends: a period is drawn across empty
// stretches too, and its edges are what it says.
void keepPeriodEdges(std::vector<TimeBreak> *breaks, std::span<const Period> periods);

} // namespace AxisBreaks
