// SPDX-License-Identifier: MIT
#include "archiveoverviewsource.h"

#include "clickhouseclient.h"

#include <algorithm>
#include <climits>

ArchiveOverviewSource::ArchiveOverviewSource(ClickHouseClient *client, QObject *parent)
    : OverviewSource(parent), m_client(client)
{
}

void ArchiveOverviewSource::open()
{
    for (QString *request : {&m_spanRequest, &m_countsRequest}) {
        if (!request->isEmpty())
            m_client->cancel(*request);
        request->clear();
    }
    m_span.reset();
    emit changed();
}

void ArchiveOverviewSource::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
    emit changed();
}

void ArchiveOverviewSource::askHistogram()
{
    if (m_span)
        askCounts();
    else if (m_spanRequest.isEmpty())
        askSpan(); // the counts follow it
}

void ArchiveOverviewSource::askSpan()
{
    m_spanRequest = m_client->send(
        ArchiveQuery::span(m_client->address(), {}),
        [this](const QByteArray &body, const QString &error) {
            m_spanRequest.clear();
            const auto span = ArchiveQuery::readSpan(body);
            if (!error.isEmpty() || !span) {
                fail(error.isEmpty() ? tr("The archive's span could not be read.") : error);
                return;
            }
            m_span = *span;
            askCounts();
        });
}

void ArchiveOverviewSource::askCounts()
{
    if (!m_countsRequest.isEmpty())
        m_client->cancel(m_countsRequest); // its answer is for a filter no longer shown
    m_countsRequest.clear();
    if (*m_span == std::pair<qint64, qint64>(0, 0)) { // no events at all
        m_problem.clear();
        emit histogramReady({});
        return;
    }
    OverviewHistogram histogram = OverviewHistogram::binsFor(m_span->first, m_span->second);
    m_countsRequest = m_client->send(
        ArchiveQuery::periodCounts(m_client->address(), m_filter, histogram.step),
        [this, histogram = std::move(histogram)](const QByteArray &body,
                                                  const QString &error) mutable {
            m_countsRequest.clear();
            const auto counts = ArchiveQuery::readPeriodCounts(body);
            if (!error.isEmpty() || !counts) {
                fail(error.isEmpty() ? tr("The archive's events per period could not be read.")
                                     : error);
                return;
            }
            //: The one series of an archive's overview: every event that passes the filter
            OverviewHistogram::Group events{tr("Events"), QColor(0x4f7cac),
                                            std::vector<int>(size_t(histogram.binCount()), 0)};
            for (const auto &[key, count] : *counts) {
                const int bin = histogram.binOf(ArchiveQuery::periodStart(histogram.step, key));
                int &binCount = events.counts[size_t(bin)];
                binCount = int(qMin<quint64>(quint64(binCount) + count, quint64(INT_MAX)));
            }
            histogram.peak = events.counts.empty()
                ? 0
                : *std::max_element(events.counts.begin(), events.counts.end());
            if (histogram.peak > 0)
                histogram.groups.push_back(std::move(events));
            m_problem.clear();
            emit histogramReady(histogram);
        });
}

void ArchiveOverviewSource::setDateFilter(const PartialDate &from, const PartialDate &to)
{
    emit dateFilterAsked(from, to);
}

void ArchiveOverviewSource::fail(const QString &problem)
{
    m_problem = problem;
    emit failed(problem);
}
