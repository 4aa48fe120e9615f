// SPDX-License-Identifier: MIT
#include "validatecommand.h"

#include "datasetimport.h"

#include <QCoreApplication>

int ValidateCommand::run(const QStringList &paths, ImportOptions options, QTextStream &out,
                         QTextStream &err)
{
    if (const QString problem = DatasetImport::readProfileFile(&options); !problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    // The files are checked as a load checks them, but the events' text is not kept: validate
    // needs no model to show (a million events: 626 MB at its peak with the text, 1/3 without).
    const LoadResult result =
        DatasetImport::load(paths, options, nullptr, DatasetLoader::Keep::AllButEventText);
    for (const LoadMessage &message : result.messages)
        err << message.toString() << '\n';
    err.flush();
    if (!result.ok()) {
        out << QCoreApplication::translate("ValidateCommand", "%n error(s)", nullptr,
                                           result.errorCount())
            << '\n';
        return 1;
    }
    const Dataset &dataset = *result.dataset;
    // Periods are named only when there are any: the line stays as it was for other datasets.
    const QString periods = dataset.periods.empty()
        ? QString()
        : QCoreApplication::translate("ValidateCommand", ", %1 period(s)").arg(dataset.periods.size());
    out << QCoreApplication::translate("ValidateCommand",
                                       "ok: %1 event(s), %2 actor(s), %3 issue(s), %4 position(s), "
                                       "%5 source(s)%8 in %6 file(s); %7 warning(s)")
               .arg(dataset.events.count())
               .arg(dataset.actors.size())
               .arg(dataset.issues.size())
               .arg(dataset.positions.size())
               .arg(dataset.sources.size())
               .arg(dataset.files.size())
               .arg(result.warningCount())
               .arg(periods)
        << '\n';
    return 0;
}
