// SPDX-License-Identifier: MIT
// Exported pictures hold what they claim: for the sample and for generated data, at several sizes,
// spans and fits, every lane that has an event in the exported window is drawn (or the caption
// says how many were left out), every page is painted onto a real image and what it drew is
// checked: no label cut with "…", none past the picture's edge, no two labels overlapping, every
// numbered label explained by the key, and a legend that lists the lanes drawn and nothing else.
#include "datasetgenerator.h"
#include "datasetloader.h"
#include "datasetsession.h"
#include "exportplan.h"
#include "timelineimage.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 day = 86400;

// The lanes the picture must hold: each actor with a passing event in the window, at the lane
// of its own or of the ancestor it is folded into.
QSet<int> actorsWithEventsIn(const Dataset &dataset, qint64 start, qint64 end)
{
    QSet<int> actors;
    const EventStore &events = dataset.events;
    for (int event = 0; event < events.count(); ++event) {
        if (events.beginSecond(event) >= end || events.endSecond(event) <= start)
            continue;
        for (quint32 actor : events.actors(event))
            actors.insert(int(actor));
    }
    return actors;
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0.5 && a.intersected(b).height() > 0.5;
}

} // namespace

class TestExportPlan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_sample;
    std::shared_ptr<const Dataset> m_generated;

    std::shared_ptr<const Dataset> dataset(const QString &name) const
    {
        return name == QLatin1String("sample") ? m_sample : m_generated;
    }

