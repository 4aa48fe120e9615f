// SPDX-License-Identifier: MIT
#include "recentdatasets.h"

#include <QFileInfo>

namespace {

const char *key = "recentDatasets";
const char *archivesKey = "recentArchives";
// A multi-file entry is stored as one string joined by a character that cannot occur in a path.
const QChar pathSeparator = QChar(0x1F);

} // namespace

QList<QStringList> RecentDatasets::load(const QSettings &settings)
{
    QList<QStringList> datasets;
    for (const QString &entry : settings.value(key).toStringList()) {
        const QStringList paths = entry.split(pathSeparator, Qt::SkipEmptyParts);
        if (!paths.isEmpty() && datasets.size() < maximum)
            datasets << paths;
    }
    return datasets;
}

void RecentDatasets::remember(QSettings &settings, const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QFileInfo(path).absoluteFilePath();
    const QString entry = absolute.join(pathSeparator);
    QStringList recent = settings.value(key).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > maximum)
        recent.removeLast();
    settings.setValue(key, recent);
}

void RecentDatasets::clear(QSettings &settings)
{
    settings.remove(key);
}

QStringList RecentDatasets::loadArchives(const QSettings &settings)
{
    QStringList archives = settings.value(archivesKey).toStringList();
    archives.removeAll(QString());
    while (archives.size() > maximum)
        archives.removeLast();
    return archives;
}

void RecentDatasets::rememberArchive(QSettings &settings, const QString &address)
{
    QStringList recent = settings.value(archivesKey).toStringList();
    recent.removeAll(address);
    recent.prepend(address);
    while (recent.size() > maximum)
        recent.removeLast();
    settings.setValue(archivesKey, recent);
}

void RecentDatasets::clearArchives(QSettings &settings)
{
    settings.remove(archivesKey);
}
