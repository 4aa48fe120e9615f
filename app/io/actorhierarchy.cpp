// SPDX-License-Identifier: MIT
// DatasetBuilder's actor hierarchy: each actor's parent resolved, cycles and chains deeper than
// maxActorNesting found in one pass over the actors, each cycle reported once.
#include "buildertext.h"
#include "datasetbuilder.h"

using BuilderText::qs;
using BuilderText::quoted;

void DatasetBuilder::resolveActorParents()
{
    auto &actors = m_dataset->actors;
    for (size_t i = 0; i < actors.size(); ++i) {
        const PendingActor &pending = m_pendingActors[i];
        actors[i].parent = resolve(Collection::Actors, pending.parentId, pending.parentLocation,
                                   pending.parentPath);
    }
    // A parent chain that returns to where it started would hang every tree view, and one
    // thousands of levels deep would overflow the stack of any recursive walk. One pass: each
    // actor is walked up to an actor whose depth is known, then the depths are filled in on
    // the way back; a walk that meets itself is a cycle, reported once.
    const size_t count = actors.size();
    enum : qint8 { Unknown = -1, OnPath = -2 };
    std::vector<int> depth(count, Unknown);
    std::vector<int> path;
    for (size_t start = 0; start < count; ++start) {
        path.clear();
        int current = int(start);
        while (current >= 0 && depth[size_t(current)] == Unknown) {
            depth[size_t(current)] = OnPath;
            path.push_back(current);
            current = actors[size_t(current)].parent;
        }
        size_t cycleBegin = path.size();
        if (current >= 0 && depth[size_t(current)] == OnPath) {
            cycleBegin = size_t(std::find(path.begin(), path.end(), current) - path.begin());
            // Reported at the cycle's actor that comes first in the files.
            const int first = *std::min_element(path.begin() + qsizetype(cycleBegin), path.end());
            const size_t length = path.size() - cycleBegin;
            QStringList chain;
            int step = first;
            for (size_t i = 0; i <= length; ++i, step = actors[size_t(step)].parent) {
                if (i == 10 && length > 12) {
                    chain << QStringLiteral("… (%1 actors in all)").arg(length) << actors[size_t(first)].id;
                    break;
                }
                chain << actors[size_t(step)].id;
            }
            error(m_pendingActors[size_t(first)].parentLocation,
                  m_pendingActors[size_t(first)].parentPath,
                  tr("actor %1 is its own ancestor: %2")
                      .arg(quoted(actors[size_t(first)].id.toStdString()),
                           chain.join(QStringLiteral(" → "))));
            for (size_t i = cycleBegin; i < path.size(); ++i)
                depth[size_t(path[i])] = 0; // counted as tops, so that nothing else reports
        }
        int below = current >= 0 ? depth[size_t(current)] : -1;
        for (size_t i = cycleBegin; i-- > 0;) {
            const int actor = path[i];
            depth[size_t(actor)] = ++below;
            if (below == maxActorNesting + 1) { // reported once, where the limit is passed
                QStringList chain;
                int step = actor;
                for (int k = 0; step >= 0 && k < 4; ++k, step = actors[size_t(step)].parent)
                    chain << actors[size_t(step)].id;
                chain << QStringLiteral("…");
                error(m_pendingActors[size_t(actor)].parentLocation,
                      m_pendingActors[size_t(actor)].parentPath,
                      tr("actor %1 has more than %n levels of parents above it (%2); at most %n "
                         "are allowed",
                         nullptr, maxActorNesting)
                          .arg(quoted(actors[size_t(actor)].id.toStdString()),
                               chain.join(QStringLiteral(" → "))));
            }
        }
    }
}
