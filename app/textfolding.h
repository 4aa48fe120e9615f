// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Text as search compares it: case-folded, accents and other combining marks removed (so
// "Aloul" finds "al-ʿAlūl" and vowel points in Arabic and Hebrew do not matter), compatibility
// forms unified. Used by every search field and, later, the text filter.
namespace TextFolding {

QString fold(const QString &text);

} // namespace TextFolding
