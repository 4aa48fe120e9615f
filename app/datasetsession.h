// SPDX-License-Identifier: MIT
#pragma once

#include "datasetloader.h"

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

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    // The paths the open dataset came from, as given to open().
    QStringList paths() const { return m_paths; }

    // Loads `paths`; on success makes it the open dataset and emits datasetChanged().
    LoadResult open(const QStringList &paths);

    static QString samplePath();

signals:
    void datasetChanged();

private:
    std::shared_ptr<const Dataset> m_dataset;
    QStringList m_paths;
};
