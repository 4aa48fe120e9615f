// SPDX-License-Identifier: MIT
#pragma once

#include "timeaxis.h"
#include "timelinetheme.h"
#include "timemapping.h"

#include <QFont>
#include <QPainter>
#include <QRectF>

// Paints the time axis that TimeAxis::layout() worked out: the band of two label tiers above the
// lanes. It draws what the layout placed and decides nothing, so the window, the exported images
// and the tests all see the same axis.
namespace AxisPainter {

// `band` is the axis's rectangle, the whole width of the picture; `areaLeft` is the x where the
// timeline area (the mapping's x = 0) begins, right of the lane headers.
void paint(QPainter &painter, const QRectF &band, double areaLeft, const TimeMapping &mapping,
           const TimeAxis::Layout &axis, const QFont &font, const TimelineTheme &theme);

} // namespace AxisPainter
