// SPDX-License-Identifier: MIT
#include "timeaxis.h"

#include "civilcalendar.h"
#include "dateformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace CivilCalendar;
using namespace TimeAxis;

namespace {

constexpr qint64 averageYearSeconds = 31'556'952; // 365.2425 days
// The coarsest period the top tier may name: a tick further out would not fit in 64-bit seconds.
constexpr qint64 coarsestTopYears = 100'000'000'000LL;
// Room kept free between a label and the area's right edge or a break.
constexpr double edgeGap = 3.0;

qint64 dayOf(qint64 second)
{
    return floorDiv(second, secondsPerDay);
}

qint64 yearStart(qint64 year)
{
    return daysFromCivil(year, 1, 1) * secondsPerDay;
}

// The first year at or after `year` that is a tick for a step of n years: multiples of n AD,
// and multiples of n BC (astronomical year 1 - k n).
qint64 firstAlignedYear(qint64 year, qint64 n)
{
    if (year > 0)
        return ((year + n - 1) / n) * n;
    const qint64 bc = 1 - year;
    const qint64 alignedBc = (bc / n) * n;
    return alignedBc == 0 ? n : 1 - alignedBc;
}

qint64 nextAlignedYear(qint64 year, qint64 n)
{
    if (year > 0)
        return year + n;
    return year + n > 0 ? n : year + n;
}

// TimeAxis is a namespace, which cannot declare tr(): its messages take their context from here.
struct TimeAxisText
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxis)
};

// A year number from a million up, as an axis writes it: "1.5 million", "13.8 billion".
QString bigYearNumber(qint64 shown, const QLocale &locale)
{
    const bool billions = shown >= 1'000'000'000;
    const QString number = locale.toString(double(shown) / (billions ? 1e9 : 1e6), 'g', 4);
    //: A year number on a time axis, in billions of years: "13.8 billion"
    return billions ? TimeAxisText::tr("%1 billion").arg(number)
                    //: A year number on a time axis, in millions of years: "1.5 million"
                    : TimeAxisText::tr("%1 million").arg(number);
}

// Years as an axis shows them: exact up to a million, then in millions and billions.
QString yearLabel(qint64 year, const QLocale &locale)
{
    const qint64 shown = year > 0 ? year : 1 - year;
    if (shown < 1'000'000)
        return DateFormat::year(year, locale);
    const QString text = bigYearNumber(shown, locale);
    //: A year before year 1: %1 is its number counted back from 1 BC: "1.5 million BC"
    return year > 0 ? text : TimeAxisText::tr("%1 BC").arg(text);
}

// The years `from` to `to`, both included and astronomical, written exactly: "1600–1699",
// "200–101 BC", "100 BC–AD 99".
QString exactYearRange(qint64 from, qint64 to, const QLocale &locale)
{
    // DateFormat::year of a positive year is its digits, grouped from 10,000 on.
    const auto digits = [&](qint64 shown) { return DateFormat::year(shown, locale); };
    if (from > 0)
        //: A range of years AD: %1 is the first year, %2 the last: "1600–1699"
        return TimeAxisText::tr("%1–%2").arg(digits(from), digits(to));
    if (to <= 0)
        //: A range of years BC: %1 is the first year, %2 the last: "200–101 BC"
        return TimeAxisText::tr("%1–%2 BC").arg(digits(1 - from), digits(1 - to));
    //: A range of years from BC to AD: %1 is the first year, %2 the last: "100 BC–AD 99"
    return TimeAxisText::tr("%1 BC–AD %2").arg(digits(1 - from), digits(to));
}

