// SPDX-License-Identifier: MIT
#pragma once

// Memory for a file's bytes, owned by FileBytes (a file read whole). Private to app/io.

#include <QtGlobal>

#include <cstddef>
#include <memory>

// Memory for a file's bytes. A large file gets a mapping of its own with transparent huge pages
// asked for: filling 500 MB of 4 KB pages takes 130,000 page faults, which on a virtual machine
// can cost seconds; 2 MB pages take 250.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ByteBuffer(const ByteBuffer &) = delete;
    ByteBuffer &operator=(const ByteBuffer &) = delete;
    ~ByteBuffer() { release(); }

    // Room for `size` bytes, what was held before given back; false when there is no memory.
    bool allocate(qint64 size);
    char *data() const { return m_data; }

private:
    void release();

    std::unique_ptr<char[]> m_owned;
    char *m_mapped = nullptr;
    size_t m_mappedSize = 0;
    char *m_data = nullptr;
};
