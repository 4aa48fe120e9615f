// SPDX-License-Identifier: MIT
#pragma once

#include "timemapping.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QString>

#include <vector>

// The calendar ticks of the time axis at any scale, from minutes to billions of years, in two
// tiers ("July 2024" above "13 14 15"). Pure functions of the window, the width and the font, so
// they are tested without a window; the renderer only draws what they return.
namespace TimeAxis {

enum class StepKind { Seconds, Days, Weeks, Months, Years };

struct Step
{
    StepKind kind = StepKind::Days;
    qint64 count = 1; // seconds, days, weeks, months or years per step

    double approximateSeconds() const;
    friend bool operator==(const Step &, const Step &) = default;
};

struct Tick
{
    qint64 second = 0;
    QString label;
};

struct Layout
{
    Step minorStep;
    Step majorStep;
    std::vector<Tick> minor; // every tick in the window; labels fit between neighbours
    std::vector<Tick> major; // period starts; the one before the window comes first
};

// Every step the axis may use, finest first.
const std::vector<Step> &steps();

// The seconds of the ticks of `step` in [first, last]; for years, round BC years are ticks too
// (there is no year 0 between 1 BC and AD 1).
std::vector<qint64> tickSeconds(const Step &step, qint64 first, qint64 last);
// The tick of `step` at or before `second`.
qint64 tickAtOrBefore(const Step &step, qint64 second);

QString minorLabel(const Step &step, qint64 second, const QLocale &locale);
QString majorLabel(const Step &step, qint64 second, const QLocale &locale);
Step majorStepFor(const Step &minor);

// The finest step whose every label fits between its neighbouring ticks, and its major tier.
Layout layout(const TimeMapping &mapping, double width, const QFontMetricsF &metrics,
              const QLocale &locale = QLocale());

// Horizontal room a label needs besides its text.
constexpr double labelPadding = 8.0;

} // namespace TimeAxis
