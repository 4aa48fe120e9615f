// SPDX-License-Identifier: MIT
#include "substringsearch.h"

#include <bit>
#include <cstddef>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

const char *SubstringSearch::find(const char *from, const char *to, std::string_view needle)
{
    const size_t length = needle.size();
    if (length == 0)
        return from;
    if (to < from || size_t(to - from) < length)
        return nullptr;
    const char *at = from;
#if defined(__SSE2__)
    // The first and last bytes are compared 16 starts at a time; the bytes between them only
    // where both match.
    const __m128i firstByte = _mm_set1_epi8(needle.front());
    const __m128i lastByte = _mm_set1_epi8(needle.back());
    const size_t middle = length > 2 ? length - 2 : 0;
    for (; to - at >= std::ptrdiff_t(length - 1 + 16); at += 16) {
        const __m128i firsts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        const __m128i lasts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at + length - 1));
        unsigned candidates = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(firsts, firstByte), _mm_cmpeq_epi8(lasts, lastByte))));
        while (candidates) {
            const int start = std::countr_zero(candidates);
            if (middle == 0 || std::memcmp(at + start + 1, needle.data() + 1, middle) == 0)
                return at + start;
            candidates &= candidates - 1;
        }
    }
#endif
    // The last starts (fewer than 16), or every start without SSE2.
    for (const char *last = to - length; at <= last; ++at) {
        if (*at == needle.front() && std::memcmp(at, needle.data(), length) == 0)
            return at;
    }
    return nullptr;
}
