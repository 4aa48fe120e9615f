// SPDX-License-Identifier: MIT
#include "workerpool.h"

#include <QThreadPool>

QThreadPool *WorkerPool::instance()
{
    // Never destroyed: its workers hold their own references to what they read, and nothing
    // waits for them at exit (a QThreadPool's destructor would).
    static QThreadPool *const pool = [] {
        auto *threads = new QThreadPool;
        threads->setObjectName(QStringLiteral("TidelineWorkers"));
        return threads;
    }();
    return pool;
}
