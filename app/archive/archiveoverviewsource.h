// SPDX-License-Identifier: MIT
#pragma once

#include "archivequery.h"
#include "overviewsource.h"

#include <optional>
#include <utility>

class ClickHouseClient;

// The overview of an archive: its events per period under the filter, counted by the server
// (ArchiveQuery::periodCounts) in the calendar bins of the archive's whole span. One colour, not
// stacked by the group of each event's first actor as for a dataset in memory: that would read
// every event's actors (7 s at 100,000,000 events, where the begins alone take about 1 s).
// A dragged range is handed to the window (dateFilterAsked), which owns the filter's fields.
class ArchiveOverviewSource : public OverviewSource
{
    Q_OBJECT
public:
    explicit ArchiveOverviewSource(ClickHouseClient *client, QObject *parent = nullptr);

    // Forgets the span (an archive may have grown) and asks again.
    void open();
    void setFilter(const ArchiveFilter &filter);

    void askHistogram() override;
    void setDateFilter(const PartialDate &from, const PartialDate &to) override;

    // What went wrong with the last question; empty when it was answered.
    QString problem() const { return m_problem; }

signals:
    void dateFilterAsked(const PartialDate &from, const PartialDate &to);
    void failed(const QString &problem);

private:
    void askSpan();
    void askCounts();
    void fail(const QString &problem);

    ClickHouseClient *m_client;
    ArchiveFilter m_filter;
    std::optional<std::pair<qint64, qint64>> m_span; // the whole archive's, whatever the filter
    QString m_spanRequest;
    QString m_countsRequest;
    QString m_problem;
};