// From the start of one period of millions or billions of years to the start of the next, the
// unit said once where both share it: "20–10 million BC", "1.1 billion–900 million BC",
// "10 billion BC–AD 10 billion". At that scale the year between the two is not worth a digit.
QString roundYearRange(qint64 from, qint64 next, const QLocale &locale)
{
    const qint64 shownFrom = from > 0 ? from : 1 - from;
    const qint64 shownNext = next > 0 ? next : 1 - next;
    const auto written = [&](qint64 shown) {
        return shown >= 1'000'000 ? bigYearNumber(shown, locale) : DateFormat::year(shown, locale);
    };
    if ((from > 0) != (next > 0))
        //: A range of years from BC to AD: %1 is the first year, %2 the last: "100 BC–AD 99"
        return TimeAxisText::tr("%1 BC–AD %2").arg(written(shownFrom), written(shownNext));
    const auto unit = [](qint64 shown) {
        return shown >= 1'000'000'000 ? 2 : (shown >= 1'000'000 ? 1 : 0);
    };
    QString text;
    if (unit(shownFrom) == unit(shownNext) && unit(shownFrom) > 0) {
        const bool billions = unit(shownFrom) == 2;
        const double scale = billions ? 1e9 : 1e6;
        const QString a = locale.toString(double(shownFrom) / scale, 'g', 4);
        const QString b = locale.toString(double(shownNext) / scale, 'g', 4);
        //: A range of years in billions: %1 is the first, %2 the last: "1.1–0.9 billion"
        text = billions ? TimeAxisText::tr("%1–%2 billion").arg(a, b)
                        //: A range of years in millions: %1 is the first, %2 the last: "20–10
                        //: million"
                        : TimeAxisText::tr("%1–%2 million").arg(a, b);
    } else {
        //: A range of years AD: %1 is the first year, %2 the last: "1600–1699"
        text = TimeAxisText::tr("%1–%2").arg(written(shownFrom), written(shownNext));
    }
    //: A year before year 1: %1 is its number counted back from 1 BC: "1.5 million BC"
    return from > 0 ? text : TimeAxisText::tr("%1 BC").arg(text);
}

// "10 July", "10 Jul", "10".
QString dayOfMonth(const CivilDay &civil, const QLocale &locale, LabelLength length)
{
    if (length == LabelLength::Short)
        return DateFormat::number(civil.day, locale);
    const auto format = length == LabelLength::Long ? QLocale::LongFormat : QLocale::ShortFormat;
    //: A day on a time axis: %1 is the day of the month, %2 the month's name: "10 July"
    return TimeAxisText::tr("%1 %2", "day and month")
        .arg(DateFormat::number(civil.day, locale), locale.monthName(civil.month, format));
}

// A stretch of the window between two breaks or a break and an edge: seconds [first, last],
// drawn from x = left to x = right.
struct Segment
{
    qint64 first;
    qint64 last;
    double left;
    double right;
};

std::vector<Segment> segmentsOf(const TimeMapping &mapping, double width)
{
    std::vector<Segment> segments;
    const qint64 last = mapping.secondAt(width);
    qint64 from = mapping.start;
    for (const TimeBreak &b : mapping.breaks) {
        if (b.to <= from)
            continue;
        if (b.from > last)
            break;
        if (b.from > from)
            segments.push_back({from, b.from - 1, mapping.xOf(from), mapping.xOf(b.from)});
        from = b.to;
    }
    if (from <= last)
        segments.push_back({from, last, mapping.xOf(from), width});
    return segments;
}

// The first tick of `step` after `second`, which bounds the room of the label at `second`.
qint64 tickAfter(const Step &step, qint64 second)
{
    // Look more than two steps ahead: from n BC to AD n is 2n - 1 years. Saturated, because the
    // coarsest steps are within a factor of three of the largest 64-bit second.
    const double reach = std::min(step.approximateSeconds() * 2.2 + 1, 9.0e18 - double(second));
    const std::vector<qint64> after = tickSeconds(step, second + 1, second + qint64(reach));
    return after.empty() ? std::numeric_limits<qint64>::max() : after.front();
}

// A tick of one tier in a segment, with the next tick of its step (perhaps beyond the segment).
struct Mark
{
    qint64 second;
    qint64 next;
    size_t segment;
    bool held;
};

