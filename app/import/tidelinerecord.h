// SPDX-License-Identifier: MIT
#pragma once

#include "jsonrecord.h"
#include "partialdate.h"

#include <string_view>

// Builds one tideline/1 record (an event, an actor, ...) as a JsonRecord for ImportContext::add,
// each value carrying the byte offset of the source text it came from, so that the builder's
// own messages point into the imported file. One TidelineRecord is reused for every record.
//
//   record.begin(rowOffset);
//   record.text("id", id, idOffset);
//   record.date("start", start, dateOffset);
//   record.beginList("actors", offset); record.item(actorId, offset); record.endList();
//   ctx.add(DatasetCollection::Events, record.finish());
class TidelineRecord
{
public:
    void begin(qint64 offset);
    void text(std::string_view key, std::string_view value, qint64 offset);
    // A date as tideline/1 writes it ("-0043-03-15"); nothing for an invalid date.
    void date(std::string_view key, const PartialDate &value, qint64 offset);
    // A date known only between two bounds: {"earliest": ..., "latest": ...}.
    void dateBetween(std::string_view key, const PartialDate &earliest, const PartialDate &latest,
                     qint64 offset);
    void boolean(std::string_view key, bool value, qint64 offset);
    void beginList(std::string_view key, qint64 offset);
    void item(std::string_view value, qint64 offset);
    void endList();
    const JsonRecord &finish();

private:
    JsonRecord m_record;
    std::string m_scratch;
};
