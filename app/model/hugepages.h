// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace HugePages {

// Asks for transparent huge pages over the whole 2 MB pages inside [data, data + bytes), before
// they are first written. Filling or first reading hundreds of megabytes of 4 KB pages takes a
// fault, or on this kind of virtual machine a shadow page-table fill, for each page, which can
// cost more than the copying or scanning itself; 2 MB pages take 512 times fewer. Only a hint:
// pages never written still cost nothing, and where it is not supported nothing happens.
// Regions smaller than 4 MB are left alone (a million events' 8 MB time columns are not).
void advise(const void *data, std::size_t bytes);

// Gives the whole pages inside [data, data + bytes) back to the system: they read as zeros
// afterwards, and cost no memory until written again.
void release(void *data, std::size_t bytes);

} // namespace HugePages
