// SPDX-License-Identifier: MIT
#pragma once

#include "timeaxis.h"
#include "timelinetheme.h"
#include "timemapping.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

// Paints the time axis that TimeAxis::layout() worked out: the band of two label tiers above the
// lanes, and the marks of the mapping's breaks. It draws what the layout placed and decides
// nothing, so the window, the exported images and the tests all see the same axis.
namespace AxisPainter {

// `band` is the axis's rectangle, the whole width of the picture; `areaLeft` is the x where the
// timeline area (the mapping's x = 0) begins, right of the lane headers. Each break is a gap
// with slanted edges across the band.
void paint(QPainter &painter, const QRectF &band, double areaLeft, const TimeMapping &mapping,
           const TimeAxis::Layout &axis, const QFont &font, const TimelineTheme &theme);

// Marks each break of `mapping` down the lanes: a tinted band with zigzag edges, so that the
// squeezed stretch is not read at the scale of the rest. `laneArea` is the lanes' rectangle
// right of the headers (its left is the mapping's x = 0). Paint it over the lanes' backgrounds
// and grid; events left inside it stay visible through the tint.
void paintBreaks(QPainter &painter, const QRectF &laneArea, const TimeMapping &mapping,
                 const TimelineTheme &theme);

} // namespace AxisPainter