std::vector<Mark> minorMarks(const Step &step, const std::vector<Segment> &segments)
{
    std::vector<Mark> marks;
    for (size_t s = 0; s < segments.size(); ++s) {
        const std::vector<qint64> seconds = tickSeconds(step, segments[s].first, segments[s].last);
        for (size_t i = 0; i < seconds.size(); ++i) {
            const qint64 next =
                i + 1 < seconds.size() ? seconds[i + 1] : tickAfter(step, seconds[i]);
            marks.push_back({seconds[i], next, s, false});
        }
    }
    return marks;
}

// Each segment's period starts, after the period it begins in when it does not begin on one.
std::vector<Mark> majorMarks(const Step &step, const std::vector<Segment> &segments)
{
    std::vector<Mark> marks;
    for (size_t s = 0; s < segments.size(); ++s) {
        const std::vector<qint64> seconds = tickSeconds(step, segments[s].first, segments[s].last);
        if (seconds.empty() || seconds.front() != segments[s].first) {
            const qint64 held = tickAtOrBefore(step, segments[s].first);
            marks.push_back({held, tickAfter(step, held), s, true});
        }
        for (size_t i = 0; i < seconds.size(); ++i) {
            const qint64 next =
                i + 1 < seconds.size() ? seconds[i + 1] : tickAfter(step, seconds[i]);
            marks.push_back({seconds[i], next, s, false});
        }
    }
    return marks;
}

// The room a label has if nothing but its step's next tick bounds it: what the step and the
// length are chosen by, so that an edge or a break drops a label rather than cramping a tier.
double regularRoom(const Mark &mark, double secondsPerPixel)
{
    return double(mark.next - mark.second) / secondsPerPixel;
}

using LabelText = QString (*)(const Step &, qint64, const QLocale &, LabelLength);

bool allFit(const std::vector<Mark> &marks, const Step &step, LabelText text, LabelLength length,
            const QFontMetricsF &metrics, const QLocale &locale, double secondsPerPixel)
{
    return std::all_of(marks.begin(), marks.end(), [&](const Mark &mark) {
        return metrics.horizontalAdvance(text(step, mark.second, locale, length)) + labelPadding
            <= regularRoom(mark, secondsPerPixel);
    });
}

// The longest length in which every label of the tier fits its regular room.
std::optional<LabelLength> longestFitting(const std::vector<Mark> &marks, const Step &step,
                                          LabelText text, const QFontMetricsF &metrics,
                                          const QLocale &locale, double secondsPerPixel)
{
    for (LabelLength length : labelLengths) {
        if (allFit(marks, step, text, length, metrics, locale, secondsPerPixel))
            return length;
    }
    return std::nullopt;
}

struct Tier
{
    Step step;
    LabelLength length;
    std::vector<Mark> marks;
};

// The top tier over a minor step: the next calendar period, named in the longest length that
// fits. Periods of years that cannot be named in their room give way to ten times longer ones
// (the minor labels are years already); other periods are needed to tell the date, so nothing.
std::optional<Tier> topTier(const Step &minor, const std::vector<Segment> &segments,
                            const QFontMetricsF &metrics, const QLocale &locale,
                            double secondsPerPixel)
{
    Step step = majorStepFor(minor);
    for (;;) {
        std::vector<Mark> marks = majorMarks(step, segments);
        if (const auto length =
                longestFitting(marks, step, &topLabel, metrics, locale, secondsPerPixel))
            return Tier{step, *length, std::move(marks)};
        if (minor.kind != StepKind::Years || step.count >= coarsestTopYears)
            return std::nullopt;
        step.count *= 10;
    }
}

