// SPDX-License-Identifier: MIT
#include "validatecommand.h"

#include "datasetimport.h"

#include <QCoreApplication>

namespace {

// ValidateCommand is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct ValidateCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
};

} // namespace

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
        out << ValidateCommandText::tr("%n error(s)", nullptr, result.errorCount()) << '\n';
        return 1;
    }
    const Dataset &dataset = *result.dataset;
    QStringList counts = {
        ValidateCommandText::tr("%n event(s)", nullptr, dataset.events.count()),
        ValidateCommandText::tr("%n actor(s)", nullptr, int(dataset.actors.size())),
        ValidateCommandText::tr("%n issue(s)", nullptr, int(dataset.issues.size())),
        ValidateCommandText::tr("%n position(s)", nullptr, int(dataset.positions.size())),
        ValidateCommandText::tr("%n source(s)", nullptr, int(dataset.sources.size())),
    };
    // Periods are named only when there are any: the line stays as it was for other datasets.
    if (!dataset.periods.empty())
        counts << ValidateCommandText::tr("%n period(s)", nullptr, int(dataset.periods.size()));
    //: What `tideline validate` prints for files without errors: %1 lists what they hold ("3
    //: event(s), 2 actor(s), …"), %2 says how many files ("2 file(s)"), %3 how many warnings ("0
    //: warning(s)")
    out << ValidateCommandText::tr("ok: %1 in %2; %3")
               .arg(counts.join(QStringLiteral(", ")),
                    ValidateCommandText::tr("%n file(s)", nullptr, int(dataset.files.size())),
                    ValidateCommandText::tr("%n warning(s)", nullptr, result.warningCount()))
        << '\n';
    return 0;
}
