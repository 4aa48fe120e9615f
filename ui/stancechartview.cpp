// SPDX-License-Identifier: MIT
#include "stancechartview.h"
#include "plaintext.h"

#include "positionquery.h"
#include "stancechart.h"
#include "stancestyle.h"
#include "workerpool.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <limits>

namespace {

QScatterSeries::MarkerShape shapeFor(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public: return QScatterSeries::MarkerShapeCircle;
    case Visibility::Private: return QScatterSeries::MarkerShapeRectangle;
    case Visibility::Reported: return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// A short stroke of the line's colour: the legend shows lines, not the marker shapes.
QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(1.5, size / 2.0), QPointF(size - 1.5, size / 2.0));
    return QIcon(pixmap);
}

} // namespace

StanceChartView::StanceChartView(QWidget *parent)
    : QWidget(parent), m_dataset(std::make_shared<const Dataset>()), m_issues(new QComboBox(this)),
      m_view(new QChartView(this)), m_legend(new QLabel(this)), m_actors(new QListWidget(this))
{
    m_issues->setToolTip(tr("The issue whose stances are charted"));
    m_issues->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rebuildSoon.setSingleShot(true);
    m_rebuildSoon.setInterval(0);
    m_addLinesSoon.setSingleShot(true);
    m_addLinesSoon.setInterval(0);
    connect(&m_addLinesSoon, &QTimer::timeout, this, [this] {
        addLines(m_view->chart(), m_statementsPerTurn);
        if (m_linesToAdd)
            m_addLinesSoon.start();
    });
    connect(&m_rebuildSoon, &QTimer::timeout, this, [this] {
        if (m_stale && isVisible())
            rebuildOnWorker();
    });
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setText(tr("● public statement   ■ private   ▲ reported by others"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // Time runs left to right in every language, as on the timeline (TimelineView).
    m_view->setLayoutDirection(Qt::LeftToRight);
    for (QWidget *named : {static_cast<QWidget *>(m_view), m_view->viewport()}) {
        named->setAccessibleName(tr("Stance over time"));
        named->setAccessibleDescription(tr("Each actor's stance on the chosen issue as it changed"));
    }
    m_view->setMinimumHeight(220);
    // A legend, not a control: it reads like part of the chart and never takes the focus.
    m_actors->setAccessibleName(tr("Actors charted"));
    m_actors->setSelectionMode(QAbstractItemView::NoSelection);
    m_actors->setFocusPolicy(Qt::NoFocus);
    m_actors->setFrameShape(QFrame::NoFrame);
    m_actors->viewport()->setAutoFillBackground(false);
    m_actors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actors->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_actors->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    // Long names are elided (the tooltip has them whole) rather than squeezing the chart.
    m_actors->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    const int iconSize = fontMetrics().height();
    m_actors->setIconSize(QSize(iconSize, iconSize));
    auto *top = new QHBoxLayout;
    auto *issueLabel = new QLabel(tr("&Issue:"), this);
    issueLabel->setBuddy(m_issues); // Alt+I
    // Elsewhere Qt names a combo box by its current item, which is its value; on Linux it takes
    // that name anyway, and the label names it through the buddy relation.
    m_issues->setAccessibleName(tr("Issue"));
    top->addWidget(issueLabel);
    top->addWidget(m_issues, 1);
    top->addWidget(m_legend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_view, 1);
    chartRow->addWidget(m_actors);
    layout->addLayout(chartRow, 1);
    connect(m_issues, &QComboBox::currentIndexChanged, this,
            [this](int row) { setIssue(m_issues->itemData(row).toInt()); });
    rebuild();
}

QChart *StanceChartView::chart()
{
    if (m_stale)
        rebuildNow();
    if (m_linesToAdd) {
        m_addLinesSoon.stop();
        addLines(m_view->chart(), std::numeric_limits<int>::max());
    }
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
    m_filter.reset();
    m_issue = -1;
    const quint64 generation = ++m_datasetGeneration;
    if (m_dataset->positions.size() < size_t(m_workerThreshold)) {
        m_countingIssues = false;
        showIssues(PositionQuery::issuesByStatements(*m_dataset));
        return;
    }
    m_countingIssues = true;
    {
        const QSignalBlocker blocker(m_issues);
        m_issues->clear();
    }
    rebuild();
    using Issues = std::vector<PositionQuery::IssueStatements>;
    auto *watcher = new QFutureWatcher<Issues>(this);
    connect(watcher, &QFutureWatcher<Issues>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_datasetGeneration)
            return; // for a dataset replaced meanwhile
        m_countingIssues = false;
        showIssues(watcher->result());
    });
    watcher->setFuture(WorkerPool::run(WorkerPool::instance(), [dataset = m_dataset] {
        return PositionQuery::issuesByStatements(*dataset);
    }));
}

