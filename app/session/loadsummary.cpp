// SPDX-License-Identifier: MIT
#include "loadsummary.h"

#include "datasetsession.h"

LoadSummary LoadSummary::ofOpen(const QStringList &paths, const LoadResult &result)
{
    LoadSummary summary;
    const QString what = DatasetSession::describe(paths);
    if (result.cancelled) {
        summary.status = tr("Cancelled opening %1; the data already open is unchanged").arg(what);
        summary.statusTimeout = 6000;
    } else if (!result.ok()) {
        summary.status = tr("Could not open %1").arg(what);
        summary.messagesHeading =
            tr("%1 could not be opened: %n error(s). The data already open is unchanged.",
               nullptr, result.errorCount())
                .arg(what);
    } else if (result.warningCount() > 0) {
        summary.status = tr("Opened %1 with %n warning(s)", nullptr, result.warningCount()).arg(what);
        summary.messagesHeading =
            tr("%1 opened, with %n warning(s):", nullptr, result.warningCount()).arg(what);
    }
    return summary;
}

LoadSummary LoadSummary::ofReload(const QStringList &paths, const LoadResult &result)
{
    LoadSummary summary;
    const QString what = DatasetSession::describe(paths);
    if (result.cancelled)
        return summary; // superseded by a newer load, which speaks for itself
    if (!result.ok()) {
        summary.status = tr("Reload of %1 failed; showing the last good version").arg(what);
        summary.messagesHeading =
            tr("%1 changed on disk and now has %n error(s); the last good version stays on "
               "screen until it is fixed.", nullptr, result.errorCount())
                .arg(what);
        for (const LoadMessage &message : result.messages) {
            if (message.isError()) {
                summary.firstError = &message;
                break;
            }
        }
        return summary;
    }
    //: %1 names the files reloaded, %2 says how many events they hold ("1,200 events")
    summary.status = tr("Reloaded %1: %2, %n warning(s)", nullptr, result.warningCount())
                         .arg(what, tr("%Ln events", nullptr, result.dataset->events.count()));
    summary.statusTimeout = 8000;
    return summary;
}
