// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>

class QByteArray;
class QDockWidget;
class QMainWindow;
class QWidget;

// How the main window shares out the screen it opens on: its first size and place, and the room
// the docks take beside and below the timeline. Everything is a share of the screen or of the
// window, not a pixel count, so that a laptop and a large monitor both open on a timeline that
// has most of the room.
namespace WindowLayout {

// The window the first time it opens on a screen whose free area (less its panels) is
// `available`: most of it, centred, never larger than it.
QRect firstGeometry(const QRect &available);
// `geometry` moved, and shrunk where it must be, to lie inside `available`: a window saved on a
// larger screen, or on one since unplugged, comes back whole.
QRect fitInto(const QRect &geometry, const QRect &available);
// The event list's height below the timeline, for a window this tall.
int bottomDockHeight(int windowHeight);
// The side column's width for a window this wide: a share of it, at least `wanted` (what its
// contents need) while the timeline keeps most of the width.
int sideDockWidth(int windowWidth, int wanted);

// Gives `window` its saved geometry, brought onto a screen whole, or a first start's on the
// screen the pointer is on. Returns whether the docks must be shared out anew (see shareDocks):
// when there was no saved size, or it had to shrink to fit.
bool placeWindow(QWidget *window, const QByteArray &savedGeometry);
// Sizes the docks as shares of the window: `side` (with `belowSide` under it) at least
// `sideWanted` wide, `bottom` a modest height; the central widget gets the rest.
void shareDocks(QMainWindow *window, QDockWidget *side, QDockWidget *belowSide, QDockWidget *bottom,
                int sideWanted);

} // namespace WindowLayout