void StanceChartView::showIssues(const std::vector<PositionQuery::IssueStatements> &issues)
{
    const QSignalBlocker blocker(m_issues);
    // The list is filled before the box sees it: the box fits its width to its items, and
    // items added one by one had it measure every item again for each (O(n²), 80 ms for a
    // big dataset's issues).
    auto *items = new QStandardItemModel(m_issues);
    for (const auto &[issue, statements] : issues) {
        auto *item = new QStandardItem(tr("%1 (%n statement(s))", nullptr, statements)
                                           .arg(m_dataset->issues[size_t(issue)].title));
        item->setData(issue, Qt::UserRole);
        item->setEditable(false);
        items->appendRow(item);
    }
    m_issues->setModel(items); // deletes the list it replaces, which it owns
    if (m_issue < 0 || size_t(m_issue) >= m_dataset->issues.size())
        m_issue = issues.empty() ? -1 : issues.front().issue;
    m_issues->setCurrentIndex(m_issues->findData(m_issue));
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
    ++m_computeGeneration; // stances on their way were worked out for what changed here
    if (isVisible())
        m_rebuildSoon.start();
}

void StanceChartView::rebuildNow()
{
    m_stale = false;
    ++m_computeGeneration; // a chart computing on a worker is now stale
    const bool issueShown = m_issue >= 0 && size_t(m_issue) < m_dataset->issues.size();
    showStances(issueShown ? StanceChart::compute(*m_dataset, m_issue, m_filter.get())
                           : StanceChart{});
}

void StanceChartView::rebuildOnWorker()
{
    m_stale = false;
    if (m_issue < 0 || size_t(m_issue) >= m_dataset->issues.size()) {
        rebuildNow();
        return;
    }
    const quint64 generation = ++m_computeGeneration;
    auto *watcher = new QFutureWatcher<StanceChart>(this);
    connect(watcher, &QFutureWatcher<StanceChart>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_computeGeneration)
            showStances(watcher->result());
    });
    watcher->setFuture(WorkerPool::run(
        WorkerPool::instance(), [dataset = m_dataset, issue = m_issue, filter = m_filter] {
            return StanceChart::compute(*dataset, issue, filter.get());
        }));
}

void StanceChartView::showStances(StanceChart stances)
{
    m_addLinesSoon.stop();
    m_linesToAdd.reset();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    if (palette().color(QPalette::Window).lightnessF() < 0.5) // follow a dark window
        chart->setTheme(QChart::ChartThemeDark);
    chart->legend()->hide();
    m_actors->clear();
    // The first lines go in before the view shows the chart: each series added to a chart on
    // screen has it lay out again, 2-3 ms a line. A big dataset's chart (12 lines, 48 series,
    // 1,500 markers, each a graphics item of its own) still took 22-44 ms of the GUI thread in
    // one piece, most of it the layout when it is shown; the lines past the first turn's
    // statements are added a turn of the event loop each, so that the window never waits for
    // all of them at once.
    const auto showChart = qScopeGuard([this, chart] {
        QChart *previous = m_view->chart();
        m_view->setChart(chart); // hands the previous chart back rather than deleting it
        delete previous;
        if (m_linesToAdd)
            m_addLinesSoon.start();
        emit chartShown();
    });
    const Dataset &d = *m_dataset;
    if (m_issue < 0 || size_t(m_issue) >= d.issues.size()) {
        chart->setTitle(m_countingIssues ? tr("Counting the statements on each issue…")
                                         : tr("No stated positions"));
        return;
    }
    // Qt Charts parses titles and legend labels as HTML: dataset text is escaped for it.
    const QString issueTitle = PlainText::forHtml(d.issues[size_t(m_issue)].title);
    chart->setTitle(issueTitle);

    if (stances.lines.empty()) {
        chart->setTitle(tr("%1: no statements pass the filter").arg(issueTitle));
        return;
    }
    if (stances.isCapped())
        chart->setTitle(tr("%1 — the %2 actors with most statements, of %3")
                            .arg(issueTitle)
                            .arg(stances.lines.size())
                            .arg(stances.speakers));

    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QStringLiteral("d MMM yyyy"));
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(stances.first), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(stances.last), Qt::UTC));
    timeAxis->setTickCount(6);
    auto *stanceAxis = new QCategoryAxis;
    stanceAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int o = 0; o < StanceStyle::ordinalCount; ++o)
        stanceAxis->append(Vocabulary::label(StanceStyle::fromOrdinal(o)), o);
    stanceAxis->setRange(-0.5, StanceStyle::ordinalCount - 0.5);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(stanceAxis, Qt::AlignLeft);

    for (const StanceChart::Line &stanceLine : stances.lines) {
        const QString &actorName = d.actors[size_t(stanceLine.actor)].name;
        auto *legendEntry = new QListWidgetItem(
            swatch(stanceLine.color, m_actors->iconSize().height()), actorName, m_actors);
        legendEntry->setToolTip(PlainText::toolTip(actorName));
    }
    m_linesToAdd = std::make_shared<const StanceChart>(std::move(stances));
    m_nextLine = 0;
    addLines(chart, m_statementsPerTurn);
}

