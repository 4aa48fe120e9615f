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
// those of the pool's threads that are idle now, and returns when all are done. A thread is only
// borrowed if it can start at once (never queued), so a worker that calls this never waits for
// work stuck behind itself: with no idle thread it simply does every piece on its own.
void forEachPiece(int count, const std::function<void(int)> &work);
} // namespace WorkerPool
