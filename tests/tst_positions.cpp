// SPDX-License-Identifier: MIT
// Actors and their stated positions, without widgets: the positions query, the actors × issues
// matrix, the actor tree's event counts and check boxes, and the actor search with its text
// folding. The seed dataset checks that the article's positions come through; small hand-made
// datasets pin down ordering, ties, escaping and accents exactly.
// Long because it covers each part shown beside the timeline: the positions query, the stance
// chart and matrix, the actor tree and its search. They stay together because they read the
// same datasets (the sample, "ordering", "folding" and "stacking"), loaded once for all of them.
#include "actorcolors.h"
#include "actorfilterproxymodel.h"
#include "actortreemodel.h"
#include "datasetloader.h"
#include "datasetsession.h"
#include "positionquery.h"
#include "stancechart.h"
#include "stancematrixmodel.h"
#include "stancestyle.h"
#include "textfolding.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace {

// Ties, precision and three generations: "minister" belongs to "ministry", which belongs to
// "land". Two of the minister's statements share a day; the later one in the file counts as
// the newer. One quote holds HTML, which must stay text.
const char orderingJson[] = R"({
  "format": "tideline/1",
  "title": "Ordering",
  "actors": [
    { "id": "land", "name": "Land", "kind": "state" },
    { "id": "ministry", "name": "Ministry", "kind": "organisation", "parent": "land" },
    { "id": "minister", "name": "Minister", "kind": "person", "parent": "ministry" },
    { "id": "outsider", "name": "Outsider", "kind": "state" }
  ],
  "issues": [
    { "id": "a", "title": "Issue A" },
    { "id": "b", "title": "Issue B" },
    { "id": "silent", "title": "Nobody spoke on this" }
  ],
  "positions": [
    { "id": "month", "actor": "minister", "issue": "a", "stance": "supports", "date": "2024-03",
      "statement": "Known to the month, so it begins on 1 March", "visibility": "public" },
    { "id": "day-first", "actor": "minister", "issue": "a", "stance": "opposes",
      "date": "2024-03-10", "statement": "The first of two on one day", "visibility": "public" },
    { "id": "day-second", "actor": "minister", "issue": "a", "stance": "neutral",
      "date": "2024-03-10", "quote": "<img src=x> & more", "visibility": "private" },
    { "id": "land-a", "actor": "land", "issue": "a", "stance": "opposes", "date": "2024-01-01",
      "statement": "The grandparent", "visibility": "public" },
    { "id": "ministry-b", "actor": "ministry", "issue": "b", "stance": "conditional",
      "date": "2024-05-01", "statement": "The parent", "visibility": "reported" },
    { "id": "minister-b", "actor": "minister", "issue": "b", "stance": "unclear", "date": "2023",
      "statement": "Long ago", "visibility": "public" },
    { "id": "outsider-a", "actor": "outsider", "issue": "a", "stance": "supports",
      "date": "2025", "statement": "Unrelated", "visibility": "public" }
  ]
})";

// Names with diacritics, a transliteration mark (ʿ, U+02BF) and Arabic vowel signs (harakat).
const char foldingJson[] = R"({
  "format": "tideline/1",
  "title": "Folding",
  "actors": [
    { "id": "faction", "name": "Fatḥ", "kind": "faction" },
    { "id": "aloul", "name": "Mahmūd al-ʿĀlūl", "kind": "person", "parent": "faction" },
    { "id": "abbas-ar", "name": "مَحْمُود عَبَّاس", "kind": "person", "parent": "faction",
      "role": "Président" },
    { "id": "someone", "name": "Someone Else", "kind": "person" }
  ]
})";

// Lines of the stance chart that share a stance: at once, one after the other, linked through a
// third line or by a month's bar, and as many as a chart shows.
const char stackingJson[] = R"({
  "format": "tideline/1",
  "title": "Stacking",
  "actors": [
    { "id": "one", "name": "One", "kind": "state" },
    { "id": "two", "name": "Two", "kind": "state" },
    { "id": "three", "name": "Three", "kind": "state" },
    { "id": "four", "name": "Four", "kind": "state" },
    { "id": "five", "name": "Five", "kind": "state" },
    { "id": "six", "name": "Six", "kind": "state" },
    { "id": "seven", "name": "Seven", "kind": "state" },
    { "id": "eight", "name": "Eight", "kind": "state" },
    { "id": "nine", "name": "Nine", "kind": "state" },
    { "id": "ten", "name": "Ten", "kind": "state" },
    { "id": "eleven", "name": "Eleven", "kind": "state" },
    { "id": "twelve", "name": "Twelve", "kind": "state" }
  ],
  "issues": [
    { "id": "same-day", "title": "Three oppose on one day" },
    { "id": "apart", "title": "One opposes after the other stopped" },
    { "id": "chain", "title": "Linked through the middle one" },
    { "id": "month", "title": "A month's bar over a day's line" },
    { "id": "neighbours", "title": "Side by side on different stances" },
    { "id": "twelve", "title": "Twelve, all conditional" }
  ],
  "positions": [
    { "id": "same-one", "actor": "one", "issue": "same-day", "stance": "opposes",
      "date": "2024-05-01", "statement": "-", "visibility": "public" },
    { "id": "same-two", "actor": "two", "issue": "same-day", "stance": "opposes",
      "date": "2024-05-01", "statement": "-", "visibility": "public" },
    { "id": "same-three", "actor": "three", "issue": "same-day", "stance": "opposes",
      "date": "2024-05-01", "statement": "-", "visibility": "public" },
    { "id": "same-four", "actor": "four", "issue": "same-day", "stance": "supports",
      "date": "2024-05-01", "statement": "-", "visibility": "public" },
    { "id": "apart-one", "actor": "one", "issue": "apart", "stance": "opposes",
      "date": "2024-01-01", "statement": "-", "visibility": "public" },
    { "id": "apart-one-later", "actor": "one", "issue": "apart", "stance": "supports",
      "date": "2024-02-01", "statement": "-", "visibility": "public" },
    { "id": "apart-two", "actor": "two", "issue": "apart", "stance": "opposes",
      "date": "2024-03-01", "statement": "-", "visibility": "public" },
    { "id": "chain-one", "actor": "one", "issue": "chain", "stance": "opposes",
      "date": "2024-01-01", "statement": "-", "visibility": "public" },
    { "id": "chain-two", "actor": "two", "issue": "chain", "stance": "opposes",
      "date": "2024-02-01", "statement": "-", "visibility": "public" },
    { "id": "chain-one-later", "actor": "one", "issue": "chain", "stance": "neutral",
      "date": "2024-03-01", "statement": "-", "visibility": "public" },
    { "id": "chain-three", "actor": "three", "issue": "chain", "stance": "opposes",
      "date": "2024-04-01", "statement": "-", "visibility": "public" },
    { "id": "month-one", "actor": "one", "issue": "month", "stance": "opposes",
      "date": "2024-06", "statement": "-", "visibility": "public" },
    { "id": "month-two", "actor": "two", "issue": "month", "stance": "opposes",
      "date": "2024-06-10", "statement": "-", "visibility": "public" },
    { "id": "month-two-later", "actor": "two", "issue": "month", "stance": "supports",
      "date": "2024-06-12", "statement": "-", "visibility": "public" },
    { "id": "neighbours-one", "actor": "one", "issue": "neighbours", "stance": "opposes",
      "date": "2024-05-01", "statement": "-", "visibility": "public" },
    { "id": "neighbours-two", "actor": "two", "issue": "neighbours", "stance": "neutral",
      "date": "2024-05-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-one", "actor": "one", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-two", "actor": "two", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-three", "actor": "three", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-four", "actor": "four", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-five", "actor": "five", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-six", "actor": "six", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-seven", "actor": "seven", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-eight", "actor": "eight", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-nine", "actor": "nine", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-ten", "actor": "ten", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-eleven", "actor": "eleven", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" },
    { "id": "twelve-twelve", "actor": "twelve", "issue": "twelve", "stance": "conditional",
      "date": "2024-06-01", "statement": "-", "visibility": "public" }
  ]
})";

