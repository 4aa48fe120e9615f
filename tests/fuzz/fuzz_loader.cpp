// SPDX-License-Identifier: MIT
// The tideline/1 loader on whole files, through DatasetLoader::load as the window and `validate`
// call it: bytes to files, files to a Dataset or messages, messages to text. The input is one
// file, or several separated by a line "--next-file--" (references and duplicate ids across
// files). The files are written to a scratch folder in memory.
// Checks: a load gives a dataset or at least one error; every message names a file of the load
// and a place inside it; a dataset is consistent (sorted events, references in range, no parent
// cycles, each actor's events listed in time order) and every date in it formats; what the views
// build from it holds together (lanes find exactly the events meeting a window, the overview
// counts every event once, the actors × issues matrix every position once).
#include "fuzzcommon.h"

#include "actorcolors.h"
#include "dateformat.h"
#include "datasetloader.h"
#include "loadprogress.h"
#include "overviewhistogram.h"
#include "stancematrixmodel.h"
#include "timelinelanes.h"

#include <QByteArray>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <memory>

namespace {

constexpr int maxFiles = 4;

void writeFile(const QString &path, const char *data, qsizetype size)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        std::abort();
    for (qsizetype done = 0; done < size;) {
        const ssize_t n = ::write(fd, data + done, size_t(size - done));
        if (n <= 0)
            std::abort();
        done += n;
    }
    ::close(fd);
}

int countLines(const QByteArray &bytes)
{
    return int(bytes.count('\n')) + 1;
}

void checkDataset(const Dataset &dataset)
{
    const EventStore &events = dataset.events;
    const int actorCount = int(dataset.actors.size());
    for (int e = 0; e < events.count(); ++e) {
        FUZZ_CHECK(events.start(e).isValid(), "event %d has no start", e);
        FUZZ_CHECK(events.beginSecond(e) < events.endSecond(e), "event %d ends before it begins", e);
        if (e > 0)
            FUZZ_CHECK(events.beginSecond(e - 1) <= events.beginSecond(e), "events not sorted at %d", e);
        FUZZ_CHECK(events.endSecond(e) - events.beginSecond(e) <= events.longestDuration(),
                   "longestDuration too short");
        FUZZ_CHECK(events.endSecond(e) <= events.latestEnd(), "latestEnd too early");
        for (quint32 a : events.actors(e))
            FUZZ_CHECK(int(a) < actorCount, "event %d: actor %u out of range", e, a);
        for (quint32 t : events.tags(e))
            FUZZ_CHECK(qsizetype(t) < dataset.tags.size(), "event %d: tag %u out of range", e, t);
        for (quint32 s : events.sources(e))
            FUZZ_CHECK(s < dataset.sources.size(), "event %d: source %u out of range", e, s);
        FUZZ_CHECK(!events.id(e).isEmpty() && !events.title(e).isEmpty(), "event %d: no id or title", e);
        if (e < 200) {
            static const QLocale english(QLocale::English);
            FUZZ_CHECK(!DateFormat::range(events.start(e), events.end(e), english).isEmpty(),
                       "event %d: no date text", e);
            (void)DateFormat::precisionDescription(events.start(e));
        }
    }
    qsizetype listed = 0;
    const ActorColors colors(dataset);
    FUZZ_CHECK(colors.size() == size_t(actorCount), "%zu actor colours", colors.size());
    for (int a = 0; a < actorCount; ++a) {
        const Actor &actor = dataset.actors[size_t(a)];
        FUZZ_CHECK(colors.of(a).isValid(), "actor %d is drawn in no colour", a);
        FUZZ_CHECK(!actor.color.isValid() || colors.of(a) == actor.color,
                   "actor %d is not drawn in its file's colour", a);
        FUZZ_CHECK(actor.parent >= -1 && actor.parent < actorCount, "actor %d: parent out of range", a);
        FUZZ_CHECK(dataset.actorIndex(actor.id) == a, "actor %d not indexed by id", a);
        // No cycles: the chain of parents ends within actorCount steps.
        int steps = 0;
        for (int p = actor.parent; p >= 0; p = dataset.actors[size_t(p)].parent)
            FUZZ_CHECK(++steps <= actorCount, "actor %d: parent cycle", a);
        const auto own = events.eventsOfActor(a);
        listed += qsizetype(own.size());
        for (size_t i = 0; i < own.size(); ++i) {
            FUZZ_CHECK(int(own[i]) < events.count(), "actor %d: event out of range", a);
            if (i > 0)
                FUZZ_CHECK(own[i - 1] <= own[i], "actor %d: events not in time order", a);
        }
    }
    qsizetype references = 0;
    for (int e = 0; e < events.count(); ++e)
        references += qsizetype(events.actors(e).size());
    FUZZ_CHECK(listed == references, "actor index holds %lld of %lld references",
               static_cast<long long>(listed), static_cast<long long>(references));
    for (const Position &p : dataset.positions) {
        FUZZ_CHECK(p.actor >= 0 && p.actor < actorCount, "position actor out of range");
        FUZZ_CHECK(p.issue >= 0 && size_t(p.issue) < dataset.issues.size(), "position issue out of range");
        FUZZ_CHECK(p.source >= -1 && p.source < int(dataset.sources.size()), "position source out of range");
        FUZZ_CHECK(p.event >= -1 && p.event < events.count(), "position event out of range");
        FUZZ_CHECK(p.date.isValid(), "position without a date");
    }
}

