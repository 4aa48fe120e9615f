// SPDX-License-Identifier: MIT
#include "textencoding.h"

#include <QStringDecoder>

#include <cstring>

namespace {

// Windows-1252 0x80-0x9F; 0 where the code page defines nothing.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Length of the UTF-8 sequence a lead byte starts (1 for continuation bytes: counted as one
// character each, as the decoder's replacement would be).
int sequenceLength(uchar lead)
{
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

} // namespace

qint64 DecodedText::firstInvalidUtf8(const char *data, qint64 size, qint64 from)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    qint64 i = from;
    while (i < size) {
        // ASCII 32 and 8 bytes at a time: nearly all of a large export.
        while (i + 32 <= size) {
            quint64 w[4];
            std::memcpy(w, s + i, 32);
            if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) != 0)
                break;
            i += 32;
        }
        if (i >= size)
            break;
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        char32_t min;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QByteArray DecodedText::windows1252ToUtf8(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(qsizetype(size + size / 8));
    for (qint64 i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        if (c < 0x80)
            out.append(char(c));
        else if (c < 0xA0)
            appendUtf8(out, cp1252High[c - 0x80] ? cp1252High[c - 0x80] : 0xFFFD);
        else
            appendUtf8(out, c); // 0xA0-0xFF are Latin-1
    }
    return out;
}

DecodedText DecodedText::decode(const char *data, qint64 size)
{
    DecodedText decoded;
    decoded.m_fileSize = size;
    const QByteArrayView bytes(data, size);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        decoded.m_encoding = little ? Encoding::Utf16LE : Encoding::Utf16BE;
        decoded.m_bom = 2;
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        decoded.m_converted = QString(decoder(bytes.sliced(2))).toUtf8();
        decoded.m_text = decoded.m_converted.constData();
        decoded.m_size = decoded.m_converted.size();
        return decoded;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        decoded.m_encoding = Encoding::Utf8WithBom;
        decoded.m_bom = 3;
    }
    const qint64 invalid = firstInvalidUtf8(data, size, decoded.m_bom);
    if (invalid < 0) {
        decoded.m_text = data + decoded.m_bom;
        decoded.m_size = size - decoded.m_bom;
        return decoded;
    }
    // Not UTF-8 after all (a UTF-8 mark followed by other bytes is still read as marked text
    // would be: the mark is skipped and the rest read as Windows-1252).
    decoded.m_encoding = Encoding::Windows1252;
    decoded.m_firstInvalid = invalid;
    decoded.m_converted = windows1252ToUtf8(data + decoded.m_bom, size - decoded.m_bom);
    decoded.m_text = decoded.m_converted.constData();
    decoded.m_size = decoded.m_converted.size();
    return decoded;
}

QString DecodedText::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with byte order mark");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

qint64 DecodedText::fileOffset(qint64 textOffset) const
{
    textOffset = std::clamp<qint64>(textOffset, 0, m_size);
    if (m_converted.isNull() && m_encoding != Encoding::Windows1252)
        return textOffset + m_bom;
    const bool utf16 = m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE;
    const auto *s = reinterpret_cast<const uchar *>(m_text);
    qint64 t = m_mappedText;
    qint64 f = m_mappedFile;
    // Backwards (a row's cells asked for out of order) from where the last call ended: one
    // character at a time, as forwards.
    while (t > textOffset) {
        do
            --t;
        while (t > 0 && (s[t] & 0xC0) == 0x80);
        f -= utf16 ? (sequenceLength(s[t]) == 4 ? 4 : 2) : 1;
    }
    // Walk the converted text one character at a time: each UTF-8 character came from one byte
    // (Windows-1252) or one or two UTF-16 code units (two for characters past U+FFFF).
    while (t < textOffset) {
        const int length = sequenceLength(s[t]);
        f += utf16 ? (length == 4 ? 4 : 2) : 1;
        t += length;
    }
    m_mappedText = t;
    m_mappedFile = f;
    // A replacement character for a cut-off last code unit stands for fewer bytes than two.
    return std::min(f + m_bom, m_fileSize);
}
