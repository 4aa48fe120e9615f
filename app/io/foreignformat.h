// SPDX-License-Identifier: MIT
#pragma once

// Format sniffing for DatasetLoader: a file that is not JSON at all gets one message that says
// what it looks like, instead of a JSON syntax error at its first byte. Private to app/io.

#include <QString>

// What a file that is not JSON looks like, from its first bytes, or nothing. UTF-16 with a byte
// order mark is the reader's to report.
QString foreignFormatMessage(const char *data, qint64 size);