std::shared_ptr<const Dataset> loadJson(const QString &path, const QByteArray &json)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return nullptr;
    file.close();
    const LoadResult result = DatasetLoader::load({path});
    for (const LoadMessage &message : result.messages)
        qWarning("%s", qPrintable(message.toString()));
    return result.dataset;
}

int positionIndex(const Dataset &dataset, const QString &id)
{
    for (size_t i = 0; i < dataset.positions.size(); ++i) {
        if (dataset.positions[i].id == id)
            return int(i);
    }
    return -1;
}

// "issue:position", with "<holder" when the position is an ancestor's.
QStringList describe(const Dataset &dataset, const std::vector<PositionQuery::IssueGroup> &groups)
{
    QStringList entries;
    for (const PositionQuery::IssueGroup &group : groups) {
        for (const PositionQuery::Entry &entry : group.entries) {
            QString text = dataset.issues[size_t(group.issue)].id + u':'
                + dataset.positions[size_t(entry.position)].id;
            if (entry.inherited)
                text += u'<' + dataset.actors[size_t(entry.heldBy)].id;
            entries << text;
        }
    }
    return entries;
}

// The lines of a matrix tooltip, without its <p> wrapper.
QStringList tooltipLines(const QString &tooltip)
{
    const qsizetype open = tooltip.indexOf(u'>');
    const qsizetype close = tooltip.lastIndexOf(QStringLiteral("</p>"));
    if (open < 0 || close < open)
        return {};
    return tooltip.mid(open + 1, close - open - 1).split(u'\n');
}

// Actor ids the proxy shows, anywhere in its tree.
void collectShownActors(const QAbstractItemModel &model, const QModelIndex &parent, QStringList *ids)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(ActorTreeModel::ActorIndexRole).toInt() >= 0)
            *ids << index.data(ActorTreeModel::ActorIdRole).toString();
        collectShownActors(model, index, ids);
    }
}

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

// A filter that hides the positions of `hidden` (ids) and passes the rest.
FilterResult hidingPositions(const Dataset &dataset, const QStringList &hidden)
{
    FilterResult result;
    result.everything = false;
    result.positions.assign(dataset.positions.size(), 1);
    for (const QString &id : hidden)
        result.positions[size_t(positionIndex(dataset, id))] = 0;
    return result;
}

// "actor: position position ...", a line of the stance chart.
QStringList describe(const Dataset &dataset, const StanceChart &chart)
{
    QStringList lines;
    for (const StanceChart::Line &line : chart.lines) {
        QStringList points;
        for (const StanceChart::Point &point : line.points)
            points << dataset.positions[size_t(point.position)].id;
        lines << dataset.actors[size_t(line.actor)].id + QStringLiteral(": ")
                + points.join(u' ');
    }
    return lines;
}

// The chart's point of a position, or null when no line holds it.
const StanceChart::Point *pointOf(const StanceChart &chart, int position)
{
    for (const StanceChart::Line &line : chart.lines) {
        for (const StanceChart::Point &point : line.points) {
            if (point.position == position)
                return &point;
        }
    }
    return nullptr;
}

