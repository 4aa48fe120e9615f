// SPDX-License-Identifier: MIT
// The archive window against a real clickhouse-server started here (ClickHouseCluster): the
// sample dataset pushed into it, browsed with real mouse, wheel and key events, filtered,
// exported, and a server that is gone. What the window shows is checked against the sample in
// memory.
#include "actorcolors.h"
#include "actortreemodel.h"
#include "archiveaddress.h"
#include "archivedataset.h"
#include "archiveeventlistmodel.h"
#include "archiveexportdialog.h"
#include "archiveimage.h"
#include "archivelanesource.h"
#include "archivepush.h"
#include "archiveschema.h"
#include "archivespanexport.h"
#include "archiveview.h"
#include "archivewindow.h"
#include "civilcalendar.h"
#include "clickhouseclient.h"
#include "checkmenubutton.h"
#include "clickhousecluster.h"
#include "datasetloader.h"
#include "filterengine.h"
#include "openarchivedialog.h"
#include "overviewhistogram.h"
#include "overviewview.h"
#include "partialdate.h"
#include "positionspanel.h"
#include "recentdatasets.h"
#include "selectionstate.h"
#include "stancechartview.h"
#include "stancematrixmodel.h"
#include "stancematrixview.h"
#include "textlinks.h"
#include "visiblewindow.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QTableView>
#include <QTreeView>

#include <QComboBox>
#include <QDockWidget>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>

#include <numeric>
#include <set>

namespace {

constexpr const char *table = "sample";

// The actors (by id) of the sample's events that a filter of this text and actor passes, as
// ArchiveQuery matches text: case-insensitive, in the title or the description.
std::set<QString> actorsWithEvents(const Dataset &dataset, const QString &text = {},
                                   qint64 from = std::numeric_limits<qint64>::min())
{
    std::set<QString> actors;
    const EventStore &events = dataset.events;
    for (int event = 0; event < events.count(); ++event) {
        if (!text.isEmpty() && !events.title(event).contains(text, Qt::CaseInsensitive)
            && !events.description(event).contains(text, Qt::CaseInsensitive))
            continue;
        if (events.endSecond(event) <= from)
            continue;
        for (const quint32 actor : events.actors(event))
            actors.insert(dataset.actors[actor].id);
    }
    return actors;
}

std::set<QString> laneActors(const ArchiveLaneSource &source)
{
    std::set<QString> actors;
    for (int lane = 0; lane < source.laneCount(); ++lane)
        actors.insert(source.laneActorId(lane));
    return actors;
}

// Each label drawn is its event's title, or the start of it cut with "…": titles measured for
// one event store are kept, renumbered, when the archive's resident events are rebuilt.
bool labelsAreTheirEventsTitles(const ArchiveView &view)
{
    int labels = 0;
    for (const TimelineFrame::Item &item : view.lastFrame().items) {
        const ArchiveEvent *event = view.source()->event(item.event);
        if (!event || item.labelText.isEmpty())
            continue;
        ++labels;
        QString text = item.labelText;
        if (text.endsWith(u'…'))
            text.chop(1);
        if (!event->title.startsWith(text)) {
            qWarning() << "label" << item.labelText << "for" << event->title;
            return false;
        }
    }
    return labels > 0;
}

// Every tile the view asked for has arrived and been drawn.
bool settled(ArchiveWindow &window)
{
    window.view()->repaint();
    return window.source()->state() == ArchiveLaneSource::State::Ready
        && window.source()->pendingRequests() == 0;
}

} // namespace

class TestArchiveWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void theWindowDrawsTheArchivesLanesAndEvents_data() { addServerRows(); }
    void theWindowDrawsTheArchivesLanesAndEvents();
    void clickingAnEventShowsItsDetails_data() { addServerRows(); }
    void clickingAnEventShowsItsDetails();
    void theWheelZoomsAndADragPans();
    void theFilterNarrowsTheLanes_data() { addServerRows(); }
    void theFilterNarrowsTheLanes();
    void aLaneHeaderFiltersByItsActor();
    void ctrlArrowsBrowseFromEventToEvent();
    void theTagsMenuListsTheArchivesTagsAndFilters_data() { addServerRows(); }
    void theTagsMenuListsTheArchivesTagsAndFilters();
    void theKindsAndStatementsMenusFilterAsTheFileWindows_data() { addServerRows(); }
    void theKindsAndStatementsMenusFilterAsTheFileWindows();
    void theOverviewCountsTheArchiveAndCtrlDragFilters_data() { addServerRows(); }
    void theOverviewCountsTheArchiveAndCtrlDragFilters();
    void theActorsAndPositionsAreThePushedOnes_data() { addServerRows(); }
    void theActorsAndPositionsAreThePushedOnes();
    void choosingAnActorShowsWhatItSaid_data();
    void choosingAnActorShowsWhatItSaid();
    void tickingActorsFiltersTheLanesAndCounts_data() { addServerRows(); }
    void tickingActorsFiltersTheLanesAndCounts();
    void aPositionsDateMovesTheViewToIt();
    void theMatrixAndChartShowThePushedPositions();
    void theEventListPagesThroughTheEventsInView_data();
    void theEventListPagesThroughTheEventsInView();
    void theEventListAndTheTimelineShareTheSelection();
    void aSpanTooFullToListIsCountedNotListed();
    void exportWritesWhatIsOnScreen_data();
    void exportWritesWhatIsOnScreen();
    void theWholeSpanIsExportedWhateverTheViewShows_data();
    void theWholeSpanIsExportedWhateverTheViewShows();
    void aWholeSpanExportCancelledOrFailedLeavesNoFile();
    void theExportDialogRemembersItsChoices();
    void aServerThatIsGoneIsShownNotWaitedFor();
    void theDialogRefusesBadAddressesAndKeepsNoPassword();
    void theCommandLineRefusesABadAddress();

private:
    // The sample on one server (1), or on the two shards of a Distributed table (2).
    std::unique_ptr<ArchiveWindow> openWindow(int shards = 1);
    static void addServerRows();

    ClickHouseCluster m_server{2};
    std::shared_ptr<const Dataset> m_sample;
    ArchiveAddress m_address;
    ArchiveAddress m_shardedAddress; // the Distributed table, through the first server
    QHash<QString, int> m_indexOfId; // the sample's events
};

void TestArchiveWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings of its own, not the user's
    // Never skipped: without a server the window on an archive is untested.
    const QString problem = m_server.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const LoadResult loaded = DatasetLoader::load({QStringLiteral(TIDELINE_SAMPLE)});
    QVERIFY(loaded.dataset);
    m_sample = loaded.dataset;
    for (int event = 0; event < m_sample->events.count(); ++event)
        m_indexOfId.insert(m_sample->events.id(event), event);
    QString error;
    m_address = ArchiveAddress::parse(QStringLiteral("clickhouse://127.0.0.1:%1/default?table=%2")
                                          .arg(m_server.httpUrl(0).port())
                                          .arg(QLatin1String(table)),
                                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ClickHouseClient client(m_address);
    const ArchivePush::Outcome pushed =
        ArchivePush::push(client, *m_sample, QStringLiteral("sample.json"), {});
    QVERIFY2(pushed.error.isEmpty(), qPrintable(pushed.error));

    // The same again on two shards: the tables on each server, the Distributed ones over them.
    for (int server = 0; server < m_server.serverCount(); ++server) {
        ArchiveAddress shard = m_address;
        shard.server.setPort(m_server.httpUrl(server).port());
        shard.table = QStringLiteral("sharded");
        ClickHouseClient shardClient(shard);
        for (const QByteArray &statement : ArchiveSchema::createShardTables(shard)) {
            shardClient.run(statement, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        if (server == 0)
            m_shardedAddress = shard;
    }
    ClickHouseClient cluster(m_shardedAddress);
    for (const QByteArray &statement : ArchiveSchema::createDistributedTables(
             m_shardedAddress, ClickHouseCluster::clusterName())) {
        cluster.run(statement, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    ArchivePush::Options options;
    options.createTables = false;
    const ArchivePush::Outcome sharded =
        ArchivePush::push(cluster, *m_sample, QStringLiteral("sample.json"), options);
    QVERIFY2(sharded.error.isEmpty(), qPrintable(sharded.error));
    // Both shards hold some of it: the window reads across them.
    for (int server = 0; server < m_server.serverCount(); ++server) {
        ArchiveAddress shard = m_shardedAddress;
        shard.server.setPort(m_server.httpUrl(server).port());
        const QByteArray held = ClickHouseClient(shard).run(
            "SELECT count() FROM default.sharded_shard FORMAT TSV", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(held.trimmed().toInt() > 0, qPrintable(QStringLiteral("shard %1 holds nothing").arg(server)));
    }
}

void TestArchiveWindow::addServerRows()
{
    QTest::addColumn<int>("shards");
    QTest::newRow("one server") << 1;
    QTest::newRow("two shards") << 2;
}

void TestArchiveWindow::init()
{
    QSettings().clear();
}

std::unique_ptr<ArchiveWindow> TestArchiveWindow::openWindow(int shards)
{
    auto window = std::make_unique<ArchiveWindow>(shards == 2 ? m_shardedAddress : m_address);
    window->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
    window->resize(1400, 900);
    window->show();
    return window;
}

void TestArchiveWindow::theWindowDrawsTheArchivesLanesAndEvents()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Opening: the view says so instead of waiting.
    QVERIFY(!window->view()->stateMessage().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QVERIFY2(window->view()->stateMessage().isEmpty(), qPrintable(window->view()->stateMessage()));
    QCOMPARE(laneActors(*window->source()), actorsWithEvents(*m_sample));
    // Fitted to the archive's span.
    QVERIFY(window->visibleWindow()->start() <= m_sample->events.earliestBegin());
    QVERIFY(window->visibleWindow()->end() >= m_sample->events.latestEnd());

    // The events drawn are the sample's, each in a lane of one of its actors, and every lane
    // wholly in view shows every event of its actor.
    const TimelineFrame &frame = window->view()->lastFrame();
    QVERIFY(!frame.items.empty());
    std::set<std::pair<int, QString>> drawn;
    for (const TimelineFrame::Item &item : frame.items) {
        const ArchiveEvent *event = window->source()->event(item.event);
        QVERIFY(event);
        const int index = m_indexOfId.value(event->id, -1);
        QVERIFY2(index >= 0, qPrintable(event->id));
        QCOMPARE(event->title, m_sample->events.title(index));
        QVERIFY(event->actors.contains(window->source()->laneActorId(item.lane)));
        drawn.insert({item.lane, event->id});
    }
    const ArchiveView *view = window->view();
    std::set<std::pair<int, QString>> expected;
    int lanesInView = 0;
    for (int lane = 0; lane < window->source()->laneCount(); ++lane) {
        const double top = view->renderer().laneTop(lane, view->verticalOffset());
        if (top + view->renderer().laneHeight(lane) > view->height())
            break;
        ++lanesInView;
        const int actor = m_sample->actorIndex(window->source()->laneActorId(lane));
        for (int event = 0; event < m_sample->events.count(); ++event) {
            const auto actors = m_sample->events.actors(event);
            if (std::find(actors.begin(), actors.end(), quint32(actor)) != actors.end())
                expected.insert({lane, m_sample->events.id(event)});
        }
    }
    QVERIFY(lanesInView >= 5);
    QVERIFY(labelsAreTheirEventsTitles(*window->view()));
    for (const auto &pair : drawn)
        QVERIFY2(pair.first >= lanesInView || expected.count(pair), qPrintable(pair.second));
    for (const auto &pair : expected)
        QVERIFY2(drawn.count(pair), qPrintable(QStringLiteral("lane %1: %2 not drawn")
                                                   .arg(pair.first)
                                                   .arg(pair.second)));
    QVERIFY(window->statusText().contains(QString::number(window->source()->laneCount())));
    // Remembered for File → Open Recent, without a password.
    QCOMPARE(RecentDatasets::loadArchives(QSettings()),
             QStringList{(shards == 2 ? m_shardedAddress : m_address).toString()});
}

void TestArchiveWindow::clickingAnEventShowsItsDetails()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    const TimelineFrame &frame = window->view()->lastFrame();
    // An event with a description in the sample.
    const TimelineFrame::Item *chosen = nullptr;
    int sampleIndex = -1;
    for (const TimelineFrame::Item &item : frame.items) {
        const ArchiveEvent *event = window->source()->event(item.event);
        const int index = m_indexOfId.value(event->id, -1);
        if (!m_sample->events.description(index).isEmpty()
            && window->view()->eventAt(item.marker.center()) == item.event) {
            chosen = &item;
            sampleIndex = index;
            break;
        }
    }
    QVERIFY(chosen);
    const QString id = m_sample->events.id(sampleIndex);
    QTest::mouseClick(window->view(), Qt::LeftButton, {}, chosen->marker.center().toPoint());
    QCOMPARE(window->view()->selectedEventId(), id);
    QVERIFY(window->details()->toPlainText().contains(m_sample->events.title(sampleIndex)));
    // The description comes from the server, after the click.
    const QString description = m_sample->events.description(sampleIndex).simplified();
    QTRY_VERIFY_WITH_TIMEOUT(
        window->details()->toPlainText().simplified().contains(description.left(40)), 10000);

    // Esc clears the selection and the details.
    window->view()->setFocus();
    QTest::keyClick(window->view(), Qt::Key_Escape);
    QVERIFY(window->view()->selectedEventId().isEmpty());
    QVERIFY(window->details()->toPlainText().isEmpty());
}

void TestArchiveWindow::theWheelZoomsAndADragPans()
{
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    VisibleWindow *time = window->visibleWindow();
    const qint64 span = time->span();
    const QPoint middle(window->view()->width() / 2, window->view()->height() / 2);
    // Around the last event drawn: where the sample's events crowd, in 2024.
    const QPoint crowd = window->view()->lastFrame().items.back().marker.center().toPoint();
    QSignalSpy replaced(window->source(), &ArchiveLaneSource::eventsReplaced);
    QWheelEvent wheel(crowd, window->view()->mapToGlobal(crowd), {}, QPoint(0, 480),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(window->view(), &wheel);
    QVERIFY2(time->span() < span * 0.45, "four notches zoom in by 1.25⁴");
    // The view asks for the new window's tiles and draws them when they come, its labels the
    // titles of the events now at their indices.
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QVERIFY(replaced.count() > 0); // finer tiles: the resident events were rebuilt
    QVERIFY(labelsAreTheirEventsTitles(*window->view()));

    const qint64 start = time->start();
    QTest::mousePress(window->view(), Qt::LeftButton, {}, middle);
    QTest::mouseMove(window->view(), middle + QPoint(100, 0));
    QTest::mouseMove(window->view(), middle + QPoint(200, 0));
    QTest::mouseRelease(window->view(), Qt::LeftButton, {}, middle + QPoint(200, 0));
    QVERIFY2(time->start() < start, "dragging right shows earlier times");
    QVERIFY(window->view()->selectedEventId().isEmpty()); // a drag is not a click

    // Keys: Home fits everything again, + and - zoom.
    window->view()->setFocus();
    QTest::keyClick(window->view(), Qt::Key_Home);
    QVERIFY(time->start() <= m_sample->events.earliestBegin());
    const qint64 fitted = time->span();
    QTest::keyClick(window->view(), Qt::Key_Plus);
    QVERIFY(time->span() < fitted);
    QTest::keyClick(window->view(), Qt::Key_Minus);
    QVERIFY(std::abs(double(time->span() - fitted)) < fitted * 0.01);
}

void TestArchiveWindow::theFilterNarrowsTheLanes()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);

    QTest::keyClicks(window->searchField(), QStringLiteral("beijing"));
    QTRY_VERIFY_WITH_TIMEOUT(window->source()->filter().text == QStringLiteral("beijing"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    const std::set<QString> expected = actorsWithEvents(*m_sample, QStringLiteral("beijing"));
    QVERIFY(!expected.empty());
    QVERIFY(expected.size() < actorsWithEvents(*m_sample).size());
    QCOMPARE(laneActors(*window->source()), expected);

    // A text nothing holds: the view says so.
    window->searchField()->setText(QStringLiteral("'; DROP TABLE sample; --"));
    QTRY_VERIFY_WITH_TIMEOUT(window->source()->filter().text.startsWith(u'\''), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(window->source()->laneCount(), 0);
    QVERIFY(!window->view()->stateMessage().isEmpty());

    // Dates: from July 2024 on; a date that is not one is refused and the filter kept.
    window->searchField()->clear();
    window->fromField()->setText(QStringLiteral("2024-07"));
    QMetaObject::invokeMethod(window->fromField(), "editingFinished");
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()),
             actorsWithEvents(*m_sample, {}, PartialDate::parse(QStringLiteral("2024-07")).firstSecond()));
    const ArchiveFilter kept = window->source()->filter();
    window->toField()->setText(QStringLiteral("July"));
    QMetaObject::invokeMethod(window->toField(), "editingFinished");
    QCOMPARE(window->source()->filter().to, kept.to);
    QVERIFY(!window->toField()->styleSheet().isEmpty());
}

// Per bin, the events of every group of the histogram.
static std::vector<int> stackedCounts(const OverviewHistogram &histogram)
{
    std::vector<int> counts(size_t(histogram.binCount()), 0);
    for (const OverviewHistogram::Group &group : histogram.groups)
        for (size_t bin = 0; bin < counts.size(); ++bin)
            counts[bin] += group.counts[bin];
    return counts;
}

// The overview above the lanes shows the archive's events per period, bin for bin as the file
// window's overview shows the same dataset; a Ctrl-drag across it (a real mouse) fills the date
// fields at the bins' precision, and the lanes and the overview follow the filter.
void TestArchiveWindow::theOverviewCountsTheArchiveAndCtrlDragFilters()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    OverviewView *overview = window->overview();
    QVERIFY(overview->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(overview->histogram().binCount() > 0, 20000);
    const OverviewHistogram inMemory = OverviewHistogram::compute(*m_sample, nullptr);
    QCOMPARE(overview->histogram().edges, inMemory.edges);
    QCOMPARE(stackedCounts(overview->histogram()), stackedCounts(inMemory));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);

    // Ctrl-drag from the third bin to the end: year bins give year dates, never a made-up day.
    QCOMPARE(inMemory.step.kind, TimeAxis::StepKind::Years);
    QChart *chart = overview->chart();
    const auto xOf = [&](qint64 second) {
        const QPointF inChart =
            chart->mapToPosition(QPointF(double(second), 0), chart->series().front());
        return int(overview->mapFromScene(chart->mapToScene(inChart)).x());
    };
    const QRectF plot = overview->plotArea();
    const int y = int(plot.center().y());
    const QPoint from(xOf(inMemory.edges[2]) + 3, y);
    const QPoint to(int(plot.right()) - 3, y);
    QTest::mousePress(overview->viewport(), Qt::LeftButton, Qt::ControlModifier, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, at, overview->viewport()->mapToGlobal(at),
                         Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
        QCoreApplication::sendEvent(overview->viewport(), &move);
    }
    QTest::mouseRelease(overview->viewport(), Qt::LeftButton, Qt::ControlModifier, to);
    const PartialDate fromDate = PartialDate::parse(window->fromField()->text());
    const PartialDate toDate = PartialDate::parse(window->toField()->text());
    QCOMPARE(fromDate.precision, DatePrecision::Year);
    QCOMPARE(toDate.precision, DatePrecision::Year);
    QCOMPARE(fromDate.firstSecond(), inMemory.edges[2]);
    QCOMPARE(window->source()->filter().from, fromDate.firstSecond());
    QCOMPARE(window->source()->filter().to, toDate.endSecond());

    // The overview counts only the events meeting those years, bin for bin.
    std::vector<int> expected(size_t(inMemory.binCount()), 0);
    const EventStore &events = m_sample->events;
    for (int event = 0; event < events.count(); ++event)
        if (events.beginSeconds()[size_t(event)] < toDate.endSecond()
            && events.endSecond(event) > fromDate.firstSecond())
            ++expected[size_t(inMemory.binOf(events.beginSeconds()[size_t(event)]))];
    QVERIFY(std::accumulate(expected.begin(), expected.end(), 0) < events.count());
    QTRY_COMPARE_WITH_TIMEOUT(stackedCounts(overview->histogram()), expected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()), actorsWithEvents(*m_sample, {}, fromDate.firstSecond()));
}

// The tags menu lists every tag of the sample with its number of events, the most used first;
// ticking one narrows the lanes, the overview and the button's text to it, and unticking shows
// everything again.
void TestArchiveWindow::theTagsMenuListsTheArchivesTagsAndFilters()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QToolButton *button = window->tagsButton();
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);

    const EventStore &events = m_sample->events;
    std::map<QString, int> perTag;
    for (int event = 0; event < events.count(); ++event)
        for (const quint32 tag : events.tags(event))
            ++perTag[m_sample->tags[tag]];
    QVERIFY(perTag.size() > 3);
    const QList<QAction *> actions = button->menu()->actions();
    QCOMPARE(actions.size(), int(perTag.size()));
    int previous = INT_MAX;
    for (QAction *action : actions) {
        const QString tag = action->data().toString();
        QVERIFY2(perTag.count(tag), qPrintable(tag));
        QCOMPARE(action->text(), QStringLiteral("%1 (%2)").arg(tag).arg(perTag[tag]));
        QVERIFY(perTag[tag] <= previous);
        previous = perTag[tag];
        QVERIFY(action->isCheckable() && !action->isChecked());
    }

    // The least used tag: fewer lanes, and the overview counts only its events.
    QAction *rare = actions.back();
    const QString tag = rare->data().toString();
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    rare->trigger();
    QCOMPARE(window->source()->filter().tags, QStringList{tag});
    QCOMPARE(button->text(), QStringLiteral("Tags: %1").arg(tag));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    std::set<QString> expected;
    int tagged = 0;
    for (int event = 0; event < events.count(); ++event) {
        const auto tags = events.tags(event);
        if (std::none_of(tags.begin(), tags.end(),
                         [&](quint32 t) { return m_sample->tags[t] == tag; }))
            continue;
        ++tagged;
        for (const quint32 actor : events.actors(event))
            expected.insert(m_sample->actors[actor].id);
    }
    QCOMPARE(laneActors(*window->source()), expected);
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            const std::vector<int> counts = stackedCounts(window->overview()->histogram());
            return std::accumulate(counts.begin(), counts.end(), 0);
        }(),
        tagged, 20000);

    rare->trigger(); // unticked
    QVERIFY(window->source()->filter().tags.isEmpty());
    QCOMPARE(button->text(), QStringLiteral("Tags"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()), actorsWithEvents(*m_sample));
}

