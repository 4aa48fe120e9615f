// SPDX-License-Identifier: MIT
#include "timelinenavigation.h"

#include "visiblewindow.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <cmath>

void TimelineNavigation::wheel(QWheelEvent *event, VisibleWindow *window, double timelineX,
                               const Lanes &lanes)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel scrolls the lanes (some systems turn it into a horizontal delta).
        const int steps = delta.y() != 0 ? delta.y() : delta.x();
        lanes.scrollBy(-steps * lanes.singleStep / 120);
    } else if (std::abs(delta.x()) > std::abs(delta.y())) {
        // A sideways swipe on a touchpad pans.
        window->panByPixels(event->pixelDelta().isNull() ? delta.x() / 2.0
                                                         : event->pixelDelta().x());
    } else if (delta.y() != 0) {
        window->zoomAround(timelineX, std::pow(wheelZoomPerNotch, delta.y() / 120.0));
    }
    event->accept();
}

bool TimelineNavigation::key(const QKeyEvent *event, VisibleWindow *window, int timelineWidth,
                             const Lanes &lanes)
{
    const int pan = timelineWidth / 8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        window->zoomAround(timelineWidth / 2.0, keyZoomFactor);
        return true;
    case Qt::Key_Minus:
        window->zoomAround(timelineWidth / 2.0, 1.0 / keyZoomFactor);
        return true;
    case Qt::Key_Left:
        window->panByPixels(pan);
        return true;
    case Qt::Key_Right:
        window->panByPixels(-pan);
        return true;
    case Qt::Key_Up:
        lanes.scrollBy(-lanes.singleStep);
        return true;
    case Qt::Key_Down:
        lanes.scrollBy(lanes.singleStep);
        return true;
    case Qt::Key_PageUp:
        lanes.scrollBy(-lanes.pageStep);
        return true;
    case Qt::Key_PageDown:
        lanes.scrollBy(lanes.pageStep);
        return true;
    default:
        return false;
    }
}
