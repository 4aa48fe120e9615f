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

#include <xxhash.h>

// Reads what ImageWriter wrote, from the image's bytes in memory (a mapped file: MappedImage),
// trusting nothing: every count is checked against the bytes left before anything is allocated,
// so a corrupt or truncated image fails (ok() false) instead of asking for gigabytes. The
// checksum of everything read is kept as it goes; verifyChecksum() compares it with the one
// stored at the end.
class ImageReader
{
public:
    ImageReader(const char *data, qint64 size);
    ~ImageReader();
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
        HugePages::advise(values->data(), size); // most of a reopen was 4 KiB page faults
        // Copied in slices, each hashed while it is still in the processor's cache. The values
        // are aligned in the image, but the image's bytes need not be in memory (a buffer).
        constexpr size_t slice = (1 << 20) / sizeof(T) + 1;
        const size_t n = size_t(size / sizeof(T));
        if (quintptr(m_data) % alignof(T) == 0) {
            const T *from = reinterpret_cast<const T *>(m_data);
            for (size_t at = 0; at < n; at += slice) {
                const size_t end = std::min(n, at + slice);
                values->insert(values->end(), from + at, from + end);
                hash(values->data() + at, (end - at) * sizeof(T));
            }
        } else {
            values->resize(n);
            std::memcpy(static_cast<void *>(values->data()), m_data, size_t(size));
            hash(values->data(), size_t(size));
        }
        m_data += size;
        m_left -= qint64(size);
        return true;
    }
    bool column(std::string *text);
    // A column left in the image: a view of its values (hashed, not copied), valid while owner()
    // is alive. Only when canReadInPlace().
    template<typename T>
    bool columnInPlace(std::span<const T> *values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        static_assert(alignof(T) <= 8); // ImageWriter::columnAlignment
        const quint64 size = byteCount();
        if (!canReadInPlace() || !m_ok || size % sizeof(T) != 0 || !skipAlignment() || !fits(size))
            return fail();
        hash(m_data, size_t(size));
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

    // Compares the checksum of what was read with the one stored at the end (the image's last 8
    // bytes); fails when anything else is left over.
    bool verifyChecksum();
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
    // True when `size` bytes of content are left (the checksum not counted).
    bool fits(quint64 size) const { return size <= quint64(m_left - qint64(sizeof(quint64))); }
    void hash(const void *data, size_t size);

    const char *m_start;
    const char *m_data;
    qint64 m_left; // bytes of the image not yet read, the checksum's 8 included
    XXH3_state_t *m_checksum;
    bool m_ok = true;
};
