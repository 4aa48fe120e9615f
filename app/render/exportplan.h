// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"
#include "timelinegeometry.h"
#include "timelinelanes.h"
#include "timelinerenderer.h"
#include "timelinetheme.h"
#include "timemapping.h"

#include <QFont>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

// How a timeline picture is laid out before anything is painted: which lanes it holds (every lane
// with an event in the exported window, nothing cut without the picture saying so), how tall each
// is, the time mapping with its breaks, the key of numbered labels, the legend, and how all of it
// is split over pages. TimelineImage paints a plan page by page; tests read it without a painter.
namespace ExportPlan {

enum class Fit {
    Grow,    // the picture grows taller to hold every lane (PNG, SVG)
    Fixed,   // exactly the size asked for: lanes get compact, members fold, and what still does
             // not fit is named in the caption
    Pages,   // a PDF: further pages of the same size, the axis repeated on each
};

struct Request
{
    QSize size{1920, 1080};
    Fit fit = Fit::Grow;
    LaneGrouping grouping = LaneGrouping::Actors;
    qint64 start = 0; // start >= end: the whole span of what the filter passes
    qint64 end = 0;
    bool breaks = true; // collapse long empty stretches (only when showing the whole span)
    QString title;
    bool legend = true;
    QString caption;
    int maxHeight = 16000; // Fit::Grow never grows past this; it compacts instead
};

struct LegendEntry
{
    QString title;
    QColor color;
};

// One page: its lanes [firstLane, endLane), the key entries [firstKey, endKey), and whether it
// carries the title and the legend.
struct Page
{
    int firstLane = 0;
    int endLane = 0;
    int firstKey = 0;
    int endKey = 0;
    bool title = false;
    bool legend = false;
};

struct Plan
{
    const Dataset *dataset = nullptr;
    std::shared_ptr<TimelineLanes> lanes;
    TimelineGeometry geometry;
    TimeMapping mapping;
    TimeAxis::Step finestStep;
    QFont font;       // lanes, axis, legend and key
    QFont titleFont;
    QFont captionFont;
    QSize pageSize;   // every page's size: the picture's own for PNG and SVG
    std::vector<Page> pages;
    std::vector<TimelineKeyEntry> key; // in number order
    std::unordered_map<int, int> numbers; // each numbered event's number, for every page
    std::vector<QString> keyTexts;     // "3  Title · 15 July 2024", one per key entry
    std::vector<LegendEntry> legend;
    QString title;
    QString caption; // the request's, plus what was folded or left out
    int lanesLeftOut = 0;  // Fit::Fixed: lanes with events that did not fit
    int foldedMembers = 0; // members whose events were folded into their state's or faction's lane
    bool compactRows = false;

    static constexpr double margin = 16;
    double titleHeight() const;
    double keyLineHeight(int entry) const;
    double legendHeight() const;
    double captionHeight() const;
};

Plan make(const Dataset &dataset, const FilterResult *filter, const Request &request);

// The span of the events that pass, with a small margin; the dataset's span when none pass.
std::pair<qint64, qint64> filteredSpan(const Dataset &dataset, const FilterResult *filter);
// The same without the margin.
std::pair<qint64, qint64> eventSpan(const Dataset &dataset, const FilterResult *filter);

// The legend's entries laid out in lines across `width`: the index of the first entry of each.
std::vector<int> legendLines(const Plan &plan, double width);

} // namespace ExportPlan
