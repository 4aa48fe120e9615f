// SPDX-License-Identifier: MIT
#pragma once

#include "archivequery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

#include <vector>

class ClickHouseClient;

// The archive's events in a span of time under a filter, as a list in time order: a page at a
// time, asked for when the view scrolls to the end of what it has (canFetchMore/fetchMore), so
// a window holding millions of events lists its first ones at once and never holds them all.
// A new span or filter drops the list and asks again; an answer to an older one is dropped.
// The events are counted first: sorting a span of many millions to find its first page keeps the
// server busy for seconds (8.7 s for 100 million), so above maxListed() the list stays empty and
// says how many there are; the timeline shows them as counts anyway.
class ArchiveEventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1 };

    ArchiveEventListModel(ClickHouseClient *client, QObject *parent = nullptr);

    // The events meeting [t0, t1) that pass the filter; `longestEvent` as the lane source has it
    // (ArchiveLaneSource::longestEvent(), -1 when not known) narrows what the server reads.
    void setQuery(const ArchiveFilter &filter, qint64 t0, qint64 t1, qint64 longestEvent = -1);
    // How actors are named in the list (by id); an actor without a name shows its id.
    void setActorNames(QHash<QString, QString> names);
    void setPageSize(int events) { m_pageSize = qMax(1, events); }
    static constexpr quint64 defaultMaxListed = 2'000'000;
    void setMaxListed(quint64 events) { m_maxListed = events; }
    quint64 maxListed() const { return m_maxListed; }
    // How many events the span and filter hold (once counted), and whether that is too many to
    // list.
    std::optional<quint64> total() const { return m_total; }
    bool isTooManyToList() const { return m_total && *m_total > m_maxListed; }
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
    // The events have been counted (total()), a page has been added (or the list found
    // complete), or the server failed (problem()).
    void pageArrived();

private:
    void askNextPage();
    QString actorNames(const ArchiveEvent &event) const;

    ClickHouseClient *m_client;
    ArchiveFilter m_filter;
    qint64 m_t0 = 0;
    qint64 m_t1 = 0;
    qint64 m_longestEvent = -1;
    bool m_hasQuery = false;
    int m_pageSize = 200;
    quint64 m_maxListed = defaultMaxListed;
    std::optional<quint64> m_total;
    std::vector<ArchiveEvent> m_events;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QString> m_actorNames;
    QString m_request; // the page being asked for
    bool m_complete = false;
    QString m_problem;
};
