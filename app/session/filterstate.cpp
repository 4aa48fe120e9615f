// SPDX-License-Identifier: MIT
#include "filterstate.h"

#include "filterspec.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Nothing to search: a text query needs no index built first.
bool hasNoText(const Dataset &dataset)
{
    return dataset.events.count() == 0 && dataset.positions.empty() && dataset.actors.empty();
}

} // namespace

FilterState::FilterState(QObject *parent)
    : QObject(parent), m_dataset(std::make_shared<const Dataset>())
{
    startIndexing();
    recompute();
}

// Workers still running end on their own: each holds its own references to the dataset, the
// filter and the index, and its watcher goes with this object (a watcher never waits).
FilterState::~FilterState() = default;

void FilterState::setDataset(std::shared_ptr<const Dataset> dataset)
{
    const FilterSpec spec = FilterSpec::describe(*m_dataset, m_filter);
    m_dataset = dataset ? std::move(dataset) : std::make_shared<const Dataset>();
    // Actors and tags are kept by id; those the new dataset lacks are dropped, just those.
    FilterSpec kept = spec;
    kept.actors.removeIf([this](const QString &id) { return m_dataset->actorIndex(id) < 0; });
    kept.tags.removeIf([this](const QString &tag) { return !m_dataset->tags.contains(tag); });
    QString error;
    m_filter = kept.resolve(*m_dataset, &error);
    startIndexing();
    emit filterChanged();
    recompute();
}

void FilterState::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    recompute();
}

void FilterState::startIndexing()
{
    const quint64 generation = ++m_indexGeneration;
    if (hasNoText(*m_dataset)) {
        // An empty index, built by the first query on its worker: there is nothing to wait for.
        m_textIndex = std::make_shared<TextIndex>();
        emit indexingChanged();
        return;
    }
    m_textIndex.reset();
    emit indexingChanged();
    auto *watcher = new QFutureWatcher<std::shared_ptr<const TextIndex>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const TextIndex>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_indexGeneration)
                    return; // for a dataset that was replaced meanwhile
                m_textIndex = watcher->result();
                emit indexingChanged();
                if (m_queryPending && m_queryRunningFor != m_dataset)
                    startQuery(); // a query typed while the index was being built
            });
    watcher->setFuture(WorkerPool::run(WorkerPool::instance(), [dataset = m_dataset] {
        auto index = std::make_shared<TextIndex>();
        index->build(*dataset);
        return std::shared_ptr<const TextIndex>(std::move(index));
    }));
}

void FilterState::recompute()
{
    ++m_generation;
    m_queryPending = false;
    const bool text = !m_filter.query.trimmed().isEmpty();
    if (!text && m_dataset->events.count() < m_workerThreshold) {
        // Milliseconds: at once, and any running query is now stale.
        publish(std::make_shared<const FilterResult>(
                    FilterEngine::apply(*m_dataset, m_filter, nullptr)),
                m_generation);
        return;
    }
    if ((text && !m_textIndex) || m_queryRunningFor == m_dataset)
        m_queryPending = true; // once the index is built, or the running query is done
    else
        startQuery();
    emit queryStarted();
}

void FilterState::startQuery()
{
    m_queryRunningFor = m_dataset;
    m_queryPending = false;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const FilterResult>>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<std::shared_ptr<const FilterResult>>::finished, this,
            [this, watcher, generation, dataset = m_dataset] {
                watcher->deleteLater();
                if (m_queryRunningFor == dataset)
                    m_queryRunningFor.reset();
                if (generation == m_generation)
                    publish(watcher->result(), generation);
                else if (m_queryPending && (m_textIndex || m_filter.query.trimmed().isEmpty()))
                    startQuery(); // the newest filter waited for this one
            });
    // The index is built and only read from here on: queries never build it, so none of them
    // waits for another's build, and a built index may be shared.
    const bool text = !m_filter.query.trimmed().isEmpty();
    watcher->setFuture(WorkerPool::run(WorkerPool::instance(),
        [dataset = m_dataset, filter = m_filter, index = text ? m_textIndex : nullptr] {
            return std::make_shared<const FilterResult>(
                FilterEngine::apply(*dataset, filter, const_cast<TextIndex *>(index.get())));
        }));
}

void FilterState::publish(std::shared_ptr<const FilterResult> result, quint64 generation)
{
    m_result = std::move(result);
    m_resultGeneration = generation;
    emit resultChanged();
}

void FilterState::waitForResult()
{
    while (isBusy()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10); // delivers the workers' finished()
        if (isBusy())
            QThread::msleep(1);
    }
}
