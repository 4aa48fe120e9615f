// SPDX-License-Identifier: MIT
// TimeMapping with and without breaks: x and seconds map back and forth exactly on either side
// of a break, a break takes its fixed width whatever its length, and a mapping without breaks
// is the plain linear one.
#include "timemapping.h"

#include <QTest>

namespace {

constexpr qint64 day = 86400;

TimeMapping brokenMapping()
{
    // 1 day per 10 px; [100 d, 1100 d) and [1200 d, 5200 d) each squeezed into 24 px.
    TimeMapping mapping{0, day / 10.0};
    mapping.breaks = {{100 * day, 1100 * day}, {1200 * day, 5200 * day}};
    mapping.breakPixels = 24;
    return mapping;
}

} // namespace

class TimeMappingTest : public QObject
{
    Q_OBJECT

private slots:
    void withoutBreaksIsLinear()
    {
        const TimeMapping mapping{1000, 60.0};
        QCOMPARE(mapping.xOf(1000 + 600), 10.0);
        QCOMPARE(mapping.secondAt(10), qint64(1600));
        QCOMPARE(mapping.secondAt(-10), qint64(400));
    }

    void xOfAcrossBreaks_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<double>("x");
        QTest::addRow("before the first break") << qint64(0) << 50 * day << 500.0;
        QTest::addRow("at the first break") << qint64(0) << 100 * day << 1000.0;
        QTest::addRow("half-way through it") << qint64(0) << 600 * day << 1012.0;
        QTest::addRow("at its end") << qint64(0) << 1100 * day << 1024.0;
        QTest::addRow("between the breaks") << qint64(0) << 1150 * day << 1524.0;
        QTest::addRow("after both") << qint64(0) << 5300 * day << 3000.0 + 48.0;
        QTest::addRow("start inside a break") << 600 * day << 1100 * day << 12.0;
        QTest::addRow("start after a break, time before it")
            << 1150 * day << 50 * day << -(500.0 + 24.0 + 500.0);
    }

    void xOfAcrossBreaks()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, second);
        QFETCH(double, x);
        TimeMapping mapping = brokenMapping();
        mapping.start = start;
        QVERIFY2(std::abs(mapping.xOf(second) - x) < 1e-6,
                 qPrintable(QString::number(mapping.xOf(second))));
    }

    void secondAtInvertsXOf_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addRow("start at zero") << qint64(0);
        QTest::addRow("start inside the first break") << 600 * day;
        QTest::addRow("start between the breaks") << 1150 * day;
        QTest::addRow("start after both breaks") << 6000 * day;
    }

    void secondAtInvertsXOf()
    {
        QFETCH(qint64, start);
        TimeMapping mapping = brokenMapping();
        mapping.start = start;
        // Every pixel from far left to far right: outside breaks to the second, inside a break
        // to its resolution (its length over its width).
        for (double x = -3000; x <= 3000; x += 0.5) {
            const qint64 second = mapping.secondAt(x);
            const TimeBreak *inBreak = mapping.breakAt(second);
            const double tolerance =
                inBreak ? 1e-6 + mapping.breakPixels / double(inBreak->to - inBreak->from) : 1e-3;
            QVERIFY2(std::abs(mapping.xOf(second) - x) <= tolerance,
                     qPrintable(QStringLiteral("x %1 -> second %2 -> x %3")
                                    .arg(x)
                                    .arg(second)
                                    .arg(mapping.xOf(second))));
        }
    }

    void breakAtFindsTheBreak()
    {
        const TimeMapping mapping = brokenMapping();
        QCOMPARE(mapping.breakAt(50 * day), nullptr);
        QCOMPARE(mapping.breakAt(100 * day), &mapping.breaks[0]);
        QCOMPARE(mapping.breakAt(1100 * day), nullptr);
        QCOMPARE(mapping.breakAt(5199 * day), &mapping.breaks[1]);
    }
};

QTEST_GUILESS_MAIN(TimeMappingTest)
#include "tst_timemapping.moc"
