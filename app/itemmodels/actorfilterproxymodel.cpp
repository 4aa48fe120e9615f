// SPDX-License-Identifier: MIT
#include "actorfilterproxymodel.h"

#include "actortreemodel.h"
#include "textfolding.h"

ActorFilterProxyModel::ActorFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ActorFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = TextFolding::fold(text.trimmed());
    invalidateRowsFilter();
}

bool ActorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString text = index.data(ActorTreeModel::SearchTextRole).toString();
    return !text.isEmpty() && TextFolding::fold(text).contains(m_folded);
}
