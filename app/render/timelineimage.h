// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"
#include "timelinelanes.h"

#include <QPainter>
#include <QSize>
#include <QString>

// A timeline picture for reports: a title, the timeline drawn by the same TimelineRenderer as the
// window, a legend of the lanes' colours and a caption that states the filter and the sources.
// One paint routine for every device: PNG through QImage, SVG through QSvgGenerator and PDF
// through QPdfWriter (text stays text), each written all-or-nothing through QSaveFile.
namespace TimelineImage {

enum class Format { Png, Svg, Pdf };
enum class Theme { Light, Dark, Transparent };

struct Options
{
    Format format = Format::Png;
    QSize size{1920, 1080}; // logical pixels (PDF: at 96 per inch)
    double scale = 1.0;     // PNG only: pixels per logical pixel, for high-DPI output
    Theme theme = Theme::Light;
    LaneGrouping grouping = LaneGrouping::Actors;
    qint64 start = 0; // the window drawn; start >= end: the whole span of what the filter passes
    qint64 end = 0;
    QString title;     // empty: no title line
    bool legend = true;
    QString caption;   // empty: no caption line
};

// Paints onto any painter whose device is options.size logical pixels.
void paint(QPainter &painter, const Dataset &dataset, const FilterResult *filter,
           const Options &options);

// Writes the picture to `path`; an empty string on success, else what went wrong (and no file is
// left behind).
QString write(const QString &path, const Dataset &dataset, const FilterResult *filter,
              const Options &options);

// The span of the events that pass, with a small margin; the dataset's span when none pass.
std::pair<qint64, qint64> filteredSpan(const Dataset &dataset, const FilterResult *filter);

// "png", "svg", "pdf" (case-insensitive), from a name or a file's suffix.
bool formatFromName(const QString &name, Format *format);

} // namespace TimelineImage
