// SPDX-License-Identifier: MIT
#include "periodlayout.h"

#include <QFontMetricsF>

#include <algorithm>

std::vector<PeriodLayout::Band> PeriodLayout::layOut(std::span<const Period> periods,
                                                     const TimeMapping &mapping, double left,
                                                     double width, double stripTop,
                                                     double stripHeight, const QFont &font)
{
    std::vector<Band> bands;
    if (periods.empty() || width <= 0)
        return bands;
    const qint64 t0 = mapping.start;
    const qint64 t1 = mapping.secondAt(width) + 1;
    const QFontMetricsF metrics(font);
    double titlesEnd = -1e9; // where the last title placed ends: titles never overlap
    for (size_t i = 0; i < periods.size(); ++i) {
        const Period &period = periods[i];
        // Periods are sorted by start: none after this one can meet the window.
        if (period.beginSecond() >= t1)
            break;
        if (period.endSecond() <= t0)
            continue;
        Band band;
        band.period = int(i);
        band.x0 = left + std::clamp(mapping.clampedXOf(period.beginSecond()), 0.0, width);
        band.x1 = left + std::clamp(mapping.clampedXOf(period.endSecond()), 0.0, width);
        // By index among all periods, so that a period keeps its tint while the window moves.
        band.shade = int(i % 2);
        if (band.x1 - band.x0 < 1)
            band.x1 = band.x0 + 1; // a day seen from afar still shows as a line
        // The title starts at the band's left, or at the window's edge for a period that began
        // earlier, so that it stays in sight while the period does.
        const double titleX = std::max(band.x0, titlesEnd) + titlePadding;
        const double room = band.x1 - titlePadding - titleX;
        if (room >= minTitleWidth || metrics.horizontalAdvance(period.title) <= room) {
            const QString text = metrics.elidedText(period.title, Qt::ElideRight, room);
            if (!text.isEmpty() && text != QStringLiteral("…")) {
                const double textWidth = metrics.horizontalAdvance(text);
                band.title = QRectF(titleX, stripTop, textWidth, stripHeight);
                band.titleText = text;
                titlesEnd = titleX + textWidth + titlePadding;
            }
        }
        bands.push_back(std::move(band));
    }
    return bands;
}

bool PeriodLayout::anyMeets(std::span<const Period> periods, qint64 start, qint64 end)
{
    return std::any_of(periods.begin(), periods.end(), [&](const Period &period) {
        return period.beginSecond() < end && period.endSecond() > start;
    });
}
