// SPDX-License-Identifier: MIT
#include "rowbinary.h"

#include <QtEndian>

void RowBinaryWriter::count(quint64 elements)
{
    do {
        quint8 byte = elements & 0x7F;
        elements >>= 7;
        if (elements != 0)
            byte |= 0x80;
        m_out->append(char(byte));
    } while (elements != 0);
}

void RowBinaryWriter::string(std::string_view bytes)
{
    count(bytes.size());
    m_out->append(bytes.data(), qsizetype(bytes.size()));
}

void RowBinaryWriter::string(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    string(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void RowBinaryWriter::uint64(quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    m_out->append(bytes, 8);
}

void RowBinaryWriter::int64(qint64 value)
{
    uint64(quint64(value));
}

void RowBinaryWriter::uint8(quint8 value)
{
    m_out->append(char(value));
}

bool RowBinaryReader::take(qsizetype bytes)
{
    if (m_failed || bytes < 0 || m_in.size() - m_offset < bytes) {
        m_failed = true;
        return false;
    }
    return true;
}

quint64 RowBinaryReader::count()
{
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (!take(1))
            return 0;
        const auto byte = quint8(m_in[m_offset++]);
        value |= quint64(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return value;
    }
    m_failed = true;
    return 0;
}

std::string_view RowBinaryReader::stringBytes()
{
    const quint64 length = count();
    if (length > quint64(m_in.size())) {
        m_failed = true;
        return {};
    }
    if (!take(qsizetype(length)))
        return {};
    const std::string_view bytes(m_in.constData() + m_offset, size_t(length));
    m_offset += qsizetype(length);
    return bytes;
}

QString RowBinaryReader::string()
{
    const std::string_view bytes = stringBytes();
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

quint64 RowBinaryReader::uint64()
{
    if (!take(8))
        return 0;
    const quint64 value = qFromLittleEndian<quint64>(m_in.constData() + m_offset);
    m_offset += 8;
    return value;
}

qint64 RowBinaryReader::int64()
{
    return qint64(uint64());
}

quint8 RowBinaryReader::uint8()
{
    if (!take(1))
        return 0;
    return quint8(m_in[m_offset++]);
}
