// SPDX-License-Identifier: MIT
#include "timelinerenderer.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr double maxLabelWidth = 280.0;
constexpr double minLabelWidth = 44.0; // shorter labels say nothing: "Del…"
constexpr double labelGap = 8.0;
constexpr double markerRadius = 5.0;
// A date's period narrower than this is drawn as a marker, wider as a span.
constexpr double minimumSpanWidth = 5.0;

} // namespace

TimelineRenderer::TimelineRenderer(const LaneSource &lanes, const EventStore &events,
                                   TimelineTheme theme, TimelineGeometry geometry)
    : m_lanes(lanes), m_events(events), m_theme(theme), m_geometry(geometry)
{
}

int TimelineRenderer::contentHeight() const
{
    return m_geometry.axisHeight + m_lanes.laneCount() * m_geometry.laneHeight();
}

double TimelineRenderer::laneTop(int lane, int verticalOffset) const
{
    return m_geometry.axisHeight + double(lane) * m_geometry.laneHeight() - verticalOffset;
}

int TimelineRenderer::laneAt(double y, int verticalOffset) const
{
    if (y < m_geometry.axisHeight)
        return -1;
    const int lane = int((y - m_geometry.axisHeight + verticalOffset) / m_geometry.laneHeight());
    return lane >= 0 && lane < m_lanes.laneCount() ? lane : -1;
}

TimelineFrame TimelineRenderer::paint(QPainter &painter, const TimelineRenderRequest &request) const
{
    TimelineFrame frame;
    frame.contentHeight = contentHeight();
    const double width = request.size.width();
    const double height = request.size.height();
    const double left = m_geometry.headerWidth;
    const double areaWidth = std::max(0.0, width - left);

    painter.save();
    painter.setFont(request.font);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRectF(0, 0, width, height), m_theme.background);

    const QFontMetricsF metrics(request.font);
    frame.axis = TimeAxis::layout(request.mapping, areaWidth, metrics, request.locale);

    // Lane backgrounds, then the grid, then the items: items stay above grid lines.
    const int laneHeight = m_geometry.laneHeight();
    const int firstLane = std::max(0, laneAt(m_geometry.axisHeight, request.verticalOffset));
    std::vector<int> visibleLanes;
    for (int lane = firstLane; lane < m_lanes.laneCount(); ++lane) {
        const double top = laneTop(lane, request.verticalOffset);
        if (top >= height)
            break;
        if (top + laneHeight <= m_geometry.axisHeight)
            continue;
        visibleLanes.push_back(lane);
        QColor fill = lane % 2 ? m_theme.alternateLane : m_theme.background;
        if (lane == request.selectedActorLane)
            fill = m_theme.highlightedLane;
        painter.fillRect(QRectF(0, top, width, laneHeight), fill);
    }

    painter.save();
    painter.setClipRect(QRectF(left, m_geometry.axisHeight, areaWidth,
                               std::max(0.0, height - m_geometry.axisHeight)));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(m_theme.grid, 0));
    for (const TimeAxis::Tick &tick : frame.axis.minor) {
        const double x = left + request.mapping.xOf(tick.second);
        painter.drawLine(QPointF(x, m_geometry.axisHeight), QPointF(x, height));
    }
    painter.setPen(QPen(m_theme.majorGrid, 0));
    for (const TimeAxis::Tick &tick : frame.axis.major) {
        const double x = left + request.mapping.xOf(tick.second);
        if (x >= left)
            painter.drawLine(QPointF(x, m_geometry.axisHeight), QPointF(x, height));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);

    for (int lane : visibleLanes) {
        const QRectF area(left, laneTop(lane, request.verticalOffset), areaWidth, laneHeight);
        // Titles come from the data: piled-up combining marks or tall scripts reach far above
        // their line, and must not spill into the next lane.
        painter.save();
        painter.setClipRect(area, Qt::IntersectClip);
        paintLane(painter, request, lane, area, &frame);
        painter.restore();
    }

    if (request.rangeEnd > request.rangeStart) {
        const double x0 = left + request.mapping.clampedXOf(request.rangeStart);
        const double x1 = left + request.mapping.clampedXOf(request.rangeEnd);
        painter.fillRect(QRectF(x0, 0, x1 - x0, height), m_theme.rangeSelection);
    }
    painter.restore();

    paintAxis(painter, request, frame.axis);
    paintHeaders(painter, request);
    painter.restore();
    return frame;
}

