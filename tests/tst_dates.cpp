// SPDX-License-Identifier: MIT
// Tests for Tideline's date model: parsing ISO 8601 at every precision (PartialDate), the period
// a coarse date covers, the text people read (DateFormat) and the calendar arithmetic underneath
// (CivilCalendar). QDate serves as an independent oracle wherever its range allows.
// Long because nearly all of it is data tables, a row for each precision, malformed form, time
// zone and era. The four parts follow one date from its text to its seconds and back to text,
// so they stay together, sharing the QDate oracle.
#include "civilcalendar.h"
#include "dateformat.h"
#include "partialdate.h"

#include <QDate>
#include <QLocale>
#include <QTest>

#include <iterator>

Q_DECLARE_METATYPE(DatePrecision)
Q_DECLARE_METATYPE(PartialDate)

// Lets QCOMPARE print dates it finds different.
char *toString(const PartialDate &date)
{
    const QString iso = date.isValid() ? date.toIsoString() : QStringLiteral("<invalid>");
    return qstrdup(qPrintable(QStringLiteral("%1 (precision %2)").arg(iso).arg(int(date.precision))));
}

char *toString(DatePrecision precision)
{
    static const char *const names[] = {"Invalid", "Year", "Month", "Day", "Minute", "Second"};
    const auto index = size_t(precision);
    return qstrdup(index < std::size(names) ? names[index] : "?");
}

namespace {

constexpr qint64 secondsPerDay = 86400;
constexpr qint64 julianDayOfEpoch = 2440588; // QDate(1970, 1, 1).toJulianDay()

// Seconds since 1970-01-01T00:00Z of a UTC wall-clock time, computed with QDate rather than the
// code under test. Takes astronomical years (0 = 1 BC); QDate has no year 0.
qint64 utcSeconds(qint64 astronomicalYear, int month, int day, int hour = 0, int minute = 0,
                  int second = 0)
{
    const int qdateYear = int(astronomicalYear > 0 ? astronomicalYear : astronomicalYear - 1);
    const QDate date(qdateYear, month, day);
    Q_ASSERT(date.isValid());
    return (date.toJulianDay() - julianDayOfEpoch) * secondsPerDay + hour * 3600 + minute * 60
        + second;
}

QLocale britishEnglish()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

PartialDate parsed(const char *text)
{
    QString error;
    const PartialDate date = PartialDate::parse(std::string_view(text), &error);
    if (!date.isValid())
        qWarning("test input %s did not parse: %s", text, qPrintable(error));
    return date;
}

} // namespace

class TestDates : public QObject
{
    Q_OBJECT

private slots:
    // Parsing
    void parsesEveryPrecision_data();
    void parsesEveryPrecision();
    void rejectsInvalidDates_data();
    void rejectsInvalidDates();
    void acceptsLeapDaysOnlyInLeapYears_data();
    void acceptsLeapDaysOnlyInLeapYears();
    void parsesQStringLikeUtf8Text_data();
    void parsesQStringLikeUtf8Text();
    void buildsTheSameDatesFromParts_data();
    void buildsTheSameDatesFromParts();
    void roundTripsIsoText_data();
    void roundTripsIsoText();

    // Intervals
    void coversTheWholePeriodOfACoarseDate_data();
    void coversTheWholePeriodOfACoarseDate();
    void shiftsFirstSecondByTheTimeZone_data();
    void shiftsFirstSecondByTheTimeZone();
    void ordersDatesAcrossDeepTime_data();
    void ordersDatesAcrossDeepTime();

    // Formatting
    void formatsYears_data();
    void formatsYears();
    void formatsDatesAtTheirPrecision_data();
    void formatsDatesAtTheirPrecision();
    void formatsRanges_data();
    void formatsRanges();

    // Calendar arithmetic
    void civilCalendarKnowsFixedDays_data();
    void civilCalendarKnowsFixedDays();
    void civilCalendarRoundTripsAcrossEras_data();
    void civilCalendarRoundTripsAcrossEras();
    void civilCalendarKnowsLeapYearsAndMonthLengths_data();
    void civilCalendarKnowsLeapYearsAndMonthLengths();
    void floorDivRoundsTowardsNegativeInfinity_data();
    void floorDivRoundsTowardsNegativeInfinity();
};

// ---------------------------------------------------------------------------------------------
// Parsing

