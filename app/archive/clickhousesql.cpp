// SPDX-License-Identifier: MIT
#include "clickhousesql.h"

QByteArray ClickHouseSql::string(std::string_view utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(qsizetype(utf8.size()) + 2);
    out += '\'';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\\' || c == '\'') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7F) {
            // Raw control bytes would be read as written, but a NUL cuts some clients' and
            // proxies' text short, and a line break makes a logged query hard to read.
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

QByteArray ClickHouseSql::string(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return string(std::string_view(utf8.constData(), size_t(utf8.size())));
}

namespace {

QByteArray joined(const QStringList &texts, char open, char close)
{
    QByteArray out(1, open);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += ClickHouseSql::string(texts[i]);
    }
    out += close;
    return out;
}

} // namespace

QByteArray ClickHouseSql::stringArray(const QStringList &texts)
{
    return joined(texts, '[', ']');
}

QByteArray ClickHouseSql::stringSet(const QStringList &texts)
{
    return joined(texts, '(', ')');
}

QByteArray ClickHouseSql::integer(qint64 value)
{
    return QByteArray::number(value);
}

bool ClickHouseSql::isPlainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 128 || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'_';
        if (!plain)
            return false;
    }
    return true;
}
