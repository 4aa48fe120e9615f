// SPDX-License-Identifier: MIT
#include "visiblewindow.h"

#include <algorithm>
#include <cmath>

VisibleWindow::VisibleWindow(QObject *parent) : QObject(parent) {}

TimeMapping VisibleWindow::mapping() const
{
    return TimeMapping::fitted(m_start, m_end, std::max(m_width, 1), m_breaks);
}

void VisibleWindow::setBreaks(std::vector<TimeBreak> breaks)
{
    if (breaks == m_breaks)
        return;
    // Keep the time in the middle where it is: the scale changes around it.
    const qint64 middle = mapping().secondAt(m_width / 2.0);
    m_breaks = std::move(breaks);
    const TimeMapping scale = mapping();
    const qint64 start = TimeMapping(middle, scale.secondsPerPixel, m_breaks).secondAt(-m_width / 2.0);
    setRange(start, TimeMapping(start, scale.secondsPerPixel, m_breaks).secondAt(m_width));
    emit changed();
}

void VisibleWindow::setWidth(int pixels)
{
    pixels = std::max(pixels, 1);
    if (pixels == m_width)
        return;
    // Keep the scale: a wider view shows more time, as in every timeline viewer.
    const TimeMapping scale = mapping();
    const qint64 start = m_start;
    const qint64 end = m_end;
    m_width = pixels;
    setRange(m_start, scale.secondAt(pixels));
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
    if (m_breaks.empty()) {
        const double newSpan = std::clamp(double(span()) / factor, double(minimumSpan),
                                          double(maximumSpan));
        const double newSecondsPerPixel = newSpan / m_width;
        const qint64 start = anchor - qint64(std::llround(x * newSecondsPerPixel));
        setRange(start, start + qint64(newSpan));
        return;
    }
    // Across breaks: the new scale laid out from the anchor, left to x = 0 and right to the
    // width, so that the anchor stays under x whatever breaks lie between.
    const double secondsPerPixel =
        std::clamp(map.secondsPerPixel / factor, double(minimumSpan) / m_width,
                   double(maximumSpan) / m_width);
    const qint64 start = TimeMapping(anchor, secondsPerPixel, m_breaks).secondAt(-x);
    setRange(start, TimeMapping(start, secondsPerPixel, m_breaks).secondAt(m_width));
}

void VisibleWindow::panByPixels(double dx)
{
    const TimeMapping map = mapping();
    if (m_breaks.empty()) {
        const qint64 shift = qint64(std::llround(dx * map.secondsPerPixel));
        setRange(m_start - shift, m_end - shift);
        return;
    }
    const qint64 start = map.secondAt(-dx);
    setRange(start, TimeMapping(start, map.secondsPerPixel, m_breaks).secondAt(m_width));
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
