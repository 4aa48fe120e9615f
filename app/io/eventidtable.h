// SPDX-License-Identifier: MIT
#pragma once

// DatasetBuilder's table of event ids. Private to app/io.

#include <QtGlobal>

#include <functional>
#include <string_view>
#include <vector>

// The events of a builder by id, for a million of them: an open-addressing table (linear
// probing) of event indices and their ids' hashes. The ids themselves stay where the event
// store keeps them, so that no id is copied and nothing is allocated per event: a table of
// std::string nodes took about 100 bytes and a malloc per event.
class EventIdTable
{
public:
    static size_t hashOf(std::string_view id) { return std::hash<std::string_view>{}(id); }

    // The event with this id (`hash` is hashOf(id)), or -1. idOf(event) gives an event's id.
    template<typename IdOf>
    int find(std::string_view id, size_t hash, IdOf idOf) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t at = hash & mask;; at = (at + 1) & mask) {
            const Slot &slot = m_slots[at];
            if (slot.event == 0)
                return -1;
            if (slot.hash == quint32(hash) && idOf(int(slot.event - 1)) == id)
                return int(slot.event - 1);
        }
    }
    // Adds an event whose id is not in the table yet.
    void insert(int event, size_t hash);
    void clear() { m_slots = {}; m_count = 0; }
    // Room for this many events without growing.
    void reserve(size_t events);

private:
    struct Slot
    {
        quint32 hash = 0;  // the low bits of the id's hash, compared before the ids
        quint32 event = 0; // the event's index + 1; 0 for an empty slot
    };
    void grow();
    void rehash(size_t slotCount);

    std::vector<Slot> m_slots; // a power of two of them, at most 70 % full
    size_t m_count = 0;
};