void TestDates::parsesEveryPrecision_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<qint64>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("hour");
    QTest::addColumn<int>("minute");
    QTest::addColumn<int>("second");
    QTest::addColumn<bool>("hasUtcOffset");
    QTest::addColumn<int>("utcOffsetMinutes");
    QTest::addColumn<bool>("approximate");

    using P = DatePrecision;
    // clang-format off
    QTest::addRow("year")                 << "2007" << P::Year << qint64(2007) << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("year with plus sign")  << "+2007" << P::Year << qint64(2007) << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("five-digit year")      << "10000" << P::Year << qint64(10000) << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("largest year")         << "99999" << P::Year << PartialDate::maxYear << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("month")                << "2024-04" << P::Month << qint64(2024) << 4 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("december")             << "2024-12" << P::Month << qint64(2024) << 12 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("day")                  << "2024-07-21" << P::Day << qint64(2024) << 7 << 21 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("minute without zone")  << "2024-07-13T10:30" << P::Minute << qint64(2024) << 7 << 13 << 10 << 30 << 0 << false << 0 << false;
    QTest::addRow("minute, space separator") << "2024-07-13 10:30" << P::Minute << qint64(2024) << 7 << 13 << 10 << 30 << 0 << false << 0 << false;
    QTest::addRow("minute with Z")        << "2024-07-13T10:30Z" << P::Minute << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 0 << false;
    QTest::addRow("second without zone")  << "2024-07-13T10:30:45" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 45 << false << 0 << false;
    QTest::addRow("second with +03:00")   << "2024-07-13T10:30:00+03:00" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 180 << false;
    QTest::addRow("second with Z")        << "2024-07-13T10:30:00Z" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 0 << false;
    QTest::addRow("second with +0300")    << "2024-07-13T10:30:00+0300" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 180 << false;
    QTest::addRow("second with -05:00")   << "2024-07-13T10:30:00-05:00" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << -300 << false;
    QTest::addRow("second with +05:45")   << "2024-07-13T10:30:00+05:45" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 345 << false;
    QTest::addRow("second with -0930")    << "2024-07-13T10:30:00-0930" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << -570 << false;
    QTest::addRow("second with hour-only zone") << "2024-07-13T10:30:00+03" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 180 << false;
    QTest::addRow("minute with +14:00")   << "2024-07-13T10:30+14:00" << P::Minute << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 840 << false;
    QTest::addRow("fraction of a second dropped") << "2024-07-13T10:30:59.999Z" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 59 << true << 0 << false;
    QTest::addRow("comma fraction dropped") << "2024-07-13T10:30:59,5" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 59 << false << 0 << false;
    QTest::addRow("last second of a day") << "2024-12-31T23:59:59" << P::Second << qint64(2024) << 12 << 31 << 23 << 59 << 59 << false << 0 << false;
    QTest::addRow("44 BC, Ides of March") << "-0043-03-15" << P::Day << qint64(-43) << 3 << 15 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("year 0 is 1 BC")       << "0000" << P::Year << qint64(0) << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("year -1 is 2 BC")      << "-0001" << P::Year << qint64(-1) << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("Big Bang")             << "-13800000000" << P::Year << qint64(-13'800'000'000) << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("smallest year")        << "-20000000000" << P::Year << PartialDate::minYear << 0 << 0 << 0 << 0 << 0 << false << 0 << false;
    QTest::addRow("approximate year")     << "2007~" << P::Year << qint64(2007) << 0 << 0 << 0 << 0 << 0 << false << 0 << true;
    QTest::addRow("approximate month")    << "2024-07~" << P::Month << qint64(2024) << 7 << 0 << 0 << 0 << 0 << false << 0 << true;
    QTest::addRow("approximate day")      << "2024-07-08~" << P::Day << qint64(2024) << 7 << 8 << 0 << 0 << 0 << false << 0 << true;
    QTest::addRow("approximate zoned second") << "2024-07-13T10:30:00+03:00~" << P::Second << qint64(2024) << 7 << 13 << 10 << 30 << 0 << true << 180 << true;
    QTest::addRow("approximate BC day")   << "-0043-03-15~" << P::Day << qint64(-43) << 3 << 15 << 0 << 0 << 0 << false << 0 << true;
    // clang-format on
}

