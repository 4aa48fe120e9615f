// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "eventfilter.h"
#include "filterengine.h"
#include "textindex.h"

#include <QObject>

#include <memory>

// The one filter every view follows, and its latest result. Filters without text are applied at
// once on datasets smaller than workerThreshold() events (milliseconds); on bigger ones, and for
// every text query, they run on a worker thread, so typing never blocks painting, and only the
// newest filter's result is published. The text index a query searches is built on a worker as
// soon as a dataset is set; a query that comes before it is ready waits for it (isIndexing()),
// without blocking anything.
class FilterState : public QObject
{
    Q_OBJECT
public:
    explicit FilterState(QObject *parent = nullptr);
    ~FilterState() override;

    // A new dataset: the filter is kept where its actors and tags still exist (by id), and its
    // text index is started.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    void clear() { setFilter({}); }

    std::shared_ptr<const FilterResult> result() const { return m_result; }
    // True while result() is not yet the result of filter(): a query is on its way.
    bool isBusy() const { return m_resultGeneration != m_generation; }
    // True while the dataset's text index is being built: a text query waits for it.
    bool isIndexing() const { return !m_textIndex; }
    // Waits for the current filter's result (tests only: the window never waits, it listens to
    // resultChanged()).
    void waitForResult();

    int workerThreshold() const { return m_workerThreshold; }
    void setWorkerThreshold(int events) { m_workerThreshold = events; }

signals:
    void filterChanged();
    // result() is now the result of filter() (isBusy() is false).
    void resultChanged();
    // filter() is on its way to a result (isBusy() is true until resultChanged()).
    void queryStarted();
    // isIndexing() changed: the text index was started, or it is ready.
    void indexingChanged();

private:
    void startIndexing();
    void recompute();
    void startQuery();
    void publish(std::shared_ptr<const FilterResult> result, quint64 generation);

    std::shared_ptr<const Dataset> m_dataset;
    EventFilter m_filter;
    std::shared_ptr<const FilterResult> m_result;
    // The dataset's text index once built; null while it is being built.
    std::shared_ptr<const TextIndex> m_textIndex;
    quint64 m_indexGeneration = 0; // one per dataset: an index built for an older one is dropped
    // Every change of dataset or filter is a new generation; a worker's result is published only
    // if no change came after it started, so that nothing ever waits for a stale query.
    quint64 m_generation = 0;
    quint64 m_resultGeneration = 0;
    // One query at a time per dataset: the newest filter waits for the running one to end (the
    // two cores it would compete for are the window's too). A query for an older dataset is not
    // waited for.
    std::shared_ptr<const Dataset> m_queryRunningFor;
    bool m_queryPending = false;
    int m_workerThreshold = 200'000;
};
