// SPDX-License-Identifier: MIT
#pragma once

#include "tidelinerecord.h"

#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

class ImportContext;

// The sources an importer finds in a row (links in an HTML text, a media URL): one source per
// URL, its id "url:" and the URL, so that files read together share it (ImportContext::add
// keeps the first file's). A row's
// new sources wait until the row is known to be good (commit) or left out (discard), so that a
// skipped row leaves nothing behind. Nothing is ever fetched from a URL.
class LinkedSources
{
public:
    // The id of the source for `url`, creating it (pending) when the file has none yet.
    std::string idFor(const QString &url, const QString &title, const QString &publisher,
                             qint64 offset);
    // The row was added: its new sources are added too.
    void commit(ImportContext &context);
    // The row was left out.
    void discard();

private:
    struct Pending
    {
        std::string id, url, title, publisher;
        qint64 offset;
    };
    std::unordered_map<std::string, std::string> m_ids; // url -> id, committed
    std::vector<Pending> m_pending;
    TidelineRecord m_record;
};
