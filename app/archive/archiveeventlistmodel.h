// SPDX-License-Identifier: MIT
#pragma once

#include "archivequery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

class ClickHouseClient;

// The archive's events in a span of time under a filter, as a list in time order: a page at a
// time, asked for when the view scrolls to the end of what it has (canFetchMore/fetchMore), so
// a window holding millions of events lists its first ones at once and never holds them all.
// A new span or filter drops the list and asks again; an answer to an older one is dropped.
class ArchiveEventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1 };

    ArchiveEventListModel(ClickHouseClient *client, QObject *parent = nullptr);

    // The events meeting [t0, t1) that pass the filter.
    void setQuery(const ArchiveFilter &filter, qint64 t0, qint64 t1);
    // How actors are named in the list (by id); an actor without a name shows its id.
    void setActorNames(QHash<QString, QString> names);
    void setPageSize(int events) { m_pageSize = qMax(1, events); }
    int pageSize() const { return m_pageSize; }

    int rowOfEvent(const QString &id) const { return m_rowOfId.value(id, -1); }
    const ArchiveEvent &eventAt(int row) const { return m_events[size_t(row)]; }
    // A page has been asked for and has not arrived.
    bool isFetching() const { return !m_request.isEmpty(); }
    // Every event of the span and filter is listed.
    bool isComplete() const { return m_complete; }
    QString problem() const { return m_problem; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    // A page has been added (or the list found complete), or the server failed (problem()).
    void pageArrived();

private:
    void askNextPage();
    QString actorNames(const ArchiveEvent &event) const;

    ClickHouseClient *m_client;
    ArchiveFilter m_filter;
    qint64 m_t0 = 0;
    qint64 m_t1 = 0;
    bool m_hasQuery = false;
    int m_pageSize = 200;
    std::vector<ArchiveEvent> m_events;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QString> m_actorNames;
    QString m_request; // the page being asked for
    bool m_complete = false;
    QString m_problem;
};
