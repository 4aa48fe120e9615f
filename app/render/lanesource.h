// SPDX-License-Identifier: MIT
#pragma once

#include "timemapping.h"

#include <QColor>
#include <QString>

#include <vector>

// What the timeline renderer may ask about lanes, and nothing more: which lanes there are, the
// events of a lane that meet [t0, t1), and how many events start in each pixel column where
// they are too dense to draw one by one. TimelineLanes answers from memory; an archive too
// large for memory can answer the same questions from a database.
class LaneSource
{
public:
    struct LaneInfo
    {
        QString title;
        QString subtitle;
        QColor color;
        int depth = 0;     // nesting level, for indentation
        int actor = -1;    // the actor a lane stands for, if any
        bool hasChildren = false;
        bool collapsed = false;
        // Rows of labels under the markers: a lane is as tall as its content needs, so a lane
        // of one event is short (TimelineGeometry::laneHeight).
        int labelRows = 2;
        int foldedMembers = 0; // members whose events this lane holds, folded into it
    };

    virtual ~LaneSource() = default;

    virtual int laneCount() const = 0;
    virtual const LaneInfo &laneInfo(int lane) const = 0;
    // How many events of the lane may meet [t0, t1) (an upper bound), and how many start in it
    // (a lower bound): both cheap, for choosing the level of detail.
    virtual qint64 countCandidates(int lane, qint64 t0, qint64 t1) const = 0;
    virtual qint64 countStarting(int lane, qint64 t0, qint64 t1) const = 0;
    // The events of the lane meeting [t0, t1), in time order (event indices into the store).
    virtual void visibleEvents(int lane, qint64 t0, qint64 t1, std::vector<quint32> *out) const = 0;
    // Per pixel column of `mapping` (0 .. columns-1), the number of events starting in it.
    virtual void countPerColumn(int lane, const TimeMapping &mapping, int columns,
                                std::vector<quint32> *out) const = 0;
};
