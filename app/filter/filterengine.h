// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "eventfilter.h"
#include "textindex.h"

#include <vector>

// What a filter leaves of a dataset: a flag per event and per position, and each actor's number
// of events under it. Every view reads the same result.
struct FilterResult
{
    std::vector<quint8> events;    // 1: the event passes
    std::vector<quint8> positions; // 1: the position passes
    std::vector<int> actorEventCounts;
    int eventCount = 0;  // passing events
    int totalEvents = 0;
    bool everything = true; // the filter was empty

    bool passes(int event) const { return everything || events[size_t(event)] != 0; }
    bool positionPasses(int position) const
    {
        return everything || positions[size_t(position)] != 0;
    }
};

// Applies an EventFilter to a Dataset using its indexes: the actor index for actors, binary
// search over sorted starts for dates, the TextIndex for text (built if needed; pass one to reuse
// it between keystrokes). Safe to run off the GUI thread: it only reads.
namespace FilterEngine {

enum class Counts { Skip, Compute };

FilterResult apply(const Dataset &dataset, const EventFilter &filter, TextIndex *text,
                   Counts counts = Counts::Compute);

} // namespace FilterEngine
