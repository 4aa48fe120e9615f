// SPDX-License-Identifier: MIT
#include "positionquery.h"

#include <algorithm>

namespace {

// Newest first by the date's first second; the later entry in the files wins a tie.
bool newerFirst(const Dataset &dataset, int a, int b)
{
    const qint64 sa = dataset.positions[size_t(a)].date.firstSecond();
    const qint64 sb = dataset.positions[size_t(b)].date.firstSecond();
    return sa != sb ? sa > sb : a > b;
}

} // namespace

std::vector<PositionQuery::IssueGroup> PositionQuery::forActor(const Dataset &dataset, int actor,
                                                              int issue, bool includeAncestors)
{
    std::vector<IssueGroup> groups;
    if (actor < 0 || size_t(actor) >= dataset.actors.size())
        return groups;
    std::vector<int> holders{actor};
    if (includeAncestors) {
        for (int parent = dataset.actors[size_t(actor)].parent;
             parent >= 0 && holders.size() <= dataset.actors.size();
             parent = dataset.actors[size_t(parent)].parent)
            holders.push_back(parent);
    }
    for (size_t i = 0; i < dataset.positions.size(); ++i) {
        const Position &position = dataset.positions[i];
        if (issue >= 0 && position.issue != issue)
            continue;
        const auto holder = std::find(holders.begin(), holders.end(), position.actor);
        if (holder == holders.end())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const IssueGroup &g) { return g.issue == position.issue; });
        if (group == groups.end()) {
            groups.push_back({position.issue, {}});
            group = groups.end() - 1;
        }
        group->entries.push_back({int(i), position.actor, holder != holders.begin()});
    }
    for (IssueGroup &group : groups)
        std::sort(group.entries.begin(), group.entries.end(), [&](const Entry &a, const Entry &b) {
            return newerFirst(dataset, a.position, b.position);
        });
    // Issues with the newest statement first.
    std::sort(groups.begin(), groups.end(), [&](const IssueGroup &a, const IssueGroup &b) {
        return newerFirst(dataset, a.entries.front().position, b.entries.front().position);
    });
    return groups;
}

std::vector<int> PositionQuery::history(const Dataset &dataset, int actor, int issue)
{
    std::vector<int> positions;
    for (size_t i = 0; i < dataset.positions.size(); ++i) {
        const Position &position = dataset.positions[i];
        if (position.actor == actor && position.issue == issue)
            positions.push_back(int(i));
    }
    std::sort(positions.begin(), positions.end(),
              [&](int a, int b) { return newerFirst(dataset, b, a); });
    return positions;
}

std::vector<PositionQuery::IssueStatements> PositionQuery::issuesByStatements(const Dataset &dataset)
{
    std::vector<IssueStatements> issues(dataset.issues.size());
    for (size_t issue = 0; issue < issues.size(); ++issue)
        issues[issue].issue = int(issue);
    for (const Position &position : dataset.positions) {
        if (position.issue >= 0 && size_t(position.issue) < issues.size())
            ++issues[size_t(position.issue)].statements;
    }
    std::erase_if(issues, [](const IssueStatements &issue) { return issue.statements == 0; });
    std::stable_sort(issues.begin(), issues.end(),
                     [](const IssueStatements &a, const IssueStatements &b) {
                         return a.statements > b.statements;
                     });
    return issues;
}

std::vector<PositionQuery::ActorStatements>
PositionQuery::actorsOnIssue(const Dataset &dataset, int issue, const std::vector<quint8> *passes)
{
    std::vector<ActorStatements> actors;
    std::vector<int> rowOf(dataset.actors.size(), -1);
    for (size_t i = 0; i < dataset.positions.size(); ++i) {
        const Position &position = dataset.positions[i];
        if (position.issue != issue || (passes && i < passes->size() && !(*passes)[i]))
            continue;
        int &row = rowOf[size_t(position.actor)];
        if (row < 0) {
            row = int(actors.size());
            actors.push_back({position.actor, 0});
        }
        ++actors[size_t(row)].statements;
    }
    return actors;
}
