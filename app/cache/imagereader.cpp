// SPDX-License-Identifier: MIT
#include "imagereader.h"

#include <QIODevice>

ImageReader::ImageReader(QIODevice *device)
    : m_device(device), m_checksum(XXH3_createState()), m_left(device->size() - device->pos())
{
    XXH3_64bits_reset(m_checksum);
    if (m_left < qint64(sizeof(quint64)))
        m_ok = false;
}

ImageReader::~ImageReader()
{
    XXH3_freeState(m_checksum);
}

bool ImageReader::bytes(void *data, qint64 size)
{
    // The last 8 bytes are the checksum, never content.
    if (!m_ok || size < 0 || size > m_left - qint64(sizeof(quint64)))
        return fail();
    char *to = static_cast<char *>(data);
    qint64 left = size;
    while (left > 0) {
        const qint64 read = m_device->read(to, left);
        if (read <= 0)
            return fail();
        to += read;
        left -= read;
    }
    XXH3_64bits_update(m_checksum, data, size_t(size));
    m_left -= size;
    return true;
}

quint64 ImageReader::byteCount()
{
    const quint64 size = u64();
    if (!m_ok || size > quint64(m_left))
        fail();
    return m_ok ? size : 0;
}

quint64 ImageReader::count(quint64 minimumBytes)
{
    const quint64 n = u32();
    if (!m_ok || (minimumBytes > 0 && n > quint64(m_left) / minimumBytes)) {
        fail();
        return 0;
    }
    return n;
}

QString ImageReader::string()
{
    const quint64 length = count(sizeof(char16_t));
    if (!m_ok)
        return {};
    QString text(qsizetype(length), Qt::Uninitialized);
    if (!bytes(text.data(), qint64(length * sizeof(char16_t))))
        return {};
    return text;
}

QByteArray ImageReader::byteArray()
{
    const quint64 length = count(1);
    if (!m_ok)
        return {};
    QByteArray data(qsizetype(length), Qt::Uninitialized);
    if (!bytes(data.data(), qint64(length)))
        return {};
    return data;
}

bool ImageReader::column(std::string *text)
{
    const quint64 size = byteCount();
    if (!m_ok)
        return false;
    text->resize(size_t(size));
    return bytes(text->data(), qint64(size));
}

bool ImageReader::verifyChecksum()
{
    if (!m_ok || m_left != qint64(sizeof(quint64)))
        return fail();
    const quint64 computed = XXH3_64bits_digest(m_checksum);
    quint64 stored = 0;
    if (m_device->read(reinterpret_cast<char *>(&stored), sizeof stored) != sizeof stored)
        return fail();
    m_left = 0;
    if (stored != computed)
        return fail();
    return true;
}
