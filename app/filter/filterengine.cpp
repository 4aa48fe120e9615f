// SPDX-License-Identifier: MIT
#include "filterengine.h"

#include "textfolding.h"

#include <algorithm>
#include <limits>

namespace {

void restrictToActors(const Dataset &dataset, const EventFilter &filter, std::vector<quint8> &mask)
{
    // Count, per event, how many of the chosen actors take part; Any keeps >= 1, All keeps all.
    std::vector<quint8> hits(mask.size(), 0);
    for (int actor : filter.actors) {
        quint32 previous = std::numeric_limits<quint32>::max();
        for (quint32 event : dataset.events.eventsOfActor(actor)) {
            if (event == previous)
                continue; // the actor is listed twice on this event: it still counts once
            previous = event;
            if (hits[event] < 255)
                ++hits[event];
        }
    }
    const int needed = filter.actorMatch == EventFilter::ActorMatch::All
        ? std::min<int>(int(filter.actors.size()), 255)
        : 1;
    for (size_t e = 0; e < mask.size(); ++e)
        mask[e] &= quint8(hits[e] >= needed);
}

std::pair<qint64, qint64> dateBounds(const EventFilter &filter)
{
    return {filter.from.isValid() ? filter.from.firstSecond() : std::numeric_limits<qint64>::min(),
            filter.to.isValid() ? filter.to.endSecond() : std::numeric_limits<qint64>::max()};
}

void restrictToDates(const Dataset &dataset, const EventFilter &filter, std::vector<quint8> &mask)
{
    // Events overlapping [first, end): they begin before `end`, and cannot begin before
    // `first` minus the longest event; only those in between need a look at their end.
    const auto [first, end] = dateBounds(filter);
    const EventStore &events = dataset.events;
    const auto begins = events.beginSeconds();
    const qint64 longest = events.longestDuration();
    const qint64 lookBack = first < std::numeric_limits<qint64>::min() + longest
        ? std::numeric_limits<qint64>::min()
        : first - longest;
    const size_t from = size_t(std::lower_bound(begins.begin(), begins.end(), lookBack) - begins.begin());
    const size_t to = size_t(std::lower_bound(begins.begin(), begins.end(), end) - begins.begin());
    std::fill(mask.begin(), mask.begin() + qint64(from), 0);
    std::fill(mask.begin() + qint64(to), mask.end(), 0);
    for (size_t e = from; e < to; ++e) {
        if (events.endSecond(int(e)) <= first)
            mask[e] = 0;
    }
}

void restrictToText(const Dataset &dataset, const QString &folded, const TextIndex &text,
                    std::vector<quint8> &mask)
{
    // Events whose own text holds the query, events of actors whose name or alias holds it, and
    // events where a position whose words hold it was stated.
    std::vector<quint8> hits(mask.size(), 0);
    for (quint32 event : text.findEvents(folded))
        hits[event] = 1;
    for (quint32 actor : text.findActors(folded)) {
        for (quint32 event : dataset.events.eventsOfActor(int(actor)))
            hits[event] = 1;
    }
    for (quint32 position : text.findPositions(folded)) {
        const int event = dataset.positions[position].event;
        if (event >= 0)
            hits[size_t(event)] = 1;
    }
    for (size_t e = 0; e < mask.size(); ++e)
        mask[e] &= hits[e];
}

void restrictToTags(const Dataset &dataset, const EventFilter &filter, std::vector<quint8> &mask)
{
    for (size_t e = 0; e < mask.size(); ++e) {
        if (!mask[e])
            continue;
        const auto tags = dataset.events.tags(int(e));
        mask[e] = quint8(std::any_of(tags.begin(), tags.end(),
                                     [&](quint32 tag) { return filter.tags.contains(int(tag)); }));
    }
}

void restrictToKinds(const Dataset &dataset, const EventFilter &filter, std::vector<quint8> &mask)
{
    std::vector<quint8> kindOk(dataset.actors.size(), 0);
    for (size_t actor = 0; actor < dataset.actors.size(); ++actor)
        kindOk[actor] = quint8(filter.kinds.contains(int(dataset.actors[actor].kind)));
    for (size_t e = 0; e < mask.size(); ++e) {
        if (!mask[e])
            continue;
        const auto actors = dataset.events.actors(int(e));
        mask[e] = quint8(std::any_of(actors.begin(), actors.end(),
                                     [&](quint32 actor) { return kindOk[actor] != 0; }));
    }
}

bool positionPasses(const Dataset &dataset, const EventFilter &filter,
                    const std::vector<quint8> &textHits, size_t index)
{
    const Position &p = dataset.positions[index];
    if (!filter.visibilities.isEmpty() && !filter.visibilities.contains(int(p.visibility)))
        return false;
    if (!filter.actors.isEmpty() && !filter.actors.contains(p.actor))
        return false;
    if (!filter.kinds.isEmpty() && !filter.kinds.contains(int(dataset.actors[size_t(p.actor)].kind)))
        return false;
    const auto [first, end] = dateBounds(filter);
    if (p.date.endSecond() <= first || p.date.firstSecond() >= end)
        return false;
    return textHits.empty() || textHits[index];
}

} // namespace

FilterResult FilterEngine::apply(const Dataset &dataset, const EventFilter &filter,
                                 TextIndex *text, Counts counts)
{
    FilterResult result;
    const int n = dataset.events.count();
    result.totalEvents = n;
    result.eventCount = n;
    result.everything = filter.isEmpty();
    if (!result.everything) {
        std::vector<quint8> mask(size_t(n), 1);
        const QString folded = TextFolding::fold(filter.query.trimmed());
        if (!filter.actors.isEmpty())
            restrictToActors(dataset, filter, mask);
        if (filter.from.isValid() || filter.to.isValid())
            restrictToDates(dataset, filter, mask);
        if (!filter.tags.isEmpty())
            restrictToTags(dataset, filter, mask);
        if (!filter.kinds.isEmpty())
            restrictToKinds(dataset, filter, mask);
        std::vector<quint8> positionTextHits;
        if (!folded.isEmpty()) {
            TextIndex local;
            TextIndex &index = text ? *text : local;
            if (!index.isBuilt())
                index.build(dataset);
            restrictToText(dataset, folded, index, mask);
            positionTextHits.assign(dataset.positions.size(), 0);
            for (quint32 position : index.findPositions(folded))
                positionTextHits[position] = 1;
        }
        result.eventCount = int(std::count(mask.begin(), mask.end(), quint8(1)));
        result.events = std::move(mask);
        result.positions.resize(dataset.positions.size());
        for (size_t i = 0; i < dataset.positions.size(); ++i)
            result.positions[i] = quint8(positionPasses(dataset, filter, positionTextHits, i));
    }
    if (counts == Counts::Compute) {
        result.actorEventCounts.assign(dataset.actors.size(), 0);
        for (size_t actor = 0; actor < dataset.actors.size(); ++actor) {
            // An actor listed twice on an event has that event twice, one after the other.
            int count = 0;
            quint32 previous = std::numeric_limits<quint32>::max();
            for (quint32 event : dataset.events.eventsOfActor(int(actor))) {
                if (event != previous)
                    count += result.everything ? 1 : result.events[event];
                previous = event;
            }
            result.actorEventCounts[actor] = count;
        }
    }
    return result;
}
