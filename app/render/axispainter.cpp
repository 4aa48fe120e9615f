// SPDX-License-Identifier: MIT
#include "axispainter.h"

#include <QFontMetricsF>

#include <algorithm>

void AxisPainter::paint(QPainter &painter, const QRectF &band, double areaLeft,
                        const TimeMapping &mapping, const TimeAxis::Layout &axis,
                        const QFont &font, const TimelineTheme &theme)
{
    const double left = areaLeft;
    const double width = band.right();
    const double height = band.height();
    const double tier = height / 2.0;
    painter.save();
    painter.setFont(font);
    painter.fillRect(band, theme.axisBackground);
    painter.setPen(QPen(theme.majorGrid, 1));
    painter.drawLine(QPointF(band.left(), band.bottom() - 0.5), QPointF(width, band.bottom() - 0.5));

    painter.setClipRect(QRectF(left, band.top(), width - left, height));
    const QFontMetricsF metrics(font);

    // Minor tier: each label left-aligned after its tick (layout() checked that it fits).
    painter.setPen(theme.mutedText);
    for (const TimeAxis::Tick &tick : axis.minor) {
        const double x = left + mapping.xOf(tick.second);
        painter.drawLine(QPointF(x, band.bottom() - 6), QPointF(x, band.bottom()));
        painter.drawText(QRectF(x + 3, band.top() + tier, metrics.horizontalAdvance(tick.label) + 2,
                                tier - 4),
                         Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }

    // Major tier: the period's label at its start, or held at the left edge while its start is
    // scrolled off, but never past the next period's start.
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    painter.setPen(theme.text);
    for (size_t i = 0; i < axis.major.size(); ++i) {
        const double tickX = left + mapping.xOf(axis.major[i].second);
        const double nextX =
            i + 1 < axis.major.size() ? left + mapping.xOf(axis.major[i + 1].second) : width;
        if (tickX >= left) {
            painter.setPen(QPen(theme.majorGrid, 1));
            painter.drawLine(QPointF(tickX, band.top()), QPointF(tickX, band.bottom()));
            painter.setPen(theme.text);
        }
        const double x = std::max(tickX, left) + 4;
        const double room = nextX - x - 4;
        const QString text = boldMetrics.elidedText(axis.major[i].label, Qt::ElideRight, room);
        if (room < boldMetrics.horizontalAdvance(QStringLiteral("0000")) || text.isEmpty())
            continue;
        painter.drawText(QRectF(x, band.top() + 2, room, tier - 2), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
    }
    painter.restore();
}
