// SPDX-License-Identifier: MIT
// The positions feature in the window, offscreen, under real clicks: choosing an actor (in the
// tree, or through the shared selection) lists exactly its positions and its state's or
// faction's; a card's date moves the timeline there; a matrix cell narrows the list to one issue
// and charts that issue; the chart tells public from private statements; dataset text is text.
// Long because every case drives one real window through clicks: the click helpers (links, tree
// rows, matrix cells, message boxes) and the markup dataset take a third of the file, and each
// part of a split would need its own copy of the helpers.
#include "actortreemodel.h"
#include "eventdetailspanel.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "overviewview.h"
#include "plaintext.h"
#include "timelineview.h"
#include "positionspanel.h"
#include "stancechartview.h"
#include "stancematrixmodel.h"
#include "stancestyle.h"
#include "textlinks.h"
#include "positionquery.h"
#include "workerpool.h"

#include <QAbstractProxyModel>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDockWidget>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QFile>
#include <QHelpEvent>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace {

// Every piece of dataset text that the positions panel shows holds markup; none of it may be
// read as HTML. "silent" is an issue nobody took a position on.
const char markupJson[] = R"({
  "format": "tideline/1",
  "title": "Markup",
  "sources": [
    { "id": "src", "title": "<script>alert(1)</script>", "publisher": "<em>Publisher</em>" }
  ],
  "actors": [
    { "id": "bold", "name": "<b>Bold</b>", "kind": "state" },
    { "id": "child", "name": "<i>Child</i> & co", "kind": "person", "parent": "bold",
      "role": "<u>Role</u>" }
  ],
  "issues": [
    { "id": "tags", "title": "<h1>Tags</h1>" },
    { "id": "silent", "title": "Nobody spoke on this" }
  ],
  "events": [
    { "id": "meeting", "title": "A meeting", "start": "2024-07-12", "actors": ["bold"] },
    { "id": "markup", "title": "<img src=x> <b>bold</b> title", "start": "2024-07-14",
      "description": "<script>alert('d')</script> & more", "actors": ["bold", "child"],
      "tags": ["R&D <i>tag</i>"] }
  ],
  "positions": [
    { "id": "p1", "actor": "bold", "issue": "tags", "stance": "supports", "date": "2024-07-12",
      "quote": "<img src=x>", "statement": "Tom & Jerry <br> end", "visibility": "reported",
      "attribution": "<a href='elsewhere:'>someone</a>", "source": "src", "event": "meeting" },
    { "id": "p2", "actor": "child", "issue": "tags", "stance": "opposes", "date": "2024-07-13",
      "statement": "&lt;escaped already&gt;", "visibility": "public" }
  ]
})";

// The positions an actor's list should hold, straight from the dataset: its own and those of
// every actor above it, optionally on one issue only.
std::vector<int> ownAndAncestorsPositions(const Dataset &dataset, int actor, int issue = -1)
{
    std::vector<int> holders;
    for (int a = actor; a >= 0; a = dataset.actors[size_t(a)].parent)
        holders.push_back(a);
    std::vector<int> positions;
    for (size_t i = 0; i < dataset.positions.size(); ++i) {
        const Position &p = dataset.positions[i];
        if ((issue < 0 || p.issue == issue)
            && std::find(holders.begin(), holders.end(), p.actor) != holders.end())
            positions.push_back(int(i));
    }
    return positions;
}

std::vector<int> sorted(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

int positionIndex(const Dataset &dataset, const QString &id)
{
    for (size_t i = 0; i < dataset.positions.size(); ++i) {
        if (dataset.positions[i].id == id)
            return int(i);
    }
    return -1;
}

QStringList anchorsIn(QTextDocument *document)
{
    QStringList hrefs;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                hrefs << format.anchorHref();
        }
    }
    return hrefs;
}

const char linksJson[] =
    "{\n"
    "  \"format\": \"tideline/1\",\n"
    "  \"title\": \"Links\",\n"
    "  \"sources\": [\n"
    "    { \"id\": \"web\", \"title\": \"Report\", \"url\": \"https://example.org/report?id=1&part=<2>\" },\n"
    "    { \"id\": \"mail\", \"title\": \"Desk\", \"url\": \"mailto:desk@example.org\" },\n"
    "    { \"id\": \"local\", \"title\": \"Local\", \"url\": \"file:///etc/passwd\" },\n"
    "    { \"id\": \"script\", \"title\": \"Script\", \"url\": \"javascript:alert(1)\" },\n"
    "    { \"id\": \"custom\", \"title\": \"Custom\", \"url\": \"tideline-test-handler://run?x=1\" }\n"
    "  ],\n"
    "  \"actors\": [ { \"id\": \"a\", \"name\": \"A\", \"kind\": \"state\" } ],\n"
    "  \"events\": [\n"
    "    { \"id\": \"sourced\", \"title\": \"Sourced\", \"start\": \"2024-07-12\", \"actors\": [\"a\"],\n"
    "      \"sources\": [\"web\", \"mail\", \"local\", \"script\", \"custom\"] }\n"
    "  ]\n"
    "}\n";

