// SPDX-License-Identifier: MIT
#include "imagereader.h"

#include <cstring>

ImageReader::ImageReader(const char *data, qint64 size)
    : m_start(data), m_data(data), m_left(size), m_checksum(XXH3_createState())
{
    XXH3_64bits_reset(m_checksum);
    if (m_left < qint64(sizeof(quint64)))
        m_ok = false;
}

ImageReader::~ImageReader()
{
    XXH3_freeState(m_checksum);
}

void ImageReader::hash(const void *data, size_t size)
{
    XXH3_64bits_update(m_checksum, data, size);
}

bool ImageReader::bytes(void *data, qint64 size)
{
    // The last 8 bytes are the checksum, never content.
    if (!m_ok || size < 0 || size > m_left - qint64(sizeof(quint64)))
        return fail();
    if (size > 0) {
        std::memcpy(data, m_data, size_t(size));
        hash(m_data, size_t(size));
    }
    m_data += size;
    m_left -= size;
    return true;
}

bool ImageReader::skipAlignment()
{
    const qint64 at = qint64(m_data - m_start);
    const qint64 padding = (8 - at % 8) % 8;
    char zeros[8] = {};
    char read[8] = {};
    return bytes(read, padding) && std::memcmp(read, zeros, size_t(padding)) == 0;
}

quint64 ImageReader::byteCount()
{
    const quint64 size = u64();
    if (!m_ok || size > quint64(m_left - qint64(sizeof(quint64))))
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
    if (!m_ok || !skipAlignment() || !fits(size))
        return fail();
    text->clear();
    text->shrink_to_fit();
    text->reserve(size_t(size));
    HugePages::advise(text->data(), size);
    constexpr size_t slice = 1 << 20;
    for (size_t at = 0; at < size; at += slice) {
        const size_t length = std::min<size_t>(size - at, slice);
        text->append(m_data + at, length);
        hash(text->data() + at, length);
    }
    m_data += size;
    m_left -= qint64(size);
    return true;
}

bool ImageReader::columnInPlace(std::string_view *text)
{
    const quint64 size = byteCount();
    if (!canReadInPlace() || !m_ok || !skipAlignment() || !fits(size))
        return fail();
    hash(m_data, size_t(size));
    *text = std::string_view(m_data, size_t(size));
    m_data += size;
    m_left -= qint64(size);
    return true;
}

bool ImageReader::verifyChecksum()
{
    if (!m_ok || m_left != qint64(sizeof(quint64)))
        return fail();
    const quint64 computed = XXH3_64bits_digest(m_checksum);
    quint64 stored = 0;
    std::memcpy(&stored, m_data, sizeof stored);
    m_left = 0;
    if (stored != computed)
        return fail();
    return true;
}
