// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "cachecommand.h"
#include "datasetimport.h"
#include "exportcaption.h"
#include "filterengine.h"
#include "timelineimage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace


int ExportCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const CommandLine::Export &options = commandLine.exportImage;
    const QString output = options.output;
    if (QFileInfo::exists(output) && !commandLine.force) {
        err << "tideline: " << tr("%1 exists; use --force to overwrite it").arg(output) << '\n';
        return 1;
    }
    ImportOptions import = commandLine.import;
    if (const QString problem = DatasetImport::readProfileFile(&import); !problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    const LoadResult loaded = loadThroughCache(commandLine, import, err);
    for (const LoadMessage &message : loaded.messages)
        err << message.toString() << '\n';
    if (!loaded.ok()) {
        err << "tideline: " << tr("nothing written: the dataset has errors") << '\n';
        return 1;
    }
    const Dataset &dataset = *loaded.dataset;
    QString problem;
    const EventFilter filter = commandLine.filter.resolve(dataset, &problem);
    if (!problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 2;
    }
    TextIndex text;
    const FilterResult result = FilterEngine::apply(dataset, filter, &text, FilterEngine::Counts::Skip);

    TimelineImage::Options image;
    TimelineImage::formatFromName(options.format, &image.format);
    image.size = options.size;
    image.theme = options.theme == QLatin1String("dark") ? TimelineImage::Theme::Dark
        : options.theme == QLatin1String("transparent")  ? TimelineImage::Theme::Transparent
                                                         : TimelineImage::Theme::Light;
    image.fixedSize = options.fixedSize;
    image.onePage = options.onePage;
    image.breaks = options.breaks;
    image.title = options.title.isEmpty() ? dataset.title : options.title;
    image.caption = ExportCaption::text(dataset, commandLine.filter);
    TimelineImage::Written written;
    problem = TimelineImage::write(output, dataset, &result, image, &written);
    if (!problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    const QString pages = written.pages > 1 ? tr(", %1 pages").arg(written.pages) : QString();
    const QString lanes = written.lanes == 1 ? tr("1 lane") : tr("%1 lanes").arg(written.lanes);
    out << tr("wrote %1 (%2x%3 %4%5, %6 of %7 events, %8)")
               .arg(output)
               .arg(written.size.width())
               .arg(written.size.height())
               .arg(options.format.toUpper(), pages)
               .arg(result.eventCount)
               .arg(result.totalEvents)
               .arg(lanes)
        << '\n';
    if (written.lanesLeftOut > 0)
        err << "tideline: " << tr("%1 lanes did not fit at %2x%3; the caption says so")
                                   .arg(written.lanesLeftOut)
                                   .arg(image.size.width())
                                   .arg(image.size.height())
            << '\n';
    return 0;
}
