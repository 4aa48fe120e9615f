// SPDX-License-Identifier: MIT
#include "overviewview.h"
#include "plaintext.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsRectItem>
#include <QLineSeries>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QValueAxis>

#include <cmath>

OverviewView::OverviewView(OverviewSource *source, VisibleWindow *window, QWidget *parent)
    : QChartView(parent), m_source(source), m_window(window),
      m_dragSetsFilter(new QAction(tr("Drag Sets the Date Filter"), this))
{
    setRenderHint(QPainter::Antialiasing);
    // Time runs left to right in every language, as on the timeline below (TimelineView).
    setLayoutDirection(Qt::LeftToRight);
    // The chart is drawn on the viewport, which takes the focus: both carry the name.
    for (QWidget *named : {static_cast<QWidget *>(this), viewport()}) {
        named->setAccessibleName(tr("Overview"));
        named->setAccessibleDescription(tr("Events per period across the whole dataset, with "
                                           "the timeline's visible window"));
    }
    // Short enough that a 768-pixel screen still gives the timeline below most of the height.
    setMinimumHeight(80);
    setMaximumHeight(150);
    setToolTip(tr("Drag the shaded window to pan the timeline; drag elsewhere to show another "
                  "period; hold Ctrl (or turn on \"Drag Sets the Date Filter\") to filter by the "
                  "dragged dates"));
    m_dragSetsFilter->setCheckable(true);
    m_dragSetsFilter->setToolTip(tr("A range dragged on the overview becomes the date filter"));
    connect(m_source, &OverviewSource::changed, m_source, &OverviewSource::askHistogram);
    connect(m_source, &OverviewSource::histogramReady, this, &OverviewView::showHistogram);
    m_widthSettled.setSingleShot(true);
    m_widthSettled.setInterval(120);
    connect(&m_widthSettled, &QTimer::timeout, this, &OverviewView::redraw);
    connect(m_window, &VisibleWindow::changed, this, &OverviewView::updateOverlay);
    m_source->askHistogram();
}

QRectF OverviewView::plotArea() const
{
    return mapFromScene(chart()->mapToScene(chart()->plotArea())).boundingRect();
}

qint64 OverviewView::secondAt(double x) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF inChart = chart()->mapFromScene(mapToScene(QPoint(int(std::lround(x)), 0)));
    return m_histogram.mapping(plot.width()).secondAt(inChart.x() - plot.left());
}

double OverviewView::chartXOf(qint64 second) const
{
    const QRectF plot = chart()->plotArea();
    return plot.left() + m_histogram.mapping(plot.width()).xOf(second);
}

void OverviewView::showHistogram(const OverviewHistogram &histogram)
{
    m_histogram = histogram;
    redraw();
}

void OverviewView::redraw()
{
    // The chart is made once (again only for a dark or light window); a new histogram goes into
    // its series, added or removed as the groups change. A new chart with its axes, theme and
    // series took about 50 ms when a million events landed, and its scene as much again to lay out.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    if (!m_chartMade || dark != m_chartIsDark)
        makeChart(dark);
    if (m_histogram.binCount() == 0) {
        removeSeries();
        m_windowRect->hide();
        m_selectionRect->hide();
        return;
    }
    setGroupCount(m_histogram.groups.size());
    fillChart();
    m_windowRect->show();
    updateOverlay();
    m_widthSettled.stop(); // drawn for the width it has now
    emit rebuilt();
}

void OverviewView::makeChart(bool dark)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    if (dark) // follow a dark window
        chart->setTheme(QChart::ChartThemeDark);
    m_chartIsDark = dark;
    m_chartMade = true;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    // The view hands the previous chart back instead of deleting it (with the overlay items in
    // its scene).
    QChart *previous = QChartView::chart();
    setChart(chart);
    delete previous;
    m_timeAxis = nullptr;
    m_countAxis = nullptr;
    m_areas.clear();
    m_windowRect = new QGraphicsRectItem(chart);
    m_windowRect->setBrush(QColor(60, 120, 200, 50));
    m_windowRect->setPen(QPen(QColor(40, 90, 170), 1.5));
    m_windowRect->setZValue(10);
    m_selectionRect = new QGraphicsRectItem(chart);
    m_selectionRect->setBrush(QColor(224, 161, 0, 60));
    m_selectionRect->setPen(QPen(QColor(200, 140, 0), 1, Qt::DashLine));
    m_selectionRect->setZValue(11);
    m_selectionRect->hide();
}

// No bins: no series and no axes, an empty chart.
void OverviewView::removeSeries()
{
    for (QAreaSeries *area : m_areas) {
        chart()->removeSeries(area);
        delete area;
    }
    m_areas.clear();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis),
                                static_cast<QAbstractAxis *>(m_countAxis)}) {
        if (axis) {
            chart()->removeAxis(axis);
            delete axis;
        }
    }
    m_timeAxis = nullptr;
    m_countAxis = nullptr;
}

