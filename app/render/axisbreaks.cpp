// SPDX-License-Identifier: MIT
#include "axisbreaks.h"

#include <algorithm>

std::vector<TimeBreak> AxisBreaks::find(const EventStore &events, const std::vector<quint8> *passes,
                                        qint64 first, qint64 last, const Options &options)
{
    if (last <= first || options.maxBreaks <= 0)
        return {};
    const bool filtered = passes && passes->size() == size_t(events.count());
    // The empty stretches between the covered ones, in one pass over events in start order.
    std::vector<TimeBreak> gaps;
    qint64 coveredTo = first;
    bool any = false;
    for (int event = 0; event < events.count(); ++event) {
        if (filtered && !(*passes)[size_t(event)])
            continue;
        const qint64 begin = events.beginSecond(event);
        const qint64 end = std::max(events.endSecond(event), begin + 1);
        if (end <= first || begin >= last)
            continue;
        // The stretch before the first event is the window's margin, not a gap.
        if (any && begin > coveredTo)
            gaps.push_back({coveredTo, begin});
        coveredTo = any ? std::max(coveredTo, end) : end;
        any = true;
    }
    if (gaps.empty())
        return {};
    std::sort(gaps.begin(), gaps.end(), [](const TimeBreak &a, const TimeBreak &b) {
        return a.to - a.from > b.to - b.from;
    });
    // The longest first, while each takes more than its share of what is still shown.
    double shown = double(last - first);
    std::vector<TimeBreak> chosen;
    for (const TimeBreak &gap : gaps) {
        if (int(chosen.size()) == options.maxBreaks)
            break;
        const double length = double(gap.to - gap.from);
        if (length <= options.share * shown)
            break;
        chosen.push_back(gap);
        shown -= length;
    }
    // Keep a little of each stretch on both sides, as a margin around the events beside it.
    const qint64 keep = qint64(options.keep * std::max(shown, 1.0));
    std::vector<TimeBreak> breaks;
    for (const TimeBreak &gap : chosen) {
        const qint64 margin = std::min(keep, (gap.to - gap.from) / 4);
        breaks.push_back({gap.from + margin, gap.to - margin});
    }
    std::sort(breaks.begin(), breaks.end(),
              [](const TimeBreak &a, const TimeBreak &b) { return a.from < b.from; });
    return breaks;
}

void AxisBreaks::keepPeriodEdges(std::vector<TimeBreak> *breaks, std::span<const Period> periods)
{
    if (periods.empty())
        return;
    std::erase_if(*breaks, [&](const TimeBreak &b) {
        return std::any_of(periods.begin(), periods.end(), [&](const Period &period) {
            const auto inside = [&](qint64 t) { return t > b.from && t < b.to; };
            return inside(period.beginSecond()) || inside(period.endSecond());
        });
    });
}
