// SPDX-License-Identifier: MIT
#pragma once

// One file's bytes in memory, as DatasetLoader reads them before parsing. Private to app/io.

#include "bytebuffer.h"
#include "loadprogress.h"

#include <QString>

#include <functional>

// The bytes of one file, read into memory and the file closed again. Not memory-mapped: a
// mapped file that another program truncates kills the process with SIGBUS, and a folder of
// thousands of files would hold as many descriptors open.
struct FileBytes
{
    QString name;
    ByteBuffer owned;
    const char *data = "";
    qint64 size = 0;

    enum class Outcome { Read, Failed, Cancelled };

    // Reads the file called `name`. Failed, with `error` in words for the user, when it cannot
    // be read or changes while it is read; Cancelled as soon as `progress` is.
    Outcome read(LoadProgress *progress, QString *error);

    // See DatasetLoader::setReadHookForTesting.
    static void setReadHook(std::function<void(const QString &file, qint64 bytesRead)> hook,
                            qint64 chunkBytes);
};
