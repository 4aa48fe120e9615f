// SPDX-License-Identifier: MIT
#include "axispainter.h"

#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>

namespace {

// How far a break's edges lean across the axis band, and the teeth of its edges down the lanes.
constexpr double breakSlant = 6.0;
constexpr double zigzagDepth = 3.0;
constexpr double zigzagPitch = 8.0;

bool isMinorTick(const TimeAxis::Layout &axis, qint64 second)
{
    const auto it = std::lower_bound(
        axis.minor.begin(), axis.minor.end(), second,
        [](const TimeAxis::Tick &tick, qint64 value) { return tick.second < value; });
    return it != axis.minor.end() && it->second == second;
}

void drawLabel(QPainter &painter, double areaLeft, const TimeAxis::Tick &tick, double top,
               double height)
{
    if (tick.label.isEmpty())
        return;
    // The layout measured the label; the rectangle only centres it vertically.
    painter.drawText(QRectF(areaLeft + tick.labelX, top, tick.labelWidth, height),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, tick.label);
}

} // namespace

void AxisPainter::paint(QPainter &painter, const QRectF &band, double areaLeft,
                        const TimeMapping &mapping, const TimeAxis::Layout &axis,
                        const QFont &font, const TimelineTheme &theme)
{
    const double left = areaLeft;
    const double right = band.right();
    const double top = band.top();
    const double bottom = band.bottom();
    const double tier = band.height() / 2.0;
    painter.save();
    painter.setFont(font);
    painter.fillRect(band, theme.axisBackground);
    painter.setPen(QPen(theme.majorGrid, 1));
    painter.drawLine(QPointF(band.left(), bottom - 0.5), QPointF(right, bottom - 0.5));
    painter.setClipRect(QRectF(left, top, right - left, band.height()));

    painter.setPen(theme.mutedText);
    for (const TimeAxis::Tick &tick : axis.minor) {
        const double x = left + mapping.xOf(tick.second);
        painter.drawLine(QPointF(x, bottom - 6), QPointF(x, bottom));
        drawLabel(painter, left, tick, top + tier, tier - 4);
    }

    // A period's line runs down through the minor tier only where a minor tick is too, so that
    // it never strikes through a minor label (months begin in the middle of weeks).
    QFont topFont = font;
    topFont.setBold(axis.majorBold);
    painter.setFont(topFont);
    for (const TimeAxis::Tick &tick : axis.major) {
        const double x = left + mapping.xOf(tick.second);
        if (!tick.held && x >= left) {
            painter.setPen(QPen(theme.majorGrid, 1));
            const double end = isMinorTick(axis, tick.second) ? bottom : top + tier;
            painter.drawLine(QPointF(x, top), QPointF(x, end));
        }
        painter.setPen(theme.text);
        drawLabel(painter, left, tick, top + 2, tier - 2);
    }

    // Breaks: a gap in the band, its edges leaning like the strokes of a broken axis.
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const TimeBreak &b : mapping.breaks) {
        const double x0 = left + mapping.xOf(b.from);
        const double x1 = left + mapping.xOf(b.to);
        if (x1 < left || x0 > right)
            continue;
        const double slant = std::min(breakSlant, (x1 - x0) / 3);
        const QPointF leftFoot(x0, bottom), leftHead(x0 + slant, top);
        const QPointF rightFoot(x1 - slant, bottom), rightHead(x1, top);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.background);
        painter.drawPolygon(QPolygonF({leftFoot, leftHead, rightHead, rightFoot}));
        painter.setPen(QPen(theme.mutedText, 1));
        painter.drawLine(leftFoot, leftHead);
        painter.drawLine(rightFoot, rightHead);
    }
    painter.restore();
}

void AxisPainter::paintBreaks(QPainter &painter, const QRectF &laneArea, const TimeMapping &mapping,
                              const TimelineTheme &theme)
{
    if (mapping.breaks.empty() || laneArea.isEmpty())
        return;
    painter.save();
    painter.setClipRect(laneArea, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double left = laneArea.left();
    for (const TimeBreak &b : mapping.breaks) {
        const double x0 = left + mapping.xOf(b.from);
        const double x1 = left + mapping.xOf(b.to);
        if (x1 < left || x0 > laneArea.right())
            continue;
        // Teeth pointing into the band, from the top of the area to below its bottom.
        QPolygonF leftEdge, rightEdge;
        int tooth = 0;
        for (double y = laneArea.top();; y += zigzagPitch / 2, ++tooth) {
            const double inward = tooth % 2 ? zigzagDepth : 0;
            leftEdge << QPointF(x0 + inward, y);
            rightEdge << QPointF(x1 - inward, y);
            if (y > laneArea.bottom())
                break;
        }
        QPolygonF band = leftEdge;
        for (auto it = rightEdge.crbegin(); it != rightEdge.crend(); ++it)
            band << *it;
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.breakBand);
        painter.drawPolygon(band);
        painter.setPen(QPen(theme.majorGrid, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(leftEdge);
        painter.drawPolyline(rightEdge);
    }
    painter.restore();
}
