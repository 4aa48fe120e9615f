// SPDX-License-Identifier: MIT
#include "dataset.h"

std::vector<int> Dataset::childrenOf(int actor) const
{
    std::vector<int> children;
    for (size_t i = 0; i < actors.size(); ++i) {
        if (actors[i].parent == actor)
            children.push_back(int(i));
    }
    return children;
}

void Dataset::indexIds()
{
    m_actorById.clear();
    m_issueById.clear();
    m_sourceById.clear();
    for (size_t i = 0; i < actors.size(); ++i)
        m_actorById.insert(actors[i].id, int(i));
    for (size_t i = 0; i < issues.size(); ++i)
        m_issueById.insert(issues[i].id, int(i));
    for (size_t i = 0; i < sources.size(); ++i)
        m_sourceById.insert(sources[i].id, int(i));
}
