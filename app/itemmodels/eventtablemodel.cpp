// SPDX-License-Identifier: MIT
#include "eventtablemodel.h"
#include "plaintext.h"

#include "dateformat.h"

#include <QColor>

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_dataset(std::make_shared<const Dataset>())
{
}

void EventTableModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = dataset ? std::move(dataset) : std::make_shared<const Dataset>();
    m_colors = ActorColors(*m_dataset);
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_dataset->events.count();
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::actorNames(int event) const
{
    QStringList names;
    for (quint32 actor : m_dataset->events.actors(event))
        names << m_dataset->actors[actor].name;
    return names.join(QStringLiteral(", "));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventStore &events = m_dataset->events;
    const int event = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return DateFormat::boundedRange(events.start(event), events.startLatest(event),
                                            events.end(event), events.endLatest(event));
        case TitleColumn: return events.title(event);
        case ActorsColumn: return actorNames(event);
        case LocationColumn: return events.location(event);
        }
        break;
    case Qt::ToolTipRole: {
        const QString description = events.description(event);
        return PlainText::toolTip(description.isEmpty() ? events.title(event) : description);
    }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && !events.actors(event).empty())
            return m_colors.of(int(events.actors(event).front()));
        break;
    case EventIndexRole:
        return event;
    case BeginSecondRole:
        return events.beginSecond(event);
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Event");
    case ActorsColumn: return tr("Actors");
    case LocationColumn: return tr("Location");
    }
    return {};
}
