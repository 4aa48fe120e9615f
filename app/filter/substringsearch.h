// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace SubstringSearch {

// The first place in [from, to) where `needle` starts, or nullptr. Searches 16 bytes at a time
// for places where both the needle's first and last bytes sit (SSE2), and compares only those:
// no table is prepared per call, so searching one short item after another (a common word, a hit
// in nearly every item) costs no more per byte than one long search. An empty needle is found at
// `from`.
const char *find(const char *from, const char *to, std::string_view needle);

} // namespace SubstringSearch
