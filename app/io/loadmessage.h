// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// One thing the loader has to say about a file: where (file, line, column, JSON path) and what.
// Errors travel as these values up to whoever shows them: the validate command prints them,
// the window lists them. Nothing in the core prints or pops up anything.
struct LoadMessage
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when the message is about the whole file
    int column = 0; // 1-based, in characters
    QString path;   // JSON path such as events[12].start; empty for the file as a whole
    QString text;

    bool isError() const { return severity == Severity::Error; }
    // "file:line:col: error: path: text", the form compilers use, so editors can jump to it.
    QString toString() const;
};

using LoadMessages = QList<LoadMessage>;