// The kinds menu narrows the lanes, the overview and the actors to the events with an actor of
// a ticked kind, and the statements menu the positions to a visibility: the same events and
// positions as the file window's filter engine passes for the same dataset.
void TestArchiveWindow::theKindsAndStatementsMenusFilterAsTheFileWindows()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy arrived(window.get(), &ArchiveWindow::datasetArrived);
    QVERIFY(arrived.wait(20000));
    CheckMenuButton *kinds = window->kindsButton();
    CheckMenuButton *statements = window->statementsButton();
    QVERIFY(kinds->isEnabled() && statements->isEnabled());
    std::map<int, int> actorsOfKind;
    for (const Actor &actor : m_sample->actors)
        ++actorsOfKind[int(actor.kind)];
    QCOMPARE(kinds->menu()->actions().size(), int(actorsOfKind.size()));
    QAction *states = nullptr;
    for (QAction *action : kinds->menu()->actions()) {
        const int kind = action->data().toInt();
        QVERIFY(action->text().startsWith(Vocabulary::label(ActorKind(kind))));
        QVERIFY2(action->text().contains(QString::number(actorsOfKind[kind])), qPrintable(action->text()));
        if (ActorKind(kind) == ActorKind::State)
            states = action;
    }
    QVERIFY(states);
    QCOMPARE(statements->menu()->actions().size(), int(Visibility::Reported) + 1);

    // Every actor's positions, as the positions tab shows them, against the file window's.
    std::set<int> speakers;
    for (const Position &p : m_sample->positions)
        speakers.insert(p.actor);
    QVERIFY(speakers.size() > 3);
    const auto shownIds = [&](int actor) {
        window->positions()->showActor(actor);
        QStringList ids;
        for (const int position : window->positions()->shownPositions())
            ids << window->dataset()->positions[size_t(position)].id;
        return ids;
    };
    const auto fileWindowShows = [&](int actor, const EventFilter &filter) {
        SelectionState selection;
        PositionsPanel fromFile(&selection);
        fromFile.setDataset(m_sample);
        fromFile.setFilterResult(std::make_shared<const FilterResult>(
            FilterEngine::apply(*m_sample, filter, nullptr)));
        fromFile.showActor(actor);
        QStringList ids;
        for (const int position : fromFile.shownPositions())
            ids << m_sample->positions[size_t(position)].id;
        return ids;
    };
    // Ticking "public" leaves out what was said in private or only reported.
    QAction *publicly = statements->menu()->actions().at(int(Visibility::Public));
    publicly->trigger();
    QCOMPARE(statements->text(), QStringLiteral("Statements (1)"));
    EventFilter publicOnly;
    publicOnly.visibilities = {int(Visibility::Public)};
    int fewer = 0;
    for (const int actor : speakers) {
        const QStringList shown = shownIds(actor);
        QCOMPARE(shown, fileWindowShows(actor, publicOnly));
        fewer += shown.size() < fileWindowShows(actor, {}).size();
        for (const int position : window->positions()->shownPositions())
            QCOMPARE(window->dataset()->positions[size_t(position)].visibility, Visibility::Public);
    }
    QVERIFY(fewer > 0);
    publicly->trigger();
    QCOMPARE(statements->text(), QStringLiteral("Statements"));
    for (const int actor : speakers)
        QCOMPARE(shownIds(actor), fileWindowShows(actor, {}));

    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    states->trigger();
    QVERIFY(window->source()->filter().kindActors.has_value());
    QCOMPARE(kinds->text(), QStringLiteral("Kinds (1)"));
    EventFilter byKind;
    byKind.kinds = {int(ActorKind::State)};
    const FilterResult expected = FilterEngine::apply(*m_sample, byKind, nullptr);
    std::set<QString> expectedLanes;
    for (size_t a = 0; a < m_sample->actors.size(); ++a)
        if (expected.actorEventCounts[a] > 0)
            expectedLanes.insert(m_sample->actors[a].id);
    QVERIFY(expected.eventCount > 0 && expected.eventCount < m_sample->events.count());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()), expectedLanes);
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            const std::vector<int> counts = stackedCounts(window->overview()->histogram());
            return std::accumulate(counts.begin(), counts.end(), 0);
        }(),
        expected.eventCount, 20000);
    // The positions follow the kind too: a state's are shown, the others' not.
    for (const int actor : speakers)
        QCOMPARE(shownIds(actor), fileWindowShows(actor, byKind));

    states->trigger(); // unticked
    QVERIFY(!window->source()->filter().kindActors);
    QCOMPARE(kinds->text(), QStringLiteral("Kinds"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()), actorsWithEvents(*m_sample));
}

