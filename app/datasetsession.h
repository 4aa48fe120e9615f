// SPDX-License-Identifier: MIT
#pragma once

#include "datasetloader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

// The dataset that is open now, shared by every view. Opening files replaces it only when the
// new load succeeds: a failed load leaves the open data untouched and hands back its messages.
class DatasetSession : public QObject
{
    Q_OBJECT
public:
    explicit DatasetSession(QObject *parent = nullptr);
    ~DatasetSession() override;

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    // The paths the open dataset came from, as given to open().
    QStringList paths() const { return m_paths; }

    // Loads `paths`; on success makes it the open dataset and emits datasetChanged().
    LoadResult open(const QStringList &paths);
    // The same on a worker thread: the window keeps painting; progress() says how far it got,
    // cancelLoad() stops it (the open dataset stays), loadFinished() reports the outcome after
    // the dataset, if any, has been replaced. A new load cancels one that is running.
    enum class Purpose { Open, Reload };
    void openInBackground(const QStringList &paths, Purpose purpose = Purpose::Open);
    // Reads the open files again, in the background: they changed on disk. A failure leaves the
    // open dataset as it is, like any other load.
    void reloadInBackground() { openInBackground(m_paths, Purpose::Reload); }
    // What the running (or just finished) background load is for.
    Purpose loadingPurpose() const { return m_loadingPurpose; }
    // True while datasetChanged() is emitted for a reload of the same files, so that views can
    // keep their zoom and selection instead of starting afresh.
    bool isReload() const { return m_changeIsReload; }
    void cancelLoad();
    bool isLoading() const { return m_loading.isRunning(); }
    std::shared_ptr<const LoadProgress> progress() const { return m_progress; }
    QStringList loadingPaths() const { return m_loadingPaths; }

    static QString samplePath();

signals:
    void datasetChanged();
    void loadStarted();
    void loadFinished(const LoadResult &result);

private:
    std::shared_ptr<const Dataset> m_dataset;
    QStringList m_paths;
    QFutureWatcher<LoadResult> m_loading;
    std::shared_ptr<LoadProgress> m_progress;
    QStringList m_loadingPaths;
    Purpose m_loadingPurpose = Purpose::Open;
    bool m_changeIsReload = false;
};
