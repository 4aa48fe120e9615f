// SPDX-License-Identifier: MIT
#include "timelinetheme.h"

TimelineTheme TimelineTheme::light()
{
    TimelineTheme theme;
    theme.background = QColor(0xffffff);
    theme.alternateLane = QColor(0xf5f7fa);
    theme.highlightedLane = QColor(0xfff4d6);
    theme.text = QColor(0x1d2329);
    theme.mutedText = QColor(0x5f6b77);
    theme.grid = QColor(0xe6e9ee);
    theme.majorGrid = QColor(0xc3cad3);
    theme.axisBackground = QColor(0xeef1f5);
    theme.headerBackground = QColor(0xf8f9fb);
    theme.selection = QColor(0xe0a100);
    theme.rangeSelection = QColor(60, 120, 200, 50);
    theme.breakBand = QColor(95, 107, 119, 36);
    theme.periodBand[0] = QColor(64, 120, 200, 30);
    theme.periodBand[1] = QColor(200, 140, 40, 30);
    theme.periodStrip = QColor(0xf4f6f9);
    return theme;
}

TimelineTheme TimelineTheme::darkTheme()
{
    TimelineTheme theme;
    theme.dark = true;
    theme.background = QColor(0x24272b);
    theme.alternateLane = QColor(0x2b2f34);
    theme.highlightedLane = QColor(0x3d3a2a);
    theme.text = QColor(0xe8eaed);
    theme.mutedText = QColor(0xa4acb6);
    theme.grid = QColor(0x33373d);
    theme.majorGrid = QColor(0x4a5058);
    theme.axisBackground = QColor(0x1c1f22);
    theme.headerBackground = QColor(0x202326);
    theme.selection = QColor(0xffc233);
    theme.rangeSelection = QColor(120, 170, 240, 60);
    theme.breakBand = QColor(164, 172, 182, 36);
    theme.periodBand[0] = QColor(110, 160, 240, 34);
    theme.periodBand[1] = QColor(240, 180, 80, 30);
    theme.periodStrip = QColor(0x212427);
    return theme;
}

TimelineTheme TimelineTheme::highContrast()
{
    TimelineTheme theme;
    theme.dark = true;
    theme.background = QColor(Qt::black);
    theme.alternateLane = QColor(0x0d0d0d);
    theme.highlightedLane = QColor(0x33330a);
    theme.text = QColor(0xffffff);
    theme.mutedText = QColor(0xd8d8d8);
    theme.grid = QColor(0x5c5c5c);
    theme.majorGrid = QColor(0xa6a6a6);
    theme.axisBackground = QColor(Qt::black);
    theme.headerBackground = QColor(Qt::black);
    theme.selection = QColor(0xffff00);
    theme.rangeSelection = QColor(255, 255, 0, 70);
    theme.breakBand = QColor(255, 255, 255, 40);
    theme.periodBand[0] = QColor(0, 200, 255, 45);
    theme.periodBand[1] = QColor(255, 200, 0, 45);
    theme.periodStrip = QColor(Qt::black);
    return theme;
}

TimelineTheme TimelineTheme::fromPalette(const QPalette &palette)
{
    const float window = palette.color(QPalette::Window).lightnessF();
    const float text = palette.color(QPalette::WindowText).lightnessF();
    if (window < 0.05f && text > 0.95f)
        return highContrast();
    return window < 0.5f ? darkTheme() : light();
}

QColor TimelineTheme::itemColor(const QColor &actorColor) const
{
    if (!actorColor.isValid())
        return dark ? QColor(0x9aa7b5) : QColor(0x55606b);
    // Lift dark colours on a dark background, deepen light ones on a light background.
    const float lightness = actorColor.lightnessF();
    if (dark && lightness < 0.55f)
        return actorColor.lighter(100 + int((0.6f - lightness) * 150));
    if (!dark && lightness > 0.6f)
        return actorColor.darker(100 + int((lightness - 0.55f) * 150));
    return actorColor;
}