private slots:
    void initTestCase()
    {
        const LoadResult sample = DatasetLoader::load({DatasetSession::samplePath()});
        QVERIFY(sample.ok());
        m_sample = sample.dataset;
        DatasetGenerator::Options options;
        options.events = 3000;
        options.actors = 40;
        options.seed = 7;
        const QString path = m_dir.filePath(QStringLiteral("generated.json"));
        QCOMPARE(DatasetGenerator::write(options, path), QString());
        const LoadResult generated = DatasetLoader::load({path});
        QVERIFY(generated.ok());
        m_generated = generated.dataset;
    }

    void everyLaneWithAnEventIsDrawn_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("fit");
        QTest::addColumn<QString>("from"); // empty: everything, with breaks
        QTest::addColumn<int>("days");
        const int grow = int(ExportPlan::Fit::Grow);
        const int fixed = int(ExportPlan::Fit::Fixed);
        const int pages = int(ExportPlan::Fit::Pages);
        QTest::addRow("sample, everything, 1920x1080") << "sample" << QSize(1920, 1080) << grow << QString() << 0;
        QTest::addRow("sample, everything, 960x540") << "sample" << QSize(960, 540) << grow << QString() << 0;
        QTest::addRow("sample, everything, 4K") << "sample" << QSize(3840, 2160) << grow << QString() << 0;
        QTest::addRow("sample, July 2024, 1920x1080") << "sample" << QSize(1920, 1080) << grow << "2024-07-01" << 31;
        QTest::addRow("sample, 17 days, 1920x1080") << "sample" << QSize(1920, 1080) << grow << "2024-07-01" << 17;
        QTest::addRow("sample, A4 pages") << "sample" << QSize(794, 1123) << pages << QString() << 0;
        QTest::addRow("sample, July 2024, landscape pages") << "sample" << QSize(1123, 794) << pages << "2024-07-01" << 31;
        QTest::addRow("sample, fixed 1920x1080") << "sample" << QSize(1920, 1080) << fixed << QString() << 0;
        QTest::addRow("sample, fixed 960x540") << "sample" << QSize(960, 540) << fixed << QString() << 0;
        QTest::addRow("generated, everything, 1920x1080") << "generated" << QSize(1920, 1080) << grow << QString() << 0;
        QTest::addRow("generated, a month, 1366x768") << "generated" << QSize(1366, 768) << grow << "2021-03-01" << 30;
        QTest::addRow("generated, A4 pages") << "generated" << QSize(794, 1123) << pages << QString() << 0;
        QTest::addRow("generated, fixed 800x600") << "generated" << QSize(800, 600) << fixed << QString() << 0;
    }

    void everyLaneWithAnEventIsDrawn()
    {
        QFETCH(QString, data);
        QFETCH(QSize, size);
        QFETCH(int, fit);
        QFETCH(QString, from);
        QFETCH(int, days);
        const std::shared_ptr<const Dataset> set = dataset(data);
        ExportPlan::Request request;
        request.size = size;
        request.fit = ExportPlan::Fit(fit);
        request.title = set->title;
        request.caption = QStringLiteral("All events — Tideline");
        if (!from.isEmpty()) {
            request.start = PartialDate::parse(from).firstSecond();
            request.end = request.start + days * day;
        }
        const ExportPlan::Plan plan = ExportPlan::make(*set, nullptr, request);
        const auto [start, end] = from.isEmpty() ? std::pair{plan.mapping.start, plan.mapping.secondAt(1e6)}
                                                 : std::pair{request.start, request.end};
        if (from.isEmpty())
            QVERIFY(!plan.mapping.breaks.empty() || data != QLatin1String("sample")); // 2007 | 2023

        // Every actor with an event in the window has a lane drawn on some page, its own or the
        // one it is folded into; or the caption says lanes were left out.
        QSet<int> drawnLanes;
        for (const ExportPlan::Page &page : plan.pages) {
            for (int lane = page.firstLane; lane < page.endLane; ++lane)
                drawnLanes.insert(lane);
        }
        const QSet<int> needed = actorsWithEventsIn(*set, start, end);
        int missing = 0;
        for (int actor : needed) {
            const int lane = plan.lanes->laneOfActor(actor);
            QVERIFY2(lane >= 0, qPrintable(set->actors[size_t(actor)].name));
            missing += !drawnLanes.contains(lane);
        }
        if (plan.lanesLeftOut == 0) {
            QCOMPARE(missing, 0);
        } else {
            QCOMPARE(request.fit, ExportPlan::Fit::Fixed);
            QVERIFY(plan.caption.contains(QStringLiteral("did not fit")));
        }
        if (request.fit != ExportPlan::Fit::Grow)
            QCOMPARE(plan.pageSize, size);
        else
            QVERIFY(plan.pageSize.width() == size.width() && plan.pageSize.height() >= size.height());
        if (request.fit == ExportPlan::Fit::Fixed && plan.foldedMembers > 0)
            QVERIFY(plan.caption.contains(QStringLiteral("folded")));

        // The legend: the top-level lanes drawn, and no actor that is not drawn.
        QSet<QString> drawnTitles;
        for (int lane : drawnLanes)
            drawnTitles.insert(plan.lanes->laneInfo(lane).title);
        for (const ExportPlan::LegendEntry &entry : plan.legend)
            QVERIFY2(drawnTitles.contains(entry.title), qPrintable(entry.title));
        for (int lane : drawnLanes) {
            if (plan.lanes->laneInfo(lane).depth == 0) {
                const bool listed = std::any_of(plan.legend.begin(), plan.legend.end(),
                                                [&](const ExportPlan::LegendEntry &e) {
                                                    return e.title == plan.lanes->laneInfo(lane).title;
                                                });
                QVERIFY2(listed, qPrintable(plan.lanes->laneInfo(lane).title));
            }
        }

        // Each page painted for real: labels whole, inside the picture, apart from each other,
        // and every number in the key.
        QSet<int> keyNumbers;
        for (const TimelineKeyEntry &entry : plan.key)
            keyNumbers.insert(entry.number);
        const double pictureRight = plan.pageSize.width() - 2 * ExportPlan::Plan::margin;
        QSet<int> drawnEvents;
        QSet<int> labelledEvents;
        for (int page = 0; page < int(plan.pages.size()); ++page) {
            QImage image(plan.pageSize, QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            const TimelineFrame frame = TimelineImage::paintPage(painter, plan, page);
            painter.end();
            std::vector<const TimelineFrame::Item *> labelled;
            for (const TimelineFrame::Item &item : frame.items) {
                drawnEvents.insert(item.event);
                if (item.label.isEmpty())
                    continue;
                labelledEvents.insert(item.event);
                QVERIFY2(!item.labelText.contains(QChar(0x2026)), qPrintable(item.labelText));
                QVERIFY2(item.label.right() <= pictureRight + 0.5, qPrintable(item.labelText));
                bool isNumber = false;
                const int number = item.labelText.toInt(&isNumber);
                if (isNumber)
                    QVERIFY2(keyNumbers.contains(number), qPrintable(item.labelText));
                else
                    QCOMPARE(item.labelText, set->events.title(item.event));
                labelled.push_back(&item);
            }
            for (size_t i = 0; i < labelled.size(); ++i) {
                for (size_t j = i + 1; j < labelled.size(); ++j)
                    QVERIFY2(!overlaps(labelled[i]->label, labelled[j]->label),
                             qPrintable(labelled[i]->labelText + QStringLiteral(" / ") + labelled[j]->labelText));
            }
            if (plan.pages[size_t(page)].endLane > plan.pages[size_t(page)].firstLane)
                QVERIFY(!frame.axis.minor.empty() || !frame.axis.major.empty());
        }
        // Every event drawn is named: beside it by its title or number, or in the key. (When
        // lanes are left out, which the caption says, an event may be titled only in one of them.)
        if (plan.lanesLeftOut > 0)
            return;
        QSet<int> keyed;
        for (const TimelineKeyEntry &entry : plan.key)
            keyed.insert(entry.event);
        for (int event : drawnEvents)
            QVERIFY2(labelledEvents.contains(event) || keyed.contains(event),
                     qPrintable(set->events.title(event)));
    }

    // The sample's July: two weeks of events known to the day get no hour ticks.
    void theAxisIsNoFinerThanTheData()
    {
        ExportPlan::Request request;
        request.start = PartialDate::parse(QStringLiteral("2024-07-01")).firstSecond();
        request.end = request.start + 17 * day;
        const ExportPlan::Plan plan = ExportPlan::make(*m_sample, nullptr, request);
        QVERIFY(plan.finestStep.kind == TimeAxis::StepKind::Days
                || plan.finestStep.kind == TimeAxis::StepKind::Seconds);
        QImage image(plan.pageSize, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const TimelineFrame frame = TimelineImage::paintPage(painter, plan, 0);
        if (plan.finestStep.kind == TimeAxis::StepKind::Days)
            QVERIFY(frame.axis.minorStep.kind != TimeAxis::StepKind::Seconds);
    }

    // A numbered event keeps one number in every lane it is drawn in, and one key line.
    void anEventInSeveralLanesHasOneNumber()
    {
        ExportPlan::Request request;
        request.size = QSize(960, 540);
        const ExportPlan::Plan plan = ExportPlan::make(*m_sample, nullptr, request);
        QVERIFY(!plan.key.empty());
        QSet<int> events;
        for (const TimelineKeyEntry &entry : plan.key) {
            QVERIFY(!events.contains(entry.event));
            events.insert(entry.event);
        }
        int previous = 0;
        for (const TimelineKeyEntry &entry : plan.key) {
            if (entry.number == 0)
                continue; // too crowded for a number: listed without one
            QCOMPARE(entry.number, previous + 1);
            previous = entry.number;
        }
        QCOMPARE(plan.keyTexts.size(), plan.key.size());
    }
};

QTEST_MAIN(TestExportPlan)
#include "tst_exportplan.moc"
