// SPDX-License-Identifier: MIT
#include "datasetsession.h"

DatasetSession::DatasetSession(QObject *parent)
    : QObject(parent), m_dataset(std::make_shared<const Dataset>())
{
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
