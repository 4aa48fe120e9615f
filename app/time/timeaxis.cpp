// SPDX-License-Identifier: MIT
#include "timeaxis.h"

#include "civilcalendar.h"
#include "dateformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace CivilCalendar;

namespace {

constexpr qint64 averageYearSeconds = 31'556'952; // 365.2425 days

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

QString tr(const char *text)
{
    return QCoreApplication::translate("TimeAxis", text);
}

// Years as an axis shows them: exact up to a million, then in millions and billions.
QString yearLabel(qint64 year, const QLocale &locale)
{
    const qint64 shown = year > 0 ? year : 1 - year;
    if (shown < 1'000'000)
        return DateFormat::year(year, locale);
    const bool billions = shown >= 1'000'000'000;
    const double value = double(shown) / (billions ? 1e9 : 1e6);
    const QString number = locale.toString(value, 'g', 4);
    const QString text = billions ? tr("%1 billion").arg(number) : tr("%1 million").arg(number);
    return year > 0 ? text : tr("%1 BC").arg(text);
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

QString TimeAxis::minorLabel(const Step &step, qint64 second, const QLocale &locale)
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
        return QString::number(civil.day);
    case StepKind::Months:
        if (step.count == 3)
            return tr("Q%1").arg((civil.month - 1) / 3 + 1);
        return locale.standaloneMonthName(civil.month, QLocale::ShortFormat);
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

TimeAxis::Layout TimeAxis::layout(const TimeMapping &mapping, double width,
                                  const QFontMetricsF &metrics, const QLocale &locale)
{
    Layout result;
    const qint64 first = mapping.start;
    const qint64 last = mapping.secondAt(width);
    const double minimumSpacing = metrics.horizontalAdvance(QStringLiteral("00")) + labelPadding;
    for (const Step &step : steps()) {
        if (step.approximateSeconds() / mapping.secondsPerPixel < minimumSpacing)
            continue;
        // One tick beyond each edge, so the labels at the edges are checked against a neighbour.
        // Look more than two steps ahead: from n BC to AD n is 2n - 1 years, and without a tick
        // after the window the last tick inside it would be dropped.
        const qint64 before = tickAtOrBefore(step, first);
        std::vector<qint64> seconds = tickSeconds(step, before, last);
        const std::vector<qint64> after =
            tickSeconds(step, last + 1, last + qint64(step.approximateSeconds() * 2.2) + 1);
        if (!after.empty())
            seconds.push_back(after.front());
        bool fits = true;
        std::vector<Tick> ticks;
        for (size_t i = 0; i + 1 < seconds.size() && fits; ++i) {
            const QString label = minorLabel(step, seconds[i], locale);
            const double room = mapping.xOf(seconds[i + 1]) - mapping.xOf(seconds[i]);
            fits = metrics.horizontalAdvance(label) + labelPadding <= room;
            if (seconds[i] >= first && seconds[i] <= last)
                ticks.push_back({seconds[i], label});
        }
        if (!fits)
            continue;
        result.minorStep = step;
        result.minor = std::move(ticks);
        break;
    }
    if (result.minor.empty() && result.minorStep == Step{})
        result.minorStep = steps().back();
    result.majorStep = majorStepFor(result.minorStep);
    const qint64 firstMajor = tickAtOrBefore(result.majorStep, first);
    for (qint64 second : tickSeconds(result.majorStep, firstMajor, last))
        result.major.push_back({second, majorLabel(result.majorStep, second, locale)});
    return result;
}
