// SPDX-License-Identifier: MIT
#pragma once

#include "timemapping.h"

#include <QObject>

// The time window on screen: [start, end) across `width` pixels, plus the span of the data for
// "fit all". Zooming keeps the time under the cursor fixed. The timeline view drives it, and
// the overview and filters of later issues follow and drive it through changed().
class VisibleWindow : public QObject
{
    Q_OBJECT
public:
    // The narrowest window: ten minutes. The widest: 40 billion years.
    static constexpr qint64 minimumSpan = 600;
    static constexpr qint64 maximumSpan = 40'000'000'000LL * 31'556'952LL;

    explicit VisibleWindow(QObject *parent = nullptr);

    qint64 start() const { return m_start; }
    qint64 end() const { return m_end; }
    qint64 span() const { return m_end - m_start; }
    int width() const { return m_width; }
    TimeMapping mapping() const;

    void setWidth(int pixels);
    // Stretches drawn narrow, with a break mark (AxisBreaks finds them); zooming and panning
    // keep the time under the cursor exact across them.
    void setBreaks(std::vector<TimeBreak> breaks);
    const std::vector<TimeBreak> &breaks() const { return m_breaks; }
    void setRange(qint64 start, qint64 end);
    // The span of the data: fitAll() shows it with a margin.
    void setDataBounds(qint64 first, qint64 last);
    qint64 dataFirst() const { return m_dataFirst; }
    qint64 dataLast() const { return m_dataLast; }

    // factor > 1 zooms in. The time at pixel x stays at pixel x.
    void zoomAround(double x, double factor);
    void panByPixels(double dx);
    // The same span, with `second` in the middle.
    void centerOn(qint64 second);
    // Brings [first, end) into view the way the eye follows best: a period well inside the
    // current span (under 80% of it) is centred at the same zoom; a longer one is fitted, with a
    // quarter of its length to spare on each side.
    void showPeriod(qint64 first, qint64 end);
    void fitAll();
    // Shows [first, last) with a margin of `margin` of the span on each side.
    void fitRange(qint64 first, qint64 last, double margin = 0.05);

signals:
    void changed();

private:
    qint64 m_start = 0;
    qint64 m_end = 86400;
    int m_width = 1000;
    qint64 m_dataFirst = 0;
    qint64 m_dataLast = 86400;
    std::vector<TimeBreak> m_breaks;
};
