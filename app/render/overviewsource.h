// SPDX-License-Identifier: MIT
#pragma once

#include "overviewhistogram.h"
#include "partialdate.h"

#include <QObject>

// What the overview chart may ask about the events, and nothing more: their histogram over the
// whole span, under the filter, and narrowing the filter to a range of dates dragged on it. The
// histogram comes through histogramReady(): at once or from a worker for a dataset in memory
// (DatasetOverviewSource), from the server for an archive (ArchiveOverviewSource). Nothing
// waits for it.
class OverviewSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Asks for the histogram of the events the filter passes now. Only the newest answer is
    // delivered: one asked for before is dropped if it comes later.
    virtual void askHistogram() = 0;
    // Narrows the filter to [from, to], each as exact as the overview's bins.
    virtual void setDateFilter(const PartialDate &from, const PartialDate &to) = 0;

signals:
    // What the histogram counts has changed (a new dataset, filter or archive): ask again.
    void changed();
    void histogramReady(const OverviewHistogram &histogram);
};
