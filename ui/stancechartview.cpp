// SPDX-License-Identifier: MIT
#include "stancechartview.h"
#include "plaintext.h"

#include "positionquery.h"
#include "stancestyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>

namespace {

// Charts take milliseconds since 1970 as a double: exact for any date a statement can have. A
// date known to the month or the year sits in the middle of its period; an error bar shows the
// whole period, so that no made-up day is implied.
double chartTime(const PartialDate &date)
{
    return (double(date.firstSecond()) + double(date.endSecond() - date.firstSecond()) / 2) * 1000.0;
}

// Colours for actors whose own colour another line of the chart already uses (members of one
// state share its colour on the timeline, but must differ here).
constexpr QRgb chartPalette[] = {0x1b6ca8, 0xd1495b, 0x00798c, 0xedae49, 0x6a4c93,
                                 0x3d9970, 0x8d6a9f, 0xc44900, 0x30638e, 0x7f7f7f};

QScatterSeries::MarkerShape shapeFor(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public: return QScatterSeries::MarkerShapeCircle;
    case Visibility::Private: return QScatterSeries::MarkerShapeRectangle;
    case Visibility::Reported: return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

} // namespace

StanceChartView::StanceChartView(QWidget *parent)
    : QWidget(parent), m_dataset(std::make_shared<const Dataset>()), m_issues(new QComboBox(this)),
      m_view(new QChartView(this)), m_legend(new QLabel(this))
{
    m_issues->setToolTip(tr("The issue whose stances are charted"));
    m_issues->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setText(tr("● public statement   ■ private   ▲ reported by others"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Issue:"), this));
    top->addWidget(m_issues, 1);
    top->addWidget(m_legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_issues, &QComboBox::currentIndexChanged, this,
            [this](int row) { setIssue(m_issues->itemData(row).toInt()); });
    rebuild();
}

QChart *StanceChartView::chart()
{
    if (m_stale)
        rebuildNow();
    return m_view->chart();
}

void StanceChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void StanceChartView::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    const QSignalBlocker blocker(m_issues);
    m_issues->clear();
    // Issues with the most statements first: the interesting ones lead.
    std::vector<std::pair<int, int>> counts; // (statements, issue)
    for (size_t issue = 0; issue < m_dataset->issues.size(); ++issue) {
        const int n = int(std::count_if(m_dataset->positions.begin(), m_dataset->positions.end(),
                                        [&](const Position &p) { return p.issue == int(issue); }));
        if (n > 0)
            counts.push_back({n, int(issue)});
    }
    std::stable_sort(counts.begin(), counts.end(), [](auto a, auto b) { return a.first > b.first; });
    for (const auto &[n, issue] : counts)
        m_issues->addItem(tr("%1 (%n statement(s))", nullptr, n)
                              .arg(m_dataset->issues[size_t(issue)].title),
                          issue);
    m_issue = counts.empty() ? -1 : counts.front().second;
    m_filter.reset();
    rebuild();
}

void StanceChartView::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    m_filter = std::move(result);
    rebuild();
}

void StanceChartView::setIssue(int issue)
{
    m_issue = issue;
    const int row = m_issues->findData(issue);
    if (row >= 0 && row != m_issues->currentIndex()) {
        const QSignalBlocker blocker(m_issues);
        m_issues->setCurrentIndex(row);
    }
    rebuild();
}

void StanceChartView::rebuild()
{
    m_stale = true;
    if (isVisible())
        rebuildNow();
}

void StanceChartView::rebuildNow()
{
    m_stale = false;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    if (palette().color(QPalette::Window).lightnessF() < 0.5) // follow a dark window
        chart->setTheme(QChart::ChartThemeDark);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart *previous = m_view->chart();
    m_view->setChart(chart); // hands the previous chart back rather than deleting it
    delete previous;
    const Dataset &d = *m_dataset;
    if (m_issue < 0 || size_t(m_issue) >= d.issues.size()) {
        chart->setTitle(tr("No stated positions"));
        return;
    }
    // Qt Charts parses titles and legend labels as HTML: dataset text is escaped for it.
    const QString issueTitle = PlainText::forHtml(d.issues[size_t(m_issue)].title);
    chart->setTitle(issueTitle);

    const auto passes = [&](int position) {
        return !m_filter || m_filter->everything || size_t(position) >= m_filter->positions.size()
            || m_filter->positions[size_t(position)];
    };
    std::vector<int> actors; // in order of first statement
    std::vector<int> statements(d.actors.size(), 0);
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (size_t i = 0; i < d.positions.size(); ++i) {
        const Position &p = d.positions[i];
        if (p.issue != m_issue || !passes(int(i)))
            continue;
        if (statements[size_t(p.actor)]++ == 0)
            actors.push_back(p.actor);
        first = std::min(first, double(p.date.firstSecond()) * 1000.0);
        last = std::max(last, double(p.date.endSecond()) * 1000.0);
    }
    if (actors.empty()) {
        chart->setTitle(tr("%1: no statements pass the filter").arg(issueTitle));
        return;
    }
    if (actors.size() > maxActors) {
        const size_t all = actors.size();
        std::stable_sort(actors.begin(), actors.end(), [&](int a, int b) {
            return statements[size_t(a)] > statements[size_t(b)];
        });
        actors.resize(maxActors);
        chart->setTitle(tr("%1 — the %2 actors with most statements, of %3")
                            .arg(issueTitle)
                            .arg(maxActors)
                            .arg(all));
    }
    const double day = 86400.0 * 1000;
    const double margin = std::max((last - first) * 0.08, 2 * day);
    first -= margin;
    last += margin;

    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QStringLiteral("d MMM yyyy"));
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(last), Qt::UTC));
    timeAxis->setTickCount(6);
    auto *stanceAxis = new QCategoryAxis;
    stanceAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int o = 0; o < StanceStyle::ordinalCount; ++o)
        stanceAxis->append(Vocabulary::label(StanceStyle::fromOrdinal(o)), o);
    stanceAxis->setRange(-0.5, StanceStyle::ordinalCount - 0.5);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(stanceAxis, Qt::AlignLeft);

    std::vector<QRgb> used;
    // Actors on the same stance would hide each other: offset each a little.
    const double spread = actors.size() > 1 ? 0.3 / double(actors.size() - 1) : 0.0;
    for (size_t a = 0; a < actors.size(); ++a) {
        const int actor = actors[a];
        QColor color = d.actors[size_t(actor)].color;
        for (size_t k = 0; std::find(used.begin(), used.end(), color.rgb()) != used.end()
             && k < std::size(chartPalette);
             ++k)
            color = QColor::fromRgb(chartPalette[(a + k) % std::size(chartPalette)]);
        used.push_back(color.rgb());
        const double offset = -0.15 + spread * double(a);
        auto *line = new QLineSeries;
        line->setName(PlainText::forHtml(d.actors[size_t(actor)].name));
        line->setColor(color);
        QPen pen = line->pen();
        pen.setWidthF(2.0);
        line->setPen(pen);
        std::vector<int> history = PositionQuery::history(d, actor, m_issue);
        std::erase_if(history, [&](int p) { return !passes(p); });
        std::array<QScatterSeries *, 3> markers{};
        std::vector<QLineSeries *> periods;
        for (size_t i = 0; i < history.size(); ++i) {
            const Position &p = d.positions[size_t(history[i])];
            const double x = chartTime(p.date);
            const double y = StanceStyle::ordinal(p.stance) + offset;
            if (i > 0)
                line->append(x, line->at(line->count() - 1).y()); // a step, not a slope
            line->append(x, y);
            QScatterSeries *&series = markers[size_t(p.visibility)];
            if (!series) {
                series = new QScatterSeries;
                series->setMarkerShape(shapeFor(p.visibility));
                series->setMarkerSize(p.visibility == Visibility::Public ? 11 : 12);
                series->setColor(color);
                series->setBorderColor(color.darker(140));
                series->setName(tr("%1 (%2)").arg(line->name(), Vocabulary::label(p.visibility)));
            }
            series->append(x, y);
            if (p.date.precision < DatePrecision::Day) {
                auto *period = new QLineSeries;
                period->setColor(color);
                QPen thin(color, 1.5, Qt::DashLine);
                period->setPen(thin);
                period->append(double(p.date.firstSecond()) * 1000.0, y);
                period->append(double(p.date.endSecond()) * 1000.0, y);
                periods.push_back(period);
            }
        }
        line->append(last, line->at(line->count() - 1).y());
        chart->addSeries(line);
        line->attachAxis(timeAxis);
        line->attachAxis(stanceAxis);
        std::vector<QXYSeries *> extras(periods.begin(), periods.end());
        for (QScatterSeries *series : markers) {
            if (series)
                extras.push_back(series);
        }
        for (QXYSeries *series : extras) {
            chart->addSeries(series);
            series->attachAxis(timeAxis);
            series->attachAxis(stanceAxis);
            // One legend entry per actor: the marker shapes are explained above the chart.
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
        }
    }
}

void StanceChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}
