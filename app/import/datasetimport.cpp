// SPDX-License-Identifier: MIT
#include "datasetimport.h"

#include "eventdataimport.h"
#include "sourcefile.h"
#include "importcontext.h"
#include "timelinejsimporter.h"
#include "visimporter.h"
#include "recordsimporter.h"
#include "tableimporter.h"

#include <QCoreApplication>
#include <QFile>

namespace {

// A tideline/1 file is streamed; other tools' files are read whole, which their readers need.
void readFile(SourceFile &file, int index, DatasetBuilder &builder, LoadProgress *progress,
              const ImportOptions &options)
{
    const std::string_view head = file.head();
    const ImportFormat format = options.format.value_or(
        ImportFormats::recognise(head.data(), qint64(head.size()), file.name()));
    if (format == ImportFormat::Tideline) {
        DatasetLoader::readTidelineFile(file, index, builder, progress);
        return;
    }
    const FileBytes *bytes = file.readWhole(progress);
    if (!bytes)
        return; // the loader says why
    ImportContext context(bytes->data, bytes->size, file.name(), index, builder, progress, options);
    switch (format) {
    case ImportFormat::Tideline:
        break;
    case ImportFormat::Gdelt:
        EventDataImport::readGdelt(context);
        break;
    case ImportFormat::Icews:
        EventDataImport::readIcews(context);
        break;
    case ImportFormat::Acled:
        EventDataImport::readAcled(context);
        break;
    case ImportFormat::TimelineJs:
        TimelineJsImporter::read(context);
        break;
    case ImportFormat::Vis:
        VisImporter::read(context);
        break;
    case ImportFormat::Csv:
        TableImporter::read(context);
        break;
    case ImportFormat::Records:
        RecordsImporter::read(context);
        break;
    default:
        context.error(
            0, QString(),
            QCoreApplication::translate("DatasetImport", "reading %1 files is not built yet")
                .arg(ImportFormats::displayName(format)));
        break;
    }
    context.finish();
}

} // namespace

QString DatasetImport::readProfileFile(ImportOptions *options)
{
    if (options->profileFile.isEmpty())
        return {};
    QFile file(options->profileFile);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("DatasetImport", "cannot read the profile %1: %2")
            .arg(options->profileFile, file.errorString());
    options->profile = file.readAll();
    return {};
}

DatasetLoader::FileReader DatasetImport::fileReader(const ImportOptions &options)
{
    return [options](SourceFile &file, int index, DatasetBuilder &builder,
                     LoadProgress *progress) { readFile(file, index, builder, progress, options); };
}

LoadResult DatasetImport::load(const QStringList &paths, const ImportOptions &options,
                               LoadProgress *progress, DatasetLoader::Keep keep)
{
    return DatasetLoader::load(paths, progress, fileReader(options), keep);
}
