// SPDX-License-Identifier: MIT
#pragma once

#include "eventstore.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStaticText>
#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

// Event titles as labels: how wide each is in the timeline's font, and what is left of it cut
// to a width. Shaping text is most of what a frame full of labels costs, and a title measures
// the same from one frame to the next, so each is measured once and kept until the font
// changes. A TimelineRenderer owns one for the frames it paints; not thread-safe.
class LabelTextCache
{
public:
    struct Label
    {
        QString text; // the title, or its start with "…"; empty when nothing fits
        double width = 0;
    };

    // `title` as QFontMetricsF::elidedText would cut it to `available` in `font` (bold: the
    // selected event's label), with its width.
    Label fit(const EventStore &events, int event, const QFont &font, bool bold,
              double available);

    // The label laid out for drawing again and again (QPainter::drawStaticText): shaped once,
    // not on every repaint. Valid until the next call.
    const QStaticText &prepared(const QString &text, const QFont &font, bool bold);

    // The events were renumbered (an archive's resident events rebuilt): `newIndexOfOld[old]` is
    // each event's new index, or -1 for one that is gone. What was measured stays measured.
    void renumber(const std::vector<qint32> &newIndexOfOld);

    // Entries kept before the cache starts afresh: a day's zooming and panning through a
    // million events should not grow it without end.
    static constexpr size_t maxEntries = 200000;

private:
    struct Entry
    {
        double fullWidth = -1;
        // The last cut, for the width it was cut to: repaints of the same view ask again.
        double cutFor = -1;
        Label cut;
    };
    const QFontMetricsF &metrics(const QFont &font, bool bold);

    std::optional<QFont> m_font; // the font the entries were measured in
    std::optional<QFontMetricsF> m_metrics;
    std::optional<QFontMetricsF> m_boldMetrics;
    std::unordered_map<quint64, Entry> m_entries; // (event << 1 | bold) -> its measurements
    QHash<QString, QStaticText> m_prepared[2];    // plain, bold
};
