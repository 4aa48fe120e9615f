// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>

// Time <-> pixel for one frame: the second at x = 0 and how many seconds a pixel spans. A plain
// value: the renderer, the axis and hit testing all take it, none needs the window object.
struct TimeMapping
{
    qint64 start = 0;              // the second at x = 0
    double secondsPerPixel = 1.0;  // > 0

    double xOf(qint64 second) const { return double(second - start) / secondsPerPixel; }
    // Clamped so that far-away times stay finite in QPainter coordinates.
    double clampedXOf(qint64 second, double limit = 1e7) const
    {
        const double x = xOf(second);
        return x < -limit ? -limit : (x > limit ? limit : x);
    }
    qint64 secondAt(double x) const { return start + qint64(std::llround(x * secondsPerPixel)); }
};
