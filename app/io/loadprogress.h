// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <atomic>

// How far a load on a worker thread has got, and the request to stop it. Written by the loading
// thread, read (and cancelled) by the window; every member is atomic, so neither waits.
class LoadProgress
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    qint64 bytesRead() const { return m_bytes.load(std::memory_order_relaxed); }
    qint64 totalBytes() const { return m_total.load(std::memory_order_relaxed); }
    qint64 events() const { return m_events.load(std::memory_order_relaxed); }

    void setTotalBytes(qint64 bytes) { m_total.store(bytes, std::memory_order_relaxed); }
    // Called by every thread that reads a file of the load.
    void addRead(qint64 bytes, qint64 events)
    {
        m_bytes.fetch_add(bytes, std::memory_order_relaxed);
        m_events.fetch_add(events, std::memory_order_relaxed);
    }

private:
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_events{0};
    std::atomic<bool> m_cancelled{false};
};
