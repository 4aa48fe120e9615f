// SPDX-License-Identifier: MIT
#pragma once

#include "actorcountsource.h"
#include "archivequery.h"
#include "dataset.h"

#include <memory>

class ClickHouseClient;

// The actors' counts of an archive, asked of the server under the filter (from the daily counts
// when nothing filters: ArchiveQuery::actorCounts), and indexed as the actors of the dataset
// pushed beside the events. An actor the archive has no events for counts 0.
class ArchiveActorCounts : public ActorCountSource
{
    Q_OBJECT
public:
    explicit ArchiveActorCounts(ClickHouseClient *client, QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setFilter(const ArchiveFilter &filter);
    void askCounts() override;

    // What went wrong with the last question; empty when it was answered.
    QString problem() const { return m_problem; }

private:
    ClickHouseClient *m_client;
    std::shared_ptr<const Dataset> m_dataset = std::make_shared<const Dataset>();
    ArchiveFilter m_filter;
    QString m_request;
    QString m_problem;
};