// The views' own structures over a loaded dataset, against plain loops.
void checkViews(const std::shared_ptr<const Dataset> &shared)
{
    const Dataset &dataset = *shared;
    const EventStore &events = dataset.events;
    const int count = events.count();

    // One lane for everything: the events meeting a window are exactly those that begin before
    // its end and end after its start.
    TimelineLanes single;
    single.build(dataset, LaneGrouping::Single, {});
    FUZZ_CHECK(single.laneCount() == 1, "single grouping: %d lanes", single.laneCount());
    if (count > 0) {
        std::vector<std::pair<qint64, qint64>> windows{{events.earliestBegin(), events.latestEnd()}};
        for (int e = 0; e < std::min(count, 16); ++e) {
            windows.push_back({events.beginSecond(e), events.beginSecond(e) + 1});
            windows.push_back({events.endSecond(e) - 1, events.endSecond(e)});
            windows.push_back({events.beginSecond(e) - 86400, events.beginSecond(e)});
        }
        std::vector<quint32> visible;
        for (const auto &[t0, t1] : windows) {
            single.visibleEvents(0, t0, t1, &visible);
            std::vector<quint32> expected;
            qint64 starting = 0;
            for (int e = 0; e < count; ++e) {
                if (events.beginSecond(e) < t1 && events.endSecond(e) > t0)
                    expected.push_back(quint32(e));
                starting += events.beginSecond(e) >= t0 && events.beginSecond(e) < t1;
            }
            FUZZ_CHECK(visible == expected, "lane window [%lld, %lld): %zu events, expected %zu",
                       static_cast<long long>(t0), static_cast<long long>(t1), visible.size(),
                       expected.size());
            FUZZ_CHECK(single.countCandidates(0, t0, t1) >= qint64(expected.size()),
                       "countCandidates is not an upper bound");
            FUZZ_CHECK(single.countStarting(0, t0, t1) <= starting, "countStarting is not a lower bound");
        }
    }
    // Every grouping, actors expanded and every parent collapsed: lanes in range.
    QSet<int> parents;
    for (const Actor &actor : dataset.actors) {
        if (actor.parent >= 0)
            parents.insert(actor.parent);
    }
    for (LaneGrouping grouping : {LaneGrouping::Actors, LaneGrouping::ActorKinds, LaneGrouping::Tags}) {
        for (const QSet<int> &collapsed : {QSet<int>(), parents}) {
            TimelineLanes lanes;
            lanes.build(dataset, grouping, collapsed);
            for (int e = 0; e < std::min(count, 64); ++e) {
                for (int lane : lanes.lanesOfEvent(e))
                    FUZZ_CHECK(lane >= 0 && lane < lanes.laneCount(), "event %d in lane %d", e, lane);
            }
            for (int a = 0; a < int(dataset.actors.size()); ++a)
                FUZZ_CHECK(lanes.laneOfActor(a) >= -1 && lanes.laneOfActor(a) < lanes.laneCount(),
                           "actor %d in lane %d", a, lanes.laneOfActor(a));
        }
    }

    // The overview: every event in exactly one bin of one group.
    const OverviewHistogram histogram = OverviewHistogram::compute(dataset, nullptr);
    qint64 counted = 0;
    for (const OverviewHistogram::Group &group : histogram.groups) {
        FUZZ_CHECK(int(group.counts.size()) == histogram.binCount(), "group of %zu bins",
                   group.counts.size());
        for (int c : group.counts)
            counted += c;
    }
    FUZZ_CHECK(counted == count, "the overview counts %lld of %d events",
               static_cast<long long>(counted), count);
    for (size_t i = 1; i < histogram.edges.size(); ++i)
        FUZZ_CHECK(histogram.edges[i - 1] < histogram.edges[i], "overview edges not increasing");
    if (count > 0)
        FUZZ_CHECK(histogram.edges.front() <= events.earliestBegin(), "first event before the first bin");

    // The actors × issues matrix: every position once.
    StanceMatrixModel matrix;
    matrix.setDataset(shared);
    qint64 statements = 0;
    for (int row = 0; row < matrix.rowCount(); ++row) {
        for (int column = 0; column < matrix.columnCount(); ++column)
            statements += matrix.index(row, column).data(StanceMatrixModel::StatementCountRole).toInt();
    }
    FUZZ_CHECK(statements == qint64(dataset.positions.size()), "the matrix holds %lld of %zu positions",
               static_cast<long long>(statements), dataset.positions.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     qsizetype(size));
    // Split into files.
    static const QByteArray separator("\n--next-file--\n");
    QStringList paths;
    QList<QByteArray> contents;
    qsizetype from = 0;
    while (paths.size() < maxFiles) {
        qsizetype to = paths.size() + 1 < maxFiles ? input.indexOf(separator, from) : -1;
        if (to < 0)
            to = input.size();
        const QString path = FuzzCommon::scratchFile(QStringLiteral("%1.json").arg(paths.size()));
        writeFile(path, input.constData() + from, to - from);
        paths << path;
        contents << QByteArray(input.constData() + from, to - from);
        if (to == input.size())
            break;
        from = to + separator.size();
    }

    LoadProgress progress;
    const LoadResult result = DatasetLoader::load(paths, &progress);
    FUZZ_CHECK(!result.cancelled, "cancelled without being asked");
    FUZZ_CHECK(result.ok() || result.errorCount() > 0, "no dataset and no error");
    FUZZ_CHECK(!result.ok() || result.errorCount() == 0, "a dataset despite errors");
    for (const LoadMessage &message : result.messages) {
        const QString text = message.toString();
        FUZZ_CHECK(!text.isEmpty() && !message.text.isEmpty(), "a message without text");
        const qsizetype file = paths.indexOf(message.file);
        if (file < 0) {
            // Only the closing "stopped after N errors" names the files as a whole.
            FUZZ_CHECK(message.line == 0, "a message names no file of the load: %s", qPrintable(text));
            continue;
        }
        FUZZ_CHECK(message.line >= 0 && message.line <= countLines(contents[file]),
                   "line out of range: %s", qPrintable(text));
        FUZZ_CHECK(message.line == 0 ? message.column == 0 : message.column >= 1,
                   "column out of range: %s", qPrintable(text));
        FUZZ_CHECK(message.column <= contents[file].size() + 1, "column out of range: %s",
                   qPrintable(text));
        // Another place ("first defined at FILE:LINE:COLUMN") is a field of its own, naming a
        // file of the load and a line in it; the text itself never holds it.
        if (message.hasRelated()) {
            const qsizetype other = paths.indexOf(message.relatedFile);
            FUZZ_CHECK(other >= 0, "another place in no file of the load: %s", qPrintable(text));
            FUZZ_CHECK(message.relatedLine >= 1 && message.relatedLine <= countLines(contents[other])
                           && message.relatedColumn >= 1,
                       "another place out of range: %s", qPrintable(text));
            FUZZ_CHECK(text.endsWith(message.relatedPlace()), "another place not at the end: %s",
                       qPrintable(text));
        }
        FUZZ_CHECK(!message.text.endsWith(QStringLiteral(" at")),
                   "a message whose other place is missing: %s", qPrintable(text));
    }
    if (result.ok()) {
        FUZZ_CHECK(progress.bytesRead() == progress.totalBytes(), "progress stopped short");
        FUZZ_CHECK(progress.events() == result.dataset->events.count(), "progress miscounts events");
        checkDataset(*result.dataset);
        checkViews(result.dataset);
    }
    return 0;
}