void TestDates::parsesEveryPrecision()
{
    QFETCH(QString, text);
    QFETCH(DatePrecision, precision);
    QFETCH(qint64, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, hour);
    QFETCH(int, minute);
    QFETCH(int, second);
    QFETCH(bool, hasUtcOffset);
    QFETCH(int, utcOffsetMinutes);
    QFETCH(bool, approximate);

    QString error = QStringLiteral("untouched");
    const PartialDate date = PartialDate::parse(text, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QCOMPARE(date.precision, precision);
    QCOMPARE(date.year, year);
    QCOMPARE(int(date.month), month);
    QCOMPARE(int(date.day), day);
    QCOMPARE(int(date.hour), hour);
    QCOMPARE(int(date.minute), minute);
    QCOMPARE(int(date.second), second);
    QCOMPARE(bool(date.hasUtcOffset), hasUtcOffset);
    QCOMPARE(int(date.utcOffsetMinutes), utcOffsetMinutes);
    QCOMPARE(bool(date.approximate), approximate);

    // Success leaves no error text behind and needs no error pointer.
    QCOMPARE(error, QStringLiteral("untouched"));
    QCOMPARE(PartialDate::parse(text), date);
}

void TestDates::rejectsInvalidDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::addRow("day 30 in a 29-day February") << "2024-02-30" << "day 30";
    QTest::addRow("day 31 in a 30-day April") << "2024-04-31" << "day 31";
    QTest::addRow("day 00") << "2024-07-00" << "day 0";
    QTest::addRow("month 13") << "2024-13" << "month 13";
    QTest::addRow("month 00") << "2024-00" << "month 0";
    QTest::addRow("month 13 with a day") << "2024-13-01" << "month 13";
    QTest::addRow("two-digit year") << "24-07-01" << "24-07-01";
    QTest::addRow("three-digit year") << "207" << "207";
    QTest::addRow("empty string") << "" << "empty";
    QTest::addRow("single-digit month and day") << "2024-7-1" << "2024-7-1";
    QTest::addRow("three-digit month") << "2024-007" << "2024-007";
    QTest::addRow("three-digit day") << "2024-07-011" << "2024-07-011";
    QTest::addRow("hour 24") << "2024-07-01T24:00" << "24:00";
    QTest::addRow("minute 60") << "2024-07-01T10:60" << "10:60";
    QTest::addRow("second 60") << "2024-07-01T10:30:60" << "second 60";
    QTest::addRow("hour without minutes") << "2024-07-01T10" << "2024-07-01T10";
    QTest::addRow("single-digit hour") << "2024-07-01T9:30" << "2024-07-01T9:30";
    QTest::addRow("dangling time separator") << "2024-07-01T" << "2024-07-01T";
    QTest::addRow("time on a month") << "2024-07T10:30" << "2024-07T10:30";
    QTest::addRow("zone on a day") << "2024-07-01+03:00" << "2024-07-01+03:00";
    QTest::addRow("year beyond 99999") << "100000" << "100000";
    QTest::addRow("year before -20000000000") << "-20000000001" << "-20000000001";
    QTest::addRow("twelve-digit year") << "-100000000000" << "100000000000";
    QTest::addRow("trailing garbage") << "2024-07-01X" << "2024-07-01X";
    QTest::addRow("leading space") << " 2024" << " 2024";
    QTest::addRow("trailing space") << "2024 " << "2024 ";
    QTest::addRow("zone beyond +14:00") << "2024-07-01T10:30+15:00" << "2024-07-01T10:30+15:00";
    QTest::addRow("zone minutes 60") << "2024-07-01T10:30+03:60" << "2024-07-01T10:30+03:60";
    QTest::addRow("zone with one digit") << "2024-07-01T10:30+3" << "2024-07-01T10:30+3";
    QTest::addRow("zone with three digits") << "2024-07-01T10:30+030" << "2024-07-01T10:30+030";
    QTest::addRow("fraction without digits") << "2024-07-01T10:30:00." << "2024-07-01T10:30:00.";
    QTest::addRow("only a tilde") << "~" << "~";
    QTest::addRow("two tildes") << "2024~~" << "2024~~";
    QTest::addRow("slashes") << "2024/07/01" << "2024/07/01";
    QTest::addRow("only a sign") << "-" << "\"-\"";
}

void TestDates::rejectsInvalidDates()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    QString error;
    const PartialDate date = PartialDate::parse(text, &error);
    QVERIFY(!date.isValid());
    QCOMPARE(date.precision, DatePrecision::Invalid);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(QStringLiteral("error \"%1\" does not mention \"%2\"")
                                                      .arg(error, mentions)));
    // Without an error pointer the failure is the same, just silent.
    QVERIFY(!PartialDate::parse(text).isValid());
    QVERIFY(date.toIsoString().isEmpty());
}

void TestDates::acceptsLeapDaysOnlyInLeapYears_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::addRow("2024 is leap") << "2024-02-29" << true;
    QTest::addRow("2023 is not leap") << "2023-02-29" << false;
    QTest::addRow("1900 is not leap (century)") << "1900-02-29" << false;
    QTest::addRow("2000 is leap (400th year)") << "2000-02-29" << true;
    QTest::addRow("2100 is not leap") << "2100-02-29" << false;
    QTest::addRow("year 0 (1 BC) is leap") << "0000-02-29" << true;
    QTest::addRow("year -4 (5 BC) is leap") << "-0004-02-29" << true;
    QTest::addRow("year -1 (2 BC) is not leap") << "-0001-02-29" << false;
    QTest::addRow("year -100 is not leap") << "-0100-02-29" << false;
    QTest::addRow("year -400 is leap") << "-0400-02-29" << true;
    QTest::addRow("February 28 always exists") << "2023-02-28" << true;
    QTest::addRow("leap day with a time") << "2024-02-29T12:00" << true;
}

void TestDates::acceptsLeapDaysOnlyInLeapYears()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);

    QString error;
    const PartialDate date = PartialDate::parse(text, &error);
    QCOMPARE(date.isValid(), valid);
    if (!valid) {
        QVERIFY2(error.contains(QStringLiteral("day 29")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("28 days")), qPrintable(error));
    } else {
        QCOMPARE(int(date.month), 2);
        QCOMPARE(date.toIsoString(), text);
    }
}

void TestDates::parsesQStringLikeUtf8Text_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("year") << "2007";
    QTest::addRow("approximate month") << "2024-04~";
    QTest::addRow("zoned second") << "2024-07-13T10:30:00-05:00";
    QTest::addRow("invalid day") << "2024-02-30";
    QTest::addRow("non-ASCII text") << "2024\u20137";
}

void TestDates::parsesQStringLikeUtf8Text()
{
    QFETCH(QString, text);

    QString fromQString, fromUtf8;
    const QByteArray utf8 = text.toUtf8();
    const PartialDate a = PartialDate::parse(text, &fromQString);
    const PartialDate b = PartialDate::parse(std::string_view(utf8.constData(), size_t(utf8.size())),
                                             &fromUtf8);
    QCOMPARE(a, b);
    QCOMPARE(fromQString, fromUtf8);
    if (!a.isValid())
        QVERIFY(fromQString.contains(text)); // the input comes back intact, even non-ASCII
}

