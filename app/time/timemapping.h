// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>
#include <utility>
#include <vector>

// A stretch of time drawn as a narrow break mark instead of at the mapping's scale: [from, to)
// takes TimeMapping::breakPixels, however long it is. Long empty stretches in skewed data (17
// quiet years before two busy ones) are collapsed this way.
struct TimeBreak
{
    qint64 from = 0;
    qint64 to = 0;
    friend bool operator==(const TimeBreak &, const TimeBreak &) = default;
};

// Time <-> pixel for one frame: the second at x = 0 and how many seconds a pixel spans. A plain
// value: the renderer, the axis and hit testing all take it, none needs the window object.
//
// With breaks the mapping is piecewise linear: the same scale everywhere except inside a break,
// which is squeezed into `breakPixels`. xOf and secondAt stay exact inverses on both sides of a
// break, so zooming, panning and hit testing across one need no special cases.
struct TimeMapping
{
    TimeMapping() = default;
    TimeMapping(qint64 start, double secondsPerPixel, std::vector<TimeBreak> breaks = {})
        : start(start), secondsPerPixel(secondsPerPixel), breaks(std::move(breaks))
    {
    }

    qint64 start = 0;              // the second at x = 0
    double secondsPerPixel = 1.0;  // > 0
    std::vector<TimeBreak> breaks; // sorted, disjoint, each from < to
    double breakPixels = 24.0;     // the width each break is drawn in

    double xOf(qint64 second) const
    {
        const double linear = double(second - start) / secondsPerPixel;
        return breaks.empty() ? linear : linear - squeezed(second) + squeezed(start);
    }
    // Clamped so that far-away times stay finite in QPainter coordinates.
    double clampedXOf(qint64 second, double limit = 1e7) const
    {
        const double x = xOf(second);
        return x < -limit ? -limit : (x > limit ? limit : x);
    }
    qint64 secondAt(double x) const
    {
        if (breaks.empty())
            return start + qint64(std::llround(x * secondsPerPixel));
        return secondAtBroken(x);
    }

    // [first, last) across `width` pixels with `breaks` in it, a break that reaches past an edge
    // squeezed in proportion to the part inside. Without breaks, or when they would leave less
    // than half the width to the time shown, the plain linear mapping.
    static TimeMapping fitted(qint64 first, qint64 last, double width, std::vector<TimeBreak> breaks,
                              double breakPixels = 24.0)
    {
        width = width < 1 ? 1 : width;
        double squeezed = 0;
        double breakWidth = 0;
        std::vector<TimeBreak> inside;
        for (const TimeBreak &b : breaks) {
            const qint64 from = b.from > first ? b.from : first;
            const qint64 to = b.to < last ? b.to : last;
            if (to <= from)
                continue;
            squeezed += double(to - from);
            breakWidth += breakPixels * double(to - from) / double(b.to - b.from);
            inside.push_back(b);
        }
        if (inside.empty() || width - breakWidth < width / 2)
            return TimeMapping(first, double(last - first) / width);
        TimeMapping result(first, (double(last - first) - squeezed) / (width - breakWidth),
                           std::move(inside));
        result.breakPixels = breakPixels;
        return result;
    }

    // The break that `second` falls in, or nullptr.
    const TimeBreak *breakAt(qint64 second) const
    {
        for (const TimeBreak &b : breaks) {
            if (second >= b.from && second < b.to)
                return &b;
        }
        return nullptr;
    }

private:
    // How many pixels the breaks before `second` save, against the plain scale.
    double squeezed(qint64 second) const
    {
        double saved = 0;
        for (const TimeBreak &b : breaks) {
            if (second <= b.from)
                break;
            const double length = double(b.to - b.from);
            const double covered = double(std::min(second, b.to) - b.from);
            saved += covered / secondsPerPixel - breakPixels * covered / length;
        }
        return saved;
    }
    qint64 secondAtBroken(double x) const;
};

inline qint64 TimeMapping::secondAtBroken(double x) const
{
    // Walk the pieces from the break nearest before `start` onwards; x is relative to start.
    qint64 at = start;
    double atX = 0;
    // Left of start: step back over breaks until x is at or right of the piece's beginning.
    for (auto it = breaks.rbegin(); x < atX && it != breaks.rend(); ++it) {
        if (it->from >= at)
            continue;
        const qint64 pieceEnd = std::min(at, it->to);
        const double endX = atX - double(at - pieceEnd) / secondsPerPixel;
        if (x >= endX)
            return at - qint64(std::llround((atX - x) * secondsPerPixel));
        const double fromX = endX - breakPixels * double(pieceEnd - it->from) / double(it->to - it->from);
        if (x >= fromX)
            return it->from + qint64(std::llround((x - fromX) / breakPixels * double(it->to - it->from)));
        at = it->from;
        atX = fromX;
    }
    if (x < atX)
        return at - qint64(std::llround((atX - x) * secondsPerPixel));
    for (const TimeBreak &b : breaks) {
        if (b.to <= at)
            continue;
        if (b.from > at) {
            const double fromX = atX + double(b.from - at) / secondsPerPixel;
            if (x <= fromX)
                return at + qint64(std::llround((x - atX) * secondsPerPixel));
            at = b.from;
            atX = fromX;
        }
        const double length = double(b.to - b.from);
        const double toX = atX + breakPixels * double(b.to - at) / length;
        if (x < toX)
            return at + qint64(std::llround((x - atX) / breakPixels * length));
        at = b.to;
        atX = toX;
    }
    return at + qint64(std::llround((x - atX) * secondsPerPixel));
}
