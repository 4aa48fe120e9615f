// SPDX-License-Identifier: MIT
#include "foreignformat.h"

#include "loadertext.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

QString foreignFormatMessage(const char *data, qint64 size)
{
    const auto startsWith = [&](std::string_view prefix) {
        return size >= qint64(prefix.size()) && std::memcmp(data, prefix.data(), prefix.size()) == 0;
    };
    static const std::pair<std::string_view, const char *> signatures[] = {
        {"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("DatasetLoader", "a PNG image")},
        {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("DatasetLoader", "a JPEG image")},
        {"GIF8", QT_TRANSLATE_NOOP("DatasetLoader", "a GIF image")},
        {"%PDF-", QT_TRANSLATE_NOOP("DatasetLoader", "a PDF document")},
        {"PK\x03\x04", QT_TRANSLATE_NOOP("DatasetLoader",
                                         "a ZIP archive (or an .xlsx, .docx or .odt document)")},
        {"\x1F\x8B", QT_TRANSLATE_NOOP("DatasetLoader", "a gzip-compressed file (unpack it first)")},
        {"SQLite format 3", QT_TRANSLATE_NOOP("DatasetLoader", "an SQLite database")},
    };
    for (const auto &[magic, what] : signatures) {
        if (startsWith(magic))
            //: %1 is the kind of file it looks like ("a PNG image")
            return LoaderText::tr("this looks like %1, not JSON").arg(LoaderText::tr(what));
    }
    if (startsWith(std::string_view("\0\0\xFE\xFF", 4)) || startsWith(std::string_view("\xFF\xFE\0\0", 4))
        || (size >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] != 0)
        || (size >= 4 && data[0] != 0 && data[1] == 0 && data[2] == 0 && data[3] == 0))
        return LoaderText::tr("the file is UTF-32; Tideline reads UTF-8 JSON (save it as UTF-8)");
    if (size >= 2 && ((data[0] == 0) != (data[1] == 0)) && uchar(data[0] | data[1]) < 0x80)
        return LoaderText::tr(
            "the file looks like UTF-16 (every other byte is zero); Tideline reads UTF-8 "
            "JSON (save it as UTF-8)");
    if (size >= 2 && data[0] == 0 && data[1] == 0)
        return LoaderText::tr(
            "the file starts with NUL bytes (zeros), not text; it may have been damaged "
            "while it was written");
    // Markup, after any byte order mark and white space.
    qint64 at = startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < size && (data[at] == ' ' || data[at] == '\t' || data[at] == '\n' || data[at] == '\r'))
        ++at;
    if (at < size && data[at] == '<') {
        const QByteArray head = QByteArray(data + at, int(std::min<qint64>(size - at, 256))).toLower();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
            || head.contains("<body"))
            return LoaderText::tr(
                "this looks like an HTML page, not JSON (a page saved from a browser, or an "
                "error page instead of the file?)");
        return LoaderText::tr("this looks like XML or HTML, not JSON");
    }
    return {};
}
