// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <vector>

// The stated positions to show for an actor: its own, and those of the state or faction it
// belongs to (marked as such: Netanyahu's view beside Israel's envoys'), grouped by issue and
// newest first; and who spoke on an issue, how often. Used by the positions panel, the matrix,
// the stance chart and tests.
namespace PositionQuery {

struct Entry
{
    int position = -1;
    int heldBy = -1;     // the actor who stated it: the actor asked about, or an ancestor
    bool inherited = false;
};

struct IssueGroup
{
    int issue = -1;
    std::vector<Entry> entries; // newest first
};

// `issue` >= 0 restricts to one issue; `includeAncestors` adds the ancestors' positions.
std::vector<IssueGroup> forActor(const Dataset &dataset, int actor, int issue = -1,
                                 bool includeAncestors = true);

// The positions of one actor on one issue, oldest first (the history of that cell).
std::vector<int> history(const Dataset &dataset, int actor, int issue);

struct IssueStatements
{
    int issue = -1;
    int statements = 0;
};

// The issues anyone spoke on, those with the most statements first (ties in file order): the
// stance chart offers them in this order, so that the interesting ones lead.
std::vector<IssueStatements> issuesByStatements(const Dataset &dataset);

struct ActorStatements
{
    int actor = -1;
    int statements = 0;
};

// The actors who spoke on `issue`, in the order of their first statement in the files. `passes`,
// when given, holds a flag per position (a FilterResult's): only passing statements count, and
// positions beyond its end pass.
std::vector<ActorStatements> actorsOnIssue(const Dataset &dataset, int issue,
                                           const std::vector<quint8> *passes = nullptr);

} // namespace PositionQuery
