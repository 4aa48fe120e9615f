// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <vector>

// What the actors panel may ask, and nothing more: each actor's number of events under the
// filter, indexed as the dataset's actors. They come through countsReady(): at once from a
// filter's result in memory (DatasetActorCounts), from the server for an archive
// (ArchiveActorCounts). Nothing waits for them.
class ActorCountSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Asks for the counts under the filter now. Only the newest answer is delivered.
    virtual void askCounts() = 0;

signals:
    // What the counts count has changed (a new dataset, filter or archive): ask again.
    void changed();
    void countsReady(const std::vector<int> &counts);
};
