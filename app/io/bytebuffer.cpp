// SPDX-License-Identifier: MIT
#include "bytebuffer.h"

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <new>

bool ByteBuffer::allocate(qint64 size)
{
    release();
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr qint64 hugePage = qint64(2) << 20;
    if (size >= 4 * hugePage) {
        m_mappedSize = size_t(size + hugePage);
        void *mapped = ::mmap(nullptr, m_mappedSize, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped == MAP_FAILED) {
            m_mappedSize = 0;
            return false;
        }
        m_mapped = static_cast<char *>(mapped);
        m_data = reinterpret_cast<char *>((quintptr(m_mapped) + quintptr(hugePage) - 1)
                                          & ~quintptr(hugePage - 1));
        ::madvise(m_data, size_t(size), MADV_HUGEPAGE);
        return true;
    }
#endif
    m_owned.reset(new (std::nothrow) char[size_t(std::max<qint64>(size, 1))]);
    m_data = m_owned.get();
    return m_data != nullptr;
}

void ByteBuffer::release()
{
#ifdef Q_OS_LINUX
    if (m_mapped)
        ::munmap(m_mapped, m_mappedSize);
#endif
    m_mapped = nullptr;
    m_mappedSize = 0;
    m_owned.reset();
    m_data = nullptr;
}
