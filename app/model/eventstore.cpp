// SPDX-License-Identifier: MIT
#include "eventstore.h"

#include "hugepages.h"
#include "workerpool.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace {

template<typename T>
void adviseHugePages(const Column<T> &column)
{
    HugePages::advise(column.data(), column.capacity() * sizeof(T));
}

} // namespace

EventStore::TextRef EventStore::store(std::string_view text)
{
    if (text.empty())
        return {};
    if (m_textFiller.filler && m_text.size() + text.size() > m_text.capacity())
        m_textFiller.filler.reset(); // the pool is about to move
    TextRef ref{m_text.size(), quint32(text.size())};
    m_text.append(text);
    return ref;
}

void EventStore::appendList(ListColumn &column, std::span<const quint32> values)
{
    column.values.append(values);
    column.offsets.push_back(column.values.size());
}

void EventStore::reserve(qint64 events, qint64 textBytes, bool fillTextAhead)
{
    m_textFiller.filler.reset();
    const size_t n = size_t(std::max<qint64>(events, 0));
    m_begin.reserve(n);
    m_end.reserve(n);
    m_start.reserve(n);
    m_endDate.reserve(n);
    m_id.reserve(n);
    m_title.reserve(n);
    m_description.reserve(n);
    m_location.reserve(n);
    for (ListColumn *column : {&m_actors, &m_tags, &m_sources}) {
        column->offsets.reserve(n + 1);
        column->values.reserve(n * 3);
    }
    m_text.reserve(size_t(std::max<qint64>(textBytes, 0)));
    adviseHugePages(m_begin);
    adviseHugePages(m_end);
    adviseHugePages(m_start);
    adviseHugePages(m_endDate);
    adviseHugePages(m_id);
    adviseHugePages(m_title);
    adviseHugePages(m_description);
    adviseHugePages(m_location);
    for (const ListColumn *column : {&m_actors, &m_tags, &m_sources}) {
        adviseHugePages(column->offsets);
        adviseHugePages(column->values);
    }
    HugePages::advise(m_text.data(), m_text.capacity());
    if (fillTextAhead && m_text.capacity() >= (size_t(64) << 20))
        m_textFiller.filler = std::make_unique<PageFiller>(m_text.data(), m_text.capacity());
}

int EventStore::append(const NewEvent &event)
{
    const PartialDate &startLast = event.startLatest.isValid() ? event.startLatest : event.start;
    const PartialDate &endLast = event.endLatest.isValid() ? event.endLatest : event.end;
    const PartialDate &last = endLast.isValid() ? endLast : startLast;
    m_begin.push_back(event.start.firstSecond());
    // A start's latest bound may lie after an early end's (both uncertain): cover both.
    m_end.push_back(std::max(last.endSecond(), startLast.endSecond()));
    if (event.startLatest.isValid() || event.endLatest.isValid()) {
        m_boundedEvents.push_back(quint32(m_begin.size() - 1));
        m_bounds.push_back({event.startLatest, event.endLatest});
    }
    m_start.push_back(event.start);
    m_endDate.push_back(event.end);
    m_id.push_back(store(event.id));
    m_title.push_back(store(event.title));
    m_description.push_back(store(event.description));
    m_location.push_back(store(event.location));
    appendList(m_actors, event.actors);
    appendList(m_tags, event.tags);
    appendList(m_sources, event.sources);
    return count() - 1;
}

void EventStore::appendMapped(ListColumn &column, const ListColumn &later,
                              std::span<const quint32> map)
{
    const quint64 base = column.values.size();
    column.values.reserve(base + later.values.size());
    for (quint32 value : later.values)
        column.values.push_back(map[value]);
    column.offsets.reserve(column.offsets.size() + later.offsets.size() - 1);
    for (auto it = later.offsets.begin() + 1; it != later.offsets.end(); ++it)
        column.offsets.push_back(base + *it);
}

