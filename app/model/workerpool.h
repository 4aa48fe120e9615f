// SPDX-License-Identifier: MIT
#pragma once

#include <QtConcurrentRun>

#include <functional>

class QThreadPool;

// The threads Tideline's own background work runs on: loads, lane layouts, filters, the text
// index, the event list's rows. Not Qt's global pool: the raster paint engine splits big fills
// over that one and waits for them on the GUI thread, so a text index being built there (seconds
// at a million events) stalled the window's paints until it was done.
namespace WorkerPool {
QThreadPool *instance();

// Lowers the calling thread below the GUI thread's priority (10 nice levels on Linux, where each
// thread has a nice value of its own and QThread::setPriority leaves ordinary threads alone),
// once per thread; on the main thread, which runs a task itself when it waits for one not yet
// started, it does nothing. With as many busy workers as cores (the text index is built on all of them as
// a load lands), the GUI thread otherwise waits a scheduler slice for a core each time it wakes;
// background work still gets every core nothing else wants. Every task on Tideline's pools calls
// it first: a pool's threads come and go (waitForDone() retires them all), so it cannot be done
// once per pool.
void runBelowTheWindow();

// QtConcurrent::run on `pool`, the task's thread lowered below the window first.
template<typename Function>
auto run(QThreadPool *pool, Function function)
{
    return QtConcurrent::run(pool, [function = std::move(function)]() mutable {
        runBelowTheWindow();
        return function();
    });
}

// Runs work(0) ... work(count - 1), each once and in no fixed order, on the calling thread and on
// the pool's other threads as they become free, and returns when all are done. Helpers that have
// not started when the caller runs out of pieces are taken back from the queue, so a worker that
// calls this never waits for work queued behind itself: with no free thread it simply does every
// piece on its own.
void forEachPiece(int count, const std::function<void(int)> &work);
} // namespace WorkerPool
