// SPDX-License-Identifier: MIT
#pragma once

#include "partialdate.h"

#include <QLocale>
#include <QString>

// Turns dates into the text people read, at exactly their precision: "2007", "April 2024",
// "15 July 2024", "May–June 2024", "c. 8–14 July 2024", "44 BC". Used by every view and by export.
namespace DateFormat {

QString date(const PartialDate &date, const QLocale &locale = QLocale());

// A start and an optional end (invalid end: a single date), sharing what they have in common.
QString range(const PartialDate &start, const PartialDate &end, const QLocale &locale = QLocale());

// A date known only between two bounds: "between 1119 BC and 1089 BC".
QString between(const PartialDate &earliest, const PartialDate &latest,
                const QLocale &locale = QLocale());

// An event's dates where either may be known only between two bounds (an invalid latest: the
// date as written): "between 1119 BC and 1089 BC", "from between 3 and 9 March 2024 to 20 May
// 2024". Without bounds, the same as range().
QString boundedRange(const PartialDate &start, const PartialDate &startLatest,
                     const PartialDate &end, const PartialDate &endLatest,
                     const QLocale &locale = QLocale());

// "known to the month", "known to the day; approximate": how exact a date is, in words.
QString precisionDescription(const PartialDate &date);

// A day or a year's number in the locale's digits ("١٥" in Arabic), without a group
// separator: "2024", not "2,024".
QString number(qint64 number, const QLocale &locale);

// A year as people write it: "2024", "44 BC", "13,800,000,001 BC".
QString year(qint64 astronomicalYear, const QLocale &locale = QLocale());

} // namespace DateFormat