// Places the labels of a tier: after each tick (or at the left of its segment when held), short
// of the next tick, of the segment's end and of the right edge. A label that fits nowhere stays
// empty; the top tier first tries its shorter lengths, minor labels keep the tier's one length.
std::vector<Tick> placed(const std::vector<Mark> &marks, const Step &step, LabelText text,
                         LabelLength length, bool shorten, double inset,
                         const std::vector<Segment> &segments, const TimeMapping &mapping,
                         const QFontMetricsF &metrics, const QLocale &locale)
{
    std::vector<Tick> ticks;
    ticks.reserve(marks.size());
    for (size_t i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        const Segment &segment = segments[mark.segment];
        Tick tick;
        tick.second = mark.second;
        tick.held = mark.held;
        tick.labelX = (mark.held ? segment.left : mapping.xOf(mark.second)) + inset;
        double limit = segment.right - edgeGap;
        if (i + 1 < marks.size() && marks[i + 1].segment == mark.segment)
            limit = std::min(limit, mapping.xOf(marks[i + 1].second) - (labelPadding - inset));
        for (int l = int(length); l <= int(LabelLength::Short); ++l) {
            const QString label = text(step, mark.second, locale, LabelLength(l));
            const double width = metrics.horizontalAdvance(label);
            if (tick.labelX + width <= limit) {
                tick.label = label;
                tick.labelWidth = width;
                break;
            }
            if (!shorten)
                break;
        }
        ticks.push_back(std::move(tick));
    }
    return ticks;
}

Layout layoutIn(const TimeMapping &mapping, double width, const QFontMetricsF &metrics,
                const QFontMetricsF &topMetrics, const QLocale &locale, const Step &finest)
{
    const std::vector<Segment> segments = segmentsOf(mapping, width);
    const double secondsPerPixel = mapping.secondsPerPixel;
    const double minimumSpacing = metrics.horizontalAdvance(QStringLiteral("00")) + labelPadding;
    std::optional<Tier> minor;
    std::optional<Tier> top;
    for (const Step &step : steps()) {
        if (step.approximateSeconds() < finest.approximateSeconds()
            || step.approximateSeconds() / secondsPerPixel < minimumSpacing)
            continue;
        std::vector<Mark> marks = minorMarks(step, segments);
        const auto length =
            longestFitting(marks, step, &minorLabel, metrics, locale, secondsPerPixel);
        if (!length)
            continue;
        top = topTier(step, segments, topMetrics, locale, secondsPerPixel);
        if (!top && step.kind != StepKind::Years)
            continue;
        minor = Tier{step, *length, std::move(marks)};
        break;
    }
    if (!minor) {
        // Nothing fits even at the coarsest step: its ticks, with what labels fit.
        const Step &step = steps().back();
        minor = Tier{step, LabelLength::Short, minorMarks(step, segments)};
    }
    if (!top) {
        const Step step = majorStepFor(minor->step);
        top = Tier{step, LabelLength::Short, majorMarks(step, segments)};
    }

    Layout result;
    result.minorStep = minor->step;
    result.minorLength = minor->length;
    result.minor = placed(minor->marks, minor->step, &minorLabel, minor->length, false,
                          minorLabelInset, segments, mapping, metrics, locale);
    result.majorStep = top->step;
    result.majorLength = top->length;
    result.major = placed(top->marks, top->step, &topLabel, top->length, true, majorLabelInset,
                          segments, mapping, topMetrics, locale);
    return result;
}

} // namespace

double TimeAxis::Step::approximateSeconds() const
{
    switch (kind) {
    case StepKind::Seconds: return double(count);
    case StepKind::Days: return double(count) * secondsPerDay;
    case StepKind::Weeks: return double(count) * 7 * secondsPerDay;
    case StepKind::Months: return double(count) * averageYearSeconds / 12.0;
    case StepKind::Years: return double(count) * averageYearSeconds;
    }
    return 1;
}

const std::vector<TimeAxis::Step> &TimeAxis::steps()
{
    static const std::vector<Step> all = [] {
        std::vector<Step> list;
        for (qint64 minutes : {1, 5, 15, 30})
            list.push_back({StepKind::Seconds, minutes * 60});
        for (qint64 hours : {1, 3, 6, 12})
            list.push_back({StepKind::Seconds, hours * 3600});
        list.push_back({StepKind::Days, 1});
        list.push_back({StepKind::Weeks, 1});
        list.push_back({StepKind::Months, 1});
        list.push_back({StepKind::Months, 3});
        for (qint64 power = 1; power <= 10'000'000'000LL; power *= 10) {
            for (qint64 multiple : {1, 2, 5})
                list.push_back({StepKind::Years, power * multiple});
        }
        return list;
    }();
    return all;
}

