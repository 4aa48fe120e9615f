// SPDX-License-Identifier: MIT
#pragma once

#include "jsonrecord.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

class ImportContext;

// Where a value stands in the file, as messages name it ("events[3].start_date.month"), built
// as a chain on the stack while a record is read and turned into text only for a message.
struct JsonPath
{
    const JsonPath *parent = nullptr;
    std::string_view key; // a member's name; empty for an element of the top-level array
    qint64 index = -1;    // an array element's index, or -1

    JsonPath member(std::string_view name) const { return {this, name, -1}; }
    QString toString() const;
};

// Streams a JSON file of another tool (TimelineJS, vis.js) through RapidJSON's SAX reader and
// hands it over in pieces small enough to keep one at a time: each element of an array at the
// top, or of an array that is a member of the top-level object, is one JsonRecord; any other
// top-level member is one record too. Offsets in the records are byte offsets into the file, so
// messages name line and column. Syntax errors, a UTF-16 file and an empty one are reported to
// the context as errors. The whole file never exists as a DOM.
class JsonRecordStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordStream)

public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        // The top-level value is an array (`key` empty), or a member `key` of the top-level
        // object holds one, beginning at `offset`. Its elements follow as records.
        virtual void beginArray(std::string_view key, qint64 offset) = 0;
        virtual void endArray(std::string_view key) = 0;
        // One element (`index` >= 0) of the array under `key`, or (index -1) a top-level member
        // that is not an array. Return false to stop reading.
        virtual bool record(std::string_view key, qint64 index, const JsonRecord &value) = 0;
    };

    // Reads the context's file. False when it could not be read to the end (a syntax error,
    // a stop asked for by the handler or the context).
    static bool read(ImportContext &context, Handler &handler);

    // A member of an object node of `record` by name; -1 when absent.
    static int member(const JsonRecord &record, int object, std::string_view key);
};
