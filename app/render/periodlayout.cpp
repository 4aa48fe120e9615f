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
        bands.push_back(std::move(band));
    }

    // Titles, left to right. A title stays inside its own band, and out of a later period that
    // starts inside it (nested or overlapping), so that each title sits over the period it
    // names: before the later one, or else after it ends. A period that began before the window
    // is named at the window's edge, so that its name stays in sight while it does.
    const QFontMetricsF metrics(font);
    double titlesEnd = -1e9; // where the last title placed ends: titles never overlap
    for (size_t b = 0; b < bands.size(); ++b) {
        Band &band = bands[b];
        double segments[2][2] = {{band.x0, band.x1}, {band.x1, band.x1}};
        for (size_t later = b + 1; later < bands.size(); ++later) {
            const Band &other = bands[later];
            if (other.x0 >= band.x1)
                break;
            if (other.x0 > band.x0) {
                segments[0][1] = other.x0;
                segments[1][0] = std::max(other.x1, band.x0);
                break;
            }
        }
        const QString &title = periods[size_t(band.period)].title;
        for (const auto &segment : segments) {
            const double titleX = std::max(segment[0], titlesEnd) + titlePadding;
            const double room = segment[1] - titlePadding - titleX;
            if (room < minTitleWidth && metrics.horizontalAdvance(title) > room)
                continue;
            const QString text = metrics.elidedText(title, Qt::ElideRight, room);
            if (text.isEmpty() || text == QStringLiteral("…"))
                continue;
            const double textWidth = metrics.horizontalAdvance(text);
            band.title = QRectF(titleX, stripTop, textWidth, stripHeight);
            band.titleText = text;
            titlesEnd = titleX + textWidth + titlePadding;
            break;
        }
    }
    return bands;
}

bool PeriodLayout::anyMeets(std::span<const Period> periods, qint64 start, qint64 end)
{
    return std::any_of(periods.begin(), periods.end(), [&](const Period &period) {
        return period.beginSecond() < end && period.endSecond() > start;
    });
}
