// SPDX-License-Identifier: MIT
#include "exportplan.h"

#include "axisbreaks.h"
#include "dateformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace {

// ExportPlan is a namespace, which cannot declare tr(): its messages take their context from here.
struct ExportPlanText
{
    Q_DECLARE_TR_FUNCTIONS(ExportPlan)
};

constexpr double sectionGap = 8;
constexpr int wrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// Events that pass the filter and meet the window: only they decide which lanes are drawn.
std::vector<quint8> passingInWindow(const Dataset &dataset, const FilterResult *filter,
                                    qint64 start, qint64 end)
{
    const EventStore &events = dataset.events;
    const bool filtered =
        filter && !filter->everything && filter->events.size() == size_t(events.count());
    std::vector<quint8> passes(size_t(events.count()), 0);
    for (int event = 0; event < events.count(); ++event) {
        if (filtered && !filter->events[size_t(event)])
            continue;
        passes[size_t(event)] = events.beginSecond(event) < end && events.endSecond(event) > start;
    }
    return passes;
}

// The finest tick worth drawing: data known to the day gets no hour ticks.
TimeAxis::Step finestStepFor(const EventStore &events, const std::vector<quint8> &passes)
{
    DatePrecision finest = DatePrecision::Invalid;
    for (int event = 0; event < events.count() && finest < DatePrecision::Minute; ++event) {
        if (!passes[size_t(event)])
            continue;
        finest = std::max(finest, events.start(event).precision);
        if (events.isRange(event))
            finest = std::max(finest, events.end(event).precision);
    }
    return TimeAxis::finestStepFor(finest);
}

QFont pictureFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    // No ligatures where the script does not need them: "fi" stays two letters, so that text
    // in a PDF or SVG is found by search exactly as it is written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Every lane's top-level ancestor or own colour: a lane drawn in its parent's colour adds nothing
// to the legend; one with a colour of its own (a faction's armed wing) does.
std::vector<ExportPlan::LegendEntry> legendOf(const TimelineLanes &lanes, int endLane,
                                              const TimelineTheme &theme)
{
    std::vector<ExportPlan::LegendEntry> legend;
    std::vector<QColor> ancestors; // by depth
    for (int lane = 0; lane < endLane; ++lane) {
        const LaneSource::LaneInfo &info = lanes.laneInfo(lane);
        const QColor color = theme.itemColor(info.color);
        ancestors.resize(size_t(info.depth));
        if (info.depth == 0 || ancestors.empty() || ancestors.back() != color)
            legend.push_back({info.title, color});
        ancestors.push_back(color);
    }
    return legend;
}

int headerWidthFor(const TimelineLanes &lanes, const TimelineGeometry &geometry, const QFont &font,
                   double areaWidth)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    double widest = 0;
    // The first few thousand lanes say enough; measuring a hundred thousand names does not pay.
    for (int lane = 0; lane < std::min(lanes.laneCount(), 4000); ++lane) {
        const LaneSource::LaneInfo &info = lanes.laneInfo(lane);
        const double title = (info.depth == 0 ? boldMetrics : metrics).horizontalAdvance(info.title);
        widest = std::max(widest, geometry.headerTitleLeft(info.depth) + title
                                      + TimelineGeometry::headerTitleMargin + 2);
    }
    return int(std::clamp(widest, 120.0, std::max(120.0, std::min(260.0, areaWidth * 0.3))));
}

QString keyText(const Dataset &dataset, int event)
{
    const EventStore &events = dataset.events;
    const QString date = events.isRange(event)
        ? DateFormat::range(events.start(event), events.end(event))
        : DateFormat::date(events.start(event));
    //: A line of the key under an exported timeline: %1 is an event's title, %2 its date
    return ExportPlanText::tr("%1 · %2").arg(events.title(event), date);
}

// One way of fitting the lanes: rows as measured or one each, members shown or folded.
struct Attempt
{
    bool compactRows = false;
    bool fold = false;
};

} // namespace

