// SPDX-License-Identifier: MIT
#pragma once

#include "timelineimage.h"
#include "timelinerenderer.h"

class ArchiveLaneSource;

// A picture of an archive's timeline as it is on screen: the lanes in view, at the view's time
// window, drawn by the same TimelineRenderer from the tiles that have arrived, with a caption
// under it that names the archive, the filter and the window. PNG, SVG or PDF (text stays text),
// written all-or-nothing.
namespace ArchiveImage {

// The caption's height in logical pixels, under the timeline.
constexpr int captionHeight = 28;

// Writes `request.size` of timeline plus the caption to `path`; an empty string on success, else
// what went wrong (and no file is left behind).
QString write(const QString &path, TimelineImage::Format format, const ArchiveLaneSource &source,
              const TimelineRenderRequest &request, const QString &caption);

} // namespace ArchiveImage
