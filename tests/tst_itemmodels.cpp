// SPDX-License-Identifier: MIT
// The item models are thin adapters over a Dataset: QAbstractItemModelTester checks their
// contract, the rest checks they show what the dataset holds.
#include "actortreemodel.h"
#include "datasetloader.h"
#include "datasetsession.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "filterengine.h"
#include "stancematrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTest>

class TestItemModels : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_sample;

private slots:
    void initTestCase()
    {
        const LoadResult result = DatasetLoader::load({DatasetSession::samplePath()});
        QVERIFY(result.ok());
        m_sample = result.dataset;
    }

    void eventTableModelKeepsTheModelContract()
    {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_sample);
        model.setDataset(std::make_shared<const Dataset>());
        model.setDataset(m_sample);
        QCOMPARE(model.rowCount(), m_sample->events.count());
        QCOMPARE(model.columnCount(), int(EventTableModel::ColumnCount));
    }

    void eventTableShowsDatesAsWrittenInTimeOrder()
    {
        EventTableModel model;
        model.setDataset(m_sample);
        QCOMPARE(model.index(0, EventTableModel::DateColumn).data().toString(),
                 QStringLiteral("2007"));
        qint64 previous = std::numeric_limits<qint64>::min();
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 begin =
                model.index(row, 0).data(EventTableModel::BeginSecondRole).toLongLong();
            QVERIFY(begin >= previous);
            previous = begin;
        }
        bool foundRange = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, EventTableModel::DateColumn).data().toString().contains(
                    QStringLiteral("May–June 2024")))
                foundRange = true;
        }
        QVERIFY(foundRange);
    }

    // The sample's events that have `actorId` among their actors, as source rows.
    std::vector<int> rowsOfActor(const QString &actorId) const
    {
        std::vector<int> rows;
        for (quint32 event : m_sample->events.eventsOfActor(m_sample->actorIndex(actorId))) {
            if (rows.empty() || rows.back() != int(event))
                rows.push_back(int(event));
        }
        return rows;
    }
    std::shared_ptr<const FilterResult> resultForActor(const QString &actorId) const
    {
        EventFilter filter;
        filter.actors = {m_sample->actorIndex(actorId)};
        return std::make_shared<const FilterResult>(FilterEngine::apply(*m_sample, filter, nullptr));
    }
    static std::vector<int> sourceRows(const EventFilterProxyModel &proxy)
    {
        std::vector<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows.push_back(proxy.mapToSource(proxy.index(row, 0)).row());
        return rows;
    }

    void rowsOfABigTableArriveInSteps()
    {
        EventTableModel events;
        EventFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setWorkerThreshold(0); // every table is big
        proxy.setArrivalStep(5);
        proxy.setSourceModel(&events);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy arrived(&proxy, &EventFilterProxyModel::rowsArrived);
        events.setDataset(m_sample);
        QCOMPARE(proxy.rowCount(), 5); // the first step at once, with the reset
        QVERIFY(proxy.isArriving());
        QVERIFY(!proxy.mapFromSource(events.index(5, 0)).isValid()); // not arrived yet
        QVERIFY(arrived.wait(5000));
        QCOMPARE(proxy.rowCount(), 23);
        QVERIFY(!proxy.isArriving());
        QCOMPARE(inserted.count(), 4); // 5 → 10 → 15 → 20 → 23, one step per turn
        QCOMPARE(inserted.last().at(1).toInt(), 20);
        QCOMPARE(inserted.last().at(2).toInt(), 22);
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(proxy.mapFromSource(events.index(22, 0)).row(), 22);

        // A filter's passing rows arrive the same way.
        const std::vector<int> netanyahu = rowsOfActor(QStringLiteral("netanyahu"));
        QVERIFY(netanyahu.size() > 1);
        proxy.setArrivalStep(1);
        proxy.setFilterResult(resultForActor(QStringLiteral("netanyahu")));
        QVERIFY(arrived.wait(5000));
        QCOMPARE(sourceRows(proxy), netanyahu);
    }

    // The passing rows of a big table are worked out on a worker; a newer filter, or a new
    // dataset, that comes while it runs wins, and the rows it was working out never show.
    void aFilterChangedWhileRowsArePreparedShowsOnlyTheNewestRows()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore gate;
        pool.start([&gate] { gate.acquire(); }); // holds the pool's one thread
        EventTableModel events;
        EventFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setThreadPool(&pool);
        proxy.setWorkerThreshold(0);
        proxy.setSourceModel(&events);
        events.setDataset(m_sample);
        QTRY_COMPARE(proxy.rowCount(), 23);
        QSignalSpy prepared(&proxy, &EventFilterProxyModel::rowsPrepared);

        proxy.setFilterResult(resultForActor(QStringLiteral("netanyahu")));
        QVERIFY(proxy.isPreparing());
        QCOMPARE(proxy.rowCount(), 23); // the previous rows stay until the new ones are ready
        proxy.setFilterResult(resultForActor(QStringLiteral("hamas")));
        gate.release();
        QVERIFY(prepared.wait(5000));
        QVERIFY(!proxy.isPreparing());
        QCOMPARE(sourceRows(proxy), rowsOfActor(QStringLiteral("hamas")));
        QVERIFY(pool.waitForDone(5000));
        QTest::qWait(20); // anything a superseded worker would deliver
        QCOMPARE(prepared.count(), 1);
        QCOMPARE(sourceRows(proxy), rowsOfActor(QStringLiteral("hamas")));

        // A new dataset while rows are prepared: every row of it, and the old filter's never.
        pool.start([&gate] { gate.acquire(); });
        proxy.setFilterResult(resultForActor(QStringLiteral("netanyahu")));
        QVERIFY(proxy.isPreparing());
        events.setDataset(m_sample); // the same events, read again: a new dataset for the views
        QVERIFY(!proxy.isPreparing());
        gate.release();
        QVERIFY(pool.waitForDone(5000));
        QTest::qWait(20);
        QCOMPARE(proxy.rowCount(), 23);
        QCOMPARE(prepared.count(), 1);
    }

    // A big dataset's matrix is worked out on a worker: a new dataset shows none of the previous
    // one's rows meanwhile, and of two filters given one after the other only the second's cells
    // ever show.
    void stanceMatrixOnAWorkerShowsOnlyTheNewestCells()
    {
        StanceMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkerThreshold(0); // every dataset is big
        model.setDataset(m_sample);
        QVERIFY(model.isPreparing());
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isPreparing());
        StanceMatrixModel reference; // worked out at once
        reference.setDataset(m_sample);
        QVERIFY(reference.rowCount() > 1);
        QCOMPARE(model.rowCount(), reference.rowCount());

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilterResult(resultForActor(QStringLiteral("netanyahu")));
        const auto hamas = resultForActor(QStringLiteral("hamas"));
        model.setFilterResult(hamas);
        QTRY_VERIFY(!model.isPreparing());
        QTest::qWait(20); // anything the first filter's worker would deliver
        QCOMPARE(resets.count(), 1);
        reference.setFilterResult(hamas);
        QCOMPARE(model.rowCount(), reference.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                QCOMPARE(model.index(row, column).data(StanceMatrixModel::LatestPositionRole),
                         reference.index(row, column).data(StanceMatrixModel::LatestPositionRole));
                QCOMPARE(model.index(row, column).data(StanceMatrixModel::StatementCountRole),
                         reference.index(row, column).data(StanceMatrixModel::StatementCountRole));
            }
        }
    }

    void eventFilterProxyKeepsTheModelContractAndShowsPassingEvents()
    {
        EventTableModel events;
        EventFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&events);
        events.setDataset(m_sample);
        QCOMPARE(proxy.rowCount(), m_sample->events.count());

        EventFilter filter;
        filter.actors = {m_sample->actorIndex(QStringLiteral("netanyahu"))};
        proxy.setFilterResult(std::make_shared<const FilterResult>(
            FilterEngine::apply(*m_sample, filter, nullptr)));
        QCOMPARE(proxy.rowCount(), int(m_sample->events.eventsOfActor(*filter.actors.begin()).size()));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
            QCOMPARE(proxy.mapFromSource(source).row(), row);
            QVERIFY(proxy.index(row, EventTableModel::ActorsColumn).data().toString().contains(
                QStringLiteral("Netanyahu")));
        }
        // A filter nothing passes keeps the column titles.
        filter.query = QStringLiteral("no such words anywhere");
        proxy.setFilterResult(std::make_shared<const FilterResult>(
            FilterEngine::apply(*m_sample, filter, nullptr)));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.headerData(EventTableModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Event"));
        events.setDataset(std::make_shared<const Dataset>());
        QCOMPARE(proxy.rowCount(), 0);
    }

    void actorTreeModelKeepsTheModelContract()
    {
        ActorTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_sample);
        model.setDataset(std::make_shared<const Dataset>());
        model.setDataset(m_sample);
    }

    void actorTreeNestsPeopleUnderTheirStateOrFaction_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("parent");
        QTest::addRow("Netanyahu under Israel") << "netanyahu" << "israel";
        QTest::addRow("Haniyeh under Hamas") << "haniyeh" << "hamas";
        QTest::addRow("al-Ahmad under Fatah") << "al-ahmad" << "fatah";
    }

    void actorTreeNestsPeopleUnderTheirStateOrFaction()
    {
        QFETCH(QString, person);
        QFETCH(QString, parent);
        ActorTreeModel model;
        model.setDataset(m_sample);
        const QModelIndex index = model.indexOfActor(m_sample->actorIndex(person));
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ActorTreeModel::ActorIdRole).toString(), person);
        QCOMPARE(index.parent().data(ActorTreeModel::ActorIdRole).toString(), parent);
        // Top-level actors sit under their kind's group row, which sits at the root.
        const QModelIndex group = index.parent().parent();
        QVERIFY(group.isValid());
        QCOMPARE(group.data(ActorTreeModel::ActorIndexRole).toInt(), -1);
        QCOMPARE(group.parent(), QModelIndex());
        QVERIFY(!(group.flags() & Qt::ItemIsUserCheckable));
        QVERIFY(index.flags() & Qt::ItemIsUserCheckable);
    }

    void actorTreeCountsEachActorsEvents()
    {
        ActorTreeModel model;
        model.setDataset(m_sample);
        const int hamas = m_sample->actorIndex(QStringLiteral("hamas"));
        const QModelIndex count = model.indexOfActor(hamas, ActorTreeModel::EventCountColumn);
        QCOMPARE(count.data().toInt(), int(m_sample->events.eventsOfActor(hamas).size()));
        QVERIFY(count.data().toInt() >= 5);
        // One group row per kind that has top-level actors; together they hold them all.
        QSet<ActorKind> kinds;
        int topLevelActors = 0;
        for (const Actor &actor : m_sample->actors) {
            if (actor.parent < 0) {
                kinds.insert(actor.kind);
                ++topLevelActors;
            }
        }
        QCOMPARE(model.rowCount(), int(kinds.size()));
        int grouped = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            grouped += model.rowCount(model.index(row, 0));
        QCOMPARE(grouped, topLevelActors);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("States"));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
