// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "eventfilter.h"
#include "filterengine.h"
#include "textindex.h"

#include <QObject>

#include <memory>

// The one filter every view follows, and its latest result. Filters without text are applied at
// once (milliseconds, even at a million events); a text query runs on a worker thread, so typing
// never blocks painting, and only the newest query's result is published.
class FilterState : public QObject
{
    Q_OBJECT
public:
    explicit FilterState(QObject *parent = nullptr);
    ~FilterState() override;

    // A new dataset: the filter is kept where its actors and tags still exist (by id).
    void setDataset(std::shared_ptr<const Dataset> dataset);
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    void clear() { setFilter({}); }

    std::shared_ptr<const FilterResult> result() const { return m_result; }
    // True while result() is not yet the result of filter(): a text query is on its way.
    bool isBusy() const { return m_resultGeneration != m_generation; }
    // Waits for the current filter's result (tests only: the window never waits, it listens to
    // resultChanged()).
    void waitForResult();

signals:
    void filterChanged();
    // result() is now the result of filter() (isBusy() is false).
    void resultChanged();

private:
    void recompute();
    void startQuery();
    void publish(std::shared_ptr<const FilterResult> result, quint64 generation);

    std::shared_ptr<const Dataset> m_dataset;
    EventFilter m_filter;
    std::shared_ptr<const FilterResult> m_result;
    std::shared_ptr<TextIndex> m_textIndex;
    // Every change of dataset or filter is a new generation; a worker's result is published only
    // if no change came after it started, so that nothing ever waits for a stale query.
    quint64 m_generation = 0;
    quint64 m_resultGeneration = 0;
    // The text index a running query uses (it builds it on first use): one query at a time per
    // index. A query for a newer dataset has an index of its own and need not wait.
    std::shared_ptr<TextIndex> m_indexInUse;
    bool m_queryPending = false;
};
