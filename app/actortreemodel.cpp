// SPDX-License-Identifier: MIT
#include "actortreemodel.h"

#include "datasetvocabulary.h"

ActorTreeModel::ActorTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_dataset(std::make_shared<const Dataset>()), m_children(1)
{
}

void ActorTreeModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = dataset ? std::move(dataset) : std::make_shared<const Dataset>();
    const size_t count = m_dataset->actors.size();
    m_children.assign(count + 1, {});
    m_row.assign(count, 0);
    for (size_t actor = 0; actor < count; ++actor) {
        auto &siblings = m_children[size_t(m_dataset->actors[actor].parent + 1)];
        m_row[actor] = int(siblings.size());
        siblings.push_back(int(actor));
    }
    endResetModel();
}

const std::vector<int> &ActorTreeModel::childrenOf(int actor) const
{
    return m_children[size_t(actor + 1)];
}

QModelIndex ActorTreeModel::indexOfActor(int actor, int column) const
{
    if (actor < 0 || size_t(actor) >= m_row.size())
        return {};
    return createIndex(m_row[size_t(actor)], column, quintptr(actor + 1));
}

QModelIndex ActorTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentActor = parent.isValid() ? actorOf(parent) : -1;
    return createIndex(row, column, quintptr(childrenOf(parentActor)[size_t(row)] + 1));
}

QModelIndex ActorTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfActor(m_dataset->actors[size_t(actorOf(child))].parent);
}

int ActorTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent.isValid() ? actorOf(parent) : -1).size());
}

int ActorTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActorTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int actorIndex = actorOf(index);
    const Actor &actor = m_dataset->actors[size_t(actorIndex)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return actor.name;
        case RoleColumn: return actor.role;
        case KindColumn: return Vocabulary::label(actor.kind);
        case EventCountColumn: return int(m_dataset->events.eventsOfActor(actorIndex).size());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return actor.color;
        break;
    case Qt::ToolTipRole: {
        QStringList lines{actor.name};
        if (!actor.role.isEmpty())
            lines << actor.role;
        if (!actor.aliases.isEmpty())
            lines << tr("Also: %1").arg(actor.aliases.join(QStringLiteral(", ")));
        if (!actor.description.isEmpty())
            lines << actor.description;
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() == EventCountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ActorIndexRole:
        return actorIndex;
    case ActorIdRole:
        return actor.id;
    }
    return {};
}

QVariant ActorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Actor");
    case RoleColumn: return tr("Role");
    case KindColumn: return tr("Kind");
    case EventCountColumn: return tr("Events");
    }
    return {};
}
