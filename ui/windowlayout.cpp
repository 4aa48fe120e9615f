// SPDX-License-Identifier: MIT
#include "windowlayout.h"

#include <QCursor>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>

namespace WindowLayout {

QRect firstGeometry(const QRect &available)
{
    // A margin round the window shows it is a window (and leaves room for a title bar) without
    // wasting much; below the minimum the timeline and its docks get cramped, so a small screen
    // is filled rather than shared.
    const QSize minimum = QSize(1024, 640).boundedTo(available.size());
    const QSize size = (available.size() * 0.9).expandedTo(minimum);
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    return geometry;
}

QRect fitInto(const QRect &geometry, const QRect &available)
{
    if (available.contains(geometry))
        return geometry;
    QSize size = geometry.size();
    // Too large for this screen: no larger than a first start would make it, which leaves room
    // for a frame.
    if (size.width() > available.width() || size.height() > available.height())
        size = size.boundedTo(firstGeometry(available).size());
    QRect fitted(geometry.topLeft(), size);
    fitted.moveLeft(
        qBound(available.left(), fitted.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(qBound(available.top(), fitted.top(), available.bottom() - fitted.height() + 1));
    return fitted;
}

int bottomDockHeight(int windowHeight)
{
    // A quarter of the height lists a handful of events; the timeline above is what the window
    // is for. Bounds keep a few rows on a small window and stop the list growing on a tall one.
    return qBound(150, windowHeight / 4, 320);
}

int sideDockWidth(int windowWidth, int wanted)
{
    return qBound(windowWidth / 5, qMax(wanted, windowWidth * 27 / 100), windowWidth * 2 / 5);
}

bool placeWindow(QWidget *window, const QByteArray &savedGeometry)
{
    if (!window->restoreGeometry(savedGeometry)) {
        // With several screens, the one the user is looking at.
        const QScreen *on = QGuiApplication::screenAt(QCursor::pos());
        window->setGeometry(firstGeometry((on ? on : window->screen())->availableGeometry()));
        return true;
    }
    // Qt moves a window saved off every screen back onto one, but keeps its size: one saved on a
    // larger monitor would hang off this screen's edges.
    const QRect restored = window->geometry();
    const QScreen *on = QGuiApplication::screenAt(restored.center());
    const QRect fitted = fitInto(restored, (on ? on : window->screen())->availableGeometry());
    // Only then: the restore placed the window by its frame, setGeometry() places it by its inside.
    if (fitted != restored)
        window->setGeometry(fitted);
    return fitted.size() != restored.size();
}

void shareDocks(QMainWindow *window, QDockWidget *side, QDockWidget *belowSide, QDockWidget *bottom,
                int sideWanted)
{
    const auto resize = [window](QList<QDockWidget *> docks, QList<int> sizes, Qt::Orientation o) {
        for (qsizetype i = docks.size() - 1; i >= 0; --i) {
            if (docks[i]->isFloating()) { // a window of its own, out of the layout
                docks.removeAt(i);
                sizes.removeAt(i);
            }
        }
        window->resizeDocks(docks, sizes, o);
    };
    const QSize size = window->size();
    resize({side}, {sideDockWidth(size.width(), sideWanted)}, Qt::Horizontal);
    const int below = bottomDockHeight(size.height());
    resize({bottom}, {below}, Qt::Vertical);
    // The side's top dock is the one with something to show before the first click.
    const int column = size.height() - below;
    resize({side, belowSide}, {column * 7 / 10, column * 3 / 10}, Qt::Vertical);
}

} // namespace WindowLayout
