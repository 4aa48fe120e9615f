// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"
#include "timeaxis.h"

#include <QColor>
#include <QString>

#include <vector>

// Event counts over the whole span of a dataset, in calendar bins (days, weeks, months, years,
// decades, ... whichever gives at most `maxBins`), stacked by group: the top-level actor (state,
// faction, ...) of each event's first actor, the largest groups each with their colour, the rest
// together. Recomputed for the filter; the overview chart draws it.
struct OverviewHistogram
{
    struct Group
    {
        QString name;
        QColor color;
        std::vector<int> counts; // one per bin
    };

    TimeAxis::Step step;
    std::vector<qint64> edges; // bins + 1 boundaries, in seconds
    std::vector<Group> groups; // largest first; the last may be "Others"
    int peak = 0;              // the highest stacked bin

    int binCount() const { return edges.empty() ? 0 : int(edges.size()) - 1; }
    // The date of a second as exactly as the bins are: a range dragged over month bins becomes
    // months, not made-up days. `end`: the second closes a range (the date of the second before).
    PartialDate dateAt(qint64 second, bool end) const;

    static OverviewHistogram compute(const Dataset &dataset, const FilterResult *filter,
                                     int maxBins = 160, int maxGroups = 8);
};
