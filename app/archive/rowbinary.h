// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <string_view>

// ClickHouse's RowBinary format, the part of it the archive uses: strings as a LEB128 length and
// their bytes, integers little-endian, arrays as a LEB128 count and their elements. Binary rows
// need no escaping at all, so no text from a file is ever parsed by the server as anything but
// a value.
class RowBinaryWriter
{
public:
    explicit RowBinaryWriter(QByteArray *out) : m_out(out) {}

    void string(std::string_view bytes);
    void string(const QString &text);
    void int64(qint64 value);
    void uint64(quint64 value);
    void uint8(quint8 value);
    void count(quint64 elements); // an array's length, before its elements

private:
    QByteArray *m_out;
};

// Reads what RowBinaryWriter writes; every read checks that the bytes are there.
class RowBinaryReader
{
public:
    explicit RowBinaryReader(const QByteArray &in) : m_in(in) {}

    bool atEnd() const { return m_offset >= m_in.size(); }
    bool failed() const { return m_failed; }

    QString string();
    std::string_view stringBytes();
    qint64 int64();
    quint64 uint64();
    quint8 uint8();
    quint64 count();

private:
    bool take(qsizetype bytes);

    const QByteArray &m_in;
    qsizetype m_offset = 0;
    bool m_failed = false;
};