void TestDates::buildsTheSameDatesFromParts_data()
{
    QTest::addColumn<PartialDate>("built");
    QTest::addColumn<QString>("text");

    QTest::addRow("year") << PartialDate::fromYear(2007) << "2007";
    QTest::addRow("Big Bang year") << PartialDate::fromYear(-13'800'000'000) << "-13800000000";
    QTest::addRow("month") << PartialDate::fromYearMonth(2024, 4) << "2024-04";
    QTest::addRow("day") << PartialDate::fromYearMonthDay(2024, 7, 21) << "2024-07-21";
    QTest::addRow("BC day") << PartialDate::fromYearMonthDay(-43, 3, 15) << "-0043-03-15";
}

void TestDates::buildsTheSameDatesFromParts()
{
    QFETCH(PartialDate, built);
    QFETCH(QString, text);

    QVERIFY(built.isValid());
    QVERIFY(!built.approximate);
    QVERIFY(!built.hasUtcOffset);
    QCOMPARE(built, parsed(qPrintable(text)));
    QCOMPARE(built.toIsoString(), text);
}

void TestDates::roundTripsIsoText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");

    QTest::addRow("year") << "2007" << "2007";
    QTest::addRow("small year is padded to four digits") << "0800" << "0800";
    QTest::addRow("five-digit year") << "10000" << "10000";
    QTest::addRow("year 0") << "0000" << "0000";
    QTest::addRow("plus sign dropped") << "+2007" << "2007";
    QTest::addRow("month") << "2024-04" << "2024-04";
    QTest::addRow("day") << "2024-07-21" << "2024-07-21";
    QTest::addRow("BC day") << "-0043-03-15" << "-0043-03-15";
    QTest::addRow("Big Bang") << "-13800000000" << "-13800000000";
    QTest::addRow("minute") << "2024-07-13T10:30" << "2024-07-13T10:30";
    QTest::addRow("space separator becomes T") << "2024-07-13 10:30" << "2024-07-13T10:30";
    QTest::addRow("second") << "2024-07-13T10:30:05" << "2024-07-13T10:30:05";
    QTest::addRow("Z") << "2024-07-13T10:30:00Z" << "2024-07-13T10:30:00Z";
    QTest::addRow("+00:00 is written Z") << "2024-07-13T10:30:00+00:00" << "2024-07-13T10:30:00Z";
    QTest::addRow("+03:00") << "2024-07-13T10:30:00+03:00" << "2024-07-13T10:30:00+03:00";
    QTest::addRow("+0300 gains its colon") << "2024-07-13T10:30:00+0300" << "2024-07-13T10:30:00+03:00";
    QTest::addRow("+03 gains its minutes") << "2024-07-13T10:30+03" << "2024-07-13T10:30+03:00";
    QTest::addRow("-05:00") << "2024-07-13T10:30:00-05:00" << "2024-07-13T10:30:00-05:00";
    QTest::addRow("-09:30") << "2024-07-13T10:30-09:30" << "2024-07-13T10:30-09:30";
    QTest::addRow("fraction dropped") << "2024-07-13T10:30:05.25Z" << "2024-07-13T10:30:05Z";
    QTest::addRow("approximate month") << "2024-07~" << "2024-07~";
    QTest::addRow("approximate zoned minute") << "2024-07-13T10:30+03:00~" << "2024-07-13T10:30+03:00~";
}

void TestDates::roundTripsIsoText()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);

    const PartialDate date = parsed(qPrintable(text));
    QVERIFY(date.isValid());
    QCOMPARE(date.toIsoString(), iso);

    // The canonical text parses back to the very same date.
    QString error;
    const PartialDate again = PartialDate::parse(iso, &error);
    QVERIFY2(again.isValid(), qPrintable(error));
    QCOMPARE(again, date);
    QCOMPARE(again.toIsoString(), iso);
}

// ---------------------------------------------------------------------------------------------
// Intervals

void TestDates::coversTheWholePeriodOfACoarseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("firstSecond");
    QTest::addColumn<qint64>("length");

    const qint64 day = secondsPerDay;
    QTest::addRow("epoch day") << "1970-01-01" << qint64(0) << day;
    QTest::addRow("epoch year") << "1970" << qint64(0) << 365 * day;
    QTest::addRow("2024-07-15") << "2024-07-15" << qint64(1'721'001'600) << day;
    QTest::addRow("leap year 2024") << "2024" << utcSeconds(2024, 1, 1) << 366 * day;
    QTest::addRow("common year 2023") << "2023" << utcSeconds(2023, 1, 1) << 365 * day;
    QTest::addRow("century year 1900") << "1900" << utcSeconds(1900, 1, 1) << 365 * day;
    QTest::addRow("February 2024") << "2024-02" << utcSeconds(2024, 2, 1) << 29 * day;
    QTest::addRow("February 2023") << "2023-02" << utcSeconds(2023, 2, 1) << 28 * day;
    QTest::addRow("April 2024") << "2024-04" << utcSeconds(2024, 4, 1) << 30 * day;
    QTest::addRow("December 2024") << "2024-12" << utcSeconds(2024, 12, 1) << 31 * day;
    QTest::addRow("day") << "2024-07-21" << utcSeconds(2024, 7, 21) << day;
    QTest::addRow("leap day") << "2024-02-29" << utcSeconds(2024, 2, 29) << day;
    QTest::addRow("minute") << "2024-07-13T10:30" << utcSeconds(2024, 7, 13, 10, 30) << qint64(60);
    QTest::addRow("second") << "2024-07-13T10:30:15" << utcSeconds(2024, 7, 13, 10, 30, 15) << qint64(1);
    QTest::addRow("last second of 2024") << "2024-12-31T23:59:59Z" << utcSeconds(2024, 12, 31, 23, 59, 59) << qint64(1);
    QTest::addRow("day before the epoch") << "1969-12-31" << -day << day;
    QTest::addRow("44 BC, Ides of March") << "-0043-03-15" << utcSeconds(-43, 3, 15) << day;
    QTest::addRow("1 BC (leap)") << "0000" << utcSeconds(0, 1, 1) << 366 * day;
    QTest::addRow("2 BC") << "-0001" << utcSeconds(-1, 1, 1) << 365 * day;
    QTest::addRow("5 BC (leap)") << "-0004" << utcSeconds(-4, 1, 1) << 366 * day;
    QTest::addRow("February 5 BC") << "-0004-02" << utcSeconds(-4, 2, 1) << 29 * day;
    QTest::addRow("approximate day covers the same day") << "2024-07-21~" << utcSeconds(2024, 7, 21) << day;
    QTest::addRow("largest year") << "99999" << utcSeconds(99999, 1, 1) << 365 * day;
    QTest::addRow("a million years ago") << "-1000000" << utcSeconds(-1'000'000, 1, 1) << 366 * day;
}

void TestDates::coversTheWholePeriodOfACoarseDate()
{
    QFETCH(QString, text);
    QFETCH(qint64, firstSecond);
    QFETCH(qint64, length);

    const PartialDate date = parsed(qPrintable(text));
    QVERIFY(date.isValid());
    QCOMPARE(date.firstSecond(), firstSecond);
    QCOMPARE(date.endSecond() - date.firstSecond(), length);
    QVERIFY(date.endSecond() > date.firstSecond());
}

void TestDates::shiftsFirstSecondByTheTimeZone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utcFirstSecond");
    QTest::addColumn<qint64>("length");

    const qint64 instant = utcSeconds(2024, 7, 13, 7, 30);
    QTest::addRow("10:30+03:00 is 07:30Z") << "2024-07-13T10:30:00+03:00" << instant << qint64(1);
    QTest::addRow("10:30+0300 is 07:30Z") << "2024-07-13T10:30+0300" << instant << qint64(60);
    QTest::addRow("10:30+03 is 07:30Z") << "2024-07-13T10:30+03" << instant << qint64(60);
    QTest::addRow("07:30Z") << "2024-07-13T07:30:00Z" << instant << qint64(1);
    QTest::addRow("07:30 without zone is read as UTC") << "2024-07-13T07:30" << instant << qint64(60);
    QTest::addRow("02:30-05:00 is 07:30Z") << "2024-07-13T02:30:00-05:00" << instant << qint64(1);
    QTest::addRow("13:15+05:45 is 07:30Z") << "2024-07-13T13:15+05:45" << instant << qint64(60);
    QTest::addRow("zone crosses midnight backwards")
        << "2024-07-01T01:00+03:00" << utcSeconds(2024, 6, 30, 22, 0) << qint64(60);
    QTest::addRow("zone crosses midnight forwards")
        << "2024-12-31T22:00-05:00" << utcSeconds(2025, 1, 1, 3, 0) << qint64(60);
    QTest::addRow("zone in 44 BC")
        << "-0043-03-15T12:00+02:00" << utcSeconds(-43, 3, 15, 10, 0) << qint64(60);
}

void TestDates::shiftsFirstSecondByTheTimeZone()
{
    QFETCH(QString, text);
    QFETCH(qint64, utcFirstSecond);
    QFETCH(qint64, length);

    const PartialDate date = parsed(qPrintable(text));
    QVERIFY(date.isValid());
    QCOMPARE(date.firstSecond(), utcFirstSecond);
    QCOMPARE(date.endSecond() - date.firstSecond(), length);
}

void TestDates::ordersDatesAcrossDeepTime_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");

    QTest::addRow("Big Bang before a million years ago") << "-13800000000" << "-1000000";
    QTest::addRow("smallest year before the Big Bang") << "-20000000000" << "-13800000000";
    QTest::addRow("Big Bang before the epoch") << "-13800000000" << "1970";
    QTest::addRow("a million years ago before 44 BC") << "-1000000" << "-0043-03-15";
    QTest::addRow("2 BC before 1 BC") << "-0001" << "0000";
    QTest::addRow("1 BC before AD 1") << "0000" << "0001";
    QTest::addRow("year before the next") << "2023" << "2024";
    QTest::addRow("month before the next") << "2024-06" << "2024-07";
    QTest::addRow("December before January") << "2023-12" << "2024-01";
    QTest::addRow("day before the next") << "2024-07-21" << "2024-07-22";
    QTest::addRow("minute before the next") << "2024-07-13T10:30" << "2024-07-13T10:31";
    QTest::addRow("second before the next") << "2024-07-13T10:30:00Z" << "2024-07-13T10:30:01Z";
    QTest::addRow("east of UTC happens first") << "2024-07-13T10:30+03:00" << "2024-07-13T10:30Z";
    QTest::addRow("year before the largest") << "99998" << "99999";
}

