// SPDX-License-Identifier: MIT
#include "filterstate.h"

#include "filterspec.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

FilterState::FilterState(QObject *parent)
    : QObject(parent), m_dataset(std::make_shared<const Dataset>()),
      m_textIndex(std::make_shared<TextIndex>())
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const FilterResult>>::finished, this, [this] {
        m_running = false;
        const auto result = m_watcher.result();
        if (m_pending) {
            // The filter changed while this ran: its result is already stale.
            m_pending = false;
            recompute();
            return;
        }
        publish(result);
    });
    recompute();
}

FilterState::~FilterState()
{
    m_watcher.waitForFinished();
}

void FilterState::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_watcher.waitForFinished();
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
    if (m_running) {
        m_pending = true;
        return;
    }
    if (m_filter.query.trimmed().isEmpty()) {
        publish(std::make_shared<const FilterResult>(
            FilterEngine::apply(*m_dataset, m_filter, m_textIndex.get())));
        return;
    }
    m_running = true;
    // The worker gets its own copies of what it reads; the text index is used by one run at a
    // time (a new run waits for the previous to finish).
    m_watcher.setFuture(QtConcurrent::run(
        [dataset = m_dataset, filter = m_filter, index = m_textIndex]() {
            return std::make_shared<const FilterResult>(
                FilterEngine::apply(*dataset, filter, index.get()));
        }));
}

void FilterState::publish(std::shared_ptr<const FilterResult> result)
{
    m_result = std::move(result);
    emit resultChanged();
}

void FilterState::waitForResult()
{
    while (m_running || m_pending) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(); // delivers finished(), which may start the next run
    }
}
