// SPDX-License-Identifier: MIT
#include "datasetsession.h"

#include <QtConcurrent/QtConcurrentRun>

DatasetSession::DatasetSession(QObject *parent)
    : QObject(parent), m_dataset(std::make_shared<const Dataset>())
{
    connect(&m_loading, &QFutureWatcher<LoadResult>::finished, this, [this] {
        const LoadResult result = m_loading.result();
        if (result.ok()) {
            m_dataset = result.dataset;
            m_paths = m_loadingPaths;
            m_changeIsReload = m_loadingPurpose == Purpose::Reload;
            emit datasetChanged();
            m_changeIsReload = false;
        }
        emit loadFinished(result);
    });
}

DatasetSession::~DatasetSession()
{
    cancelLoad();
    m_loading.waitForFinished();
}

void DatasetSession::openInBackground(const QStringList &paths, Purpose purpose)
{
    if (m_loading.isRunning()) {
        // The newer request wins; the older one's result is dropped unseen.
        m_progress->cancel();
        m_loading.waitForFinished();
    }
    m_progress = std::make_shared<LoadProgress>();
    m_loadingPaths = paths;
    m_loadingPurpose = purpose;
    emit loadStarted();
    m_loading.setFuture(QtConcurrent::run(
        [paths, progress = m_progress] { return DatasetLoader::load(paths, progress.get()); }));
}

void DatasetSession::cancelLoad()
{
    if (m_progress && m_loading.isRunning())
        m_progress->cancel();
}

LoadResult DatasetSession::open(const QStringList &paths)
{
    LoadResult result = DatasetLoader::load(paths);
    if (result.ok()) {
        m_dataset = result.dataset;
        m_paths = paths;
        emit datasetChanged();
    }
    return result;
}

QString DatasetSession::samplePath()
{
    return QStringLiteral(":/data/sample.json");
}
