// SPDX-License-Identifier: MIT
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace UiLanguage {

namespace {

// The translators installed, kept so that another language replaces them.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

std::vector<Language> available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("ar"), QStringLiteral("العربية")}};
}

QString chosen(const QString &saved, const QStringList &systemLanguages)
{
    const std::vector<Language> languages = available();
    const auto ours = [&languages](const QString &code) {
        for (const Language &language : languages)
            if (language.code == code)
                return true;
        return false;
    };
    if (ours(saved))
        return saved;
    // "de-AT", "ar_EG", "en-US": the language part decides.
    for (const QString &system : systemLanguages) {
        const QString code = system.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (ours(code))
            return code;
    }
    return QStringLiteral("en");
}

bool install(const QString &code, const QStringList &parts)
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    bool complete = true;
    const auto add = [](std::unique_ptr<QTranslator> translator) {
        QCoreApplication::installTranslator(translator.get());
        installed().push_back(std::move(translator));
    };
    for (const QString &part : parts) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/tideline_%1_%2.qm").arg(part, code)))
            add(std::move(translator));
        else
            complete = false;
    }
    // Qt's own strings (standard buttons, file dialogs), from the system's Qt translations.
    if (code != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            add(std::move(qt));
    }
    // The system's own locale when it is in this language (en_GB writes dates its own way, de_AT
    // its own month names), else the language's usual one.
    const QLocale system = QLocale::system();
    const bool systemsLanguage = system.name().section(u'_', 0, 0) == code
        || (code == QLatin1String("en") && system.language() == QLocale::C);
    QLocale::setDefault(systemsLanguage ? system : QLocale(code));
    return complete;
}

} // namespace UiLanguage
