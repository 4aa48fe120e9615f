// SPDX-License-Identifier: MIT
#include "visiblewindow.h"

#include <algorithm>
#include <cmath>

VisibleWindow::VisibleWindow(QObject *parent) : QObject(parent) {}

TimeMapping VisibleWindow::mapping() const
{
    return {m_start, double(span()) / double(std::max(m_width, 1))};
}

void VisibleWindow::setWidth(int pixels)
{
    pixels = std::max(pixels, 1);
    if (pixels == m_width)
        return;
    // Keep the scale: a wider view shows more time, as in every timeline viewer.
    const double secondsPerPixel = double(span()) / m_width;
    const qint64 start = m_start;
    const qint64 end = m_end;
    m_width = pixels;
    setRange(m_start, m_start + qint64(secondsPerPixel * pixels));
    // The mapping changed with the width even when the range came out the same.
    if (m_start == start && m_end == end)
        emit changed();
}

void VisibleWindow::setRange(qint64 start, qint64 end)
{
    if (end < start)
        std::swap(start, end);
    qint64 length = std::clamp(end - start, minimumSpan, maximumSpan);
    if (length != end - start) {
        const qint64 middle = start + (end - start) / 2;
        start = middle - length / 2;
    }
    // Keep the window inside the representable years, with room to spare.
    constexpr qint64 limit = 45'000'000'000LL * 31'556'952LL;
    start = std::clamp(start, -limit, limit - length);
    end = start + length;
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    emit changed();
}

void VisibleWindow::setDataBounds(qint64 first, qint64 last)
{
    m_dataFirst = first;
    m_dataLast = std::max(last, first + 1);
}

void VisibleWindow::zoomAround(double x, double factor)
{
    if (factor <= 0)
        return;
    const TimeMapping map = mapping();
    const qint64 anchor = map.secondAt(x);
    const double newSpan = std::clamp(double(span()) / factor, double(minimumSpan),
                                      double(maximumSpan));
    const double newSecondsPerPixel = newSpan / m_width;
    const qint64 start = anchor - qint64(std::llround(x * newSecondsPerPixel));
    setRange(start, start + qint64(newSpan));
}

void VisibleWindow::panByPixels(double dx)
{
    const qint64 shift = qint64(std::llround(dx * mapping().secondsPerPixel));
    setRange(m_start - shift, m_end - shift);
}

void VisibleWindow::centerOn(qint64 second)
{
    const qint64 start = second - span() / 2;
    setRange(start, start + span());
}

void VisibleWindow::showPeriod(qint64 first, qint64 end)
{
    const qint64 length = std::max<qint64>(end - first, 1);
    if (length * 10 < span() * 8)
        centerOn(first + length / 2);
    else
        fitRange(first, end, 0.25);
}

void VisibleWindow::fitAll()
{
    fitRange(m_dataFirst, m_dataLast);
}

void VisibleWindow::fitRange(qint64 first, qint64 last, double margin)
{
    const qint64 length = std::max<qint64>(last - first, minimumSpan);
    const qint64 pad = qint64(double(length) * margin);
    const qint64 middle = first + (last - first) / 2;
    setRange(middle - length / 2 - pad, middle + (length - length / 2) + pad);
}
