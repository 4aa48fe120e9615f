// SPDX-License-Identifier: MIT
#include "imagewriter.h"

#include <QIODevice>

#include <algorithm>

ImageWriter::ImageWriter(QIODevice *device) : m_device(device), m_checksum(XXH3_createState())
{
    XXH3_64bits_reset(m_checksum);
}

ImageWriter::~ImageWriter()
{
    XXH3_freeState(m_checksum);
}

void ImageWriter::bytes(const void *data, qint64 size)
{
    const char *from = static_cast<const char *>(data);
    while (m_ok && size > 0) {
        const qint64 toBlockEnd = blockSize - m_written % blockSize;
        const qint64 part = std::min(size, toBlockEnd);
        XXH3_64bits_update(m_checksum, from, size_t(part));
        write(from, part);
        if (part == toBlockEnd) {
            m_blockChecksums.push_back(XXH3_64bits_digest(m_checksum));
            XXH3_64bits_reset(m_checksum);
        }
        from += part;
        size -= part;
    }
}

void ImageWriter::write(const void *data, qint64 size)
{
    // QIODevice::write may write less than asked (a pipe, a full disk): go on until all is out.
    const char *from = static_cast<const char *>(data);
    while (m_ok && size > 0) {
        const qint64 written = m_device->write(from, size);
        if (written <= 0) {
            m_ok = false;
            m_error = m_device->errorString();
            return;
        }
        from += written;
        size -= written;
        m_written += written;
    }
}

void ImageWriter::align()
{
    static constexpr char zeros[columnAlignment] = {};
    bytes(zeros, (columnAlignment - m_written % columnAlignment) % columnAlignment);
}

void ImageWriter::string(const QString &text)
{
    u32(quint32(text.size()));
    bytes(text.utf16(), text.size() * qint64(sizeof(char16_t)));
}

void ImageWriter::byteArray(const QByteArray &data)
{
    u32(quint32(data.size()));
    bytes(data.constData(), data.size());
}

void ImageWriter::column(std::string_view text)
{
    u64(text.size());
    align();
    bytes(text.data(), qint64(text.size()));
}

void ImageWriter::finish()
{
    if (m_written % blockSize != 0)
        m_blockChecksums.push_back(XXH3_64bits_digest(m_checksum));
    std::vector<quint64> table = m_blockChecksums;
    table.push_back(quint64(m_blockChecksums.size()));
    const quint64 tableChecksum = XXH3_64bits(table.data(), table.size() * sizeof(quint64));
    table.push_back(tableChecksum);
    write(table.data(), qint64(table.size() * sizeof(quint64)));
}
