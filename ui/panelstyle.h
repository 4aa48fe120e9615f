// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QPalette;
class QTextBrowser;

// The style of the text panels' HTML, from the panel's palette. Text of secondary importance
// (`class='muted'`) is in the palette's placeholder colour, brought toward the text colour as
// far as it takes to read at 4.5:1 on the background: a fixed `color:gray` was hard to read on a
// dark window.
namespace PanelStyle {

constexpr double minimumContrast = 4.5; // WCAG 2 AA, for text of ordinary size

// WCAG 2's contrast ratio of two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);
QColor mutedColor(const QPalette &palette);
// Sets the panel's style sheet; set it again when the palette changes, then set the HTML anew
// (the document applies its default style sheet as HTML is set).
void apply(QTextBrowser *panel);

} // namespace PanelStyle
