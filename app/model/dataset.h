// SPDX-License-Identifier: MIT
#pragma once

#include "datasetrecords.h"
#include "eventstore.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

// One loaded dataset: everything the views show, immutable once the loader hands it over, so
// that views may share it (std::shared_ptr<const Dataset>) and a failed reload never touches it.
struct Dataset
{
    QString title;
    QString description;
    QStringList files; // the files it was read from, in load order

    std::vector<Actor> actors;
    std::vector<Issue> issues;
    std::vector<Source> sources;
    std::vector<Position> positions;
    std::vector<Period> periods; // sorted by start (file order among equal starts)
    QStringList tags; // interned: events refer to tags by index
    EventStore events;

    // Indices by id; -1 when absent.
    int actorIndex(const QString &id) const { return m_actorById.value(id, -1); }
    int issueIndex(const QString &id) const { return m_issueById.value(id, -1); }

    // Builds the id indices; the loader calls it once everything is in place.
    void indexIds();

private:
    QHash<QString, int> m_actorById;
    QHash<QString, int> m_issueById;
};