double ExportPlan::Plan::titleHeight() const
{
    return title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + sectionGap;
}

double ExportPlan::Plan::keyLineHeight(int entry) const
{
    const double width = pageSize.width() - 2 * margin - 40;
    return QFontMetricsF(font)
               .boundingRect(QRectF(0, 0, width, 1e6), wrapFlags, keyTexts[size_t(entry)])
               .height() + 3;
}

double ExportPlan::Plan::legendHeight() const
{
    if (legend.empty())
        return 0;
    const size_t lines = legendLines(*this, pageSize.width() - 2 * margin).size();
    return double(lines) * QFontMetricsF(font).height() + sectionGap;
}

double ExportPlan::Plan::captionHeight() const
{
    if (caption.isEmpty())
        return 0;
    const double width = pageSize.width() - 2 * margin;
    return QFontMetricsF(captionFont).boundingRect(QRectF(0, 0, width, 1e6), wrapFlags, caption).height()
        + 6;
}

std::vector<int> ExportPlan::legendLines(const Plan &plan, double width)
{
    const QFontMetricsF metrics(plan.font);
    std::vector<int> lines;
    double x = width; // forces a first line
    for (size_t i = 0; i < plan.legend.size(); ++i) {
        const double entry = 18 + metrics.horizontalAdvance(plan.legend[i].title) + 16;
        if (x + entry > width && x > 0) {
            lines.push_back(int(i));
            x = 0;
        }
        x += entry;
    }
    return lines;
}

std::pair<qint64, qint64> ExportPlan::filteredSpan(const Dataset &dataset, const FilterResult *filter)
{
    const auto [first, last] = eventSpan(dataset, filter);
    const qint64 margin = std::max<qint64>((last - first) / 25, 3600);
    return {first - margin, last + margin};
}

std::pair<qint64, qint64> ExportPlan::eventSpan(const Dataset &dataset, const FilterResult *filter)
{
    const EventStore &events = dataset.events;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    const bool filtered =
        filter && !filter->everything && filter->events.size() == size_t(events.count());
    for (int event = 0; event < events.count(); ++event) {
        if (filtered && !filter->events[size_t(event)])
            continue;
        first = std::min(first, events.beginSecond(event));
        last = std::max(last, events.endSecond(event));
    }
    if (first > last) {
        first = events.earliestBegin();
        last = std::max(events.latestEnd(), first + 86400);
    }
    return {first, last};
}

