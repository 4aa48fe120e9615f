// SPDX-License-Identifier: MIT
#pragma once

// The builder's ways of quoting what it found, shared by its files (datasetbuilder.cpp,
// datasetfieldreader.h, lookalikeids.cpp). Private to app/io. Their messages are translated in
// DatasetBuilder's context (Q_DECLARE_TR_FUNCTIONS in DatasetBuilder and its FieldReader).

#include <QString>

#include <string_view>

namespace BuilderText {

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A value from the file in quotation marks; a long one cut short (on a character boundary),
// so that a message about a 10 MB string is still a line.
inline QString quoted(std::string_view text)
{
    constexpr size_t limit = 80;
    if (text.size() <= limit)
        return QStringLiteral("\"%1\"").arg(qs(text));
    size_t cut = limit;
    while (cut > 0 && (uchar(text[cut]) & 0xC0) == 0x80)
        --cut;
    return QStringLiteral("\"%1…\" (%2 bytes)")
        .arg(qs(text.substr(0, cut)), QString::number(text.size()));
}

// An id with every character outside ASCII written as \uXXXX, to show how two ids that look
// the same differ.
inline QString escaped(std::string_view id)
{
    QString out;
    for (const QChar c : qs(id)) {
        if (c.unicode() < 0x80)
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return QStringLiteral("\"%1\"").arg(out);
}

} // namespace BuilderText