// Ctrl+arrows on the timeline (real key events) go from event to event of a lane in time order,
// however far the next one is (the view follows it), and to the nearest event of the next lane,
// as in the file timeline; the details follow the selection.
void TestArchiveWindow::ctrlArrowsBrowseFromEventToEvent()
{
    auto window = openWindow(1);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    ArchiveView *view = window->view();
    view->setFocus();
    const EventStore &events = m_sample->events;
    const auto laneEvents = [&](const QString &actor) {
        std::vector<std::pair<qint64, QString>> ordered;
        for (int event = 0; event < events.count(); ++event) {
            const auto actors = events.actors(event);
            if (std::any_of(actors.begin(), actors.end(),
                            [&](quint32 a) { return m_sample->actors[a].id == actor; }))
                ordered.emplace_back(events.beginSecond(event), events.id(event));
        }
        std::sort(ordered.begin(), ordered.end());
        return ordered;
    };
    // The first at or after a moment, else the last before it.
    const auto nearest = [](const std::vector<std::pair<qint64, QString>> &ordered, qint64 at) {
        const auto after = std::lower_bound(ordered.begin(), ordered.end(),
                                            std::pair<qint64, QString>{at, QString()});
        return after != ordered.end() ? *after : ordered.back();
    };
    const QString firstLane = window->source()->laneActorId(0);
    const auto first = laneEvents(firstLane);
    QVERIFY(first.size() >= 3);

    // Nothing selected: the first lane's event nearest the middle of the view.
    const qint64 middle = window->visibleWindow()->start() + window->visibleWindow()->span() / 2;
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    const auto start = nearest(first, middle);
    QTRY_COMPARE_WITH_TIMEOUT(view->selectedEventId(), start.second, 10000);
    int startIndex = 0;
    while (events.id(startIndex) != start.second)
        ++startIndex;
    QTRY_VERIFY_WITH_TIMEOUT(window->details()->toPlainText().contains(events.title(startIndex)),
                             10000);

    // Zoomed in to a day: every step goes past the view, which follows.
    const size_t at = size_t(std::find(first.begin(), first.end(), start) - first.begin());
    QVERIFY2(at + 2 < first.size(), "the busiest lane has two events after its middle one");
    window->visibleWindow()->setRange(start.first, start.first + 86400);
    for (size_t step = at + 1; step < first.size() && step <= at + 2; ++step) {
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->selectedEventId(), first[step].second, 10000);
        QVERIFY(window->visibleWindow()->start() <= first[step].first);
        QVERIFY(first[step].first < window->visibleWindow()->end());
    }
    const size_t reached = std::min(first.size() - 1, at + 2);
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(view->selectedEventId(), first[reached - 1].second, 10000);

    // The next lane: its event nearest the selected one's begin.
    const auto second = laneEvents(window->source()->laneActorId(1));
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(view->selectedEventId(), nearest(second, first[reached - 1].first).second,
                              10000);
}

