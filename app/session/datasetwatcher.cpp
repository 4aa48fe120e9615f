// SPDX-License-Identifier: MIT
#include "datasetwatcher.h"

#include <QDir>
#include <QFileInfo>

DatasetWatcher::DatasetWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DatasetWatcher::touched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DatasetWatcher::touched);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        rewatch();
        emit changed();
    });
}

void DatasetWatcher::watch(const QStringList &paths)
{
    m_settle.stop();
    const QStringList old = m_watcher.files() + m_watcher.directories();
    if (!old.isEmpty())
        m_watcher.removePaths(old);
    m_paths.clear();
    for (const QString &path : paths) {
        if (!path.startsWith(u':'))
            m_paths << path;
    }
    rewatch();
}

void DatasetWatcher::touched()
{
    // Every write restarts the wait: a file being written arrives as many changes.
    m_settle.start();
}

void DatasetWatcher::rewatch()
{
    QStringList wanted;
    for (const QString &path : std::as_const(m_paths)) {
        const QFileInfo info(path);
        if (!info.exists())
            continue; // gone for now; looked for again at the next change
        wanted << path;
        if (info.isDir()) {
            // A folder stands for its .json files: watch them too, for edits in place.
            const QDir dir(path);
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
                wanted << dir.filePath(name);
        }
    }
    const QStringList current = m_watcher.files() + m_watcher.directories();
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!current.contains(path))
            missing << path;
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
}
