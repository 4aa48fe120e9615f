// SPDX-License-Identifier: MIT
#include "datasetoverviewsource.h"

#include "workerpool.h"

#include <QFutureWatcher>

DatasetOverviewSource::DatasetOverviewSource(FilterState *filter, QObject *parent)
    : OverviewSource(parent), m_filter(filter)
{
    connect(m_filter, &FilterState::resultChanged, this, &OverviewSource::changed);
}

void DatasetOverviewSource::askHistogram()
{
    const auto dataset = m_filter->dataset();
    auto result = m_filter->result();
    if (result && result->totalEvents != dataset->events.count())
        result.reset(); // the previous dataset's: its counts are on their way
    const quint64 generation = ++m_generation;
    if (dataset->events.count() < m_filter->workerThreshold()) {
        emit histogramReady(OverviewHistogram::compute(*dataset, result.get()));
        return;
    }
    // A pass over every event (10 ms at a million on this thread, as the filter's result lands
    // beside everything else that follows it) goes to a worker; the chart shown until then is
    // the previous one.
    auto *watcher = new QFutureWatcher<OverviewHistogram>(this);
    connect(watcher, &QFutureWatcher<OverviewHistogram>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation == m_generation) // else counted for a result replaced meanwhile
                    emit histogramReady(watcher->result());
            });
    watcher->setFuture(WorkerPool::run(WorkerPool::instance(), [dataset, result] {
        return OverviewHistogram::compute(*dataset, result.get());
    }));
}

void DatasetOverviewSource::setDateFilter(const PartialDate &from, const PartialDate &to)
{
    EventFilter filter = m_filter->filter();
    filter.from = from;
    filter.to = to;
    m_filter->setFilter(filter);
}
