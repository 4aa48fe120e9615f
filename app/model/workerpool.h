// SPDX-License-Identifier: MIT
#pragma once

class QThreadPool;

// The threads Tideline's own background work runs on: loads, lane layouts, filters, the text
// index, the event list's rows. Not Qt's global pool: the raster paint engine splits big fills
// over that one and waits for them on the GUI thread, so a text index being built there (seconds
// at a million events) stalled the window's paints until it was done.
namespace WorkerPool {
QThreadPool *instance();
}
