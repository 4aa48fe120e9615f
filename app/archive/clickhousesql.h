// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string_view>

// Values written into ClickHouse SQL text. ClickHouse 18.16, the server Debian 12 ships, has no
// bound query parameters over HTTP (`{name:Type}` came in 19.x), so every value from the user or
// a file reaches a query through these and nothing else: a string becomes one quoted literal
// whatever bytes it holds, and a name that is not a plain identifier is refused, never quoted
// into the text.
namespace ClickHouseSql {

// 'text' with backslash, quote and every control byte escaped (\\, \', \xHH): the literal reads
// back as exactly the UTF-8 bytes given, NUL and newlines included.
QByteArray string(std::string_view utf8);
QByteArray string(const QString &text);
// ['a', 'b'], an Array(String)
QByteArray stringArray(const QStringList &texts);
// ('a', 'b'), the right side of IN
QByteArray stringSet(const QStringList &texts);
QByteArray integer(qint64 value);

// Whether `name` can stand for a database or table as it is: ASCII letters, digits and
// underscores, not starting with a digit, at most 128 characters.
bool isPlainName(const QString &name);

} // namespace ClickHouseSql
