// SPDX-License-Identifier: MIT
#include "overviewhistogram.h"

#include "actorcolors.h"
#include "civilcalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>

OverviewHistogram OverviewHistogram::binsFor(qint64 first, qint64 last, int maxBins)
{
    OverviewHistogram histogram;
    last = std::max(last, first + 1);
    // The finest calendar step that needs no more than maxBins bins.
    const double span = double(last - first);
    histogram.step = TimeAxis::steps().back();
    for (const TimeAxis::Step &step : TimeAxis::steps()) {
        if (step.kind == TimeAxis::StepKind::Seconds || (step.kind == TimeAxis::StepKind::Months && step.count != 1))
            continue;
        if (span / step.approximateSeconds() <= maxBins) {
            histogram.step = step;
            break;
        }
    }
    const qint64 start = TimeAxis::tickAtOrBefore(histogram.step, first);
    histogram.edges = TimeAxis::tickSeconds(histogram.step, start, last);
    if (histogram.edges.empty() || histogram.edges.front() != start)
        histogram.edges.insert(histogram.edges.begin(), start);
    // One edge past the end closes the last bin.
    const std::vector<qint64> after = TimeAxis::tickSeconds(
        histogram.step, histogram.edges.back() + 1,
        histogram.edges.back() + qint64(histogram.step.approximateSeconds() * 2.5) + 1);
    histogram.edges.push_back(after.empty() ? last : after.front());
    return histogram;
}

int OverviewHistogram::binOf(qint64 second) const
{
    if (binCount() == 0)
        return -1;
    const auto after = std::upper_bound(edges.begin(), edges.end(), second);
    return std::clamp(int(after - edges.begin()) - 1, 0, binCount() - 1);
}

OverviewHistogram OverviewHistogram::compute(const Dataset &dataset, const FilterResult *filter,
                                             int maxBins, int maxGroups)
{
    const EventStore &events = dataset.events;
    if (events.count() == 0)
        return {};
    OverviewHistogram histogram = binsFor(events.earliestBegin(), events.latestEnd(), maxBins);
    const size_t bins = histogram.edges.size() - 1;

    // Group of each actor: its top-level ancestor.
    std::vector<int> topOf(dataset.actors.size());
    for (size_t actor = 0; actor < dataset.actors.size(); ++actor) {
        int top = int(actor);
        for (size_t guard = 0; dataset.actors[size_t(top)].parent >= 0 && guard < dataset.actors.size(); ++guard)
            top = dataset.actors[size_t(top)].parent;
        topOf[actor] = top;
    }
    // Counts per top-level actor (index dataset.actors.size() collects events without actors).
    std::vector<std::vector<int>> perTop(dataset.actors.size() + 1);
    std::vector<qint64> totals(dataset.actors.size() + 1, 0);
    const bool filtered = filter && !filter->everything && filter->events.size() == size_t(events.count());
    const auto begins = events.beginSeconds();
    size_t bin = 0;
    for (int event = 0; event < events.count(); ++event) {
        if (filtered && !filter->events[size_t(event)])
            continue;
        // Events are in time order: the bin only moves forward.
        while (bin + 1 < bins && begins[size_t(event)] >= histogram.edges[bin + 1])
            ++bin;
        const auto actors = events.actors(event);
        const size_t group = actors.empty() ? dataset.actors.size() : size_t(topOf[actors.front()]);
        if (perTop[group].empty())
            perTop[group].assign(bins, 0);
        ++perTop[group][bin];
        ++totals[group];
    }
    std::vector<size_t> order(perTop.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return totals[a] > totals[b]; });
    const ActorColors colors(dataset);
    //: The overview's group of every actor not shown on its own
    Group others{QCoreApplication::translate("OverviewHistogram", "Others"), QColor(0x9aa3ad),
                 std::vector<int>(bins, 0)};
    for (size_t g : order) {
        if (totals[g] == 0)
            break;
        const bool own = int(histogram.groups.size()) < maxGroups - 1 && g < dataset.actors.size();
        if (own) {
            histogram.groups.push_back({dataset.actors[g].name, colors.of(int(g)), perTop[g]});
        } else {
            for (size_t b = 0; b < bins; ++b)
                others.counts[b] += perTop[g][b];
        }
    }
    if (std::any_of(others.counts.begin(), others.counts.end(), [](int c) { return c > 0; }))
        histogram.groups.push_back(std::move(others));
    for (size_t b = 0; b < bins; ++b) {
        int stacked = 0;
        for (const Group &group : histogram.groups)
            stacked += group.counts[b];
        histogram.peak = std::max(histogram.peak, stacked);
    }
    return histogram;
}

PartialDate OverviewHistogram::dateAt(qint64 second, bool end) const
{
    const auto day = CivilCalendar::civilFromDays(CivilCalendar::floorDiv(second - (end ? 1 : 0), 86400));
    switch (step.kind) {
    case TimeAxis::StepKind::Years: return PartialDate::fromYear(day.year);
    case TimeAxis::StepKind::Months: return PartialDate::fromYearMonth(day.year, day.month);
    default: return PartialDate::fromYearMonthDay(day.year, day.month, day.day);
    }
}

TimeMapping OverviewHistogram::mapping(double width) const
{
    if (binCount() == 0)
        return {};
    return {edges.front(), double(edges.back() - edges.front()) / std::max(width, 1.0)};
}

std::vector<OverviewHistogram::Label> OverviewHistogram::axisLabels(int width,
                                                                    const QFontMetricsF &metrics,
                                                                    const QLocale &locale) const
{
    std::vector<Label> labels;
    if (binCount() == 0 || width <= 0)
        return labels;
    const qint64 first = edges.front();
    const qint64 last = edges.back();
    const TimeMapping mapping = this->mapping(width);
    const TimeAxis::Layout layout = TimeAxis::layout(mapping, width, metrics, locale);
    const bool major = layout.major.size() >= 3;
    const TimeAxis::Step &labelStep = major ? layout.majorStep : layout.minorStep;
    // The minor ticks were chosen for their short labels: named as periods ("March 2024") they
    // are wider, so a label that would touch the one before it is left out.
    double previousRight = -std::numeric_limits<double>::max();
    for (const TimeAxis::Tick &tick : major ? layout.major : layout.minor) {
        if (tick.second <= first || tick.second >= last)
            continue;
        QString text = TimeAxis::majorLabel(labelStep, tick.second, locale);
        const double half = metrics.horizontalAdvance(text) / 2;
        const double x = mapping.xOf(tick.second);
        if (x - half < previousRight + TimeAxis::labelPadding)
            continue;
        previousRight = x + half;
        labels.push_back({tick.second, std::move(text)});
    }
    return labels;
}
