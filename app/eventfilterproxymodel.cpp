// SPDX-License-Identifier: MIT
#include "eventfilterproxymodel.h"

void EventFilterProxyModel::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    m_result = std::move(result);
    invalidateRowsFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_result || m_result->everything)
        return true;
    return size_t(sourceRow) < m_result->events.size() && m_result->events[size_t(sourceRow)];
}
