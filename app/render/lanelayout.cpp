// SPDX-License-Identifier: MIT
#include "lanelayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr double maxLabelWidth = 280.0;
constexpr double maxPictureLabelWidth = 640.0;
constexpr double minLabelWidth = 44.0; // shorter labels say nothing: "Del…"
constexpr double labelGap = 8.0;
constexpr double numberPadding = 3.0; // each side of a label's number, inside its box
constexpr double numberGap = 3.0;
constexpr double minimumHitWidth = 10.0;
// A date's period narrower than this is drawn as a marker, wider as a span.
constexpr double minimumSpanWidth = 5.0;

} // namespace

LaneLayout::LaneLayout(const LaneSource &lanes, const EventStore &events,
                       const TimelineGeometry &geometry, const TimeMapping &mapping,
                       const QFont &font, Emphasis emphasis, CrowdedLabels crowded,
                       const std::unordered_map<int, int> *givenNumbers)
    : m_lanes(lanes), m_events(events), m_geometry(geometry), m_mapping(mapping), m_font(font),
      m_metrics(font), m_emphasis(emphasis), m_crowded(crowded)
{
    if (givenNumbers) {
        m_numbers = *givenNumbers;
        for (const auto &[event, number] : m_numbers)
            m_nextNumber = std::max(m_nextNumber, number + 1);
    }
}

void LaneLayout::layOut(int lane, const QRectF &area)
{
    m_lane = lane;
    m_area = area;
    m_rows = std::clamp(m_lanes.laneInfo(lane).labelRows, 1, m_geometry.labelRows);
    m_rowsUsed = 0;
    m_dense = false;
    m_visibleKnown = false;
    m_columnCounts.clear();
    m_peakCount = 0;
    m_marks.clear();

    const qint64 t0 = m_mapping.start;
    const qint64 t1 = m_mapping.secondAt(area.width()) + 1;
    const int columns = int(std::ceil(area.width()));
    if (decideDensity(t0, t1, columns)) {
        m_dense = true;
        m_lanes.countPerColumn(lane, m_mapping, columns, &m_columnCounts);
        if (!m_columnCounts.empty())
            m_peakCount = *std::max_element(m_columnCounts.begin(), m_columnCounts.end());
        return;
    }
    if (!m_visibleKnown) {
        m_visible.clear();
        m_lanes.visibleEvents(lane, t0, t1, &m_visible);
    }

    m_extents.clear();
    m_extents.reserve(m_visible.size());
    const bool bounded = m_events.hasUncertainDates();
    for (quint32 e : m_visible) {
        const int event = int(e);
        Extent extent{event,
                      area.left() + m_mapping.clampedXOf(m_events.beginSecond(event)),
                      area.left() + m_mapping.clampedXOf(m_events.endSecond(event)),
                      0,
                      0,
                      false};
        // Bounds are rare: one cheap test skips their look-ups for most datasets.
        const PartialDate startLatest =
            bounded ? m_events.startLatest(event) : PartialDate();
        const PartialDate endLatest = bounded ? m_events.endLatest(event) : PartialDate();
        if (startLatest.isValid()) {
            extent.startBound0 = extent.x0;
            extent.startBound1 = area.left() + m_mapping.clampedXOf(startLatest.endSecond());
        }
        if (endLatest.isValid()) {
            extent.endBound0 = area.left() + m_mapping.clampedXOf(m_events.end(event).firstSecond());
            extent.endBound1 = area.left() + m_mapping.clampedXOf(endLatest.endSecond());
        }
        if (m_events.isRange(event)) {
            // The certain core runs from the latest a start may be to the earliest an end may.
            const PartialDate &lastStart = startLatest.isValid() ? startLatest : m_events.start(event);
            extent.coreX0 = area.left() + m_mapping.clampedXOf(lastStart.endSecond());
            extent.coreX1 = area.left() + m_mapping.clampedXOf(m_events.end(event).firstSecond());
        }
        extent.span = extent.x1 - extent.x0 >= minimumSpanWidth;
        m_extents.push_back(extent);
    }
    placeMarks();
}

// The cheap counts first: only a lane near the threshold needs its visible events listed.
bool LaneLayout::decideDensity(qint64 t0, qint64 t1, int columns)
{
    const double limit = columns * densityThreshold;
    if (double(m_lanes.countStarting(m_lane, t0, t1)) > limit)
        return true;
    if (double(m_lanes.countCandidates(m_lane, t0, t1)) <= limit)
        return false;
    // Candidates include events that end before the window; count what is really visible.
    m_visible.clear();
    m_lanes.visibleEvents(m_lane, t0, t1, &m_visible);
    m_visibleKnown = true;
    return double(m_visible.size()) > limit;
}

