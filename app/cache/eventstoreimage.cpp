// SPDX-License-Identifier: MIT
#include "eventstoreimage.h"

#include "eventstore.h"
#include "imagereader.h"
#include "imagewriter.h"
#include "partialdateimage.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace {

template<typename T>
void writeColumn(ImageWriter &out, const Column<T> &column)
{
    out.column(std::span<const T>(column));
}

// Left in the image when the reader can (most of a reopen was copying columns into fresh
// memory), else copied.
template<typename T>
bool readColumn(ImageReader &in, Column<T> *column)
{
    if (!in.canReadInPlace())
        return in.column(&column->owned());
    std::span<const T> values;
    if (!in.columnInPlace(&values))
        return false;
    column->keepInPlace(values);
    return true;
}

template<typename List>
void writeList(ImageWriter &out, const List &list)
{
    writeColumn(out, list.offsets);
    writeColumn(out, list.values);
}

// A list column of `rows` rows; at most `rows` for the actor index, which covers the actors up
// to the last one with events (eventsOfActor() answers none for the others).
template<typename List>
bool readList(ImageReader &in, List *column, size_t rows, quint64 valueLimit,
              bool fewerRowsAllowed = false)
{
    if (!readColumn(in, &column->offsets) || !readColumn(in, &column->values))
        return false;
    const auto &offsets = column->offsets;
    const bool rowsFit = fewerRowsAllowed ? !offsets.empty() && offsets.size() <= rows + 1
                                          : offsets.size() == rows + 1;
    if (!rowsFit || offsets.front() != 0
        || offsets.back() != column->values.size()
        || !std::is_sorted(offsets.begin(), offsets.end()))
        return false;
    return std::all_of(column->values.begin(), column->values.end(),
                       [valueLimit](quint32 value) { return value < valueLimit; });
}

template<typename TextRef>
bool textRefsFit(const Column<TextRef> &refs, size_t rows, quint64 textSize)
{
    return refs.size() == rows && std::all_of(refs.begin(), refs.end(), [textSize](const TextRef &ref) {
               return ref.offset <= textSize && ref.length <= textSize - ref.offset;
           });
}

bool datesValid(const Column<PartialDate> &dates, size_t rows, bool mayBeInvalid)
{
    return dates.size() == rows && std::all_of(dates.begin(), dates.end(), [&](const PartialDate &d) {
               return PartialDateImage::isSane(d) && (mayBeInvalid || d.isValid());
           });
}

} // namespace

void EventStoreImage::write(ImageWriter &out, const EventStore &store)
{
    writeColumn(out, store.m_begin);
    writeColumn(out, store.m_end);
    writeColumn(out, store.m_start);
    writeColumn(out, store.m_endDate);
    writeColumn(out, store.m_id);
    writeColumn(out, store.m_title);
    writeColumn(out, store.m_description);
    writeColumn(out, store.m_location);
    writeList(out, store.m_actors);
    writeList(out, store.m_tags);
    writeList(out, store.m_sources);
    writeList(out, store.m_actorEvents);
    // A store read from an image has its text there, not in m_text.
    out.column(store.m_inPlaceOwner ? store.m_sharedText : std::string_view(store.m_text));
    out.column(store.m_boundedEvents);
    out.column(store.m_bounds);
    out.i64(store.m_longestDuration);
    out.i64(store.m_latestEnd);
}

bool EventStoreImage::read(ImageReader &in, EventStore *store, quint32 actorCount,
                           quint32 tagCount, quint32 sourceCount)
{
    EventStore &s = *store;
    // What keeps every column read in place alive, as long as the store and its copies live.
    if (in.canReadInPlace())
        s.m_inPlaceOwner = in.owner();
    if (!readColumn(in, &s.m_begin) || !readColumn(in, &s.m_end) || !readColumn(in, &s.m_start)
        || !readColumn(in, &s.m_endDate) || !readColumn(in, &s.m_id)
        || !readColumn(in, &s.m_title) || !readColumn(in, &s.m_description)
        || !readColumn(in, &s.m_location))
        return false;
    const size_t rows = s.m_begin.size();
    if (rows > size_t(std::numeric_limits<int>::max()) || s.m_end.size() != rows)
        return false;
    if (!readList(in, &s.m_actors, rows, actorCount) || !readList(in, &s.m_tags, rows, tagCount)
        || !readList(in, &s.m_sources, rows, sourceCount)
        || !readList(in, &s.m_actorEvents, actorCount, rows, true))
        return false;
    if (in.canReadInPlace()) {
        s.m_text.clear();
        if (!in.columnInPlace(&s.m_sharedText))
            return false;
    } else if (!in.column(&s.m_text)) {
        return false;
    }
    if (!in.column(&s.m_boundedEvents) || !in.column(&s.m_bounds))
        return false;
    s.m_longestDuration = in.i64();
    s.m_latestEnd = in.i64();
    if (!in.ok())
        return false;
    const quint64 textSize = s.m_inPlaceOwner ? s.m_sharedText.size() : s.m_text.size();
    if (!textRefsFit(s.m_id, rows, textSize) || !textRefsFit(s.m_title, rows, textSize)
        || !textRefsFit(s.m_description, rows, textSize)
        || !textRefsFit(s.m_location, rows, textSize))
        return false;
    if (!datesValid(s.m_start, rows, false) || !datesValid(s.m_endDate, rows, true))
        return false;
    // The side table is searched by event index: ascending, each a real event, one bound each.
    const auto &bounded = s.m_boundedEvents;
    if (s.m_bounds.size() != bounded.size()
        || std::adjacent_find(bounded.begin(), bounded.end(), std::greater_equal<quint32>())
            != bounded.end()
        || (!bounded.empty() && bounded.back() >= rows))
        return false;
    return std::all_of(s.m_bounds.begin(), s.m_bounds.end(), [](const auto &bounds) {
        return PartialDateImage::isSane(bounds.start) && PartialDateImage::isSane(bounds.end);
    });
}
