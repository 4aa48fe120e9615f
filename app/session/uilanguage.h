// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

// The languages Tideline's own text is translated into, and putting one in place: Tideline's
// translations (embedded under :/i18n, one file for the core's strings and one for the
// widgets'), Qt's own for its dialogs and buttons when the system has them, and the default
// QLocale, so that month names and digits follow the language while the data's dates stay as
// exact as they are.
namespace UiLanguage {

struct Language
{
    QString code;       // "en", "de", "ar"
    QString nativeName; // as its readers write it: "Deutsch", "العربية"
};

std::vector<Language> available();

// The language to use: `saved` when it is one of ours, else the first of the system's UI
// languages that is, else English.
QString chosen(const QString &saved,
               const QStringList &systemLanguages = QLocale::system().uiLanguages());

// Puts `code`'s translations of `parts` ("core", "ui") in place, replacing those an earlier call
// put there, and makes its locale the default. Call with a QCoreApplication alive. False when a
// file of ours is missing (the strings stay English then).
bool install(const QString &code, const QStringList &parts);

} // namespace UiLanguage
