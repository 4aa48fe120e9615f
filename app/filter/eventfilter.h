// SPDX-License-Identifier: MIT
#pragma once

#include "partialdate.h"

#include <QSet>
#include <QString>
#include <QStringList>

// What the user narrows the dataset to: actors (any of them, or all of them together), a date
// range, a text, tags, actor kinds and which positions count (public, private, reported). A plain
// value over one dataset's indices; FilterState shares it between views and FilterEngine applies
// it. Empty criteria do not filter.
struct EventFilter
{
    enum class ActorMatch { Any, All };

    QSet<int> actors;
    ActorMatch actorMatch = ActorMatch::Any;
    PartialDate from; // events that overlap [from, to]; invalid: open-ended
    PartialDate to;
    QString query;
    QSet<int> tags;        // events with any of these tags
    QSet<int> kinds;       // events with an actor of any of these kinds (ActorKind values)
    QSet<int> visibilities; // positions of these visibilities (Visibility values)

    bool isEmpty() const
    {
        return actors.isEmpty() && !from.isValid() && !to.isValid() && query.trimmed().isEmpty()
            && tags.isEmpty() && kinds.isEmpty() && visibilities.isEmpty();
    }
    friend bool operator==(const EventFilter &a, const EventFilter &b)
    {
        return a.actors == b.actors && a.actorMatch == b.actorMatch && a.from == b.from
            && a.to == b.to && a.query == b.query && a.tags == b.tags && a.kinds == b.kinds
            && a.visibilities == b.visibilities;
    }
};
