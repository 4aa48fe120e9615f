// SPDX-License-Identifier: MIT
#include "timelinelanebuilder.h"

#include "workerpool.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

std::shared_ptr<const BuiltTimelineLanes> buildLanes(const TimelineLaneRequest &request)
{
    auto built = std::make_shared<BuiltTimelineLanes>();
    built->dataset = request.dataset;
    built->masked = request.mask() != nullptr;
    built->filter = request.filter;
    built->lanes.build(*request.dataset, request.grouping, request.collapsedActors, request.mask());
    return built;
}

} // namespace

const std::vector<quint8> *TimelineLaneRequest::mask() const
{
    const bool masks = filter && !filter->everything && dataset
        && filter->events.size() == size_t(dataset->events.count());
    return masks ? &filter->events : nullptr;
}

TimelineLaneBuilder::TimelineLaneBuilder(QObject *parent)
    : QObject(parent), m_pool(WorkerPool::instance())
{
    connect(&m_worker, &QFutureWatcher<std::shared_ptr<const BuiltTimelineLanes>>::finished, this,
            [this] {
                if (m_workerGeneration == m_generation)
                    publish(m_worker.result(), m_workerGeneration);
            });
}

// A build still running ends on its own, holding its own references, and is dropped.
TimelineLaneBuilder::~TimelineLaneBuilder() = default;

void TimelineLaneBuilder::request(TimelineLaneRequest request)
{
    if (!request.dataset)
        request.dataset = std::make_shared<const Dataset>();
    // Lanes of every event are not laid out again for a filter that masks nothing: with a
    // million events a build costs more than a frame.
    const bool sameLanes = request.dataset == m_requested.dataset
        && request.grouping == m_requested.grouping
        && request.collapsedActors == m_requested.collapsedActors && !request.mask()
        && !m_requested.mask();
    m_requested = std::move(request);
    if (sameLanes)
        return;
    const quint64 generation = ++m_generation;
    if (m_requested.dataset->events.count() < m_workerThreshold) {
        publish(buildLanes(m_requested), generation);
        return;
    }
    m_workerGeneration = generation;
    m_worker.setFuture(
        WorkerPool::run(m_pool, [request = m_requested] { return buildLanes(request); }));
}

void TimelineLaneBuilder::publish(std::shared_ptr<const BuiltTimelineLanes> built,
                                  quint64 generation)
{
    m_built = std::move(built);
    m_builtGeneration = generation;
    emit lanesReady();
}