// The axes, and one area series per group of the histogram (empty until filled).
void OverviewView::setGroupCount(size_t groups)
{
    QChart *chart = this->chart();
    if (!m_timeAxis) {
        m_timeAxis = new QCategoryAxis;
        m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_countAxis = new QValueAxis;
        m_countAxis->setTickCount(2);
        m_countAxis->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(m_timeAxis, Qt::AlignBottom);
        chart->addAxis(m_countAxis, Qt::AlignLeft);
    }
    while (m_areas.size() > groups) {
        chart->removeSeries(m_areas.back());
        delete m_areas.back();
        m_areas.pop_back();
    }
    while (m_areas.size() < groups) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area); // QAreaSeries does not own its edges
        lower->setParent(area);
        chart->addSeries(area);
        area->attachAxis(m_timeAxis);
        area->attachAxis(m_countAxis);
        m_areas.push_back(area);
    }
}

// The histogram into the chart's axes and series, each series' points replaced at once (one
// geometry update per series, not one per point).
void OverviewView::fillChart()
{
    const double first = double(m_histogram.edges.front());
    const double last = double(m_histogram.edges.back());
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    // About the plot's width: the chart lays out its margins and axis only once shown.
    const int axisWidth = std::max(width() - 60, 100);
    for (const OverviewHistogram::Label &label :
         m_histogram.axisLabels(axisWidth, QFontMetricsF(font()), locale()))
        m_timeAxis->append(label.text, double(label.second));
    m_timeAxis->setRange(first, last);
    m_countAxis->setRange(0, std::max(m_histogram.peak, 1));

    std::vector<int> below(size_t(m_histogram.binCount()), 0);
    for (size_t group = 0; group < m_histogram.groups.size(); ++group) {
        const OverviewHistogram::Group &counts = m_histogram.groups[group];
        QList<QPointF> upper, lower;
        upper.reserve(4 * qsizetype(m_histogram.binCount()));
        lower.reserve(upper.capacity());
        for (int b = 0; b < m_histogram.binCount(); ++b) {
            const double x0 = double(m_histogram.edges[size_t(b)]);
            const double x1 = double(m_histogram.edges[size_t(b) + 1]);
            const int base = below[size_t(b)];
            const int top = base + counts.counts[size_t(b)];
            lower << QPointF(x0, base) << QPointF(x1, base);
            upper << QPointF(x0, top) << QPointF(x1, top);
            below[size_t(b)] = top;
        }
        QAreaSeries *area = m_areas[group];
        area->upperSeries()->replace(upper);
        area->lowerSeries()->replace(lower);
        area->setName(PlainText::forHtml(counts.name)); // legend labels are HTML in Qt Charts
        area->setColor(counts.color);
        area->setBorderColor(counts.color.darker(120));
    }
}

void OverviewView::updateOverlay()
{
    if (m_histogram.binCount() == 0)
        return;
    const QRectF plot = chart()->plotArea();
    const double x0 = std::clamp(chartXOf(m_window->start()), plot.left() - 2, plot.right() + 2);
    const double x1 = std::clamp(chartXOf(m_window->end()), plot.left() - 2, plot.right() + 2);
    // At least a few pixels wide, so a narrow window stays visible and grabbable.
    const double middle = (x0 + x1) / 2;
    const double half = std::max((x1 - x0) / 2, 3.0);
    m_windowRect->setRect(QRectF(middle - half, plot.top(), 2 * half, plot.height()));
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event); // the chart scales at once; its labels follow when settled
    updateOverlay();
    if (event->size().width() != event->oldSize().width())
        m_widthSettled.start();
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_histogram.binCount() == 0) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressX = m_lastX = event->position().x();
    const QRectF windowRect = mapFromScene(m_windowRect->sceneBoundingRect()).boundingRect();
    const bool filtering = m_dragSetsFilter->isChecked() || (event->modifiers() & Qt::ControlModifier);
    m_drag = !filtering && windowRect.adjusted(-3, 0, 3, 0).contains(event->position())
        ? Drag::Move
        : Drag::Select;
    if (m_drag == Drag::Move)
        setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_drag == Drag::Move) {
        const qint64 shift = secondAt(x) - secondAt(m_lastX);
        m_window->setRange(m_window->start() + shift, m_window->end() + shift);
    } else if (m_drag == Drag::Select) {
        const QPointF a = chart()->mapFromScene(mapToScene(QPoint(int(m_pressX), 0)));
        const QPointF b = chart()->mapFromScene(mapToScene(QPoint(int(x), 0)));
        const QRectF plot = chart()->plotArea();
        m_selectionRect->setRect(QRectF(QPointF(std::min(a.x(), b.x()), plot.top()),
                                        QPointF(std::max(a.x(), b.x()), plot.bottom())));
        m_selectionRect->show();
    }
    m_lastX = x;
    event->accept();
}

void OverviewView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    m_selectionRect->hide();
    if (drag != Drag::Select || event->button() != Qt::LeftButton) {
        event->accept();
        return;
    }
    const double x = event->position().x();
    const qint64 a = secondAt(std::min(m_pressX, x));
    const qint64 b = secondAt(std::max(m_pressX, x));
    const bool filtering = m_dragSetsFilter->isChecked() || (event->modifiers() & Qt::ControlModifier);
    if (std::abs(x - m_pressX) < 4) {
        // A click: centre the window there.
        m_window->centerOn(secondAt(x));
    } else if (filtering) {
        m_source->setDateFilter(m_histogram.dateAt(a, false), m_histogram.dateAt(b, true));
    } else {
        m_window->fitRange(a, b, 0.0);
    }
    event->accept();
}

void OverviewView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        redraw();
}
