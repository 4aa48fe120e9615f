// SPDX-License-Identifier: MIT
// DatasetBuilder's colours for actors that bring none. A person or group takes its state's or
// faction's colour; tops take palette colours in file order.
// (Presentation that the loader settles today; the theme is its natural home, see issue 14.)
#include "datasetbuilder.h"

#include <array>

namespace {

// Colours for actors that bring none: distinct hues of middle lightness that read on white and
// on dark grey alike.
constexpr std::array<QRgb, 12> actorPalette = {
    0x3b78c2, 0xd0632b, 0x3a9a4c, 0xc23b4a, 0x8a5cc2, 0x9a6b3a,
    0xc25a9e, 0x6f7f8f, 0x9a9a2a, 0x2a9a9a, 0x5a5ac2, 0xc2932a};

} // namespace

void DatasetBuilder::assignColors()
{
    auto &actors = m_dataset->actors;
    // Children lists built once (asking the dataset for each actor's children scans all of
    // them each time), walked without recursion. Parents come first, so children can inherit
    // a colour already settled; tops take palette colours in file order.
    std::vector<std::vector<int>> children(actors.size());
    std::vector<int> stack;
    for (size_t i = 0; i < actors.size(); ++i) {
        if (actors[i].parent >= 0)
            children[size_t(actors[i].parent)].push_back(int(i));
    }
    size_t next = 0;
    for (size_t top = 0; top < actors.size(); ++top) {
        if (actors[top].parent >= 0)
            continue;
        stack.assign(1, int(top));
        while (!stack.empty()) {
            Actor &a = actors[size_t(stack.back())];
            const auto &below = children[size_t(stack.back())];
            stack.pop_back();
            if (!a.color.isValid()) {
                if (a.parent >= 0)
                    a.color = actors[size_t(a.parent)].color;
                else
                    a.color = QColor::fromRgb(actorPalette[next++ % actorPalette.size()]);
            }
            stack.insert(stack.end(), below.rbegin(), below.rend());
        }
    }
}