ExportPlan::Plan ExportPlan::make(const Dataset &dataset, const FilterResult *filter,
                                  const Request &request)
{
    Plan plan;
    plan.dataset = &dataset;
    plan.title = request.title;
    plan.font = pictureFont();
    plan.titleFont = plan.font;
    plan.titleFont.setPixelSize(22);
    plan.titleFont.setBold(true);
    plan.captionFont = plan.font;
    plan.captionFont.setPixelSize(11);
    plan.pageSize = request.size;

    const bool whole = request.end <= request.start;
    qint64 start = request.start;
    qint64 end = request.end;
    std::vector<TimeBreak> breaks;
    if (whole) {
        // The events' span, their empty stretches collapsed, and a margin of the time still
        // shown on each side (a margin of the whole span would dwarf what is left).
        std::tie(start, end) = eventSpan(dataset, filter);
        double shown = double(end - start);
        if (request.breaks) {
            const std::vector<quint8> inSpan = passingInWindow(dataset, filter, start, end);
            breaks = AxisBreaks::find(dataset.events, &inSpan, start, end);
            AxisBreaks::keepPeriodEdges(&breaks, dataset.periods);
            for (const TimeBreak &b : breaks)
                shown -= double(b.to - b.from);
        }
        const qint64 margin = std::max<qint64>(qint64(shown / 25), 3600);
        start -= margin;
        end += margin;
    }
    const std::vector<quint8> passes = passingInWindow(dataset, filter, start, end);
    plan.finestStep = finestStepFor(dataset.events, passes);
    // Periods the picture shows get their titles in a strip under the axis.
    if (PeriodLayout::anyMeets(dataset.periods, start, end))
        plan.geometry.addPeriodStrip();

    const double areaWidth = request.size.width() - 2 * Plan::margin;

    const TimelineTheme theme = TimelineTheme::light();
    TimelineRenderRequest measureRequest;
    measureRequest.size = QSize(int(areaWidth), 1000);
    measureRequest.font = plan.font;
    measureRequest.crowdedLabels = LaneLayout::CrowdedLabels::Number;

    // Compact only as far as the size asks: first the lanes as they are, then one label row each,
    // then members folded into their state's or faction's lane.
    std::vector<Attempt> attempts = {{false, false}};
    if (request.fit != Fit::Pages)
        attempts.insert(attempts.end(), {{true, false}, {true, true}});
    const double budget = request.fit == Fit::Fixed ? request.size.height()
                                                    : std::max(request.maxHeight, request.size.height());
    for (size_t a = 0; a < attempts.size(); ++a) {
        const Attempt attempt = attempts[a];
        QSet<int> folded;
        if (attempt.fold) {
            for (size_t actor = 0; actor < dataset.actors.size(); ++actor) {
                if (dataset.actors[actor].parent < 0)
                    folded.insert(int(actor));
            }
        }
        auto lanes = std::make_shared<TimelineLanes>();
        lanes->build(dataset, request.grouping, folded, &passes);
        // Measured with every row a lane may have, then sized to the rows its labels used;
        // compact lanes get one.
        for (int lane = 0; lane < lanes->laneCount(); ++lane)
            lanes->setLabelRows(lane, attempt.compactRows ? 1 : plan.geometry.labelRows);
        // Headers wide enough for the names drawn, within reason: a report's reader cannot hover
        // over "Benjamin Net…" to read the rest.
        plan.geometry.headerWidth = headerWidthFor(*lanes, plan.geometry, plan.font, areaWidth);
        const double timelineWidth = std::max(1.0, areaWidth - plan.geometry.headerWidth);
        plan.mapping = TimeMapping::fitted(start, end, timelineWidth, breaks);
        measureRequest.mapping = plan.mapping;
        TimelineMeasure measure;
        {
            const TimelineRenderer renderer(*lanes, dataset.events, theme, plan.geometry);
            measure = renderer.measure(measureRequest);
        }
        for (int lane = 0; lane < lanes->laneCount(); ++lane)
            lanes->setLabelRows(lane, std::max(1, measure.rowsUsed[size_t(lane)]));
        plan.lanes = lanes;
        plan.key = std::move(measure.key);
        plan.numbers = std::move(measure.numbers);
        // Events too crowded for even a number (three on one day at the picture's edge) are
        // still named: in the key, without a number, among the entries of their lane.
        for (const TimelineKeyEntry &entry : measure.unlabelled)
            plan.key.push_back(entry);
        std::stable_sort(plan.key.begin(), plan.key.end(),
                         [](const TimelineKeyEntry &a, const TimelineKeyEntry &b) { return a.lane < b.lane; });
        plan.compactRows = attempt.compactRows;
        plan.foldedMembers = 0;
        for (int lane = 0; lane < lanes->laneCount(); ++lane)
            plan.foldedMembers += lanes->laneInfo(lane).foldedMembers;

        plan.caption = request.caption;
        if (plan.foldedMembers == 1)
            //: Added to an exported timeline's caption
            plan.caption += ExportPlanText::tr(
                " — 1 member folded into their state's or faction's lane to fit");
        else if (plan.foldedMembers > 1)
            //: Added to an exported timeline's caption
            plan.caption += ExportPlanText::tr(
                " — %n members folded into their states' or factions' lanes to fit", nullptr,
                plan.foldedMembers);
        plan.legend = request.legend ? legendOf(*lanes, lanes->laneCount(), theme)
                                     : std::vector<LegendEntry>{};
        plan.keyTexts.clear();
        for (const TimelineKeyEntry &entry : plan.key)
            plan.keyTexts.push_back(keyText(dataset, entry.event));

        if (request.fit == Fit::Pages)
            break;
        double keyHeight = plan.key.empty() ? 0 : sectionGap;
        for (size_t k = 0; k < plan.key.size(); ++k)
            keyHeight += plan.keyLineHeight(int(k));
        double lanesHeight = 0;
        for (int lane = 0; lane < lanes->laneCount(); ++lane)
            lanesHeight += plan.geometry.laneHeight(lanes->laneInfo(lane).labelRows);
        const double total = 2 * Plan::margin + plan.titleHeight() + plan.geometry.axisHeight
            + lanesHeight + sectionGap + keyHeight + plan.legendHeight() + plan.captionHeight();
        if (total <= budget || a + 1 == attempts.size()) {
            int endLane = lanes->laneCount();
            double height = total;
            if (total > budget) {
                // Even folded the lanes do not fit: drop lanes from the bottom, with their key
                // entries and legend lines, and say so in the caption.
                while (endLane > 0 && height > budget) {
                    --endLane;
                    height -= plan.geometry.laneHeight(lanes->laneInfo(endLane).labelRows);
                    while (!plan.key.empty() && plan.key.back().lane >= endLane) {
                        height -= plan.keyLineHeight(int(plan.key.size()) - 1);
                        plan.key.pop_back();
                        plan.keyTexts.pop_back();
                    }
                }
                plan.lanesLeftOut = lanes->laneCount() - endLane;
                if (plan.lanesLeftOut == 1)
                    //: Added to an exported timeline's caption
                    plan.caption += ExportPlanText::tr(
                        " — 1 more lane with events did not fit; export a taller picture or a PDF "
                        "to see them");
                else
                    //: Added to an exported timeline's caption
                    plan.caption += ExportPlanText::tr(
                        " — %n more lanes with events did not fit; export a taller picture or a "
                        "PDF to see them",
                        nullptr, plan.lanesLeftOut);
                if (request.legend)
                    plan.legend = legendOf(*lanes, endLane, theme);
            }
            if (request.fit == Fit::Grow)
                plan.pageSize.setHeight(std::max(request.size.height(), int(std::ceil(height))));
            plan.pages = {Page{0, endLane, 0, int(plan.key.size()), true, true}};
            return plan;
        }
    }

    // Pages: lanes until a page is full, the axis above them on every page; then the key, the
    // legend on the last page.
    const TimelineLanes &lanes = *plan.lanes;
    const double bottom = request.size.height() - Plan::margin - plan.captionHeight();
    Page page{0, 0, 0, 0, true, false};
    double y = Plan::margin + plan.titleHeight() + plan.geometry.axisHeight;
    for (int lane = 0; lane < lanes.laneCount(); ++lane) {
        const int height = plan.geometry.laneHeight(lanes.laneInfo(lane).labelRows);
        if (y + height > bottom && lane > page.firstLane) {
            page.endLane = lane;
            plan.pages.push_back(page);
            page = Page{lane, lane, 0, 0, false, false};
            y = Plan::margin + plan.geometry.axisHeight;
        }
        y += height;
    }
    page.endLane = lanes.laneCount();
    y += sectionGap;
    for (int k = 0; k < int(plan.key.size()); ++k) {
        const double height = plan.keyLineHeight(k);
        if (y + height > bottom && (k > page.firstKey || page.endLane > page.firstLane)) {
            page.endKey = k;
            plan.pages.push_back(page);
            page = Page{lanes.laneCount(), lanes.laneCount(), k, k, false, false};
            y = Plan::margin;
        }
        y += height;
    }
    page.endKey = int(plan.key.size());
    if (y + plan.legendHeight() > bottom && (page.endKey > page.firstKey || page.endLane > page.firstLane)) {
        plan.pages.push_back(page);
        page = Page{lanes.laneCount(), lanes.laneCount(), int(plan.key.size()), int(plan.key.size()),
                    false, false};
    }
    page.legend = true;
    plan.pages.push_back(page);
    return plan;
}
