// SPDX-License-Identifier: MIT
// The filter as people write it: the command line (CommandLine::parse, whose FILTER options make
// a FilterSpec) and the filter remembered in the settings (FilterSpec::load).
//   Input starting with "[filter]": an INI settings file, read by FilterSpec::load.
//   Otherwise: the arguments after the program name, one per line (one per NUL-terminated piece
//   if the input holds a NUL byte).
// Checks: an error always says why; a filter the parser accepts resolves against the sample
// dataset or says why not; a resolved filter survives describe() and a save/load through the
// settings unchanged; FilterEngine::apply agrees with a plain loop over the events.
#include "fuzzcommon.h"

#include "commandline.h"
#include "datasetloader.h"
#include "filterengine.h"
#include "filterspec.h"
#include "textindex.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <string_view>

namespace {

const Dataset &sample()
{
    static const LoadResult result = [] {
        LoadResult r = DatasetLoader::load({QStringLiteral(TIDELINE_SAMPLE)});
        if (!r.ok())
            std::abort();
        return r;
    }();
    return *result.dataset;
}

TextIndex &sampleText()
{
    static TextIndex index;
    return index;
}

// The events a filter keeps, counted the slow and obvious way; text queries are left out.
std::vector<quint8> expectedEvents(const Dataset &dataset, const EventFilter &filter)
{
    const EventStore &events = dataset.events;
    const qint64 first = filter.from.isValid() ? filter.from.firstSecond()
                                               : std::numeric_limits<qint64>::min();
    const qint64 end = filter.to.isValid() ? filter.to.endSecond() : std::numeric_limits<qint64>::max();
    std::vector<quint8> keep(size_t(events.count()), 0);
    for (int e = 0; e < events.count(); ++e) {
        const auto actors = events.actors(e);
        bool pass = true;
        if (!filter.actors.isEmpty()) {
            QSet<int> present;
            for (quint32 a : actors) {
                if (filter.actors.contains(int(a)))
                    present.insert(int(a));
            }
            pass = filter.actorMatch == EventFilter::ActorMatch::All
                ? present.size() == filter.actors.size()
                : !present.isEmpty();
        }
        if (filter.from.isValid() || filter.to.isValid())
            pass = pass && events.beginSecond(e) < end && events.endSecond(e) > first;
        if (!filter.tags.isEmpty()) {
            bool any = false;
            for (quint32 t : events.tags(e))
                any = any || filter.tags.contains(int(t));
            pass = pass && any;
        }
        if (!filter.kinds.isEmpty()) {
            bool any = false;
            for (quint32 a : actors)
                any = any || filter.kinds.contains(int(dataset.actors[a].kind));
            pass = pass && any;
        }
        keep[size_t(e)] = pass;
    }
    return keep;
}

void checkEngine(const Dataset &dataset, const EventFilter &filter)
{
    const FilterResult result = FilterEngine::apply(dataset, filter, &sampleText());
    FUZZ_CHECK(result.totalEvents == dataset.events.count(), "total");
    FUZZ_CHECK(result.everything == filter.isEmpty(), "everything");
    FUZZ_CHECK(result.actorEventCounts.size() == dataset.actors.size(), "counts");
    if (result.everything) {
        FUZZ_CHECK(result.eventCount == result.totalEvents, "everything but not all");
        return;
    }
    FUZZ_CHECK(result.events.size() == size_t(dataset.events.count()), "mask size");
    FUZZ_CHECK(result.positions.size() == dataset.positions.size(), "positions size");
    int passing = 0;
    for (quint8 flag : result.events)
        passing += flag;
    FUZZ_CHECK(passing == result.eventCount, "eventCount %d, flags %d", result.eventCount, passing);

    EventFilter withoutText = filter;
    withoutText.query.clear();
    const std::vector<quint8> expected = expectedEvents(dataset, withoutText);
    if (filter.query.trimmed().isEmpty()) {
        FUZZ_CHECK(result.events == expected, "the engine and the plain loop disagree");
    } else {
        for (size_t e = 0; e < expected.size(); ++e)
            FUZZ_CHECK(!result.events[e] || expected[e], "a text query widened the result");
    }
}

void roundTripThroughSettings(const FilterSpec &spec)
{
    const QString path = FuzzCommon::scratchFile(QStringLiteral("settings.ini"));
    QFile::remove(path);
    {
        QSettings settings(path, QSettings::IniFormat);
        spec.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    const FilterSpec loaded = FilterSpec::load(settings);
    FUZZ_CHECK(loaded == spec, "the filter changed through the settings: actors [%s] -> [%s], "
               "query '%s' -> '%s', tags [%s] -> [%s]",
               qPrintable(spec.actors.join(u'|')), qPrintable(loaded.actors.join(u'|')),
               qPrintable(spec.query), qPrintable(loaded.query), qPrintable(spec.tags.join(u'|')),
               qPrintable(loaded.tags.join(u'|')));
}

void checkSpec(const FilterSpec &spec)
{
    const QString problem = spec.validate();
    if (!problem.isEmpty())
        return;
    roundTripThroughSettings(spec);

    const Dataset &dataset = sample();
    QString error;
    const EventFilter filter = spec.resolve(dataset, &error);
    if (!error.isEmpty()) {
        FUZZ_CHECK(filter == EventFilter(), "a filter that failed to resolve is not empty");
        return;
    }
    checkEngine(dataset, filter);

    // What the window remembers (describe) resolves to the same filter.
    const FilterSpec described = FilterSpec::describe(dataset, filter);
    FUZZ_CHECK(described.validate().isEmpty(), "describe() made an invalid spec: %s",
               qPrintable(described.validate()));
    QString again;
    const EventFilter back = described.resolve(dataset, &again);
    FUZZ_CHECK(again.isEmpty(), "describe() made a spec that does not resolve: %s", qPrintable(again));
    FUZZ_CHECK(back == filter, "describe() then resolve() changed the filter");
}

void fromSettingsFile(const QByteArray &bytes)
{
    const QString path = FuzzCommon::scratchFile(QStringLiteral("input.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(bytes);
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    const FilterSpec spec = FilterSpec::load(settings);
    FUZZ_CHECK(spec.validate().isEmpty(), "load() returned an invalid spec");
    checkSpec(spec);
}

void fromCommandLine(const QByteArray &bytes)
{
    const char separator = bytes.contains('\0') ? '\0' : '\n';
    QStringList arguments{QStringLiteral("tideline")};
    for (const QByteArray &piece : bytes.split(separator))
        arguments << QString::fromUtf8(piece);
    const CommandLine line = CommandLine::parse(arguments);
    switch (line.mode) {
    case CommandLine::Mode::Error:
        FUZZ_CHECK(!line.error.isEmpty(), "an error without text");
        return;
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
        return;
    case CommandLine::Mode::CacheClear:
        FUZZ_CHECK(line.paths.isEmpty(), "cache clear with files");
        return;
    case CommandLine::Mode::ArchivePush:
        FUZZ_CHECK(!line.paths.isEmpty() && !line.archive.url.isEmpty(), "push without files");
        FUZZ_CHECK(line.archive.batchEvents >= 1, "a batch of no events");
        return;
    case CommandLine::Mode::Generate:
        FUZZ_CHECK(line.paths.size() == 1, "generate without one output");
        FUZZ_CHECK(line.generate.events >= 0, "negative events");
        return;
    case CommandLine::Mode::Validate:
        FUZZ_CHECK(!line.paths.isEmpty(), "validate without files");
        break;
    case CommandLine::Mode::Convert:
        FUZZ_CHECK(!line.paths.isEmpty() && !line.convertOutput.isEmpty(), "convert without files");
        return;
    case CommandLine::Mode::Export:
        FUZZ_CHECK(!line.paths.isEmpty() && !line.exportImage.output.isEmpty(), "export without files");
        FUZZ_CHECK(line.exportImage.size.width() >= 200 && line.exportImage.size.height() >= 150
                       && line.exportImage.size.width() <= 20000
                       && line.exportImage.size.height() <= 20000,
                   "export size out of range");
        break;
    case CommandLine::Mode::Window:
        break;
    }
    FUZZ_CHECK(line.filter.validate().isEmpty(), "the parser accepted an invalid filter: %s",
               qPrintable(line.filter.validate()));
    checkSpec(line.filter);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("[filter]"))
        fromSettingsFile(bytes);
    else
        fromCommandLine(bytes);
    return 0;
}
