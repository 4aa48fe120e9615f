// SPDX-License-Identifier: MIT
#include "convertcommand.h"

#include "cachecommand.h"
#include "datasetimport.h"
#include "datasetwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

// ConvertCommand is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct ConvertCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)
};

} // namespace

int ConvertCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QString output = commandLine.convertOutput;
    if (QFileInfo::exists(output) && !commandLine.force) {
        err << "tideline: "
            << ConvertCommandText::tr("%1 exists; use --force to overwrite it").arg(output) << '\n';
        return 1;
    }
    // Writing over one of the inputs would lose it if the conversion is not what was wanted.
    for (const QString &input : commandLine.paths) {
        if (QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath()
            && QFileInfo::exists(output)) {
            err << "tideline: "
                << ConvertCommandText::tr(
                       "%1 is also an input; Tideline never writes over a file it reads")
                       .arg(output)
                << '\n';
            return 1;
        }
    }
    ImportOptions import = commandLine.import;
    if (const QString problem = DatasetImport::readProfileFile(&import); !problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult loaded = loadThroughCache(commandLine, import, err);
    for (const LoadMessage &message : loaded.messages)
        err << message.toString() << '\n';
    if (!loaded.ok()) {
        err << "tideline: "
            << ConvertCommandText::tr("nothing written: %n error(s)", nullptr, loaded.errorCount())
            << '\n';
        return 1;
    }
    const Dataset &dataset = *loaded.dataset;
    if (const QString problem = DatasetWriter::write(dataset, output); !problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    //: What `tideline convert` prints: %1 is the file written, %2 to %4 what it holds ("23 events",
    //: "5 actors", "40 positions"), %5 the time it took in milliseconds
    out << ConvertCommandText::tr("wrote %1 (%2, %3, %4) in %5 ms")
               .arg(output, ConvertCommandText::tr("%n events", nullptr, dataset.events.count()),
                    ConvertCommandText::tr("%n actors", nullptr, int(dataset.actors.size())),
                    ConvertCommandText::tr("%n positions", nullptr, int(dataset.positions.size())),
                    QString::number(timer.elapsed()))
        << '\n';
    return 0;
}
