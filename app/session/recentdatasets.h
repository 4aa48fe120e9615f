// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSettings>
#include <QStringList>

// File → Open Recent: the datasets opened last, newest first, each the list of paths it was
// opened from (a dataset may be several files or a folder), kept in the settings. The window
// shows them as a menu.
namespace RecentDatasets {

constexpr int maximum = 8;

QList<QStringList> load(const QSettings &settings);
// Puts `paths` (made absolute) first; an entry already there moves up, the oldest beyond
// `maximum` goes.
void remember(QSettings &settings, const QStringList &paths);
void clear(QSettings &settings);

// File → Recent Archives: archive addresses as text (ArchiveAddress::toString, which never holds
// a password), newest first, at most `maximum`.
QStringList loadArchives(const QSettings &settings);
void rememberArchive(QSettings &settings, const QString &address);
void clearArchives(QSettings &settings);

} // namespace RecentDatasets
