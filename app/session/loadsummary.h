// SPDX-License-Identifier: MIT
#pragma once

#include "datasetloader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a finished load tells the user, in words: a line for the status bar and, where the load
// brought messages worth a look, the heading to show them under. Which widget shows what is the
// window's business; the words (and which of them a load calls for) are decided here, without one.
struct LoadSummary
{
    Q_DECLARE_TR_FUNCTIONS(LoadSummary)

public:
    QString status;       // for the status bar; empty: say nothing
    int statusTimeout = 0; // ms the status stays; 0: until replaced
    // For a failed open or one with warnings: the heading of its messages (errors dialog). For a
    // failed reload: the sentence of the message bar. Empty: nothing to show.
    QString messagesHeading;
    // The first error, for a bar that has room for one line of detail.
    const LoadMessage *firstError = nullptr;

    // A load the user asked for (open, sample, recent, drop).
    static LoadSummary ofOpen(const QStringList &paths, const LoadResult &result);
    // A load of the open files again because they changed on disk; nobody asked for it, so
    // failing it keeps the last good data on screen and says so.
    static LoadSummary ofReload(const QStringList &paths, const LoadResult &result);
};