void LaneLayout::placeMarks()
{
    const QRectF &area = m_area;
    const double markerRadius = LaneLayout::markerRadius;
    const double markerY = area.top() + m_geometry.lanePadding + m_geometry.markerBand / 2.0;
    m_rowEnd.assign(size_t(m_rows), -1e9);

    int lastMarkerPixel = std::numeric_limits<int>::min();
    bool lastMarkerApproximate = false;
    std::array<double, 2> trackEnd = {-1e9, -1e9};
    // What each track drew last, to the pixel: a span drawn already (events of the same day,
    // seen from far) is listed, not redrawn.
    struct SpanKey
    {
        int x0 = 0, x1 = 0, core0 = 0, core1 = 0;
        bool approximate = false;
        bool operator==(const SpanKey &) const = default;
    };
    std::array<SpanKey, 2> trackSpan = {SpanKey{1, 0, 0, 0, false}, SpanKey{1, 0, 0, 0, false}};

    m_marks.reserve(m_extents.size());
    for (size_t i = 0; i < m_extents.size(); ++i) {
        const Extent &p = m_extents[i];
        const int event = p.event;
        Mark mark;
        mark.approximate = m_events.start(event).approximate ||
                           (m_events.isRange(event) && m_events.end(event).approximate);
        mark.selected = event == m_emphasis.selectedEvent;
        if (m_emphasis.highlightedActor >= 0) {
            const auto actors = m_events.actors(event);
            const bool involved = std::find(actors.begin(), actors.end(),
                                            quint32(m_emphasis.highlightedActor)) != actors.end();
            mark.faded = !involved && !mark.selected;
        }
        if (p.span) {
            const double x0 = std::max(p.x0, area.left() - 2);
            const double x1 = std::min(p.x1, area.right() + 2);
            // Two tracks, so that overlapping ranges of a lane stay apart.
            const SpanKey key{int(std::floor(x0)), int(std::ceil(x1)),
                              int(std::floor(std::max(p.coreX0, x0))),
                              int(std::ceil(std::min(p.coreX1, x1))), mark.approximate};
            int track = -1;
            for (int t = 0; t < int(trackSpan.size()); ++t) {
                if (trackSpan[size_t(t)] == key)
                    track = t;
            }
            mark.drawn = track < 0 || mark.selected;
            if (track < 0) {
                track = 0;
                while (track < int(trackEnd.size()) && trackEnd[size_t(track)] > x0)
                    ++track;
                if (track == int(trackEnd.size()))
                    track = trackEnd[0] <= trackEnd[1] ? 0 : 1;
                trackEnd[size_t(track)] = x1 + 1;
                trackSpan[size_t(track)] = key;
            }
            mark.bar = true;
            mark.track = track;
            mark.shape = QRectF(x0, markerY - 8 + track * 9, std::max(x1 - x0, 2.0), 7);
            if (p.coreX1 > p.coreX0) {
                const double c0 = std::max(p.coreX0, x0);
                const double c1 = std::min(p.coreX1, x1);
                if (c1 > c0)
                    mark.core = QRectF(c0, mark.shape.top(), c1 - c0, mark.shape.height());
            }
            const auto boundsRect = [&](double b0, double b1) {
                b0 = std::max(b0, x0);
                b1 = std::min(b1, x1);
                return b1 > b0 ? QRectF(b0, mark.shape.top(), b1 - b0, mark.shape.height())
                               : QRectF();
            };
            mark.startBounds = boundsRect(p.startBound0, p.startBound1);
            mark.endBounds = boundsRect(p.endBound0, p.endBound1);
        } else {
            const double x = (p.x0 + p.x1) / 2;
            // Markers that land on the pixel already drawn add nothing to the picture; they are
            // still listed for hit testing.
            const int pixel = int(std::floor(x));
            mark.drawn = pixel != lastMarkerPixel || mark.approximate != lastMarkerApproximate ||
                         mark.selected;
            if (mark.drawn) {
                lastMarkerPixel = pixel;
                lastMarkerApproximate = mark.approximate;
            }
            mark.centre = QPointF(x, markerY);
            mark.shape = QRectF(x - markerRadius, markerY - markerRadius - 1, 2 * markerRadius,
                                2 * markerRadius + 2);
        }

        mark.hit.event = event;
        mark.hit.lane = m_lane;
        const double widen = (minimumHitWidth - mark.shape.width()) / 2;
        mark.hit.marker = mark.shape.width() < minimumHitWidth
                              ? mark.shape.adjusted(-widen, 0, widen, 0)
                              : mark.shape;
        placeLabel(i, &mark);
        m_marks.push_back(std::move(mark));
    }
}

