// SPDX-License-Identifier: MIT
#pragma once

#include "eventstore.h"
#include "labeltextcache.h"
#include "lanesource.h"
#include "timelinegeometry.h"
#include "timemapping.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

// Where everything of one lane goes, worked out before anything is painted: a marker or range
// bar per visible event, the track of each bar, which labels fit and in which row, or, where the
// lane is too dense for markers, how many events start in each pixel column. TimelineRenderer
// paints what it computes and lists its hit records in the frame; tests read it without a
// painter. Asks the LaneSource only for the events meeting the window, or the counts per column.
//
// One LaneLayout serves one frame: layOut() replaces the previous lane's result and keeps the
// buffers, so a frame allocates per lane only what grows.
class LaneLayout
{
public:
    // What was drawn where for one event: for hit testing (clicks, tooltips) and tests.
    struct Hit
    {
        int event = -1;
        int lane = -1;
        QRectF marker; // the marker or bar, widened to at least 10 px for easy clicking
        QRectF label;  // empty when the label had no room
        QString labelText;
    };

    // How one visible event is drawn, in time order.
    struct Mark
    {
        Hit hit;
        QRectF shape;   // as drawn: the diamond's bounds, or the bar
        QPointF centre; // a diamond's centre
        QRectF core;    // the part of a bar the event certainly covers, drawn solid; else empty
        // Where a date known only between two bounds may fall (earliest to latest): its start's
        // and its end's, drawn faded and dotted; else empty.
        QRectF startBounds;
        QRectF endBounds;
        int track = -1; // a bar's track (0 or 1), so that overlapping ranges stay apart
        int labelRow = -1;
        int number = 0;           // > 0: the label is this number, the title is in the key
        bool bar = false;         // a period wide enough to show as a span, else a diamond
        bool approximate = false; // a hollow diamond, a dashed bar
        bool selected = false;    // ringed, its label bold
        bool faded = false;       // another actor is highlighted and this event lacks it
        // False when an earlier mark already drew the same pixels: listed, not drawn again.
        bool drawn = true;
    };

    // What the frame picks out; both change how events are drawn, the selection also how wide
    // its (bold) label is.
    struct Emphasis
    {
        int selectedEvent = -1;
        int highlightedActor = -1;
    };

    // What a label does when its title does not fit beside its event: cut with "…" (the window,
    // where a tooltip tells the rest), or become a number whose title a key lists (a picture).
    enum class CrowdedLabels { Elide, Number };

    // More visible events than this many per pixel column switches a lane to density drawing.
    static constexpr double densityThreshold = 1.0 / 6.0;
    // Half the width of a diamond; it is one pixel taller than wide, above and below.
    static constexpr double markerRadius = 5.0;

    LaneLayout(const LaneSource &lanes, const EventStore &events, const TimelineGeometry &geometry,
               const TimeMapping &mapping, const QFont &font, Emphasis emphasis,
               CrowdedLabels crowded = CrowdedLabels::Elide,
               const std::unordered_map<int, int> *givenNumbers = nullptr);

    // Titles measured in earlier frames (TimelineRenderer keeps one across its frames); without
    // it, the layout measures into a cache of its own that lasts as long as it does.
    void setLabelCache(LabelTextCache *cache) { m_labels = cache ? cache : &m_ownLabels; }

    // Lays out `lane` in `area`, its rectangle in the picture; x = area.left() is where the
    // mapping has x = 0.
    void layOut(int lane, const QRectF &area);

    int lane() const { return m_lane; }
    const QRectF &area() const { return m_area; }
    bool isDense() const { return m_dense; }
    // Per pixel column of the area, the events starting in it: only for a dense lane.
    const std::vector<quint32> &columnCounts() const { return m_columnCounts; }
    quint32 peakCount() const { return m_peakCount; }
    // Empty for a dense lane.
    const std::vector<Mark> &marks() const { return m_marks; }
    // How many label rows the last lane used (0 .. geometry.labelRows).
    int rowsUsed() const { return m_rowsUsed; }
    // Each numbered event's number: an event drawn in several lanes keeps one number, and one
    // key line. Numbers given to the constructor are kept (a PDF's later pages); the rest run
    // on from lane to lane.
    const std::unordered_map<int, int> &numbers() const { return m_numbers; }

private:
    // An event's extent, known before its mark is placed, so that each label can be capped
    // before the item `labelRows` places on.
    struct Extent
    {
        int event;
        double x0, x1;         // the whole period the event may cover
        double coreX0, coreX1; // the part it certainly covers (empty if none)
        bool span;
        double startBound0 = 0, startBound1 = 0; // a start known between bounds (else empty)
        double endBound0 = 0, endBound1 = 0;
    };

    bool decideDensity(qint64 t0, qint64 t1, int columns);
    void placeMarks();
    void placeLabel(size_t index, Mark *mark);
    void placeNumberedLabel(size_t index, Mark *mark, double labelX, double limit);
    int freeRow(double x, double gap) const; // the first label row free at x, or -1
    void setLabel(Mark *mark, int row, const QRectF &label, const QString &text);

    const LaneSource &m_lanes;
    const EventStore &m_events;
    TimelineGeometry m_geometry;
    TimeMapping m_mapping;
    QFont m_font;
    QFontMetricsF m_metrics;
    LabelTextCache m_ownLabels;
    LabelTextCache *m_labels = &m_ownLabels;
    Emphasis m_emphasis;
    CrowdedLabels m_crowded;
    int m_nextNumber = 1;
    std::unordered_map<int, int> m_numbers;

    int m_lane = -1;
    int m_rows = 0; // label rows the lane has
    int m_rowsUsed = 0;
    QRectF m_area;
    bool m_dense = false;
    bool m_visibleKnown = false; // m_visible already holds the lane's visible events
    std::vector<quint32> m_columnCounts;
    quint32 m_peakCount = 0;
    std::vector<quint32> m_visible;
    std::vector<Extent> m_extents;
    std::vector<double> m_rowEnd;
    std::vector<Mark> m_marks;
};
