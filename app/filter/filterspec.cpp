// SPDX-License-Identifier: MIT
#include "filterspec.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

bool parseDate(const QString &text, const char *option, PartialDate *date, QString *error)
{
    if (text.isEmpty())
        return true;
    QString problem;
    *date = PartialDate::parse(text, &problem);
    if (!date->isValid()) {
        //: %1 is a command-line option ("--from"), %2 what is wrong with its date
        *error = FilterSpec::tr("%1: %2").arg(QLatin1String(option), problem);
        return false;
    }
    return true;
}

} // namespace

bool FilterSpec::isEmpty() const
{
    return actors.isEmpty() && from.isEmpty() && to.isEmpty() && query.trimmed().isEmpty()
        && tags.isEmpty() && kinds.isEmpty() && visibilities.isEmpty();
}

QString FilterSpec::validate() const
{
    QString error;
    PartialDate first, last;
    if (!parseDate(from, "--from", &first, &error) || !parseDate(to, "--to", &last, &error))
        return error;
    if (first.isValid() && last.isValid() && last.endSecond() <= first.firstSecond())
        return tr("--to (%1) is before --from (%2)").arg(to, from);
    for (const QString &kind : kinds) {
        if (!Vocabulary::actorKindFromKey(kind.toStdString()))
            return tr("unknown actor kind '%1'; expected one of %2")
                .arg(kind, Vocabulary::allowedActorKinds());
    }
    for (const QString &visibility : visibilities) {
        if (!Vocabulary::visibilityFromKey(visibility.toStdString()))
            return tr("unknown visibility '%1'; expected one of %2")
                .arg(visibility, Vocabulary::allowedVisibilities());
    }
    return {};
}

EventFilter FilterSpec::resolve(const Dataset &dataset, QString *error) const
{
    EventFilter filter;
    *error = validate();
    if (!error->isEmpty())
        return {};
    parseDate(from, "--from", &filter.from, error);
    parseDate(to, "--to", &filter.to, error);
    for (const QString &id : actors) {
        const int actor = dataset.actorIndex(id);
        if (actor < 0) {
            *error = tr("unknown actor '%1': no actor in the dataset has that \"id\"").arg(id);
            return {};
        }
        filter.actors.insert(actor);
    }
    filter.actorMatch = allActors ? EventFilter::ActorMatch::All : EventFilter::ActorMatch::Any;
    for (const QString &name : tags) {
        const qsizetype tag = dataset.tags.indexOf(name);
        if (tag < 0) {
            *error = tr("unknown tag '%1'").arg(name);
            return {};
        }
        filter.tags.insert(int(tag));
    }
    for (const QString &kind : kinds)
        filter.kinds.insert(int(*Vocabulary::actorKindFromKey(kind.toStdString())));
    for (const QString &visibility : visibilities)
        filter.visibilities.insert(int(*Vocabulary::visibilityFromKey(visibility.toStdString())));
    filter.query = query;
    return filter;
}

FilterSpec FilterSpec::describe(const Dataset &dataset, const EventFilter &filter)
{
    FilterSpec spec;
    for (int actor : filter.actors) {
        if (actor >= 0 && size_t(actor) < dataset.actors.size())
            spec.actors << dataset.actors[size_t(actor)].id;
    }
    spec.actors.sort();
    spec.allActors = filter.actorMatch == EventFilter::ActorMatch::All;
    spec.from = filter.from.toIsoString();
    spec.to = filter.to.toIsoString();
    spec.query = filter.query;
    for (int tag : filter.tags) {
        if (tag >= 0 && tag < dataset.tags.size())
            spec.tags << dataset.tags[tag];
    }
    spec.tags.sort();
    for (int kind : filter.kinds)
        spec.kinds << Vocabulary::key(ActorKind(kind));
    spec.kinds.sort();
    for (int visibility : filter.visibilities)
        spec.visibilities << Vocabulary::key(Visibility(visibility));
    spec.visibilities.sort();
    return spec;
}

void FilterSpec::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("filter"));
    settings.setValue(QStringLiteral("version"), 1);
    settings.setValue(QStringLiteral("actors"), actors);
    settings.setValue(QStringLiteral("allActors"), allActors);
    settings.setValue(QStringLiteral("from"), from);
    settings.setValue(QStringLiteral("to"), to);
    settings.setValue(QStringLiteral("query"), query);
    settings.setValue(QStringLiteral("tags"), tags);
    settings.setValue(QStringLiteral("kinds"), kinds);
    settings.setValue(QStringLiteral("visibilities"), visibilities);
    settings.endGroup();
}

FilterSpec FilterSpec::load(QSettings &settings)
{
    FilterSpec spec;
    settings.beginGroup(QStringLiteral("filter"));
    // Settings from a future version, or damaged ones, fall back to no filter.
    if (settings.value(QStringLiteral("version")).toInt() == 1) {
        spec.actors = settings.value(QStringLiteral("actors")).toStringList();
        spec.allActors = settings.value(QStringLiteral("allActors")).toBool();
        spec.from = settings.value(QStringLiteral("from")).toString();
        spec.to = settings.value(QStringLiteral("to")).toString();
        spec.query = settings.value(QStringLiteral("query")).toString();
        spec.tags = settings.value(QStringLiteral("tags")).toStringList();
        spec.kinds = settings.value(QStringLiteral("kinds")).toStringList();
        spec.visibilities = settings.value(QStringLiteral("visibilities")).toStringList();
    }
    settings.endGroup();
    if (!spec.validate().isEmpty())
        return {};
    return spec;
}
