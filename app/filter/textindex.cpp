// SPDX-License-Identifier: MIT
#include "textindex.h"

#include "hugepages.h"
#include "substringsearch.h"
#include "textfolding.h"
#include "workerpool.h"

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

void TextIndex::Block::find(const QByteArray &needle, quint32 first,
                            std::vector<quint32> &items) const
{
    if (needle.isEmpty() || offsets.size() < 2)
        return;
    const char *base = text.data();
    const char *end = base + text.size();
    const std::string_view wanted(needle.constData(), size_t(needle.size()));
    const size_t count = offsets.size() - 1;
    // One search from each item on to the block's end: it stops in this item if the item holds
    // the needle, and otherwise lands in the next item that does, skipping those between.
    size_t item = 0;
    while (item < count) {
        const char *hit = SubstringSearch::find(base + offsets[item], end, wanted);
        if (!hit)
            break;
        const quint64 at = quint64(hit - base);
        if (offsets[item + 1] <= at)
            item = size_t(std::upper_bound(offsets.begin() + qsizetype(item), offsets.end(), at)
                          - offsets.begin() - 1);
        items.push_back(first + quint32(item)); // one hit per item is enough
        ++item;
    }
}

std::vector<quint32> TextIndex::findEvents(const QString &foldedQuery) const
{
    const QByteArray needle = foldedQuery.toUtf8();
    std::vector<std::vector<quint32>> hits(m_eventPieces.size());
    WorkerPool::forEachPiece(int(m_eventPieces.size()), [&](int piece) {
        m_eventPieces[size_t(piece)].find(needle, quint32(piece) * quint32(m_eventsPerPiece),
                                          hits[size_t(piece)]);
    });
    size_t total = 0;
    for (const auto &some : hits)
        total += some.size();
    std::vector<quint32> items;
    items.reserve(total);
    for (const auto &some : hits)
        items.insert(items.end(), some.begin(), some.end());
    return items;
}

std::vector<quint32> TextIndex::findPositions(const QString &foldedQuery) const
{
    std::vector<quint32> items;
    m_positions.find(foldedQuery.toUtf8(), 0, items);
    return items;
}

std::vector<quint32> TextIndex::findActors(const QString &foldedQuery) const
{
    std::vector<quint32> items;
    m_actors.find(foldedQuery.toUtf8(), 0, items);
    return items;
}

size_t TextIndex::bytes() const
{
    size_t total = m_positions.bytes() + m_actors.bytes();
    for (const Block &piece : m_eventPieces)
        total += piece.bytes();
    return total;
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
    const int eventsPerPiece = m_eventsPerPiece;
    m_eventPieces.assign(size_t((events.count() + eventsPerPiece - 1) / eventsPerPiece), {});
    WorkerPool::forEachPiece(int(m_eventPieces.size()), [&](int piece) {
        const int first = piece * eventsPerPiece;
        const int end = std::min(events.count(), first + eventsPerPiece);
        Block &block = m_eventPieces[size_t(piece)];
        block.offsets.reserve(size_t(end - first) + 1);
        size_t total = 0;
        for (int event = first; event < end; ++event)
            total += events.titleUtf8(event).size() + events.descriptionUtf8(event).size() + 2;
        block.text.reserve(total + total / 8);
        HugePages::advise(block.text.data(), block.text.capacity());
        for (int event = first; event < end; ++event) {
            block.begin();
            block.append(events.titleUtf8(event));
            block.append(events.descriptionUtf8(event));
        }
        block.finish();
    });

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
