// SPDX-License-Identifier: MIT
#pragma once

#include "actorcolors.h"
#include "actorcountsource.h"
#include "dataset.h"

#include <QAbstractItemModel>
#include <QSet>

#include <memory>
#include <vector>

// The actors of a dataset as a tree: grouped by kind (States, Factions, ...), with people under
// the state or faction they belong to. Columns: name (with the actor's colour and a checkbox that
// puts the actor in the timeline filter), number of events, kind, role. A thin adapter over
// Dataset; it keeps only the child lists the tree needs and the colours the actors are drawn in.
class ActorTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EventCountColumn, KindColumn, RoleColumn, ColumnCount };
    enum Role {
        ActorIndexRole = Qt::UserRole + 1, // -1 for a kind group
        ActorIdRole,
        SearchTextRole, // name, aliases and role, for the search field
    };

    explicit ActorTreeModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    QModelIndex indexOfActor(int actor, int column = NameColumn) const;

    // Checked actors: the timeline shows only them (none checked: everyone).
    QSet<int> checkedActors() const { return m_checked; }
    void setCheckedActors(const QSet<int> &actors);
    // Events per actor under the current filter (empty: all of its events).
    void setEventCounts(std::vector<int> counts);
    // Takes the counts from a source from now on: asked whenever it changes.
    void setCountSource(ActorCountSource *source);
    // Actors shown in bold, e.g. those of the selected event.
    void setHighlightedActors(const QSet<int> &actors);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The user ticked or unticked an actor (setData): the ticked set after it. Not emitted when
    // the model is given a dataset or a set of ticks, so whoever sets the ticks from the filter
    // does not hear its own change back.
    void actorsTicked(const QSet<int> &actors);

private:
    // Index ids: 1 + kind for kind groups, kindIdBase + actor for actors; 0 is the root.
    static constexpr quintptr kindIdBase = 16;
    static bool isKind(const QModelIndex &index) { return index.internalId() < kindIdBase; }
    static int kindOf(const QModelIndex &index) { return int(index.internalId()) - 1; }
    static int actorOf(const QModelIndex &index) { return int(index.internalId() - kindIdBase); }
    QModelIndex indexOfKind(int kind, int column = NameColumn) const;
    void emitRowChanged(int actor);

    std::shared_ptr<const Dataset> m_dataset;
    ActorColors m_colors;
    std::vector<int> m_kinds;                 // kind groups present, in order
    std::vector<std::vector<int>> m_children; // [kind]: its top-level actors; [kindCount + actor]: children
    std::vector<int> m_row;                   // row of each actor under its parent
    QSet<int> m_checked;
    QSet<int> m_highlighted;
    std::vector<int> m_eventCounts;
};
