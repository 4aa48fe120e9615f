// SPDX-License-Identifier: MIT
#pragma once

#include "column.h"
#include "partialdate.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pagefiller.h"

// The events of a dataset, stored for a million of them: one column per field, strings as
// offsets into one UTF-8 pool, actor/tag/source lists as offsets into flat arrays, events
// sorted by the first second they may cover. Nothing here allocates per event.
//
// The renderer and filters reach it through the range queries (eventsStartingBefore, actor
// index), so a database-backed store can later stand behind the same questions.
class EventStore
{
public:
    EventStore() = default;
    ~EventStore() { m_textFiller.filler.reset(); } // before the pool it fills
    EventStore(const EventStore &other) = default;
    EventStore &operator=(const EventStore &other) = default;
    EventStore(EventStore &&other) noexcept = default;
    EventStore &operator=(EventStore &&other) noexcept = default;

    // One event as the loader hands it over; the store copies what it keeps.
    struct NewEvent
    {
        std::string_view id;
        std::string_view title;
        std::string_view description;
        std::string_view location;
        PartialDate start;
        PartialDate end; // invalid for a point event
        // A date known only between two bounds: start (or end) is the earliest bound, these
        // the latest; invalid when the date is known as written.
        PartialDate startLatest;
        PartialDate endLatest;
        std::span<const quint32> actors;
        std::span<const quint32> tags;
        std::span<const quint32> sources;
    };

    int count() const { return int(m_begin.size()); }

    // The interval an event may cover: from the first second of its start to the end of its end
    // (or of its start, for a point event). Month- and year-precision dates cover their period,
    // and a date known only between two bounds covers everything up to its latest bound.
    qint64 beginSecond(int event) const { return m_begin[size_t(event)]; }
    qint64 endSecond(int event) const { return m_end[size_t(event)]; }
    // A date known between two bounds is its earliest bound here; startLatest() and endLatest()
    // give the other one.
    const PartialDate &start(int event) const { return m_start[size_t(event)]; }
    const PartialDate &end(int event) const { return m_endDate[size_t(event)]; }
    bool isRange(int event) const { return m_endDate[size_t(event)].isValid(); }

    // Dates known only between two bounds ("born between 1119 and 1089 BC"). Few events have
    // them, so they live in a side table (no cost per ordinary event): each accessor is a
    // binary search over the few, and a quick false when there are none.
    bool hasUncertainDates() const { return !m_boundedEvents.empty(); }
    bool startIsUncertain(int event) const { return startLatest(event).isValid(); }
    bool endIsUncertain(int event) const { return endLatest(event).isValid(); }
    // The latest bound, or an invalid date when the date is known as written.
    PartialDate startLatest(int event) const;
    PartialDate endLatest(int event) const;

    QString id(int event) const { return text(m_id[size_t(event)]); }
    QString title(int event) const { return text(m_title[size_t(event)]); }
    QString description(int event) const { return text(m_description[size_t(event)]); }
    QString location(int event) const { return text(m_location[size_t(event)]); }
    std::string_view idUtf8(int event) const { return view(m_id[size_t(event)]); }
    std::string_view titleUtf8(int event) const { return view(m_title[size_t(event)]); }
    std::string_view descriptionUtf8(int event) const { return view(m_description[size_t(event)]); }
    // Every event's first second, in order: for binary searches over time.
    std::span<const qint64> beginSeconds() const { return m_begin; }

    std::span<const quint32> actors(int event) const { return list(m_actors, event); }
    std::span<const quint32> tags(int event) const { return list(m_tags, event); }
    std::span<const quint32> sources(int event) const { return list(m_sources, event); }

    // Events of an actor, in time order (indices into this store).
    std::span<const quint32> eventsOfActor(int actor) const;

    qint64 longestDuration() const { return m_longestDuration; }
    // The span of all events: from the earliest begin to the latest end (0, 0 when empty).
    qint64 earliestBegin() const { return m_begin.empty() ? 0 : m_begin.front(); }
    qint64 latestEnd() const { return m_latestEnd; }

    // Whether every column and the text are read where the dataset cache's mapped image holds
    // them (nothing copied), rather than stored here.
    bool isReadInPlace() const;

