// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

// The text of a spreadsheet export as UTF-8, whatever the spreadsheet saved it as, and the way
// back from offsets in that text to offsets in the file (which is what messages point at).
//
//   UTF-8, with or without a byte order mark: the file's own bytes (the mark skipped), no copy.
//   UTF-16 LE or BE with a byte order mark ("Unicode text"): converted to UTF-8.
//   anything else that is not valid UTF-8: read as Windows-1252 (what Excel writes as "CSV" on
//   Western Windows), converted to UTF-8; the importer must say so (one warning naming the first
//   byte that is not UTF-8), never let the text turn into mojibake silently.
//
// Offsets: the CSV reader works on text(), so its offsets are offsets into the text; fileOffset()
// maps one back to the byte in the file it came from, exactly for every encoding. The loader
// turns file offsets into line:col by counting UTF-8 characters of the file's own bytes; for
// Windows-1252 files the column is off by the bytes 0x80-0xBF before it on its line (they look
// like UTF-8 continuation bytes to that count), and for UTF-16 files the count is only right when
// the loader knows the file is UTF-16 (see LineColumnFinder).
class DecodedText
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };

    static DecodedText decode(const char *data, qint64 size);

    std::string_view text() const { return {m_text, size_t(m_size)}; }
    const char *data() const { return m_text; }
    qint64 size() const { return m_size; }
    Encoding encoding() const { return m_encoding; }
    // "UTF-8", "UTF-16LE", "Windows-1252"...
    static QString encodingName(Encoding encoding);
    QString encodingName() const { return encodingName(m_encoding); }
    // For Windows-1252: the file offset of the first byte that is not UTF-8; otherwise -1.
    qint64 firstInvalidUtf8() const { return m_firstInvalid; }

    // The file offset of the text's byte at textOffset. Cheap when asked in increasing order
    // (each call goes on from the last); any order works.
    qint64 fileOffset(qint64 textOffset) const;

    // The first offset (from `from`) at which `data` stops being valid UTF-8, or -1 when all of
    // it is valid. Overlong forms, surrogates and code points past U+10FFFF are invalid.
    static qint64 firstInvalidUtf8(const char *data, qint64 size, qint64 from = 0);
    // Windows-1252 bytes as UTF-8 (the five bytes the code page leaves undefined become U+FFFD).
    static QByteArray windows1252ToUtf8(const char *data, qint64 size);

private:
    QByteArray m_converted; // the UTF-8 text, when the file was not UTF-8
    const char *m_text = nullptr;
    qint64 m_size = 0;
    qint64 m_bom = 0; // bytes of byte order mark
    qint64 m_fileSize = 0;
    Encoding m_encoding = Encoding::Utf8;
    qint64 m_firstInvalid = -1;
    // fileOffset's place: text offset and the file offset it maps to.
    mutable qint64 m_mappedText = 0;
    mutable qint64 m_mappedFile = 0;
};