// The label starts under the item (or at the left edge for items that began earlier), in the
// first row that is free there, and stops before the item `labelRows` places on. The cap counts
// the geometry's rows, not the lane's, so that a lane given only the rows it used lays out the
// same labels again.
void LaneLayout::placeLabel(size_t index, Mark *mark)
{
    const Extent &p = m_extents[index];
    const size_t capRows = size_t(m_geometry.labelRows);
    const double labelX = std::max(p.x0, m_area.left() + 2);
    // A picture has room to spare beside a lone event; the window keeps labels short.
    const double longest = m_crowded == CrowdedLabels::Number ? maxPictureLabelWidth : maxLabelWidth;
    double limit = std::min(m_area.right() - 2, labelX + longest);
    if (index + capRows < m_extents.size())
        limit = std::min(limit, std::max(m_extents[index + capRows].x0, m_area.left()) - labelGap);
    if (m_crowded == CrowdedLabels::Number) {
        placeNumberedLabel(index, mark, labelX, limit);
        return;
    }
    const int row = freeRow(labelX, labelGap);
    if (row < 0)
        return;
    if (limit - labelX < minLabelWidth)
        return;

    // The selected title is drawn bold: measure it in bold, or its end would be cut off.
    const LabelTextCache::Label text =
        m_labels->fit(m_events, p.event, m_font, mark->selected, limit - labelX);
    if (text.text.isEmpty() || text.text == QStringLiteral("…"))
        return;
    const double firstLabelY = m_area.top() + m_geometry.lanePadding + m_geometry.markerBand;
    const QRectF label(labelX, firstLabelY + row * m_geometry.labelRowHeight, text.width,
                       m_geometry.labelRowHeight);
    setLabel(mark, row, label, text.text);
}

void LaneLayout::setLabel(Mark *mark, int row, const QRectF &label, const QString &text)
{
    m_rowEnd[size_t(row)] = label.right();
    m_rowsUsed = std::max(m_rowsUsed, row + 1);
    mark->labelRow = row;
    mark->hit.label = label;
    mark->hit.labelText = text;
}

// The whole title where it fits, else a number that the picture's key explains: a picture has no
// tooltip to finish a cut title.
int LaneLayout::freeRow(double x, double gap) const
{
    for (size_t r = 0; r < size_t(m_rows); ++r) {
        if (m_rowEnd[r] + gap <= x)
            return int(r);
    }
    return -1;
}

void LaneLayout::placeNumberedLabel(size_t index, Mark *mark, double labelX, double limit)
{
    const QString title = m_events.title(m_extents[index].event);
    const double firstLabelY = m_area.top() + m_geometry.lanePadding + m_geometry.markerBand;
    const double titleWidth = m_metrics.horizontalAdvance(title);
    int row = freeRow(labelX, labelGap);
    if (row >= 0 && !title.isEmpty() && labelX + titleWidth <= limit) {
        setLabel(mark, row, QRectF(labelX, firstLabelY + row * m_geometry.labelRowHeight, titleWidth,
                                   m_geometry.labelRowHeight),
                 title);
        return;
    }
    const int event = m_extents[index].event;
    const auto known = m_numbers.find(event);
    const int numberValue = known != m_numbers.end() ? known->second : m_nextNumber;
    const QString number = QString::number(numberValue);
    const double numberWidth = m_metrics.horizontalAdvance(number) + 2 * numberPadding;
    // At the right edge the number moves left of its event rather than off the picture; numbers
    // may sit closer together than titles.
    double numberX = std::min(labelX, m_area.right() - 1 - numberWidth);
    row = numberX >= m_area.left() ? freeRow(numberX, numberGap) : -1;
    if (row < 0) {
        // Every row is taken here (three events on one day in a two-row lane): the number goes
        // after the label that ends first, a little right of its event, rather than nowhere.
        const auto first = std::min_element(m_rowEnd.begin(), m_rowEnd.end());
        numberX = std::max(numberX, *first + numberGap);
        if (numberX + numberWidth > m_area.right() - 1)
            return;
        row = int(first - m_rowEnd.begin());
    }
    if (known == m_numbers.end()) {
        m_numbers.emplace(event, numberValue);
        ++m_nextNumber;
    }
    mark->number = numberValue;
    setLabel(mark, row, QRectF(numberX, firstLabelY + row * m_geometry.labelRowHeight, numberWidth,
                               m_geometry.labelRowHeight),
             number);
}
