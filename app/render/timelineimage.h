// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "exportplan.h"
#include "filterengine.h"
#include "timelinelanes.h"

#include <QPainter>
#include <QSize>
#include <QString>

// A timeline picture for reports: a title, the timeline drawn by the same TimelineRenderer as the
// window, a key of the events whose titles did not fit beside them, a legend of the lanes'
// colours and a caption that states the filter and the sources. Every lane with an event in the
// picture's window is in it: PNG and SVG grow taller (or, at a fixed size, get compact), a PDF
// continues on further pages (ExportPlan). One paint routine for every device: PNG through QImage,
// SVG through QSvgGenerator and PDF through QPdfWriter (text stays text), each written
// all-or-nothing through QSaveFile.
namespace TimelineImage {

enum class Format { Png, Svg, Pdf };
enum class Theme { Light, Dark, Transparent };

struct Options
{
    Format format = Format::Png;
    QSize size{1920, 1080}; // logical pixels (PDF: at 96 per inch); PNG and SVG may grow taller
    bool fixedSize = false; // PNG, SVG: exactly `size`, lanes compacted to fit
    bool onePage = false;   // PDF: everything on one page, scaled to fit, instead of more pages
    bool breaks = true;     // collapse long empty stretches when showing the whole span
    double scale = 1.0;     // PNG only: pixels per logical pixel, for high-DPI output
    Theme theme = Theme::Light;
    LaneGrouping grouping = LaneGrouping::Actors;
    qint64 start = 0; // the window drawn; start >= end: the whole span of what the filter passes
    qint64 end = 0;
    QString title;     // empty: no title line
    bool legend = true;
    QString caption;   // empty: no caption line
};

// The layout of the picture these options ask for: its size (PNG, SVG: taller than asked when
// the lanes need it) and pages.
ExportPlan::Plan plan(const Dataset &dataset, const FilterResult *filter, const Options &options);

// Paints one page of a plan onto any painter whose device is plan.pageSize logical pixels; what
// the timeline part drew where (empty on a page of only the key), in its own coordinates.
TimelineFrame paintPage(QPainter &painter, const ExportPlan::Plan &plan, int page,
                        Theme theme = Theme::Light);

// Paints the first page onto a painter whose device is plan(...).pageSize logical pixels.
void paint(QPainter &painter, const Dataset &dataset, const FilterResult *filter,
           const Options &options);

// What write() produced.
struct Written
{
    QSize size;     // each page's, in logical pixels
    int pages = 1;
    int lanes = 0;  // lanes drawn
    int lanesLeftOut = 0;
    int foldedMembers = 0;
};

// Writes the picture to `path`; an empty string on success, else what went wrong (and no file is
// left behind).
QString write(const QString &path, const Dataset &dataset, const FilterResult *filter,
              const Options &options, Written *written = nullptr);

// The span of the events that pass, with a small margin; the dataset's span when none pass.
inline std::pair<qint64, qint64> filteredSpan(const Dataset &dataset, const FilterResult *filter)
{
    return ExportPlan::filteredSpan(dataset, filter);
}

// "png", "svg", "pdf" (case-insensitive), from a name or a file's suffix.
bool formatFromName(const QString &name, Format *format);

} // namespace TimelineImage
