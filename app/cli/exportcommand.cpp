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

// ExportCommand is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct ExportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace


int ExportCommand::run(const CommandLine &commandLine, QTextStream &out, QTextStream &err)
{
    const CommandLine::Export &options = commandLine.exportImage;
    const QString output = options.output;
    if (QFileInfo::exists(output) && !commandLine.force) {
        err << "tideline: "
            << ExportCommandText::tr("%1 exists; use --force to overwrite it").arg(output) << '\n';
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
        err << "tideline: " << ExportCommandText::tr("nothing written: the dataset has errors")
            << '\n';
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
    //: Follows the format in what `tideline export` prints ("PDF, 3 pages"); %n is 2 or more
    const QString pages =
        written.pages > 1 ? ExportCommandText::tr(", %n pages", nullptr, written.pages) : QString();
    QString lanes;
    if (written.lanes == 1)
        lanes = ExportCommandText::tr("1 lane");
    else
        //: %n is 0, or 2 or more
        lanes = ExportCommandText::tr("%n lanes", nullptr, written.lanes);
    //: %1 is the events shown, %n all events of the dataset
    const QString events = ExportCommandText::tr("%1 of %n events", nullptr, result.totalEvents)
                               .arg(result.eventCount);
    //: What `tideline export` prints: %1 is the file written, %2 its width and %3 its height in
    //: pixels, %4 its format ("PNG"), %5 its pages when more than one (", 3 pages"), %6 the events
    //: shown ("20 of 80 events"), %7 the lanes ("3 lanes")
    out << ExportCommandText::tr("wrote %1 (%2x%3 %4%5, %6, %7)")
               .arg(output, QString::number(written.size.width()),
                    QString::number(written.size.height()), options.format.toUpper(), pages, events,
                    lanes)
        << '\n';
    if (written.lanesLeftOut > 0)
        //: %1 is a width, %2 a height, in pixels
        err << "tideline: "
            << ExportCommandText::tr("%n lanes did not fit at %1x%2; the caption says so", nullptr,
                                     written.lanesLeftOut)
                   .arg(image.size.width())
                   .arg(image.size.height())
            << '\n';
    return 0;
}