void TestDates::ordersDatesAcrossDeepTime()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);

    const PartialDate a = parsed(qPrintable(earlier));
    const PartialDate b = parsed(qPrintable(later));
    QVERIFY(a.isValid());
    QVERIFY(b.isValid());
    QVERIFY(a.firstSecond() < a.endSecond());
    QVERIFY(b.firstSecond() < b.endSecond());
    // No overflow: the periods do not overlap and keep their order.
    QVERIFY2(a.endSecond() <= b.firstSecond(),
             qPrintable(QStringLiteral("%1 ends at %2, %3 starts at %4")
                            .arg(earlier)
                            .arg(a.endSecond())
                            .arg(later)
                            .arg(b.firstSecond())));
}

// ---------------------------------------------------------------------------------------------
// Formatting

void TestDates::formatsYears_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<QString>("text");

    QTest::addRow("AD 1") << qint64(1) << "1";
    QTest::addRow("2024") << qint64(2024) << "2024";
    QTest::addRow("four digits are not grouped") << qint64(9999) << "9999";
    QTest::addRow("five digits are grouped") << qint64(10000) << "10,000";
    QTest::addRow("0 is 1 BC") << qint64(0) << "1 BC";
    QTest::addRow("-1 is 2 BC") << qint64(-1) << "2 BC";
    QTest::addRow("-43 is 44 BC") << qint64(-43) << "44 BC";
    QTest::addRow("-9998 is 9999 BC") << qint64(-9998) << "9999 BC";
    QTest::addRow("-9999 is 10,000 BC") << qint64(-9999) << "10,000 BC";
    QTest::addRow("Big Bang") << qint64(-13'800'000'000) << "13,800,000,001 BC";
    QTest::addRow("smallest year") << PartialDate::minYear << "20,000,000,001 BC";
}

void TestDates::formatsYears()
{
    QFETCH(qint64, year);
    QFETCH(QString, text);

    QCOMPARE(DateFormat::year(year, britishEnglish()), text);
    QCOMPARE(DateFormat::date(PartialDate::fromYear(year), britishEnglish()), text);
}

void TestDates::formatsDatesAtTheirPrecision_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("text");

    QTest::addRow("year") << "2007" << "2007";
    QTest::addRow("month") << "2024-04" << "April 2024";
    QTest::addRow("day") << "2024-07-15" << "15 July 2024";
    QTest::addRow("single-digit day") << "2024-07-01" << "1 July 2024";
    QTest::addRow("minute without zone") << "2024-07-13T10:30" << "13 July 2024, 10:30";
    QTest::addRow("second without zone") << "2024-07-13T10:30:05" << "13 July 2024, 10:30:05";
    QTest::addRow("minute with +03:00") << "2024-07-13T10:30+03:00" << "13 July 2024, 10:30 UTC+03:00";
    QTest::addRow("second with +03:00")
        << "2024-07-13T10:30:00+03:00" << "13 July 2024, 10:30:00 UTC+03:00";
    QTest::addRow("minute with Z") << "2024-07-13T10:30Z" << "13 July 2024, 10:30 UTC";
    // Negative offsets use the typographic minus sign U+2212, as in "UTC−05:00".
    QTest::addRow("minute with -05:00")
        << "2024-07-13T10:30-05:00" << QStringLiteral("13 July 2024, 10:30 UTC\u221205:00");
    QTest::addRow("minute with +05:45") << "2024-07-13T10:30+05:45" << "13 July 2024, 10:30 UTC+05:45";
    QTest::addRow("approximate year") << "2007~" << "c. 2007";
    QTest::addRow("approximate month") << "2024-04~" << "c. April 2024";
    QTest::addRow("approximate day") << "2024-07-15~" << "c. 15 July 2024";
    QTest::addRow("approximate minute") << "2024-07-13T10:30~" << "c. 13 July 2024, 10:30";
    QTest::addRow("44 BC") << "-0043" << "44 BC";
    QTest::addRow("Ides of March, 44 BC") << "-0043-03-15" << "15 March 44 BC";
    QTest::addRow("1 BC") << "0000" << "1 BC";
    QTest::addRow("Big Bang") << "-13800000000" << "13,800,000,001 BC";
    QTest::addRow("approximate Big Bang") << "-13800000000~" << "c. 13,800,000,001 BC";
}

void TestDates::formatsDatesAtTheirPrecision()
{
    QFETCH(QString, iso);
    QFETCH(QString, text);

    const PartialDate date = parsed(qPrintable(iso));
    QVERIFY(date.isValid());
    QCOMPARE(DateFormat::date(date, britishEnglish()), text);
    // A range without an end is the date on its own.
    QCOMPARE(DateFormat::range(date, PartialDate(), britishEnglish()), text);
    QCOMPARE(DateFormat::range(date, date, britishEnglish()), text);
}