TimeAxis::Step TimeAxis::finestStepFor(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year: return {StepKind::Years, 1};
    case DatePrecision::Month: return {StepKind::Months, 1};
    case DatePrecision::Day: return {StepKind::Days, 1};
    case DatePrecision::Invalid:
    case DatePrecision::Minute:
    case DatePrecision::Second: break;
    }
    return finestStep;
}

qint64 TimeAxis::tickAtOrBefore(const Step &step, qint64 second)
{
    switch (step.kind) {
    case StepKind::Seconds:
        return floorDiv(second, step.count) * step.count;
    case StepKind::Days:
        return dayOf(second) * secondsPerDay;
    case StepKind::Weeks: {
        // 1970-01-01 was a Thursday; weeks start on Monday.
        const qint64 day = dayOf(second);
        const qint64 weekday = ((day + 3) % 7 + 7) % 7;
        return (day - weekday) * secondsPerDay;
    }
    case StepKind::Months: {
        const CivilDay civil = civilFromDays(dayOf(second));
        const int month = int((civil.month - 1) / step.count * step.count) + 1;
        return daysFromCivil(civil.year, month, 1) * secondsPerDay;
    }
    case StepKind::Years: {
        const qint64 year = civilFromDays(dayOf(second)).year;
        const qint64 n = step.count;
        qint64 aligned;
        if (year > 0 && year >= n) {
            aligned = year / n * n;
        } else {
            // The round BC year at or before: BC numbers count backwards.
            const qint64 bc = 1 - std::min<qint64>(year, 0);
            aligned = 1 - (year > 0 ? n : (bc + n - 1) / n * n);
        }
        return yearStart(aligned);
    }
    }
    return second;
}

std::vector<qint64> TimeAxis::tickSeconds(const Step &step, qint64 first, qint64 last)
{
    std::vector<qint64> ticks;
    if (last < first)
        return ticks;
    switch (step.kind) {
    case StepKind::Seconds: {
        for (qint64 t = tickAtOrBefore(step, first); t <= last; t += step.count) {
            if (t >= first)
                ticks.push_back(t);
        }
        break;
    }
    case StepKind::Days:
    case StepKind::Weeks: {
        const qint64 stride = (step.kind == StepKind::Days ? 1 : 7) * step.count * secondsPerDay;
        for (qint64 t = tickAtOrBefore(step, first); t <= last; t += stride) {
            if (t >= first)
                ticks.push_back(t);
        }
        break;
    }
    case StepKind::Months: {
        CivilDay civil = civilFromDays(dayOf(tickAtOrBefore(step, first)));
        qint64 year = civil.year;
        int month = civil.month;
        for (;;) {
            const qint64 t = daysFromCivil(year, month, 1) * secondsPerDay;
            if (t > last)
                break;
            if (t >= first)
                ticks.push_back(t);
            month += int(step.count);
            if (month > 12) {
                month -= 12;
                ++year;
            }
        }
        break;
    }
    case StepKind::Years: {
        const qint64 firstYear = civilFromDays(dayOf(first)).year;
        for (qint64 year = firstAlignedYear(firstYear, step.count);;
             year = nextAlignedYear(year, step.count)) {
            const qint64 t = yearStart(year);
            if (t > last)
                break;
            if (t >= first)
                ticks.push_back(t);
        }
        break;
    }
    }
    return ticks;
}

QString TimeAxis::minorLabel(const Step &step, qint64 second, const QLocale &locale,
                             LabelLength length)
{
    const CivilDay civil = civilFromDays(dayOf(second));
    switch (step.kind) {
    case StepKind::Seconds: {
        const qint64 inDay = second - dayOf(second) * secondsPerDay;
        return QStringLiteral("%1:%2")
            .arg(inDay / 3600, 2, 10, QLatin1Char('0'))
            .arg(inDay % 3600 / 60, 2, 10, QLatin1Char('0'));
    }
    case StepKind::Days:
    case StepKind::Weeks:
        return dayOfMonth(civil, locale, length);
    case StepKind::Months:
        if (step.count == 3)
            //: A quarter of a year on a time axis: %1 is its number, 1 to 4
            return TimeAxisText::tr("Q%1").arg((civil.month - 1) / 3 + 1);
        return locale.standaloneMonthName(civil.month, length == LabelLength::Long
                                                           ? QLocale::LongFormat
                                                           : QLocale::ShortFormat);
    case StepKind::Years:
        return yearLabel(civil.year, locale);
    }
    return {};
}

