// SPDX-License-Identifier: MIT
#include "exportcaption.h"

#include <QCoreApplication>

namespace {

// ExportCaption is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct ExportCaptionText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCaption)
};

} // namespace

QString ExportCaption::text(const Dataset &dataset, const FilterSpec &filter)
{
    QStringList parts;
    if (!filter.actors.isEmpty()) {
        QStringList names;
        for (const QString &id : filter.actors) {
            const int actor = dataset.actorIndex(id);
            names << (actor >= 0 ? dataset.actors[size_t(actor)].name : id);
        }
        const QString actors = names.join(QStringLiteral(", "));
        if (filter.allActors)
            //: Part of an exported timeline's caption, "Events %1": %1 lists actors, events have
            //: all of them
            parts << ExportCaptionText::tr("with all of %1").arg(actors);
        else
            //: Part of an exported timeline's caption, "Events %1": %1 lists actors, events have
            //: at least one of them
            parts << ExportCaptionText::tr("with any of %1").arg(actors);
    }
    if (!filter.from.isEmpty())
        //: Part of an exported timeline's caption, "Events %1": %1 is the first date shown
        parts << ExportCaptionText::tr("from %1").arg(filter.from);
    if (!filter.to.isEmpty())
        //: Part of an exported timeline's caption, "Events %1": %1 is the last date shown
        parts << ExportCaptionText::tr("to %1").arg(filter.to);
    if (!filter.query.trimmed().isEmpty())
        //: Part of an exported timeline's caption, "Events %1": %1 is the text searched for
        parts << ExportCaptionText::tr("mentioning “%1”").arg(filter.query.trimmed());
    if (!filter.tags.isEmpty())
        //: Part of an exported timeline's caption, "Events %1": %1 lists tags
        parts << ExportCaptionText::tr("tagged %1").arg(filter.tags.join(QStringLiteral(", ")));
    QStringList sources;
    for (const Source &source : dataset.sources) {
        if (source.publisher.isEmpty())
            sources << source.title;
        else
            //: A source in an exported timeline's caption: %1 is its title, %2 its publisher
            sources << ExportCaptionText::tr("%1, %2").arg(source.title, source.publisher);
        if (sources.size() == 3)
            break;
    }
    QString text;
    if (parts.isEmpty())
        //: An exported timeline's caption when no filter is set
        text = ExportCaptionText::tr("All events");
    else
        //: An exported timeline's caption: %1 lists the filter's parts ("with any of …; from …;
        //: tagged …")
        text = ExportCaptionText::tr("Events %1").arg(parts.join(QStringLiteral("; ")));
    if (!sources.isEmpty()) {
        //: Added to an exported timeline's caption: %1 lists up to three sources
        text += ExportCaptionText::tr(" — Source: %1").arg(sources.join(QStringLiteral("; ")));
        if (dataset.sources.size() > 3)
            //: Added after " — Source: %1" when the dataset has more sources than it lists
            text += ExportCaptionText::tr(" and %n more", nullptr, int(dataset.sources.size() - 3));
    }
    //: Ends an exported timeline's caption: the program that made the picture
    return text + ExportCaptionText::tr(" — Tideline");
}
