// SPDX-License-Identifier: MIT
#pragma once

#include "importformat.h"

#include <QByteArray>
#include <QString>

#include <optional>

// How to read files that are not tideline/1. The same options come from the command line
// (--format, --profile, --skip-bad-rows, --group-as) and from the window (the import dialog and
// the error dialog's "Skip Bad Rows"), so every entry point reads a file the same way.
struct ImportOptions
{
    // Every file is read as this format; none: each file's own, recognised from its content.
    std::optional<ImportFormat> format;
    // A column mapping (a "profile", JSON) for CSV, TSV and JSON records, as the import dialog
    // saves it; empty: the mapping is guessed from the header, or remembered for it.
    QByteArray profile;
    QString profileFile; // where `profile` came from, for messages; empty: the dialog
    // Rows that cannot be read are left out (and counted) instead of failing the load.
    bool skipBadRows = false;
    // What a TimelineJS or vis.js group becomes: an actor (a lane of its own) or a tag.
    enum class GroupAs { Actor, Tag };
    GroupAs groupAs = GroupAs::Actor;

    friend bool operator==(const ImportOptions &, const ImportOptions &) = default;
};
