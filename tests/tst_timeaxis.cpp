// SPDX-License-Identifier: MIT
// The time axis (ticks and labels at every scale, from minutes to the Big Bang, with and without
// breaks, for data of any precision), what AxisPainter draws for breaks, the visible window
// (zoom, pan, fit, centre) and the overview's axis labels. The axis is a pure function of window,
// width and font, so it is tested against the font metrics it was given, labels by the
// rectangles it returns; QDate serves as an independent calendar oracle.
// Long because the axis is checked at every scale, each layout against the whole of checkLayout.
// The visible window's cases (from zoomAroundKeepsTheTimeUnderTheCursor on) share only the
// calendar helpers at() and yearStart() with the rest: they are what moves out if this grows.
#include "axispainter.h"
#include "overviewhistogram.h"
#include "partialdate.h"
#include "timeaxis.h"
#include "timemapping.h"
#include "visiblewindow.h"

#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using TimeAxis::Step;
using TimeAxis::StepKind;

using WindowAction = std::function<void(VisibleWindow &)>;

Q_DECLARE_METATYPE(TimeAxis::Step)
Q_DECLARE_METATYPE(TimeAxis::LabelLength)
Q_DECLARE_METATYPE(std::vector<TimeBreak>)
Q_DECLARE_METATYPE(WindowAction)

namespace TimeAxis {

// Lets QCOMPARE print steps it finds different.
char *toString(const Step &step)
{
    static const char *const names[] = {"Seconds", "Days", "Weeks", "Months", "Years"};
    return qstrdup(qPrintable(
        QStringLiteral("%1 x %2").arg(QLatin1String(names[int(step.kind)])).arg(step.count)));
}

} // namespace TimeAxis

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;
constexpr qint64 year = 31'556'952;          // average Gregorian year
constexpr qint64 julianDayOfEpoch = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr double width = 1200;

// Seconds of a UTC wall-clock time; astronomical years (0 = 1 BC).
qint64 at(qint64 y, int month = 1, int d = 1, int h = 0, int minute = 0)
{
    return PartialDate::fromYearMonthDay(y, month, d).firstSecond() + h * hour + minute * 60;
}

qint64 yearStart(qint64 y)
{
    return PartialDate::fromYear(y).firstSecond();
}

// The civil date of a second, from QDate rather than the code under test.
QDate dateOf(qint64 second)
{
    const qint64 days = second >= 0 ? second / day : -((-second + day - 1) / day);
    return QDate::fromJulianDay(julianDayOfEpoch + days);
}

QString kindName(StepKind kind)
{
    static const char *const names[] = {"Seconds", "Days", "Weeks", "Months", "Years"};
    return QLatin1String(names[int(kind)]);
}

QLocale ukEnglish()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QFont axisFont()
{
    return QFont(QStringLiteral("DejaVu Sans"), 9);
}

TimeMapping mappingOf(qint64 first, qint64 last, double pixels = width)
{
    return {first, double(last - first) / pixels};
}

using Breaks = std::vector<TimeBreak>;

// A window from `first` to `last` across `pixels` with `breaks` squeezed into their marks: the
// rest shares the width at one scale, as a renderer fitting skewed data would set it.
TimeMapping brokenMappingOf(qint64 first, qint64 last, const Breaks &breaks, double pixels)
{
    TimeMapping mapping(first, 1.0, breaks);
    double kept = double(last - first);
    double breakPixels = 0;
    for (const TimeBreak &b : breaks) {
        const double covered = double(std::min(b.to, last) - std::max(b.from, first));
        kept -= covered;
        breakPixels += mapping.breakPixels * covered / double(b.to - b.from);
    }
    mapping.secondsPerPixel = kept / (pixels - breakPixels);
    return mapping;
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QStringList labelsOf(const std::vector<TimeAxis::Tick> &ticks)
{
    QStringList labels;
    for (const TimeAxis::Tick &tick : ticks)
        labels << tick.label;
    return labels;
}

std::vector<qint64> secondsOf(const std::vector<TimeAxis::Tick> &ticks)
{
    std::vector<qint64> seconds;
    for (const TimeAxis::Tick &tick : ticks)
        seconds.push_back(tick.second);
    return seconds;
}

// The first tick of `step` after `second`.
qint64 nextTick(const Step &step, qint64 second)
{
    const auto reach = qint64(3 * step.approximateSeconds()) + 2 * day;
    const std::vector<qint64> ticks = TimeAxis::tickSeconds(step, second + 1, second + reach);
    return ticks.empty() ? second : ticks.front();
}

bool inBreak(const TimeMapping &mapping, qint64 second)
{
    return mapping.breakAt(second) != nullptr;
}

// Whether a break begins after `from` and not after `to`: the stretch between them is cut.
bool breakBetween(const TimeMapping &mapping, qint64 from, qint64 to)
{
    return std::any_of(mapping.breaks.begin(), mapping.breaks.end(),
                       [&](const TimeBreak &b) { return b.from > from && b.from <= to; });
}

// The widest stretch of [0, pixels] between breaks.
double widestStretch(const TimeMapping &mapping, double pixels)
{
    double widest = 0;
    double from = 0;
    for (const TimeBreak &b : mapping.breaks) {
        widest = std::max(widest, std::clamp(mapping.xOf(b.from), 0.0, pixels) - from);
        from = std::clamp(mapping.xOf(b.to), 0.0, pixels);
    }
    return std::max(widest, pixels - from);
}

QString describe(const TimeAxis::Tick &tick)
{
    return QStringLiteral("\"%1\" at %2-%3")
        .arg(tick.label)
        .arg(tick.labelX)
        .arg(tick.labelRight());
}

// What each label of a tier must satisfy wherever it is: whole (never elided), measured in its
// tier's font, inside [0, pixels], clear of every break, after the label before it.
void checkLabelsOfTier(const std::vector<TimeAxis::Tick> &ticks, const TimeMapping &mapping,
                       double pixels, const QFontMetricsF &metrics)
{
    double previousRight = -1e300;
    for (const TimeAxis::Tick &tick : ticks) {
        if (tick.label.isEmpty())
            continue;
        QVERIFY2(!tick.label.contains(QChar(0x2026)), qPrintable(describe(tick)));
        QCOMPARE(tick.labelWidth, metrics.horizontalAdvance(tick.label));
        QVERIFY2(tick.labelX >= 0 && tick.labelRight() <= pixels, qPrintable(describe(tick)));
        for (const TimeBreak &b : mapping.breaks) {
            const double from = mapping.xOf(b.from);
            const double to = mapping.xOf(b.to);
            QVERIFY2(tick.labelRight() <= from || tick.labelX >= to,
                     qPrintable(QStringLiteral("%1 runs into the break at %2-%3")
                                    .arg(describe(tick))
                                    .arg(from)
                                    .arg(to)));
        }
        QVERIFY2(tick.labelX > previousRight, qPrintable(describe(tick)));
        previousRight = tick.labelRight();
    }
}

// What every layout must satisfy, at any scale, width and breaks: the ticks of its step, all of
// them outside the breaks, in the window, in order; no tick finer than `finest`; labels whole,
// inside the area, clear of breaks and of each other, each minor one in the tier's length and
// fitting before the next tick (also the last, before the tick past the edge, unless a break
// comes first); that length the longest that fits; top labels naming their periods, never saying
// what a minor label says nor what the top label before them said; at least one label.
void checkLayout(const TimeAxis::Layout &layout, const TimeMapping &mapping, double pixels,
                 const QFontMetricsF &metrics, const QFontMetricsF &topMetrics,
                 const QLocale &locale, const Step &finest = TimeAxis::finestStep)
{
    const qint64 first = mapping.start;
    const qint64 last = mapping.secondAt(pixels);
    const Step &step = layout.minorStep;
    QVERIFY2(step.approximateSeconds() >= finest.approximateSeconds(), QTest::toString(step));

    // The minor tier.
    if ((double(last) - double(first)) / step.approximateSeconds() < 1e5) {
        std::vector<qint64> expected;
        for (qint64 second : TimeAxis::tickSeconds(step, first, last)) {
            if (!inBreak(mapping, second))
                expected.push_back(second);
        }
        QCOMPARE(secondsOf(layout.minor), expected);
    }
    const qint64 finestSeconds = qint64(finest.approximateSeconds());
    for (const TimeAxis::Tick &tick : layout.minor) {
        QVERIFY(tick.second >= first && tick.second <= last);
        QVERIFY(!inBreak(mapping, tick.second));
        QVERIFY(!tick.held);
        QCOMPARE(TimeAxis::tickAtOrBefore(step, tick.second), tick.second);
        if (finest.kind == StepKind::Days)
            QCOMPARE(tick.second % day, 0);
        else if (finest.kind == StepKind::Seconds)
            QCOMPARE(tick.second % finestSeconds, 0);
        if (tick.label.isEmpty())
            continue;
        QCOMPARE(tick.label, TimeAxis::minorLabel(step, tick.second, locale, layout.minorLength));
        QCOMPARE(tick.labelX, mapping.xOf(tick.second) + TimeAxis::minorLabelInset);
        const qint64 next = nextTick(step, tick.second);
        QVERIFY(next > tick.second);
        if (breakBetween(mapping, tick.second, next))
            continue;
        const double room = mapping.xOf(next) - mapping.xOf(tick.second);
        const double needed = tick.labelWidth + TimeAxis::labelPadding;
        QVERIFY2(room >= needed, qPrintable(QStringLiteral("%1 needs %2 px, has %3 px")
                                                .arg(describe(tick))
                                                .arg(needed)
                                                .arg(room)));
    }
    checkLabelsOfTier(layout.minor, mapping, pixels, metrics);
    if (QTest::currentTestFailed())
        return;
    if (layout.minorLength != TimeAxis::LabelLength::Long) {
        // The longest length that fits: some label in the next longer one would not.
        const auto longer = TimeAxis::LabelLength(int(layout.minorLength) - 1);
        bool longerFits = true;
        bool longerDiffers = false;
        for (const TimeAxis::Tick &tick : layout.minor) {
            const QString text = TimeAxis::minorLabel(step, tick.second, locale, longer);
            longerDiffers = longerDiffers
                || text != TimeAxis::minorLabel(step, tick.second, locale, layout.minorLength);
            const double room =
                double(nextTick(step, tick.second) - tick.second) / mapping.secondsPerPixel;
            longerFits = longerFits
                && metrics.horizontalAdvance(text) + TimeAxis::labelPadding <= room;
        }
        QVERIFY2(!longerFits || !longerDiffers, "a longer length would have fitted");
    }

    // The top tier: the next calendar period (or, over years, a longer run of years).
    const Step expectedMajor = TimeAxis::majorStepFor(step);
    if (step.kind == StepKind::Years) {
        QCOMPARE(layout.majorStep.kind, StepKind::Years);
        qint64 count = expectedMajor.count;
        while (count < layout.majorStep.count)
            count *= 10;
        QCOMPARE(layout.majorStep.count, count);
    } else {
        QCOMPARE(layout.majorStep, expectedMajor);
    }
    QVERIFY(!layout.major.empty());
    if (!inBreak(mapping, first))
        QCOMPARE(layout.major.front().second, TimeAxis::tickAtOrBefore(layout.majorStep, first));
    QStringList minorLabels = labelsOf(layout.minor);
    minorLabels.removeAll(QString());
    QString previous;
    qint64 previousTick = std::numeric_limits<qint64>::min();
    for (const TimeAxis::Tick &tick : layout.major) {
        QCOMPARE(TimeAxis::tickAtOrBefore(layout.majorStep, tick.second), tick.second);
        if (tick.held) {
            // Begun before the window, or before the break that its stretch follows.
            QVERIFY(tick.second < first
                    || std::any_of(mapping.breaks.begin(), mapping.breaks.end(),
                                   [&](const TimeBreak &b) {
                                       return tick.second < b.to && b.to <= last;
                                   }));
        } else {
            QVERIFY(tick.second >= first && tick.second <= last);
            QVERIFY(!inBreak(mapping, tick.second));
            QVERIFY(tick.second > previousTick);
            previousTick = tick.second;
        }
        if (tick.label.isEmpty())
            continue;
        QStringList lengths;
        for (int l = int(layout.majorLength); l <= int(TimeAxis::LabelLength::Short); ++l)
            lengths << TimeAxis::topLabel(layout.majorStep, tick.second, locale,
                                          TimeAxis::LabelLength(l));
        QVERIFY2(lengths.contains(tick.label), qPrintable(describe(tick)));
        QVERIFY2(!minorLabels.contains(tick.label), qPrintable(describe(tick)));
        // After a break the period is named again, as at the window's left edge.
        QVERIFY2(tick.held || tick.label != previous, qPrintable(describe(tick)));
        previous = tick.label;
    }
    checkLabelsOfTier(layout.major, mapping, pixels, topMetrics);
    QStringList topLabels = labelsOf(layout.major);
    topLabels.removeAll(QString());
    // Some label, unless breaks leave only stretches narrower than "13.8 billion BC" and a gap
    // (at 300 px, two breaks in 100,000 years), where a label shows only if a tick happens to
    // fall near the start of one.
    if (widestStretch(mapping, pixels) >= 150)
        QVERIFY2(!minorLabels.isEmpty() || !topLabels.isEmpty(), "no label at all");
}

void checkLayout(const TimeAxis::Layout &layout, const TimeMapping &mapping, double pixels,
                 const QFontMetricsF &metrics, const QLocale &locale)
{
    QVERIFY(!layout.majorBold);
    checkLayout(layout, mapping, pixels, metrics, metrics, locale);
}

} // namespace

class TestTimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void stepsRunFromFinestToCoarsest()
    {
        const std::vector<Step> &steps = TimeAxis::steps();
        QVERIFY(steps.size() > 10);
        QCOMPARE(steps.front(), (Step{StepKind::Seconds, 60}));
        for (size_t i = 1; i < steps.size(); ++i)
            QVERIFY2(steps[i].approximateSeconds() > steps[i - 1].approximateSeconds(),
                     QTest::toString(steps[i]));
        // The coarsest step still labels a window wider than the age of the universe.
        QVERIFY(steps.back().approximateSeconds() >= 1e10 * year);
    }

    void layoutPicksAReadableStepAtEveryScale_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<qint64>("minCount");
        QTest::addColumn<qint64>("maxCount");

        const QStringList seconds{QStringLiteral("Seconds")};
        const QStringList years{QStringLiteral("Years")};
        QTest::addRow("30 minutes: minutes")
            << at(2024, 7, 13, 10, 7) << at(2024, 7, 13, 10, 37) << seconds << 60LL << 300LL;
        QTest::addRow("6 hours: minutes to an hour")
            << at(2024, 7, 13, 3, 20) << at(2024, 7, 13, 9, 20) << seconds << 300LL << hour;
        QTest::addRow("3 days: hours")
            << at(2024, 7, 12, 5) << at(2024, 7, 15, 5) << seconds << hour << 12 * hour;
        QTest::addRow("3 weeks: days") << at(2024, 7, 3) << at(2024, 7, 24)
                                       << QStringList{QStringLiteral("Days")} << 1LL << 1LL;
        QTest::addRow("4 months: weeks or days")
            << at(2024, 3, 10) << at(2024, 7, 10)
            << QStringList{QStringLiteral("Weeks"), QStringLiteral("Days")} << 1LL << 1LL;
        QTest::addRow("2 years: months") << at(2023, 2, 15) << at(2025, 2, 15)
                                         << QStringList{QStringLiteral("Months")} << 1LL << 3LL;
        QTest::addRow("30 years: every year or two")
            << at(1994, 6, 1) << at(2024, 6, 1) << years << 1LL << 2LL;
        QTest::addRow("400 years: decades")
            << at(1624, 6, 1) << at(2024, 6, 1) << years << 10LL << 50LL;
        QTest::addRow("400 years ending in 16 BC")
            << at(-415, 6, 1) << at(-15, 6, 1) << years << 10LL << 50LL;
        QTest::addRow("400 years across the era")
            << at(-199, 3, 1) << at(201, 3, 1) << years << 10LL << 50LL;
        QTest::addRow("5000 years: centuries")
            << at(-2975, 1, 1) << at(2025, 1, 1) << years << 100LL << 1000LL;
        QTest::addRow("2 million years: ten-thousands")
            << yearStart(-2'000'000) << at(2024, 7, 15) << years << 10'000LL << 1'000'000LL;
        QTest::addRow("Big Bang to now: hundreds of millions")
            << yearStart(-13'800'000'000LL) << at(2024, 7, 15) << years << 100'000'000LL
            << 5'000'000'000LL;
        QTest::addRow("widest window: billions")
            << -VisibleWindow::maximumSpan / 2 << VisibleWindow::maximumSpan / 2 << years
            << 1'000'000'000LL << 10'000'000'000LL;
    }

    void layoutPicksAReadableStepAtEveryScale()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(QStringList, kinds);
        QFETCH(qint64, minCount);
        QFETCH(qint64, maxCount);

        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(first, last);
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, width, metrics, ukEnglish());
        QVERIFY2(kinds.contains(kindName(layout.minorStep.kind)),
                 QTest::toString(layout.minorStep));
        QVERIFY2(layout.minorStep.count >= minCount && layout.minorStep.count <= maxCount,
                 QTest::toString(layout.minorStep));
        checkLayout(layout, mapping, width, metrics, ukEnglish());
    }

    void layoutFitsLabelsAtAnyWidth_data()
    {
        QTest::addColumn<double>("pixels");
        for (double pixels : {120.0, 333.0, 640.0, 1999.0})
            QTest::addRow("%d px", int(pixels)) << pixels;
    }

    void layoutFitsLabelsAtAnyWidth()
    {
        QFETCH(double, pixels);
        // One window, many widths: narrower widths choose coarser steps, never cramped ones.
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(2023, 11, 20), at(2024, 2, 10), pixels);
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, pixels, metrics, ukEnglish());
        checkLayout(layout, mapping, pixels, metrics, ukEnglish());
    }

    void picksDaysWithMonthsAboveAtAWeekScale()
    {
        // Ten days across 600 px: a day is 60 px, too little for "12:00" labels every 12 hours,
        // room enough for the day with its month in full.
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(2024, 7, 10), at(2024, 7, 20), 600);
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, 600, metrics, ukEnglish());
        QCOMPARE(layout.minorStep, (Step{StepKind::Days, 1}));
        QCOMPARE(layout.majorStep, (Step{StepKind::Months, 1}));
        QCOMPARE(layout.minorLength, TimeAxis::LabelLength::Long);
        checkLayout(layout, mapping, 600, metrics, ukEnglish());

        const QStringList labels = labelsOf(layout.minor);
        QCOMPARE(labels.first(), QStringLiteral("10 July"));
        const qsizetype thirteenth = labels.indexOf(QStringLiteral("13 July"));
        QVERIFY(thirteenth >= 0);
        QCOMPARE(labels.mid(thirteenth, 3), (QStringList{QStringLiteral("13 July"),
                                                         QStringLiteral("14 July"),
                                                         QStringLiteral("15 July")}));
        QCOMPARE(layout.minor[size_t(thirteenth)].second, at(2024, 7, 13));
        QCOMPARE(layout.minor[size_t(thirteenth) + 2].second, at(2024, 7, 15));

        // The month began before the window: its label comes first, held for the whole window.
        QCOMPARE(layout.major.size(), size_t(1));
        QCOMPARE(layout.major.front().second, at(2024, 7, 1));
        QVERIFY(layout.major.front().held);
        QCOMPARE(layout.major.front().label, QStringLiteral("July 2024"));
        QCOMPARE(layout.major.front().labelX, TimeAxis::majorLabelInset);
    }

    void picksHoursWithDaysAboveAtADayScale()
    {
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(2024, 7, 13, 20), at(2024, 7, 14, 8));
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, width, metrics, ukEnglish());
        QCOMPARE(layout.minorStep.kind, StepKind::Seconds);
        QCOMPARE(layout.majorStep, (Step{StepKind::Days, 1}));
        checkLayout(layout, mapping, width, metrics, ukEnglish());
        QVERIFY(labelsOf(layout.minor).contains(QStringLiteral("23:00")));
        QVERIFY(labelsOf(layout.minor).contains(QStringLiteral("00:00")));
        QCOMPARE(labelsOf(layout.major),
                 (QStringList{QStringLiteral("13 July 2024"), QStringLiteral("14 July 2024")}));
    }

    // Issue 15: the axis never elides, cuts or repeats a label, at any width, scale, breaks and
    // precision of the data.
    void axisNeverElidesCutsOrRepeats_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<Breaks>("breaks");
        QTest::addColumn<Step>("finest");
        QTest::addColumn<double>("pixels");

        const struct
        {
            const char *name;
            qint64 first;
            qint64 last;
        } spans[] = {
            {"1 hour", at(2024, 7, 13, 10, 7), at(2024, 7, 13, 11, 7)},
            {"1 day", at(2024, 7, 13, 6), at(2024, 7, 14, 6)},
            {"17 days", at(2024, 6, 30, 18), at(2024, 7, 17, 6)},
            {"3 months", at(2024, 5, 10), at(2024, 8, 10)},
            {"2 years", at(2023, 2, 15), at(2025, 2, 15)},
            {"17 years", at(2006, 2, 1), at(2025, 6, 1)},
            {"400 years", at(1624, 6, 1), at(2024, 6, 1)},
            {"100,000 years", yearStart(-97'000), yearStart(3000)},
            {"13.8 billion years", yearStart(-13'800'000'000LL), at(2024, 7, 15)},
            {"3 months in 44 BC", at(-43, 1, 1), at(-43, 4, 1)},
            {"400 years across the era", at(-199, 3, 1), at(201, 3, 1)},
            {"5000 years BC", yearStart(-7000), yearStart(-2000)},
            {"2 million years BC", yearStart(-2'000'000), yearStart(-1'000'000)},
            {"widest window", -VisibleWindow::maximumSpan / 2, VisibleWindow::maximumSpan / 2},
        };
        const struct
        {
            const char *name;
            std::vector<std::pair<double, double>> fractions; // of the span, from its start
        } cuts[] = {
            {"", {}},
            {", a break", {{0.3, 0.6}}},
            {", two breaks", {{0.15, 0.3}, {0.5, 0.85}}},
            {", from inside a break", {{-0.1, 0.25}}},
        };
        const struct
        {
            const char *name;
            Step step;
        } precisions[] = {
            {"", TimeAxis::finestStep},
            {", known to the day", {StepKind::Days, 1}},
            {", known to the month", {StepKind::Months, 1}},
            {", known to the year", {StepKind::Years, 1}},
        };
        for (const auto &span : spans) {
            const double length = double(span.last) - double(span.first);
            for (const auto &cut : cuts) {
                Breaks breaks;
                for (const auto &[from, to] : cut.fractions)
                    breaks.push_back({span.first + qint64(from * length),
                                      span.first + qint64(to * length)});
                for (const auto &precision : precisions) {
                    for (double pixels : {300.0, 640.0, 960.0, 1366.0, 1920.0, 3840.0}) {
                        QTest::addRow("%s%s%s, %d px", span.name, cut.name, precision.name,
                                      int(pixels))
                            << span.first << span.last << breaks << precision.step << pixels;
                    }
                }
            }
        }
    }

    void axisNeverElidesCutsOrRepeats()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(Breaks, breaks);
        QFETCH(Step, finest);
        QFETCH(double, pixels);

        // Measured as painted: minor labels in the font, the top tier in its bold face.
        const TimeMapping mapping = brokenMappingOf(first, last, breaks, pixels);
        const TimeAxis::Layout layout =
            TimeAxis::layout(mapping, pixels, axisFont(), ukEnglish(), finest);
        QVERIFY(layout.majorBold);
        checkLayout(layout, mapping, pixels, QFontMetricsF(axisFont()),
                    QFontMetricsF(boldOf(axisFont())), ukEnglish(), finest);
    }

    void finestStepFollowsThePrecisionOfTheData_data()
    {
        QTest::addColumn<int>("precision");
        QTest::addColumn<Step>("finest");
        QTest::addRow("year") << int(DatePrecision::Year) << Step{StepKind::Years, 1};
        QTest::addRow("month") << int(DatePrecision::Month) << Step{StepKind::Months, 1};
        QTest::addRow("day") << int(DatePrecision::Day) << Step{StepKind::Days, 1};
        QTest::addRow("minute") << int(DatePrecision::Minute) << TimeAxis::finestStep;
        QTest::addRow("second: the axis has no finer step than minutes")
            << int(DatePrecision::Second) << TimeAxis::finestStep;
        QTest::addRow("invalid: nothing known, nothing held back")
            << int(DatePrecision::Invalid) << TimeAxis::finestStep;
    }

    void finestStepFollowsThePrecisionOfTheData()
    {
        QFETCH(int, precision);
        QFETCH(Step, finest);
        QCOMPARE(TimeAxis::finestStepFor(DatePrecision(precision)), finest);
        QCOMPARE(TimeAxis::finestStep, TimeAxis::steps().front());
    }

    void seventeenDaysKnownToTheDayShowDaysNotHours()
    {
        // The sample's July: 17 days across 1700 px is room for "12:00" every 12 hours, but the
        // data is known to the day. Days it is, in full, under the month held at the left.
        const double pixels = 1700;
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(2024, 6, 30, 20), at(2024, 7, 17, 4), pixels);
        const TimeAxis::Layout hours = TimeAxis::layout(mapping, pixels, metrics, ukEnglish());
        QCOMPARE(hours.minorStep.kind, StepKind::Seconds);

        const Step finest = TimeAxis::finestStepFor(DatePrecision::Day);
        const TimeAxis::Layout layout =
            TimeAxis::layout(mapping, pixels, metrics, ukEnglish(), finest);
        checkLayout(layout, mapping, pixels, metrics, metrics, ukEnglish(), finest);
        QCOMPARE(layout.minorStep, (Step{StepKind::Days, 1}));
        QCOMPARE(layout.minorLength, TimeAxis::LabelLength::Long);
        QCOMPARE(labelsOf(layout.minor).mid(0, 3),
                 (QStringList{QStringLiteral("1 July"), QStringLiteral("2 July"),
                              QStringLiteral("3 July")}));
        // June's last four hours have no room for its name: none rather than "Jun…".
        QCOMPARE(labelsOf(layout.major), (QStringList{QString(), QStringLiteral("July 2024")}));
        QVERIFY(layout.major.front().held);
    }

    void seventeenDaysNarrowShortenTheMonths()
    {
        const double pixels = 700;
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(2024, 7, 1), at(2024, 7, 17), pixels);
        const Step finest{StepKind::Days, 1};
        const TimeAxis::Layout layout =
            TimeAxis::layout(mapping, pixels, metrics, ukEnglish(), finest);
        checkLayout(layout, mapping, pixels, metrics, metrics, ukEnglish(), finest);
        QCOMPARE(layout.minorStep, (Step{StepKind::Days, 1}));
        QCOMPARE(layout.minorLength, TimeAxis::LabelLength::Medium);
        QCOMPARE(layout.minor[9].label, QStringLiteral("10 Jul"));
    }

    void seventeenYearsNameDecadesAboveTheYears_data()
    {
        QTest::addColumn<double>("pixels");
        QTest::addRow("1700 px") << 1700.0;
        QTest::addRow("760 px") << 760.0;
    }

    void seventeenYearsNameDecadesAboveTheYears()
    {
        // 2007 to 2024: the years below, the decades above ("2010" twice was the bug), and no
        // "202" cut at the right edge.
        QFETCH(double, pixels);
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(2006, 2, 1), at(2025, 6, 1), pixels);
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, pixels, metrics, ukEnglish());
        checkLayout(layout, mapping, pixels, metrics, ukEnglish());
        QCOMPARE(layout.minorStep.kind, StepKind::Years);
        QCOMPARE(layout.majorStep, (Step{StepKind::Years, 10}));
        QCOMPARE(labelsOf(layout.major),
                 (QStringList{QStringLiteral("2000s"), QStringLiteral("2010s"),
                              QStringLiteral("2020s")}));
        for (const TimeAxis::Tick &tick : layout.minor)
            QVERIFY2(tick.label.isEmpty() || tick.label.size() == 4, qPrintable(tick.label));
        QCOMPARE(layout.minor.back().second, yearStart(2025));
        QCOMPARE(layout.minor.back().label, QString());
    }

    void breaksDropTheirTicksAndTheTopTierNamesItsPeriodAfterThem_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<Breaks>("breaks");
        QTest::addColumn<QStringList>("top"); // the top tier's labels, held ones marked "*"

        // Skewed data: a few events in 2007, the rest in 2023 and 2024.
        QTest::addRow("2007, then 2023 from its start")
            << at(2007, 1, 1) << at(2024, 12, 1) << Breaks{{at(2007, 9, 1), at(2023, 1, 1)}}
            << QStringList{QStringLiteral("2007"), QStringLiteral("2023"), QStringLiteral("2024")};
        QTest::addRow("2007, then 2023 from March")
            << at(2007, 1, 1) << at(2024, 12, 1) << Breaks{{at(2007, 9, 1), at(2023, 3, 1)}}
            << QStringList{QStringLiteral("2007"), QStringLiteral("*2023"),
                           QStringLiteral("2024")};
        QTest::addRow("a break inside a year names it again")
            << at(2022, 1, 1) << at(2025, 12, 1) << Breaks{{at(2024, 3, 1), at(2024, 9, 1)}}
            << QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"),
                           QStringLiteral("*2024"), QStringLiteral("2025")};
        QTest::addRow("days, a week squeezed out")
            << at(2024, 7, 1) << at(2024, 7, 31) << Breaks{{at(2024, 7, 9), at(2024, 7, 16)}}
            << QStringList{QStringLiteral("July 2024"), QStringLiteral("*July 2024")};
    }

    void breaksDropTheirTicksAndTheTopTierNamesItsPeriodAfterThem()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(Breaks, breaks);
        QFETCH(QStringList, top);
        const double pixels = 1700;
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = brokenMappingOf(first, last, breaks, pixels);
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, pixels, metrics, ukEnglish());
        checkLayout(layout, mapping, pixels, metrics, ukEnglish());
        QStringList shown;
        for (const TimeAxis::Tick &tick : layout.major) {
            if (!tick.label.isEmpty())
                shown << (tick.held && tick.second >= first ? u'*' + tick.label : tick.label);
        }
        QCOMPARE(shown, top);
        // The named-again period begins at the break's end, after its mark.
        const double breakEnd = mapping.xOf(breaks.front().to);
        const auto again =
            std::find_if(layout.major.begin(), layout.major.end(),
                         [&](const TimeAxis::Tick &t) { return t.held && t.second >= first; });
        if (again != layout.major.end())
            QCOMPARE(again->labelX, breakEnd + TimeAxis::majorLabelInset);
        for (const TimeAxis::Tick &tick : layout.minor)
            QVERIFY(!mapping.breakAt(tick.second));
    }

    void layoutInAFontMeasuresTheTopTierInBold()
    {
        const QFont font = axisFont();
        const TimeMapping mapping = mappingOf(at(2024, 7, 10), at(2024, 9, 20), 800);
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, 800, font, ukEnglish());
        QVERIFY(layout.majorBold);
        checkLayout(layout, mapping, 800, QFontMetricsF(font), QFontMetricsF(boldOf(font)),
                    ukEnglish());
        const TimeAxis::Tick &august = layout.major.at(1);
        QCOMPARE(august.label, QStringLiteral("August 2024"));
        QCOMPARE(august.labelWidth, QFontMetricsF(boldOf(font)).horizontalAdvance(august.label));
        QVERIFY(august.labelWidth > QFontMetricsF(font).horizontalAdvance(august.label));
    }

    void minorLabelShortensByLength_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<QStringList>("labels"); // long, medium, short

        QTest::addRow("day") << Step{StepKind::Days, 1} << at(2024, 7, 10)
                             << QStringList{QStringLiteral("10 July"), QStringLiteral("10 Jul"),
                                            QStringLiteral("10")};
        QTest::addRow("week") << Step{StepKind::Weeks, 1} << at(2024, 9, 2)
                              << QStringList{QStringLiteral("2 September"),
                                             QStringLiteral("2 Sept"), QStringLiteral("2")};
        QTest::addRow("month") << Step{StepKind::Months, 1} << at(2024, 7, 1)
                               << QStringList{QStringLiteral("July"), QStringLiteral("Jul"),
                                              QStringLiteral("Jul")};
        QTest::addRow("quarter: one text")
            << Step{StepKind::Months, 3} << at(2024, 7, 1)
            << QStringList{QStringLiteral("Q3"), QStringLiteral("Q3"), QStringLiteral("Q3")};
        QTest::addRow("hour: one text")
            << Step{StepKind::Seconds, hour} << at(2024, 7, 1, 13)
            << QStringList{QStringLiteral("13:00"), QStringLiteral("13:00"),
                           QStringLiteral("13:00")};
        QTest::addRow("year: one text") << Step{StepKind::Years, 1} << yearStart(-43)
                                        << QStringList{QStringLiteral("44 BC"),
                                                       QStringLiteral("44 BC"),
                                                       QStringLiteral("44 BC")};
    }

    void minorLabelShortensByLength()
    {
        QFETCH(Step, step);
        QFETCH(qint64, second);
        QFETCH(QStringList, labels);
        QStringList shown;
        for (TimeAxis::LabelLength length : TimeAxis::labelLengths)
            shown << TimeAxis::minorLabel(step, second, ukEnglish(), length);
        QCOMPARE(shown, labels);
    }

    void topLabelNamesThePeriodNotATick_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<TimeAxis::LabelLength>("length");
        QTest::addColumn<QString>("label");

        using L = TimeAxis::LabelLength;
        QTest::addRow("day") << Step{StepKind::Days, 1} << at(2024, 7, 13) << L::Long
                             << QStringLiteral("13 July 2024");
        QTest::addRow("day, shorter") << Step{StepKind::Days, 1} << at(2024, 7, 13) << L::Medium
                                      << QStringLiteral("13 Jul 2024");
        QTest::addRow("month") << Step{StepKind::Months, 1} << at(2024, 7, 1) << L::Long
                               << QStringLiteral("July 2024");
        QTest::addRow("month, shortest") << Step{StepKind::Months, 1} << at(2024, 7, 1)
                                         << L::Short << QStringLiteral("Jul 2024");
        QTest::addRow("month BC, shorter") << Step{StepKind::Months, 1} << at(-43, 3, 1)
                                           << L::Medium << QStringLiteral("Mar 44 BC");
        QTest::addRow("year") << Step{StepKind::Years, 1} << yearStart(2024) << L::Long
                              << QStringLiteral("2024");
        QTest::addRow("decade") << Step{StepKind::Years, 10} << yearStart(2010) << L::Long
                                << QStringLiteral("2010s");
        QTest::addRow("the first decade AD")
            << Step{StepKind::Years, 10} << yearStart(10) << L::Short << QStringLiteral("10s");
        QTest::addRow("decade BC") << Step{StepKind::Years, 10} << yearStart(-19) << L::Long
                                   << QStringLiteral("20\u201311 BC");
        QTest::addRow("decade across the era (no year 0)")
            << Step{StepKind::Years, 10} << yearStart(-9) << L::Long
            << QStringLiteral("10 BC\u2013AD 9");
        QTest::addRow("century") << Step{StepKind::Years, 100} << yearStart(1600) << L::Long
                                 << QStringLiteral("1600\u20131699");
        QTest::addRow("century BC") << Step{StepKind::Years, 100} << yearStart(-199) << L::Long
                                    << QStringLiteral("200\u2013101 BC");
        QTest::addRow("century across the era")
            << Step{StepKind::Years, 100} << yearStart(-99) << L::Long
            << QStringLiteral("100 BC\u2013AD 99");
        QTest::addRow("millennium past 10,000")
            << Step{StepKind::Years, 1000} << yearStart(10'000) << L::Long
            << QStringLiteral("10,000\u201310,999");
        QTest::addRow("hundred thousand years BC")
            << Step{StepKind::Years, 100'000} << yearStart(1 - 200'000) << L::Long
            << QStringLiteral("200,000\u2013100,001 BC");
        QTest::addRow("millions BC")
            << Step{StepKind::Years, 10'000'000} << yearStart(1 - 20'000'000) << L::Long
            << QStringLiteral("20\u201310 million BC");
        QTest::addRow("billions to millions BC")
            << Step{StepKind::Years, 100'000'000} << yearStart(1 - 1'000'000'000) << L::Long
            << QStringLiteral("1 billion\u2013900 million BC");
        QTest::addRow("the Big Bang's ten billion years")
            << Step{StepKind::Years, 10'000'000'000LL} << yearStart(1 - 20'000'000'000LL)
            << L::Long << QStringLiteral("20\u201310 billion BC");
        QTest::addRow("billions across the era")
            << Step{StepKind::Years, 10'000'000'000LL} << yearStart(1 - 10'000'000'000LL)
            << L::Long << QStringLiteral("10 billion BC\u2013AD 10 billion");
    }

    void topLabelNamesThePeriodNotATick()
    {
        QFETCH(Step, step);
        QFETCH(qint64, second);
        QFETCH(TimeAxis::LabelLength, length);
        QFETCH(QString, label);
        QCOMPARE(TimeAxis::topLabel(step, second, ukEnglish(), length), label);
    }

    void minorLabelNamesTheTickAtItsStep_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<QString>("label");

        QTest::addRow("minutes") << Step{StepKind::Seconds, 300} << at(2024, 7, 13, 10, 35)
                                 << QStringLiteral("10:35");
        QTest::addRow("midnight") << Step{StepKind::Seconds, 3 * hour} << at(2024, 7, 13)
                                  << QStringLiteral("00:00");
        QTest::addRow("hours before 1970")
            << Step{StepKind::Seconds, hour} << at(1969, 12, 31, 23) << QStringLiteral("23:00");
        QTest::addRow("hours in 44 BC")
            << Step{StepKind::Seconds, 6 * hour} << at(-43, 3, 15, 18) << QStringLiteral("18:00");
        QTest::addRow("day") << Step{StepKind::Days, 1} << at(2024, 7, 13) << QStringLiteral("13");
        QTest::addRow("week") << Step{StepKind::Weeks, 1} << at(2024, 7, 8) << QStringLiteral("8");
        QTest::addRow("month") << Step{StepKind::Months, 1} << at(2024, 7, 1)
                               << QStringLiteral("Jul");
        QTest::addRow("quarter") << Step{StepKind::Months, 3} << at(2024, 7, 1)
                                 << QStringLiteral("Q3");
        QTest::addRow("year") << Step{StepKind::Years, 1} << yearStart(2024)
                              << QStringLiteral("2024");
        QTest::addRow("1 BC") << Step{StepKind::Years, 1} << yearStart(0) << QStringLiteral("1 BC");
        QTest::addRow("ten thousand BC")
            << Step{StepKind::Years, 1000} << yearStart(-9999) << QStringLiteral("10,000 BC");
        QTest::addRow("millions BC") << Step{StepKind::Years, 500'000} << yearStart(1 - 1'500'000)
                                     << QStringLiteral("1.5 million BC");
        QTest::addRow("Big Bang") << Step{StepKind::Years, 100'000'000}
                                  << yearStart(1 - 13'800'000'000LL)
                                  << QStringLiteral("13.8 billion BC");
        QTest::addRow("billions AD") << Step{StepKind::Years, 1'000'000'000}
                                     << yearStart(2'000'000'000) << QStringLiteral("2 billion");
    }

    void minorLabelNamesTheTickAtItsStep()
    {
        QFETCH(Step, step);
        QFETCH(qint64, second);
        QFETCH(QString, label);
        QCOMPARE(TimeAxis::minorLabel(step, second, ukEnglish()), label);
    }

    void majorLabelNamesThePeriod_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<QString>("label");

        QTest::addRow("day") << Step{StepKind::Days, 1} << at(2024, 7, 13)
                             << QStringLiteral("13 July 2024");
        QTest::addRow("month") << Step{StepKind::Months, 1} << at(2024, 7, 1)
                               << QStringLiteral("July 2024");
        QTest::addRow("month BC") << Step{StepKind::Months, 1} << at(-43, 3, 1)
                                  << QStringLiteral("March 44 BC");
        QTest::addRow("year") << Step{StepKind::Years, 1} << yearStart(2024)
                              << QStringLiteral("2024");
        QTest::addRow("decade BC")
            << Step{StepKind::Years, 10} << yearStart(-9) << QStringLiteral("10 BC");
        QTest::addRow("billions BC")
            << Step{StepKind::Years, 10'000'000'000LL} << yearStart(1 - 10'000'000'000LL)
            << QStringLiteral("10 billion BC");
    }

    void majorLabelNamesThePeriod()
    {
        QFETCH(Step, step);
        QFETCH(qint64, second);
        QFETCH(QString, label);
        QCOMPARE(TimeAxis::majorLabel(step, second, ukEnglish()), label);
    }

    void majorStepIsTheNextCalendarPeriod_data()
    {
        QTest::addColumn<Step>("minor");
        QTest::addColumn<Step>("major");
        QTest::addRow("minutes: days") << Step{StepKind::Seconds, 300} << Step{StepKind::Days, 1};
        QTest::addRow("hours: days")
            << Step{StepKind::Seconds, 12 * hour} << Step{StepKind::Days, 1};
        QTest::addRow("days: months") << Step{StepKind::Days, 1} << Step{StepKind::Months, 1};
        QTest::addRow("weeks: months") << Step{StepKind::Weeks, 1} << Step{StepKind::Months, 1};
        QTest::addRow("months: years") << Step{StepKind::Months, 1} << Step{StepKind::Years, 1};
        QTest::addRow("quarters: years") << Step{StepKind::Months, 3} << Step{StepKind::Years, 1};
        QTest::addRow("years: decades") << Step{StepKind::Years, 1} << Step{StepKind::Years, 10};
        QTest::addRow("5 years: decades") << Step{StepKind::Years, 5} << Step{StepKind::Years, 10};
        QTest::addRow("decades: centuries")
            << Step{StepKind::Years, 10} << Step{StepKind::Years, 100};
        QTest::addRow("2 billion: 10 billion")
            << Step{StepKind::Years, 2'000'000'000} << Step{StepKind::Years, 10'000'000'000LL};
    }

    void majorStepIsTheNextCalendarPeriod()
    {
        QFETCH(Step, minor);
        QFETCH(Step, major);
        QCOMPARE(TimeAxis::majorStepFor(minor), major);
    }

    void yearTicksSkipTheMissingYearZero_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("fromYear"); // astronomical
        QTest::addColumn<qint64>("toYear");
        QTest::addColumn<QStringList>("labels");

        QTest::addRow("every year across 1 BC / AD 1")
            << 1LL << -1LL << 2LL
            << QStringList{QStringLiteral("2 BC"), QStringLiteral("1 BC"), QStringLiteral("1"),
                           QStringLiteral("2")};
        QTest::addRow("decades across the era")
            << 10LL << -25LL << 25LL
            << QStringList{QStringLiteral("20 BC"), QStringLiteral("10 BC"), QStringLiteral("10"),
                           QStringLiteral("20")};
        QTest::addRow("5 years across the era")
            << 5LL << -7LL << 7LL << QStringList{QStringLiteral("5 BC"), QStringLiteral("5")};
        QTest::addRow("centuries around Caesar")
            << 100LL << -250LL << 150LL
            << QStringList{QStringLiteral("200 BC"), QStringLiteral("100 BC"),
                           QStringLiteral("100")};
        QTest::addRow("millions BC")
            << 1'000'000LL << -3'500'000LL << -500'000LL
            << QStringList{QStringLiteral("3 million BC"), QStringLiteral("2 million BC"),
                           QStringLiteral("1 million BC")};
        QTest::addRow("half billions BC")
            << 500'000'000LL << -1'600'000'000LL << -900'000'000LL
            << QStringList{QStringLiteral("1.5 billion BC"), QStringLiteral("1 billion BC")};
        QTest::addRow("billions across the era")
            << 1'000'000'000LL << -2'500'000'000LL << 1'500'000'000LL
            << QStringList{QStringLiteral("2 billion BC"), QStringLiteral("1 billion BC"),
                           QStringLiteral("1 billion")};
    }

    void yearTicksSkipTheMissingYearZero()
    {
        QFETCH(qint64, count);
        QFETCH(qint64, fromYear);
        QFETCH(qint64, toYear);
        QFETCH(QStringList, labels);

        const Step step{StepKind::Years, count};
        const std::vector<qint64> ticks =
            TimeAxis::tickSeconds(step, yearStart(fromYear), yearStart(toYear));
        QStringList shown;
        for (qint64 tick : ticks) {
            shown << TimeAxis::minorLabel(step, tick, ukEnglish());
            // Every tick is the first second of a year, and a tick of its own step.
            QCOMPARE(TimeAxis::tickAtOrBefore({StepKind::Years, 1}, tick), tick);
            QCOMPARE(TimeAxis::tickAtOrBefore(step, tick), tick);
        }
        QCOMPARE(shown, labels);
    }

    void bigBangWindowIsLabelledInBillionsBc()
    {
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(yearStart(-13'800'000'000LL), at(2024, 7, 15));
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, width, metrics, ukEnglish());
        checkLayout(layout, mapping, width, metrics, ukEnglish());
        const QRegularExpression billionsBc(QStringLiteral("^\\d+(\\.\\d+)? billion BC$"));
        for (const TimeAxis::Tick &tick : layout.minor)
            QVERIFY2(billionsBc.match(tick.label).hasMatch(), qPrintable(tick.label));
        // The top tier names the stretch between its ticks, not a year the minor tier shows.
        const QRegularExpression rangeBc(
            QStringLiteral("^\\d+(\\.\\d+)?\u2013\\d+(\\.\\d+)? billion BC$"));
        QVERIFY2(rangeBc.match(layout.major.front().label).hasMatch(),
                 qPrintable(layout.major.front().label));
    }

    void layoutKeepsLastBcTickBeforeTheLongStepAcrossTheEra()
    {
        // The window ends in 16 BC; the tick after 20 BC is AD 20, almost two steps on. The last
        // tick in the window must still be shown, its label checked against AD 20, and left out
        // where it would be cut at the right edge.
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(-415, 6, 1), at(-15, 6, 1));
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, width, metrics, ukEnglish());
        QCOMPARE(layout.minorStep.kind, StepKind::Years);
        QVERIFY(layout.minorStep.count >= 10 && layout.minorStep.count <= 50);
        QVERIFY(!layout.minor.empty());
        const qint64 n = layout.minorStep.count;
        const qint64 lastBcYear = (16 + n - 1) / n * n;
        QCOMPARE(layout.minor.back().second, yearStart(1 - lastBcYear));
        const QString lastBc = QStringLiteral("%1 BC").arg(lastBcYear);
        const double right = mapping.xOf(layout.minor.back().second) + TimeAxis::minorLabelInset
            + metrics.horizontalAdvance(lastBc);
        QCOMPARE(layout.minor.back().label, right <= width ? lastBc : QString());
        checkLayout(layout, mapping, width, metrics, ukEnglish());
    }

    void daysIncludeLeapDayOnlyInLeapYears_data()
    {
        QTest::addColumn<qint64>("year");
        QTest::addColumn<bool>("leap");
        QTest::addRow("2024") << 2024LL << true;
        QTest::addRow("2023") << 2023LL << false;
        QTest::addRow("2000, divisible by 400") << 2000LL << true;
        QTest::addRow("1900, a century") << 1900LL << false;
        QTest::addRow("5 BC, proleptic") << -4LL << true;
        QTest::addRow("4 BC") << -3LL << false;
    }

    void daysIncludeLeapDayOnlyInLeapYears()
    {
        QFETCH(qint64, year);
        QFETCH(bool, leap);

        // 20 February to 10 March across 1200 px: 50 px a day.
        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(at(year, 2, 20), at(year, 3, 10));
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, width, metrics, ukEnglish());
        QCOMPARE(layout.minorStep, (Step{StepKind::Days, 1}));
        checkLayout(layout, mapping, width, metrics, ukEnglish());

        // The day numbers, whatever length the labels have ("28 Feb" or "28").
        QStringList labels;
        for (const QString &label : labelsOf(layout.minor))
            labels << label.section(QLatin1Char(' '), 0, 0);
        const qsizetype twentyEighth = labels.indexOf(QStringLiteral("28"));
        QVERIFY(twentyEighth >= 0);
        const auto i = size_t(twentyEighth);
        QCOMPARE(layout.minor[i].second, at(year, 2, 28));
        if (leap) {
            QCOMPARE(labels.at(twentyEighth + 1), QStringLiteral("29"));
            QCOMPARE(layout.minor[i + 1].second, at(year, 2, 28) + day);
            QCOMPARE(labels.at(twentyEighth + 2), QStringLiteral("1"));
            QCOMPARE(layout.minor[i + 2].second, at(year, 3, 1));
            QCOMPARE(at(year, 3, 1) - at(year, 2, 28), 2 * day);
        } else {
            QVERIFY(!labels.contains(QStringLiteral("29")));
            QCOMPARE(labels.at(twentyEighth + 1), QStringLiteral("1"));
            QCOMPARE(layout.minor[i + 1].second, at(year, 3, 1));
            QCOMPARE(at(year, 3, 1) - at(year, 2, 28), day);
        }
        // The major tier switches from February to March at 1 March.
        QCOMPARE(layout.major.size(), size_t(2));
        QCOMPARE(layout.major[1].second, at(year, 3, 1));
    }

    void weeksStartOnMonday_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addRow("spring 2024") << at(2024, 3, 10);
        QTest::addRow("around 1970 (the epoch was a Thursday)") << at(1969, 11, 1);
        QTest::addRow("the Gregorian reform, 1582") << at(1582, 8, 20);
        QTest::addRow("44 BC") << at(-43, 1, 5);
        QTest::addRow("year 10,000") << at(9999, 11, 20);
    }

    void weeksStartOnMonday()
    {
        QFETCH(qint64, first);

        const QFontMetricsF metrics(axisFont());
        const TimeMapping mapping = mappingOf(first, first + 122 * day);
        const TimeAxis::Layout layout = TimeAxis::layout(mapping, width, metrics, ukEnglish());
        QCOMPARE(layout.minorStep, (Step{StepKind::Weeks, 1}));
        checkLayout(layout, mapping, width, metrics, ukEnglish());
        QVERIFY(layout.minor.size() >= 17);
        for (const TimeAxis::Tick &tick : layout.minor) {
            const QDate date = dateOf(tick.second);
            QVERIFY(date.isValid());
            QCOMPARE(tick.second % day, 0);
            QCOMPARE(date.dayOfWeek(), int(Qt::Monday));
            // Only the last label may be left out, where it would be cut at the right edge.
            if (tick.label.isEmpty() && &tick == &layout.minor.back())
                continue;
            QCOMPARE(tick.label.section(QLatin1Char(' '), 0, 0), QString::number(date.day()));
        }
    }

    void tickAtOrBeforeFindsThePrecedingTick_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<qint64>("expected");

        QTest::addRow("5 minutes") << Step{StepKind::Seconds, 300} << at(2024, 7, 13, 10, 32) + 17
                                   << at(2024, 7, 13, 10, 30);
        QTest::addRow("on a tick")
            << Step{StepKind::Seconds, 300} << at(2024, 7, 13, 10, 30) << at(2024, 7, 13, 10, 30);
        QTest::addRow("3 hours before 1970")
            << Step{StepKind::Seconds, 3 * hour} << -1LL << at(1969, 12, 31, 21);
        QTest::addRow("day before 1970") << Step{StepKind::Days, 1} << -1LL << at(1969, 12, 31);
        QTest::addRow("day in 44 BC")
            << Step{StepKind::Days, 1} << at(-43, 3, 15, 11) << at(-43, 3, 15);
        QTest::addRow("week of the epoch") << Step{StepKind::Weeks, 1} << 0LL << at(1969, 12, 29);
        QTest::addRow("week on a Sunday")
            << Step{StepKind::Weeks, 1} << at(2024, 7, 14, 23) << at(2024, 7, 8);
        QTest::addRow("week on a Monday")
            << Step{StepKind::Weeks, 1} << at(2024, 7, 15) << at(2024, 7, 15);
        QTest::addRow("month on a leap day")
            << Step{StepKind::Months, 1} << at(2024, 2, 29, 12) << at(2024, 2, 1);
        QTest::addRow("quarter") << Step{StepKind::Months, 3} << at(2024, 8, 15) << at(2024, 7, 1);
        QTest::addRow("quarter BC") << Step{StepKind::Months, 3} << at(-43, 3, 15) << at(-43, 1, 1);
        QTest::addRow("year") << Step{StepKind::Years, 1} << at(2024, 7, 13) << yearStart(2024);
        QTest::addRow("1 BC") << Step{StepKind::Years, 1} << at(0, 7, 1) << yearStart(0);
        QTest::addRow("decade in AD 5: 10 BC")
            << Step{StepKind::Years, 10} << at(5, 6, 1) << yearStart(-9);
        QTest::addRow("decade in 15 BC: 20 BC")
            << Step{StepKind::Years, 10} << at(-14, 6, 1) << yearStart(-19);
        QTest::addRow("decade on 10 BC")
            << Step{StepKind::Years, 10} << yearStart(-9) << yearStart(-9);
        QTest::addRow("5 years in 3 BC")
            << Step{StepKind::Years, 5} << at(-2, 2, 1) << yearStart(-4);
        QTest::addRow("century in AD 50: 100 BC")
            << Step{StepKind::Years, 100} << at(50) << yearStart(-99);
        QTest::addRow("millennium in 2024")
            << Step{StepKind::Years, 1000} << at(2024, 7, 13) << yearStart(2000);
        QTest::addRow("billions at the Big Bang")
            << Step{StepKind::Years, 1'000'000'000} << yearStart(1 - 13'800'000'000LL)
            << yearStart(1 - 14'000'000'000LL);
    }

    void tickAtOrBeforeFindsThePrecedingTick()
    {
        QFETCH(Step, step);
        QFETCH(qint64, second);
        QFETCH(qint64, expected);

        const qint64 tick = TimeAxis::tickAtOrBefore(step, second);
        QCOMPARE(tick, expected);
        QVERIFY(tick <= second);
        // It is a tick of the step, and the next one lies after `second`.
        QCOMPARE(TimeAxis::tickSeconds(step, tick, tick), std::vector<qint64>{tick});
        QVERIFY(nextTick(step, tick) > second);
    }

    // AxisPainter: what it draws for the breaks.

    void axisPainterLeavesAGapAtEachBreak_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void axisPainterLeavesAGapAtEachBreak()
    {
        QFETCH(bool, dark);
        const TimelineTheme theme = dark ? TimelineTheme::darkTheme() : TimelineTheme::light();
        const double left = 160;
        const double pixels = 800;
        const TimeMapping mapping = brokenMappingOf(
            at(2024, 7, 1), at(2024, 7, 31), Breaks{{at(2024, 7, 9), at(2024, 7, 16)}}, pixels);
        const TimeAxis::Layout axis = TimeAxis::layout(mapping, pixels, axisFont(), ukEnglish());
        QImage image(int(left + pixels), 40, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        AxisPainter::paint(painter, QRectF(0, 0, left + pixels, 40), left, mapping, axis,
                           axisFont(), theme);
        painter.end();

        // The middle of the gap is the background, down to the band's bottom line, which it cuts.
        const int middle =
            int(left + (mapping.xOf(at(2024, 7, 9)) + mapping.xOf(at(2024, 7, 16))) / 2);
        for (int y : {1, 20, 39})
            QCOMPARE(image.pixelColor(middle, y).name(), theme.background.name());
        QCOMPARE(image.pixelColor(int(left) + 1, 1).name(), theme.axisBackground.name());
        QCOMPARE(image.pixelColor(int(left) + 1, 39).name(), theme.majorGrid.name());
    }

    void paintBreaksTintsTheLanesOfEachBreakOnly()
    {
        const TimelineTheme theme = TimelineTheme::light();
        const QRectF lanes(100, 40, 600, 160);
        const TimeMapping mapping = brokenMappingOf(
            yearStart(1990), yearStart(2025),
            Breaks{{yearStart(1992), yearStart(2005)}, {yearStart(2008), yearStart(2020)}}, 600);
        QImage image(800, 240, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        AxisPainter::paintBreaks(painter, lanes, mapping, theme);
        painter.end();

        for (const TimeBreak &b : mapping.breaks) {
            const int middle = int(lanes.left() + (mapping.xOf(b.from) + mapping.xOf(b.to)) / 2);
            // Tinted down the lanes, untouched above and below them.
            for (int y : {45, 120, 195})
                QVERIFY(image.pixelColor(middle, y) != QColor(Qt::white));
            QCOMPARE(image.pixelColor(middle, 20), QColor(Qt::white));
            QCOMPARE(image.pixelColor(middle, 220), QColor(Qt::white));
            // Nothing beside the break.
            const int beside = int(lanes.left() + mapping.xOf(b.to)) + 8;
            QCOMPARE(image.pixelColor(beside, 120), QColor(Qt::white));
        }

        // Without breaks nothing is drawn.
        QImage plain(800, 240, QImage::Format_ARGB32_Premultiplied);
        plain.fill(Qt::white);
        QPainter plainPainter(&plain);
        AxisPainter::paintBreaks(plainPainter, lanes,
                                 mappingOf(yearStart(1990), yearStart(2025), 600), theme);
        plainPainter.end();
        QImage white(plain.size(), plain.format());
        white.fill(Qt::white);
        QCOMPARE(plain, white);
    }

    // VisibleWindow

    void zoomAroundKeepsTheTimeUnderTheCursor_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("tolerance");

        QTest::addRow("a day, zoom in at the centre")
            << at(2024, 7, 13) << day << 500.0 << 2.0 << 1.0;
        QTest::addRow("a day, zoom out at the left edge")
            << at(2024, 7, 13) << day << 0.0 << 0.5 << 1.0;
        QTest::addRow("an hour, wheel step near the right edge")
            << at(2024, 7, 13, 10) << hour << 987.25 << 1.2 << 1.0;
        QTest::addRow("a month, wheel step back")
            << at(2024, 7, 1) << 31 * day << 137.5 << 1 / 1.2 << 1.0;
        QTest::addRow("a decade around the era, zoom out")
            << at(-5, 3, 1) << 10 * year << 333.0 << 0.25 << 1.0;
        QTest::addRow("a thousand years, zoom in")
            << at(1024) << 1000 * year << 701.0 << 10.0 << 1.0;
        // At billions of years a double carries about 16 digits: within a pixel's worth.
        QTest::addRow("the age of the universe, zoom in")
            << yearStart(-13'800'000'000LL) << 13'800'000'000LL * year << 900.0 << 3.0
            << 13'800'000'000.0 * year / 1000 / 3;
    }

    void zoomAroundKeepsTheTimeUnderTheCursor()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, span);
        QFETCH(double, x);
        QFETCH(double, factor);
        QFETCH(double, tolerance);

        VisibleWindow window;
        window.setWidth(1000);
        window.setRange(start, start + span);
        QCOMPARE(window.span(), span);
        const qint64 anchor = window.mapping().secondAt(x);
        QSignalSpy spy(&window, &VisibleWindow::changed);
        window.zoomAround(x, factor);
        QCOMPARE(spy.count(), 1);
        QVERIFY(qAbs(double(window.span()) - double(span) / factor) <= 1.0);
        const qint64 after = window.mapping().secondAt(x);
        QVERIFY2(std::abs(double(after - anchor)) <= tolerance,
                 qPrintable(QStringLiteral("moved by %1 s").arg(after - anchor)));
    }

    void zoomClampsToTheMinimumAndMaximumSpan()
    {
        VisibleWindow window;
        window.setWidth(1000);
        window.setRange(at(2024, 7, 13), at(2024, 7, 14));

        window.zoomAround(250, 1e6);
        QCOMPARE(window.span(), VisibleWindow::minimumSpan);
        // Already at the limit: zooming in further changes nothing and says nothing.
        QSignalSpy spy(&window, &VisibleWindow::changed);
        const qint64 start = window.start();
        window.zoomAround(250, 2.0);
        QCOMPARE(window.start(), start);
        QCOMPARE(window.span(), VisibleWindow::minimumSpan);
        QCOMPARE(spy.count(), 0);

        window.zoomAround(750, 1e-30);
        QCOMPARE(window.span(), VisibleWindow::maximumSpan);
        QCOMPARE(spy.count(), 1);
        window.zoomAround(750, 0.5);
        QCOMPARE(window.span(), VisibleWindow::maximumSpan);
        QCOMPARE(spy.count(), 1);

        // Nonsense factors are ignored.
        window.zoomAround(750, 0.0);
        window.zoomAround(750, -2.0);
        QCOMPARE(window.span(), VisibleWindow::maximumSpan);
        QCOMPARE(spy.count(), 1);
    }

    void overviewLabelsFitTheirWidthInsideTheBins_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<int>("width");
        QTest::addRow("eighteen years, wide") << yearStart(2007) << yearStart(2025) << 1400;
        QTest::addRow("eighteen years, narrow") << yearStart(2007) << yearStart(2025) << 160;
        QTest::addRow("a year of months") << at(2024, 1) << at(2025, 1) << 900;
        QTest::addRow("millennia across the era") << yearStart(-3000) << yearStart(2000) << 700;
    }

    void overviewLabelsFitTheirWidthInsideTheBins()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(int, width);
        OverviewHistogram histogram;
        histogram.edges = {first, first + (last - first) / 2, last};
        const QFontMetricsF metrics(axisFont());
        const std::vector<OverviewHistogram::Label> labels =
            histogram.axisLabels(width, metrics, ukEnglish());
        QVERIFY(!labels.empty());
        const TimeMapping mapping = mappingOf(first, last, width);
        double previousRight = -1e9;
        for (const OverviewHistogram::Label &label : labels) {
            QVERIFY2(label.second > first && label.second < last, qPrintable(label.text));
            QVERIFY(!label.text.isEmpty());
            // Centred on their tick, as the chart places them, and apart from each other.
            const double half = metrics.horizontalAdvance(label.text) / 2;
            const double x = mapping.xOf(label.second);
            QVERIFY2(x - half > previousRight, qPrintable(label.text));
            previousRight = x + half;
        }
        QVERIFY(OverviewHistogram().axisLabels(width, metrics, ukEnglish()).empty());
    }

    void centerOnKeepsTheSpan()
    {
        VisibleWindow window;
        window.setRange(at(2024, 7, 1), at(2024, 7, 11));
        window.centerOn(at(2000, 1, 1));
        QCOMPARE(window.span(), 10 * day);
        QCOMPARE(window.start(), at(1999, 12, 27));
        QCOMPARE(window.end(), at(2000, 1, 6));
    }

    void showPeriodCentresWhatFitsAndFitsWhatDoesNot_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("start");    // the window after, from a window of 10 days
        QTest::addColumn<qint64>("finish");   // (1-11 July 2024)

        // Under 80% of the span: centred, same zoom.
        QTest::addRow("a day far away") << at(2000, 1, 1) << at(2000, 1, 2)
                                        << at(1999, 12, 27, 12) << at(2000, 1, 6, 12);
        QTest::addRow("a day inside") << at(2024, 7, 2) << at(2024, 7, 3)
                                      << at(2024, 6, 27, 12) << at(2024, 7, 7, 12);
        QTest::addRow("7 of 10 days") << at(2024, 8, 1) << at(2024, 8, 8)
                                      << at(2024, 7, 30, 12) << at(2024, 8, 9, 12);
        // 80% and more: fitted with a quarter of its length on each side.
        QTest::addRow("8 of 10 days") << at(2024, 8, 1) << at(2024, 8, 9)
                                      << at(2024, 7, 30) << at(2024, 8, 11);
        QTest::addRow("a year") << at(2023, 1, 1) << at(2024, 1, 1)
                                << at(2023, 1, 1) - 365 * day / 4 << at(2024, 1, 1) + 365 * day / 4;
        // An instant (end = first) is a period of one second, centred.
        QTest::addRow("an instant") << at(2024, 7, 20, 12) << at(2024, 7, 20, 12)
                                    << at(2024, 7, 15, 12) << at(2024, 7, 25, 12);
    }

    void showPeriodCentresWhatFitsAndFitsWhatDoesNot()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, end);
        QFETCH(qint64, start);
        QFETCH(qint64, finish);
        VisibleWindow window;
        window.setRange(at(2024, 7, 1), at(2024, 7, 11));
        window.showPeriod(first, end);
        QCOMPARE(window.start(), start);
        QCOMPARE(window.end(), finish);
    }

    void setRangeClampsToTheMinimumSpanAroundTheMiddle()
    {
        VisibleWindow window;
        window.setRange(at(2024, 7, 13, 12), at(2024, 7, 13, 12) + 60);
        QCOMPARE(window.span(), VisibleWindow::minimumSpan);
        QCOMPARE(window.start(), at(2024, 7, 13, 12) + 30 - VisibleWindow::minimumSpan / 2);
        // Reversed ends are swapped, not rejected.
        window.setRange(at(2024, 7, 14), at(2024, 7, 13));
        QCOMPARE(window.start(), at(2024, 7, 13));
        QCOMPARE(window.end(), at(2024, 7, 14));
    }

    void panByPixelsMovesBySecondsPerPixel_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<double>("dx");
        QTest::addRow("a day, drag right") << day << 100.0;
        QTest::addRow("a day, drag left") << day << -37.0;
        QTest::addRow("ten minutes, half a pixel") << VisibleWindow::minimumSpan << 0.5;
        QTest::addRow("a century") << 100 * year << 250.0;
        QTest::addRow("a billion years") << 1'000'000'000LL * year << -640.0;
    }

    void panByPixelsMovesBySecondsPerPixel()
    {
        QFETCH(qint64, span);
        QFETCH(double, dx);

        VisibleWindow window;
        window.setWidth(1000);
        window.setRange(at(2024, 7, 13), at(2024, 7, 13) + span);
        const double secondsPerPixel = window.mapping().secondsPerPixel;
        const qint64 start = window.start();
        window.panByPixels(dx);
        // Dragging the content right by dx shows what was dx pixels to the left of it.
        QVERIFY(std::abs(double(window.start() - start) + dx * secondsPerPixel) <= 1.0);
        QCOMPARE(window.span(), span);
        QCOMPARE(window.mapping().secondsPerPixel, secondsPerPixel);
    }

    void fitRangeShowsTheRangeWithAMargin_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<double>("margin");

        QTest::addRow("a month") << at(2024, 7, 1) << at(2024, 8, 1) << 0.05;
        QTest::addRow("an hour, no margin") << at(2024, 7, 13, 10) << at(2024, 7, 13, 11) << 0.0;
        QTest::addRow("an odd number of seconds") << 1001LL << 2002LL << 0.1;
        QTest::addRow("44 BC to AD 14") << at(-43, 3, 15) << at(14, 8, 19) << 0.05;
        QTest::addRow("Big Bang to now") << yearStart(-13'800'000'000LL) << at(2024, 7, 15) << 0.05;
    }

    void fitRangeShowsTheRangeWithAMargin()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(double, margin);

        VisibleWindow window;
        window.fitRange(first, last, margin);
        const double pad = double(last - first) * margin;
        QVERIFY(window.start() <= first);
        QVERIFY(window.end() >= last);
        QVERIFY(std::abs(double(first - window.start()) - pad) <= 1.0);
        QVERIFY(std::abs(double(window.end() - last) - pad) <= 1.0);
    }

    void fitRangeOfAMomentShowsTheMinimumSpanAroundIt()
    {
        VisibleWindow window;
        window.fitRange(at(2024, 7, 13, 10), at(2024, 7, 13, 10));
        QVERIFY(window.span() >= VisibleWindow::minimumSpan);
        QVERIFY(window.span() <= VisibleWindow::minimumSpan * 11 / 10 + 1);
        const qint64 middle = window.start() + window.span() / 2;
        QVERIFY(qAbs(middle - at(2024, 7, 13, 10)) <= 1);
    }

    void fitAllShowsTheDataBounds()
    {
        VisibleWindow window;
        window.setDataBounds(at(2007), at(2024, 7, 24));
        QCOMPARE(window.dataFirst(), at(2007));
        QCOMPARE(window.dataLast(), at(2024, 7, 24));
        window.fitAll();
        VisibleWindow expected;
        expected.fitRange(at(2007), at(2024, 7, 24));
        QCOMPARE(window.start(), expected.start());
        QCOMPARE(window.end(), expected.end());
        QVERIFY(window.start() < at(2007) && window.end() > at(2024, 7, 24));
    }

    void setWidthKeepsSecondsPerPixel_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<int>("pixels");
        QTest::addRow("a day, narrower") << day << 500;
        QTest::addRow("a day, wider") << day << 1600;
        QTest::addRow("a week, one pixel more") << 7 * day << 1001;
        QTest::addRow("a century, much wider") << 100 * year << 3840;
    }

    void setWidthKeepsSecondsPerPixel()
    {
        QFETCH(qint64, span);
        QFETCH(int, pixels);

        VisibleWindow window;
        window.setWidth(1000);
        window.setRange(at(2024, 7, 13), at(2024, 7, 13) + span);
        const double secondsPerPixel = window.mapping().secondsPerPixel;
        QSignalSpy spy(&window, &VisibleWindow::changed);
        window.setWidth(pixels);
        QCOMPARE(window.width(), pixels);
        QCOMPARE(window.start(), at(2024, 7, 13));
        // Whole seconds: the span may lose less than a second to rounding.
        QVERIFY(std::abs(window.mapping().secondsPerPixel - secondsPerPixel) * pixels <= 1.0);
        QCOMPARE(spy.count(), 1);
        window.setWidth(pixels);
        QCOMPARE(spy.count(), 1);
    }

    void setWidthAtTheMinimumSpanStillReportsTheNewScale()
    {
        // One pixel more does not lengthen a ten-minute window by a whole second, yet the
        // mapping changed: whoever follows the window must hear about it.
        VisibleWindow window;
        window.setWidth(1000);
        window.setRange(at(2024, 7, 13), at(2024, 7, 13) + VisibleWindow::minimumSpan);
        QSignalSpy spy(&window, &VisibleWindow::changed);
        window.setWidth(1001);
        QCOMPARE(window.width(), 1001);
        QCOMPARE(window.mapping().secondsPerPixel, double(window.span()) / 1001);
        QCOMPARE(spy.count(), 1);
    }

    void changedIsEmittedOnlyWhenTheWindowChanges_data()
    {
        QTest::addColumn<WindowAction>("action");
        QTest::addColumn<int>("emissions");

        const qint64 t0 = at(2024, 7, 13);
        QTest::addRow("same range")
            << WindowAction([=](VisibleWindow &w) { w.setRange(t0, t0 + day); }) << 0;
        QTest::addRow("new range")
            << WindowAction([=](VisibleWindow &w) { w.setRange(t0, t0 + 2 * day); }) << 1;
        QTest::addRow("same width")
            << WindowAction([](VisibleWindow &w) { w.setWidth(1000); }) << 0;
        QTest::addRow("new width") << WindowAction([](VisibleWindow &w) { w.setWidth(800); }) << 1;
        QTest::addRow("zoom by 1")
            << WindowAction([](VisibleWindow &w) { w.zoomAround(300, 1.0); }) << 0;
        QTest::addRow("zoom by 2")
            << WindowAction([](VisibleWindow &w) { w.zoomAround(300, 2.0); }) << 1;
        QTest::addRow("pan by 0") << WindowAction([](VisibleWindow &w) { w.panByPixels(0); }) << 0;
        QTest::addRow("pan by a pixel")
            << WindowAction([](VisibleWindow &w) { w.panByPixels(1); }) << 1;
        QTest::addRow("fit the range shown")
            << WindowAction([=](VisibleWindow &w) { w.fitRange(t0, t0 + day, 0.0); }) << 0;
        QTest::addRow("fit another range")
            << WindowAction([=](VisibleWindow &w) { w.fitRange(t0, t0 + day); }) << 1;
        QTest::addRow("data bounds alone")
            << WindowAction([=](VisibleWindow &w) { w.setDataBounds(t0 - year, t0 + year); }) << 0;
    }

    void changedIsEmittedOnlyWhenTheWindowChanges()
    {
        QFETCH(WindowAction, action);
        QFETCH(int, emissions);

        VisibleWindow window;
        window.setWidth(1000);
        window.setRange(at(2024, 7, 13), at(2024, 7, 14));
        QSignalSpy spy(&window, &VisibleWindow::changed);
        action(window);
        QCOMPARE(spy.count(), emissions);
    }

    void mappingSpreadsTheSpanOverTheWidth()
    {
        VisibleWindow window;
        window.setWidth(1200);
        window.setRange(at(2024, 7, 10), at(2024, 7, 20));
        const TimeMapping mapping = window.mapping();
        QCOMPARE(mapping.start, at(2024, 7, 10));
        QCOMPARE(mapping.secondsPerPixel, 10.0 * day / 1200);
        QCOMPARE(mapping.xOf(at(2024, 7, 15)), 600.0);
        QCOMPARE(mapping.secondAt(1200), at(2024, 7, 20));
        QCOMPARE(mapping.clampedXOf(yearStart(-13'800'000'000LL)), -1e7);
    }
};

QTEST_MAIN(TestTimeAxis)
#include "tst_timeaxis.moc"
