// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

// Sizes of the parts of the timeline, in device-independent pixels. The renderer paints with
// them, the lane layout places markers and labels with them, the view hit-tests with them.
struct TimelineGeometry
{
    int axisHeight = 46;    // two tiers of labels
    int headerWidth = 200;  // lane titles on the left
    int markerBand = 18;    // where markers and range bars sit
    int labelRowHeight = 18;
    int labelRows = 2;      // stacked label rows under the markers, at most
    int lanePadding = 6;
    // A row under the axis for the titles of periods (Dataset::periods), part of axisHeight:
    // lanes start below it. 0 when nothing shown has a period.
    int periodStrip = 0;
    static constexpr int periodStripHeight = 20;

    // Makes room for period titles under the axis (once).
    void addPeriodStrip()
    {
        if (periodStrip == 0) {
            periodStrip = periodStripHeight;
            axisHeight += periodStrip;
        }
    }
    // The axis's own two tiers, above the period strip.
    int timeAxisHeight() const { return axisHeight - periodStrip; }

    // A lane with `rows` rows of labels (1 .. labelRows). One row still leaves room for the
    // header's title and subtitle.
    int laneHeight(int rows) const
    {
        rows = rows < 1 ? 1 : (rows > labelRows ? labelRows : rows);
        return lanePadding + markerBand + rows * labelRowHeight + 2;
    }
    int laneHeight() const { return laneHeight(labelRows); }

    // A lane header, by the lane's nesting depth: where its colour bar starts, and the box of
    // its disclosure triangle (painted by the renderer, clicked in the view) in a lane at `top`.
    double headerIndent(int depth) const { return 6 + depth * 14; }
    // Where the lane's title starts (after the colour bar and the triangle's room), and the
    // margin kept after it.
    double headerTitleLeft(int depth) const { return headerIndent(depth) + 24; }
    static constexpr double headerTitleMargin = 6;
    QRectF disclosureTriangle(int depth, double top) const
    {
        return QRectF(headerIndent(depth) + 10 - 4, top + lanePadding + 1, 16, 16);
    }
};
