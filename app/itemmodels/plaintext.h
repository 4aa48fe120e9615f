// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Text from a dataset is data, never markup. Most widgets can be told Qt::PlainText; the places
// below cannot, and guess or always parse rich text, so dataset text is prepared for them here.
namespace PlainText {

// For a tooltip (Qt guesses rich text from a leading tag): escaped inside a paragraph that
// keeps line breaks, so "<b>x</b>" reads as written and long text still wraps.
QString toolTip(const QString &text);

// For places that always parse HTML (Qt Charts titles and legend labels).
QString forHtml(const QString &text);

// For QAction and button texts, where '&' marks a shortcut letter: "R&D" stays "R&D".
QString forMnemonic(const QString &text);

// What a rich-text string shows, as plain text: for tests and accessibility.
QString shownText(const QString &richText);

} // namespace PlainText
