// SPDX-License-Identifier: MIT
#pragma once

#include "actorcountsource.h"
#include "filterstate.h"

// The actors' counts of a dataset in memory: those the filter's result holds, as soon as it is
// the result for the dataset shown.
class DatasetActorCounts : public ActorCountSource
{
    Q_OBJECT
public:
    explicit DatasetActorCounts(FilterState *filter, QObject *parent = nullptr);

    void askCounts() override;

private:
    FilterState *m_filter;
};
