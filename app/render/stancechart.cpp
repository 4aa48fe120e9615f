// SPDX-License-Identifier: MIT
#include "stancechart.h"

#include "actorcolors.h"
#include "positionquery.h"
#include "stancestyle.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>

namespace {

// Colours for actors whose own colour another line already uses (members of one state share its
// colour on the timeline, but must differ here).
constexpr QRgb chartPalette[] = {0x1b6ca8, 0xd1495b, 0x00798c, 0xedae49, 0x6a4c93,
                                 0x3d9970, 0x8d6a9f, 0xc44900, 0x30638e, 0x7f7f7f};

// Charts take milliseconds since 1970 as a double: exact for any date a statement can have.
double chartTime(qint64 second)
{
    return double(second) * 1000.0;
}

// Where a point's stance is drawn: from the statement, or the start of its period, to the next
// statement or the chart's end. `from` and `to` are put in order because a month's middle can
// come after a day within it that the history lists next.
struct Stretch
{
    size_t line = 0;
    size_t point = 0;
    double from = 0;
    double to = 0;
};

std::vector<Stretch> stretchesOf(const StanceChart &chart)
{
    std::vector<Stretch> stretches;
    for (size_t l = 0; l < chart.lines.size(); ++l) {
        const std::vector<StanceChart::Point> &points = chart.lines[l].points;
        for (size_t i = 0; i < points.size(); ++i) {
            const StanceChart::Point &p = points[i];
            double from = p.time;
            double to = i + 1 < points.size() ? points[i + 1].time : chart.last;
            if (p.wholePeriod) {
                from = std::min(from, p.periodStart);
                to = std::max(to, p.periodEnd);
            }
            stretches.push_back({l, i, std::min(from, to), std::max(from, to)});
        }
    }
    return stretches;
}

size_t rootOf(std::vector<size_t> &parent, size_t line)
{
    while (parent[line] != line)
        line = parent[line] = parent[parent[line]];
    return line;
}

// Lines holding one stance at overlapping times, even only through a third line, would be drawn
// over each other: each such group shares the stance's band, a slot a line, the first line on
// top as it is in the legend, the group centred on the stance so that a line alone stays on it.
// Points still hold whole ordinals here.
void spreadSharedStances(StanceChart &chart)
{
    const std::vector<Stretch> all = stretchesOf(chart);
    std::array<std::vector<Stretch>, StanceStyle::ordinalCount> byStance;
    for (const Stretch &s : all) {
        const long ordinal = std::lround(chart.lines[s.line].points[s.point].stance);
        byStance[size_t(std::clamp(ordinal, 0L, long(byStance.size() - 1)))].push_back(s);
    }
    const size_t lineCount = chart.lines.size();
    for (std::vector<Stretch> &stretches : byStance) {
        if (stretches.empty())
            continue;
        // A sweep in order of start: a stretch overlaps an earlier one of another line exactly
        // when that line's latest end so far reaches it (touching counts: a marker would sit
        // on the other's line). One pass over the statements, which can be thousands, not a
        // comparison of every pair.
        std::sort(stretches.begin(), stretches.end(),
                  [](const Stretch &a, const Stretch &b) { return a.from < b.from; });
        std::vector<size_t> parent(lineCount);
        std::iota(parent.begin(), parent.end(), size_t(0));
        std::vector<double> reach(lineCount, std::numeric_limits<double>::lowest());
        std::vector<bool> holds(lineCount, false);
        for (const Stretch &s : stretches) {
            for (size_t other = 0; other < lineCount; ++other) {
                if (other != s.line && holds[other] && reach[other] >= s.from)
                    parent[rootOf(parent, other)] = rootOf(parent, s.line);
            }
            holds[s.line] = true;
            reach[s.line] = std::max(reach[s.line], s.to);
        }
        // Slots in line order within each group, as the legend lists them.
        std::vector<size_t> groupSize(lineCount, 0);
        std::vector<size_t> slot(lineCount, 0);
        for (size_t line = 0; line < lineCount; ++line) {
            if (holds[line])
                slot[line] = groupSize[rootOf(parent, line)]++;
        }
        for (const Stretch &s : stretches) {
            const size_t size = groupSize[rootOf(parent, s.line)];
            if (size < 2)
                continue;
            const double spacing =
                std::min(StanceChart::maxSpacing, 2 * StanceChart::maxOffset / double(size - 1));
            chart.lines[s.line].points[s.point].stance +=
                spacing * (double(size - 1) / 2 - double(slot[s.line]));
        }
    }
}

} // namespace

StanceChart StanceChart::compute(const Dataset &dataset, int issue, const FilterResult *filter,
                                 size_t maxActors)
{
    StanceChart chart;
    if (issue < 0 || size_t(issue) >= dataset.issues.size())
        return chart;
    const std::vector<quint8> *passes = filter && !filter->everything ? &filter->positions : nullptr;
    std::vector<PositionQuery::ActorStatements> actors =
        PositionQuery::actorsOnIssue(dataset, issue, passes);
    chart.speakers = actors.size();
    if (actors.size() > maxActors) {
        std::stable_sort(actors.begin(), actors.end(),
                         [](const PositionQuery::ActorStatements &a,
                            const PositionQuery::ActorStatements &b) {
                             return a.statements > b.statements;
                         });
        actors.resize(maxActors);
    }
    const auto passing = [&](int position) {
        return !passes || size_t(position) >= passes->size() || (*passes)[size_t(position)];
    };

    // Every passing statement sets the time shown, also those of actors left out.
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (size_t i = 0; i < dataset.positions.size(); ++i) {
        const Position &p = dataset.positions[i];
        if (p.issue != issue || !passing(int(i)))
            continue;
        first = std::min(first, chartTime(p.date.firstSecond()));
        last = std::max(last, chartTime(p.date.endSecond()));
    }
    if (actors.empty())
        return chart;
    const double day = chartTime(86400);
    const double margin = std::max((last - first) * 0.08, 2 * day);
    chart.first = first - margin;
    chart.last = last + margin;

    const ActorColors colors(dataset);
    std::vector<QRgb> used;
    for (size_t a = 0; a < actors.size(); ++a) {
        Line line;
        line.actor = actors[a].actor;
        line.color = colors.of(line.actor);
        for (size_t k = 0; std::find(used.begin(), used.end(), line.color.rgb()) != used.end()
             && k < std::size(chartPalette);
             ++k)
            line.color = QColor::fromRgb(chartPalette[(a + k) % std::size(chartPalette)]);
        used.push_back(line.color.rgb());
        for (int position : PositionQuery::history(dataset, line.actor, issue)) {
            if (!passing(position))
                continue;
            const Position &p = dataset.positions[size_t(position)];
            Point point;
            point.position = position;
            point.periodStart = chartTime(p.date.firstSecond());
            point.periodEnd = chartTime(p.date.endSecond());
            point.time = point.periodStart + (point.periodEnd - point.periodStart) / 2;
            point.wholePeriod = p.date.precision < DatePrecision::Day;
            point.stance = StanceStyle::ordinal(p.stance);
            point.visibility = p.visibility;
            line.points.push_back(point);
        }
        chart.lines.push_back(std::move(line));
    }
    spreadSharedStances(chart);
    return chart;
}
