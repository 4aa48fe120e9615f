// SPDX-License-Identifier: MIT
#include "dataset.h"

void Dataset::indexIds()
{
    m_actorById.clear();
    m_issueById.clear();
    for (size_t i = 0; i < actors.size(); ++i)
        m_actorById.insert(actors[i].id, int(i));
    for (size_t i = 0; i < issues.size(); ++i)
        m_issueById.insert(issues[i].id, int(i));
}
