// SPDX-License-Identifier: MIT
#include "archiveeventlistmodel.h"

#include "clickhouseclient.h"
#include "dateformat.h"
#include "partialdate.h"

ArchiveEventListModel::ArchiveEventListModel(ClickHouseClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client)
{
}

void ArchiveEventListModel::setQuery(const ArchiveFilter &filter, qint64 t0, qint64 t1,
                                     qint64 longestEvent)
{
    if (!m_request.isEmpty()) {
        m_client->cancel(m_request);
        m_request.clear();
    }
    beginResetModel();
    m_filter = filter;
    m_t0 = t0;
    m_t1 = t1;
    m_longestEvent = longestEvent;
    m_hasQuery = true;
    m_events.clear();
    m_rowOfId.clear();
    m_complete = false;
    m_total.reset();
    m_problem.clear();
    endResetModel();
    // The count's filter is the list's span within the filter's dates.
    ArchiveFilter counted = filter;
    counted.from = qMax(filter.from, t0);
    counted.to = qMin(filter.to, t1);
    m_request = m_client->send(
        ArchiveQuery::eventCount(m_client->address(), counted, m_longestEvent),
        [this](const QByteArray &body, const QString &error) {
            m_request.clear();
            const auto count = ArchiveQuery::readCount(body);
            if (!error.isEmpty() || !count) {
                m_problem = error.isEmpty() ? tr("the archive answered with rows that cannot be read")
                                            : error;
                emit pageArrived();
                return;
            }
            m_total = *count;
            m_complete = *count == 0 || isTooManyToList();
            emit pageArrived();
            askNextPage();
        });
}

void ArchiveEventListModel::setActorNames(QHash<QString, QString> names)
{
    m_actorNames = std::move(names);
    if (!m_events.empty())
        emit dataChanged(index(0, ActorsColumn), index(rowCount() - 1, ActorsColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void ArchiveEventListModel::askNextPage()
{
    if (!m_hasQuery || !m_total || m_complete || !m_request.isEmpty())
        return;
    std::optional<ArchiveQuery::EventCursor> after;
    if (!m_events.empty())
        after = ArchiveQuery::EventCursor{m_events.back().beginSecond, m_events.back().id};
    m_request = m_client->send(
        ArchiveQuery::eventsMeeting(m_client->address(), m_filter, {}, m_t0, m_t1, m_pageSize,
                                    after, m_longestEvent),
        [this](const QByteArray &body, const QString &error) {
            // m_request stays set until the rows are in: a view (or a model tester) asking for
            // more while they are being inserted must not ask for this page again.
            const auto page = ArchiveQuery::readEvents(body);
            if (!error.isEmpty() || !page) {
                m_request.clear();
                m_problem = error.isEmpty() ? tr("the archive answered with rows that cannot be read")
                                            : error;
                emit pageArrived();
                return;
            }
            // A short page is the last one; so is one that brings the list to the count.
            m_complete = int(page->size()) < m_pageSize
                || quint64(rowCount()) + page->size() >= m_total.value_or(0);
            if (!page->empty()) {
                const int first = rowCount();
                beginInsertRows({}, first, first + int(page->size()) - 1);
                for (const ArchiveEvent &event : *page) {
                    m_rowOfId.insert(event.id, int(m_events.size()));
                    m_events.push_back(event);
                }
                endInsertRows();
            }
            m_request.clear();
            emit pageArrived();
        });
}

QString ArchiveEventListModel::actorNames(const ArchiveEvent &event) const
{
    QStringList names;
    for (const QString &actor : event.actors)
        names << m_actorNames.value(actor, actor);
    return names.join(QStringLiteral(", "));
}

int ArchiveEventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ArchiveEventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArchiveEventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArchiveEvent &event = m_events[size_t(index.row())];
    if (role == EventIdRole)
        return event.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return DateFormat::range(PartialDate::parse(event.start), PartialDate::parse(event.end));
    case TitleColumn:
        return event.title;
    case ActorsColumn:
        return actorNames(event);
    default:
        return {};
    }
}

QVariant ArchiveEventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case ActorsColumn:
        return tr("Actors");
    default:
        return {};
    }
}

bool ArchiveEventListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasQuery && m_total && !m_complete && m_request.isEmpty()
        && m_problem.isEmpty();
}

void ArchiveEventListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        askNextPage();
}
