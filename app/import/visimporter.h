// SPDX-License-Identifier: MIT
#pragma once

#include "partialdate.h"

#include <QString>

#include <string_view>

class ImportContext;

// Reads vis.js Timeline data (vis-timeline DataSet JSON as people save it: an array of items, or
// {"items"|"data": [...], "groups": [...]}) into tideline/1 records: items become events
// (background items periods), groups actors (nested groups under their parent) or tags
// (ImportOptions::groupAs), links in contents and titles sources. docs/FORMAT.md, "Importing
// vis.js Timeline data", says what maps to what.
namespace VisImporter {

void read(ImportContext &context);

// A vis.js `start` or `end` written as a string, at the precision it was written with:
// "2015-02-25" (day), "2015-02-25T10:00:00+01:00" (second, its zone kept), "1424822400000"
// (epoch milliseconds, UTC), "Feb 25 2015", "25 February 2015 10:30", "2015/02/25". Returns an
// invalid date and says why in *error for what is not one, or could be two (03/04/2015).
// *droppedMilliseconds is set when a fraction of a second that is not zero was dropped.
PartialDate parseDate(std::string_view text, QString *error, bool *droppedMilliseconds);
// Epoch milliseconds as a UTC date: minute precision when the second and milliseconds are zero,
// else second. Invalid (with *error) beyond what a JavaScript Date holds.
PartialDate fromEpochMilliseconds(std::string_view number, QString *error,
                                  bool *droppedMilliseconds);

} // namespace VisImporter
