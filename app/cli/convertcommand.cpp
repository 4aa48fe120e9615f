// SPDX-License-Identifier: MIT
#include "convertcommand.h"

#include "cachecommand.h"
#include "datasetimport.h"
#include "datasetwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ConvertCommand", text, nullptr, n);
}

} // namespace

int ConvertCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const QString output = commandLine.convertOutput;
    if (QFileInfo::exists(output) && !commandLine.force) {
        err << "tideline: " << tr("%1 exists; use --force to overwrite it").arg(output) << '\n';
        return 1;
    }
    // Writing over one of the inputs would lose it if the conversion is not what was wanted.
    for (const QString &input : commandLine.paths) {
        if (QFileInfo(input).canonicalFilePath() == QFileInfo(output).canonicalFilePath()
            && QFileInfo::exists(output)) {
            err << "tideline: " << tr("%1 is also an input; Tideline never writes over a file it reads")
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
        err << "tideline: " << tr("nothing written: %n error(s)", loaded.errorCount()) << '\n';
        return 1;
    }
    const Dataset &dataset = *loaded.dataset;
    if (const QString problem = DatasetWriter::write(dataset, output); !problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    out << tr("wrote %1 (%2 events, %3 actors, %4 positions) in %5 ms")
               .arg(output)
               .arg(dataset.events.count())
               .arg(dataset.actors.size())
               .arg(dataset.positions.size())
               .arg(timer.elapsed())
        << '\n';
    return 0;
}
