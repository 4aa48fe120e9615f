// SPDX-License-Identifier: MIT
// Shared by the importers' fuzz targets (fuzz_timelinejs, fuzz_vis): the input's first byte
// picks the options (skip bad rows, groups as tags), the rest is one file read as `format`
// through DatasetImport::load as `tideline convert` reads it.
// Checks: a dataset or at least one error; every message names the file and a line and column
// inside it; the dataset's events are whole (an id, a title, a start, ordered bounds); and what
// `convert` would write from it (DatasetWriter) loads again as tideline/1 with the same events.
#pragma once

#include "fuzzcommon.h"

#include "datasetimport.h"
#include "datasetloader.h"
#include "datasetwriter.h"

#include <QByteArray>
#include <QFile>

#include <cstdint>

namespace FuzzImport {

inline int countLines(const QByteArray &bytes)
{
    return int(bytes.count('\n')) + 1;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
}

inline int run(const std::uint8_t *data, std::size_t size, ImportFormat format)
{
    if (size == 0)
        return 0;
    ImportOptions options;
    options.format = format;
    options.skipBadRows = data[0] & 1;
    options.groupAs = data[0] & 2 ? ImportOptions::GroupAs::Tag : ImportOptions::GroupAs::Actor;
    const QByteArray content(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString path = FuzzCommon::scratchFile(QStringLiteral("input.json"));
    writeFile(path, content);

    const LoadResult result = DatasetImport::load({path}, options);
    FUZZ_CHECK(result.ok() || result.errorCount() > 0, "no dataset and no error");
    FUZZ_CHECK(!result.ok() || result.errorCount() == 0, "a dataset despite errors");
    for (const LoadMessage &message : result.messages) {
        const QString text = message.toString();
        FUZZ_CHECK(!message.text.isEmpty(), "a message without text");
        if (message.file != path) {
            FUZZ_CHECK(message.line == 0, "a message names another file: %s", qPrintable(text));
            continue;
        }
        FUZZ_CHECK(message.line >= 0 && message.line <= countLines(content), "line out of range: %s",
                   qPrintable(text));
        FUZZ_CHECK(message.line == 0 ? message.column == 0 : message.column >= 1,
                   "column out of range: %s", qPrintable(text));
    }
    if (!result.ok())
        return 0;
    const Dataset &dataset = *result.dataset;
    for (int e = 0; e < dataset.events.count(); ++e) {
        FUZZ_CHECK(!dataset.events.id(e).isEmpty() && !dataset.events.title(e).isEmpty(),
                   "event %d: no id or title", e);
        FUZZ_CHECK(dataset.events.start(e).isValid(), "event %d: no start", e);
        FUZZ_CHECK(dataset.events.beginSecond(e) < dataset.events.endSecond(e), "event %d: ends first", e);
    }
    // What convert writes validates, with every event.
    const QString converted = FuzzCommon::scratchFile(QStringLiteral("converted.json"));
    writeFile(converted, DatasetWriter::toJson(dataset));
    const LoadResult again = DatasetLoader::load({converted});
    FUZZ_CHECK(again.ok(), "the converted file does not load: %s",
               again.messages.isEmpty() ? "" : qPrintable(again.messages.first().toString()));
    FUZZ_CHECK(again.dataset->events.count() == dataset.events.count(), "events lost in conversion");
    return 0;
}

} // namespace FuzzImport
