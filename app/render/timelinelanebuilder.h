// SPDX-License-Identifier: MIT
#pragma once

#include "filterengine.h"
#include "timelinelanes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <memory>

class QThreadPool;

// What the timeline's lanes are laid out from.
struct TimelineLaneRequest
{
    std::shared_ptr<const Dataset> dataset;
    std::shared_ptr<const FilterResult> filter; // null: every event
    LaneGrouping grouping = LaneGrouping::Actors;
    QSet<int> collapsedActors;

    // The flags of the events the lanes hold, or null for all of them: a filter that passes
    // everything, or that was computed for another dataset, masks nothing.
    const std::vector<quint8> *mask() const;
};

// Lanes together with the dataset whose events they point into, so that neither outlives the
// other; `masked`: they hold only the events the request's filter passes.
struct BuiltTimelineLanes
{
    std::shared_ptr<const Dataset> dataset;
    TimelineLanes lanes;
    bool masked = false;
    std::shared_ptr<const FilterResult> filter; // what the lanes were laid out for
};

// Lays out the timeline's lanes for the timeline view. A million events take longer than a frame,
// so datasets of at least workerThreshold() events are laid out on a worker while the previous
// lanes stay published (the view keeps showing them, and ignores clicks on them); smaller ones at
// once. The newest request wins: a build for an older one is dropped unseen when it ends, and
// destroying the builder never waits for one (each holds its own references).
class TimelineLaneBuilder : public QObject
{
    Q_OBJECT
public:
    explicit TimelineLaneBuilder(QObject *parent = nullptr);
    ~TimelineLaneBuilder() override;

    // Lays out `request`; lanesReady() follows, before this returns when it is built at once. A
    // request that would give the lanes already requested (same dataset, grouping and folds, and
    // a filter that masks nothing, as before) builds nothing.
    void request(TimelineLaneRequest request);
    const TimelineLaneRequest &requested() const { return m_requested; }
    // The newest lanes built for the newest request that finished; null before the first.
    std::shared_ptr<const BuiltTimelineLanes> built() const { return m_built; }
    // True while built() is not yet the lanes of requested().
    bool isBuilding() const { return m_builtGeneration != m_generation; }

    int workerThreshold() const { return m_workerThreshold; }
    void setWorkerThreshold(int events) { m_workerThreshold = events; }
    // The pool the workers run on: WorkerPool's unless a test hands in its own.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

signals:
    // built() holds the lanes of requested().
    void lanesReady();

private:
    void publish(std::shared_ptr<const BuiltTimelineLanes> built, quint64 generation);

    TimelineLaneRequest m_requested;
    std::shared_ptr<const BuiltTimelineLanes> m_built;
    // Every request that builds is a new generation; a worker's lanes are published only if no
    // request came after the one it was started for.
    quint64 m_generation = 0;
    quint64 m_builtGeneration = 0;
    int m_workerThreshold = 200'000;
    QThreadPool *m_pool;
    // Reports only the last future it was given, the build for m_workerGeneration: a superseded
    // build finishes unheard.
    QFutureWatcher<std::shared_ptr<const BuiltTimelineLanes>> m_worker;
    quint64 m_workerGeneration = 0;
};
