// SPDX-License-Identifier: MIT
#include "textfolding.h"

QString TextFolding::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        // Transliteration marks (ʿayn U+02BF, hamza U+02BE, ʻokina U+02BB) and spacing accents
        // are modifier letters and symbols, not combining marks, yet no more part of a name
        // than accents are: "al-alul" finds "al-ʿĀlūl".
        if (c.unicode() >= 0x02B0 && c.unicode() <= 0x02FF
            && (category == QChar::Letter_Modifier || category == QChar::Symbol_Modifier))
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded();
}
