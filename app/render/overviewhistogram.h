// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"
#include "timeaxis.h"
#include "timemapping.h"

#include <QColor>
#include <QFontMetricsF>
#include <QLocale>
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

    // The bins, first edge to last, across `width` pixels.
    TimeMapping mapping(double width) const;

    struct Label
    {
        qint64 second = 0;
        QString text;
    };
    // The labels of a time axis `width` pixels wide across the bins, centred on their ticks: the
    // time axis' choice of ticks for that width, so never a made-up date; its major ticks when
    // at least three fit, else its minor ones, each naming its period, leaving out those that
    // would overlap. None at the ends.
    std::vector<Label> axisLabels(int width, const QFontMetricsF &metrics,
                                  const QLocale &locale) const;

    // The empty bins over [first, last): the finest calendar step (a day at least) that needs
    // no more than maxBins of them.
    static OverviewHistogram binsFor(qint64 first, qint64 last, int maxBins = 160);
    // The bin a second falls in, the first or last for a second before or after them; -1
    // without bins.
    int binOf(qint64 second) const;

    static OverviewHistogram compute(const Dataset &dataset, const FilterResult *filter,
                                     int maxBins = 160, int maxGroups = 8);
};
