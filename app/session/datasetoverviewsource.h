// SPDX-License-Identifier: MIT
#pragma once

#include "filterstate.h"
#include "overviewsource.h"

// The overview of a dataset in memory: its histogram counted from the filter's result, at once
// below the filter's worker threshold, else on a worker; a dragged range becomes the filter's
// dates.
class DatasetOverviewSource : public OverviewSource
{
    Q_OBJECT
public:
    explicit DatasetOverviewSource(FilterState *filter, QObject *parent = nullptr);

    void askHistogram() override;
    void setDateFilter(const PartialDate &from, const PartialDate &to) override;

private:
    FilterState *m_filter;
    quint64 m_generation = 0; // one per ask: a histogram counted for an older one is dropped
};
