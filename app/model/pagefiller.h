// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>

// Faults in a region of fresh memory on a thread of its own, ahead of the thread that will write
// it. On this kind of virtual machine the first write to each page of a load's text pool (a
// fault, a 2 MB page zeroed, a shadow page-table fill) cost some 11 % of a million-event load;
// done beside the load, on the other core, it is off its path. Nothing is written: the pages
// read as zeros, as fresh pages do, and the writer may start on them at once.
//
// The region must stay mapped until stop() has returned (the destructor stops too).
class PageFiller
{
public:
    PageFiller(void *data, std::size_t bytes);
    ~PageFiller();
    PageFiller(const PageFiller &) = delete;
    PageFiller &operator=(const PageFiller &) = delete;

    // Stops filling and waits until the thread has let go of the region.
    void stop();

private:
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
