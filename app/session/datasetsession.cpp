// SPDX-License-Identifier: MIT
#include "datasetsession.h"

#include "cachedload.h"
#include "workerpool.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

DatasetSession::DatasetSession(QObject *parent)
    : QObject(parent), m_dataset(std::make_shared<const Dataset>())
{
}

// A load still running goes on to its end on the worker (it owns copies of all it reads) and its
// result is dropped; nothing here waits for it.
DatasetSession::~DatasetSession()
{
    if (m_progress)
        m_progress->cancel();
}

void DatasetSession::openInBackground(const QStringList &paths, Purpose purpose,
                                      const ImportOptions &options)
{
    abandonLoad();
    m_progress = std::make_shared<LoadProgress>();
    m_loadingPaths = paths;
    m_loadingOptions = options;
    m_loadingPurpose = purpose;
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    m_loading = watcher;
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_loading)
            return; // abandoned for a newer request
        m_loading = nullptr;
        const LoadResult result = watcher->result();
        if (result.ok()) {
            m_dataset = result.dataset;
            m_paths = m_loadingPaths;
            m_options = m_loadingOptions;
            m_changeIsReload = m_loadingPurpose == Purpose::Reload;
            emit datasetChanged();
            m_changeIsReload = false;
        }
        emit loadFinished(result);
    });
    emit loadStarted();
    watcher->setFuture(WorkerPool::run(WorkerPool::instance(),
        [paths, options, progress = m_progress, cache = m_cache] {
            return CachedLoad::load(paths, options, progress.get(), cache ? &*cache : nullptr)
                .result;
        }));
}

void DatasetSession::abandonLoad()
{
    if (!m_loading)
        return;
    m_progress->cancel();
    m_loading = nullptr;
    emit loadAbandoned(m_loadingPaths);
}

void DatasetSession::cancelLoad()
{
    if (m_progress && m_loading)
        m_progress->cancel();
}

LoadResult DatasetSession::open(const QStringList &paths, const ImportOptions &options)
{
    abandonLoad(); // this request is newer: the running load must not land after it
    LoadResult result = CachedLoad::load(paths, options, nullptr, cache()).result;
    if (result.ok()) {
        m_dataset = result.dataset;
        m_paths = paths;
        m_options = options;
        emit datasetChanged();
    }
    return result;
}

QString DatasetSession::samplePath()
{
    return QStringLiteral(":/data/sample.json");
}

QString DatasetSession::describe(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    return names.join(QStringLiteral(", "));
}
