// SPDX-License-Identifier: MIT
#pragma once

#include "filterengine.h"

#include <QSortFilterProxyModel>

#include <memory>

// The event table narrowed to the events that pass the shared filter.
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterResult(std::shared_ptr<const FilterResult> result);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::shared_ptr<const FilterResult> m_result;
};