void TestDates::formatsRanges_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // empty: no end
    QTest::addColumn<QString>("text");

    QTest::addRow("months in one year") << "2024-05" << "2024-06" << "May–June 2024";
    QTest::addRow("days in one month") << "2024-07-21" << "2024-07-23" << "21–23 July 2024";
    QTest::addRow("days across two months") << "2024-06-28" << "2024-07-03" << "28 June – 3 July 2024";
    QTest::addRow("approximate days") << "2024-07-08~" << "2024-07-14~" << "c. 8–14 July 2024";
    QTest::addRow("approximate months") << "2024-05~" << "2024-06~" << "c. May–June 2024";
    QTest::addRow("approximate days across months")
        << "2024-06-28~" << "2024-07-03~" << "c. 28 June – 3 July 2024";
    QTest::addRow("years") << "2006" << "2007" << "2006–2007";
    QTest::addRow("approximate years") << "2006~" << "2007~" << "c. 2006–2007";
    QTest::addRow("BC years") << "-0043" << "0000" << "44 BC–1 BC";
    QTest::addRow("deep-time years") << "-13800000000" << "-4500000000"
                                     << "13,800,000,001 BC–4,500,000,001 BC";
    QTest::addRow("mixed precisions") << "2024-04" << "2024-07-21" << "April 2024 – 21 July 2024";
    QTest::addRow("year to month") << "2023" << "2024-04" << "2023 – April 2024";
    QTest::addRow("months across years") << "2023-12" << "2024-01" << "December 2023 – January 2024";
    QTest::addRow("days across years") << "2023-12-28" << "2024-01-03" << "28 December 2023 – 3 January 2024";
    QTest::addRow("minutes") << "2024-07-13T10:30" << "2024-07-13T11:00"
                             << "13 July 2024, 10:30 – 13 July 2024, 11:00";
    QTest::addRow("only the start approximate") << "2024-07-08~" << "2024-07-14"
                                                << "c. 8 July 2024 – 14 July 2024";
    QTest::addRow("only the end approximate") << "2024-05" << "2024-06~"
                                              << "May 2024 – c. June 2024";
    QTest::addRow("only the start year approximate") << "2006~" << "2007"
                                                     << "c. 2006 – 2007";
    QTest::addRow("only the end year approximate") << "2006" << "2007~"
                                                   << "2006 – c. 2007";
    QTest::addRow("no end") << "2024-07-21" << "" << "21 July 2024";
    QTest::addRow("no end, approximate start") << "2024-04~" << "" << "c. April 2024";
    QTest::addRow("end equal to start") << "2024-04" << "2024-04" << "April 2024";
}

void TestDates::formatsRanges()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, text);

    const PartialDate first = parsed(qPrintable(start));
    QVERIFY(first.isValid());
    const PartialDate last = end.isEmpty() ? PartialDate() : parsed(qPrintable(end));
    QCOMPARE(last.isValid(), !end.isEmpty());
    QCOMPARE(DateFormat::range(first, last, britishEnglish()), text);
    if (!last.isValid())
        QCOMPARE(DateFormat::range(first, last, britishEnglish()),
                 DateFormat::date(first, britishEnglish()));
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

void TestDates::civilCalendarKnowsFixedDays_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<qint64>("days");

    QTest::addRow("epoch") << qint64(1970) << 1 << 1 << qint64(0);
    QTest::addRow("2000-03-01") << qint64(2000) << 3 << 1 << qint64(11017);
    QTest::addRow("2024-07-15") << qint64(2024) << 7 << 15 << qint64(19919);
    QTest::addRow("day before the epoch") << qint64(1969) << 12 << 31 << qint64(-1);
    QTest::addRow("0000-03-01, start of the algorithm's era") << qint64(0) << 3 << 1 << qint64(-719468);
    QTest::addRow("AD 1") << qint64(1) << 1 << 1 << qint64(-719162);
}

