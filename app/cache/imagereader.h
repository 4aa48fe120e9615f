// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <string>
#include <type_traits>
#include <vector>

#include <xxhash.h>

class QIODevice;

// Reads what ImageWriter wrote, from a device of known size, trusting nothing: every count is
// checked against the bytes left before anything is allocated, so a corrupt or truncated image
// fails (ok() false) instead of asking for gigabytes. Columns are read with one read straight
// into their vectors. The checksum of everything read is kept as it goes; verifyChecksum() reads
// the one stored at the end and compares.
class ImageReader
{
public:
    explicit ImageReader(QIODevice *device);
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
    template<typename T>
    bool column(std::vector<T> *values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const quint64 size = byteCount();
        if (!m_ok || size % sizeof(T) != 0)
            return fail();
        values->resize(size_t(size / sizeof(T)));
        return bytes(values->data(), qint64(size));
    }
    bool column(std::string *text);

    // Reads the stored checksum (the image's last 8 bytes) and compares it with what was read;
    // also fails when bytes are left over.
    bool verifyChecksum();
    bool ok() const { return m_ok; }
    bool fail()
    {
        m_ok = false;
        return false;
    }

private:
    quint64 byteCount();

    QIODevice *m_device;
    XXH3_state_t *m_checksum;
    qint64 m_left; // bytes of the image not yet read, the checksum's 8 included
    bool m_ok = true;
};