QString TimeAxis::majorLabel(const Step &step, qint64 second, const QLocale &locale)
{
    const CivilDay civil = civilFromDays(dayOf(second));
    switch (step.kind) {
    case StepKind::Seconds:
    case StepKind::Days:
    case StepKind::Weeks:
        return DateFormat::date(PartialDate::fromYearMonthDay(civil.year, civil.month, civil.day),
                                locale);
    case StepKind::Months:
        return DateFormat::date(PartialDate::fromYearMonth(civil.year, civil.month), locale);
    case StepKind::Years:
        return yearLabel(civil.year, locale);
    }
    return {};
}

QString TimeAxis::topLabel(const Step &step, qint64 second, const QLocale &locale,
                           LabelLength length)
{
    const CivilDay civil = civilFromDays(dayOf(second));
    const bool full = length == LabelLength::Long;
    switch (step.kind) {
    case StepKind::Seconds:
    case StepKind::Days:
    case StepKind::Weeks:
        if (full)
            return majorLabel(step, second, locale);
        //: A day on a time axis: %1 is the day and month ("10 Jul"), %2 the year: "10 Jul 2024"
        return TimeAxisText::tr("%1 %2", "day, then year")
            .arg(dayOfMonth(civil, locale, LabelLength::Medium),
                 DateFormat::year(civil.year, locale));
    case StepKind::Months:
        if (full)
            return majorLabel(step, second, locale);
        //: A month on a time axis: %1 is its short name, %2 the year: "Jul 2024"
        return TimeAxisText::tr("%1 %2", "month, then year")
            .arg(locale.standaloneMonthName(civil.month, QLocale::ShortFormat),
                 DateFormat::year(civil.year, locale));
    case StepKind::Years: {
        if (step.count == 1)
            return yearLabel(civil.year, locale);
        // Under ticks of years, a year would read as one of them: name the whole period.
        const qint64 from = civil.year;
        const qint64 next = nextAlignedYear(from, step.count);
        if (step.count == 10 && from > 0 && from < 1'000'000)
            //: A decade on a time axis: %1 is its first year: "1960s"
            return TimeAxisText::tr("%1s").arg(DateFormat::year(from, locale));
        const auto shown = [](qint64 year) { return year > 0 ? year : 1 - year; };
        if (std::max(shown(from), shown(next)) >= 1'000'000)
            return roundYearRange(from, next, locale);
        return exactYearRange(from, next - 1, locale);
    }
    }
    return {};
}

TimeAxis::Step TimeAxis::majorStepFor(const Step &minor)
{
    switch (minor.kind) {
    case StepKind::Seconds: return {StepKind::Days, 1};
    case StepKind::Days:
    case StepKind::Weeks: return {StepKind::Months, 1};
    case StepKind::Months: return {StepKind::Years, 1};
    case StepKind::Years: {
        qint64 power = 10;
        while (power <= minor.count)
            power *= 10;
        return {StepKind::Years, power};
    }
    }
    return {StepKind::Years, 1};
}

TimeAxis::Layout TimeAxis::layout(const TimeMapping &mapping, double width, const QFont &font,
                                  const QLocale &locale, const Step &finest)
{
    QFont bold = font;
    bold.setBold(true);
    Layout result =
        layoutIn(mapping, width, QFontMetricsF(font), QFontMetricsF(bold), locale, finest);
    result.majorBold = true;
    return result;
}

TimeAxis::Layout TimeAxis::layout(const TimeMapping &mapping, double width,
                                  const QFontMetricsF &metrics, const QLocale &locale,
                                  const Step &finest)
{
    return layoutIn(mapping, width, metrics, metrics, locale, finest);
}