void TestDates::civilCalendarKnowsFixedDays()
{
    QFETCH(qint64, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(qint64, days);

    QCOMPARE(qint64(CivilCalendar::daysFromCivil(year, month, day)), days);
    const CivilCalendar::CivilDay civil = CivilCalendar::civilFromDays(days);
    QCOMPARE(qint64(civil.year), year);
    QCOMPARE(civil.month, month);
    QCOMPARE(civil.day, day);
}

void TestDates::civilCalendarRoundTripsAcrossEras_data()
{
    QTest::addColumn<qint64>("firstDay");
    QTest::addColumn<qint64>("dayCount"); // consecutive days checked from firstDay

    const qint64 era = 146097;         // days in 400 Gregorian years
    const qint64 yearZero = -719468;   // 0000-03-01, where the algorithm's era 0 begins
    const qint64 fourYears = 4 * 366;  // every month length and at least one leap day

    QTest::addRow("around the epoch") << qint64(-fourYears) << 2 * fourYears;
    QTest::addRow("around 2000-03-01") << qint64(11017 - fourYears) << 2 * fourYears;
    QTest::addRow("two whole eras around year 0") << yearZero - era << 2 * era;
    QTest::addRow("around 1900 (not leap)") << qint64(-25567 - fourYears) << 2 * fourYears;
    QTest::addRow("around 2100 (not leap)") << qint64(47482 - fourYears) << 2 * fourYears;
    QTest::addRow("around year 99999") << qint64(35804000) << fourYears;
    QTest::addRow("a million years ago") << qint64(-365'242'500) << fourYears;
    QTest::addRow("13.8 million years ago") << qint64(-5'040'345'000) << fourYears;
    QTest::addRow("around -1e11 days") << qint64(-100'000'000'000LL - fourYears) << 2 * fourYears;
    QTest::addRow("around +1e11 days") << qint64(100'000'000'000LL - fourYears) << 2 * fourYears;
    QTest::addRow("around the Big Bang") << qint64(-5'040'345'755'000LL) << fourYears;
    QTest::addRow("around the smallest year") << qint64(-7'304'850'000'000LL) << fourYears;
}

void TestDates::civilCalendarRoundTripsAcrossEras()
{
    QFETCH(qint64, firstDay);
    QFETCH(qint64, dayCount);

    using namespace CivilCalendar;
    CivilDay previous = civilFromDays(firstDay - 1);
    for (qint64 days = firstDay; days < firstDay + dayCount; ++days) {
        const CivilDay civil = civilFromDays(days);
        if (civil.month < 1 || civil.month > 12 || civil.day < 1
            || civil.day > daysInMonth(civil.year, civil.month))
            QFAIL(qPrintable(QStringLiteral("day %1 became %2-%3-%4")
                                 .arg(days).arg(civil.year).arg(civil.month).arg(civil.day)));
        if (daysFromCivil(civil.year, civil.month, civil.day) != days)
            QFAIL(qPrintable(QStringLiteral("day %1 did not round-trip").arg(days)));

        // Each day follows the one before it: the next day of the month, or the first of the
        // next month.
        const bool nextInMonth = previous.day < daysInMonth(previous.year, previous.month);
        const CivilDay expected = nextInMonth
            ? CivilDay{previous.year, previous.month, previous.day + 1}
            : CivilDay{previous.year + (previous.month == 12 ? 1 : 0), previous.month % 12 + 1, 1};
        if (civil.year != expected.year || civil.month != expected.month || civil.day != expected.day)
            QFAIL(qPrintable(QStringLiteral("day %1 is %2-%3-%4, not the day after %5-%6-%7")
                                 .arg(days).arg(civil.year).arg(civil.month).arg(civil.day)
                                 .arg(previous.year).arg(previous.month).arg(previous.day)));
        previous = civil;

        // QDate agrees wherever it reaches (it counts years without a year 0).
        const QDate oracle = QDate::fromJulianDay(days + julianDayOfEpoch);
        if (oracle.isValid()) {
            const qint64 oracleYear = oracle.year() < 0 ? oracle.year() + 1 : oracle.year();
            if (civil.year != oracleYear || civil.month != oracle.month()
                || civil.day != oracle.day())
                QFAIL(qPrintable(QStringLiteral("day %1: %2-%3-%4, QDate says %5")
                                     .arg(days).arg(civil.year).arg(civil.month).arg(civil.day)
                                     .arg(oracle.toString(Qt::ISODate))));
        }
    }
}

void TestDates::civilCalendarKnowsLeapYearsAndMonthLengths_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<bool>("leap");

    QTest::addRow("2024") << qint64(2024) << true;
    QTest::addRow("2023") << qint64(2023) << false;
    QTest::addRow("1900") << qint64(1900) << false;
    QTest::addRow("2000") << qint64(2000) << true;
    QTest::addRow("0 (1 BC)") << qint64(0) << true;
    QTest::addRow("-1 (2 BC)") << qint64(-1) << false;
    QTest::addRow("-4 (5 BC)") << qint64(-4) << true;
    QTest::addRow("-100") << qint64(-100) << false;
    QTest::addRow("-400") << qint64(-400) << true;
    QTest::addRow("Big Bang year") << qint64(-13'800'000'000) << true;
    QTest::addRow("Big Bang year - 1") << qint64(-13'800'000'001) << false;
}

void TestDates::civilCalendarKnowsLeapYearsAndMonthLengths()
{
    QFETCH(qint64, year);
    QFETCH(bool, leap);

    using namespace CivilCalendar;
    QCOMPARE(isLeapYear(year), leap);
    const int expected[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    qint64 total = 0;
    for (int month = 1; month <= 12; ++month) {
        QCOMPARE(daysInMonth(year, month), expected[month - 1]);
        total += daysInMonth(year, month);
        // Month lengths agree with the distance between first days.
        const qint64 nextFirst =
            month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
        QCOMPARE(nextFirst - daysFromCivil(year, month, 1), qint64(expected[month - 1]));
    }
    QCOMPARE(total, qint64(leap ? 366 : 365));
}

void TestDates::floorDivRoundsTowardsNegativeInfinity_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("quotient");

    QTest::addRow("zero") << qint64(0) << secondsPerDay << qint64(0);
    QTest::addRow("positive exact") << 2 * secondsPerDay << secondsPerDay << qint64(2);
    QTest::addRow("positive inexact") << 2 * secondsPerDay + 5 << secondsPerDay << qint64(2);
    QTest::addRow("one second before the epoch") << qint64(-1) << secondsPerDay << qint64(-1);
    QTest::addRow("negative exact") << -secondsPerDay << secondsPerDay << qint64(-1);
    QTest::addRow("negative inexact") << -secondsPerDay - 1 << secondsPerDay << qint64(-2);
    QTest::addRow("negative divisor") << qint64(7) << qint64(-2) << qint64(-4);
    QTest::addRow("both negative") << qint64(-7) << qint64(-2) << qint64(3);
}

void TestDates::floorDivRoundsTowardsNegativeInfinity()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, quotient);

    QCOMPARE(qint64(CivilCalendar::floorDiv(a, b)), quotient);
}

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