void EventStore::appendStore(const EventStore &later, std::span<const quint32> actorKeyMap,
                             std::span<const quint32> tagMap, std::span<const quint32> sourceKeyMap)
{
    const quint64 textBase = m_text.size();
    if (m_textFiller.filler && m_text.size() + later.m_text.size() > m_text.capacity())
        m_textFiller.filler.reset(); // the pool is about to move
    m_text.append(later.m_text);
    m_begin.append(later.m_begin);
    m_end.append(later.m_end);
    m_start.append(later.m_start);
    m_endDate.append(later.m_endDate);
    const auto appendText = [textBase](Column<TextRef> &column, const Column<TextRef> &more) {
        column.reserve(column.size() + more.size());
        for (TextRef ref : more)
            column.push_back(ref.length ? TextRef{ref.offset + textBase, ref.length} : TextRef{});
    };
    appendText(m_id, later.m_id);
    appendText(m_title, later.m_title);
    appendText(m_description, later.m_description);
    appendText(m_location, later.m_location);
    const quint32 eventBase = quint32(m_id.size() - later.m_id.size());
    for (quint32 event : later.m_boundedEvents)
        m_boundedEvents.push_back(eventBase + event);
    m_bounds.insert(m_bounds.end(), later.m_bounds.begin(), later.m_bounds.end());
    appendMapped(m_actors, later.m_actors, actorKeyMap);
    appendMapped(m_tags, later.m_tags, tagMap);
    appendMapped(m_sources, later.m_sources, sourceKeyMap);
}

const EventStore::LatestBounds *EventStore::boundsOf(int event) const
{
    if (m_boundedEvents.empty())
        return nullptr;
    const auto it = std::lower_bound(m_boundedEvents.begin(), m_boundedEvents.end(), quint32(event));
    if (it == m_boundedEvents.end() || *it != quint32(event))
        return nullptr;
    return &m_bounds[size_t(it - m_boundedEvents.begin())];
}

PartialDate EventStore::startLatest(int event) const
{
    const LatestBounds *bounds = boundsOf(event);
    return bounds ? bounds->start : PartialDate();
}

PartialDate EventStore::endLatest(int event) const
{
    const LatestBounds *bounds = boundsOf(event);
    return bounds ? bounds->end : PartialDate();
}

// Puts a column in the new order (new[i] = old[order[i]]) by gathering it into a new column:
// each read is independent of the others, so many cache misses are in flight at once. Following
// the permutation's cycles in place (which saves the copy) chains every read to the one before,
// one miss at a time: at a million events the columns took 0.37-0.54 s so, 0.22-0.31 s gathered
// (two cores). The copy is one column at a time on each thread, some 8 to 24 MB.
template<typename T>
static void applyOrder(std::vector<T> &column, const std::vector<quint32> &order)
{
    std::vector<T> ordered;
    ordered.reserve(order.size());
    HugePages::advise(ordered.data(), order.size() * sizeof(T));
    for (quint32 from : order)
        ordered.push_back(column[from]);
    column.swap(ordered);
}

EventStore::ListColumn EventStore::permuted(const ListColumn &column,
                                            const std::vector<quint32> &order)
{
    ListColumn result;
    result.offsets.reserve(column.offsets.size());
    result.values.reserve(column.values.size());
    for (quint32 from : order)
        appendList(result, list(column, int(from)));
    return result;
}

