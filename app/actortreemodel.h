// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

// The actors of a dataset as a tree: people under the state or faction they belong to. Columns:
// name (with the actor's colour), kind, number of events, role. A thin adapter over Dataset;
// it keeps only the child lists the tree needs.
class ActorTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, EventCountColumn, RoleColumn, ColumnCount };
    enum Role { ActorIndexRole = Qt::UserRole + 1, ActorIdRole };

    explicit ActorTreeModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    QModelIndex indexOfActor(int actor, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Index ids are actor index + 1, so that 0 never names an actor.
    static int actorOf(const QModelIndex &index) { return int(index.internalId()) - 1; }
    const std::vector<int> &childrenOf(int actor) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::vector<std::vector<int>> m_children; // [0]: top level, [actor + 1]: its children
    std::vector<int> m_row;                   // row of each actor under its parent
};