// Stands in for the desktop's URL handlers: records what Tideline asked to open.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// Where an anchor is drawn in a text browser's viewport, after scrolling it into view.
QPoint anchorPoint(QTextBrowser *browser, const QString &href)
{
    QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            return browser->cursorRect(cursor).center();
        }
    }
    return {};
}

// Answers the next modal QMessageBox: records its informative text, ticks its check box if
// asked, and presses the button with the given text.
void answerNextMessageBox(const QString &button, bool tick, QString *shownText)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *shownText = box->informativeText();
        if (tick && box->checkBox())
            box->checkBox()->setChecked(true);
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&') == button) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
    });
    timer->start();
}

qint64 utcSecond(int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestPositionsWidgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;

    std::shared_ptr<const Dataset> dataset() const { return m_window->session()->dataset(); }
    PositionsPanel *panel() const { return m_window->positionsPanel(); }

    // Clicks the link to `href` in the positions panel, scrolled into view first.
    bool clickAnchor(const QString &href) { return ::clickAnchor(panel(), href); }

    // Clicks the actor's row in the actor tree, as a user would.
    bool clickActorRow(int actor)
    {
        QTreeView *tree = m_window->actorView();
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(tree->model());
        if (!proxy)
            return false;
        // The kind column: clicking the name column's check box would tick the actor instead.
        const QModelIndex index = proxy->mapFromSource(
            m_window->actorModel()->indexOfActor(actor, ActorTreeModel::KindColumn));
        if (!index.isValid())
            return false;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
            if (!tree->isExpanded(parent.siblingAtColumn(0))) {
                qWarning("the actor tree is not expanded");
                return false;
            }
        }
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        if (!rect.isValid() || !tree->viewport()->rect().contains(rect.center()))
            return false;
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        return true;
    }

    // Shows the matrix tab and clicks the actor × issue cell.
    bool clickMatrixCell(int actor, int issue)
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("matrixDock"));
        if (!dock)
            return false;
        dock->raise();
        QTableView *view = m_window->matrixView();
        if (!QTest::qWaitFor([view] { return view->isVisible(); }))
            return false;
        const auto *model = qobject_cast<const StanceMatrixModel *>(view->model());
        if (!model)
            return false;
        const QModelIndex cell = model->index(model->rowOfActor(actor), issue);
        if (!cell.isValid())
            return false;
        view->scrollTo(cell);
        const QRect rect = view->visualRect(cell);
        if (!rect.isValid() || !view->viewport()->rect().contains(rect.center()))
            return false;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        return true;
    }