    // Building: append in any order, then finish() sorts and indexes. Returns the new index
    // (valid until finish()).
    int append(const NewEvent &event);
    // Appends every event of `later` (not yet finished), mapping its loader keys through the
    // given tables: how the stores of files read in parallel become one.
    void appendStore(const EventStore &later, std::span<const quint32> actorKeyMap,
                     std::span<const quint32> tagMap, std::span<const quint32> sourceKeyMap);
    // Room for `events` events and `textBytes` of text, so that appending never copies what is
    // already stored. Reserved pages cost no memory until they are written. With fillTextAhead,
    // a big text reserve is faulted in on another thread ahead of the appends (PageFiller), and
    // what finish() finds unused is given back.
    void reserve(qint64 events, qint64 textBytes, bool fillTextAhead = false);
    // Sorts by time and builds the actor index. Actor and source lists were appended as loader
    // keys; actorOfKey and sourceOfKey map them to indices into the dataset. Returns the
    // permutation applied (new index -> index at append time) so callers can remap references.
    std::vector<quint32> finish(int actorCount, std::span<const quint32> actorOfKey,
                                std::span<const quint32> sourceOfKey);

private:
    // Writes and reads these columns whole for the dataset cache (app/cache).
    friend class EventStoreImage;

    struct TextRef
    {
        quint64 offset = 0;
        quint32 length = 0;
    };
    struct ListColumn
    {
        Column<quint64> offsets{0}; // count + 1 entries
        Column<quint32> values;
    };

    TextRef store(std::string_view text);
    const char *textData() const { return m_inPlaceOwner ? m_sharedText.data() : m_text.data(); }
    std::string_view view(TextRef ref) const { return {textData() + ref.offset, ref.length}; }
    QString text(TextRef ref) const
    {
        return QString::fromUtf8(textData() + ref.offset, qsizetype(ref.length));
    }
    static std::span<const quint32> list(const ListColumn &column, int event)
    {
        const quint64 from = column.offsets[size_t(event)];
        const quint64 to = column.offsets[size_t(event) + 1];
        return {column.values.data() + from, size_t(to - from)};
    }
    static void appendList(ListColumn &column, std::span<const quint32> values);
    static void appendMapped(ListColumn &column, const ListColumn &later,
                             std::span<const quint32> map);
    void reorder(std::vector<quint32> &order);
    static ListColumn permuted(const ListColumn &column, const std::vector<quint32> &order);

    Column<qint64> m_begin;
    Column<qint64> m_end;
    Column<PartialDate> m_start;
    Column<PartialDate> m_endDate;
    Column<TextRef> m_id;
    Column<TextRef> m_title;
    Column<TextRef> m_description;
    Column<TextRef> m_location;
    ListColumn m_actors;
    ListColumn m_tags;
    ListColumn m_sources;
    ListColumn m_actorEvents; // per actor: its events, in time order
    // Before m_text: an assignment stops the filler of the pool it replaces before that pool
    // goes (members are assigned in order); the destructor stops it first too. A copy of the
    // store has its own pool, which nothing fills.
    struct TextFiller
    {
        std::unique_ptr<PageFiller> filler;
        TextFiller() = default;
        TextFiller(const TextFiller &) {}
        TextFiller &operator=(const TextFiller &)
        {
            filler.reset();
            return *this;
        }
        TextFiller(TextFiller &&) noexcept = default;
        TextFiller &operator=(TextFiller &&) noexcept = default;
    };
    TextFiller m_textFiller;
    std::string m_text;
    // A store read from the dataset cache leaves its text and columns where they are, in the
    // mapped image that m_inPlaceOwner keeps alive: copying them into fresh memory was most of a
    // reopen's time. Such a store is finished; nothing is appended to it.
    std::string_view m_sharedText;
    std::shared_ptr<const void> m_inPlaceOwner;
    // Events with a date known between two bounds, in index order, and those latest bounds.
    struct LatestBounds
    {
        PartialDate start;
        PartialDate end;
    };
    const LatestBounds *boundsOf(int event) const;
    std::vector<quint32> m_boundedEvents;
    std::vector<LatestBounds> m_bounds;
    qint64 m_longestDuration = 0;
    qint64 m_latestEnd = 0;
};
