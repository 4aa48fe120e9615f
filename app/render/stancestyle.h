// SPDX-License-Identifier: MIT
#pragma once

#include "datasetvocabulary.h"

#include <QColor>

// How stances look wherever they are shown: a badge colour that white text reads on (contrast
// of at least 4.5:1, on light and dark windows alike), and an order for charts, from opposing to
// supporting, with "unclear" apart at the top. The badge always carries the stance's name too:
// colour is never the only sign.
namespace StanceStyle {

QColor badgeColor(Stance stance);
inline QColor badgeTextColor() { return QColor(Qt::white); }
int ordinal(Stance stance);      // 0 opposes … 3 supports, 4 unclear
Stance fromOrdinal(int ordinal);
constexpr int ordinalCount = 5;

} // namespace StanceStyle
