// SPDX-License-Identifier: MIT
#pragma once

#include "hugepages.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>


// Reads what ImageWriter wrote, from the image's bytes in memory (a mapped file: MappedImage),
// trusting nothing: every count is checked against the bytes left before anything is allocated,
// so a corrupt or truncated image fails (ok() false) instead of asking for gigabytes. The
// checksums are not kept as it reads: blockIntact() checks each block of the image against the
// table at its end, and may run on other threads while this one reads.
class ImageReader
{
public:
    ImageReader(const char *data, qint64 size);
    ImageReader(const ImageReader &) = delete;
    ImageReader &operator=(const ImageReader &) = delete;

    bool bytes(void *data, qint64 size);
    template<typename T>
    T value()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T v{};
        if (!bytes(&v, sizeof v))
            return T{};
        return v;
    }
    quint8 u8() { return value<quint8>(); }
    quint32 u32() { return value<quint32>(); }
    quint64 u64() { return value<quint64>(); }
    qint64 i64() { return value<qint64>(); }
    QString string();
    QByteArray byteArray();
    // A count of items each at least `minimumBytes` long in the image: 0 and a failure when the
    // rest of the image cannot hold that many.
    quint64 count(quint64 minimumBytes);
    // A column: its byte count, then its values, copied straight into *values.
    template<typename T>
    bool column(std::vector<T> *values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        static_assert(alignof(T) <= 8); // ImageWriter::columnAlignment
        const quint64 size = byteCount();
        if (!m_ok || size % sizeof(T) != 0 || !skipAlignment() || !fits(size))
            return fail();
        values->clear();
        values->shrink_to_fit();
        values->reserve(size_t(size / sizeof(T)));
        HugePages::advise(values->data(), size); // most of a copy into fresh memory is faults
        values->resize(size_t(size / sizeof(T)));
        // The values are aligned in the image, but the image's bytes need not be in memory.
        if (size > 0)
            std::memcpy(static_cast<void *>(values->data()), m_data, size_t(size));
        m_data += size;
        m_left -= qint64(size);
        return true;
    }
    bool column(std::string *text);
    // A column left in the image: a view of its values (not copied), valid while owner() is
    // alive. Only when canReadInPlace().
    template<typename T>
    bool columnInPlace(std::span<const T> *values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        static_assert(alignof(T) <= 8); // ImageWriter::columnAlignment
        const quint64 size = byteCount();
        if (!canReadInPlace() || !m_ok || size % sizeof(T) != 0 || !skipAlignment() || !fits(size))
            return fail();
        *values = std::span<const T>(reinterpret_cast<const T *>(m_data), size_t(size / sizeof(T)));
        m_data += size;
        m_left -= qint64(size);
        return true;
    }
    // A text column left in the image, the same way.
    bool columnInPlace(std::string_view *text);
    // What keeps the image's bytes alive (a MappedImage), when the caller lets columns stay in
    // it; null: every column is copied.
    const std::shared_ptr<const void> &owner() const { return m_owner; }
    void setOwner(std::shared_ptr<const void> owner) { m_owner = std::move(owner); }
    // Whether columns can stay in the image: it has an owner, and its columns are aligned in
    // memory as they are in the image (a mapping is; a buffer need not be).
    bool canReadInPlace() const { return m_owner && quintptr(m_start) % 8 == 0; }

    // Whether the table of block checksums at the end is there, whole and for as many blocks
    // as the bytes before it fill. Without it nothing past the header can be trusted (and
    // reading stops where the image ends).
    bool hasChecksums() const { return m_blockCount >= 0; }
    int blockCount() const { return std::max(m_blockCount, 0); }
    // Whether block `block` (ImageWriter::blockSize bytes from the start, the last one shorter)
    // has the checksum the table gives it. Reads nothing this reader changes: may run on other
    // threads while this one reads.
    bool blockIntact(int block) const;
    // Bytes of content not yet read.
    quint64 bytesLeft() const { return quint64(m_left); }
    // True when every byte before the checksum table was read.
    bool atEnd() const { return m_ok && m_left == 0; }
    bool ok() const { return m_ok; }
    bool fail()
    {
        m_ok = false;
        return false;
    }

private:
    std::shared_ptr<const void> m_owner;
    quint64 byteCount();
    // Skips the zeros ImageWriter puts before a column; false when they are not there.
    bool skipAlignment();
    // True when `size` bytes of content are left.
    bool fits(quint64 size) const { return size <= quint64(m_left); }

    const char *m_start;
    const char *m_data;
    qint64 m_left; // bytes of the content (all before the checksum table) not yet read
    qint64 m_contentSize = 0;
    const char *m_blockChecksums = nullptr; // the table, unaligned
    int m_blockCount = -1;
    bool m_ok = true;
};
