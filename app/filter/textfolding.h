// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Text as search compares it: case-folded, accents, combining and transliteration marks removed
// (so "al-alul" finds "al-ʿĀlūl", and vowel points in Arabic and Hebrew do not matter); compatibility
// forms unified. Used by every search field and the text filter.
namespace TextFolding {

QString fold(const QString &text);

} // namespace TextFolding
