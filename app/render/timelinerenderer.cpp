// SPDX-License-Identifier: MIT
#include "timelinerenderer.h"

#include "axispainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainterPath>

#include <algorithm>
#include <unordered_set>
#include <cmath>

TimelineRenderer::TimelineRenderer(const LaneSource &lanes, const EventStore &events,
                                   TimelineTheme theme, TimelineGeometry geometry)
    : m_lanes(lanes), m_events(events), m_theme(theme), m_geometry(geometry)
{
    m_laneOffsets.reserve(size_t(m_lanes.laneCount()) + 1);
    m_laneOffsets.push_back(0);
    for (int lane = 0; lane < m_lanes.laneCount(); ++lane)
        m_laneOffsets.push_back(m_laneOffsets.back() +
                                m_geometry.laneHeight(m_lanes.laneInfo(lane).labelRows));
}

int TimelineRenderer::contentHeight() const
{
    return m_geometry.axisHeight + m_laneOffsets.back();
}

int TimelineRenderer::laneHeight(int lane) const
{
    return m_laneOffsets[size_t(lane) + 1] - m_laneOffsets[size_t(lane)];
}

double TimelineRenderer::laneTop(int lane, int verticalOffset) const
{
    return m_geometry.axisHeight + double(m_laneOffsets[size_t(lane)]) - verticalOffset;
}

int TimelineRenderer::offsetRevealing(int lane, int verticalOffset, int viewHeight) const
{
    const double top = laneTop(lane, verticalOffset);
    const int height = laneHeight(lane);
    if (top < m_geometry.axisHeight)
        return verticalOffset - int(m_geometry.axisHeight - top);
    if (top + height > viewHeight)
        return verticalOffset + int(top + height - viewHeight);
    return verticalOffset;
}

int TimelineRenderer::laneAt(double y, int verticalOffset) const
{
    if (y < m_geometry.axisHeight)
        return -1;
    const double offset = y - m_geometry.axisHeight + verticalOffset;
    // The last lane whose top is at or above the point.
    const auto it = std::upper_bound(m_laneOffsets.begin(), m_laneOffsets.end(), offset);
    const int lane = int(it - m_laneOffsets.begin()) - 1;
    return lane >= 0 && lane < m_lanes.laneCount() ? lane : -1;
}

