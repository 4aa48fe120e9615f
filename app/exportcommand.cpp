// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "datasetloader.h"
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

QString ExportCommand::caption(const Dataset &dataset, const FilterSpec &filter)
{
    QStringList parts;
    if (!filter.actors.isEmpty()) {
        QStringList names;
        for (const QString &id : filter.actors) {
            const int actor = dataset.actorIndex(id);
            names << (actor >= 0 ? dataset.actors[size_t(actor)].name : id);
        }
        parts << (filter.allActors ? tr("with all of %1") : tr("with any of %1"))
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (!filter.from.isEmpty())
        parts << tr("from %1").arg(filter.from);
    if (!filter.to.isEmpty())
        parts << tr("to %1").arg(filter.to);
    if (!filter.query.trimmed().isEmpty())
        parts << tr("mentioning “%1”").arg(filter.query.trimmed());
    if (!filter.tags.isEmpty())
        parts << tr("tagged %1").arg(filter.tags.join(QStringLiteral(", ")));
    QStringList sources;
    for (const Source &source : dataset.sources) {
        sources << (source.publisher.isEmpty() ? source.title
                                               : tr("%1, %2").arg(source.title, source.publisher));
        if (sources.size() == 3)
            break;
    }
    QString text = parts.isEmpty() ? tr("All events") : tr("Events %1").arg(parts.join(QStringLiteral("; ")));
    if (!sources.isEmpty())
        text += tr(" — Source: %1").arg(sources.join(QStringLiteral("; ")))
            + (dataset.sources.size() > 3 ? tr(" and %1 more").arg(dataset.sources.size() - 3) : QString());
    return text + tr(" — Tideline");
}

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
    image.caption = caption(dataset, commandLine.filter);
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
