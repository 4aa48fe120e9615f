// SPDX-License-Identifier: MIT
#pragma once

#include "datasetcache.h"
#include "datasetloader.h"
#include "importoptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

// The dataset that is open now, shared by every view. Opening files replaces it only when the
// new load succeeds: a failed load leaves the open data untouched and hands back its messages.
class DatasetSession : public QObject
{
    Q_OBJECT
public:
    explicit DatasetSession(QObject *parent = nullptr);
    ~DatasetSession() override;

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    // The paths the open dataset came from, as given to open(), and how they were read (other
    // tools' formats: the options a reload reads them with again).
    QStringList paths() const { return m_paths; }
    ImportOptions importOptions() const { return m_options; }

    // Loads `paths`; on success makes it the open dataset and emits datasetChanged().
    LoadResult open(const QStringList &paths, const ImportOptions &options = {});
    // The same on a worker thread: the window keeps painting; progress() says how far it got,
    // cancelLoad() stops it (the open dataset stays), loadFinished() reports the outcome after
    // the dataset, if any, has been replaced. The newest request wins, whatever its kind: a new
    // load, background or not, abandons one that is running without waiting for it (its result
    // is dropped unseen and loadAbandoned() says so).
    enum class Purpose { Open, Reload };
    void openInBackground(const QStringList &paths, Purpose purpose = Purpose::Open,
                          const ImportOptions &options = {});
    // Reads the open files again, in the background: they changed on disk. A failure leaves the
    // open dataset as it is, like any other load.
    void reloadInBackground() { openInBackground(m_paths, Purpose::Reload, m_options); }
    // What the running (or just finished) background load is for.
    Purpose loadingPurpose() const { return m_loadingPurpose; }
    // True while datasetChanged() is emitted for a reload of the same files, so that views can
    // keep their zoom and selection instead of starting afresh.
    bool isReload() const { return m_changeIsReload; }
    void cancelLoad();
    bool isLoading() const { return m_loading != nullptr; }
    std::shared_ptr<const LoadProgress> progress() const { return m_progress; }
    QStringList loadingPaths() const { return m_loadingPaths; }
    ImportOptions loadingOptions() const { return m_loadingOptions; }

    // The dataset cache every load goes through (a reopen of unchanged files reads their image;
    // a successful load is kept in the background); none: the cache is off (--no-cache, the
    // setting). Off until set.
    void setCache(std::optional<DatasetCache> cache) { m_cache = std::move(cache); }
    const DatasetCache *cache() const { return m_cache ? &*m_cache : nullptr; }

    static QString samplePath();
    // Paths as a person reads them in a message: the file names, joined by commas.
    static QString describe(const QStringList &paths);

signals:
    void datasetChanged();
    void loadStarted();
    void loadFinished(const LoadResult &result);
    // The background load of `paths` was given up for a newer request; no loadFinished() follows.
    void loadAbandoned(const QStringList &paths);

private:
    void abandonLoad();

    std::shared_ptr<const Dataset> m_dataset;
    QStringList m_paths;
    ImportOptions m_options;
    // The running load's watcher; an abandoned one lives on, unheard, until its load ends. The
    // GUI thread never waits for a load, not even one that was cancelled.
    QFutureWatcher<LoadResult> *m_loading = nullptr;
    std::shared_ptr<LoadProgress> m_progress;
    QStringList m_loadingPaths;
    ImportOptions m_loadingOptions;
    Purpose m_loadingPurpose = Purpose::Open;
    bool m_changeIsReload = false;
    std::optional<DatasetCache> m_cache;
};
