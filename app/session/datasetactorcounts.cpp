// SPDX-License-Identifier: MIT
#include "datasetactorcounts.h"

DatasetActorCounts::DatasetActorCounts(FilterState *filter, QObject *parent)
    : ActorCountSource(parent), m_filter(filter)
{
    connect(m_filter, &FilterState::resultChanged, this, &ActorCountSource::changed);
}

void DatasetActorCounts::askCounts()
{
    const auto result = m_filter->result();
    if (result && result->totalEvents == m_filter->dataset()->events.count())
        emit countsReady(result->actorEventCounts);
    // else a result for the previous dataset: the next one is on its way (resultChanged)
}