void TestArchiveWindow::aLaneHeaderFiltersByItsActor()
{
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    ArchiveView *view = window->view();
    const int lane = 1;
    const QString actor = window->source()->laneActorId(lane);
    const QPoint header(20, int(view->renderer().laneTop(lane, view->verticalOffset())) + 8);
    QTest::mouseClick(view, Qt::LeftButton, {}, header);
    QCOMPARE(window->source()->filter().actors, QStringList{actor});
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    // Every lane left holds events of that actor: its own, and those it shares.
    std::set<QString> expected;
    const EventStore &events = m_sample->events;
    for (int event = 0; event < events.count(); ++event) {
        QStringList actors;
        for (const quint32 a : events.actors(event))
            actors << m_sample->actors[a].id;
        if (actors.contains(actor))
            expected.insert(actors.begin(), actors.end());
    }
    QCOMPARE(laneActors(*window->source()), expected);
    // The chip names the filter; clicking it shows every actor again.
    auto *chip = window->findChild<QToolButton *>(QStringLiteral("actorChip"));
    QVERIFY(chip && chip->isVisible());
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(window->source()->filter().actors.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()), actorsWithEvents(*m_sample));
}

void TestArchiveWindow::theActorsAndPositionsAreThePushedOnes()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy arrived(window.get(), &ArchiveWindow::datasetArrived);
    QVERIFY(arrived.wait(20000));
    const Dataset &read = *window->dataset();
    const auto ids = [](const auto &records) {
        QStringList list;
        for (const auto &record : records)
            list << record.id;
        list.sort();
        return list;
    };
    QCOMPARE(ids(read.actors), ids(m_sample->actors));
    QCOMPARE(ids(read.issues), ids(m_sample->issues));
    QCOMPARE(ids(read.positions), ids(m_sample->positions));
    QCOMPARE(ids(read.sources), ids(m_sample->sources));
    for (const Position &position : read.positions) {
        const Position &pushed = m_sample->positions[size_t([&] {
            for (size_t i = 0; i < m_sample->positions.size(); ++i)
                if (m_sample->positions[i].id == position.id)
                    return i;
            return size_t(0);
        }())];
        QCOMPARE(position.quote, pushed.quote);
        QCOMPARE(read.actors[size_t(position.actor)].id, m_sample->actors[size_t(pushed.actor)].id);
        QCOMPARE(position.date.toIsoString(), pushed.date.toIsoString());
    }
    // Each lane is drawn in its actor's colour in the panel (and in the file window).
    const ActorColors colors(read);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    for (int lane = 0; lane < window->source()->laneCount(); ++lane) {
        const int actor = read.actorIndex(window->source()->laneActorId(lane));
        QVERIFY(actor >= 0);
        QCOMPARE(window->source()->laneInfo(lane).color, colors.of(actor));
    }
    QAbstractItemModelTester tester(window->actorModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Each actor's count is its number of events in the archive, as in memory.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (size_t actor = 0; actor < read.actors.size(); ++actor) {
                const int inMemory = int(m_sample->events
                                             .eventsOfActor(m_sample->actorIndex(read.actors[actor].id))
                                             .size());
                const QModelIndex count = window->actorModel()->indexOfActor(
                    int(actor), ActorTreeModel::EventCountColumn);
                if (count.data().toInt() != inMemory)
                    return false;
            }
            return true;
        }(),
        20000);
}

void TestArchiveWindow::choosingAnActorShowsWhatItSaid_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addRow("a person") << "netanyahu";
    QTest::addRow("a faction") << "hamas";
    QTest::addRow("a state") << "israel";
}

void TestArchiveWindow::choosingAnActorShowsWhatItSaid()
{
    QFETCH(QString, actor);
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy arrived(window.get(), &ArchiveWindow::datasetArrived);
    QVERIFY(arrived.wait(20000));
    // A click on the actor's row (its kind column: the name's box would tick it).
    QTreeView *tree = window->actorView();
    const int index = window->dataset()->actorIndex(actor);
    QVERIFY(index >= 0);
    const QModelIndex row = window->actorModel()->indexOfActor(index, ActorTreeModel::KindColumn);
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QCOMPARE(window->positions()->shownActor(), index);

    // The cards are the ones the file window shows for the same actor of the same dataset.
    SelectionState selection;
    PositionsPanel fromFile(&selection);
    fromFile.setDataset(m_sample);
    fromFile.showActor(m_sample->actorIndex(actor));
    QStringList expected, shown;
    for (const int position : fromFile.shownPositions())
        expected << m_sample->positions[size_t(position)].id;
    for (const int position : window->positions()->shownPositions())
        shown << window->dataset()->positions[size_t(position)].id;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shown, expected);
    QCOMPARE(window->positions()->toPlainText(), fromFile.toPlainText());
}

