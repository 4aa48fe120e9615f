// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <xxhash.h>

class QIODevice;

// Writes a dataset image (app/cache) to a device: fixed-width little-endian-as-the-machine
// values, strings and whole columns as single writes, and an XXH3 checksum of every block of
// blockSize bytes, which finish() appends as a table (with a checksum of the table itself).
// Used by DatasetImage; ImageReader reads the same shapes. After the first failed write every
// later one does nothing, so callers check ok() once.
//
// Why blocks and not one checksum of the whole: the blocks are verified side by side on every
// core while the image is read. Touching every page of a mapped image for the first time is
// most of a reopen's time (some 200 ms for a million events' 550 MB on this kind of virtual
// machine); one running checksum kept that on a single core.
//
// The end of an image: [checksum of each block: u64 ...][block count: u64][checksum of the
// table and the count: u64].
class ImageWriter
{
public:
    static constexpr qint64 columnAlignment = 8;
    static constexpr qint64 blockSize = qint64(16) << 20;

    explicit ImageWriter(QIODevice *device);
    ~ImageWriter();
    ImageWriter(const ImageWriter &) = delete;
    ImageWriter &operator=(const ImageWriter &) = delete;

    void bytes(const void *data, qint64 size);
    template<typename T>
    void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes(&v, sizeof v);
    }
    void u8(quint8 v) { value(v); }
    void u32(quint32 v) { value(v); }
    void u64(quint64 v) { value(v); }
    void i64(qint64 v) { value(v); }
    void string(const QString &text);
    void byteArray(const QByteArray &data);
    // A column of plain values: its byte count, zeros up to a multiple of 8 bytes from the start
    // of the image (so that a mapped image holds the values aligned), then its bytes in one write.
    template<typename T>
    void column(std::span<const T> values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        u64(quint64(values.size() * sizeof(T)));
        align();
        bytes(values.data(), qint64(values.size() * sizeof(T)));
    }
    template<typename T>
    void column(const std::vector<T> &values)
    {
        column(std::span<const T>(values));
    }
    void column(std::string_view text);

    // Appends the table of block checksums of everything written so far.
    void finish();
    bool ok() const { return m_ok; }
    QString errorString() const { return m_error; }

private:
    void align();
    // Writes without checksumming (the table at the end).
    void write(const void *data, qint64 size);

    QIODevice *m_device;
    qint64 m_written = 0;
    XXH3_state_t *m_checksum; // of the block being written
    std::vector<quint64> m_blockChecksums;
    bool m_ok = true;
    QString m_error;
};
