// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The file formats Tideline reads: its own, and other tools' timelines and event data.
enum class ImportFormat {
    Tideline,   // tideline/1
    TimelineJs, // TimelineJS3 JSON
    Vis,        // vis-timeline DataSet JSON
    Csv,        // CSV or TSV, read through a column mapping
    Records,    // JSON records (an array of flat objects), read through the same mapping
    Gdelt,      // GDELT 2.0 events export (headerless, 61 tab-separated columns)
    Icews,      // ICEWS coded events
    Acled,      // ACLED, older upper-case or current lower-case schema
};

namespace ImportFormats {

// The name on the command line (--format) and in messages: "tideline", "timelinejs", "vis",
// "csv", "records", "gdelt", "icews", "acled".
QString name(ImportFormat format);
// What a person calls it: "TimelineJS", "GDELT 2.0 events".
QString displayName(ImportFormat format);
std::optional<ImportFormat> fromName(const QString &name);
QStringList names();

// What a file is, from its first bytes (the content decides; the suffix only breaks ties).
// Files that are not text at all are still "Tideline": its reader says what they look like.
ImportFormat recognise(const char *data, qint64 size, const QString &fileName);

} // namespace ImportFormats