void TestArchiveWindow::tickingActorsFiltersTheLanesAndCounts()
{
    QFETCH(int, shards);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy arrived(window.get(), &ArchiveWindow::datasetArrived);
    QVERIFY(arrived.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    // A click on the name (beside its box) makes the row current; Space ticks it.
    const QString actor = QStringLiteral("hamas");
    QTreeView *tree = window->actorView();
    const int index = window->dataset()->actorIndex(actor);
    const QModelIndex row = window->actorModel()->indexOfActor(index);
    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
    QCOMPARE(tree->currentIndex(), row);
    QVERIFY(window->source()->filter().actors.isEmpty()); // not ticked by that click
    QSignalSpy counted(window.get(), &ArchiveWindow::actorCountsArrived);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(window->source()->filter().actors, QStringList{actor});
    auto *chip = window->findChild<QToolButton *>(QStringLiteral("actorChip"));
    QVERIFY(chip && chip->isVisible());
    QVERIFY2(chip->text().contains(QStringLiteral("Hamas")), qPrintable(chip->text()));

    // The lanes left, and every actor's count, are those of the events Hamas is in.
    std::set<QString> lanes;
    std::map<QString, int> counts;
    const EventStore &events = m_sample->events;
    for (const int event : events.eventsOfActor(m_sample->actorIndex(actor))) {
        for (const quint32 a : events.actors(event)) {
            lanes.insert(m_sample->actors[a].id);
            ++counts[m_sample->actors[a].id];
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()), lanes);
    QVERIFY(counted.wait(20000) || !counted.isEmpty());
    for (size_t a = 0; a < window->dataset()->actors.size(); ++a) {
        const QString id = window->dataset()->actors[a].id;
        QCOMPARE(window->actorModel()->indexOfActor(int(a), ActorTreeModel::EventCountColumn)
                     .data()
                     .toInt(),
                 counts.count(id) ? counts[id] : 0);
    }

    // A second tick: events of either (the tree's ticks are any-of, as in the file window).
    const int fatah = window->dataset()->actorIndex(QStringLiteral("fatah"));
    QVERIFY(fatah >= 0);
    const QModelIndex fatahRow = window->actorModel()->indexOfActor(fatah);
    tree->scrollTo(fatahRow);
    tree->setCurrentIndex(fatahRow);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(window->source()->filter().actors,
             (QStringList{QStringLiteral("fatah"), QStringLiteral("hamas")}));

    // The chip clears every tick.
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(window->source()->filter().actors.isEmpty());
    QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(fatahRow.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QCOMPARE(laneActors(*window->source()), actorsWithEvents(*m_sample));
}

void TestArchiveWindow::aPositionsDateMovesTheViewToIt()
{
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy arrived(window.get(), &ArchiveWindow::datasetArrived);
    QVERIFY(arrived.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    const Dataset &read = *window->dataset();
    // A position stated at an event: the view moves there and selects that event.
    int position = -1;
    for (size_t p = 0; p < read.positions.size() && position < 0; ++p)
        if (read.positions[p].event >= 0)
            position = int(p);
    QVERIFY(position >= 0);
    const Position &p = read.positions[size_t(position)];
    const QModelIndex row = window->actorModel()->indexOfActor(p.actor, ActorTreeModel::KindColumn);
    window->actorView()->scrollTo(row);
    QTest::mouseClick(window->actorView()->viewport(), Qt::LeftButton, {},
                      window->actorView()->visualRect(row).center());
    QCOMPARE(window->positions()->shownActor(), p.actor);
    VisibleWindow *visible = window->visibleWindow();
    visible->setRange(visible->start() - 400LL * 86400 * 365, visible->start() - 399LL * 86400 * 365);
    const qint64 begin = read.events.beginSecond(p.event);
    const qint64 end = read.events.endSecond(p.event);
    QVERIFY(visible->end() < begin);
    QVERIFY(clickAnchor(window->positions(), QStringLiteral("position:%1").arg(position)));
    QVERIFY(visible->start() <= begin && visible->end() >= end);
    QCOMPARE(window->view()->selectedEventId(), read.events.id(p.event));
    // Its details arrive from the server.
    QTRY_VERIFY_WITH_TIMEOUT(window->details()->toPlainText().contains(read.events.title(p.event)),
                             20000);
}

void TestArchiveWindow::theMatrixAndChartShowThePushedPositions()
{
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy arrived(window.get(), &ArchiveWindow::datasetArrived);
    QVERIFY(arrived.wait(20000));
    StanceMatrixModel *matrix = window->matrixModel();
    QAbstractItemModelTester tester(matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!matrix->isPreparing(), 20000);

    // Every cell as the file window's matrix has it for the same dataset, by actor and issue.
    StanceMatrixModel fromFile;
    fromFile.setDataset(m_sample);
    QTRY_VERIFY_WITH_TIMEOUT(!fromFile.isPreparing(), 20000);
    const auto cells = [](const StanceMatrixModel &model) {
        std::map<std::pair<QString, QString>, QString> byName;
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                byName[{model.headerData(row, Qt::Vertical).toString(),
                        model.headerData(column, Qt::Horizontal).toString()}] =
                    model.index(row, column).data().toString();
        return byName;
    };
    QCOMPARE(matrix->rowCount(), fromFile.rowCount());
    QCOMPARE(matrix->columnCount(), fromFile.columnCount());
    QVERIFY(matrix->rowCount() > 0 && matrix->columnCount() > 0);
    QCOMPARE(cells(*matrix), cells(fromFile));

    // A click on a filled cell: that actor's positions on that issue, and the issue's chart.
    QModelIndex filled;
    for (int row = 0; row < matrix->rowCount() && !filled.isValid(); ++row)
        for (int column = 0; column < matrix->columnCount() && !filled.isValid(); ++column)
            if (matrix->index(row, column).data(StanceMatrixModel::StatementCountRole).toInt() > 0)
                filled = matrix->index(row, column);
    QVERIFY(filled.isValid());
    const int actor = filled.data(StanceMatrixModel::ActorIndexRole).toInt();
    const int issue = filled.data(StanceMatrixModel::IssueIndexRole).toInt();
    StanceMatrixView *view = window->matrixView();
    view->scrollTo(filled);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(filled).center());
    QCOMPARE(window->positions()->shownActor(), actor);
    QCOMPARE(window->positions()->shownIssue(), issue);
    QVERIFY(!window->positions()->shownPositions().empty());
    for (const int position : window->positions()->shownPositions())
        QCOMPARE(window->dataset()->positions[size_t(position)].issue, issue);
    QCOMPARE(window->stanceChart()->issue(), issue);
    QVERIFY(window->stanceChart()->chart()->series().size() > 0);
    // The actors tree follows the actor chosen there.
    QCOMPARE(window->actorView()->currentIndex().data(ActorTreeModel::ActorIndexRole).toInt(), actor);
}

void TestArchiveWindow::theEventListPagesThroughTheEventsInView_data()
{
    QTest::addColumn<int>("shards");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("from"); // the span listed, as dates; empty: every second
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("pageSize");
    for (const int shards : {1, 2}) {
        const char *where = shards == 1 ? "one server" : "two shards";
        QTest::addRow("%s, everything, pages of 4", where) << shards << "" << "" << "" << 4;
        QTest::addRow("%s, everything, one page", where) << shards << "" << "" << "" << 200;
        QTest::addRow("%s, July 2024, pages of 1", where) << shards << "" << "2024-07" << "2024-07" << 1;
        QTest::addRow("%s, text, pages of 2", where) << shards << "gaza" << "" << "" << 2;
        QTest::addRow("%s, nothing", where) << shards << "no such words" << "" << "" << 3;
    }
}

void TestArchiveWindow::theEventListPagesThroughTheEventsInView()
{
    QFETCH(int, shards);
    QFETCH(QString, text);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, pageSize);
    ClickHouseClient client(shards == 2 ? m_shardedAddress : m_address);
    ArchiveEventListModel model(&client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    ArchiveFilter filter;
    filter.text = text;
    const qint64 t0 = from.isEmpty() ? std::numeric_limits<qint64>::min()
                                     : PartialDate::parse(from).firstSecond();
    const qint64 t1 = to.isEmpty() ? std::numeric_limits<qint64>::max()
                                   : PartialDate::parse(to).endSecond();
    model.setQuery(filter, t0, t1);
    // Page after page, as a view scrolled to the end asks.
    int pages = 0;
    while (!model.isComplete()) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isFetching(), 20000);
        QVERIFY2(model.problem().isEmpty(), qPrintable(model.problem()));
        ++pages;
        QVERIFY(pages < 100);
        if (model.canFetchMore())
            model.fetchMore();
    }
    QVERIFY(!model.canFetchMore());
    QVERIFY(model.total());
    QCOMPARE(*model.total(), quint64(model.rowCount()));

    // The sample's events meeting the span that pass the text, in time order, then by id.
    std::vector<std::pair<qint64, QString>> expected;
    const EventStore &events = m_sample->events;
    for (int event = 0; event < events.count(); ++event) {
        if (events.beginSecond(event) >= t1 || events.endSecond(event) <= t0)
            continue;
        if (!text.isEmpty() && !events.title(event).contains(text, Qt::CaseInsensitive)
            && !events.description(event).contains(text, Qt::CaseInsensitive))
            continue;
        expected.emplace_back(events.beginSecond(event), events.id(event));
    }
    std::sort(expected.begin(), expected.end());
    QStringList listed, wanted;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.index(row, 0).data(ArchiveEventListModel::EventIdRole).toString();
    for (const auto &[begin, id] : expected)
        wanted << id;
    QCOMPARE(listed, wanted);
    // Each page but the last was full: never more asked for than one page.
    QVERIFY(pages <= int(expected.size()) / pageSize + 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const int event = m_indexOfId.value(listed[row]);
        QCOMPARE(model.index(row, ArchiveEventListModel::TitleColumn).data().toString(),
                 events.title(event));
    }
}

