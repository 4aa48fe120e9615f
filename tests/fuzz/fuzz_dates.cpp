// SPDX-License-Identifier: MIT
// The partial date parser and the date formatting. The input is date text; "A/B" (an ISO 8601
// interval) is also read as a range. Checks: a date that parses prints as ISO text that parses
// back to the same date; it covers a non-empty period; its day survives the calendar round trip;
// formatting never fails for a valid date; a refusal always says why.
#include "fuzzcommon.h"

#include "civilcalendar.h"
#include "dateformat.h"
#include "partialdate.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <string_view>

namespace {

const QLocale &locale(size_t which)
{
    static const QLocale locales[] = {QLocale(QLocale::English), QLocale(QLocale::Arabic, QLocale::Egypt),
                                      QLocale(QLocale::German), QLocale::c()};
    return locales[which % std::size(locales)];
}

PartialDate checkedParse(std::string_view text)
{
    QString error;
    const PartialDate date = PartialDate::parse(text, &error);
    if (!date.isValid()) {
        FUZZ_CHECK(!error.isEmpty(), "no error text for a refused date");
        return date;
    }
    FUZZ_CHECK(error.isEmpty(), "error text for an accepted date: %s", qPrintable(error));
    FUZZ_CHECK(date.year >= PartialDate::minYear && date.year <= PartialDate::maxYear,
               "year %lld out of range", static_cast<long long>(date.year));

    // parse -> toIsoString -> parse gives the same date.
    const QString iso = date.toIsoString();
    QString again;
    const PartialDate reparsed = PartialDate::parse(iso, &again);
    FUZZ_CHECK(reparsed == date, "round trip: %s -> %s -> %s (%s)",
               QByteArray(text.data(), qsizetype(text.size())).toPercentEncoding().constData(),
               qPrintable(iso), qPrintable(reparsed.toIsoString()), qPrintable(again));
    FUZZ_CHECK(reparsed.toIsoString() == iso, "ISO text not stable: %s", qPrintable(iso));

    // A date covers a period of at least one second.
    FUZZ_CHECK(date.firstSecond() < date.endSecond(), "empty period for %s", qPrintable(iso));
    if (date.precision >= DatePrecision::Day) {
        const auto days = CivilCalendar::daysFromCivil(date.year, date.month, date.day);
        const auto civil = CivilCalendar::civilFromDays(days);
        FUZZ_CHECK(civil.year == date.year && civil.month == date.month && civil.day == date.day,
                   "calendar round trip of %s", qPrintable(iso));
        FUZZ_CHECK(date.day <= CivilCalendar::daysInMonth(date.year, date.month), "day %d",
                   int(date.day));
    }
    if (date.precision == DatePrecision::Year || date.precision == DatePrecision::Month) {
        // A coarse date starts and ends at midnight (UTC) of its first and next period.
        FUZZ_CHECK(date.firstSecond() % CivilCalendar::secondsPerDay == 0
                       && date.endSecond() % CivilCalendar::secondsPerDay == 0,
                   "coarse date not day-aligned: %s", qPrintable(iso));
    }

    // A coarser date (the same date cut to its year, month or day) covers it.
    if (!date.hasUtcOffset) {
        const PartialDate coarser[] = {PartialDate::fromYear(date.year),
                                       PartialDate::fromYearMonth(date.year, date.month),
                                       PartialDate::fromYearMonthDay(date.year, date.month, date.day)};
        for (int p = 0; p < int(date.precision) - 1 && p < 3; ++p) {
            FUZZ_CHECK(coarser[p].firstSecond() <= date.firstSecond()
                           && date.endSecond() <= coarser[p].endSecond(),
                       "%s is not inside %s", qPrintable(iso), qPrintable(coarser[p].toIsoString()));
        }
    }

    // Years as people write them: astronomical year 0 is 1 BC.
    const QString year = DateFormat::year(date.year, QLocale::c());
    if (date.year > 0)
        FUZZ_CHECK(year == QString::number(date.year), "year %s", qPrintable(year));
    else
        FUZZ_CHECK(year == QString::number(1 - date.year) + QStringLiteral(" BC"), "year %s",
                   qPrintable(year));

    // Formatting: every valid date has text in every locale.
    for (size_t l = 0; l < 4; ++l) {
        FUZZ_CHECK(!DateFormat::date(date, locale(l)).isEmpty(), "no text for %s", qPrintable(iso));
        FUZZ_CHECK(DateFormat::range(date, PartialDate(), locale(l)) == DateFormat::date(date, locale(l)),
                   "a range without end differs from the date");
    }
    FUZZ_CHECK(!DateFormat::precisionDescription(date).isEmpty(), "no precision text");
    return date;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkedParse(text);

    // The QString overload agrees with the UTF-8 one on valid UTF-8.
    const QString unicode = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (unicode.toUtf8() == QByteArray(text.data(), qsizetype(text.size())))
        FUZZ_CHECK(PartialDate::parse(unicode) == PartialDate::parse(text),
                   "the QString and UTF-8 parsers disagree");

    // "start/end": a range, formatted as the views show it.
    const size_t slash = text.find('/');
    if (slash != std::string_view::npos) {
        const PartialDate start = checkedParse(text.substr(0, slash));
        const PartialDate end = checkedParse(text.substr(slash + 1));
        if (start.isValid()) {
            for (size_t l = 0; l < 4; ++l) {
                const QString range = DateFormat::range(start, end, locale(l));
                FUZZ_CHECK(!range.isEmpty(), "no text for a range");
            }
            FUZZ_CHECK(DateFormat::range(start, start, locale(0)) == DateFormat::date(start, locale(0)),
                       "a range from a date to itself differs from the date");
        }
    }
    return 0;
}
