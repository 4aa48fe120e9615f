// SPDX-License-Identifier: MIT
// The shared filter without a window: FilterEngine on a hand-made dataset in which every
// criterion has an answer worked out by hand, FilterSpec's errors, round trips and settings,
// FilterState's synchronous and threaded publishing, TextIndex, and the sample dataset.
// Long because its tables cover every criterion alone and combined. The parts stay together
// because they are checked against one fixture, whose answers are worked out by hand below;
// split, each file would need that fixture and its worked answers again.
#include "datasetgenerator.h"
#include "datasetloader.h"
#include "datasetsession.h"
#include "filterengine.h"
#include "filterspec.h"
#include "filterstate.h"
#include "substringsearch.h"
#include "textfolding.h"
#include "textindex.h"
#include "workerpool.h"

#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

Q_DECLARE_METATYPE(FilterSpec)

namespace {

// Five actors, one issue, eleven events and five positions. The events in time order (the
// store's order), with start [.. end], actors, tags and title:
//
//  e-2019   2019                    atlantis borduria           treaty history
//           "Border treaty signed in Beijing"
//  e-year   2024                    planet                      politics   "Year of elections"
//  e-jan    2024-01-15              syldavia                    diplomacy
//           "BEIJING SUMMIT POSTPONED"
//  e-feb    2024-02                 atlantis syldavia           diplomacy  "Réunion à Genève"
//  e-range  2024-02-20..2024-03-05  borduria                    military   "Winter offensive"
//           (description: "Troops cross the frozen river.")
//  e-mar    2024-03-10              atlantis borduria           diplomacy  Arabic, vowel marks
//  e-leak   2024-03-20              (none)                      leak       "Unattributed leak"
//  e-apr    2024-04-02              syldavia nunez              diplomacy  Hebrew, with points
//  e-may    2024-05                 atlantis borduria syldavia  ceasefire  "停火协议"
//  e-jun    2024-06-10              borduria                    military
//           "Mobilisation announced"
//  e-late   2025-01-10              nunez                       diplomacy  "Talks resume"
//
// Kinds: atlantis and syldavia are states, borduria a faction, nunez ("Carla Núñez") a person,
// planet ("Daily Planet", alias "The Planet") media; atlantis has the alias "Lost Kingdom".
// Positions: p1 atlantis public 2024-03-10 on e-mar (quote "We will not yield an inch"),
// p2 borduria private 2024-05 on e-may ("lighthouse clause"), p3 syldavia reported 2024-01-15
// on e-jan, p4 planet public 2019 (no event), p5 nunez private 2025-01-10 on e-late ("Paciencia").
const char fixtureJson[] = R"json({
  "format": "tideline/1",
  "title": "Filter fixture",
  "actors": [
    { "id": "atlantis", "name": "Atlantis", "kind": "state", "aliases": ["Lost Kingdom"] },
    { "id": "borduria", "name": "Borduria", "kind": "faction" },
    { "id": "syldavia", "name": "Syldavia", "kind": "state" },
    { "id": "nunez", "name": "Carla Núñez", "kind": "person" },
    { "id": "planet", "name": "Daily Planet", "kind": "media", "aliases": ["The Planet"] }
  ],
  "issues": [ { "id": "settlement", "title": "Border settlement" } ],
  "events": [
    { "id": "e-late", "title": "Talks resume", "start": "2025-01-10", "actors": ["nunez"],
      "tags": ["diplomacy"] },
    { "id": "e-2019", "title": "Border treaty signed in Beijing", "start": "2019",
      "actors": ["atlantis", "borduria"], "tags": ["treaty", "history"] },
    { "id": "e-jan", "title": "BEIJING SUMMIT POSTPONED", "start": "2024-01-15",
      "actors": ["syldavia"], "tags": ["diplomacy"] },
    { "id": "e-feb", "title": "Réunion à Genève", "start": "2024-02",
      "actors": ["atlantis", "syldavia"], "tags": ["diplomacy"] },
    { "id": "e-range", "title": "Winter offensive", "start": "2024-02-20", "end": "2024-03-05",
      "actors": ["borduria"], "tags": ["military"],
      "description": "Troops cross the frozen river." },
    { "id": "e-year", "title": "Year of elections", "start": "2024", "actors": ["planet"],
      "tags": ["politics"] },
    { "id": "e-mar", "title": "مُفاوَضات السلام", "start": "2024-03-10",
      "actors": ["atlantis", "borduria"], "tags": ["diplomacy"] },
    { "id": "e-leak", "title": "Unattributed leak", "start": "2024-03-20", "tags": ["leak"] },
    { "id": "e-apr", "title": "שִׂיחוֹת שָׁלוֹם", "start": "2024-04-02",
      "actors": ["syldavia", "nunez"], "tags": ["diplomacy"] },
    { "id": "e-may", "title": "停火协议", "start": "2024-05",
      "actors": ["atlantis", "borduria", "syldavia"], "tags": ["ceasefire"] },
    { "id": "e-jun", "title": "Mobilisation announced", "start": "2024-06-10",
      "actors": ["borduria"], "tags": ["military"] }
  ],
  "positions": [
    { "id": "p1", "actor": "atlantis", "issue": "settlement", "stance": "opposes",
      "date": "2024-03-10", "quote": "We will not yield an inch",
      "statement": "Atlantis refuses concessions.", "visibility": "public", "event": "e-mar" },
    { "id": "p2", "actor": "borduria", "issue": "settlement", "stance": "conditional",
      "date": "2024-05", "statement": "Borduria privately accepts the lighthouse clause.",
      "visibility": "private", "event": "e-may" },
    { "id": "p3", "actor": "syldavia", "issue": "settlement", "stance": "unclear",
      "date": "2024-01-15", "statement": "Syldavia is said to favour delay.",
      "visibility": "reported", "event": "e-jan" },
    { "id": "p4", "actor": "planet", "issue": "settlement", "stance": "neutral",
      "date": "2019", "quote": "History repeats itself.", "visibility": "public" },
    { "id": "p5", "actor": "nunez", "issue": "settlement", "stance": "supports",
      "date": "2025-01-10", "quote": "Paciencia.", "visibility": "private", "event": "e-late" }
  ]
})json";

const QStringList allFixtureEvents = {"e-2019", "e-year", "e-jan", "e-feb", "e-range", "e-mar",
                                      "e-leak", "e-apr", "e-may", "e-jun", "e-late"};