void TestArchiveWindow::theEventListAndTheTimelineShareTheSelection()
{
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    ArchiveEventListModel *list = window->eventListModel();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 2 && !list->isFetching(), 20000);
    // A click on a row selects its event in the timeline and shows its details.
    QTableView *table = window->eventListView();
    const QModelIndex row = list->index(2, ArchiveEventListModel::TitleColumn);
    const QString id = row.data(ArchiveEventListModel::EventIdRole).toString();
    table->scrollTo(row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    QCOMPARE(window->view()->selectedEventId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->details()->toPlainText().contains(m_sample->events.title(m_indexOfId.value(id))),
        20000);
    // An event the timeline has not fetched (its lanes are scrolled away): its details come from
    // its row.
    int unfetched = -1;
    for (int r = 0; r < list->rowCount() && unfetched < 0; ++r)
        if (window->source()->indexOfEvent(list->eventAt(r).id) < 0)
            unfetched = r;
    QVERIFY(unfetched >= 0);
    const QModelIndex unfetchedRow = list->index(unfetched, ArchiveEventListModel::TitleColumn);
    table->scrollTo(unfetchedRow);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(unfetchedRow).center());
    QCOMPARE(window->view()->selectedEventId(), list->eventAt(unfetched).id);
    QVERIFY2(window->details()->toPlainText().contains(list->eventAt(unfetched).title),
             qPrintable(window->details()->toPlainText()));
    QTRY_VERIFY_WITH_TIMEOUT(window->details()->toPlainText().contains(list->eventAt(unfetched).id),
                             20000); // the server's part has arrived

    // Selecting another event in the timeline makes its row current.
    const QString other = list->index(0, 0).data(ArchiveEventListModel::EventIdRole).toString();
    window->view()->setSelectedEventId(other);
    QCOMPARE(table->currentIndex().row(), 0);
    // Zooming into one month lists that month's events only.
    const qint64 july = PartialDate::parse(QStringLiteral("2024-07")).firstSecond();
    window->visibleWindow()->setRange(july, PartialDate::parse(QStringLiteral("2024-07")).endSecond());
    QTRY_VERIFY_WITH_TIMEOUT(!list->isFetching() && list->rowCount() > 0
                                 && list->eventAt(0).endSecond > july,
                             20000);
    for (int r = 0; r < list->rowCount(); ++r)
        QVERIFY(list->eventAt(r).endSecond > july);
}

void TestArchiveWindow::aSpanTooFullToListIsCountedNotListed()
{
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ArchiveEventListModel *list = window->eventListModel();
    list->setMaxListed(5);
    window->view()->fitAll();
    QTRY_VERIFY_WITH_TIMEOUT(list->total() && !list->isFetching(), 20000);
    QCOMPARE(*list->total(), quint64(m_sample->events.count()));
    QVERIFY(list->isTooManyToList());
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(!list->canFetchMore());
    auto *dock = qobject_cast<QDockWidget *>(window->eventListView()->parentWidget());
    QVERIFY(dock);
    QVERIFY2(dock->windowTitle().contains(QString::number(m_sample->events.count()))
                 && dock->windowTitle().contains(QStringLiteral("zoom in")),
             qPrintable(dock->windowTitle()));
    // Few enough under a filter: listed.
    QTest::keyClicks(window->searchField(), QStringLiteral("beijing"));
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0 && !list->isFetching(), 20000);
    QVERIFY(!list->isTooManyToList());
    QVERIFY2(!dock->windowTitle().contains(QStringLiteral("zoom in")), qPrintable(dock->windowTitle()));
}

void TestArchiveWindow::exportWritesWhatIsOnScreen_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "png" << int(TimelineImage::Format::Png) << QByteArray("\x89PNG");
    QTest::newRow("svg") << "svg" << int(TimelineImage::Format::Svg) << QByteArray("<?xml");
    QTest::newRow("pdf") << "pdf" << int(TimelineImage::Format::Pdf) << QByteArray("%PDF");
}

void TestArchiveWindow::exportWritesWhatIsOnScreen()
{
    QFETCH(QString, suffix);
    QFETCH(int, format);
    QFETCH(QByteArray, magic);
    auto window = openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.") + suffix);
    const QString problem = window->exportImage(path, TimelineImage::Format(format));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    if (suffix == QLatin1String("svg")) {
        // Text stays text: the lane titles and the archive in the caption.
        QVERIFY(bytes.contains(window->source()->laneInfo(0).title.toUtf8()));
        QVERIFY(bytes.contains(QByteArray("table=") + table));
    }
    if (suffix == QLatin1String("png")) {
        const QImage image(path);
        QCOMPARE(image.width(), window->view()->renderer().geometry().headerWidth
                                    + window->visibleWindow()->width());
        // The events are in it: the first lane's colour is painted somewhere.
        const QColor lane = window->source()->laneInfo(0).color;
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y)
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixelColor(x, y).rgb() == lane.rgb();
        QVERIFY(found);
    }
    // An unwritable path fails with a message and leaves nothing.
    const QString refused = window->exportImage(QStringLiteral("/proc/archive.png"),
                                                TimelineImage::Format::Png);
    QVERIFY(!refused.isEmpty());
}

void TestArchiveWindow::theWholeSpanIsExportedWhateverTheViewShows_data()
{
    QTest::addColumn<int>("shards");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    QTest::newRow("png, one server") << 1 << int(TimelineImage::Format::Png) << QString();
    QTest::newRow("png, two shards") << 2 << int(TimelineImage::Format::Png) << QString();
    QTest::newRow("png, filtered") << 1 << int(TimelineImage::Format::Png) << "beijing";
    QTest::newRow("svg, one server") << 1 << int(TimelineImage::Format::Svg) << QString();
    QTest::newRow("pdf, two shards") << 2 << int(TimelineImage::Format::Pdf) << QString();
}