void TimelineRenderer::paintLane(QPainter &painter, const TimelineRenderRequest &request, int lane,
                                 const QRectF &area, TimelineFrame *frame) const
{
    const LaneSource::LaneInfo &info = m_lanes.laneInfo(lane);
    const QColor color = m_theme.itemColor(info.color);
    const TimeMapping &map = request.mapping;
    const qint64 t0 = map.start;
    const qint64 t1 = map.secondAt(area.width()) + 1;
    const int columns = int(std::ceil(area.width()));

    const double densityLimit = columns * densityThreshold;
    if (double(m_lanes.countStarting(lane, t0, t1)) > densityLimit) {
        frame->densityLanes.push_back(lane);
        paintDensity(painter, request, lane, area, color);
        return;
    }
    if (double(m_lanes.countCandidates(lane, t0, t1)) > densityLimit) {
        std::vector<quint32> visible;
        // Candidates include events that end before the window; count what is really visible.
        m_lanes.visibleEvents(lane, t0, t1, &visible);
        if (double(visible.size()) > densityLimit) {
            frame->densityLanes.push_back(lane);
            paintDensity(painter, request, lane, area, color);
            return;
        }
    }

    std::vector<quint32> events;
    m_lanes.visibleEvents(lane, t0, t1, &events);

    const QFontMetricsF metrics(request.font);
    const double markerY = area.top() + m_geometry.lanePadding + m_geometry.markerBand / 2.0;
    const double firstLabelY = area.top() + m_geometry.lanePadding + m_geometry.markerBand;
    std::vector<double> rowEnd(size_t(m_geometry.labelRows), -1e9);

    // Item x positions first, so each label can be capped before the item two places on.
    struct Placed
    {
        int event;
        double x0, x1;         // the whole period the event may cover
        double coreX0, coreX1; // the part it certainly covers (empty if none)
        bool span;
    };
    std::vector<Placed> placed;
    placed.reserve(events.size());
    for (quint32 e : events) {
        const int event = int(e);
        const PartialDate &start = m_events.start(event);
        const PartialDate &end = m_events.end(event);
        Placed p{event,
                 area.left() + map.clampedXOf(m_events.beginSecond(event)),
                 area.left() + map.clampedXOf(m_events.endSecond(event)),
                 0,
                 0,
                 false};
        if (m_events.isRange(event)) {
            p.coreX0 = area.left() + map.clampedXOf(start.endSecond());
            p.coreX1 = area.left() + map.clampedXOf(end.firstSecond());
        } else {
            p.coreX0 = p.coreX1 = 0;
        }
        p.span = p.x1 - p.x0 >= minimumSpanWidth;
        placed.push_back(p);
    }

    const int rows = m_geometry.labelRows;
    int lastMarkerPixel = std::numeric_limits<int>::min();
    std::array<double, 2> trackEnd = {-1e9, -1e9};
    struct SpanKey
    {
        int x0 = 0, x1 = 0, core0 = 0, core1 = 0;
        bool approximate = false;
        bool operator==(const SpanKey &) const = default;
    };
    std::array<SpanKey, 2> trackSpan = {SpanKey{1, 0, 0, 0, false}, SpanKey{1, 0, 0, 0, false}};
    bool lastMarkerApproximate = false;
    for (size_t i = 0; i < placed.size(); ++i) {
        const Placed &p = placed[i];
        const int event = p.event;
        const bool approximate = m_events.start(event).approximate ||
                                 (m_events.isRange(event) && m_events.end(event).approximate);
        const bool selected = event == request.selectedEvent;
        if (request.highlightedActor >= 0) {
            const auto actors = m_events.actors(event);
            const bool involved = std::find(actors.begin(), actors.end(),
                                            quint32(request.highlightedActor))
                != actors.end();
            painter.setOpacity(involved || selected ? 1.0 : 0.3);
        }
        QRectF markerRect;
        if (p.span) {
            const double x0 = std::max(p.x0, area.left() - 2);
            const double x1 = std::min(p.x1, area.right() + 2);
            // Two tracks, so that overlapping ranges of a lane stay apart. A span drawn already
            // to the pixel (events of the same day, seen from far) is listed, not redrawn.
            const SpanKey key{int(std::floor(x0)), int(std::ceil(x1)),
                              int(std::floor(std::max(p.coreX0, x0))),
                              int(std::ceil(std::min(p.coreX1, x1))), approximate};
            int track = -1;
            for (int t = 0; t < int(trackSpan.size()); ++t) {
                if (trackSpan[size_t(t)] == key)
                    track = t;
            }
            const bool alreadyDrawn = track >= 0 && !selected;
            if (track < 0) {
                track = 0;
                while (track < int(trackEnd.size()) && trackEnd[size_t(track)] > x0)
                    ++track;
                if (track == int(trackEnd.size()))
                    track = trackEnd[0] <= trackEnd[1] ? 0 : 1;
                trackEnd[size_t(track)] = x1 + 1;
                trackSpan[size_t(track)] = key;
            }
            const QRectF bar(x0, markerY - 8 + track * 9, std::max(x1 - x0, 2.0), 7);
            markerRect = bar;
            if (!alreadyDrawn) {
                // The uncertain period: a pale hatched span. The certain core: solid.
                QColor pale = color;
                pale.setAlphaF(0.28f);
                painter.setRenderHint(QPainter::Antialiasing, false);
                painter.fillRect(bar, pale);
                // Hatching needs room to be seen; on narrow bars the pale fill says enough.
                if (bar.width() >= 12)
                    painter.fillRect(bar, QBrush(color, Qt::BDiagPattern));
                if (p.coreX1 > p.coreX0) {
                    const double c0 = std::max(p.coreX0, x0);
                    const double c1 = std::min(p.coreX1, x1);
                    if (c1 > c0)
                        painter.fillRect(QRectF(c0, bar.top(), c1 - c0, bar.height()), color);
                }
                QPen outline(color, 1.0);
                if (approximate)
                    outline.setStyle(Qt::DashLine);
                painter.setPen(outline);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
                painter.setRenderHint(QPainter::Antialiasing, true);
            }
        } else {
            const double x = (p.x0 + p.x1) / 2;
            // Markers that land on the pixel already drawn add nothing to the picture; they are
            // still listed for hit testing.
            const int pixel = int(std::floor(x));
            if (pixel != lastMarkerPixel || approximate != lastMarkerApproximate || selected) {
                const QPointF diamond[4] = {{x, markerY - markerRadius - 1},
                                            {x + markerRadius, markerY},
                                            {x, markerY + markerRadius + 1},
                                            {x - markerRadius, markerY}};
                if (approximate) {
                    // Approximate dates: a hollow marker.
                    painter.setPen(QPen(color, 1.6));
                    painter.setBrush(m_theme.background);
                } else {
                    painter.setPen(QPen(m_theme.background, 1.0));
                    painter.setBrush(color);
                }
                painter.drawConvexPolygon(diamond, 4);
                lastMarkerPixel = pixel;
                lastMarkerApproximate = approximate;
            }
            markerRect = QRectF(x - markerRadius, markerY - markerRadius - 1, 2 * markerRadius,
                                2 * markerRadius + 2);
        }
        if (selected) {
            painter.setPen(QPen(m_theme.selection, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(markerRect.adjusted(-3, -3, 3, 3), 3, 3);
        }

        TimelineFrame::Item item;
        item.event = event;
        item.lane = lane;
        item.marker = markerRect.width() < 10
                          ? markerRect.adjusted(-(10 - markerRect.width()) / 2, 0,
                                                (10 - markerRect.width()) / 2, 0)
                          : markerRect;

        // The label starts under the item (or at the left edge for items that began earlier),
        // in the first row that is free there, and stops before the item `rows` places on.
        const double labelX = std::max(p.x0, area.left() + 2);
        double limit = std::min(area.right() - 2, labelX + maxLabelWidth);
        if (i + size_t(rows) < placed.size())
            limit = std::min(limit, std::max(placed[i + size_t(rows)].x0, area.left()) - labelGap);
        int row = -1;
        for (int r = 0; r < rows; ++r) {
            if (rowEnd[size_t(r)] + labelGap <= labelX) {
                row = r;
                break;
            }
        }
        if (row >= 0 && limit - labelX >= minLabelWidth) {
            const QString title = m_events.title(event);
            // The selected title is drawn bold: measure it in bold, or its end would be cut off.
            QFont font = request.font;
            font.setBold(selected);
            const QFontMetricsF labelMetrics = selected ? QFontMetricsF(font) : metrics;
            const QString text = labelMetrics.elidedText(title, Qt::ElideRight, limit - labelX);
            if (!text.isEmpty() && text != QStringLiteral("…")) {
                const double textWidth = labelMetrics.horizontalAdvance(text);
                const QRectF labelRect(labelX, firstLabelY + row * m_geometry.labelRowHeight,
                                       textWidth, m_geometry.labelRowHeight);
                painter.setFont(font);
                painter.setPen(m_theme.text);
                painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                                 text);
                if (selected)
                    painter.setFont(request.font);
                rowEnd[size_t(row)] = labelRect.right();
                item.label = labelRect;
                item.labelText = text;
            }
        }
        frame->items.push_back(item);
    }
    painter.setOpacity(1.0);
}

void TimelineRenderer::paintDensity(QPainter &painter, const TimelineRenderRequest &request,
                                    int lane, const QRectF &area, const QColor &color) const
{
    std::vector<quint32> counts;
    const int columns = int(std::ceil(area.width()));
    m_lanes.countPerColumn(lane, request.mapping, columns, &counts);
    const quint32 peak = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    if (peak == 0)
        return;
    // A histogram per pixel column, square-root scaled so that single events stay visible next
    // to bursts; the same colour as the markers, so the switch between the two is seamless.
    const double base = area.bottom() - 3;
    const double room = area.height() - m_geometry.lanePadding - 3;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (int column = 0; column < columns; ++column) {
        const quint32 count = counts[size_t(column)];
        if (count == 0)
            continue;
        const double h = std::max(2.0, room * std::sqrt(double(count) / double(peak)));
        painter.fillRect(QRectF(area.left() + column, base - h, 1.0, h), color);
    }
    painter.restore();
}

void TimelineRenderer::paintAxis(QPainter &painter, const TimelineRenderRequest &request,
                                 const TimeAxis::Layout &axis) const
{
    const double left = m_geometry.headerWidth;
    const double width = request.size.width();
    const double tier = m_geometry.axisHeight / 2.0;
    painter.fillRect(QRectF(0, 0, width, m_geometry.axisHeight), m_theme.axisBackground);
    painter.setPen(QPen(m_theme.majorGrid, 1));
    painter.drawLine(QPointF(0, m_geometry.axisHeight - 0.5),
                     QPointF(width, m_geometry.axisHeight - 0.5));

    painter.save();
    painter.setClipRect(QRectF(left, 0, width - left, m_geometry.axisHeight));
    const QFontMetricsF metrics(request.font);

    // Minor tier: each label left-aligned after its tick (layout() checked that it fits).
    painter.setPen(m_theme.mutedText);
    for (const TimeAxis::Tick &tick : axis.minor) {
        const double x = left + request.mapping.xOf(tick.second);
        painter.drawLine(QPointF(x, m_geometry.axisHeight - 6), QPointF(x, m_geometry.axisHeight));
        painter.drawText(QRectF(x + 3, tier, metrics.horizontalAdvance(tick.label) + 2, tier - 4),
                         Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }

    // Major tier: the period's label at its start, or held at the left edge while its start is
    // scrolled off, but never past the next period's start.
    QFont bold = request.font;
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    painter.setPen(m_theme.text);
    for (size_t i = 0; i < axis.major.size(); ++i) {
        const double tickX = left + request.mapping.xOf(axis.major[i].second);
        const double nextX = i + 1 < axis.major.size()
                                 ? left + request.mapping.xOf(axis.major[i + 1].second)
                                 : width;
        if (tickX >= left) {
            painter.setPen(QPen(m_theme.majorGrid, 1));
            painter.drawLine(QPointF(tickX, 0), QPointF(tickX, m_geometry.axisHeight));
            painter.setPen(m_theme.text);
        }
        const double x = std::max(tickX, left) + 4;
        const double room = nextX - x - 4;
        const QString text = boldMetrics.elidedText(axis.major[i].label, Qt::ElideRight, room);
        if (room < boldMetrics.horizontalAdvance(QStringLiteral("0000")) || text.isEmpty())
            continue;
        painter.drawText(QRectF(x, 2, room, tier - 2), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter.restore();
}

void TimelineRenderer::paintHeaders(QPainter &painter, const TimelineRenderRequest &request) const
{
    const double width = m_geometry.headerWidth;
    const double height = request.size.height();
    painter.save();
    painter.setClipRect(QRectF(0, m_geometry.axisHeight, width, height - m_geometry.axisHeight));
    painter.fillRect(QRectF(0, m_geometry.axisHeight, width, height), m_theme.headerBackground);
    const QFontMetricsF metrics(request.font);
    QFont small = request.font;
    // A font may be sized in pixels, and then has no point size to scale.
    if (request.font.pointSizeF() > 0)
        small.setPointSizeF(request.font.pointSizeF() * 0.88);
    else
        small.setPixelSize(std::max(1, int(std::lround(request.font.pixelSize() * 0.88))));
    const QFontMetricsF smallMetrics(small);
    QFont bold = request.font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const int laneHeight = m_geometry.laneHeight();
    for (int lane = 0; lane < m_lanes.laneCount(); ++lane) {
        const double top = laneTop(lane, request.verticalOffset);
        if (top + laneHeight <= m_geometry.axisHeight)
            continue;
        if (top >= height)
            break;
        const LaneSource::LaneInfo &info = m_lanes.laneInfo(lane);
        if (lane == request.selectedActorLane)
            painter.fillRect(QRectF(0, top, width, laneHeight), m_theme.highlightedLane);
        const double indent = m_geometry.headerIndent(info.depth);
        painter.fillRect(QRectF(indent, top + 6, 4, laneHeight - 12),
                         m_theme.itemColor(info.color));
        double x = indent + 10;
        if (info.hasChildren) {
            // A disclosure triangle: pointing right when collapsed, down when expanded.
            const double cy = top + m_geometry.lanePadding + 9;
            QPainterPath triangle;
            if (info.collapsed) {
                triangle.moveTo(x, cy - 5);
                triangle.lineTo(x + 6, cy);
                triangle.lineTo(x, cy + 5);
            } else {
                triangle.moveTo(x - 1, cy - 3);
                triangle.lineTo(x + 9, cy - 3);
                triangle.lineTo(x + 4, cy + 3);
            }
            triangle.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_theme.mutedText);
            painter.drawPath(triangle);
        }
        x += 14;
        const double room = width - x - 6;
        painter.save();
        painter.setClipRect(QRectF(0, top, width, laneHeight), Qt::IntersectClip); // as lanes
        painter.setFont(info.depth == 0 ? bold : request.font);
        painter.setPen(m_theme.text);
        const QFontMetricsF &titleMetrics = info.depth == 0 ? boldMetrics : metrics;
        painter.drawText(QRectF(x, top + m_geometry.lanePadding, room, 18),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         titleMetrics.elidedText(info.title, Qt::ElideRight, room));
        if (!info.subtitle.isEmpty()) {
            painter.setFont(small);
            painter.setPen(m_theme.mutedText);
            painter.drawText(QRectF(x, top + m_geometry.lanePadding + 18, room, 16),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                             smallMetrics.elidedText(info.subtitle, Qt::ElideRight, room));
        }
        painter.restore();
        painter.setPen(QPen(m_theme.grid, 1));
        painter.drawLine(QPointF(0, top + laneHeight - 0.5),
                         QPointF(width, top + laneHeight - 0.5));
    }
    painter.setPen(QPen(m_theme.majorGrid, 1));
    painter.drawLine(QPointF(width - 0.5, m_geometry.axisHeight), QPointF(width - 0.5, height));
    painter.restore();
}
