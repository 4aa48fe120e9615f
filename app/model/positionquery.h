// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <vector>

// The stated positions to show for an actor: its own, and those of the state or faction it
// belongs to (marked as such: Netanyahu's view beside Israel's envoys'), grouped by issue and
// newest first. Used by the positions panel, the matrix and tests.
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

} // namespace PositionQuery
