// SPDX-License-Identifier: MIT
#pragma once

// The collections of a tideline/1 file, in one table that the file reader and the builder read
// (and the generator, for the keys it writes), so that a collection is named, and its fields
// listed, in one place. Private to app/io.

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

// In the order the builder reports on them: look-alike ids are warned about collection by
// collection, and past the message cap the order decides which warnings are kept.
enum class DatasetCollection { Actors, Issues, Sources, Events, Positions, Periods };

struct DatasetCollectionInfo
{
    DatasetCollection collection;
    const char *key;  // the top-level member that holds it: "actors"
    const char *noun; // one of its records, in messages: "actor id "x" is already used"
    // The fields its records may have; any other is warned about and ignored. They live as long
    // as the program: the reader keeps a view of them. Views, not C strings: the reader compares
    // every key of every record with them, and a length known up front saves a strlen each time.
    std::span<const std::string_view> fields;
};

namespace DatasetCollections {

inline constexpr std::string_view actorFields[] = {"id", "name", "kind", "parent", "role",
                                              "aliases", "color", "description"};
inline constexpr std::string_view issueFields[] = {"id", "title", "description"};
inline constexpr std::string_view sourceFields[] = {"id", "title", "publisher", "date", "url"};
inline constexpr std::string_view eventFields[] = {"id", "title", "start", "end", "approximate",
                                              "actors", "tags", "location", "description",
                                              "sources"};
inline constexpr std::string_view positionFields[] = {"id", "actor", "issue", "stance", "date",
                                                 "approximate", "statement", "quote",
                                                 "visibility", "attribution", "source",
                                                 "event"};
inline constexpr std::string_view periodFields[] = {"id", "title", "start", "end", "description",
                                               "color"};

inline constexpr std::array<DatasetCollectionInfo, 6> all = {{
    {DatasetCollection::Actors, "actors", "actor", actorFields},
    {DatasetCollection::Issues, "issues", "issue", issueFields},
    {DatasetCollection::Sources, "sources", "source", sourceFields},
    {DatasetCollection::Events, "events", "event", eventFields},
    {DatasetCollection::Positions, "positions", "position", positionFields},
    {DatasetCollection::Periods, "periods", "period", periodFields},
}};

constexpr const DatasetCollectionInfo &info(DatasetCollection collection)
{
    return all[size_t(collection)];
}

// The collection a top-level key names, or null.
constexpr const DatasetCollectionInfo *fromKey(std::string_view key)
{
    for (const DatasetCollectionInfo &collection : all) {
        if (key == collection.key)
            return &collection;
    }
    return nullptr;
}

} // namespace DatasetCollections

static_assert([] {
    for (size_t i = 0; i < DatasetCollections::all.size(); ++i) {
        if (size_t(DatasetCollections::all[i].collection) != i)
            return false;
    }
    return true;
}(), "DatasetCollections::all is indexed by DatasetCollection");
