// SPDX-License-Identifier: MIT
#pragma once

class ImportContext;

// Reads a TimelineJS3 JSON file (the "title" slide, "events", "eras") into tideline/1 records:
// slides become events, eras periods, a slide's "group" an actor or a tag (ImportOptions::
// groupAs), links in texts and media URLs sources (never fetched). Streams: one slide at a time.
// docs/FORMAT.md, "Importing TimelineJS", says what maps to what.
namespace TimelineJsImporter {

void read(ImportContext &context);

} // namespace TimelineJsImporter