void TestArchiveWindow::theWholeSpanIsExportedWhateverTheViewShows()
{
    QFETCH(int, shards);
    QFETCH(int, format);
    QFETCH(QString, text);
    auto window = openWindow(shards);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);
    if (!text.isEmpty()) {
        QTest::keyClicks(window->searchField(), text);
        QTRY_VERIFY_WITH_TIMEOUT(window->source()->filter().text == text && settled(*window), 20000);
    }
    // The view shows one hour of the last day: hardly any lane has an event in it.
    const qint64 latest = window->source()->latestEnd();
    window->visibleWindow()->setRange(latest - 3600, latest);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*window), 20000);

    // What the filter passes, in memory.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    const EventStore &events = m_sample->events;
    for (int event = 0; event < events.count(); ++event) {
        if (!text.isEmpty() && !events.title(event).contains(text, Qt::CaseInsensitive)
            && !events.description(event).contains(text, Qt::CaseInsensitive))
            continue;
        first = std::min(first, events.beginSecond(event));
        last = std::max(last, events.endSecond(event));
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("whole"));
    ArchiveSpanExport *job =
        window->exportWholeSpan(path, TimelineImage::Format(format), 1600);
    QSignalSpy finished(job, &ArchiveSpanExport::finished);
    QSignalSpy progress(job, &ArchiveSpanExport::progress);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toString().isEmpty(),
             qPrintable(finished.at(0).at(0).toString()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0), progress.last().at(1)); // all of it arrived
    // The span is the filter's, whatever the view showed, and every lane is in it.
    QVERIFY(job->spanStart() < first && job->spanEnd() > last);
    QVERIFY(job->spanEnd() - job->spanStart() < (last - first) * 2);
    QCOMPARE(job->laneCount(), window->source()->laneCount());
    QCOMPARE(job->lanesShown(), job->laneCount());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (TimelineImage::Format(format) == TimelineImage::Format::Svg) {
        QVERIFY(bytes.startsWith("<?xml"));
        // Text stays text: every lane's title, and the span's first year in the caption.
        for (int lane = 0; lane < window->source()->laneCount(); ++lane)
            QVERIFY2(bytes.contains(window->source()->laneInfo(lane).title.left(8).toUtf8()),
                     qPrintable(window->source()->laneInfo(lane).title));
        const qint64 firstYear =
            CivilCalendar::civilFromDays(CivilCalendar::floorDiv(first, 86'400)).year;
        QVERIFY(bytes.contains(QByteArray::number(firstYear)));
    }
    if (TimelineImage::Format(format) == TimelineImage::Format::Pdf)
        QVERIFY(bytes.startsWith("%PDF"));
    if (TimelineImage::Format(format) != TimelineImage::Format::Png)
        return;
    const QImage image(path);
    QCOMPARE(image.width(), 1600);
    // Every lane has an event drawn in its own band of the timeline, in its colour (or nearly:
    // a hollow marker's outline is antialiased): the lanes are laid out as the window's, all of
    // them from the top.
    const auto near = [](QRgb a, QRgb b) {
        return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                   + std::abs(qBlue(a) - qBlue(b))
               < 40;
    };
    const TimelineRenderer &renderer = window->view()->renderer();
    QCOMPARE(image.height(), renderer.contentHeight() + ArchiveImage::captionHeight);
    for (int lane = 0; lane < window->source()->laneCount(); ++lane) {
        const QRgb colour = window->source()->laneInfo(lane).color.rgb();
        const int top = int(renderer.laneTop(lane, 0));
        bool found = false;
        for (int y = top; y < top + renderer.laneHeight(lane) && !found; ++y)
            for (int x = renderer.geometry().headerWidth + 1; x < image.width() && !found; ++x)
                found = near(image.pixel(x, y), colour);
        QVERIFY2(found, qPrintable(window->source()->laneInfo(lane).title));
    }
}

void TestArchiveWindow::aWholeSpanExportCancelledOrFailedLeavesNoFile()
{
    QTemporaryDir dir;
    ArchiveSpanExport::Request request;
    request.address = m_address;
    request.path = dir.filePath(QStringLiteral("cancelled.png"));
    ArchiveSpanExport cancelled(request);
    QSignalSpy cancelledSpy(&cancelled, &ArchiveSpanExport::finished);
    cancelled.start();
    QVERIFY(cancelled.isRunning());
    cancelled.cancel();
    QCOMPARE(cancelledSpy.size(), 1);
    QVERIFY(!cancelledSpy.at(0).at(0).toString().isEmpty());
    QVERIFY(!cancelled.isRunning());

    // A server that is not there: a problem that says so, at once.
    QString error;
    request.address = ArchiveAddress::parse(QStringLiteral("clickhouse://127.0.0.1:1/default?table=x"),
                                            &error);
    request.path = dir.filePath(QStringLiteral("gone.png"));
    ArchiveSpanExport gone(request);
    QSignalSpy goneSpy(&gone, &ArchiveSpanExport::finished);
    gone.start();
    QVERIFY(goneSpy.wait(10000));
    QVERIFY2(goneSpy.at(0).at(0).toString().contains(QStringLiteral("did not answer")),
             qPrintable(goneSpy.at(0).at(0).toString()));

    // A filter nothing passes: nothing to draw.
    request.address = m_address;
    request.filter.text = QStringLiteral("no event says this at all");
    request.path = dir.filePath(QStringLiteral("empty.png"));
    ArchiveSpanExport empty(request);
    QSignalSpy emptySpy(&empty, &ArchiveSpanExport::finished);
    empty.start();
    QVERIFY(emptySpy.wait(10000));
    QVERIFY(!emptySpy.at(0).at(0).toString().isEmpty());
    QTest::qWait(100); // the cancelled job's answers may still come: they write nothing
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestArchiveWindow::theExportDialogRemembersItsChoices()
{
    {
        ArchiveExportDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.screenButton()->isChecked());
        QVERIFY(!dialog.widthBox()->isEnabled());
        QTest::mouseClick(dialog.wholeSpanButton(), Qt::LeftButton, {},
                          QPoint(8, dialog.wholeSpanButton()->height() / 2));
        QVERIFY(dialog.wholeSpanButton()->isChecked());
        QVERIFY(dialog.widthBox()->isEnabled());
        dialog.widthBox()->setFocus();
        dialog.widthBox()->selectAll();
        QTest::keyClicks(dialog.widthBox(), QStringLiteral("3200"));
        dialog.formatBox()->setFocus();
        QTest::keyClick(dialog.formatBox(), Qt::Key_Down); // SVG
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.options().width, 3200);
        QCOMPARE(dialog.options().format, TimelineImage::Format::Svg);
    }
    ArchiveExportDialog again;
    QVERIFY(again.options().wholeSpan);
    QCOMPARE(again.options().width, 3200);
    QCOMPARE(again.options().format, TimelineImage::Format::Svg);
}

void TestArchiveWindow::aServerThatIsGoneIsShownNotWaitedFor()
{
    QString problem;
    const ArchiveAddress gone =
        ArchiveAddress::parse(QStringLiteral("clickhouse://127.0.0.1:1/default?table=x"), &problem);
    ArchiveWindow window(gone);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.source()->state(), ArchiveLaneSource::State::Failed, 20000);
    QVERIFY2(window.view()->stateMessage().contains(window.source()->problem()),
             qPrintable(window.view()->stateMessage()));
    QVERIFY(window.statusText().contains(window.source()->problem()));
    // F5 asks again (and fails again, without freezing anything).
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(window.source()->state(), ArchiveLaneSource::State::Opening);
    QTRY_COMPARE_WITH_TIMEOUT(window.source()->state(), ArchiveLaneSource::State::Failed, 20000);
}

void TestArchiveWindow::theDialogRefusesBadAddressesAndKeepsNoPassword()
{
    OpenArchiveDialog dialog({});
    QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    QVERIFY(!open->isEnabled());
    QTest::keyClicks(dialog.addressBox()->lineEdit(), QStringLiteral("clickhouse://h/db?table=a'b"));
    QVERIFY(!open->isEnabled());
    QVERIFY(dialog.problem().contains(QStringLiteral("a'b")));
    dialog.addressBox()->lineEdit()->setText(m_address.toString());
    QVERIFY(open->isEnabled());
    QVERIFY(dialog.problem().isEmpty());
    // The last archive is offered selected, so that typing another replaces it.
    {
        OpenArchiveDialog again({m_address.toString()});
        QCOMPARE(again.addressBox()->currentText(), m_address.toString());
        QVERIFY(again.addressBox()->lineEdit()->hasSelectedText());
        QTest::keyClicks(again.addressBox()->lineEdit(), QStringLiteral("clickhouse://other/db"));
        QCOMPARE(again.addressBox()->currentText(), QStringLiteral("clickhouse://other/db"));
    }
    dialog.userField()->setText(QStringLiteral("analyst"));
    dialog.passwordField()->setText(QStringLiteral("s3cret-word"));
    QCOMPARE(dialog.passwordField()->echoMode(), QLineEdit::Password);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ArchiveAddress chosen = dialog.address();
    QCOMPARE(chosen.user, QStringLiteral("analyst"));
    QCOMPARE(chosen.password, QStringLiteral("s3cret-word"));
    QCOMPARE(chosen.table, QString::fromLatin1(table));
    QVERIFY(!chosen.toString().contains(QStringLiteral("s3cret")));

    // Opening it remembers the address with its user, never the password.
    {
        ArchiveWindow window(chosen);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("analyst@127.0.0.1"));
    QVERIFY(!stored.contains("s3cret"));
}

void TestArchiveWindow::theCommandLineRefusesABadAddress()
{
    QProcess process;
    process.start(QStringLiteral(TIDELINE_BINARY),
                  {QStringLiteral("clickhouse://127.0.0.1/db?table=a;b")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("not a plain table name"));
}

QTEST_MAIN(TestArchiveWindow)
#include "tst_archivewindow.moc"
