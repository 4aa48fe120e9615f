// SPDX-License-Identifier: MIT
#include "actortreemodel.h"
#include "plaintext.h"

#include "datasetvocabulary.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>

namespace {

constexpr int kindCount = int(ActorKind::Other) + 1;

QString pluralLabel(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State: return ActorTreeModel::tr("States");
    case ActorKind::Organisation: return ActorTreeModel::tr("Organisations");
    case ActorKind::Faction: return ActorTreeModel::tr("Factions");
    case ActorKind::Person: return ActorTreeModel::tr("People");
    case ActorKind::Group: return ActorTreeModel::tr("Groups");
    //: The actors of kind "Media": newspapers, broadcasters and other news outlets
    case ActorKind::Media: return ActorTreeModel::tr("Media");
    case ActorKind::Other: return ActorTreeModel::tr("Others");
    }
    return {};
}

// One icon per kind for the whole process: a QIcon made from its SVG file for each call of data()
// parsed and rendered the file again every time the tree measured or painted a row (about half
// of the 55 ms the tree took to expand when a million events landed, with 300 actors).
QIcon kindIcon(ActorKind kind)
{
    static QIcon icons[kindCount];
    QIcon &icon = icons[int(kind)];
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/kind-%1.svg").arg(Vocabulary::key(kind)));
    return icon;
}

} // namespace

ActorTreeModel::ActorTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_dataset(std::make_shared<const Dataset>()),
      m_children(size_t(kindCount))
{
}

void ActorTreeModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = dataset ? std::move(dataset) : std::make_shared<const Dataset>();
    const auto &actors = m_dataset->actors;
    m_colors = ActorColors(*m_dataset);
    m_children.assign(size_t(kindCount) + actors.size(), {});
    m_row.assign(actors.size(), 0);
    m_checked.clear();
    m_highlighted.clear();
    m_eventCounts.clear();
    for (size_t actor = 0; actor < actors.size(); ++actor) {
        const int parent = actors[actor].parent;
        auto &siblings = parent < 0 ? m_children[size_t(actors[actor].kind)]
                                    : m_children[size_t(kindCount + parent)];
        m_row[actor] = int(siblings.size());
        siblings.push_back(int(actor));
    }
    m_kinds.clear();
    for (int kind = 0; kind < kindCount; ++kind) {
        if (!m_children[size_t(kind)].empty())
            m_kinds.push_back(kind);
    }
    endResetModel();
}

QModelIndex ActorTreeModel::indexOfKind(int kind, int column) const
{
    const auto it = std::find(m_kinds.begin(), m_kinds.end(), kind);
    if (it == m_kinds.end())
        return {};
    return createIndex(int(it - m_kinds.begin()), column, quintptr(kind + 1));
}

QModelIndex ActorTreeModel::indexOfActor(int actor, int column) const
{
    if (actor < 0 || size_t(actor) >= m_row.size())
        return {};
    return createIndex(m_row[size_t(actor)], column, kindIdBase + quintptr(actor));
}

QModelIndex ActorTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(m_kinds[size_t(row)] + 1));
    const auto &children = isKind(parent) ? m_children[size_t(kindOf(parent))]
                                          : m_children[size_t(kindCount + actorOf(parent))];
    return createIndex(row, column, kindIdBase + quintptr(children[size_t(row)]));
}

QModelIndex ActorTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isKind(child))
        return {};
    const Actor &actor = m_dataset->actors[size_t(actorOf(child))];
    return actor.parent >= 0 ? indexOfActor(actor.parent) : indexOfKind(int(actor.kind));
}

int ActorTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_kinds.size());
    if (parent.column() > 0)
        return 0;
    return isKind(parent) ? int(m_children[size_t(kindOf(parent))].size())
                          : int(m_children[size_t(kindCount + actorOf(parent))].size());
}

int ActorTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ActorTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && !isKind(index) && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ActorTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isKind(index)) {
        const ActorKind kind = ActorKind(kindOf(index));
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return pluralLabel(kind);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == ActorIndexRole)
            return -1;
        return {};
    }
    const int actorIndex = actorOf(index);
    const Actor &actor = m_dataset->actors[size_t(actorIndex)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return actor.name;
        case RoleColumn: return actor.role;
        case KindColumn: return Vocabulary::label(actor.kind);
        case EventCountColumn:
            return m_eventCounts.size() == m_dataset->actors.size()
                ? m_eventCounts[size_t(actorIndex)]
                : int(m_dataset->events.eventsOfActor(actorIndex).size());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return m_colors.of(actorIndex);
        if (index.column() == KindColumn && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return kindIcon(actor.kind);
        break;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_checked.contains(actorIndex) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::FontRole:
        if (m_highlighted.contains(actorIndex)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{actor.name};
        if (!actor.role.isEmpty())
            lines << actor.role;
        if (!actor.aliases.isEmpty())
            lines << tr("Also: %1").arg(actor.aliases.join(QStringLiteral(", ")));
        if (!actor.description.isEmpty())
            lines << actor.description;
        lines << tr("Tick to show only the ticked actors on the timeline.");
        return PlainText::toolTip(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == EventCountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ActorIndexRole:
        return actorIndex;
    case ActorIdRole:
        return actor.id;
    case SearchTextRole:
        return QStringList{actor.name, actor.role, actor.aliases.join(u' ')}.join(u'\n');
    }
    return {};
}

bool ActorTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || isKind(index)
        || index.column() != NameColumn)
        return false;
    const int actor = actorOf(index);
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(actor))
        return true;
    if (checked)
        m_checked.insert(actor);
    else
        m_checked.remove(actor);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit actorsTicked(m_checked);
    return true;
}

void ActorTreeModel::setCheckedActors(const QSet<int> &actors)
{
    const QSet<int> changed = (m_checked - actors) + (actors - m_checked);
    m_checked = actors;
    for (int actor : changed) {
        const QModelIndex index = indexOfActor(actor);
        if (index.isValid())
            emit dataChanged(index, index, {Qt::CheckStateRole});
    }
}

void ActorTreeModel::emitRowChanged(int actor)
{
    const QModelIndex first = indexOfActor(actor, 0);
    if (first.isValid())
        emit dataChanged(first, indexOfActor(actor, ColumnCount - 1), {Qt::FontRole});
}

void ActorTreeModel::setEventCounts(std::vector<int> counts)
{
    // Every actor's count may have changed. One layout change says so at once: a dataChanged()
    // per parent made the proxy and the tree (its count column fits its contents) redo their
    // work once per parent, over a second for a few hundred actors.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_eventCounts = std::move(counts);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void ActorTreeModel::setCountSource(ActorCountSource *source)
{
    connect(source, &ActorCountSource::changed, source, &ActorCountSource::askCounts);
    connect(source, &ActorCountSource::countsReady, this, &ActorTreeModel::setEventCounts);
    source->askCounts();
}

void ActorTreeModel::setHighlightedActors(const QSet<int> &actors)
{
    const QSet<int> changed = (m_highlighted - actors) + (actors - m_highlighted);
    m_highlighted = actors;
    for (int actor : changed)
        emitRowChanged(actor);
}

QVariant ActorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Actor");
    //: A column of the actor list: an actor's role or office ("Prime Minister")
    case RoleColumn: return tr("Role");
    //: A column of the actor list: what kind of actor it is (state, person, ...)
    case KindColumn: return tr("Kind");
    //: A column of the actor list: how many events the actor takes part in
    case EventCountColumn: return tr("Events");
    }
    return {};
}