// Filter descriptions for the tables, read left to right:
// Spec().allOf({"atlantis", "borduria"}).from("2024-03").text("geneve").
struct Spec
{
    FilterSpec spec;
    Spec anyOf(const QStringList &ids) const
    {
        return with([&](FilterSpec &s) { s.actors = ids; });
    }
    Spec allOf(const QStringList &ids) const
    {
        return with([&](FilterSpec &s) { s.actors = ids; s.allActors = true; });
    }
    Spec from(const QString &date) const { return with([&](FilterSpec &s) { s.from = date; }); }
    Spec to(const QString &date) const { return with([&](FilterSpec &s) { s.to = date; }); }
    Spec text(const QString &query) const { return with([&](FilterSpec &s) { s.query = query; }); }
    Spec tags(const QStringList &tags) const { return with([&](FilterSpec &s) { s.tags = tags; }); }
    Spec kinds(const QStringList &kinds) const
    {
        return with([&](FilterSpec &s) { s.kinds = kinds; });
    }
    Spec visibilities(const QStringList &visibilities) const
    {
        return with([&](FilterSpec &s) { s.visibilities = visibilities; });
    }
    operator FilterSpec() const { return spec; }

private:
    template <typename Change>
    Spec with(Change change) const
    {
        Spec copy = *this;
        change(copy.spec);
        return copy;
    }
};

QTestData &operator<<(QTestData &data, const Spec &spec)
{
    return data << spec.spec;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList passingEvents(const Dataset &dataset, const FilterResult &result)
{
    QStringList ids;
    for (int event = 0; event < dataset.events.count(); ++event) {
        if (result.passes(event))
            ids << dataset.events.id(event);
    }
    return sorted(ids);
}

QStringList passingPositions(const Dataset &dataset, const FilterResult &result)
{
    QStringList ids;
    for (size_t position = 0; position < dataset.positions.size(); ++position) {
        if (result.positionPasses(int(position)))
            ids << dataset.positions[position].id;
    }
    return sorted(ids);
}

QStringList actorIds(const Dataset &dataset, const QSet<int> &actors)
{
    QStringList ids;
    for (int actor : actors)
        ids << dataset.actors[size_t(actor)].id;
    return sorted(ids);
}

QStringList tagNames(const Dataset &dataset, const QSet<int> &tags)
{
    QStringList names;
    for (int tag : tags)
        names << dataset.tags[tag];
    return sorted(names);
}

} // namespace

