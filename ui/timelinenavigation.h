// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QKeyEvent;
class QWheelEvent;
class VisibleWindow;

// The wheel and the keys that move through time and lanes, the same in every timeline on screen
// (the file timeline, an archive's): the conventions of timeline and profiler viewers.
namespace TimelineNavigation {

// One notch of a mouse wheel (120 units) zooms by this factor; + and - by keyZoomFactor.
constexpr double wheelZoomPerNotch = 1.25;
constexpr double keyZoomFactor = 1.5;

// How a view scrolls its lanes (by pixels, up is negative) and by how much a step goes.
struct Lanes
{
    std::function<void(int pixels)> scrollBy;
    int singleStep = 0;
    int pageStep = 0;
};

// Shift+wheel scrolls the lanes, a sideways swipe pans, the wheel zooms around the pointer
// (`timelineX`: the pointer's x in the time axis' coordinates).
void wheel(QWheelEvent *event, VisibleWindow *window, double timelineX, const Lanes &lanes);

// + (or =) and - zoom around the middle of `timelineWidth`, the arrows pan an eighth of it and
// scroll the lanes a step, Page Up and Page Down a page. False for any other key.
bool key(const QKeyEvent *event, VisibleWindow *window, int timelineWidth, const Lanes &lanes);

} // namespace TimelineNavigation
