// SPDX-License-Identifier: MIT
#include "workerpool.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

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

void WorkerPool::forEachPiece(int count, const std::function<void(int)> &work)
{
    std::atomic<int> next{0};
    QSemaphore helpersDone;
    // Every thread takes the next piece until none is left, so uneven pieces even out.
    const auto takePieces = [&] {
        for (int piece = next++; piece < count; piece = next++)
            work(piece);
    };
    int helpers = 0;
    QThreadPool *pool = instance();
    for (int i = 1; i < count && i < pool->maxThreadCount(); ++i) {
        if (!pool->tryStart([&] {
                takePieces();
                helpersDone.release();
            }))
            break;
        ++helpers;
    }
    takePieces();
    helpersDone.acquire(helpers); // the borrowed threads run now: this wait is for their last piece
}
