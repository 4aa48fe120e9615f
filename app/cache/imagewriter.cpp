// SPDX-License-Identifier: MIT
#include "imagewriter.h"

#include <QIODevice>

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
    if (!m_ok || size == 0)
        return;
    XXH3_64bits_update(m_checksum, data, size_t(size));
    // QIODevice::write may write less than asked (a pipe, a full disk): go on until all is out.
    const char *from = static_cast<const char *>(data);
    while (size > 0) {
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

void ImageWriter::column(const std::string &text)
{
    u64(text.size());
    align();
    bytes(text.data(), qint64(text.size()));
}

void ImageWriter::finish()
{
    const quint64 checksum = XXH3_64bits_digest(m_checksum);
    u64(checksum);
}
