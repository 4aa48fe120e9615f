// SPDX-License-Identifier: MIT
// The item models are thin adapters over a Dataset: QAbstractItemModelTester checks their
// contract, the rest checks they show what the dataset holds.
#include "actortreemodel.h"
#include "datasetloader.h"
#include "datasetsession.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "filterengine.h"

#include <QAbstractItemModelTester>
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
