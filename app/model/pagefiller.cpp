// SPDX-License-Identifier: MIT
#include "pagefiller.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

PageFiller::PageFiller(void *data, std::size_t bytes)
{
#if defined(Q_OS_LINUX)
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14; older headers lack the name
#endif
    m_thread = std::thread([this, begin = static_cast<char *>(data), bytes] {
        constexpr std::size_t step = std::size_t(8) << 20; // a few ms each: stop() waits little
        constexpr std::size_t page = 4096;
        char *at = reinterpret_cast<char *>((quintptr(begin) + page - 1) & ~quintptr(page - 1));
        char *const end = begin + bytes;
        while (at < end && !m_stop.load(std::memory_order_relaxed)) {
            const std::size_t length = std::min<std::size_t>(step, std::size_t(end - at) & ~(page - 1));
            if (length == 0 || ::madvise(at, length, MADV_POPULATE_WRITE) != 0)
                return; // an older kernel, or the tail: the writer faults them in itself
            at += length;
        }
    });
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

PageFiller::~PageFiller()
{
    stop();
}

void PageFiller::stop()
{
    m_stop.store(true, std::memory_order_relaxed);
    if (m_thread.joinable())
        m_thread.join();
}
