// SPDX-License-Identifier: MIT
#include "textindex.h"

#include "textfolding.h"

#include <algorithm>
#include <cstring>
#include <functional>

void TextIndex::Block::append(std::string_view utf8)
{
    // Pure ASCII (most text) is folded byte by byte; anything else goes through TextFolding,
    // which agrees with this on ASCII.
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; });
    if (ascii) {
        const size_t at = text.size();
        text.resize(at + utf8.size() + 1);
        std::transform(utf8.begin(), utf8.end(), text.begin() + qint64(at),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; });
        text.back() = '\n';
        return;
    }
    append(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

void TextIndex::Block::append(const QString &unfolded)
{
    const QByteArray folded = TextFolding::fold(unfolded).toUtf8();
    text.append(folded.constData(), size_t(folded.size()));
    text += '\n';
}

std::vector<quint32> TextIndex::Block::find(const QString &foldedQuery) const
{
    std::vector<quint32> items;
    const QByteArray needle = foldedQuery.toUtf8();
    if (needle.isEmpty() || offsets.size() < 2)
        return items;
    const char *base = text.data();
    const size_t count = offsets.size() - 1;
    // glibc's memmem is the fastest search over long stretches (several GB/s), but it prepares
    // a table on every call. Where hits are dense (a common word), the item after a hit is
    // searched on its own with a searcher prepared once, and memmem takes over again after a miss.
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    bool dense = false;
    size_t item = 0;
    while (item < count) {
        if (dense) {
            const char *begin = base + offsets[item];
            const char *end = base + offsets[item + 1];
            if (std::search(begin, end, searcher) != end)
                items.push_back(quint32(item));
            else
                dense = false;
            ++item;
            continue;
        }
        const size_t from = size_t(offsets[item]);
        const void *hit = memmem(base + from, text.size() - from, needle.constData(),
                                 size_t(needle.size()));
        if (!hit)
            break;
        const quint64 at = quint64(static_cast<const char *>(hit) - base);
        if (offsets[item + 1] <= at)
            item = size_t(std::upper_bound(offsets.begin() + qsizetype(item), offsets.end(), at)
                          - offsets.begin() - 1);
        items.push_back(quint32(item)); // one hit per item is enough
        ++item;
        dense = true;
    }
    return items;
}

namespace {
std::function<void()> buildHook; // set only by tests, while no build runs
} // namespace

void TextIndex::setBuildHookForTesting(std::function<void()> hook)
{
    buildHook = std::move(hook);
}

void TextIndex::build(const Dataset &dataset)
{
    if (buildHook)
        buildHook();
    const EventStore &events = dataset.events;
    m_events = {};
    m_events.offsets.reserve(size_t(events.count()) + 1);
    size_t total = 0;
    for (int event = 0; event < events.count(); ++event)
        total += events.titleUtf8(event).size() + events.descriptionUtf8(event).size() + 2;
    m_events.text.reserve(total + total / 8);
    for (int event = 0; event < events.count(); ++event) {
        m_events.begin();
        m_events.append(events.titleUtf8(event));
        m_events.append(events.descriptionUtf8(event));
    }
    m_events.finish();

    m_positions = {};
    for (const Position &p : dataset.positions) {
        m_positions.begin();
        m_positions.append(p.quote + u'\n' + p.statement + u'\n'
                           + dataset.actors[size_t(p.actor)].name + u'\n'
                           + dataset.issues[size_t(p.issue)].title);
    }
    m_positions.finish();

    m_actors = {};
    for (const Actor &a : dataset.actors) {
        m_actors.begin();
        m_actors.append(a.name + u'\n' + a.aliases.join(u'\n'));
    }
    m_actors.finish();
    m_built = true;
}
