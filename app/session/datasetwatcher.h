// SPDX-License-Identifier: MIT
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Watches the files (and folders) a dataset was read from and says when they have changed on
// disk, once the writing has settled. Editors that save by writing a new file and renaming it
// over the old one make the watcher lose the path; it is watched again as soon as it is back.
class DatasetWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DatasetWatcher(QObject *parent = nullptr);

    // Replaces what is watched. Qt resource paths (":/...") never change and are skipped.
    void watch(const QStringList &paths);
    QStringList watched() const { return m_paths; }
    // How long the files must stay unchanged before changed() is emitted.
    void setSettleTime(int milliseconds) { m_settle.setInterval(milliseconds); }

signals:
    void changed();

private:
    void touched();
    void rewatch();

    QFileSystemWatcher m_watcher;
    QStringList m_paths;
    QTimer m_settle;
};