private slots:
    void initTestCase()
    {
        // Settings go to a throwaway folder, never the user's.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_positionswidgets"));
        QVERIFY(m_data.isValid());
        QFile file(m_data.filePath(QStringLiteral("markup.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(markupJson), qint64(sizeof markupJson - 1));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 950);
        m_window->openAtStart({});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!dataset()->positions.empty());
    }

    void cleanup() { m_window.reset(); }

    void selectingAnActorShowsExactlyItsPositions_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("clickTree");
        QTest::addRow("Netanyahu, selected: his and Israel's") << "netanyahu" << false;
        QTest::addRow("Netanyahu, clicked in the actor tree") << "netanyahu" << true;
        QTest::addRow("Israel's envoys, clicked: theirs in private and Israel's")
            << "israeli-envoys" << true;
        QTest::addRow("Hamas, selected") << "hamas" << false;
        QTest::addRow("Deif, clicked: Hamas's, through the military wing") << "deif" << true;
        QTest::addRow("Israel, selected: not its members'") << "israel" << false;
        QTest::addRow("Gallant, clicked") << "gallant" << true;
    }

    void selectingAnActorShowsExactlyItsPositions()
    {
        QFETCH(QString, actor);
        QFETCH(bool, clickTree);
        const Dataset &d = *dataset();
        const int actorIndex = d.actorIndex(actor);
        QVERIFY(actorIndex >= 0);
        if (clickTree) {
            QVERIFY(clickActorRow(actorIndex));
            QCOMPARE(m_window->selection()->actor(), actorIndex);
        } else {
            m_window->selection()->setActor(actorIndex);
        }
        QTRY_VERIFY(panel()->isVisible());
        QCOMPARE(panel()->shownActor(), actorIndex);
        QCOMPARE(panel()->shownIssue(), -1);

        const std::vector<int> expected = ownAndAncestorsPositions(d, actorIndex);
        QVERIFY(!expected.empty());
        QCOMPARE(panel()->shownPositions().size(), expected.size());
        QCOMPARE(sorted(panel()->shownPositions()), expected);

        const QString text = panel()->toPlainText();
        QVERIFY(text.contains(d.actors[size_t(actorIndex)].name));
        for (int index : expected) {
            const Position &p = d.positions[size_t(index)];
            if (!p.quote.isEmpty())
                QVERIFY2(text.contains(p.quote), qPrintable(p.quote));
            QVERIFY2(text.contains(p.statement), qPrintable(p.statement));
            QVERIFY(text.contains(Vocabulary::label(p.stance)));
            QVERIFY(text.contains(d.issues[size_t(p.issue)].title));
            // Every card links its date to the timeline.
            QVERIFY(!cursorInAnchor(panel()->document(), QStringLiteral("position:%1").arg(index))
                         .isNull());
        }
    }

    void anActorWithoutPositionsSaysSo()
    {
        const int whiteHouse = dataset()->actorIndex(QStringLiteral("white-house"));
        QVERIFY(whiteHouse >= 0);
        QVERIFY(clickActorRow(whiteHouse));
        QCOMPARE(panel()->shownActor(), whiteHouse);
        QVERIFY(panel()->shownPositions().empty());
        QVERIFY(panel()->toPlainText().contains(QStringLiteral("No stated positions")));
        QVERIFY(anchorsIn(panel()->document()).isEmpty());
    }

    void anIssueRestrictionShowsThatIssueOnlyUntilShowEveryIssue_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("issue");
        QTest::addRow("Netanyahu on the corridor: his and Israel's")
            << "netanyahu" << "philadelphi-withdrawal";
        QTest::addRow("Netanyahu on a permanent cease-fire: Israel's only")
            << "netanyahu" << "permanent-ceasefire";
        QTest::addRow("Hamas on the Beijing talks") << "hamas" << "beijing-talks";
        QTest::addRow("Netanyahu on the Beijing talks: nothing") << "netanyahu" << "beijing-talks";
    }

    void anIssueRestrictionShowsThatIssueOnlyUntilShowEveryIssue()
    {
        QFETCH(QString, actor);
        QFETCH(QString, issue);
        const Dataset &d = *dataset();
        const int actorIndex = d.actorIndex(actor);
        const int issueIndex = d.issueIndex(issue);
        QVERIFY(actorIndex >= 0 && issueIndex >= 0);
        m_window->selection()->setActor(actorIndex);
        panel()->showActor(actorIndex, issueIndex);
        QTRY_VERIFY(panel()->isVisible());
        QCOMPARE(panel()->shownIssue(), issueIndex);
        QCOMPARE(sorted(panel()->shownPositions()),
                 ownAndAncestorsPositions(d, actorIndex, issueIndex));
        const QString text = panel()->toPlainText();
        for (size_t other = 0; other < d.issues.size(); ++other) {
            if (int(other) != issueIndex)
                QVERIFY2(!text.contains(d.issues[other].title), qPrintable(d.issues[other].title));
        }

        QVERIFY(clickAnchor(QStringLiteral("all:")));
        QCOMPARE(panel()->shownActor(), actorIndex);
        QCOMPARE(panel()->shownIssue(), -1);
        QCOMPARE(sorted(panel()->shownPositions()), ownAndAncestorsPositions(d, actorIndex));
    }

    void clickingACardsDateMovesTheTimelineThere_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("position");
        QTest::addRow("Netanyahu's Friday statement: its event")
            << "netanyahu" << "pos-netanyahu-friday";
        QTest::addRow("Israel's position in Netanyahu's list: its day, no event")
            << "netanyahu" << "pos-israel-reluctant-withdraw";
        QTest::addRow("the envoys' private talks: a week-long event")
            << "israeli-envoys" << "pos-envoys-conditional";
        QTest::addRow("Egypt's warning, known to the year only") << "egypt"
                                                                 << "pos-egypt-opposes-seizure";
    }

    void clickingACardsDateMovesTheTimelineThere()
    {
        QFETCH(QString, actor);
        QFETCH(QString, position);
        const Dataset &d = *dataset();
        const int actorIndex = d.actorIndex(actor);
        const int index = positionIndex(d, position);
        QVERIFY(actorIndex >= 0 && index >= 0);
        const Position &p = d.positions[size_t(index)];
        const qint64 begin = p.event >= 0 ? d.events.beginSecond(p.event) : p.date.firstSecond();
        const qint64 end = p.event >= 0 ? d.events.endSecond(p.event) : p.date.endSecond();

        m_window->selection()->setActor(actorIndex);
        QTRY_VERIFY(panel()->isVisible());
        VisibleWindow *window = m_window->visibleWindow();
        window->setRange(utcSecond(2000), utcSecond(2001)); // far from July 2024
        QVERIFY(window->end() < begin);

        QSignalSpy activated(panel(), &PositionsPanel::positionActivated);
        QVERIFY(clickAnchor(QStringLiteral("position:%1").arg(index)));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), index);
        QVERIFY2(window->start() <= begin && window->end() >= end,
                 qPrintable(QStringLiteral("[%1, %2) does not contain [%3, %4)")
                                .arg(window->start())
                                .arg(window->end())
                                .arg(begin)
                                .arg(end)));
        // Moved to it, not zoomed out to everything.
        QVERIFY(window->span() < 8 * std::max<qint64>(end - begin, 366 * 86400));
        if (p.event >= 0)
            QCOMPARE(m_window->selection()->event(), p.event);
    }

    void clickingAMatrixCellShowsThatActorOnThatIssue_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<bool>("alreadySelected");
        QTest::addRow("Netanyahu on the corridor") << "netanyahu" << "philadelphi-withdrawal"
                                                   << false;
        QTest::addRow("Netanyahu on the corridor, already selected")
            << "netanyahu" << "philadelphi-withdrawal" << true;
        QTest::addRow("Israel's envoys on anti-smuggling measures")
            << "israeli-envoys" << "anti-smuggling-measures" << false;
        QTest::addRow("Hamas on a permanent cease-fire") << "hamas" << "permanent-ceasefire"
                                                         << false;
        QTest::addRow("an empty cell: Netanyahu on the Beijing talks")
            << "netanyahu" << "beijing-talks" << false;
    }

    void clickingAMatrixCellShowsThatActorOnThatIssue()
    {
        QFETCH(QString, actor);
        QFETCH(QString, issue);
        QFETCH(bool, alreadySelected);
        const Dataset &d = *dataset();
        const int actorIndex = d.actorIndex(actor);
        const int issueIndex = d.issueIndex(issue);
        QVERIFY(actorIndex >= 0 && issueIndex >= 0);
        if (alreadySelected)
            m_window->selection()->setActor(actorIndex);
        // The chart starts on another issue, so that following the click is observable.
        const int otherIssue = d.issueIndex(issue == QLatin1String("beijing-talks")
                                                ? QStringLiteral("permanent-ceasefire")
                                                : QStringLiteral("beijing-talks"));
        m_window->stanceChart()->setIssue(otherIssue);

        QVERIFY(clickMatrixCell(actorIndex, issueIndex));
        QCOMPARE(m_window->selection()->actor(), actorIndex);
        QTRY_VERIFY(panel()->isVisible());
        QCOMPARE(panel()->shownActor(), actorIndex);
        QCOMPARE(panel()->shownIssue(), issueIndex);
        QCOMPARE(sorted(panel()->shownPositions()),
                 ownAndAncestorsPositions(d, actorIndex, issueIndex));
        QCOMPARE(m_window->stanceChart()->issue(), issueIndex);
        QCOMPARE(m_window->stanceChart()->chart()->title(), d.issues[size_t(issueIndex)].title);
    }

    void stanceChartDrawsALinePerActorAndMarksVisibilityByShape_data()
    {
        QTest::addColumn<QString>("issue");
        QTest::addRow("the Philadelphi corridor: one private statement") << "philadelphi-withdrawal";
        QTest::addRow("anti-smuggling measures") << "anti-smuggling-measures";
        QTest::addRow("the Beijing talks: one reported statement") << "beijing-talks";
    }

    void stanceChartDrawsALinePerActorAndMarksVisibilityByShape()
    {
        QFETCH(QString, issue);
        const Dataset &d = *dataset();
        const int issueIndex = d.issueIndex(issue);
        QVERIFY(issueIndex >= 0);
        StanceChartView *view = m_window->stanceChart();
        view->setIssue(issueIndex);
        QCOMPARE(view->issue(), issueIndex);

        QStringList actors;
        std::map<QScatterSeries::MarkerShape, int> statements; // by the shape they should have
        for (const Position &p : d.positions) {
            if (p.issue != issueIndex)
                continue;
            if (!actors.contains(d.actors[size_t(p.actor)].name))
                actors << d.actors[size_t(p.actor)].name;
            const auto shape = p.visibility == Visibility::Private
                ? QScatterSeries::MarkerShapeRectangle
                : p.visibility == Visibility::Reported ? QScatterSeries::MarkerShapeTriangle
                                                       : QScatterSeries::MarkerShapeCircle;
            ++statements[shape];
        }

        QStringList lines;
        std::map<QScatterSeries::MarkerShape, int> markers;
        for (QAbstractSeries *series : view->chart()->series()) {
            // Each actor's step line carries its name; unnamed lines are decorations.
            if (series->type() == QAbstractSeries::SeriesTypeLine && !series->name().isEmpty()) {
                lines << series->name();
                // A step: level from each statement to the next, then on to the chart's end.
                const QList<QPointF> points = static_cast<QLineSeries *>(series)->points();
                QVERIFY(points.size() >= 2);
                QCOMPARE(points.size() % 2, 0);
                for (qsizetype i = 1; i + 1 < points.size(); i += 2) {
                    QCOMPARE(points[i].y(), points[i - 1].y());
                    QCOMPARE(points[i].x(), points[i + 1].x());
                }
                QCOMPARE(points.last().y(), points[points.size() - 2].y());
            } else if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                markers[scatter->markerShape()] += scatter->count();
        }
        std::sort(actors.begin(), actors.end());
        std::sort(lines.begin(), lines.end());
        QCOMPARE(lines, actors);
        QCOMPARE(markers, statements);
    }

    // A big chart's lines are added a turn of the event loop at a time (1,500 markers, each a
    // graphics item, took up to 44 ms of the window's thread in one piece): the chart is shown
    // with its first line, the others follow, and chart() adds those still to come at once.
    void stanceChartAddsABigChartsLinesATurnAtATime()
    {
        const Dataset &d = *dataset();
        // The issue with most actors speaking on it.
        int issue = -1;
        size_t most = 0;
        for (size_t i = 0; i < d.issues.size(); ++i) {
            const size_t lines = StanceChart::compute(d, int(i), nullptr).lines.size();
            if (lines > most) {
                most = lines;
                issue = int(i);
            }
        }
        QVERIFY2(most >= 3, "the seed has an issue with three actors' lines or more");
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("stanceChartDock"));
        QVERIFY(dock);
        dock->raise();
        StanceChartView *view = m_window->stanceChart();
        QTRY_VERIFY(view->isVisible());
        QTRY_VERIFY(!view->isAddingLines());
        const int perTurn = view->statementsPerTurn();
        const auto restore = qScopeGuard([&] { view->setStatementsPerTurn(perTurn); });
        view->setStatementsPerTurn(1); // a line a turn
        auto *chartView = view->findChild<QChartView *>();
        QVERIFY(chartView);
        const auto namedLines = [](QChart *chart) {
            QStringList lines;
            for (QAbstractSeries *series : chart->series())
                if (series->type() == QAbstractSeries::SeriesTypeLine && !series->name().isEmpty())
                    lines << series->name();
            return lines;
        };

        int linesWhenShown = -1;
        bool moreToCome = false;
        int linesAskedFor = -1; // when asked for at once, as shown
        bool askAtOnce = false;
        QObject listener;
        connect(view, &StanceChartView::chartShown, &listener, [&] {
            linesWhenShown = int(namedLines(chartView->chart()).size());
            moreToCome = view->isAddingLines();
            if (askAtOnce) {
                linesAskedFor = int(namedLines(view->chart()).size());
                moreToCome = moreToCome && !view->isAddingLines();
            }
        });
        view->setIssue(issue);
        QTRY_VERIFY(linesWhenShown >= 0);
        QCOMPARE(linesWhenShown, 1);
        QVERIFY(moreToCome);
        QTRY_VERIFY(!view->isAddingLines());
        QCOMPARE(namedLines(chartView->chart()).size(), qsizetype(most));
        int markers = 0;
        for (QAbstractSeries *series : chartView->chart()->series())
            if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                markers += scatter->count();
        QCOMPARE(markers, int(std::count_if(d.positions.begin(), d.positions.end(),
                                            [&](const Position &p) { return p.issue == issue; })));

        // Asked for, the chart is whole at once.
        linesWhenShown = -1;
        askAtOnce = true;
        view->setIssue(issue == 0 ? 1 : 0);
        view->setIssue(issue);
        QTRY_VERIFY(linesAskedFor >= 0);
        QCOMPARE(linesWhenShown, 1);
        QVERIFY(moreToCome); // there were, and there are no more
        QCOMPARE(linesAskedFor, int(most));
    }

    void theEnvoysPrivateStatementIsASquareBesideIsraelsPublicCircle()
    {
        const Dataset &d = *dataset();
        m_window->stanceChart()->setIssue(d.issueIndex(QStringLiteral("philadelphi-withdrawal")));
        const QString envoys = d.actors[size_t(d.actorIndex(QStringLiteral("israeli-envoys")))].name;
        const QString israel = d.actors[size_t(d.actorIndex(QStringLiteral("israel")))].name;
        QScatterSeries *envoysMarkers = nullptr;
        QScatterSeries *israelMarkers = nullptr;
        for (QAbstractSeries *series : m_window->stanceChart()->chart()->series()) {
            auto *scatter = qobject_cast<QScatterSeries *>(series);
            if (scatter && scatter->name().startsWith(envoys))
                envoysMarkers = scatter;
            else if (scatter && scatter->name().startsWith(israel + u' '))
                israelMarkers = scatter;
        }
        QVERIFY(envoysMarkers);
        QVERIFY(israelMarkers);
        QCOMPARE(envoysMarkers->markerShape(), QScatterSeries::MarkerShapeRectangle);
        QCOMPARE(israelMarkers->markerShape(), QScatterSeries::MarkerShapeCircle);
        // Both at their stance on the axis: the envoys conditional, Israel opposed.
        QCOMPARE(envoysMarkers->count(), 1);
        QCOMPARE(std::lround(envoysMarkers->at(0).y()),
                 long(StanceStyle::ordinal(Stance::Conditional)));
        QCOMPARE(israelMarkers->count(), 1);
        QCOMPARE(std::lround(israelMarkers->at(0).y()), long(StanceStyle::ordinal(Stance::Opposes)));
    }

    // Qt Charts' own legend dropped the actors its height could not hold (Egypt, in a short
    // dock); the list beside the chart names every line, in the lines' order, and the three
    // actors who all oppose are drawn at three heights.
    void stanceChartCountsABigDatasetsIssuesOnAWorker_data()
    {
        QTest::addColumn<bool>("chooseWhileCounting");
        QTest::addRow("the first issue once counted") << false;
        QTest::addRow("an issue chosen while counting stays") << true;
    }

    void stanceChartCountsABigDatasetsIssuesOnAWorker()
    {
        QFETCH(bool, chooseWhileCounting);
        const std::shared_ptr<const Dataset> d = dataset();
        StanceChartView *view = m_window->stanceChart();
        auto *issues = view->findChild<QComboBox *>();
        QVERIFY(issues);
        const int threshold = view->workerThreshold();
        const auto restore = qScopeGuard([&] {
            view->setWorkerThreshold(threshold);
            view->setDataset(d);
        });
        view->setWorkerThreshold(1); // the seed's few statements count as many
        const auto counted = PositionQuery::issuesByStatements(*d);
        QVERIFY(counted.size() > 1);
        view->setDataset(d);
        QVERIFY(view->isCountingIssues());
        QCOMPARE(issues->count(), 0);
        QCOMPARE(view->chart()->title(), QStringLiteral("Counting the statements on each issue…"));
        const int chosen = counted.back().issue;
        if (chooseWhileCounting)
            view->setIssue(chosen);
        QTRY_VERIFY(!view->isCountingIssues());
        QCOMPARE(issues->count(), int(counted.size()));
        const int expected = chooseWhileCounting ? chosen : counted.front().issue;
        QCOMPARE(view->issue(), expected);
        QCOMPARE(issues->currentData().toInt(), expected);
        QTRY_COMPARE(view->chart()->title(), PlainText::forHtml(d->issues[size_t(expected)].title));
    }

    void stanceChartDropsIssuesCountedForAReplacedDataset()
    {
        const std::shared_ptr<const Dataset> d = dataset();
        StanceChartView *view = m_window->stanceChart();
        auto *issues = view->findChild<QComboBox *>();
        const int threshold = view->workerThreshold();
        const auto restore = qScopeGuard([&] {
            view->setWorkerThreshold(threshold);
            view->setDataset(d);
        });
        view->setWorkerThreshold(1);
        view->setDataset(d); // counted on a worker...
        view->setDataset(std::make_shared<const Dataset>()); // ...and replaced at once
        QVERIFY(!view->isCountingIssues());
        WorkerPool::instance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(issues->count(), 0);
        QCOMPARE(view->issue(), -1);
        QCOMPARE(view->chart()->title(), QStringLiteral("No stated positions"));
    }

    void stanceChartListsEveryActorAndDrawsEachApart()
    {
        const Dataset &d = *dataset();
        StanceChartView *view = m_window->stanceChart();
        view->setIssue(d.issueIndex(QStringLiteral("philadelphi-withdrawal")));
        QStringList lines;
        std::map<QString, double> opposingHeights; // by actor
        for (QAbstractSeries *series : view->chart()->series()) {
            if (series->type() == QAbstractSeries::SeriesTypeLine && !series->name().isEmpty())
                lines << PlainText::shownText(series->name());
            auto *scatter = qobject_cast<QScatterSeries *>(series);
            for (const char *actor : {"israel", "netanyahu", "israel-pm-office"}) {
                const QString name = d.actors[size_t(d.actorIndex(QLatin1String(actor)))].name;
                if (scatter && scatter->name().startsWith(name + QStringLiteral(" (")))
                    opposingHeights[name] = scatter->at(0).y();
            }
        }
        QVERIFY(!view->chart()->legend()->isVisible());
        auto *legend = view->findChild<QListWidget *>();
        QVERIFY(legend);
        QStringList listed;
        for (int row = 0; row < legend->count(); ++row) {
            listed << legend->item(row)->text();
            QCOMPARE(PlainText::shownText(legend->item(row)->toolTip()), listed.back());
        }
        QCOMPARE(listed, lines);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines.contains(d.actors[size_t(d.actorIndex(QStringLiteral("egypt")))].name));

        QCOMPARE(opposingHeights.size(), size_t(3));
        std::set<double> heights;
        for (const auto &[name, y] : opposingHeights) {
            QCOMPARE(std::lround(y), long(StanceStyle::ordinal(Stance::Opposes)));
            heights.insert(y);
        }
        QCOMPARE(heights.size(), size_t(3));
    }

    void datasetTextIsShownLiterally()
    {
        QVERIFY(m_window->openPaths({m_data.filePath(QStringLiteral("markup.json"))}));
        const Dataset &d = *dataset();
        QCOMPARE(d.title, QStringLiteral("Markup"));
        const int child = d.actorIndex(QStringLiteral("child"));
        QVERIFY(clickActorRow(child));
        QCOMPARE(panel()->shownActor(), child);
        QCOMPARE(panel()->shownPositions().size(), size_t(2));
        const QString text = panel()->toPlainText();
        for (const char *literal :
             {"<i>Child</i> & co", "<u>Role</u>", "position of <b>Bold</b>", "<h1>Tags</h1>",
              "<img src=x>", "Tom & Jerry <br> end", "<a href='elsewhere:'>someone</a>",
              "<script>alert(1)</script>", "<em>Publisher</em>", "&lt;escaped already&gt;"})
            QVERIFY2(text.contains(QString::fromUtf8(literal)), literal);
        // The only links are the panel's own.
        for (const QString &href : anchorsIn(panel()->document()))
            QVERIFY2(href.startsWith(QLatin1String("position:")), qPrintable(href));
    }

    void markupShowsLiterallyInTooltipsChartsMenusAndChips()
    {
        // Everywhere Qt would read rich text or a shortcut '&', dataset text reads as written.
        QVERIFY(m_window->openPaths({m_data.filePath(QStringLiteral("markup.json"))}));
        const Dataset &d = *dataset();
        int markup = -1;
        for (int e = 0; e < d.events.count(); ++e) {
            if (d.events.id(e) == QStringLiteral("markup"))
                markup = e;
        }
        QVERIFY(markup >= 0);
        const int bold = d.actorIndex(QStringLiteral("bold"));

        // Event list tooltip: the description.
        QAbstractItemModel *events = m_window->eventView()->model();
        QModelIndex row;
        for (int r = 0; r < events->rowCount(); ++r) {
            if (events->index(r, 0).data(EventTableModel::EventIndexRole).toInt() == markup)
                row = events->index(r, 0);
        }
        QVERIFY(row.isValid());
        QCOMPARE(PlainText::shownText(row.data(Qt::ToolTipRole).toString()),
                 QStringLiteral("<script>alert('d')</script> & more"));

        // The timeline's tooltip, asked for by a real help event over the marker.
        TimelineView *timeline = m_window->timelineView();
        m_window->visibleWindow()->showPeriod(d.events.beginSecond(markup) - 86400,
                                              d.events.endSecond(markup) + 86400);
        timeline->repaint();
        QPoint marker;
        for (const TimelineFrame::Item &item : timeline->lastFrame().items) {
            if (item.event == markup)
                marker = item.marker.center().toPoint();
        }
        QVERIFY(!marker.isNull());
        QHelpEvent help(QEvent::ToolTip, marker, timeline->mapToGlobal(marker));
        QApplication::sendEvent(timeline, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(PlainText::shownText(QToolTip::text())
                     .startsWith(QStringLiteral("<img src=x> <b>bold</b> title\n")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // The actor tree's and the matrix headers' tooltips.
        const QModelIndex actorRow = m_window->actorModel()->indexOfActor(bold, ActorTreeModel::NameColumn);
        QVERIFY(actorRow.isValid());
        QVERIFY(PlainText::shownText(actorRow.data(Qt::ToolTipRole).toString())
                    .startsWith(QStringLiteral("<b>Bold</b>\n")));
        QAbstractItemModel *matrix = m_window->matrixView()->model();
        const int tagsIssue = d.issueIndex(QStringLiteral("tags"));
        QCOMPARE(PlainText::shownText(matrix->headerData(tagsIssue, Qt::Horizontal, Qt::ToolTipRole).toString()),
                 QStringLiteral("<h1>Tags</h1>"));

        // Qt Charts: the stance chart's title and legend, the overview's legend.
        m_window->stanceChart()->setIssue(tagsIssue);
        QChart *chart = m_window->stanceChart()->chart();
        QCOMPARE(PlainText::shownText(chart->title()), QStringLiteral("<h1>Tags</h1>"));
        QStringList names;
        for (QAbstractSeries *series : chart->series())
            names << PlainText::shownText(series->name());
        QVERIFY2(names.contains(QStringLiteral("<b>Bold</b>")), qPrintable(names.join(u'|')));
        QVERIFY(names.contains(QStringLiteral("<i>Child</i> & co")));
        QStringList overviewNames;
        for (QAbstractSeries *series : m_window->overview()->chart()->series())
            overviewNames << PlainText::shownText(series->name());
        QVERIFY2(overviewNames.contains(QStringLiteral("<b>Bold</b>")),
                 qPrintable(overviewNames.join(u'|')));

        // A tag with '&' in the Tags menu, and an actor chip.
        QMenu *tags = nullptr;
        for (QToolButton *button : m_window->filterBar()->findChildren<QToolButton *>()) {
            if (button->menu() && button->text().startsWith(QStringLiteral("Tags")))
                tags = button->menu();
        }
        QVERIFY(tags);
        QCOMPARE(tags->actions().size(), 1);
        QCOMPARE(tags->actions().first()->text(), QStringLiteral("R&&D <i>tag</i>"));
        QCOMPARE(tags->actions().first()->iconText(), QStringLiteral("R&D <i>tag</i>"));
        EventFilter filter;
        filter.actors = {bold};
        m_window->filterState()->setFilter(filter);
        auto *chip = m_window->filterBar()->chips()->findChild<QToolButton *>(QStringLiteral("chip-bold"));
        QVERIFY(chip);
        QVERIFY(chip->text().startsWith(QStringLiteral("<b>Bold</b>")));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Markup — Tideline"));
    }

    void sourceLinksOpenOnlySafeAddressesAfterShowingThem()
    {
        QFile file(m_data.filePath(QStringLiteral("links.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(linksJson);
        file.close();
        QSettings().remove(EventDetailsPanel::confirmSetting());
        OpenedUrls opened;
        const QStringList schemes{"http", "https", "mailto", "file", "javascript",
                                  "tideline-test-handler"};
        for (const QString &scheme : schemes)
            QDesktopServices::setUrlHandler(scheme, &opened, "open");
        const auto unregister = qScopeGuard([&] {
            for (const QString &scheme : schemes)
                QDesktopServices::unsetUrlHandler(scheme);
        });

        QVERIFY(m_window->openPaths({file.fileName()}));
        m_window->selection()->setEvent(0);
        EventDetailsPanel *details = m_window->detailsPanel();
        // Every address is shown in full, as written; only the safe ones are links.
        const QString text = details->toPlainText();
        for (const char *address : {"https://example.org/report?id=1&part=<2>",
                                    "mailto:desk@example.org", "file:///etc/passwd",
                                    "javascript:alert(1)", "tideline-test-handler://run?x=1"})
            QVERIFY2(text.contains(QLatin1String(address)), address);
        QStringList links = anchorsIn(details->document());
        links.removeIf([](const QString &href) { return href.startsWith(QLatin1String("actor:")); });
        const QString web = QStringLiteral("https://example.org/report?id=1&part=%3C2%3E");
        QCOMPARE(links, (QStringList{web, QStringLiteral("mailto:desk@example.org")}));

        // A real click on the web link asks first, showing the exact address; Cancel opens nothing.
        QString shown;
        answerNextMessageBox(QStringLiteral("Cancel"), false, &shown);
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, anchorPoint(details, web));
        QCOMPARE(shown, web);
        QVERIFY(opened.urls.isEmpty());
        answerNextMessageBox(QStringLiteral("Open"), false, &shown);
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, anchorPoint(details, web));
        QCOMPARE(opened.urls, QList<QUrl>{QUrl(web)});

        // "Do not ask again" is remembered: the next link opens at once.
        answerNextMessageBox(QStringLiteral("Open"), true, &shown);
        const QString mail = QStringLiteral("mailto:desk@example.org");
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, anchorPoint(details, mail));
        QCOMPARE(opened.urls.size(), 2);
        QCOMPARE(QSettings().value(EventDetailsPanel::confirmSetting()).toBool(), false);
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, anchorPoint(details, mail));
        QCOMPARE(opened.urls.size(), 3);
        QVERIFY(!QApplication::activeModalWidget());

        // Other schemes are never opened, even if such a link were followed somehow.
        QSignalSpy refused(details, &EventDetailsPanel::linkRefused);
        for (const char *address : {"file:///etc/passwd", "javascript:alert(1)",
                                    "tideline-test-handler://run?x=1"})
            details->openLink(QUrl(QString::fromLatin1(address)));
        QCOMPARE(refused.count(), 3);
        QCOMPARE(opened.urls.size(), 3);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Not opened")));
        QSettings().remove(EventDetailsPanel::confirmSetting());
    }

    void chartOfAnIssueNobodySpokeOnIsEmpty()
    {
        QVERIFY(m_window->openPaths({m_data.filePath(QStringLiteral("markup.json"))}));
        const Dataset &d = *dataset();
        const int silent = d.issueIndex(QStringLiteral("silent"));
        QVERIFY(clickMatrixCell(d.actorIndex(QStringLiteral("bold")), silent));
        QCOMPARE(m_window->stanceChart()->issue(), silent);
        QChart *chart = m_window->stanceChart()->chart();
        QVERIFY(chart->series().isEmpty());
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *time = qobject_cast<QDateTimeAxis *>(axis)) {
                QVERIFY(time->min().isValid());
                QVERIFY(time->min() < time->max());
            }
        }
        QVERIFY(panel()->shownPositions().empty());
    }
};

QTEST_MAIN(TestPositionsWidgets)
#include "tst_positionswidgets.moc"
