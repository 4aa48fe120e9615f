// SPDX-License-Identifier: MIT
#include "actorcolors.h"

ActorColors::ActorColors(const Dataset &dataset)
{
    const std::vector<Actor> &actors = dataset.actors;
    m_colors.resize(actors.size());
    // Children lists built once (asking the dataset for each actor's children scans all of
    // them each time), walked without recursion (a chain of 100,000 members is a valid file).
    // Parents come first, so children inherit a colour already settled; tops take palette
    // colours in file order.
    std::vector<std::vector<int>> children(actors.size());
    for (size_t i = 0; i < actors.size(); ++i) {
        if (actors[i].parent >= 0)
            children[size_t(actors[i].parent)].push_back(int(i));
    }
    std::vector<int> stack;
    size_t next = 0;
    for (size_t top = 0; top < actors.size(); ++top) {
        if (actors[top].parent >= 0)
            continue;
        stack.assign(1, int(top));
        while (!stack.empty()) {
            const size_t actor = size_t(stack.back());
            stack.pop_back();
            const Actor &a = actors[actor];
            QColor &color = m_colors[actor];
            color = a.color;
            if (!color.isValid()) {
                color = a.parent >= 0 ? m_colors[size_t(a.parent)]
                                      : QColor::fromRgb(palette[next++ % palette.size()]);
            }
            stack.insert(stack.end(), children[actor].begin(), children[actor].end());
        }
    }
}
