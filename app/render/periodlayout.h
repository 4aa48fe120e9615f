// SPDX-License-Identifier: MIT
#pragma once

#include "datasetrecords.h"
#include "timemapping.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <span>
#include <vector>

// Where the dataset's periods go in one frame: a band per period that meets the window, across
// the timeline area, and its title in the period strip under the axis: whole where it fits, cut
// with "…" where only part fits, left out where not even that does, and never over another
// period's title. Data only: TimelineRenderer paints it, the view hit-tests it for tooltips,
// tests read it without a painter.
namespace PeriodLayout {

struct Band
{
    int period = -1;  // index into the dataset's periods
    double x0 = 0;    // the band, clipped to the timeline area
    double x1 = 0;
    int shade = 0;    // 0 or 1: neighbouring periods alternate tints
    QRectF title;     // in the strip; empty when the title had no room
    QString titleText;
};

// The fewest pixels a cut title may keep; shorter says nothing ("R…").
inline constexpr double minTitleWidth = 28.0;
inline constexpr double titlePadding = 4.0;

// `left` and `width`: the timeline area in the picture (x = left where the mapping's x is 0);
// `strip`: the row for titles, its top and height.
std::vector<Band> layOut(std::span<const Period> periods, const TimeMapping &mapping, double left,
                         double width, double stripTop, double stripHeight, const QFont &font);

// Whether any period meets [start, end): a picture without one needs no strip.
bool anyMeets(std::span<const Period> periods, qint64 start, qint64 end);

} // namespace PeriodLayout
