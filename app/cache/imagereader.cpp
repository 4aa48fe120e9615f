// SPDX-License-Identifier: MIT
#include "imagereader.h"

#include "imagewriter.h"

#include <algorithm>
#include <cstring>

#include <xxhash.h>

ImageReader::ImageReader(const char *data, qint64 size) : m_start(data), m_data(data), m_left(size)
{
    if (size < 0)
        m_left = 0;
    // The table: [one checksum per block][count][checksum of both]. Without a sound one, the
    // whole image is read as content, so that the header still tells another version apart.
    constexpr qint64 word = sizeof(quint64);
    if (m_left < 2 * word)
        return;
    quint64 count = 0, tableChecksum = 0;
    std::memcpy(&count, data + m_left - 2 * word, sizeof count);
    std::memcpy(&tableChecksum, data + m_left - word, sizeof tableChecksum);
    if (count > quint64(m_left / word - 2))
        return;
    const qint64 tableStart = m_left - 2 * word - qint64(count) * word;
    if (XXH3_64bits(data + tableStart, size_t(count + 1) * sizeof(quint64)) != tableChecksum)
        return;
    const qint64 blocks = (tableStart + ImageWriter::blockSize - 1) / ImageWriter::blockSize;
    if (qint64(count) != blocks)
        return;
    m_blockCount = int(count);
    m_blockChecksums = data + tableStart;
    m_contentSize = tableStart;
    m_left = tableStart;
}

bool ImageReader::blockIntact(int block) const
{
    if (block < 0 || block >= m_blockCount)
        return false;
    const qint64 from = qint64(block) * ImageWriter::blockSize;
    const qint64 size = std::min(ImageWriter::blockSize, m_contentSize - from);
    quint64 stored = 0;
    std::memcpy(&stored, m_blockChecksums + size_t(block) * sizeof stored, sizeof stored);
    return XXH3_64bits(m_start + from, size_t(size)) == stored;
}

bool ImageReader::bytes(void *data, qint64 size)
{
    if (!m_ok || size < 0 || size > m_left)
        return fail();
    if (size > 0)
        std::memcpy(data, m_data, size_t(size));
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
    if (!m_ok || !skipAlignment() || !fits(size))
        return fail();
    text->clear();
    text->shrink_to_fit();
    text->reserve(size_t(size));
    HugePages::advise(text->data(), size); // most of a copy into fresh memory is page faults
    text->append(m_data, size_t(size));
    m_data += size;
    m_left -= qint64(size);
    return true;
}

bool ImageReader::columnInPlace(std::string_view *text)
{
    const quint64 size = byteCount();
    if (!canReadInPlace() || !m_ok || !skipAlignment() || !fits(size))
        return fail();
    *text = std::string_view(m_data, size_t(size));
    m_data += size;
    m_left -= qint64(size);
    return true;
}