std::vector<quint32> EventStore::finish(int actorCount, std::span<const quint32> actorOfKey,
                                        std::span<const quint32> sourceOfKey)
{
    if (m_textFiller.filler) {
        // Text takes less room than the JSON it came from: the reserve's tail, faulted in
        // ahead, was never written, and is given back.
        m_textFiller.filler.reset();
        if (m_text.capacity() > m_text.size() + 1) // past the string's terminating zero
            HugePages::release(m_text.data() + m_text.size() + 1,
                               m_text.capacity() - m_text.size() - 1);
    }
    for (quint32 &actor : m_actors.values.owned())
        actor = actorOfKey[actor];
    for (quint32 &source : m_sources.values.owned())
        source = sourceOfKey[source];

    std::vector<quint32> order(m_begin.size());
    std::iota(order.begin(), order.end(), 0u);
    // Files written in time order (exports usually are) need no reordering at all.
    if (!std::is_sorted(m_begin.begin(), m_begin.end()))
        reorder(order);

    m_longestDuration = 0;
    m_latestEnd = m_end.empty() ? 0 : m_end.front();
    for (size_t i = 0; i < m_begin.size(); ++i) {
        m_longestDuration = std::max(m_longestDuration, m_end[i] - m_begin[i]);
        m_latestEnd = std::max(m_latestEnd, m_end[i]);
    }

    // Actor index by counting sort: events are visited in time order, so each actor's list is
    // in time order too.
    m_actorEvents = {};
    std::vector<quint64> &offsets = m_actorEvents.offsets.owned();
    offsets.assign(size_t(actorCount) + 1, 0);
    for (quint32 actor : m_actors.values)
        ++offsets[actor + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<quint32> &events = m_actorEvents.values.owned();
    events.resize(m_actors.values.size());
    std::vector<quint64> fill(offsets.begin(), offsets.end() - 1);
    for (int event = 0; event < count(); ++event) {
        for (quint32 actor : actors(event))
            events[fill[actor]++] = quint32(event);
    }
    return order;
}

void EventStore::reorder(std::vector<quint32> &order)
{
    // Ties keep file order, so equal dates read in the order the author wrote them: sorted by
    // (time, index), which is that order. The keys sit beside their indices, so the sort reads
    // memory in order instead of looking each key up.
    {
        std::vector<std::pair<qint64, quint32>> keyed(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            keyed[i] = {m_begin[i], quint32(i)};
        // Two halves sorted at once, then merged.
        const auto middle = keyed.begin() + ptrdiff_t(keyed.size() / 2);
        WorkerPool::forEachPiece(2, [&](int half) {
            if (half == 0)
                std::sort(keyed.begin(), middle);
            else
                std::sort(middle, keyed.end());
        });
        std::inplace_merge(keyed.begin(), middle, keyed.end());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = keyed[i].second;
    }
    // Each column is reordered on its own, so the columns share out over the free cores: at a
    // million events this is some 0.4 s of work that no column's order depends on.
    const std::function<void()> columns[] = {
        [&] { applyOrder(m_begin.owned(), order); },
        [&] { applyOrder(m_end.owned(), order); },
        [&] { applyOrder(m_start.owned(), order); },
        [&] { applyOrder(m_endDate.owned(), order); },
        [&] { applyOrder(m_id.owned(), order); },
        [&] { applyOrder(m_title.owned(), order); },
        [&] { applyOrder(m_description.owned(), order); },
        [&] { applyOrder(m_location.owned(), order); },
        [&] { m_actors = permuted(m_actors, order); },
        [&] { m_tags = permuted(m_tags, order); },
        [&] { m_sources = permuted(m_sources, order); },
    };
    WorkerPool::forEachPiece(int(std::size(columns)), [&](int column) { columns[column](); });
    if (m_boundedEvents.empty())
        return;
    // The side table follows its events to their new places, and is kept in index order.
    std::vector<std::pair<quint32, LatestBounds>> moved;
    moved.reserve(m_boundedEvents.size());
    for (quint32 to = 0; to < quint32(order.size()); ++to) {
        const quint32 from = order[to];
        const auto it = std::lower_bound(m_boundedEvents.begin(), m_boundedEvents.end(), from);
        if (it != m_boundedEvents.end() && *it == from)
            moved.push_back({to, m_bounds[size_t(it - m_boundedEvents.begin())]});
    }
    m_boundedEvents.clear();
    m_bounds.clear();
    for (const auto &[event, bounds] : moved) {
        m_boundedEvents.push_back(event);
        m_bounds.push_back(bounds);
    }
}

std::span<const quint32> EventStore::eventsOfActor(int actor) const
{
    if (actor < 0 || size_t(actor) + 1 >= m_actorEvents.offsets.size())
        return {};
    return list(m_actorEvents, actor);
}


bool EventStore::isReadInPlace() const
{
    const auto listInPlace = [](const ListColumn &column) {
        return column.offsets.isInPlace() && column.values.isInPlace();
    };
    return m_inPlaceOwner && m_begin.isInPlace() && m_end.isInPlace() && m_start.isInPlace()
        && m_endDate.isInPlace() && m_id.isInPlace() && m_title.isInPlace()
        && m_description.isInPlace() && m_location.isInPlace() && listInPlace(m_actors)
        && listInPlace(m_tags) && listInPlace(m_sources) && listInPlace(m_actorEvents);
}
