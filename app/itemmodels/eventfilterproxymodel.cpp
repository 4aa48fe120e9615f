// SPDX-License-Identifier: MIT
#include "eventfilterproxymodel.h"

#include "workerpool.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent), m_pool(WorkerPool::instance())
{
    connect(&m_worker, &QFutureWatcher<Rows>::finished, this, [this] {
        showRows(m_worker.result(), m_workerGeneration);
    });
    m_arrival.setSingleShot(true);
    m_arrival.setInterval(0);
    connect(&m_arrival, &QTimer::timeout, this, &EventFilterProxyModel::arriveMore);
}

// A worker still running ends on its own: it holds its own reference to the filter result, and
// its rows are dropped. QFutureWatcher's destructor does not wait for it.
EventFilterProxyModel::~EventFilterProxyModel() = default;

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                &EventFilterProxyModel::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            // A result belongs to one dataset: every row shows until the new one's result.
            m_rows.reset();
            m_preparedGeneration = ++m_generation;
            startArrival();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                    const QModelIndex a = mapFromSource(from), b = mapFromSource(to);
                    if (a.isValid() && b.isValid())
                        emit dataChanged(a, b, roles);
                });
    }
    m_rows.reset();
    m_preparedGeneration = ++m_generation;
    startArrival();
    endResetModel();
}

EventFilterProxyModel::Rows EventFilterProxyModel::passingRows(const FilterResult *result,
                                                               int sourceRows)
{
    const bool filtered = result && !result->everything
        && result->events.size() == size_t(sourceRows);
    if (!filtered)
        return nullptr;
    auto rows = std::make_shared<std::vector<int>>();
    rows->reserve(size_t(result->eventCount));
    for (int row = 0; row < sourceRows; ++row) {
        if (result->events[size_t(row)])
            rows->push_back(row);
    }
    return rows;
}

void EventFilterProxyModel::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    const quint64 generation = ++m_generation;
    const int sourceRows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (sourceRows < m_workerThreshold || !result || result->everything) {
        showRows(passingRows(result.get(), sourceRows), generation);
        return;
    }
    m_workerGeneration = generation;
    m_worker.setFuture(WorkerPool::run(m_pool, [result = std::move(result), sourceRows] {
        return passingRows(result.get(), sourceRows);
    }));
}

void EventFilterProxyModel::showRows(Rows rows, quint64 generation)
{
    if (generation != m_generation)
        return; // worked out for a filter, or a dataset, that was replaced meanwhile
    m_preparedGeneration = generation;
    // Every row before and after: nothing to tell the views (a reset of a million rows is a
    // stall of its own).
    if (!rows && !m_rows) {
        emit rowsPrepared();
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    startArrival();
    endResetModel();
    emit rowsPrepared();
}

int EventFilterProxyModel::passingRowCount() const
{
    if (!sourceModel())
        return 0;
    return m_rows ? int(m_rows->size()) : sourceModel()->rowCount();
}

void EventFilterProxyModel::startArrival()
{
    const int rows = passingRowCount();
    m_shown = rows < m_workerThreshold ? rows : std::min(rows, arrivalStep());
    if (m_shown < rows)
        m_arrival.start();
    else
        m_arrival.stop();
}

void EventFilterProxyModel::arriveMore()
{
    const int rows = passingRowCount();
    if (m_shown >= rows)
        return;
    const int shown = std::min(rows, m_shown + arrivalStep());
    beginInsertRows({}, m_shown, shown - 1);
    m_shown = shown;
    endInsertRows();
    if (m_shown < rows)
        m_arrival.start();
    else
        emit rowsArrived();
}

QModelIndex EventFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int EventFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return m_shown;
}

int EventFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex EventFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= rowCount())
        return {};
    const int row = m_rows ? (*m_rows)[size_t(proxyIndex.row())] : proxyIndex.row();
    return sourceModel()->index(row, proxyIndex.column());
}

QModelIndex EventFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    if (!m_rows)
        return sourceIndex.row() < m_shown ? createIndex(sourceIndex.row(), sourceIndex.column())
                                           : QModelIndex();
    const auto it = std::lower_bound(m_rows->begin(), m_rows->end(), sourceIndex.row());
    if (it == m_rows->end() || *it != sourceIndex.row() || it - m_rows->begin() >= m_shown)
        return {};
    return createIndex(int(it - m_rows->begin()), sourceIndex.column());
}

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles do not depend on which rows pass (the base class asks row 0, which an
    // empty result does not have).
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
