// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

// The actor tree narrowed by a search text: an actor stays when its name, alias or role holds the
// text (ignoring case and accents), and so do its ancestors, to keep it in context.
class ActorFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActorFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_folded;
};
