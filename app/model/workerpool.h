// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QThreadPool;

// The threads Tideline's own background work runs on: loads, lane layouts, filters, the text
// index, the event list's rows. Not Qt's global pool: the raster paint engine splits big fills
// over that one and waits for them on the GUI thread, so a text index being built there (seconds
// at a million events) stalled the window's paints until it was done.
namespace WorkerPool {
QThreadPool *instance();

// Runs work(0) ... work(count - 1), each once and in no fixed order, on the calling thread and on
// the pool's other threads as they become free, and returns when all are done. Helpers that have
// not started when the caller runs out of pieces are taken back from the queue, so a worker that
// calls this never waits for work queued behind itself: with no free thread it simply does every
// piece on its own.
void forEachPiece(int count, const std::function<void(int)> &work);
} // namespace WorkerPool
