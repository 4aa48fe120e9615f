// SPDX-License-Identifier: MIT
#include "settingscheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace {

// SettingsCheck is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct SettingsCheckText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCheck)
};

// Qt's INI reader takes much junk without complaint (and reports what it rejects only to the
// first reader), so a settings file that is not even text is caught here.
bool looksLikeText(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() > (1 << 20) || !file.open(QIODevice::ReadOnly))
        return true; // absent, or too big to be ours: left to QSettings
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    utf8.decode(bytes);
    return !utf8.hasError() && !bytes.contains('\0');
}

} // namespace

QString SettingsCheck::problem(QSettings::Status status, QSettings &settings)
{
    if (status != QSettings::NoError || !looksLikeText(settings.fileName()))
        return SettingsCheckText::tr(
                   "The settings file %1 could not be read; Tideline starts with its defaults and "
                   "will write a new file when a setting changes.")
            .arg(QDir::toNativeSeparators(settings.fileName()));
    const QVariant stored = settings.value(QStringLiteral("settings/version"));
    bool isNumber = false;
    const int version = stored.toInt(&isNumber);
    if (!stored.isValid()) {
        settings.setValue(QStringLiteral("settings/version"), currentVersion);
        return {};
    }
    if (!isNumber || version > currentVersion)
        return SettingsCheckText::tr(
                   "These settings were written by a newer Tideline (version %1); those this "
                   "version does not understand are ignored.")
            .arg(stored.toString());
    return {};
}
