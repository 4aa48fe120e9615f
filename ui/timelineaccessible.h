// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>

#include <memory>
#include <vector>

class TimelineView;
class TimelineAccessibleItem;

// What a screen reader is told about the timeline, which paints its events itself and so has no
// child widgets for Qt to describe. The timeline is a chart whose children are the lanes on
// screen; a lane is a list of the events it shows in the visible window, each named by its title
// and described by its dates as written and its actors, selected and focused as the view's
// selection is. A lane drawn as a density strip lists instead how many events each period of
// the axis holds: "1,204 events, 2024".
//
// The children are made from the frame last painted and made again after a frame that shows
// another window, lane or dataset (TimelineView::frameSerial()), so that they are what a
// sighted user sees; the view announces such a change (ObjectReorder) and the selected event
// (Focus, Selection) when an assistive technology is listening.
class TimelineAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(TimelineAccessible)
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    // Makes Qt use this class for every TimelineView. Idempotent.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // The item of an event in a lane on screen (the first lane showing it when `lane` is -1),
    // or null when it is not shown.
    QAccessibleInterface *eventItem(int event, int lane = -1) const;

    TimelineView *view() const;

private:
    friend class TimelineAccessibleItem;
    // Makes the children again if the view painted another frame since they were made.
    void refresh() const;
    void clear() const;

    mutable quint64 m_serial = 0;
    mutable bool m_made = false;
    mutable std::vector<TimelineAccessibleItem *> m_lanes;
};
