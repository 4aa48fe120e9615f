// SPDX-License-Identifier: MIT
#pragma once

// One file's bytes, all of them in memory: how the readers of other tools' formats (app/import)
// see a file (SourceFile::readWhole). tideline/1 files are streamed instead (FileWindowStream).

#include "bytebuffer.h"

#include <QtGlobal>

struct FileBytes
{
    ByteBuffer owned;
    const char *data = "";
    qint64 size = 0;
};
