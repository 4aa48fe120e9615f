// SPDX-License-Identifier: MIT
#pragma once

#include "partialdate.h"

// What a PartialDate read back from a dataset image must satisfy before the date code, whose
// tables are indexed by month and day, may be handed it.
namespace PartialDateImage {

inline bool isSane(const PartialDate &d)
{
    if (d.precision > DatePrecision::Second)
        return false;
    if (!d.isValid())
        return true;
    return d.year >= PartialDate::minYear && d.year <= PartialDate::maxYear && d.month <= 12
        && d.day <= 31 && d.hour < 24 && d.minute < 60 && d.second <= 60
        && d.utcOffsetMinutes > -24 * 60 && d.utcOffsetMinutes < 24 * 60
        && (d.precision < DatePrecision::Month || d.month >= 1)
        && (d.precision < DatePrecision::Day || d.day >= 1);
}

} // namespace PartialDateImage
