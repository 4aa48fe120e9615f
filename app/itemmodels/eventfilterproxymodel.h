// SPDX-License-Identifier: MIT
#pragma once

#include "filterengine.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

class QThreadPool;

// The event table narrowed to the events that pass the shared filter: rows are mapped through a
// list of passing source rows, or one to one when everything passes (no list at all, so a
// million unfiltered rows cost nothing per row). The list is replaced in one reset per filter
// change: a QSortFilterProxyModel would announce hundreds of thousands of scattered row removals
// one range at a time, which stalls a view over a million rows. Tables of at least
// workerThreshold() events work the list out on a worker; the rows shown until it lands are the
// previous filter's, and a list for a filter that was replaced meanwhile is dropped unseen. Their
// rows also arrive in steps of arrivalStep() rows, one per turn of the event loop: a view told
// of a million rows at once stalls while its header makes a section for each.
class EventFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);
    ~EventFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *source) override;
    void setFilterResult(std::shared_ptr<const FilterResult> result);
    // True while the rows shown are not yet those of the last filter result given.
    bool isPreparing() const { return m_preparedGeneration != m_generation; }

    int workerThreshold() const { return m_workerThreshold; }
    void setWorkerThreshold(int rows) { m_workerThreshold = rows; }
    int arrivalStep() const { return m_arrivalStep; }
    void setArrivalStep(int rows) { m_arrivalStep = std::max(1, rows); }
    // True while rows are still arriving (rowCount() is short of the rows that pass).
    bool isArriving() const { return m_shown < passingRowCount(); }
    // The pool the workers run on: WorkerPool's unless a test hands in its own.
    void setThreadPool(QThreadPool *pool) { m_pool = pool; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The rows of the last filter result given are shown (isPreparing() is false); some may still
    // be arriving.
    void rowsPrepared();
    // The last step of rows arriving is in (not emitted when all of them came at once).
    void rowsArrived();

private:
    using Rows = std::shared_ptr<const std::vector<int>>;
    // The passing rows of `result` over `sourceRows` rows; null: every row passes.
    static Rows passingRows(const FilterResult *result, int sourceRows);
    void showRows(Rows rows, quint64 generation);
    int passingRowCount() const;
    // Within a reset: how many rows the views hear of first.
    void startArrival();
    void arriveMore();

    Rows m_rows; // source rows that pass, ascending; null: every source row
    // Every filter result (and every reset of the source) is a new generation; a worker's rows
    // are shown only if nothing came after the result they were worked out for.
    quint64 m_generation = 0;
    quint64 m_preparedGeneration = 0;
    int m_workerThreshold = 200'000;
    QThreadPool *m_pool;
    QFutureWatcher<Rows> m_worker; // reports only the newest future it was given
    quint64 m_workerGeneration = 0;
    int m_arrivalStep = 50'000;
    int m_shown = 0; // rows the views have been told of: the first of passingRowCount()
    QTimer m_arrival;
};
