// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "datasetloader.h"
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
    const LoadResult loaded = DatasetLoader::load(commandLine.paths);
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
    image.title = options.title.isEmpty() ? dataset.title : options.title;
    image.caption = ExportCaption::text(dataset, commandLine.filter);
    problem = TimelineImage::write(output, dataset, &result, image);
    if (!problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    out << tr("wrote %1 (%2x%3 %4, %5 of %6 events)")
               .arg(output)
               .arg(image.size.width())
               .arg(image.size.height())
               .arg(options.format.toUpper())
               .arg(result.eventCount)
               .arg(result.totalEvents)
        << '\n';
    return 0;
}
