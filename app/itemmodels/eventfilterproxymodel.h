// SPDX-License-Identifier: MIT
#pragma once

#include "filterengine.h"

#include <QAbstractProxyModel>

#include <memory>
#include <vector>

// The event table narrowed to the events that pass the shared filter. A flat list of passing rows
// replaced in one reset per filter change: a QSortFilterProxyModel would announce hundreds of
// thousands of scattered row removals one range at a time, which stalls a view over a million
// rows.
class EventFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setFilterResult(std::shared_ptr<const FilterResult> result);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::shared_ptr<const FilterResult> m_result;
    std::vector<int> m_rows; // source rows that pass, ascending
};
