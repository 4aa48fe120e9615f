// SPDX-License-Identifier: MIT
#include "archiveactorcounts.h"

#include "clickhouseclient.h"

#include <climits>

ArchiveActorCounts::ArchiveActorCounts(ClickHouseClient *client, QObject *parent)
    : ActorCountSource(parent), m_client(client)
{
}

void ArchiveActorCounts::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    emit changed();
}

void ArchiveActorCounts::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
    emit changed();
}

void ArchiveActorCounts::askCounts()
{
    if (!m_request.isEmpty())
        m_client->cancel(m_request); // its answer is for a filter no longer shown
    m_request = m_client->send(
        ArchiveQuery::actorCounts(m_client->address(), m_filter),
        [this, dataset = m_dataset](const QByteArray &body, const QString &error) {
            m_request.clear();
            const auto counts = ArchiveQuery::readActorCounts(body);
            if (!error.isEmpty() || !counts) {
                m_problem = error.isEmpty() ? tr("The actors' counts could not be read.") : error;
                return; // the lanes say what is wrong with the server
            }
            std::vector<int> perActor(dataset->actors.size(), 0);
            for (const auto &[id, count] : *counts) {
                const int actor = dataset->actorIndex(id);
                if (actor >= 0)
                    perActor[size_t(actor)] = int(qMin<quint64>(count, quint64(INT_MAX)));
            }
            m_problem.clear();
            emit countsReady(perActor);
        });
}
