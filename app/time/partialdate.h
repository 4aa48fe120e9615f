// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <string_view>

// How much of a date its writer knew. Ordered from coarse to fine.
enum class DatePrecision : quint8 { Invalid = 0, Year, Month, Day, Minute, Second };

// A date exactly as precise as its source: "2007", "2024-04", "2024-07-21",
// "2024-07-13T10:30:00+03:00". A coarse date stands for the whole period it may fall in
// ([firstSecond(), endSecond())), never for a made-up day inside it. Years are 64-bit and
// astronomical (year 0 = 1 BC), so the model reaches back to the Big Bang. A value type of
// 24 bytes: the event store keeps two per event.
struct PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(PartialDate)

public:
    static constexpr qint64 minYear = -20'000'000'000LL;
    static constexpr qint64 maxYear = 99'999;

    qint64 year = 0;
    qint16 utcOffsetMinutes = 0; // meaningful when hasUtcOffset
    quint8 month = 0;            // 1-12 when precision >= Month
    quint8 day = 0;              // 1-31 when precision >= Day
    quint8 hour = 0;
    quint8 minute = 0;
    quint8 second = 0;
    DatePrecision precision = DatePrecision::Invalid;
    bool approximate : 1 = false;
    bool hasUtcOffset : 1 = false;

    bool isValid() const { return precision != DatePrecision::Invalid; }

    // Seconds since 1970-01-01T00:00Z (proleptic Gregorian) of the first instant the date
    // covers, and of the first instant after it. Dates without a zone are read as UTC.
    qint64 firstSecond() const;
    qint64 endSecond() const;

    // The ISO 8601 text of the date, at its own precision ("2024-04", "-0043-03-15").
    QString toIsoString() const;

    // Parses ISO 8601 as documented in docs/FORMAT.md. On failure returns an invalid date and
    // sets *error to a sentence that says what was expected and what was found.
    static PartialDate parse(std::string_view text, QString *error = nullptr);
    static PartialDate parse(const QString &text, QString *error = nullptr);

    static PartialDate fromYear(qint64 year);
    static PartialDate fromYearMonth(qint64 year, int month);
    static PartialDate fromYearMonthDay(qint64 year, int month, int day);

    friend bool operator==(const PartialDate &a, const PartialDate &b)
    {
        return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour
            && a.minute == b.minute && a.second == b.second && a.precision == b.precision
            && a.approximate == b.approximate && a.hasUtcOffset == b.hasUtcOffset
            && a.utcOffsetMinutes == b.utcOffsetMinutes;
    }
};

static_assert(sizeof(PartialDate) <= 24);