class TestFilter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_fixture;
    std::shared_ptr<const Dataset> m_sample;

    std::shared_ptr<const Dataset> load(const QString &name, const QByteArray &json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        const LoadResult result = DatasetLoader::load({path});
        if (!result.ok() || result.warningCount() != 0)
            qFatal("%s does not load cleanly", qPrintable(name));
        return result.dataset;
    }

    EventFilter resolve(const FilterSpec &spec, const Dataset &dataset) const
    {
        QString error;
        const EventFilter filter = spec.resolve(dataset, &error);
        if (!error.isEmpty())
            qFatal("the test's own filter does not resolve: %s", qPrintable(error));
        return filter;
    }
    EventFilter resolve(const FilterSpec &spec) const { return resolve(spec, *m_fixture); }

    // A second dataset with the given actors (in that order, one event each) and the given tags
    // on its first event: for what a filter keeps when the dataset changes under it.
    QByteArray otherDataset(const QStringList &actors, const QStringList &tags) const
    {
        QStringList actorJson, eventJson;
        for (qsizetype i = 0; i < actors.size(); ++i) {
            actorJson << QStringLiteral(R"({ "id": "%1", "name": "Actor %1", "kind": "state" })")
                             .arg(actors[i]);
            eventJson << QStringLiteral(R"({ "id": "x%1", "title": "Event %1",
                                             "start": "2024-03-%2", "actors": ["%3"],
                                             "tags": [%4] })")
                             .arg(i)
                             .arg(10 + i)
                             .arg(actors[i], i == 0 && !tags.isEmpty()
                                                 ? u'"' + tags.join(QStringLiteral("\", \"")) + u'"'
                                                 : QString());
        }
        return QStringLiteral(R"({ "format": "tideline/1", "actors": [%1], "events": [%2] })")
            .arg(actorJson.join(u','), eventJson.join(u','))
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = load(QStringLiteral("fixture.json"), QByteArray(fixtureJson));
        QCOMPARE(m_fixture->events.count(), 11);
        QCOMPARE(m_fixture->positions.size(), size_t(5));
        const LoadResult sample = DatasetLoader::load({DatasetSession::samplePath()});
        QVERIFY(sample.ok());
        m_sample = sample.dataset;
    }

    // ---- FilterEngine ------------------------------------------------------------------------

    void eachCriterionAloneAndCombinedSelectsTheRightEvents_data()
    {
        QTest::addColumn<FilterSpec>("spec");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("no criteria: every event") << FilterSpec{} << allFixtureEvents;

        // Actors.
        QTest::addRow("any of one actor: that actor's events")
            << Spec().anyOf({"atlantis"})
            << QStringList{"e-2019", "e-feb", "e-mar", "e-may"};
        QTest::addRow("any of two actors: events of either")
            << Spec().anyOf({"atlantis", "syldavia"})
            << QStringList{"e-2019", "e-jan", "e-feb", "e-mar", "e-apr", "e-may"};
        QTest::addRow("all of two actors: only events with both")
            << Spec().allOf({"atlantis", "borduria"})
            << QStringList{"e-2019", "e-mar", "e-may"};
        QTest::addRow("all of three actors: the one event with all three")
            << Spec().allOf({"borduria", "atlantis", "syldavia"})
            << QStringList{"e-may"};
        QTest::addRow("all of a single actor is that actor's events")
            << Spec().allOf({"borduria"})
            << QStringList{"e-2019", "e-range", "e-mar", "e-may", "e-jun"};

        // Dates: an event passes when it overlaps [from, to], each end covering its whole period.
        QTest::addRow("month to month: partly overlapping range and edge month are in")
            << Spec().from("2024-03").to("2024-05")
            << QStringList{"e-year", "e-range", "e-mar", "e-leak", "e-apr", "e-may"};
        QTest::addRow("one day: the range ending that day and the year around it")
            << Spec().from("2024-03-05").to("2024-03-05")
            << QStringList{"e-year", "e-range"};
        QTest::addRow("day to day starting the day after a range ends excludes it")
            << Spec().from("2024-03-06").to("2024-03-10")
            << QStringList{"e-year", "e-mar"};
        QTest::addRow("year to year: every event of that year")
            << Spec().from("2024").to("2024")
            << QStringList{"e-year", "e-jan", "e-feb", "e-range", "e-mar", "e-leak", "e-apr",
                           "e-may", "e-jun"};
        QTest::addRow("year to month")
            << Spec().from("2019").to("2024-01")
            << QStringList{"e-2019", "e-year", "e-jan"};
        QTest::addRow("day to month: a month event ending where the window ends is in")
            << Spec().from("2024-02-25").to("2024-02")
            << QStringList{"e-year", "e-feb", "e-range"};
        QTest::addRow("day to month: a month event starting right after the window is out")
            << Spec().from("2024-04-02").to("2024-04")
            << QStringList{"e-year", "e-apr"};
        QTest::addRow("from only: open-ended towards the future")
            << Spec().from("2024-05")
            << QStringList{"e-year", "e-may", "e-jun", "e-late"};
        QTest::addRow("to only: open-ended towards the past")
            << Spec().to("2024-02")
            << QStringList{"e-2019", "e-year", "e-jan", "e-feb", "e-range"};

        // Text.
        QTest::addRow("text in any case finds titles in another case")
            << Spec().text("Beijing") << QStringList{"e-2019", "e-jan"};
        QTest::addRow("upper-case text is the same query")
            << Spec().text("BEIJING") << QStringList{"e-2019", "e-jan"};
        QTest::addRow("text without accents finds accented titles")
            << Spec().text("geneve") << QStringList{"e-feb"};
        QTest::addRow("accented upper-case text finds the title")
            << Spec().text("RÉUNION À GENÈVE") << QStringList{"e-feb"};
        QTest::addRow("decomposed accents are the same text")
            << Spec().text("Gene\u0300ve") << QStringList{"e-feb"};
        QTest::addRow("surrounding spaces are ignored")
            << Spec().text("  geneve  ") << QStringList{"e-feb"};
        QTest::addRow("text in a description")
            << Spec().text("frozen river") << QStringList{"e-range"};
        QTest::addRow("Arabic without vowel marks finds Arabic with them")
            << Spec().text("مفاوضات") << QStringList{"e-mar"};
        QTest::addRow("Hebrew without points finds Hebrew with them")
            << Spec().text("שיחות") << QStringList{"e-apr"};
        QTest::addRow("Hebrew with points finds it too")
            << Spec().text("שִׂיחוֹת") << QStringList{"e-apr"};
        QTest::addRow("Chinese")
            << Spec().text("停火") << QStringList{"e-may"};
        QTest::addRow("an actor's name finds that actor's events")
            << Spec().text("syldavia")
            << QStringList{"e-jan", "e-feb", "e-apr", "e-may"};
        QTest::addRow("an actor's alias finds that actor's events")
            << Spec().text("lost kingdom")
            << QStringList{"e-2019", "e-feb", "e-mar", "e-may"};
        QTest::addRow("an accented actor name found without accents")
            << Spec().text("nunez") << QStringList{"e-apr", "e-late"};
        QTest::addRow("a position's quote finds the event it was stated at")
            << Spec().text("yield an inch") << QStringList{"e-mar"};
        QTest::addRow("a position's statement finds the event it was stated at")
            << Spec().text("LIGHTHOUSE") << QStringList{"e-may"};

        // Tags and kinds.
        QTest::addRow("one tag")
            << Spec().tags({"leak"}) << QStringList{"e-leak"};
        QTest::addRow("any of two tags")
            << Spec().tags({"diplomacy", "military"})
            << QStringList{"e-jan", "e-feb", "e-range", "e-mar", "e-apr", "e-jun", "e-late"};
        QTest::addRow("one kind: events with an actor of that kind")
            << Spec().kinds({"person"}) << QStringList{"e-apr", "e-late"};
        QTest::addRow("any of two kinds")
            << Spec().kinds({"media", "faction"})
            << QStringList{"e-2019", "e-year", "e-range", "e-mar", "e-may", "e-jun"};
        QTest::addRow("visibility alone does not narrow events")
            << Spec().visibilities({"private"}) << allFixtureEvents;

        // Combined: every criterion must hold.
        QTest::addRow("actor, from and tag")
            << Spec().anyOf({"atlantis"}).from("2024").tags({"diplomacy"})
            << QStringList{"e-feb", "e-mar"};
        QTest::addRow("all of two actors within months")
            << Spec().allOf({"atlantis", "borduria"}).from("2024-03").to("2024-05")
            << QStringList{"e-mar", "e-may"};
        QTest::addRow("text and to")
            << Spec().to("2023").text("beijing") << QStringList{"e-2019"};
        QTest::addRow("kind, dates and text naming an actor")
            << Spec().from("2024-03").to("2024-04").text("syldavia").kinds({"state"})
            << QStringList{"e-apr"};
        QTest::addRow("actor and a quote of that actor")
            << Spec().anyOf({"nunez"}).text("paciencia") << QStringList{"e-late"};
    }

    void eachCriterionAloneAndCombinedSelectsTheRightEvents()
    {
        QFETCH(FilterSpec, spec);
        QFETCH(QStringList, expected);
        const EventFilter filter = resolve(spec);
        TextIndex index;
        const FilterResult result = FilterEngine::apply(*m_fixture, filter, &index);
        QCOMPARE(passingEvents(*m_fixture, result), sorted(expected));
        QCOMPARE(result.eventCount, int(expected.size()));
        QCOMPARE(result.totalEvents, 11);
        QCOMPARE(result.everything, spec.isEmpty());
        if (!result.everything)
            QCOMPARE(result.events.size(), size_t(11));
        // Without a shared index the engine builds its own and agrees.
        QCOMPARE(passingEvents(*m_fixture, FilterEngine::apply(*m_fixture, filter, nullptr)),
                 sorted(expected));
    }

    void filtersWithoutAMatchClearEveryFlag_data()
    {
        QTest::addColumn<FilterSpec>("spec");
        QTest::addRow("all of two actors never together")
            << Spec().allOf({"syldavia", "planet"});
        QTest::addRow("text found nowhere") << Spec().text("zzz");
        QTest::addRow("a period without events") << Spec().from("2021").to("2022-12");
        QTest::addRow("a tag only on an event without that actor")
            << Spec().anyOf({"atlantis"}).tags({"leak"});
        QTest::addRow("a kind no actor has") << Spec().kinds({"other"});
        QTest::addRow("text only before the window")
            << Spec().from("2025").text("beijing");
    }

    void filtersWithoutAMatchClearEveryFlag()
    {
        QFETCH(FilterSpec, spec);
        const FilterResult result = FilterEngine::apply(*m_fixture, resolve(spec), nullptr);
        QVERIFY(!result.everything);
        QCOMPARE(result.eventCount, 0);
        QCOMPARE(result.totalEvents, 11);
        QCOMPARE(result.events.size(), size_t(11));
        QVERIFY(std::all_of(result.events.begin(), result.events.end(),
                            [](quint8 flag) { return flag == 0; }));
        for (int event = 0; event < 11; ++event)
            QVERIFY(!result.passes(event));
        QCOMPARE(result.actorEventCounts, std::vector<int>(m_fixture->actors.size(), 0));
    }

    void countsEachActorsEventsUnderTheFilter_data()
    {
        // Counts in actor order: atlantis, borduria, syldavia, nunez, planet.
        QTest::addColumn<FilterSpec>("spec");
        QTest::addColumn<QList<int>>("counts");
        QTest::addRow("no filter: all of each actor's events")
            << FilterSpec{} << QList<int>{4, 5, 4, 2, 1};
        QTest::addRow("a date window")
            << Spec().from("2024-03").to("2024-05") << QList<int>{2, 3, 2, 1, 1};
        QTest::addRow("one actor: the others count only shared events")
            << Spec().anyOf({"atlantis"}) << QList<int>{4, 3, 2, 0, 0};
        QTest::addRow("text") << Spec().text("停火") << QList<int>{1, 1, 1, 0, 0};
        QTest::addRow("kind") << Spec().kinds({"person"}) << QList<int>{0, 0, 1, 2, 0};
    }

    void countsEachActorsEventsUnderTheFilter()
    {
        QFETCH(FilterSpec, spec);
        QFETCH(QList<int>, counts);
        const FilterResult result = FilterEngine::apply(*m_fixture, resolve(spec), nullptr);
        const QStringList order = {"atlantis", "borduria", "syldavia", "nunez", "planet"};
        QCOMPARE(result.actorEventCounts.size(), m_fixture->actors.size());
        for (qsizetype i = 0; i < order.size(); ++i) {
            const int actor = m_fixture->actorIndex(order[i]);
            QVERIFY(actor >= 0);
            QCOMPARE(result.actorEventCounts[size_t(actor)], counts[i]);
        }
        const FilterResult skipped = FilterEngine::apply(*m_fixture, resolve(spec), nullptr,
                                                         FilterEngine::Counts::Skip);
        QVERIFY(skipped.actorEventCounts.empty());
        QCOMPARE(skipped.eventCount, result.eventCount);
    }

    void positionsFollowVisibilityDatesActorsKindsAndText_data()
    {
        QTest::addColumn<FilterSpec>("spec");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("public only") << Spec().visibilities({"public"})
                                     << QStringList{"p1", "p4"};
        QTest::addRow("private only") << Spec().visibilities({"private"})
                                      << QStringList{"p2", "p5"};
        QTest::addRow("reported only") << Spec().visibilities({"reported"})
                                       << QStringList{"p3"};
        QTest::addRow("public and reported")
            << Spec().visibilities({"public", "reported"}) << QStringList{"p1", "p3", "p4"};
        QTest::addRow("a date window, with a month-precision position at its end")
            << Spec().from("2024-03").to("2024-05") << QStringList{"p1", "p2"};
        QTest::addRow("up to a year") << Spec().to("2019") << QStringList{"p4"};
        QTest::addRow("actors") << Spec().anyOf({"syldavia", "nunez"})
                                << QStringList{"p3", "p5"};
        QTest::addRow("kinds") << Spec().kinds({"state"}) << QStringList{"p1", "p3"};
        QTest::addRow("text in a statement")
            << Spec().text("lighthouse") << QStringList{"p2"};
        QTest::addRow("text naming the actor") << Spec().text("Syldavia")
                                               << QStringList{"p3"};
        QTest::addRow("visibility and from")
            << Spec().from("2025").visibilities({"private"}) << QStringList{"p5"};
        QTest::addRow("visibility and actor with nothing in common")
            << Spec().anyOf({"borduria"}).visibilities({"public"}) << QStringList{};
    }

    void positionsFollowVisibilityDatesActorsKindsAndText()
    {
        QFETCH(FilterSpec, spec);
        QFETCH(QStringList, expected);
        const FilterResult result = FilterEngine::apply(*m_fixture, resolve(spec), nullptr);
        QCOMPARE(result.positions.size(), m_fixture->positions.size());
        QCOMPARE(passingPositions(*m_fixture, result), sorted(expected));
    }

    void anActorListedTwiceOnAnEventCountsOnce()
    {
        // The format does not forbid repeating an actor; "all of" must still mean all of them.
        const auto dataset = load(QStringLiteral("repeated.json"), R"json({
          "format": "tideline/1",
          "actors": [ { "id": "a", "name": "Alpha", "kind": "state" },
                      { "id": "b", "name": "Beta", "kind": "state" } ],
          "events": [
            { "id": "twice", "title": "Alpha twice", "start": "2024", "actors": ["a", "a"] },
            { "id": "both", "title": "Alpha and Beta", "start": "2025", "actors": ["a", "b"] } ]
        })json");
        const FilterResult all = FilterEngine::apply(
            *dataset, resolve(Spec().allOf({"a", "b"}), *dataset), nullptr);
        QCOMPARE(passingEvents(*dataset, all), QStringList{"both"});
        const FilterResult any = FilterEngine::apply(
            *dataset, resolve(Spec().anyOf({"a"}), *dataset), nullptr);
        QCOMPARE(any.eventCount, 2);
        QCOMPARE(any.actorEventCounts[size_t(dataset->actorIndex("a"))], 2);
        const FilterResult none = FilterEngine::apply(*dataset, EventFilter{}, nullptr);
        QCOMPARE(none.actorEventCounts[size_t(dataset->actorIndex("a"))], 2);
    }

    // ---- FilterSpec --------------------------------------------------------------------------

    void resolveNamesWhatIsWrong_data()
    {
        QTest::addColumn<FilterSpec>("spec");
        QTest::addColumn<QStringList>("fragments");
        QTest::addRow("unknown actor among known ones")
            << Spec().anyOf({"atlantis", "nobody"}) << QStringList{"unknown actor 'nobody'"};
        QTest::addRow("unknown tag")
            << Spec().tags({"diplomacy", "zzz-tag"}) << QStringList{"unknown tag 'zzz-tag'"};
        QTest::addRow("month that does not exist in --from")
            << Spec().from("2024-13") << QStringList{"--from", "2024-13"};
        QTest::addRow("words instead of a --from date")
            << Spec().from("last week") << QStringList{"--from", "last week"};
        QTest::addRow("day that does not exist in --to")
            << Spec().to("2023-02-29") << QStringList{"--to", "2023-02-29"};
        QTest::addRow("--to a month before --from")
            << Spec().from("2024-05").to("2024-04")
            << QStringList{"--to (2024-04) is before --from (2024-05)"};
        QTest::addRow("--to a day before --from")
            << Spec().from("2024-05-02").to("2024-05-01")
            << QStringList{"--to (2024-05-01) is before --from (2024-05-02)"};
        QTest::addRow("unknown actor kind")
            << Spec().kinds({"state", "planet"})
            << QStringList{"unknown actor kind 'planet'", "organisation"};
        QTest::addRow("unknown visibility")
            << Spec().visibilities({"secret"})
            << QStringList{"unknown visibility 'secret'", "reported"};
    }

    void resolveNamesWhatIsWrong()
    {
        QFETCH(FilterSpec, spec);
        QFETCH(QStringList, fragments);
        QString error;
        const EventFilter filter = spec.resolve(*m_fixture, &error);
        for (const QString &fragment : fragments)
            QVERIFY2(error.contains(fragment), qPrintable(error));
        QVERIFY(filter.isEmpty());
    }

    void describeThenResolveRoundTrips_data()
    {
        // Specs as describe() writes them: lists sorted, dates in their ISO form.
        QTest::addColumn<FilterSpec>("spec");
        QTest::addRow("nothing") << FilterSpec{};
        QTest::addRow("any of two actors") << Spec().anyOf({"atlantis", "nunez"});
        QTest::addRow("all of two actors")
            << Spec().allOf({"borduria", "syldavia"});
        QTest::addRow("month to day") << Spec().from("2024-03").to("2024-05-31");
        QTest::addRow("the same month at both ends") << Spec().from("2024-05").to("2024-05");
        QTest::addRow("approximate year, open end") << Spec().from("2019~");
        QTest::addRow("minutes with a zone") << Spec().to("2024-07-13T10:30+03:00");
        QTest::addRow("text with spaces and accents") << Spec().text("  Réunion  ");
        QTest::addRow("tags, kinds and visibilities")
            << Spec().tags({"diplomacy", "military"}).kinds({"person", "state"}).visibilities(
                   {"private", "public"});
        QTest::addRow("everything at once")
            << Spec()
                   .allOf({"atlantis", "borduria"})
                   .from("2024")
                   .to("2025-01")
                   .text("停火")
                   .tags({"ceasefire"})
                   .kinds({"faction"})
                   .visibilities({"reported"});
    }

    void describeThenResolveRoundTrips()
    {
        QFETCH(FilterSpec, spec);
        const EventFilter filter = resolve(spec);
        const FilterSpec described = FilterSpec::describe(*m_fixture, filter);
        QCOMPARE(described, spec);
        QCOMPARE(resolve(described), filter);
    }

    void saveThenLoadRoundTrips_data()
    {
        QTest::addColumn<FilterSpec>("spec");
        QTest::addRow("nothing") << FilterSpec{};
        QTest::addRow("one actor") << Spec().anyOf({"atlantis"});
        QTest::addRow("all of two actors, dates")
            << Spec().allOf({"atlantis", "borduria"}).from("2024-03").to("2024-05-31");
        QTest::addRow("text with a comma, quotes and an equals sign")
            << Spec().text("Hamas, Fatah \"talks\" = ok; [x]");
        QTest::addRow("text in three scripts") << Spec().text("停火 مفاوضات שיחות");
        QTest::addRow("tags, kinds and visibilities")
            << Spec().tags({"diplomacy"}).kinds({"media", "state"}).visibilities(
                   {"private", "reported"});
    }

    void saveThenLoadRoundTrips()
    {
        QFETCH(FilterSpec, spec);
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        QFile::remove(path);
        {
            QSettings settings(path, QSettings::IniFormat);
            spec.save(settings);
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(FilterSpec::load(settings), spec);
    }

    void loadFallsBackToNoFilter_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value"); // invalid: the key is removed
        QTest::addRow("settings from a future version") << "filter/version" << QVariant(2);
        QTest::addRow("settings without a version") << "filter/version" << QVariant();
        QTest::addRow("a garbage from date") << "filter/from" << QVariant("next spring");
        QTest::addRow("a to date that does not exist") << "filter/to" << QVariant("2024-13");
        QTest::addRow("to before from") << "filter/to" << QVariant("2019");
        QTest::addRow("an unknown kind") << "filter/kinds" << QVariant(QStringList{"planet"});
    }

    void loadFallsBackToNoFilter()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        const QString path = m_dir.filePath(QStringLiteral("damaged.ini"));
        QFile::remove(path);
        const FilterSpec spec =
            Spec().anyOf({"atlantis"}).from("2024-03").to("2024-05").text("geneve").kinds({"state"});
        {
            QSettings settings(path, QSettings::IniFormat);
            spec.save(settings);
            if (value.isValid())
                settings.setValue(key, value);
            else
                settings.remove(key);
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(FilterSpec::load(settings), FilterSpec{});
    }

    // ---- FilterState -------------------------------------------------------------------------

    void filterWithoutTextIsPublishedBeforeSetFilterReturns()
    {
        FilterState state;
        state.setDataset(m_fixture);
        QSignalSpy spy(&state, &FilterState::resultChanged);
        state.setFilter(resolve(Spec().anyOf({"atlantis"}).from("2024")));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!state.isBusy());
        QCOMPARE(passingEvents(*m_fixture, *state.result()),
                 sorted({"e-feb", "e-mar", "e-may"}));
    }

    void textFilterIsPublishedLaterAndWaitForResultDeliversIt()
    {
        FilterState state;
        state.setDataset(m_fixture);
        QSignalSpy spy(&state, &FilterState::resultChanged);
        state.setFilter(resolve(Spec().text("geneve")));
        QCOMPARE(spy.count(), 0); // on a worker thread: not yet
        QVERIFY(state.isBusy());
        state.waitForResult();
        QVERIFY(!state.isBusy());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(passingEvents(*m_fixture, *state.result()), QStringList{"e-feb"});
    }

    void aBurstOfQueriesPublishesOnlyTheLast_data()
    {
        QTest::addColumn<QStringList>("queries");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("four different queries")
            << QStringList{"beijing", "geneve", "停火", "nunez"}
            << QStringList{"e-apr", "e-late"};
        QTest::addRow("typing a word letter by letter")
            << QStringList{"f", "fr", "fro", "froz", "frozen"} << QStringList{"e-range"};
        QTest::addRow("ending with the text removed") << QStringList{"beijing", "geneve", ""}
                                                      << allFixtureEvents;
    }

    void aBurstOfQueriesPublishesOnlyTheLast()
    {
        QFETCH(QStringList, queries);
        QFETCH(QStringList, expected);
        FilterState state;
        state.setDataset(m_fixture);
        QSignalSpy spy(&state, &FilterState::resultChanged);
        for (const QString &query : queries) {
            EventFilter filter;
            filter.query = query;
            state.setFilter(filter);
        }
        state.waitForResult();
        QCOMPARE(state.filter().query, queries.last());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(passingEvents(*m_fixture, *state.result()), sorted(expected));
        // Nothing older arrives afterwards.
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }

    void aNewDatasetDuringATextQueryPublishesOnlyTheNewResult()
    {
        FilterState state;
        state.setDataset(m_fixture);
        QSignalSpy spy(&state, &FilterState::resultChanged);
        EventFilter filter;
        filter.query = QStringLiteral("event 1");
        state.setFilter(filter);
        QVERIFY(state.isBusy());
        const auto other = load(QStringLiteral("during-query.json"),
                                otherDataset({"atlantis", "borduria", "syldavia"}, {}));
        state.setDataset(other);
        state.waitForResult();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(state.result()->totalEvents, 3);
        QCOMPARE(passingEvents(*other, *state.result()), QStringList{"x1"});
    }

    // The text index is built on a worker as soon as a dataset is set (seconds at a million
    // events), and a query waits for it. A new dataset meanwhile must not wait for that build or
    // that query: setDataset() returns at once and the new dataset's result is the one published.
    void aNewDatasetDoesNotWaitForARunningQuery()
    {
        QSemaphore gate;
        std::atomic<bool> heldTooLong{false};
        TextIndex::setBuildHookForTesting([&] {
            // Held until the test lets go; 5 s at most, so that a waiting setDataset() ends.
            if (!gate.tryAcquire(1, 5000))
                heldTooLong = true;
        });
        FilterState state;
        state.setDataset(m_fixture);
        EventFilter filter;
        filter.query = QStringLiteral("event 1");
        state.setFilter(filter); // its worker is now held inside the index build
        const auto other = load(QStringLiteral("no-wait.json"),
                                otherDataset({"atlantis", "borduria", "syldavia"}, {}));
        QSignalSpy spy(&state, &FilterState::resultChanged);
        state.setDataset(other);
        QVERIFY2(!heldTooLong, "setDataset() waited for the running query");
        QVERIFY(state.isBusy());
        gate.release(2); // the old query's build, and the new dataset's
        state.waitForResult();
        // The old query's worker may still be running (its result is dropped): let it end before
        // the hook it calls, and the gate and flag the hook points to, go away.
        WorkerPool::instance()->waitForDone();
        TextIndex::setBuildHookForTesting({});
        QVERIFY(!heldTooLong);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(state.result()->totalEvents, 3);
        QCOMPARE(passingEvents(*other, *state.result()), QStringList{"x1"});
    }

    // A query typed before the index is built is answered once it is, without anyone waiting.
    void aQueryBeforeTheIndexIsBuiltIsAnsweredWhenItIs()
    {
        QSemaphore gate;
        std::atomic<bool> heldTooLong{false};
        TextIndex::setBuildHookForTesting([&] {
            if (!gate.tryAcquire(1, 5000))
                heldTooLong = true;
        });
        FilterState state;
        QSignalSpy indexing(&state, &FilterState::indexingChanged);
        state.setDataset(m_fixture);
        QVERIFY(state.isIndexing());
        QSignalSpy published(&state, &FilterState::resultChanged);
        QSignalSpy started(&state, &FilterState::queryStarted);
        state.setFilter(resolve(Spec().text("geneve")));
        QCOMPARE(started.count(), 1);
        QVERIFY(state.isBusy());
        QTest::qWait(50);
        QVERIFY(state.isIndexing()); // the build is held: the query waits, nothing blocks
        QVERIFY(state.isBusy());
        QCOMPARE(published.count(), 0);
        gate.release();
        QVERIFY(published.wait(5000));
        QVERIFY(!state.isIndexing());
        QVERIFY(!state.isBusy());
        QCOMPARE(indexing.count(), 2); // started, then ready
        QCOMPARE(passingEvents(*m_fixture, *state.result()), QStringList{"e-feb"});
        WorkerPool::instance()->waitForDone();
        TextIndex::setBuildHookForTesting({});
        QVERIFY(!heldTooLong);
    }

    // On a dataset of at least workerThreshold() events every filter runs on a worker; one
    // changed while another runs publishes only the newest result.
    void aBigDatasetsFilterChangedWhileOneRunsPublishesOnlyTheNewest()
    {
        FilterState state;
        state.setWorkerThreshold(0);
        state.setDataset(m_fixture);
        state.waitForResult();
        QSignalSpy published(&state, &FilterState::resultChanged);
        state.setFilter(resolve(Spec().anyOf({"atlantis"}).from("2024")));
        QVERIFY(state.isBusy()); // on a worker, even without text
        QCOMPARE(published.count(), 0);
        state.setFilter(resolve(Spec().anyOf({"nunez"})));
        state.waitForResult();
        QCOMPARE(published.count(), 1);
        QCOMPARE(passingEvents(*m_fixture, *state.result()),
                 passingEvents(*m_fixture, FilterEngine::apply(*m_fixture, state.filter(), nullptr)));
        QTest::qWait(50); // nothing older arrives afterwards
        QCOMPARE(published.count(), 1);
    }

    void aNewDatasetKeepsTheFilterByIds_data()
    {
        QTest::addColumn<QStringList>("actorsInNewDataset");
        QTest::addColumn<QStringList>("tagsInNewDataset");
        QTest::addColumn<QStringList>("keptActors");
        QTest::addColumn<QStringList>("keptTags");
        QTest::addRow("same ids in another order")
            << QStringList{"planet", "nunez", "syldavia", "borduria", "atlantis"}
            << QStringList{"diplomacy"} << QStringList{"atlantis", "syldavia"}
            << QStringList{"diplomacy"};
        QTest::addRow("an actor that is gone is dropped, the others kept")
            << QStringList{"borduria", "atlantis"} << QStringList{"diplomacy"}
            << QStringList{"atlantis"} << QStringList{"diplomacy"};
        QTest::addRow("every actor gone")
            << QStringList{"borduria"} << QStringList{"diplomacy"} << QStringList{}
            << QStringList{"diplomacy"};
        QTest::addRow("a tag that is gone is dropped, the actors kept")
            << QStringList{"syldavia", "atlantis"} << QStringList{"military"}
            << QStringList{"atlantis", "syldavia"} << QStringList{};
    }

    void aNewDatasetKeepsTheFilterByIds()
    {
        QFETCH(QStringList, actorsInNewDataset);
        QFETCH(QStringList, tagsInNewDataset);
        QFETCH(QStringList, keptActors);
        QFETCH(QStringList, keptTags);
        FilterState state;
        state.setDataset(m_fixture);
        state.setFilter(resolve(Spec()
                                    .allOf({"atlantis", "syldavia"})
                                    .from("2024-03")
                                    .to("2024-04")
                                    .tags({"diplomacy"})
                                    .kinds({"state"})));
        static int datasets = 0;
        const auto other = load(QStringLiteral("other-%1.json").arg(++datasets),
                                otherDataset(actorsInNewDataset, tagsInNewDataset));
        QSignalSpy changed(&state, &FilterState::filterChanged);
        state.setDataset(other);
        QVERIFY(changed.count() >= 1);
        const EventFilter &filter = state.filter();
        QCOMPARE(actorIds(*other, filter.actors), keptActors);
        QCOMPARE(tagNames(*other, filter.tags), keptTags);
        QCOMPARE(filter.actorMatch, EventFilter::ActorMatch::All);
        QCOMPARE(filter.from.toIsoString(), QStringLiteral("2024-03"));
        QCOMPARE(filter.to.toIsoString(), QStringLiteral("2024-04"));
        QCOMPARE(filter.kinds, QSet<int>{int(ActorKind::State)});
        state.waitForResult();
        QCOMPARE(state.result()->totalEvents, other->events.count());
    }

    // ---- TextIndex ---------------------------------------------------------------------------

    void textIndexFindsEachEventOnceInOrder_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // in the store's (time) order
        QTest::addRow("a letter found many times in several events")
            << "o" << QStringList{"e-2019", "e-year", "e-jan", "e-feb", "e-range", "e-jun"};
        QTest::addRow("found in title and description of one event") << "r"
            << QStringList{"e-2019", "e-year", "e-feb", "e-range", "e-leak", "e-late"};
        QTest::addRow("a word in two events") << "beijing" << QStringList{"e-2019", "e-jan"};
        QTest::addRow("only in the last event") << "resume" << QStringList{"e-late"};
        QTest::addRow("only in the first event") << "treaty" << QStringList{"e-2019"};
        QTest::addRow("non-ASCII") << "停火" << QStringList{"e-may"};
        QTest::addRow("nowhere") << "zzz" << QStringList{};
        QTest::addRow("empty") << "" << QStringList{};
    }

    void textIndexFindsEachEventOnceInOrder()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        TextIndex index;
        QVERIFY(!index.isBuilt());
        index.build(*m_fixture);
        QVERIFY(index.isBuilt());
        QStringList found;
        for (quint32 event : index.findEvents(TextFolding::fold(query)))
            found << m_fixture->events.id(int(event));
        QCOMPARE(found, expected);
    }

    void textIndexAgreesWithANaiveScan_data()
    {
        // On generated text: words in nearly every event, in some, in a few, in none, and
        // non-Latin ones; in one piece, and in pieces of 97 events searched by several threads
        // (the last one shorter).
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("eventsPerPiece");
        for (const int eventsPerPiece : {65'536, 97}) {
            for (const char *query : {"delegation", "of", "e", "talks", "xylophone", "مفاوضات",
                                      "停火", "a b", ".", "zzzz"})
                QTest::addRow("%s, %d per piece", query, eventsPerPiece)
                    << QString::fromUtf8(query) << eventsPerPiece;
        }
    }

    void textIndexAgreesWithANaiveScan()
    {
        QFETCH(QString, query);
        QFETCH(int, eventsPerPiece);
        static std::shared_ptr<const Dataset> generated;
        if (!generated) {
            DatasetGenerator::Options options;
            options.events = 3000;
            const QString path = m_dir.filePath(QStringLiteral("generated.json"));
            QCOMPARE(DatasetGenerator::write(options, path), QString());
            generated = DatasetLoader::load({path}).dataset;
            QVERIFY(generated);
        }
        TextIndex index(eventsPerPiece);
        index.build(*generated);
        const QString folded = TextFolding::fold(query);
        std::vector<quint32> naive;
        for (int e = 0; e < generated->events.count(); ++e) {
            if (TextFolding::fold(generated->events.title(e)).contains(folded)
                || TextFolding::fold(generated->events.description(e)).contains(folded))
                naive.push_back(quint32(e));
        }
        const std::vector<quint32> found = index.findEvents(folded);
        QCOMPARE(found.size(), naive.size());
        QVERIFY(found == naive);
    }

    // Starts a task on every worker of `pool` but one, each held until `release` is released
    // once for it; returns how many, once all of them run.
    static int holdAllWorkersButOne(QThreadPool *pool, QSemaphore &release)
    {
        QSemaphore held;
        const int others = pool->maxThreadCount() - 1;
        for (int i = 0; i < others; ++i) {
            pool->start([&held, &release] {
                held.release();
                release.acquire();
            });
        }
        held.acquire(others);
        return others;
    }

    // Tasks run ten nice levels below the window's thread, so that the window gets a core at
    // once when it wakes: through WorkerPool::run on any pool, and forEachPiece's helpers, on
    // threads made after waitForDone() retired the old ones too.
    void tasksRunBelowTheWindow()
    {
        const auto niceOf = [] { return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid))); };
        // Waited for without result(), which would run a task not yet started right here.
        const auto onAWorker = [](const QFuture<int> &future) {
            while (!future.isFinished())
                QThread::msleep(1);
            return future.result();
        };
        const int window = niceOf();
        const int expected = std::min(window + 10, 19);
        QThreadPool *pool = WorkerPool::instance();
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(onAWorker(WorkerPool::run(pool, niceOf)), expected);
            // Every thread a piece ran on, the calling one aside.
            std::mutex mutex;
            std::set<int> helperNices;
            const auto caller = std::this_thread::get_id();
            WorkerPool::forEachPiece(64, [&](int) {
                if (std::this_thread::get_id() == caller)
                    return;
                const std::lock_guard lock(mutex);
                helperNices.insert(niceOf());
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            });
            for (int nice : helperNices)
                QCOMPARE(nice, expected);
            QVERIFY(pool->waitForDone(10000)); // retires every thread: the next round gets new ones
        }
        QThreadPool other;
        other.setMaxThreadCount(1);
        QCOMPARE(onAWorker(WorkerPool::run(&other, niceOf)), expected);
        // The window's own thread is left as it is, also when it runs a task itself (waiting
        // for a future whose task has not started takes it off the queue and runs it there).
        WorkerPool::runBelowTheWindow();
        QCOMPARE(niceOf(), window);
    }

    void forEachPieceRunsEveryPieceOnce_data()
    {
        QTest::addColumn<int>("count");
        for (int count : {0, 1, 2, 3, 100})
            QTest::addRow("%d pieces", count) << count;
    }

    void forEachPieceRunsEveryPieceOnce()
    {
        QFETCH(int, count);
        std::vector<std::atomic<int>> runs(size_t(count) + 1);
        WorkerPool::forEachPiece(count, [&](int piece) { ++runs[size_t(piece)]; });
        for (int piece = 0; piece < count; ++piece)
            QCOMPARE(runs[size_t(piece)].load(), 1);
        QCOMPARE(runs[size_t(count)].load(), 0);
    }

    void forEachPieceOnABusyPoolDoesEveryPieceItself()
    {
        // Every worker but the caller's is held: pieces must not wait for them.
        QThreadPool *pool = WorkerPool::instance();
        QSemaphore release;
        const int others = holdAllWorkersButOne(pool, release);
        std::atomic<int> done{0};
        QSemaphore finished;
        pool->start([&] {
            WorkerPool::forEachPiece(50, [&](int) { ++done; });
            finished.release();
        });
        const bool inTime = finished.tryAcquire(1, 10'000);
        release.release(others);
        pool->waitForDone();
        QVERIFY(inTime);
        QCOMPARE(done.load(), 50);
    }

    void forEachPieceIsJoinedByAThreadThatBecomesFree()
    {
        // Every other worker is busy when the pieces start; the first piece frees one and waits
        // for the second piece to be done by it.
        QThreadPool *pool = WorkerPool::instance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(std::max(threads, 2)); // a one-core machine has one worker
        const auto restore = qScopeGuard([&] { pool->setMaxThreadCount(threads); });
        QSemaphore release;
        const int others = holdAllWorkersButOne(pool, release);
        QSemaphore secondDone;
        std::atomic<bool> joined{false};
        QSemaphore finished;
        pool->start([&] {
            std::atomic<int> taken{0};
            WorkerPool::forEachPiece(2, [&](int) {
                if (taken++ == 0) {
                    release.release(others);
                    joined = secondDone.tryAcquire(1, 10'000);
                } else {
                    secondDone.release();
                }
            });
            finished.release();
        });
        QVERIFY(finished.tryAcquire(1, 20'000));
        pool->waitForDone();
        QVERIFY(joined);
    }

    void substringSearchAgreesWithStringViewFind_data()
    {
        // Where the vector loop (16 starts at a time) hands over to the last starts, where only
        // the first and last bytes match, and needles of 1, 2 and 3 bytes.
        QTest::addColumn<QByteArray>("haystack");
        QTest::addColumn<QByteArray>("needle");
        const QByteArray filler(40, '.');
        QTest::addRow("at the start") << QByteArray("abc") + filler << QByteArray("abc");
        for (int at : {1, 14, 15, 16, 17, 31, 32, 33, 37})
            QTest::addRow("at byte %d", at) << filler.left(at) + "needle" + filler.left(3)
                                            << QByteArray("needle");
        for (int length : {6, 7, 15, 16, 17, 21, 22, 23, 40})
            QTest::addRow("at the very end of %d bytes", length)
                << filler.left(length - 6) + "needle" << QByteArray("needle");
        QTest::addRow("first and last bytes only") << QByteArray("nXXXXe.nYYYYe.needle") << QByteArray("needle");
        QTest::addRow("overlapping prefix") << QByteArray(30, 'a') + "b" << QByteArray("aaab");
        QTest::addRow("one byte") << filler + "x" << QByteArray("x");
        QTest::addRow("two bytes") << filler + "xy" + filler << QByteArray("xy");
        QTest::addRow("three bytes, twice") << QByteArray("..xyz..") + filler + "xyz" << QByteArray("xyz");
        QTest::addRow("longer than the text") << QByteArray("need") << QByteArray("needle");
        QTest::addRow("nowhere") << filler + filler << QByteArray("needle");
        QTest::addRow("empty text") << QByteArray() << QByteArray("x");
        QTest::addRow("empty needle") << filler << QByteArray();
        QTest::addRow("UTF-8") << QStringLiteral("محادثات وقف إطلاق النار في القاهرة").toUtf8()
                               << QStringLiteral("النار").toUtf8();
        QTest::addRow("bytes above 0x7f as first and last")
            << filler + "\xff\x80\xff" + filler << QByteArray("\xff\x80\xff");
    }

    void substringSearchAgreesWithStringViewFind()
    {
        QFETCH(QByteArray, haystack);
        QFETCH(QByteArray, needle);
        // Searched from every start, as the index does after each hit.
        const std::string_view text(haystack.constData(), size_t(haystack.size()));
        const std::string_view wanted(needle.constData(), size_t(needle.size()));
        for (size_t from = 0; from <= text.size(); ++from) {
            const char *begin = text.data() + from;
            const char *found = SubstringSearch::find(begin, text.data() + text.size(), wanted);
            const size_t expected = text.find(wanted, from);
            QCOMPARE(found ? qsizetype(found - text.data()) : qsizetype(-1),
                     expected == std::string_view::npos ? qsizetype(-1) : qsizetype(expected));
        }
    }

    void substringSearchAgreesWithStringViewFindOnRandomText()
    {
        // A small alphabet makes partial matches common.
        std::mt19937 random(17);
        for (int round = 0; round < 2000; ++round) {
            std::string text(random() % 80, ' ');
            for (char &c : text)
                c = "abc\n"[random() % 4];
            std::string needle(1 + random() % 5, ' ');
            for (char &c : needle)
                c = "abc"[random() % 3];
            const char *found = SubstringSearch::find(text.data(), text.data() + text.size(), needle);
            const size_t expected = text.find(needle);
            QCOMPARE(found ? qsizetype(found - text.data()) : qsizetype(-1),
                     expected == std::string::npos ? qsizetype(-1) : qsizetype(expected));
        }
    }

    void textIndexFindsEachPositionAndActorOnceInOrder_data()
    {
        // A position's text is its quote, statement, actor's name and issue's title; an actor's
        // is its name and aliases.
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("positions"); // in file order
        QTest::addColumn<QStringList>("actors");
        QTest::addRow("a letter in every item")
            << "a" << QStringList{"p1", "p2", "p3", "p4", "p5"}
            << QStringList{"atlantis", "borduria", "syldavia", "nunez", "planet"};
        QTest::addRow("the issue's title") << "border settlement"
                                           << QStringList{"p1", "p2", "p3", "p4", "p5"}
                                           << QStringList{};
        QTest::addRow("a name in statement and actor") << "syldavia" << QStringList{"p3"}
                                                       << QStringList{"syldavia"};
        QTest::addRow("name and alias of one actor") << "planet" << QStringList{"p4"}
                                                     << QStringList{"planet"};
        QTest::addRow("an alias only") << "lost kingdom" << QStringList{} << QStringList{"atlantis"};
        QTest::addRow("an accented name without accents") << "nunez" << QStringList{"p5"}
                                                          << QStringList{"nunez"};
    }

    void textIndexFindsEachPositionAndActorOnceInOrder()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, positions);
        QFETCH(QStringList, actors);
        TextIndex index;
        index.build(*m_fixture);
        QStringList foundPositions, foundActors;
        for (quint32 position : index.findPositions(TextFolding::fold(query)))
            foundPositions << m_fixture->positions[position].id;
        for (quint32 actor : index.findActors(TextFolding::fold(query)))
            foundActors << m_fixture->actors[actor].id;
        QCOMPARE(foundPositions, positions);
        QCOMPARE(foundActors, actors);
    }

    // ---- The sample dataset ------------------------------------------------------------------

    void sampleHamasAndFatahInBeijingFromAprilToJuly()
    {
        const FilterSpec spec =
            Spec().allOf({"hamas", "fatah"}).from("2024-04").to("2024-07").text("beijing");
        const FilterResult result =
            FilterEngine::apply(*m_sample, resolve(spec, *m_sample), nullptr);
        // Titles "Hamas-Fatah meeting in Beijing" (April) and "Hamas-Fatah talks in Beijing"
        // (21-23 July); "China will host talks" through its positions' "in Beijing"/"to Beijing".
        // Not the 2007 fighting (out of the window) nor the Wang Yi sessions (Beijing only as
        // their location).
        QCOMPARE(passingEvents(*m_sample, result),
                 sorted({"beijing-meeting-april", "beijing-talks", "china-host-announced"}));
        QCOMPARE(result.eventCount, 3);
        QCOMPARE(result.totalEvents, 23);
        QCOMPARE(result.actorEventCounts[size_t(m_sample->actorIndex("hamas"))], 3);
        QCOMPARE(result.actorEventCounts[size_t(m_sample->actorIndex("israel"))], 0);
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
