// SPDX-License-Identifier: MIT
#pragma once

#include "partialdate.h"
#include "timemapping.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QString>

#include <vector>

// The calendar ticks of the time axis at any scale, from minutes to billions of years, in two
// tiers ("July 2024" above "13 14 15"), with the text and place of every label. Pure functions of
// the window, the width and the font, so they are tested without a window; the painter only draws
// what they return.
namespace TimeAxis {

enum class StepKind { Seconds, Days, Weeks, Months, Years };

struct Step
{
    StepKind kind = StepKind::Days;
    qint64 count = 1; // seconds, days, weeks, months or years per step

    double approximateSeconds() const;
    friend bool operator==(const Step &, const Step &) = default;
};

// How much a label says, for when the long text does not fit: "10 July", "10 Jul", "10". Some
// steps have fewer texts; their shorter lengths repeat the shortest.
enum class LabelLength { Long, Medium, Short };
constexpr LabelLength labelLengths[] = {LabelLength::Long, LabelLength::Medium, LabelLength::Short};

struct Tick
{
    qint64 second = 0;
    // The label beside the tick, in its tier's length; empty where it would not fit (at the
    // area's right edge, before a break), the tick itself staying.
    QString label;
    double labelX = 0;     // where the label's text begins, in the mapping's x
    double labelWidth = 0; // its advance in the tier's font
    // A period that began before the window or before a break, named again at the left of what
    // is shown of it: its tick (`second`) is not drawn here.
    bool held = false;

    double labelRight() const { return labelX + labelWidth; }
};

struct Layout
{
    Step minorStep;
    Step majorStep;
    LabelLength minorLength = LabelLength::Short;
    LabelLength majorLength = LabelLength::Short;
    // Whether the top tier was measured, and so is drawn, in the bold face of the font.
    bool majorBold = false;
    std::vector<Tick> minor; // every tick in the window outside the breaks
    // Period starts outside the breaks, each following the period held at the left of its stretch
    // (the window's left edge, the end of a break) when that period began before it. Labels
    // from the top tier's own texts (topLabel).
    std::vector<Tick> major;
};

// Every step the axis may use, finest first.
const std::vector<Step> &steps();

// The finest step the axis has: what layout() may go down to when nothing says otherwise.
constexpr Step finestStep{StepKind::Seconds, 60};
// The finest step worth showing for data known to `precision`: no hours for days, no months for
// years. Pass the finest precision of what is shown.
Step finestStepFor(DatePrecision precision);

// The seconds of the ticks of `step` in [first, last]; for years, round BC years are ticks too
// (there is no year 0 between 1 BC and AD 1).
std::vector<qint64> tickSeconds(const Step &step, qint64 first, qint64 last);
// The tick of `step` at or before `second`.
qint64 tickAtOrBefore(const Step &step, qint64 second);

// A minor tick's text: "10 July", "Jul", "Q3", "10:30", "2024", "1.5 million BC".
QString minorLabel(const Step &step, qint64 second, const QLocale &locale,
                   LabelLength length = LabelLength::Short);
// The period that starts at a tick, named as a date: "13 July 2024", "July 2024", "2020".
QString majorLabel(const Step &step, qint64 second, const QLocale &locale);
// The top tier's name for the period of `step` starting at `second`, never the text of a minor
// tick: "13 July 2024", "Jul 2024", "2024", "2010s", "1600–1699", "200–101 BC", "20–10 million
// BC".
QString topLabel(const Step &step, qint64 second, const QLocale &locale,
                 LabelLength length = LabelLength::Long);
Step majorStepFor(const Step &minor);

// The finest step, not finer than `finest`, whose minor labels fit between their neighbouring
// ticks in some length (the longest that fits is used) and whose periods can be named above them;
// the top tier's step and labels. Ticks inside a mapping's breaks are dropped, labels stop short
// of a break and of the right edge, and the top tier names its period again after each break.
// The top tier is measured in the bold face of `font`.
Layout layout(const TimeMapping &mapping, double width, const QFont &font,
              const QLocale &locale = QLocale(), const Step &finest = finestStep);
// The same with both tiers measured in `metrics` (and so drawn in the same face).
Layout layout(const TimeMapping &mapping, double width, const QFontMetricsF &metrics,
              const QLocale &locale = QLocale(), const Step &finest = finestStep);

// Horizontal room a label needs besides its text: a gap after its tick and before the next.
constexpr double labelPadding = 8.0;
// Where a label's text begins after its tick, in the minor and the top tier.
constexpr double minorLabelInset = 3.0;
constexpr double majorLabelInset = 4.0;

} // namespace TimeAxis
