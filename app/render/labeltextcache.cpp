// SPDX-License-Identifier: MIT
#include "labeltextcache.h"

namespace {

// Qt measures in 1/64 px (QFixed): a title within this of the room left may be cut by one
// measurement and not by the other, so near the edge ask Qt itself.
constexpr double measuringSlack = 2.0 / 64.0;

} // namespace

const QFontMetricsF &LabelTextCache::metrics(const QFont &font, bool bold)
{
    // QFont's own comparison, not its key(): the key is a string built anew for each call, and
    // this runs for every label of every frame. The font asked for is nearly always the very
    // same QFont, which compares by its shared data at once.
    if (!m_font || !(font == *m_font)) {
        m_font = font;
        m_entries.clear();
        m_prepared[0].clear();
        m_prepared[1].clear();
        m_metrics.reset();
        m_boldMetrics.reset();
    }
    std::optional<QFontMetricsF> &slot = bold ? m_boldMetrics : m_metrics;
    if (!slot) {
        QFont f = font;
        f.setBold(bold);
        slot.emplace(f);
    }
    return *slot;
}

LabelTextCache::Label LabelTextCache::fit(const EventStore &events, int event, const QFont &font,
                                          bool bold, double available)
{
    const QFontMetricsF &m = metrics(font, bold);
    if (m_entries.size() >= maxEntries)
        m_entries.clear();
    Entry &entry = m_entries[(quint64(quint32(event)) << 1) | (bold ? 1u : 0u)];
    if (entry.fullWidth < 0)
        entry.fullWidth = m.horizontalAdvance(events.title(event));
    if (entry.fullWidth + measuringSlack <= available)
        return {events.title(event), entry.fullWidth};
    if (entry.cutFor == available)
        return entry.cut;
    Label cut;
    cut.text = m.elidedText(events.title(event), Qt::ElideRight, available);
    cut.width = cut.text.isEmpty() ? 0 : m.horizontalAdvance(cut.text);
    entry.cutFor = available;
    entry.cut = cut;
    return cut;
}

const QStaticText &LabelTextCache::prepared(const QString &text, const QFont &font, bool bold)
{
    metrics(font, bold); // starts afresh when the font changed
    QHash<QString, QStaticText> &texts = m_prepared[bold ? 1 : 0];
    if (size_t(texts.size()) >= maxEntries / 4)
        texts.clear();
    auto it = texts.find(text);
    if (it == texts.end()) {
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        QFont f = font;
        f.setBold(bold);
        prepared.prepare(QTransform(), f);
        it = texts.insert(text, prepared);
    }
    return *it;
}

void LabelTextCache::renumber(const std::vector<qint32> &newIndexOfOld)
{
    std::unordered_map<quint64, Entry> renumbered;
    renumbered.reserve(m_entries.size());
    for (auto &[key, entry] : m_entries) {
        const quint64 old = key >> 1;
        if (old >= newIndexOfOld.size() || newIndexOfOld[size_t(old)] < 0)
            continue;
        renumbered.emplace((quint64(quint32(newIndexOfOld[size_t(old)])) << 1) | (key & 1u),
                           std::move(entry));
    }
    m_entries = std::move(renumbered);
}
