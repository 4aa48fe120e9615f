// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"

#include <QColor>

#include <vector>

// What the stance chart of one issue shows, worked out without a chart: a line per actor who
// spoke on it (the ones with most statements when more spoke than a chart can tell apart), a
// colour per line that no other line has, and a point per statement that passes the filter.
// Times are milliseconds since 1970, as Qt Charts' date-time axes take them. The stance chart
// view turns it into series.
struct StanceChart
{
    struct Point
    {
        int position = -1;
        // A date known to the month or the year sits in the middle of its period, and the whole
        // period is drawn beside it (`wholePeriod`), so that no made-up day is implied.
        double time = 0;
        double periodStart = 0;
        double periodEnd = 0;
        bool wholePeriod = false;
        // The stance's ordinal (StanceStyle), moved within its band when other lines hold the
        // same stance at the same time: drawn on one value they would hide each other.
        double stance = 0;
        Visibility visibility = Visibility::Public;
    };
    struct Line
    {
        int actor = -1;
        QColor color;
        std::vector<Point> points; // oldest first
    };

    // More lines than this are unreadable (and slow with thousands of statements).
    static constexpr size_t maxActors = 12;
    // Lines sharing a stance spread over at most this either side of it (the axis puts stances
    // 1 apart), so that the next stance's lines stay further off than any in the group. A pair
    // or three are `maxSpacing` apart, wide enough to tell apart in a short dock; more crowd
    // closer.
    static constexpr double maxOffset = 0.3;
    static constexpr double maxSpacing = 0.3;

    std::vector<Line> lines; // in the order of first statement; by statements when capped
    size_t speakers = 0;     // actors with a passing statement: more than the lines when capped
    // The time shown: every passing statement's period, with a margin on both sides.
    double first = 0;
    double last = 0;

    bool isCapped() const { return speakers > lines.size(); }

    // No lines for an issue out of range, or one whose statements the filter hides.
    static StanceChart compute(const Dataset &dataset, int issue, const FilterResult *filter,
                               size_t maxActors = StanceChart::maxActors);
};