TimelineFrame TimelineRenderer::paint(QPainter &painter, const TimelineRenderRequest &request) const
{
    // Time runs left to right in every language (see TimelineView), and so does this picture's
    // layout: a painter takes the application's direction, which would align the lane titles
    // to the right of their column and put an elided title's "…" before it in Arabic.
    painter.setLayoutDirection(Qt::LeftToRight);
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
    frame.axis = TimeAxis::layout(request.mapping, areaWidth, request.font, request.locale,
                                  request.finestStep);

    // Lane backgrounds, then the grid, then the items: items stay above grid lines.
    const int firstLane = std::max(0, laneAt(m_geometry.axisHeight, request.verticalOffset));
    std::vector<int> visibleLanes;
    for (int lane = firstLane; lane < m_lanes.laneCount(); ++lane) {
        const double top = laneTop(lane, request.verticalOffset);
        const int laneHeight = this->laneHeight(lane);
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
    frame.periods = PeriodLayout::layOut(request.periods, request.mapping, left, areaWidth,
                                         m_geometry.timeAxisHeight(), m_geometry.periodStrip,
                                         request.font);
    paintPeriodBands(painter, request, frame.periods);
    painter.setPen(QPen(m_theme.grid, 0));
    for (const TimeAxis::Tick &tick : frame.axis.minor) {
        const double x = left + request.mapping.xOf(tick.second);
        painter.drawLine(QPointF(x, m_geometry.axisHeight), QPointF(x, height));
    }
    painter.setPen(QPen(m_theme.majorGrid, 0));
    for (const TimeAxis::Tick &tick : frame.axis.major) {
        // A held label names its period at an edge or after a break; its period began elsewhere.
        const double x = left + request.mapping.xOf(tick.second);
        if (x >= left && !tick.held)
            painter.drawLine(QPointF(x, m_geometry.axisHeight), QPointF(x, height));
    }
    AxisPainter::paintBreaks(painter, QRectF(left, m_geometry.axisHeight, areaWidth,
                                             std::max(0.0, height - m_geometry.axisHeight)),
                             request.mapping, m_theme);
    painter.setRenderHint(QPainter::Antialiasing, true);

    // One layout for the frame, so that its buffers serve every lane.
    LaneLayout layout(m_lanes, m_events, m_geometry, request.mapping, request.font,
                      {request.selectedEvent, request.highlightedActor}, request.crowdedLabels,
                      request.labelNumbers);
    layout.setLabelCache(&m_labels);
    for (int lane : visibleLanes) {
        const QRectF area(left, laneTop(lane, request.verticalOffset), areaWidth, laneHeight(lane));
        layout.layOut(lane, area);
        const QColor color = m_theme.itemColor(m_lanes.laneInfo(lane).color);
        // Titles come from the data: piled-up combining marks or tall scripts reach far above
        // their line, and must not spill into the next lane.
        painter.save();
        painter.setClipRect(area, Qt::IntersectClip);
        if (layout.isDense()) {
            frame.densityLanes.push_back(lane);
            paintDensity(painter, layout, color);
        } else {
            paintMarks(painter, request, layout, color);
            for (const LaneLayout::Mark &mark : layout.marks())
                frame.items.push_back(mark.hit);
        }
        painter.restore();
    }

    if (request.rangeEnd > request.rangeStart) {
        const double x0 = left + request.mapping.clampedXOf(request.rangeStart);
        const double x1 = left + request.mapping.clampedXOf(request.rangeEnd);
        painter.fillRect(QRectF(x0, 0, x1 - x0, height), m_theme.rangeSelection);
    }
    painter.restore();

    AxisPainter::paint(painter, QRectF(0, 0, width, m_geometry.timeAxisHeight()), left,
                       request.mapping, frame.axis, request.font, m_theme);
    paintPeriodStrip(painter, request, frame.periods);
    paintHeaders(painter, request);
    painter.restore();
    return frame;
}

void TimelineRenderer::paintMarks(QPainter &painter, const TimelineRenderRequest &request,
                                  const LaneLayout &layout, const QColor &color) const
{
    // Each mark with its ring and label before the next mark: a later marker covers an
    // earlier label, as it always has.
    QFont labelFont = request.font;
    labelFont.setBold(false);
    QFont selectedLabelFont = request.font;
    selectedLabelFont.setBold(true);
    const MarkStyle style(color, m_theme);
    // On screen and in PNGs the shaped labels are kept from frame to frame; SVG and PDF get
    // text as text, laid out by their engine.
    const bool reuseShapedText =
        painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    for (const LaneLayout::Mark &mark : layout.marks()) {
        if (request.highlightedActor >= 0)
            painter.setOpacity(mark.faded ? 0.3 : 1.0);
        if (mark.drawn) {
            if (mark.bar)
                paintBar(painter, mark, style);
            else
                paintDiamond(painter, mark, style);
        }
        if (mark.selected) {
            painter.setPen(QPen(m_theme.selection, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(mark.shape.adjusted(-3, -3, 3, 3), 3, 3);
        }
        if (mark.number > 0) {
            paintNumber(painter, mark, color);
        } else if (mark.labelRow >= 0) {
            painter.setFont(mark.selected ? selectedLabelFont : labelFont);
            painter.setPen(m_theme.text);
            if (reuseShapedText) {
                const QStaticText &text =
                    m_labels.prepared(mark.hit.labelText, request.font, mark.selected);
                const double y = mark.hit.label.top() +
                                 (mark.hit.label.height() - text.size().height()) / 2;
                painter.drawStaticText(QPointF(mark.hit.label.left(), y), text);
            } else {
                painter.drawText(mark.hit.label,
                                 Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                                 mark.hit.labelText);
            }
            if (mark.selected)
                painter.setFont(request.font);
        }
    }
    painter.setOpacity(1.0);
}

TimelineMeasure TimelineRenderer::measure(const TimelineRenderRequest &request) const
{
    TimelineMeasure measure;
    const double areaWidth = std::max(0.0, double(request.size.width()) - m_geometry.headerWidth);
    LaneLayout layout(m_lanes, m_events, m_geometry, request.mapping, request.font,
                      {request.selectedEvent, request.highlightedActor}, request.crowdedLabels,
                      request.labelNumbers);
    layout.setLabelCache(&m_labels);
    measure.rowsUsed.reserve(size_t(m_lanes.laneCount()));
    std::unordered_set<int> labelled;
    std::unordered_map<int, int> firstLaneOf; // of events drawn without a label so far
    std::vector<int> unlabelledOrder;
    for (int lane = 0; lane < m_lanes.laneCount(); ++lane) {
        layout.layOut(lane, QRectF(m_geometry.headerWidth, laneTop(lane, 0), areaWidth,
                                   laneHeight(lane)));
        measure.rowsUsed.push_back(layout.isDense() ? 0 : layout.rowsUsed());
        for (const LaneLayout::Mark &mark : layout.marks()) {
            // The first lane to number an event lists it in the key.
            if (mark.number > 0 && mark.number > int(measure.key.size()))
                measure.key.push_back({mark.number, mark.hit.event, lane});
            if (!mark.hit.label.isEmpty())
                labelled.insert(mark.hit.event);
            else if (firstLaneOf.emplace(mark.hit.event, lane).second)
                unlabelledOrder.push_back(mark.hit.event);
        }
    }
    for (int event : unlabelledOrder) {
        if (!labelled.count(event))
            measure.unlabelled.push_back({0, event, firstLaneOf[event]});
    }
    measure.numbers = layout.numbers();
    return measure;
}

// A label's number in a small box of the lane's colour: it reads as a reference, not a title.
void TimelineRenderer::paintNumber(QPainter &painter, const LaneLayout::Mark &mark,
                                   const QColor &color) const
{
    const QRectF box = mark.hit.label.adjusted(0, 2, 0, -2);
    painter.setPen(QPen(color, 1.0));
    painter.setBrush(m_theme.background);
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.setPen(m_theme.text);
    painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, mark.hit.labelText);
}

TimelineRenderer::MarkStyle::MarkStyle(const QColor &c, const TimelineTheme &theme)
    : color(c), pale(c), faint(c), solid(c), hatch(c, Qt::BDiagPattern), dots(c, Qt::Dense6Pattern),
      background(theme.background), outline(c, 1.0), dashedOutline(c, 1.0),
      dottedOutline(c, 1.0), diamondEdge(theme.background, 1.0), hollowDiamond(c, 1.6)
{
    pale.setAlphaF(0.28f);
    faint.setAlphaF(0.16f);
    dashedOutline.setStyle(Qt::DashLine);
    dottedOutline.setStyle(Qt::DotLine);
}

void TimelineRenderer::paintBar(QPainter &painter, const LaneLayout::Mark &mark,
                                const MarkStyle &style) const
{
    // The uncertain period: a pale hatched span. The certain core: solid.
    painter.setRenderHint(QPainter::Antialiasing, false);
    // A date known only between two bounds: fainter still, dotted rather than hatched, so that
    // "somewhere in here" never reads as "all of this". The rest of the bar as always.
    const bool bounded = !mark.startBounds.isEmpty() || !mark.endBounds.isEmpty();
    QRectF plain = mark.shape;
    if (!mark.startBounds.isEmpty())
        plain.setLeft(std::min(plain.right(), mark.startBounds.right()));
    if (!mark.endBounds.isEmpty())
        plain.setRight(std::max(plain.left(), mark.endBounds.left()));
    if (plain.width() > 0) {
        painter.fillRect(plain, style.pale);
        // Hatching needs room to be seen; on narrow bars the pale fill says enough.
        if (plain.width() >= 12)
            painter.fillRect(plain, style.hatch);
    }
    for (const QRectF &bounds : {mark.startBounds, mark.endBounds}) {
        if (bounds.isEmpty())
            continue;
        painter.fillRect(bounds, style.faint);
        painter.fillRect(bounds, style.dots);
    }
    if (!mark.core.isEmpty())
        painter.fillRect(mark.core, style.solid);
    painter.setPen(mark.approximate ? style.dashedOutline
                   : bounded        ? style.dottedOutline
                                    : style.outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mark.shape.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.setRenderHint(QPainter::Antialiasing, true);
}

void TimelineRenderer::paintDiamond(QPainter &painter, const LaneLayout::Mark &mark,
                                    const MarkStyle &style) const
{
    const double x = mark.centre.x();
    const double y = mark.centre.y();
    const double markerRadius = LaneLayout::markerRadius;
    const QPointF diamond[4] = {{x, y - markerRadius - 1},
                                {x + markerRadius, y},
                                {x, y + markerRadius + 1},
                                {x - markerRadius, y}};
    if (mark.approximate) {
        // Approximate dates: a hollow marker.
        painter.setPen(style.hollowDiamond);
        painter.setBrush(style.background);
    } else {
        painter.setPen(style.diamondEdge);
        painter.setBrush(style.solid);
    }
    painter.drawConvexPolygon(diamond, 4);
}

void TimelineRenderer::paintDensity(QPainter &painter, const LaneLayout &layout,
                                    const QColor &color) const
{
    const std::vector<quint32> &counts = layout.columnCounts();
    const quint32 peak = layout.peakCount();
    if (peak == 0)
        return;
    // A histogram per pixel column, square-root scaled so that single events stay visible next
    // to bursts; the same colour as the markers, so the switch between the two is seamless.
    const QRectF &area = layout.area();
    const double base = area.bottom() - 3;
    const double room = area.height() - m_geometry.lanePadding - 3;
    // One drawRects call for the lane: a fillRect per column costs more in QPainter's own
    // bookkeeping than in pixels, and a dense lane has a column for every pixel. Whole pixels,
    // rounded as fillRect rounds them, so that the raster engine fills them directly (its
    // QRectF version goes through the path rasteriser).
    thread_local std::vector<QRect> bars;
    bars.clear();
    bars.reserve(counts.size());
    const int top0 = qRound(base);
    for (size_t column = 0; column < counts.size(); ++column) {
        const quint32 count = counts[column];
        if (count == 0)
            continue;
        const double h = std::max(2.0, room * std::sqrt(double(count) / double(peak)));
        const double x = area.left() + double(column);
        const int x0 = qRound(x);
        const int y0 = qRound(base - h);
        bars.emplace_back(x0, y0, qRound(x + 1.0) - x0, top0 - y0);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRects(bars.data(), int(bars.size()));
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
    for (int lane = std::max(0, laneAt(m_geometry.axisHeight, request.verticalOffset));
         lane < m_lanes.laneCount(); ++lane) {
        const double top = laneTop(lane, request.verticalOffset);
        const int laneHeight = this->laneHeight(lane);
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
        x = m_geometry.headerTitleLeft(info.depth);
        const double room = width - x - TimelineGeometry::headerTitleMargin;
        painter.save();
        painter.setClipRect(QRectF(0, top, width, laneHeight), Qt::IntersectClip); // as lanes
        painter.setFont(info.depth == 0 ? bold : request.font);
        painter.setPen(m_theme.text);
        const QFontMetricsF &titleMetrics = info.depth == 0 ? boldMetrics : metrics;
        painter.drawText(QRectF(x, top + m_geometry.lanePadding, room, 18),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         titleMetrics.elidedText(info.title, Qt::ElideRight, room));
        // A lane that holds its members' events says how many, so a folded picture still tells
        // the reader that those people are in it.
        QString subtitle = info.subtitle;
        if (info.foldedMembers > 0) {
            QString members;
            if (info.foldedMembers == 1)
                //: Under a lane's title: one more actor's events are folded into the lane
                members = QCoreApplication::translate("TimelineRenderer", "+1 member");
            else
                //: Under a lane's title: more actors' events are folded into the lane
                members = QCoreApplication::translate("TimelineRenderer", "+%n members", nullptr,
                                                      info.foldedMembers);
            subtitle = subtitle.isEmpty() ? members : subtitle + QStringLiteral(" · ") + members;
        }
        if (!subtitle.isEmpty()) {
            painter.setFont(small);
            painter.setPen(m_theme.mutedText);
            painter.drawText(QRectF(x, top + m_geometry.lanePadding + 18, room, 16),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                             smallMetrics.elidedText(subtitle, Qt::ElideRight, room));
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

QColor TimelineRenderer::periodTint(const TimelineRenderRequest &request,
                                    const PeriodLayout::Band &band) const
{
    const QColor own = request.periods[size_t(band.period)].color;
    if (!own.isValid())
        return m_theme.periodBand[band.shade];
    QColor tint = m_theme.itemColor(own);
    tint.setAlpha(m_theme.periodBand[band.shade].alpha());
    return tint;
}

// Behind the grid and the events, across every lane: a period is where things happen, not a
// thing that happens.
void TimelineRenderer::paintPeriodBands(QPainter &painter, const TimelineRenderRequest &request,
                                        const std::vector<PeriodLayout::Band> &bands) const
{
    const double top = m_geometry.axisHeight;
    const double bottom = request.size.height();
    for (const PeriodLayout::Band &band : bands)
        painter.fillRect(QRectF(band.x0, top, band.x1 - band.x0, bottom - top),
                         periodTint(request, band));
}

// The row under the axis that names the periods: each band's tint, a little stronger, with its
// title where the layout found room.
void TimelineRenderer::paintPeriodStrip(QPainter &painter, const TimelineRenderRequest &request,
                                        const std::vector<PeriodLayout::Band> &bands) const
{
    if (m_geometry.periodStrip <= 0)
        return;
    const double width = request.size.width();
    const double left = m_geometry.headerWidth;
    const QRectF strip(0, m_geometry.timeAxisHeight(), width, m_geometry.periodStrip);
    painter.save();
    painter.fillRect(strip, m_theme.periodStrip);
    painter.setFont(request.font);
    painter.setPen(m_theme.mutedText);
    painter.drawText(strip.adjusted(m_geometry.headerTitleLeft(0), 0, left - width, 0),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     //: The title of the strip that shows the dataset's periods (eras)
                     QCoreApplication::translate("TimelineRenderer", "Periods"));
    painter.setClipRect(QRectF(left, strip.top(), std::max(0.0, width - left), strip.height()));
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const PeriodLayout::Band &band : bands) {
        QColor tint = periodTint(request, band);
        tint.setAlpha(std::min(255, tint.alpha() * 3));
        painter.fillRect(QRectF(band.x0, strip.top(), band.x1 - band.x0, strip.height()), tint);
        painter.setPen(QPen(m_theme.majorGrid, 0));
        painter.drawLine(QPointF(band.x0, strip.top()), QPointF(band.x0, strip.bottom()));
    }
    painter.setPen(m_theme.text);
    for (const PeriodLayout::Band &band : bands) {
        if (!band.titleText.isEmpty())
            painter.drawText(band.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                             band.titleText);
    }
    painter.setClipping(false);
    painter.setPen(QPen(m_theme.majorGrid, 1));
    painter.drawLine(QPointF(0, strip.bottom() - 0.5), QPointF(width, strip.bottom() - 0.5));
    painter.restore();
}
