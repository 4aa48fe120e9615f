// SPDX-License-Identifier: MIT
#include "eventfilterproxymodel.h"

#include <algorithm>

EventFilterProxyModel::EventFilterProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

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
            m_result.reset(); // a result belongs to one dataset
            m_rows.clear();
            for (int row = 0, n = sourceModel()->rowCount(); row < n; ++row)
                m_rows.push_back(row);
            endResetModel();
        });
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                    const QModelIndex a = mapFromSource(from), b = mapFromSource(to);
                    if (a.isValid() && b.isValid())
                        emit dataChanged(a, b, roles);
                });
    }
    m_rows.clear();
    if (source) {
        for (int row = 0, n = source->rowCount(); row < n; ++row)
            m_rows.push_back(row);
    }
    endResetModel();
}

void EventFilterProxyModel::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    rebuild();
    endResetModel();
}

void EventFilterProxyModel::rebuild()
{
    m_rows.clear();
    if (!sourceModel())
        return;
    const int n = sourceModel()->rowCount();
    const bool filtered = m_result && !m_result->everything && m_result->events.size() == size_t(n);
    m_rows.reserve(size_t(filtered ? m_result->eventCount : n));
    for (int row = 0; row < n; ++row) {
        if (!filtered || m_result->events[size_t(row)])
            m_rows.push_back(row);
    }
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex EventFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex EventFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceIndex.row());
    if (it == m_rows.end() || *it != sourceIndex.row())
        return {};
    return createIndex(int(it - m_rows.begin()), sourceIndex.column());
}

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Column titles do not depend on which rows pass (the base class asks row 0, which an
    // empty result does not have).
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
