// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

// The colours of the timeline, for a light or a dark background. Actor colours are mid-tone;
// itemColor() adjusts them so that they read on either.
struct TimelineTheme
{
    QColor background;
    QColor alternateLane;
    QColor highlightedLane;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor majorGrid;
    QColor axisBackground;
    QColor headerBackground;
    QColor selection;
    QColor rangeSelection;
    // Tints the lanes where a stretch of time is squeezed into a break (TimeMapping::breaks):
    // see-through, so what is drawn there stays visible.
    QColor breakBand;
    // Periods behind the lanes: see-through tints, alternating between neighbours, and the
    // strip their titles sit in.
    QColor periodBand[2];
    QColor periodStrip;
    bool dark = false;

    static TimelineTheme light();
    static TimelineTheme darkTheme();
    // White and yellow on black, lines drawn bright, nothing faint: for readers who need the
    // most contrast (View > Theme > High Contrast, and a system high-contrast palette).
    static TimelineTheme highContrast();
    // The theme that matches a window palette: high contrast for white text on black, else
    // dark or light by the window's lightness.
    static TimelineTheme fromPalette(const QPalette &palette);

    QColor itemColor(const QColor &actorColor) const;
};
