// SPDX-License-Identifier: MIT
#pragma once

#include "columnmapping.h"
#include "partialdate.h"

#include <QString>

#include <string_view>

// Dates as spreadsheets and people write them, read at exactly the precision written:
//   ISO 8601 (2021-03-04, 2021-03, 2021-03-04T10:30, "2021-03-04 10:30", -0043-03-15)
//   2021/03/04 (year first: never ambiguous)
//   04/03/2021, 04.03.2021, 04-03-2021: day/month order from the column (ColumnOrder) or the
//     mapping; a time may follow ("04/03/2021 14:30")
//   "4 March 2021", "4 Mar 2021", "4-Mar-2021", "March 4, 2021", "March 2021"
//   a year alone: 1066, -500, "500 BC", "AD 800" (numbers by the mapping's year numbering;
//     "BC"/"BCE" always historical: 1 BC is year 0)
//   Excel serial numbers (1900 system): unsigned numbers of five digits, or with a fraction
//     (a time of day: minute precision). Serial 60 is 29 February 1900, a day that never was
//     (Lotus 1-2-3's bug, which Excel keeps): an error. Numbers of four digits or fewer are
//     years, never serials (they would be dates in 1900-1927).
// Two-digit years are refused: the century would be a guess.
namespace SpreadsheetDates {

using DateOrder = ColumnMapping::DateOrder;
using YearNumbering = ColumnMapping::YearNumbering;

// `excelSerials` false: every number is a year (JSON records' numbers).
PartialDate parse(std::string_view text, DateOrder order, YearNumbering years,
                  QString *error = nullptr, bool excelSerials = true);

// Which day/month orders a value like 04/03/2021 allows.
enum class OrderFit { NotOrdered, Both, DayMonthOnly, MonthDayOnly, Neither };
OrderFit orderFit(std::string_view text);

// A whole column's day/month order, decided once from every value: if some values fit only
// day-first and none only month-first, the column is day-first (and the other way round); if
// every such value fits both, the column is ambiguous and the mapping must say; if some fit only
// one order and some only the other, the column contradicts itself. Never decided row by row.
class ColumnOrder
{
public:
    void add(std::string_view text, qint64 offset);

    // The order the values decide, or Unknown.
    DateOrder decided() const;
    // Values fit both orders and none decides: ask.
    bool ambiguous() const
    {
        return m_both > 0 && decided() == DateOrder::Unknown && !conflicting();
    }
    bool conflicting() const { return m_dayFirst > 0 && m_monthFirst > 0; }
    // The order to read the column with, given the mapping's: the mapping's when it gives one,
    // else the decided one (Unknown when ambiguous or conflicting).
    DateOrder orderFor(DateOrder mapping) const;

    // For messages: the first value that fits only day-first, only month-first, or both.
    QString dayFirstExample() const { return m_dayFirstExample; }
    qint64 dayFirstOffset() const { return m_dayFirstOffset; }
    QString monthFirstExample() const { return m_monthFirstExample; }
    qint64 monthFirstOffset() const { return m_monthFirstOffset; }
    QString ambiguousExample() const { return m_bothExample; }
    qint64 ambiguousOffset() const { return m_bothOffset; }
    qint64 ambiguousCount() const { return m_both; }

private:
    qint64 m_both = 0;
    qint64 m_dayFirst = 0;
    qint64 m_monthFirst = 0;
    QString m_dayFirstExample;
    QString m_monthFirstExample;
    QString m_bothExample;
    qint64 m_dayFirstOffset = -1;
    qint64 m_monthFirstOffset = -1;
    qint64 m_bothOffset = -1;
};

// A date as the preview shows it: "1066-10-14", "-0499" with its meaning for years before 1
// ("-0499 (500 BC)").
QString describe(const PartialDate &date);

} // namespace SpreadsheetDates