QString isoMinuteOfMilliseconds(double milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(milliseconds), QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace

class TestPositions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_sample;
    std::shared_ptr<const Dataset> m_ordering;
    std::shared_ptr<const Dataset> m_folding;
    std::shared_ptr<const Dataset> m_stacking;

    std::shared_ptr<const Dataset> dataset(const QString &name) const
    {
        if (name == QLatin1String("ordering"))
            return m_ordering;
        if (name == QLatin1String("folding"))
            return m_folding;
        if (name == QLatin1String("stacking"))
            return m_stacking;
        return m_sample;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const LoadResult sample = DatasetLoader::load({DatasetSession::samplePath()});
        QVERIFY(sample.ok());
        m_sample = sample.dataset;
        m_ordering = loadJson(m_dir.filePath(QStringLiteral("ordering.json")), orderingJson);
        QVERIFY(m_ordering);
        m_folding = loadJson(m_dir.filePath(QStringLiteral("folding.json")), foldingJson);
        QVERIFY(m_folding);
        m_stacking = loadJson(m_dir.filePath(QStringLiteral("stacking.json")), stackingJson);
        QVERIFY(m_stacking);
    }

    // --- PositionQuery ---------------------------------------------------------------------

    void forActorGroupsByIssueNewestFirstWithAncestors_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<bool>("includeAncestors");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("person: own and ancestors', the issue with the newest statement first")
            << "ordering" << "minister" << "" << true
            << QStringList{"b:ministry-b<ministry", "b:minister-b", "a:day-second",
                           "a:day-first", "a:month", "a:land-a<land"};
        QTest::addRow("person without ancestors: own only")
            << "ordering" << "minister" << "" << false
            << QStringList{"a:day-second", "a:day-first", "a:month", "b:minister-b"};
        QTest::addRow("person on one issue")
            << "ordering" << "minister" << "a" << true
            << QStringList{"a:day-second", "a:day-first", "a:month", "a:land-a<land"};
        QTest::addRow("person on one issue without ancestors")
            << "ordering" << "minister" << "b" << false << QStringList{"b:minister-b"};
        QTest::addRow("state: not its members' positions")
            << "ordering" << "land" << "" << true << QStringList{"a:land-a"};
        QTest::addRow("an issue nobody spoke on") << "ordering" << "minister" << "silent" << true
                                                  << QStringList{};
        QTest::addRow("no actor") << "ordering" << "" << "" << true << QStringList{};
        QTest::addRow("Netanyahu beside Israel")
            << "sample" << "netanyahu" << "" << true
            << QStringList{"permanent-ceasefire:pos-israel-temporary<israel",
                           "philadelphi-withdrawal:pos-israel-reluctant-withdraw<israel",
                           "philadelphi-withdrawal:pos-netanyahu-friday",
                           "philadelphi-withdrawal:pos-netanyahu-fake-news"};
        QTest::addRow("Netanyahu alone")
            << "sample" << "netanyahu" << "" << false
            << QStringList{"philadelphi-withdrawal:pos-netanyahu-friday",
                           "philadelphi-withdrawal:pos-netanyahu-fake-news"};
        QTest::addRow("Israel's envoys on the corridor only")
            << "sample" << "israeli-envoys" << "philadelphi-withdrawal" << true
            << QStringList{"philadelphi-withdrawal:pos-israel-reluctant-withdraw<israel",
                           "philadelphi-withdrawal:pos-envoys-conditional"};
        QTest::addRow("Deif inherits from Hamas through the military wing")
            << "sample" << "deif" << "" << true
            << QStringList{"beijing-talks:pos-hamas-beijing<hamas",
                           "dismantle-military-wing:pos-hamas-military-wing<hamas",
                           "independents-government:pos-hamas-independents<hamas",
                           "permanent-ceasefire:pos-hamas-permanent<hamas",
                           "philadelphi-withdrawal:pos-hamas-withdrawal-prerequisite<hamas",
                           "strike-israel-responsible:pos-hamas-blames-israel<hamas",
                           "strike-hamas-shares-responsibility:pos-hamas-rejects-blame<hamas"};
    }

    void forActorGroupsByIssueNewestFirstWithAncestors()
    {
        QFETCH(QString, data);
        QFETCH(QString, actor);
        QFETCH(QString, issue);
        QFETCH(bool, includeAncestors);
        QFETCH(QStringList, expected);
        const Dataset &d = *dataset(data);
        const int actorIndex = d.actorIndex(actor);
        const int issueIndex = issue.isEmpty() ? -1 : d.issueIndex(issue);
        QVERIFY(actor.isEmpty() || actorIndex >= 0);
        QVERIFY(issue.isEmpty() || issueIndex >= 0);

        const auto groups = PositionQuery::forActor(d, actorIndex, issueIndex, includeAncestors);
        QCOMPARE(describe(d, groups), expected);
        for (const PositionQuery::IssueGroup &group : groups) {
            QVERIFY(!group.entries.empty());
            for (const PositionQuery::Entry &entry : group.entries) {
                const Position &position = d.positions[size_t(entry.position)];
                QCOMPARE(position.issue, group.issue);
                QCOMPARE(entry.heldBy, position.actor);
                QCOMPARE(entry.inherited, entry.heldBy != actorIndex);
            }
        }
    }

    void forActorIgnoresActorsOutOfRange_data()
    {
        QTest::addColumn<int>("actor");
        QTest::addRow("negative") << -2;
        QTest::addRow("one past the end") << int(m_sample->actors.size());
    }

    void forActorIgnoresActorsOutOfRange()
    {
        QFETCH(int, actor);
        QVERIFY(PositionQuery::forActor(*m_sample, actor).empty());
    }

    void historyIsOldestFirst_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("same day: file order; month before its days")
            << "ordering" << "minister" << "a" << QStringList{"month", "day-first", "day-second"};
        QTest::addRow("one statement") << "ordering" << "ministry" << "b" << QStringList{"ministry-b"};
        QTest::addRow("a member's statement is not the state's") << "ordering" << "land" << "b"
                                                                 << QStringList{};
        QTest::addRow("Netanyahu on the corridor")
            << "sample" << "netanyahu" << "philadelphi-withdrawal"
            << QStringList{"pos-netanyahu-fake-news", "pos-netanyahu-friday"};
    }

    void historyIsOldestFirst()
    {
        QFETCH(QString, data);
        QFETCH(QString, actor);
        QFETCH(QString, issue);
        QFETCH(QStringList, expected);
        const Dataset &d = *dataset(data);
        QStringList ids;
        for (int position : PositionQuery::history(d, d.actorIndex(actor), d.issueIndex(issue)))
            ids << d.positions[size_t(position)].id;
        QCOMPARE(ids, expected);
    }

    // --- The stance chart's data ----------------------------------------------------------

    void issuesAreOfferedMostStatementsFirst_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("silent issues are left out") << "ordering" << QStringList{"a 5", "b 2"};
        QTest::addRow("no positions at all") << "folding" << QStringList{};
    }

    void issuesAreOfferedMostStatementsFirst()
    {
        QFETCH(QString, data);
        QFETCH(QStringList, expected);
        const Dataset &d = *dataset(data);
        QStringList issues;
        for (const auto &[issue, statements] : PositionQuery::issuesByStatements(d))
            issues << d.issues[size_t(issue)].id + u' ' + QString::number(statements);
        QCOMPARE(issues, expected);
    }

    void stanceChartHasALinePerActorWhoSpoke_data()
    {
        QTest::addColumn<QString>("issue");
        QTest::addColumn<int>("maxActors");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("speakers");
        const QStringList all{"minister: month day-first day-second", "land: land-a",
                              "outsider: outsider-a"};
        QTest::addRow("in the order of first statement, each oldest first")
            << "a" << 12 << QStringList{} << all << 3;
        QTest::addRow("capped: most statements first, ties in that order")
            << "a" << 2 << QStringList{} << QStringList{all[0], all[1]} << 3;
        QTest::addRow("the filter hides statements and their actors")
            << "a" << 12 << QStringList{"month", "land-a"}
            << QStringList{"minister: day-first day-second", "outsider: outsider-a"} << 2;
        QTest::addRow("capped after filtering")
            << "a" << 1 << QStringList{"month", "day-first", "day-second"}
            << QStringList{"land: land-a"} << 2;
        QTest::addRow("the member spoke later in the file")
            << "b" << 12 << QStringList{}
            << QStringList{"ministry: ministry-b", "minister: minister-b"} << 2;
        QTest::addRow("the filter hides every statement")
            << "b" << 12 << QStringList{"ministry-b", "minister-b"} << QStringList{} << 0;
        QTest::addRow("nobody spoke") << "silent" << 12 << QStringList{} << QStringList{} << 0;
        QTest::addRow("no such issue") << "" << 12 << QStringList{} << QStringList{} << 0;
    }

    void stanceChartHasALinePerActorWhoSpoke()
    {
        QFETCH(QString, issue);
        QFETCH(int, maxActors);
        QFETCH(QStringList, hidden);
        QFETCH(QStringList, expected);
        QFETCH(int, speakers);
        const Dataset &d = *m_ordering;
        const FilterResult filter = hidingPositions(d, hidden);
        const StanceChart chart =
            StanceChart::compute(d, d.issueIndex(issue), &filter, size_t(maxActors));
        QCOMPARE(describe(d, chart), expected);
        QCOMPARE(chart.speakers, size_t(speakers));
        QCOMPARE(chart.isCapped(), size_t(speakers) > size_t(expected.size()));
    }

    void stanceChartPutsAStatementInTheMiddleOfItsDate_data()
    {
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<bool>("wholePeriod");
        QTest::addRow("a day: its noon") << "day-first" << "2024-03-10T12:00" << false;
        QTest::addRow("New Year's Day") << "land-a" << "2024-01-01T12:00" << false;
        QTest::addRow("a month: the middle of March") << "month" << "2024-03-16T12:00" << true;
        QTest::addRow("a year: the middle of 2023") << "minister-b" << "2023-07-02T12:00" << true;
    }

    void stanceChartPutsAStatementInTheMiddleOfItsDate()
    {
        QFETCH(QString, position);
        QFETCH(QString, middle);
        QFETCH(bool, wholePeriod);
        const Dataset &d = *m_ordering;
        const Position &p = d.positions[size_t(positionIndex(d, position))];
        const StanceChart chart = StanceChart::compute(d, p.issue, nullptr);
        const StanceChart::Point *found = nullptr;
        for (const StanceChart::Line &line : chart.lines) {
            for (const StanceChart::Point &point : line.points) {
                if (point.position == positionIndex(d, position))
                    found = &point;
            }
        }
        QVERIFY(found);
        QCOMPARE(isoMinuteOfMilliseconds(found->time), middle);
        QCOMPARE(found->wholePeriod, wholePeriod);
        QCOMPARE(found->periodStart, double(p.date.firstSecond()) * 1000);
        QCOMPARE(found->periodEnd, double(p.date.endSecond()) * 1000);
        QCOMPARE(std::lround(found->stance), long(StanceStyle::ordinal(p.stance)));
        // The time shown holds the whole period, with room to spare.
        QVERIFY(chart.first < found->periodStart);
        QVERIFY(chart.last > found->periodEnd);
    }

    void stanceChartColoursTellEveryLineApart_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<bool>("actorsShareColours");
        QTest::addRow("a member of a state beside the state") << "ordering" << "a" << true;
        QTest::addRow("a member beside its parent") << "ordering" << "b" << true;
        QTest::addRow("Israel beside its envoys")
            << "sample" << "philadelphi-withdrawal" << true;
        QTest::addRow("the members of one state") << "sample" << "anti-smuggling-measures" << true;
        QTest::addRow("a faction and a member beside others") << "sample" << "beijing-talks" << true;
        QTest::addRow("Hamas and Israel") << "sample" << "permanent-ceasefire" << false;
    }

    void stanceChartColoursTellEveryLineApart()
    {
        QFETCH(QString, data);
        QFETCH(QString, issue);
        QFETCH(bool, actorsShareColours);
        const Dataset &d = *dataset(data);
        const StanceChart chart = StanceChart::compute(d, d.issueIndex(issue), nullptr);
        QVERIFY(!chart.lines.empty());
        const ActorColors colors(d);
        std::set<QRgb> own;
        std::set<QRgb> drawn;
        for (const StanceChart::Line &line : chart.lines) {
            const QColor color = colors.of(line.actor);
            // An actor keeps its own colour unless a line before it has it already.
            if (drawn.count(color.rgb()) == 0)
                QCOMPARE(line.color, color);
            own.insert(color.rgb());
            QVERIFY2(drawn.insert(line.color.rgb()).second, qPrintable(line.color.name()));
        }
        QCOMPARE(own.size() < chart.lines.size(), actorsShareColours);
    }

    // Lines on one stance at overlapping times must not hide each other: each gets its own
    // height within the stance's band, the first line (as in the legend) on top.
    void stanceChartSpreadsLinesThatShareAStance_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QStringList>("positions"); // one per line, from the top down
        QTest::addRow("Israel, Netanyahu and his office all oppose")
            << "sample" << "philadelphi-withdrawal"
            << QStringList{"pos-israel-reluctant-withdraw", "pos-netanyahu-friday",
                           "pos-pm-office-monday"};
        QTest::addRow("Netanyahu's month (its bar) beside the others")
            << "sample" << "philadelphi-withdrawal"
            << QStringList{"pos-israel-reluctant-withdraw", "pos-netanyahu-fake-news",
                           "pos-pm-office-monday"};
        QTest::addRow("Gallant and the envoys, both conditional")
            << "sample" << "philadelphi-withdrawal"
            << QStringList{"pos-gallant-conditional", "pos-envoys-conditional"};
        QTest::addRow("four support the Beijing talks")
            << "sample" << "beijing-talks"
            << QStringList{"pos-china-hosts", "pos-hamas-beijing", "pos-fatah-beijing",
                           "pos-ahmad-cautious"};
        QTest::addRow("three on one day") << "stacking" << "same-day"
                                          << QStringList{"same-one", "same-two", "same-three"};
        QTest::addRow("the first and last never meet, but both meet the middle one")
            << "stacking" << "chain" << QStringList{"chain-one", "chain-two", "chain-three"};
        QTest::addRow("a month's bar over a day's line")
            << "stacking" << "month" << QStringList{"month-one", "month-two"};
        QStringList twelve;
        for (const char *actor : {"one", "two", "three", "four", "five", "six", "seven", "eight",
                                  "nine", "ten", "eleven", "twelve"})
            twelve << QStringLiteral("twelve-") + QLatin1String(actor);
        QTest::addRow("twelve, as many as a chart shows") << "stacking" << "twelve" << twelve;
    }

    void stanceChartSpreadsLinesThatShareAStance()
    {
        QFETCH(QString, data);
        QFETCH(QString, issue);
        QFETCH(QStringList, positions);
        const Dataset &d = *dataset(data);
        const StanceChart chart = StanceChart::compute(d, d.issueIndex(issue), nullptr);
        QVERIFY(chart.lines.size() >= size_t(positions.size()));
        // Evenly, as far apart as the band allows up to the spacing that reads as one group.
        const double spacing = std::min(StanceChart::maxSpacing,
                                        2 * StanceChart::maxOffset / double(positions.size() - 1));
        const Stance shared = d.positions[size_t(positionIndex(d, positions.front()))].stance;
        std::vector<double> offsets;
        for (const QString &id : positions) {
            const int position = positionIndex(d, id);
            const StanceChart::Point *point = pointOf(chart, position);
            QVERIFY2(point, qPrintable(id));
            QCOMPARE(d.positions[size_t(position)].stance, shared); // the row's premise
            const double offset = point->stance - StanceStyle::ordinal(shared);
            QVERIFY2(std::abs(offset) <= StanceChart::maxOffset + 1e-9,
                     qPrintable(QStringLiteral("%1 is %2 off its stance").arg(id).arg(offset)));
            if (!offsets.empty())
                QVERIFY2(std::abs(offsets.back() - offset - spacing) < 1e-9,
                         qPrintable(QStringLiteral("%1 at %2, the line above at %3")
                                        .arg(id)
                                        .arg(offset)
                                        .arg(offsets.back())));
            offsets.push_back(offset);
        }
        // Centred on the stance, so that the group reads as being on it.
        QVERIFY(std::abs(offsets.front() + offsets.back()) < 1e-9);
    }

    void stanceChartLeavesALoneLineOnItsStance_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QStringList>("positions");
        QTest::addRow("Hamas and Israel on different stances")
            << "sample" << "permanent-ceasefire"
            << QStringList{"pos-hamas-permanent", "pos-israel-temporary"};
        QTest::addRow("Hamas and Egypt beside the crowd")
            << "sample" << "philadelphi-withdrawal"
            << QStringList{"pos-hamas-withdrawal-prerequisite", "pos-egypt-no-comment"};
        QTest::addRow("one stopped opposing before the other began")
            << "stacking" << "apart" << QStringList{"apart-one", "apart-one-later", "apart-two"};
        QTest::addRow("neighbouring stances on one day")
            << "stacking" << "neighbours" << QStringList{"neighbours-one", "neighbours-two"};
        QTest::addRow("one supporter beside three opponents")
            << "stacking" << "same-day" << QStringList{"same-four"};
        QTest::addRow("the one who moved on") << "stacking" << "chain"
                                              << QStringList{"chain-one-later"};
        QTest::addRow("a state and its minister at different times")
            << "ordering" << "b" << QStringList{"ministry-b", "minister-b"};
    }

    void stanceChartLeavesALoneLineOnItsStance()
    {
        QFETCH(QString, data);
        QFETCH(QString, issue);
        QFETCH(QStringList, positions);
        const Dataset &d = *dataset(data);
        const StanceChart chart = StanceChart::compute(d, d.issueIndex(issue), nullptr);
        for (const QString &id : positions) {
            const int position = positionIndex(d, id);
            const StanceChart::Point *point = pointOf(chart, position);
            QVERIFY2(point, qPrintable(id));
            QCOMPARE(point->stance,
                     double(StanceStyle::ordinal(d.positions[size_t(position)].stance)));
        }
    }

    // Whatever the data: every point within its stance's band, and no two lines on one stance
    // at one time (a statement's day, or the chart's end, where every line runs) at one height.
    void stanceChartKeepsLinesApartWithinTheirBands_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("issue");
        for (const char *data : {"sample", "ordering", "stacking"}) {
            for (const Issue &issue : dataset(QLatin1String(data))->issues)
                QTest::addRow("%s: %s", data, qPrintable(issue.id)) << data << issue.id;
        }
    }

    void stanceChartKeepsLinesApartWithinTheirBands()
    {
        QFETCH(QString, data);
        QFETCH(QString, issue);
        // The band's edge is halfway to the next stance; a group keeps clear of the next one's.
        QVERIFY(StanceChart::maxOffset < 0.5);
        QVERIFY(1 - 2 * StanceChart::maxOffset > StanceChart::maxSpacing);
        const Dataset &d = *dataset(data);
        const StanceChart chart = StanceChart::compute(d, d.issueIndex(issue), nullptr);
        // By time and stance, each line's height there (one line can say one thing twice).
        std::map<std::pair<double, int>, std::map<size_t, double>> heights;
        for (size_t l = 0; l < chart.lines.size(); ++l) {
            for (const StanceChart::Point &point : chart.lines[l].points) {
                const int stance = StanceStyle::ordinal(d.positions[size_t(point.position)].stance);
                QVERIFY2(std::abs(point.stance - stance) <= StanceChart::maxOffset + 1e-9,
                         qPrintable(d.positions[size_t(point.position)].id));
                heights[{point.time, stance}][l] = point.stance;
            }
            const StanceChart::Point &last = chart.lines[l].points.back();
            heights[{chart.last, StanceStyle::ordinal(d.positions[size_t(last.position)].stance)}]
                   [l] = last.stance;
        }
        for (const auto &[at, byLine] : heights) {
            std::vector<double> ys;
            for (const auto &[line, y] : byLine)
                ys.push_back(y);
            std::sort(ys.begin(), ys.end());
            QVERIFY2(std::adjacent_find(ys.begin(), ys.end()) == ys.end(),
                     qPrintable(QStringLiteral("two lines at %1 on stance %2 at %3")
                                    .arg(ys.front())
                                    .arg(at.second)
                                    .arg(isoMinuteOfMilliseconds(at.first))));
        }
    }

    // --- StanceMatrixModel -----------------------------------------------------------------

    void matrixModelKeepsTheModelContract()
    {
        StanceMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_sample);
        model.setDataset(std::make_shared<const Dataset>());
        model.setDataset(m_ordering);
        model.setDataset(nullptr);
        model.setDataset(m_sample);
        QCOMPARE(model.columnCount(), int(m_sample->issues.size()));
    }

    void matrixOfManyActorsAndIssuesKeepsOnlyItsStatements()
    {
        // Hostile input: 100,000 actors each stating one position on its own issue. A dense
        // actors × issues table would ask for 10^10 cells (80 GB); the cells with statements
        // are all there is.
        auto d = std::make_shared<Dataset>();
        constexpr int count = 100000;
        d->actors.resize(count);
        d->issues.resize(count);
        d->positions.resize(count);
        for (int i = 0; i < count; ++i) {
            d->positions[size_t(i)].actor = i;
            d->positions[size_t(i)].issue = i;
            d->positions[size_t(i)].date = PartialDate::fromYear(2024);
        }
        StanceMatrixModel model;
        model.setDataset(d);
        QTRY_VERIFY(!model.isPreparing()); // this many positions are worked out on a worker
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(model.columnCount(), count);
        for (int i : {0, 1, count / 2, count - 1}) {
            QCOMPARE(model.index(i, i).data(StanceMatrixModel::StatementCountRole).toInt(), 1);
            QCOMPARE(model.index(i, i).data(StanceMatrixModel::LatestPositionRole).toInt(), i);
            const int other = (i + 1) % count;
            QCOMPARE(model.index(i, other).data(StanceMatrixModel::StatementCountRole).toInt(), 0);
            QCOMPARE(model.index(i, other).data(StanceMatrixModel::LatestPositionRole).toInt(), -1);
        }
    }

    void matrixRowsAreExactlyTheActorsWithPositions_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addRow("seed dataset") << "sample";
        QTest::addRow("hand-made dataset") << "ordering";
    }

    void matrixRowsAreExactlyTheActorsWithPositions()
    {
        QFETCH(QString, data);
        const auto d = dataset(data);
        StanceMatrixModel model;
        model.setDataset(d);
        std::vector<int> expected; // in dataset order
        for (size_t actor = 0; actor < d->actors.size(); ++actor) {
            if (std::any_of(d->positions.begin(), d->positions.end(),
                            [&](const Position &p) { return p.actor == int(actor); }))
                expected.push_back(int(actor));
        }
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(model.columnCount(), int(d->issues.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const int actor = expected[size_t(row)];
            QCOMPARE(model.index(row, 0).data(StanceMatrixModel::ActorIndexRole).toInt(), actor);
            QCOMPARE(model.headerData(row, Qt::Vertical).toString(), d->actors[size_t(actor)].name);
            QCOMPARE(model.rowOfActor(actor), row);
        }
        for (size_t actor = 0; actor < d->actors.size(); ++actor) {
            if (std::find(expected.begin(), expected.end(), int(actor)) == expected.end())
                QCOMPARE(model.rowOfActor(int(actor)), -1);
        }
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(),
                     d->issues[size_t(column)].title);
    }

    void matrixCellHoldsTheLatestStanceAndItsCount_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QString>("stance"); // file key; empty for an empty cell
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("latest"); // position id

        QTest::addRow("Netanyahu opposes withdrawing from Philadelphi, twice")
            << "sample" << "netanyahu" << "philadelphi-withdrawal" << "opposes" << 2
            << "pos-netanyahu-friday";
        QTest::addRow("Israel's envoys, in private: withdrawal under conditions")
            << "sample" << "israeli-envoys" << "philadelphi-withdrawal" << "conditional" << 1
            << "pos-envoys-conditional";
        QTest::addRow("Gallant: withdrawal under conditions")
            << "sample" << "gallant" << "philadelphi-withdrawal" << "conditional" << 1
            << "pos-gallant-conditional";
        QTest::addRow("Hamas supports a permanent cease-fire")
            << "sample" << "hamas" << "permanent-ceasefire" << "supports" << 1
            << "pos-hamas-permanent";
        QTest::addRow("Israel opposes a permanent cease-fire")
            << "sample" << "israel" << "permanent-ceasefire" << "opposes" << 1
            << "pos-israel-temporary";
        QTest::addRow("Egypt's stance on the corridor is unclear")
            << "sample" << "egypt" << "philadelphi-withdrawal" << "unclear" << 1
            << "pos-egypt-no-comment";
        QTest::addRow("Netanyahu said nothing of his own on a permanent cease-fire")
            << "sample" << "netanyahu" << "permanent-ceasefire" << "" << 0 << "";
        QTest::addRow("Hamas said nothing on the border seizure")
            << "sample" << "hamas" << "border-seizure" << "" << 0 << "";
        QTest::addRow("a tie on the date: the later statement in the file is the latest")
            << "ordering" << "minister" << "a" << "neutral" << 3 << "day-second";
        QTest::addRow("a month-precision date is older than a day within it")
            << "ordering" << "minister" << "b" << "unclear" << 1 << "minister-b";
    }

    void matrixCellHoldsTheLatestStanceAndItsCount()
    {
        QFETCH(QString, data);
        QFETCH(QString, actor);
        QFETCH(QString, issue);
        QFETCH(QString, stance);
        QFETCH(int, count);
        QFETCH(QString, latest);
        const auto d = dataset(data);
        StanceMatrixModel model;
        model.setDataset(d);
        const int row = model.rowOfActor(d->actorIndex(actor));
        const int column = d->issueIndex(issue);
        QVERIFY(row >= 0);
        QVERIFY(column >= 0);
        const QModelIndex cell = model.index(row, column);
        QCOMPARE(cell.data(StanceMatrixModel::ActorIndexRole).toInt(), d->actorIndex(actor));
        QCOMPARE(cell.data(StanceMatrixModel::IssueIndexRole).toInt(), column);
        QCOMPARE(cell.data(StanceMatrixModel::StatementCountRole).toInt(), count);
        QCOMPARE(cell.data(StanceMatrixModel::LatestPositionRole).toInt(),
                 latest.isEmpty() ? -1 : positionIndex(*d, latest));
        if (stance.isEmpty()) {
            QVERIFY(!cell.data(Qt::DisplayRole).isValid());
            QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
            QVERIFY(!cell.data(Qt::ToolTipRole).isValid());
            return;
        }
        const std::optional<Stance> expected = Vocabulary::stanceFromKey(stance.toStdString());
        QVERIFY(expected);
        const QString display = cell.data(Qt::DisplayRole).toString();
        QVERIFY2(display.startsWith(Vocabulary::label(*expected)), qPrintable(display));
        QCOMPARE(display.contains(QString::number(count)), count > 1);
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), StanceStyle::badgeColor(*expected));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), StanceStyle::badgeTextColor());
    }

    void matrixTooltipListsEveryStatementOfTheCell_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("issue");
        QTest::addRow("Netanyahu on the corridor") << "netanyahu" << "philadelphi-withdrawal";
        QTest::addRow("Gallant on the corridor") << "gallant" << "philadelphi-withdrawal";
        QTest::addRow("Hamas on the Beijing talks") << "hamas" << "beijing-talks";
    }

    void matrixTooltipListsEveryStatementOfTheCell()
    {
        QFETCH(QString, actor);
        QFETCH(QString, issue);
        StanceMatrixModel model;
        model.setDataset(m_sample);
        const int actorIndex = m_sample->actorIndex(actor);
        const int issueIndex = m_sample->issueIndex(issue);
        const QString tooltip =
            model.index(model.rowOfActor(actorIndex), issueIndex).data(Qt::ToolTipRole).toString();
        std::vector<const Position *> statements;
        for (const Position &p : m_sample->positions) {
            if (p.actor == actorIndex && p.issue == issueIndex)
                statements.push_back(&p);
        }
        QVERIFY(!statements.empty());
        const QStringList lines = tooltipLines(tooltip);
        QCOMPARE(lines.size(), qsizetype(1 + statements.size())); // a heading, then one each
        QVERIFY(lines.first().contains(m_sample->actors[size_t(actorIndex)].name.toHtmlEscaped()));
        for (const Position *p : statements) {
            const QString words = p->quote.isEmpty() ? p->statement : p->quote;
            QVERIFY2(tooltip.contains(words.toHtmlEscaped()), qPrintable(words));
        }
    }

    void matrixTooltipEscapesDatasetText()
    {
        StanceMatrixModel model;
        model.setDataset(m_ordering);
        const QModelIndex cell = model.index(model.rowOfActor(m_ordering->actorIndex("minister")),
                                             m_ordering->issueIndex("a"));
        const QString tooltip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tooltip.contains(QStringLiteral("<img")), qPrintable(tooltip));
        const QStringList lines = tooltipLines(tooltip);
        QCOMPARE(lines.size(), 4);
        // Oldest first: the history of the cell reads down.
        QVERIFY(lines[1].contains(QStringLiteral("Known to the month")));
        QVERIFY(lines[2].contains(QStringLiteral("The first of two")));
        QVERIFY2(lines[3].contains(QStringLiteral("&lt;img src=x&gt; &amp; more")),
                 qPrintable(lines[3]));
    }

    // --- StanceStyle ------------------------------------------------------------------------

    void badgeColorsReadWithWhiteText_data()
    {
        QTest::addColumn<Stance>("stance");
        for (const Stance stance : {Stance::Supports, Stance::Opposes, Stance::Conditional,
                                    Stance::Neutral, Stance::Unclear})
            QTest::addRow("%s", qPrintable(Vocabulary::key(stance))) << stance;
    }

    void badgeColorsReadWithWhiteText()
    {
        QFETCH(Stance, stance);
        const double badge = relativeLuminance(StanceStyle::badgeColor(stance));
        const double text = relativeLuminance(StanceStyle::badgeTextColor());
        const double contrast = (std::max(badge, text) + 0.05) / (std::min(badge, text) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
        QCOMPARE(StanceStyle::fromOrdinal(StanceStyle::ordinal(stance)), stance);
    }

    void badgeColorsTellStancesApart()
    {
        QSet<QRgb> colors;
        for (int ordinal = 0; ordinal < StanceStyle::ordinalCount; ++ordinal)
            colors.insert(StanceStyle::badgeColor(StanceStyle::fromOrdinal(ordinal)).rgb());
        QCOMPARE(colors.size(), StanceStyle::ordinalCount);
    }

    // --- ActorTreeModel and ActorFilterProxyModel ------------------------------------------

    void actorSearchKeepsTheModelContract()
    {
        ActorTreeModel model;
        ActorFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_sample);
        for (const char *text : {"netan", "IDF", "hamas", "zzz no such actor", "", "prime"})
            proxy.setSearchText(QString::fromUtf8(text));
        model.setDataset(m_folding);
        proxy.setSearchText(QStringLiteral("mahmud"));
        proxy.setSearchText(QString());
        model.setDataset(std::make_shared<const Dataset>());
        proxy.setSearchText(QStringLiteral("x"));
        model.setDataset(m_sample);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void actorTreeKeepsTheModelContractWhileTickingAndHighlighting()
    {
        ActorTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_sample);
        const int netanyahu = m_sample->actorIndex("netanyahu");
        const int hamas = m_sample->actorIndex("hamas");
        const int deif = m_sample->actorIndex("deif");
        QVERIFY(model.setData(model.indexOfActor(netanyahu), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.indexOfActor(deif), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.indexOfActor(netanyahu), Qt::Unchecked, Qt::CheckStateRole));
        model.setCheckedActors({hamas, deif});
        model.setCheckedActors({});
        model.setHighlightedActors({netanyahu, hamas});
        model.setHighlightedActors({deif});
        model.setHighlightedActors({});
        model.setDataset(m_ordering);
        model.setCheckedActors({0, 2});
        model.setHighlightedActors({1});
        model.setDataset(std::make_shared<const Dataset>());
        QCOMPARE(model.rowCount(), 0);
    }

    void eventCountIsTheActorsEvents_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("expected"); // counted in the sample file
        QTest::addRow("Hamas") << "hamas" << 12;
        QTest::addRow("Netanyahu") << "netanyahu" << 2;
        QTest::addRow("Israel, without its members' events") << "israel" << 7;
        QTest::addRow("White House") << "white-house" << 1;
        QTest::addRow("Hamas military wing") << "hamas-military-wing" << 2;
    }

    void eventCountIsTheActorsEvents()
    {
        QFETCH(QString, actor);
        QFETCH(int, expected);
        ActorTreeModel model;
        model.setDataset(m_sample);
        const int actorIndex = m_sample->actorIndex(actor);
        int takesPart = 0;
        for (int event = 0; event < m_sample->events.count(); ++event) {
            const auto actors = m_sample->events.actors(event);
            takesPart += int(std::count(actors.begin(), actors.end(), quint32(actorIndex)));
        }
        QCOMPARE(takesPart, expected);
        const QModelIndex count = model.indexOfActor(actorIndex, ActorTreeModel::EventCountColumn);
        QCOMPARE(count.data().toInt(), expected);
    }

    void actorSearchFindsNamesAliasesAndRolesWithTheirAncestors_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("shown"); // matches and their ancestors
        QTest::addRow("part of a name, and an alias (\"Netanyahu's office\")")
            << "sample" << "netan" << QStringList{"israel", "netanyahu", "israel-pm-office"};
        QTest::addRow("alias") << "sample" << "IDF" << QStringList{"israel", "idf"};
        QTest::addRow("role") << "sample" << "Prime Minister"
                              << QStringList{"israel", "netanyahu", "israel-pm-office"};
        QTest::addRow("any case, under two kinds")
            << "sample" << "HAMAS"
            << QStringList{"israel", "israeli-coalition-hardliners", "hamas",
                           "hamas-military-wing", "haniyeh", "abu-marzouk", "deif"};
        QTest::addRow("surrounding spaces ignored")
            << "sample" << "  gallant " << QStringList{"israel", "gallant"};
        QTest::addRow("accents in the search ignored")
            << "sample" << "Gallánt" << QStringList{"israel", "gallant"};
        QTest::addRow("grandparents kept")
            << "sample" << "wang" << QStringList{"china", "china-foreign-ministry", "wang-yi"};
        QTest::addRow("accents and transliteration marks in the name ignored")
            << "folding" << "mahmud al-alul" << QStringList{"faction", "aloul"};
        QTest::addRow("Arabic without harakat") << "folding" << "محمود عباس"
                                                << QStringList{"faction", "abbas-ar"};
        QTest::addRow("accented role") << "folding" << "PRESIDENT"
                                       << QStringList{"faction", "abbas-ar"};
        QTest::addRow("top-level person") << "folding" << "else" << QStringList{"someone"};
        QTest::addRow("no match") << "sample" << "zzz no such actor" << QStringList{};
    }

    void actorSearchFindsNamesAliasesAndRolesWithTheirAncestors()
    {
        QFETCH(QString, data);
        QFETCH(QString, search);
        QFETCH(QStringList, shown);
        const auto d = dataset(data);
        ActorTreeModel model;
        model.setDataset(d);
        ActorFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(search);
        QCOMPARE(proxy.searchText(), search);

        QStringList ids;
        collectShownActors(proxy, {}, &ids);
        std::sort(ids.begin(), ids.end());
        std::sort(shown.begin(), shown.end());
        QCOMPARE(ids, shown);

        // Each shown actor sits in its tree as in the full model: under its parent, or under
        // its kind's group row at the top.
        QSet<ActorKind> kinds;
        for (const QString &id : std::as_const(shown)) {
            const int actor = d->actorIndex(id);
            const QModelIndex index = proxy.mapFromSource(model.indexOfActor(actor));
            QVERIFY2(index.isValid(), qPrintable(id));
            const int parent = d->actors[size_t(actor)].parent;
            if (parent >= 0) {
                QCOMPARE(index.parent().data(ActorTreeModel::ActorIndexRole).toInt(), parent);
            } else {
                kinds.insert(d->actors[size_t(actor)].kind);
                QCOMPARE(index.parent().data(ActorTreeModel::ActorIndexRole).toInt(), -1);
                QCOMPARE(index.parent().parent(), QModelIndex());
            }
        }
        QCOMPARE(proxy.rowCount(), int(kinds.size()));

        proxy.setSearchText(QString());
        ids.clear();
        collectShownActors(proxy, {}, &ids);
        QCOMPARE(ids.size(), qsizetype(d->actors.size()));
    }

    void checkBoxesAreOnActorNamesOnly_data()
    {
        QTest::addColumn<bool>("kindRow");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("checkable");
        QTest::addRow("actor name") << false << int(ActorTreeModel::NameColumn) << true;
        QTest::addRow("actor role") << false << int(ActorTreeModel::RoleColumn) << false;
        QTest::addRow("actor event count") << false << int(ActorTreeModel::EventCountColumn)
                                           << false;
        QTest::addRow("kind group name") << true << int(ActorTreeModel::NameColumn) << false;
        QTest::addRow("kind group, other column") << true << int(ActorTreeModel::KindColumn)
                                                  << false;
    }

    void checkBoxesAreOnActorNamesOnly()
    {
        QFETCH(bool, kindRow);
        QFETCH(int, column);
        QFETCH(bool, checkable);
        ActorTreeModel model;
        model.setDataset(m_sample);
        QSignalSpy spy(&model, &ActorTreeModel::actorsTicked);
        const int netanyahu = m_sample->actorIndex("netanyahu");
        const QModelIndex index = kindRow ? model.index(0, column)
                                          : model.indexOfActor(netanyahu, column);
        QVERIFY(index.isValid());
        QCOMPARE(bool(index.flags() & Qt::ItemIsUserCheckable), checkable);
        QCOMPARE(index.data(Qt::CheckStateRole).isValid(), checkable);
        QCOMPARE(model.setData(index, Qt::Checked, Qt::CheckStateRole), checkable);
        QCOMPARE(spy.size(), checkable ? 1 : 0);
        QCOMPARE(model.checkedActors(), checkable ? QSet<int>{netanyahu} : QSet<int>{});
    }

    void tickingActorsReportsTheTickedSet()
    {
        ActorTreeModel model;
        model.setDataset(m_sample);
        QSignalSpy spy(&model, &ActorTreeModel::actorsTicked);
        const int netanyahu = m_sample->actorIndex("netanyahu");
        const int hamas = m_sample->actorIndex("hamas");
        const QModelIndex netanyahuName = model.indexOfActor(netanyahu);
        const QModelIndex hamasName = model.indexOfActor(hamas);
        QCOMPARE(netanyahuName.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        const auto tick = [&](const QModelIndex &index, Qt::CheckState state) {
            return model.setData(index, state, Qt::CheckStateRole);
        };
        QVERIFY(tick(netanyahuName, Qt::Checked));
        QCOMPARE(netanyahuName.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(tick(hamasName, Qt::Checked));
        QVERIFY(tick(netanyahuName, Qt::Unchecked));
        QCOMPARE(netanyahuName.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(0).at(0).value<QSet<int>>(), QSet<int>{netanyahu});
        QCOMPARE(spy.at(1).at(0).value<QSet<int>>(), (QSet<int>{netanyahu, hamas}));
        QCOMPARE(spy.at(2).at(0).value<QSet<int>>(), QSet<int>{hamas});
        QCOMPARE(model.checkedActors(), QSet<int>{hamas});

        // Ticking what is already ticked changes nothing, and says nothing.
        QVERIFY(tick(hamasName, Qt::Checked));
        QCOMPARE(spy.size(), 3);

        // Ticks set by the program (from the filter) are shown, not reported back as the
        // user's: the filter that set them would hear its own change.
        model.setCheckedActors({netanyahu});
        QCOMPARE(netanyahuName.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.checkedActors(), QSet<int>{netanyahu});
        QCOMPARE(spy.size(), 3);

        // A new dataset starts with nothing ticked, and that is no tick of the user's either.
        model.setDataset(m_ordering);
        QVERIFY(model.checkedActors().isEmpty());
        QCOMPARE(spy.size(), 3);
    }

    void highlightedActorsAreBold()
    {
        ActorTreeModel model;
        model.setDataset(m_sample);
        const int netanyahu = m_sample->actorIndex("netanyahu");
        const int hamas = m_sample->actorIndex("hamas");
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        model.setHighlightedActors({netanyahu});
        QCOMPARE(spy.size(), 1);
        for (int column = 0; column < ActorTreeModel::ColumnCount; ++column) {
            QVERIFY(model.indexOfActor(netanyahu, column).data(Qt::FontRole).value<QFont>().bold());
            QVERIFY(!model.indexOfActor(hamas, column).data(Qt::FontRole).isValid());
        }
        model.setHighlightedActors({});
        QCOMPARE(spy.size(), 2);
        QVERIFY(!model.indexOfActor(netanyahu).data(Qt::FontRole).isValid());
    }

    // --- TextFolding ------------------------------------------------------------------------

    void foldingIgnoresCaseAccentsAndMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::addRow("plain text unchanged") << "abc-123 x" << "abc-123 x";
        QTest::addRow("empty") << "" << "";
        QTest::addRow("upper case") << "NETANYAHU" << "netanyahu";
        QTest::addRow("acute accent") << "Président" << "president";
        QTest::addRow("stacked diacritics") << "Nguyễn" << "nguyen";
        QTest::addRow("dotted capital I") << "İstanbul" << "istanbul";
        QTest::addRow("macrons and the ʿayn of transliteration")
            << "Mahmūd al-ʿĀlūl" << "mahmud al-alul";
        QTest::addRow("hamza of transliteration") << "Qurʾān" << "quran";
        QTest::addRow("Arabic harakat") << "مَحْمُود عَبَّاس" << "محمود عباس";
        QTest::addRow("Hebrew niqqud") << "שָׁלוֹם" << "שלום";
        QTest::addRow("ligature") << "ﬁnance" << "finance";
        QTest::addRow("full-width letters") << "ＩＤＦ" << "idf";
    }

    void foldingIgnoresCaseAccentsAndMarks()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFolding::fold(text), folded);
        QCOMPARE(TextFolding::fold(folded), folded); // folding is idempotent
    }
};

QTEST_GUILESS_MAIN(TestPositions)
#include "tst_positions.moc"
