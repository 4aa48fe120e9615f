// SPDX-License-Identifier: MIT
#include "stancechart.h"

#include "actorcolors.h"
#include "positionquery.h"
#include "stancestyle.h"

#include <algorithm>
#include <iterator>
#include <limits>

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
    const double spread = actors.size() > 1 ? 0.3 / double(actors.size() - 1) : 0.0;
    for (size_t a = 0; a < actors.size(); ++a) {
        Line line;
        line.actor = actors[a].actor;
        line.color = colors.of(line.actor);
        for (size_t k = 0; std::find(used.begin(), used.end(), line.color.rgb()) != used.end()
             && k < std::size(chartPalette);
             ++k)
            line.color = QColor::fromRgb(chartPalette[(a + k) % std::size(chartPalette)]);
        used.push_back(line.color.rgb());
        const double offset = -0.15 + spread * double(a);
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
            point.stance = StanceStyle::ordinal(p.stance) + offset;
            point.visibility = p.visibility;
            line.points.push_back(point);
        }
        chart.lines.push_back(std::move(line));
    }
    return chart;
}
