// SPDX-License-Identifier: MIT
#include "eventidtable.h"

#include "hugepages.h"

void EventIdTable::insert(int event, size_t hash)
{
    if ((m_count + 1) * 10 > m_slots.size() * 7)
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t at = hash & mask;
    while (m_slots[at].event != 0)
        at = (at + 1) & mask;
    m_slots[at] = {quint32(hash), quint32(event) + 1};
    ++m_count;
}

void EventIdTable::reserve(size_t events)
{
    size_t slotCount = 1024;
    while (events * 10 > slotCount * 7)
        slotCount *= 2;
    if (slotCount > m_slots.size())
        rehash(slotCount);
}

void EventIdTable::grow()
{
    rehash(std::max<size_t>(m_slots.size() * 2, 1024));
}

void EventIdTable::rehash(size_t slotCount)
{
    // The slots keep only 32 bits of each hash, which is all a table of up to 2^32 slots needs
    // to place them again.
    std::vector<Slot> old;
    old.reserve(slotCount);
    // Every lookup lands on a random slot: 2 MB pages spare a miss in the page tables for most.
    HugePages::advise(old.data(), slotCount * sizeof(Slot));
    old.resize(slotCount);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.event == 0)
            continue;
        size_t at = slot.hash & mask;
        while (m_slots[at].event != 0)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}
