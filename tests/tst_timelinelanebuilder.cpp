// SPDX-License-Identifier: MIT
// Laying out the timeline's lanes without a window: small datasets at once, big ones on a worker
// while the previous lanes stay published, only the newest request's lanes published, and a
// builder destroyed in the middle of a build neither waits for it nor crashes when it ends.
#include "datasetloader.h"
#include "timelinelanebuilder.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

namespace {

// Workers that cannot start until the test opens the gate: the only thread of the pool waits
// for it, so that a test sees a build in the middle, whatever the speed of the machine. A
// forgotten gate opens on its own after a while, so that a failing test fails instead of hanging.
class GatedPool
{
public:
    GatedPool()
    {
        m_pool.setMaxThreadCount(1);
        m_pool.start([this] { m_gate.tryAcquire(1, 20'000); });
    }
    ~GatedPool()
    {
        open();
        m_pool.waitForDone();
    }
    QThreadPool *pool() { return &m_pool; }
    void open()
    {
        if (!m_opened)
            m_gate.release();
        m_opened = true;
    }

private:
    QThreadPool m_pool;
    QSemaphore m_gate;
    bool m_opened = false;
};

} // namespace

class TestTimelineLaneBuilder : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_sample;

    TimelineLaneRequest sampleRequest(LaneGrouping grouping = LaneGrouping::Actors) const
    {
        TimelineLaneRequest request;
        request.dataset = m_sample;
        request.grouping = grouping;
        return request;
    }

private slots:
    void initTestCase()
    {
        const LoadResult loaded = DatasetLoader::load({QStringLiteral(TIDELINE_SAMPLE)});
        QVERIFY(loaded.ok());
        m_sample = loaded.dataset;
        QVERIFY(m_sample->events.count() > 1);
    }

    void smallDatasetsAreLaidOutAtOnce()
    {
        TimelineLaneBuilder builder;
        QVERIFY(m_sample->events.count() < builder.workerThreshold());
        QSignalSpy ready(&builder, &TimelineLaneBuilder::lanesReady);
        builder.request(sampleRequest(LaneGrouping::Single));
        QCOMPARE(ready.count(), 1);
        QVERIFY(!builder.isBuilding());
        QVERIFY(builder.built());
        QCOMPARE(builder.built()->dataset, m_sample);
        QCOMPARE(builder.built()->lanes.laneCount(), 1);
        QVERIFY(!builder.built()->masked);
    }

    void bigDatasetsAreLaidOutOnAWorkerWhileThePreviousLanesStay()
    {
        GatedPool gated;
        TimelineLaneBuilder builder;
        builder.setThreadPool(gated.pool());
        builder.request(sampleRequest(LaneGrouping::Single)); // small: at once
        const std::shared_ptr<const BuiltTimelineLanes> previous = builder.built();
        QSignalSpy ready(&builder, &TimelineLaneBuilder::lanesReady);

        builder.setWorkerThreshold(0); // every dataset is big now
        builder.request(sampleRequest(LaneGrouping::Actors));
        QVERIFY(builder.isBuilding());
        QCOMPARE(builder.built(), previous);
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 0);

        gated.open();
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!builder.isBuilding());
        QVERIFY(builder.built() != previous);
        QVERIFY(builder.built()->lanes.laneCount() > 1);
        QCOMPARE(builder.built()->lanes.laneCount(), [&] {
            TimelineLanes direct;
            direct.build(*m_sample, LaneGrouping::Actors, {});
            return direct.laneCount();
        }());
    }

    void onlyTheNewestRequestIsPublished_data()
    {
        QTest::addColumn<bool>("lastOnAWorker");
        QTest::addRow("worker after worker") << true;
        QTest::addRow("at once after a worker") << false;
    }

    void onlyTheNewestRequestIsPublished()
    {
        QFETCH(bool, lastOnAWorker);
        GatedPool gated;
        TimelineLaneBuilder builder;
        builder.setThreadPool(gated.pool());
        builder.setWorkerThreshold(0);
        QSignalSpy ready(&builder, &TimelineLaneBuilder::lanesReady);
        builder.request(sampleRequest(LaneGrouping::Actors));
        builder.request(sampleRequest(LaneGrouping::Tags));
        if (!lastOnAWorker) {
            builder.setWorkerThreshold(m_sample->events.count() + 1);
            builder.request(sampleRequest(LaneGrouping::Single));
            QCOMPARE(ready.count(), 1); // laid out at once
        }
        gated.open();
        QTRY_VERIFY(!builder.isBuilding());
        QTRY_COMPARE(ready.count(), 1);
        gated.pool()->waitForDone(); // every superseded build has ended too
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(builder.built()->lanes.laneCount(), [&] {
            TimelineLanes direct;
            direct.build(*m_sample, lastOnAWorker ? LaneGrouping::Tags : LaneGrouping::Single, {});
            return direct.laneCount();
        }());
    }

    void aFilterThatMasksNothingLaysOutNothingNew()
    {
        TimelineLaneBuilder builder;
        builder.request(sampleRequest());
        const std::shared_ptr<const BuiltTimelineLanes> unmasked = builder.built();
        QSignalSpy ready(&builder, &TimelineLaneBuilder::lanesReady);

        TimelineLaneRequest everything = sampleRequest();
        everything.filter = std::make_shared<const FilterResult>(
            FilterEngine::apply(*m_sample, EventFilter{}, nullptr));
        builder.request(everything);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(builder.built(), unmasked);

        EventFilter oneActor;
        oneActor.actors = {m_sample->actorIndex(QStringLiteral("hamas"))};
        TimelineLaneRequest masked = sampleRequest();
        masked.filter = std::make_shared<const FilterResult>(
            FilterEngine::apply(*m_sample, oneActor, nullptr));
        QVERIFY(masked.mask());
        builder.request(masked);
        QCOMPARE(ready.count(), 1);
        QVERIFY(builder.built()->masked);
        QVERIFY(builder.built()->lanes.laneCount() < unmasked->lanes.laneCount());

        // Back to no filter: the lanes of every event again.
        builder.request(everything);
        QCOMPARE(ready.count(), 2);
        QVERIFY(!builder.built()->masked);
        QCOMPARE(builder.built()->lanes.laneCount(), unmasked->lanes.laneCount());
    }

    void destroyingTheBuilderDuringABuildNeitherWaitsNorCrashes()
    {
        GatedPool gated;
        auto dataset = std::make_shared<const Dataset>(*m_sample); // the worker's own reference
        auto builder = std::make_unique<TimelineLaneBuilder>();
        builder->setThreadPool(gated.pool());
        builder->setWorkerThreshold(0);
        TimelineLaneRequest request;
        request.dataset = dataset;
        builder->request(std::move(request));
        QVERIFY(builder->isBuilding());
        dataset.reset();

        QElapsedTimer clock;
        clock.start();
        builder.reset(); // would wait for the gate (20 s) if it waited for its build
        QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));

        gated.open();
        gated.pool()->waitForDone();
        QCoreApplication::processEvents(); // nothing is left to hear the build's end
    }
};

QTEST_GUILESS_MAIN(TestTimelineLaneBuilder)
#include "tst_timelinelanebuilder.moc"
