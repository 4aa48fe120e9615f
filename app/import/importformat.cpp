// SPDX-License-Identifier: MIT
#include "importformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <string_view>

namespace {

struct FormatInfo
{
    ImportFormat format;
    const char *name;
    const char *displayName;
};

constexpr std::array<FormatInfo, 8> formats = {{
    {ImportFormat::Tideline, "tideline", QT_TRANSLATE_NOOP("ImportFormat", "Tideline")},
    {ImportFormat::TimelineJs, "timelinejs", QT_TRANSLATE_NOOP("ImportFormat", "TimelineJS")},
    {ImportFormat::Vis, "vis", QT_TRANSLATE_NOOP("ImportFormat", "vis.js Timeline")},
    {ImportFormat::Csv, "csv", QT_TRANSLATE_NOOP("ImportFormat", "CSV/TSV")},
    {ImportFormat::Records, "records", QT_TRANSLATE_NOOP("ImportFormat", "JSON records")},
    {ImportFormat::Gdelt, "gdelt", QT_TRANSLATE_NOOP("ImportFormat", "GDELT 2.0 events")},
    {ImportFormat::Icews, "icews", QT_TRANSLATE_NOOP("ImportFormat", "ICEWS events")},
    {ImportFormat::Acled, "acled", QT_TRANSLATE_NOOP("ImportFormat", "ACLED events")},
}};

// The head of a file as UTF-8 text: enough to recognise it. UTF-16 with a byte order mark (how
// spreadsheets save "Unicode text") is decoded; a UTF-8 byte order mark is dropped.
QByteArray headText(const char *data, qint64 size)
{
    constexpr qint64 headBytes = 64 * 1024;
    const QByteArrayView head(data, std::min(size, headBytes));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE);
        const QString text = decoder(head.sliced(2));
        return text.toUtf8();
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        return head.sliced(3).toByteArray();
    return head.toByteArray();
}

// The first line, without its line break.
QByteArrayView firstLine(QByteArrayView text)
{
    const qsizetype end = text.indexOf('\n');
    QByteArrayView line = end < 0 ? text : text.first(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// GDELT 2.0 events: no header; 61 tab-separated fields (58 in GDELT 1.0's daily files), the
// first a numeric GLOBALEVENTID, the second SQLDATE as YYYYMMDD.
bool looksLikeGdelt(QByteArrayView line)
{
    const QList<QByteArrayView> fields = [&] {
        QList<QByteArrayView> parts;
        qsizetype from = 0;
        for (qsizetype tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
            parts << line.sliced(from, tab - from);
            from = tab + 1;
        }
        parts << line.sliced(from);
        return parts;
    }();
    return (fields.size() == 61 || fields.size() == 58 || fields.size() == 57) &&
           isDigits(fields[0]) && fields[1].size() == 8 && isDigits(fields[1]);
}

bool headerHas(QByteArrayView header, std::initializer_list<const char *> names)
{
    const QByteArray lower = header.toByteArray().toLower();
    return std::all_of(names.begin(), names.end(),
                       [&](const char *name) { return lower.contains(name); });
}

// The JSON formats, told apart by the keys near the top: tideline/1 says so; TimelineJS has
// "events" of slides with "start_date"; vis.js items have "start" and "content".
ImportFormat recogniseJson(QByteArrayView text, const QString &suffix)
{
    const QByteArray head = text.toByteArray();
    const auto has = [&](const char *key) { return head.contains(key); };
    // A tideline/1 file is always an object; an array at the top is items or records, whatever
    // their keys are called.
    if (head.startsWith('['))
        return has("\"content\"") && has("\"start\"") ? ImportFormat::Vis : ImportFormat::Records;
    if (has("\"tideline/1\"") || has("\"format\""))
        return ImportFormat::Tideline;
    if (has("\"start_date\"") || has("\"eras\""))
        return ImportFormat::TimelineJs;
    if (has("\"content\"") && has("\"start\""))
        return ImportFormat::Vis;
    if (has("\"actors\"") || has("\"positions\"") || has("\"issues\""))
        return ImportFormat::Tideline; // a tideline/1 file without its format: its reader says so
    // Not ours, not a timeline tool's: flat records, if it is a JSON array or holds one.
    const qsizetype first = head.indexOf('[');
    const qsizetype brace = head.indexOf('{');
    if (first >= 0 && brace > first)
        return ImportFormat::Records;
    if (brace >= 0 && first > brace && head.indexOf('{', brace + 1) > first)
        return ImportFormat::Records;
    Q_UNUSED(suffix);
    return ImportFormat::Tideline;
}

} // namespace

QString ImportFormats::name(ImportFormat format)
{
    return QLatin1String(formats[size_t(format)].name);
}

QString ImportFormats::displayName(ImportFormat format)
{
    return QCoreApplication::translate("ImportFormat", formats[size_t(format)].displayName);
}

std::optional<ImportFormat> ImportFormats::fromName(const QString &name)
{
    for (const FormatInfo &info : formats) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    if (name.compare(QLatin1String("tsv"), Qt::CaseInsensitive) == 0)
        return ImportFormat::Csv;
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return ImportFormat::Records;
    return std::nullopt;
}

QStringList ImportFormats::names()
{
    QStringList all;
    for (const FormatInfo &info : formats)
        all << QLatin1String(info.name);
    return all;
}

ImportFormat ImportFormats::recognise(const char *data, qint64 size, const QString &fileName)
{
    const QByteArray text = headText(data, size);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    qsizetype at = 0;
    while (at < text.size() &&
           (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
        ++at;
    if (at == text.size())
        return ImportFormat::Tideline; // empty: its reader says so
    const char first = text[at];
    if (first == '{' || first == '[')
        return recogniseJson(QByteArrayView(text).sliced(at), suffix);
    // Binary files and markup are the tideline reader's to describe.
    if (text.contains('\0') || first == '<')
        return ImportFormat::Tideline;
    const QByteArrayView line = firstLine(text);
    if (looksLikeGdelt(line))
        return ImportFormat::Gdelt;
    if (headerHas(line, {"event id", "source name", "target name", "cameo code"}))
        return ImportFormat::Icews;
    if (headerHas(line, {"event_date", "event_type", "actor1"}))
        return ImportFormat::Acled;
    return ImportFormat::Csv;
}
