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
    // Another place the message refers to, such as where a duplicate id was first defined, and
    // how the text introduces it ("first defined at"). A field of its own, never spliced into
    // `text`: a translation may reorder its words, and text quoted from a file may hold anything.
    QString relatedText;  // empty: no other place
    QString relatedFile;
    int relatedLine = 0;
    int relatedColumn = 0;
    // An error about one row of an imported file: reading it again with "skip bad rows" (the
    // error dialog's button, --skip-bad-rows) leaves the row out instead of failing.
    bool skippableRow = false;

    bool isError() const { return severity == Severity::Error; }
    bool hasRelated() const { return !relatedText.isEmpty(); }
    // "file:line:col" of the other place.
    QString relatedPlace() const;
    // The text with the other place after it: "… is already used; first defined at f:3:8".
    QString fullText() const;
    // "file:line:col: error: path: text", the form compilers use, so editors can jump to it.
    QString toString() const;
};

using LoadMessages = QList<LoadMessage>;
