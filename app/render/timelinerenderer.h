// SPDX-License-Identifier: MIT
#pragma once

#include "eventstore.h"
#include "labeltextcache.h"
#include "lanelayout.h"
#include "lanesource.h"
#include "periodlayout.h"
#include "timeaxis.h"
#include "timelinegeometry.h"
#include "timelinetheme.h"
#include "timemapping.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QRectF>
#include <QSize>

#include <span>
#include <unordered_map>
#include <vector>

// What to draw: the window, the size, and the shared selection state.
struct TimelineRenderRequest
{
    TimeMapping mapping;      // for the timeline area, x = 0 at its left edge
    QSize size;
    int verticalOffset = 0;   // lanes scrolled up by this many pixels
    int selectedEvent = -1;
    int selectedActorLane = -1;
    int highlightedActor = -1; // events without this actor are drawn faded
    qint64 rangeStart = 0;    // a time range being selected, when rangeEnd > rangeStart
    qint64 rangeEnd = 0;
    QFont font;
    QLocale locale;
    // Pictures number the events whose titles do not fit and list them in a key; the window
    // cuts them and shows the rest in a tooltip.
    LaneLayout::CrowdedLabels crowdedLabels = LaneLayout::CrowdedLabels::Elide;
    // Numbers already given to events (a PDF's earlier pages), so that every page agrees.
    const std::unordered_map<int, int> *labelNumbers = nullptr;
    // The finest tick the axis may use: no hours for data known to the day.
    TimeAxis::Step finestStep = TimeAxis::finestStep;
    // Periods drawn behind the lanes (Dataset::periods, sorted by start); their titles go in the
    // geometry's period strip, when it has one.
    std::span<const Period> periods;
};

// An event whose label is a number, and what the key under the picture says for it.
struct TimelineKeyEntry
{
    int number = 0;
    int event = -1;
    int lane = -1;
};

// What was drawn where, for hit testing, tooltips and tests.
struct TimelineFrame
{
    using Item = LaneLayout::Hit;
    std::vector<Item> items;
    std::vector<int> densityLanes; // lanes drawn as a density strip
    TimeAxis::Layout axis;
    std::vector<PeriodLayout::Band> periods; // the periods drawn, with their titles
    int contentHeight = 0; // axis plus every lane
};

// What the lanes need before a picture is sized: the label rows each lane uses, and the events
// that get a number instead of their title.
struct TimelineMeasure
{
    std::vector<int> rowsUsed; // per lane; 0 for a dense lane or one with nothing labelled
    std::vector<TimelineKeyEntry> key; // one per numbered event, in number order
    std::unordered_map<int, int> numbers; // event -> its number
    // Events drawn without a title or a number anywhere (number 0), first lane each.
    std::vector<TimelineKeyEntry> unlabelled;
};

// Draws a time window of the timeline onto any QPainter: the widget, an image, an SVG or a
// PDF all get the same picture. Touches only the events of the lanes in view: a lane asks its
// LaneSource for what meets the window, and where there are more events than pixels it draws a
// per-column density strip instead of markers. Each lane is laid out first (LaneLayout: where
// markers, bars and labels go), then painted from that layout.
class TimelineRenderer
{
public:
    TimelineRenderer(const LaneSource &lanes, const EventStore &events, TimelineTheme theme,
                     TimelineGeometry geometry = {});

    TimelineFrame paint(QPainter &painter, const TimelineRenderRequest &request) const;
    // The event store was rebuilt with other indices (an archive's); see
    // LabelTextCache::renumber. Titles measured before are not measured again.
    void renumberEvents(const std::vector<qint32> &newIndexOfOld) { m_labels.renumber(newIndexOfOld); }
    // Lays out every lane (not only those in view) as paint() would, without painting.
    TimelineMeasure measure(const TimelineRenderRequest &request) const;

    const TimelineGeometry &geometry() const { return m_geometry; }
    int contentHeight() const;
    // Lanes are as tall as their label rows need (LaneSource::LaneInfo::labelRows), fixed when
    // the renderer is made.
    int laneHeight(int lane) const;
    // The lane at a y position of the widget, or -1.
    int laneAt(double y, int verticalOffset) const;
    double laneTop(int lane, int verticalOffset) const;
    // The vertical offset nearest `verticalOffset` that shows the whole lane below the axis in a
    // view `viewHeight` pixels tall (its top, when it is taller).
    int offsetRevealing(int lane, int verticalOffset, int viewHeight) const;

    static constexpr double densityThreshold = LaneLayout::densityThreshold;

private:
    // The paint passes of a lane: they draw what LaneLayout placed, and decide nothing.
    void paintMarks(QPainter &painter, const TimelineRenderRequest &request,
                    const LaneLayout &layout, const QColor &color) const;
    // A lane's pens and brushes, made once for its marks: a QPen or patterned QBrush made per
    // mark is an allocation per mark, and a busy frame has thousands.
    struct MarkStyle
    {
        MarkStyle(const QColor &color, const TimelineTheme &theme);
        QColor color;
        QColor pale;  // an uncertain part of a bar
        QColor faint; // a date known only between bounds
        QBrush solid;
        QBrush hatch;
        QBrush dots;
        QBrush background;
        QPen outline;
        QPen dashedOutline;
        QPen dottedOutline;
        QPen diamondEdge;
        QPen hollowDiamond;
    };
    void paintBar(QPainter &painter, const LaneLayout::Mark &mark, const MarkStyle &style) const;
    void paintDiamond(QPainter &painter, const LaneLayout::Mark &mark,
                      const MarkStyle &style) const;
    void paintDensity(QPainter &painter, const LaneLayout &layout, const QColor &color) const;
    void paintNumber(QPainter &painter, const LaneLayout::Mark &mark, const QColor &color) const;
    void paintHeaders(QPainter &painter, const TimelineRenderRequest &request) const;
    void paintPeriodBands(QPainter &painter, const TimelineRenderRequest &request,
                          const std::vector<PeriodLayout::Band> &bands) const;
    void paintPeriodStrip(QPainter &painter, const TimelineRenderRequest &request,
                          const std::vector<PeriodLayout::Band> &bands) const;
    QColor periodTint(const TimelineRenderRequest &request, const PeriodLayout::Band &band) const;

    const LaneSource &m_lanes;
    const EventStore &m_events;
    TimelineTheme m_theme;
    TimelineGeometry m_geometry;
    std::vector<int> m_laneOffsets; // each lane's top below the axis, and the total at the end
    // Measured titles, kept from frame to frame: a cache, not state, so painting stays const.
    mutable LabelTextCache m_labels;
};
