// SPDX-License-Identifier: MIT
#include "filterstate.h"

#include "filterspec.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

FilterState::FilterState(QObject *parent)
    : QObject(parent), m_dataset(std::make_shared<const Dataset>()),
      m_textIndex(std::make_shared<TextIndex>())
{
    recompute();
}

// A query still running ends on its own: it holds its own references to the dataset, the filter
// and the index, and its watcher goes with this object.
FilterState::~FilterState() = default;

void FilterState::setDataset(std::shared_ptr<const Dataset> dataset)
{
    const FilterSpec spec = FilterSpec::describe(*m_dataset, m_filter);
    m_dataset = dataset ? std::move(dataset) : std::make_shared<const Dataset>();
    m_textIndex = std::make_shared<TextIndex>();
    // Actors and tags are kept by id; those the new dataset lacks are dropped, just those.
    FilterSpec kept = spec;
    kept.actors.removeIf([this](const QString &id) { return m_dataset->actorIndex(id) < 0; });
    kept.tags.removeIf([this](const QString &tag) { return !m_dataset->tags.contains(tag); });
    QString error;
    m_filter = kept.resolve(*m_dataset, &error);
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

void FilterState::recompute()
{
    ++m_generation;
    m_queryPending = false;
    if (m_filter.query.trimmed().isEmpty()) {
        // Milliseconds even at a million events: at once, and any running query is now stale.
        publish(std::make_shared<const FilterResult>(
                    FilterEngine::apply(*m_dataset, m_filter, m_textIndex.get())),
                m_generation);
        return;
    }
    if (m_indexInUse == m_textIndex) {
        m_queryPending = true; // once the running query is done with the index
        return;
    }
    startQuery();
}

void FilterState::startQuery()
{
    m_indexInUse = m_textIndex;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const FilterResult>>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<std::shared_ptr<const FilterResult>>::finished, this,
            [this, watcher, generation, index = m_textIndex] {
                watcher->deleteLater();
                if (m_indexInUse == index)
                    m_indexInUse.reset();
                if (generation == m_generation)
                    publish(watcher->result(), generation);
                else if (m_queryPending && m_indexInUse != m_textIndex)
                    startQuery(); // the newest query waited for this one's index
            });
    m_queryPending = false;
    watcher->setFuture(QtConcurrent::run(
        [dataset = m_dataset, filter = m_filter, index = m_textIndex]() {
            return std::make_shared<const FilterResult>(
                FilterEngine::apply(*dataset, filter, index.get()));
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