void StanceChartView::addLines(QChart *chart, int statements)
{
    if (!m_linesToAdd)
        return;
    const StanceChart &stances = *m_linesToAdd;
    const Dataset &d = *m_dataset;
    QAbstractAxis *timeAxis = chart->axes(Qt::Horizontal).constFirst();
    QAbstractAxis *stanceAxis = chart->axes(Qt::Vertical).constFirst();
    int added = 0;
    while (m_nextLine < stances.lines.size() && (added == 0 || added < statements)) {
        const StanceChart::Line &stanceLine = stances.lines[m_nextLine++];
        added += int(stanceLine.points.size());
        const QColor color = stanceLine.color;
        auto *line = new QLineSeries;
        // Named although the chart's legend is hidden: accessibility and tests read it. Qt
        // Charts parses the name as HTML.
        line->setName(PlainText::forHtml(d.actors[size_t(stanceLine.actor)].name));
        line->setColor(color);
        QPen pen = line->pen();
        pen.setWidthF(2.0);
        line->setPen(pen);
        // Points go in a list at a time: appended one by one, each is a signal to the chart.
        QList<QPointF> steps;
        steps.reserve(qsizetype(stanceLine.points.size()) * 2 + 1);
        std::array<QList<QPointF>, 3> marks;
        std::vector<QLineSeries *> periods;
        for (const StanceChart::Point &point : stanceLine.points) {
            if (!steps.isEmpty())
                steps.append(QPointF(point.time, steps.last().y())); // a step, not a slope
            steps.append(QPointF(point.time, point.stance));
            marks[size_t(point.visibility)].append(QPointF(point.time, point.stance));
            if (point.wholePeriod) {
                auto *period = new QLineSeries;
                period->setColor(color);
                period->setPen(QPen(color, 1.5, Qt::DashLine));
                period->append({QPointF(point.periodStart, point.stance),
                                QPointF(point.periodEnd, point.stance)});
                periods.push_back(period);
            }
        }
        steps.append(QPointF(stances.last, steps.last().y()));
        line->append(steps);
        std::array<QScatterSeries *, 3> markers{};
        for (size_t v = 0; v < marks.size(); ++v) {
            if (marks[v].isEmpty())
                continue;
            const auto visibility = Visibility(v);
            auto *series = new QScatterSeries;
            series->setMarkerShape(shapeFor(visibility));
            series->setMarkerSize(visibility == Visibility::Public ? 11 : 12);
            series->setColor(color);
            series->setBorderColor(color.darker(140));
            series->setName(tr("%1 (%2)").arg(line->name(), Vocabulary::label(visibility)));
            series->append(marks[v]);
            markers[v] = series;
        }
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
        }
    }
    if (m_nextLine == stances.lines.size())
        m_linesToAdd.reset();
}

void StanceChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}
