// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "eventfilter.h"
#include "filterengine.h"
#include "textindex.h"

#include <QFutureWatcher>
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
    bool isBusy() const { return m_running; }
    // Waits for a running text query (tests, and before export).
    void waitForResult();

signals:
    void filterChanged();
    void resultChanged();

private:
    void recompute();
    void publish(std::shared_ptr<const FilterResult> result);

    std::shared_ptr<const Dataset> m_dataset;
    EventFilter m_filter;
    std::shared_ptr<const FilterResult> m_result;
    std::shared_ptr<TextIndex> m_textIndex;
    QFutureWatcher<std::shared_ptr<const FilterResult>> m_watcher;
    bool m_running = false;
    bool m_pending = false;
};
