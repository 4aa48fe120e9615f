// SPDX-License-Identifier: MIT
#include "exportcaption.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCaption", text);
}

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
