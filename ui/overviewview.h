// SPDX-License-Identifier: MIT
#pragma once

#include "overviewhistogram.h"
#include "overviewsource.h"
#include "visiblewindow.h"

#include <QChartView>
#include <QTimer>

#include <vector>

class QAction;
class QGraphicsRectItem;
class QAreaSeries;
class QCategoryAxis;
class QValueAxis;

// The whole dataset at a glance (Qt Charts): a histogram of events per calendar bin, stacked by
// the colour of each event's state or faction (one colour on an archive), recomputed for the
// filter. The timeline's visible window is drawn on it: drag the window to pan the timeline, drag
// on empty chart space to show another period; with "drag sets the date filter" on (or Ctrl
// held), a dragged range becomes the filter's dates instead. The histogram comes from an
// OverviewSource (a dataset in memory, an archive); the chart shows the last one until the next
// arrives.
class OverviewView : public QChartView
{
    Q_OBJECT
public:
    OverviewView(OverviewSource *source, VisibleWindow *window, QWidget *parent = nullptr);

    QAction *dragSetsDateFilterAction() const { return m_dragSetsFilter; }
    const OverviewHistogram &histogram() const { return m_histogram; }
    // The chart's plot area, in view coordinates.
    QRectF plotArea() const;

    QSize sizeHint() const override { return {800, 96}; }
    // A resize is waiting for the width to settle before the chart is rebuilt (tests wait for
    // it, so that the rebuild they count is the one they caused).
    bool isWaitingForWidth() const { return m_widthSettled.isActive(); }

signals:
    // The chart was drawn anew: for a new histogram (a new result), a settled new width or a
    // new palette.
    void rebuilt();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Move, Select };

    void showHistogram(const OverviewHistogram &histogram);
    // The chart of the histogram, for the width and palette the view has now.
    void redraw();
    // A chart with the window's theme and the overlay, no series.
    void makeChart(bool dark);
    void removeSeries();
    void setGroupCount(size_t groups);
    void fillChart();
    void updateOverlay();
    // The second the chart shows at x, in view coordinates, and where the chart draws a second
    // in its own coordinates (those of the overlay items): the bins span the plot area, also
    // when a filter leaves no series to ask.
    qint64 secondAt(double x) const;
    double chartXOf(qint64 second) const;

    OverviewSource *m_source;
    VisibleWindow *m_window;
    OverviewHistogram m_histogram;
    QCategoryAxis *m_timeAxis = nullptr; // null while the chart shows no bins
    QValueAxis *m_countAxis = nullptr;
    std::vector<QAreaSeries *> m_areas; // the chart's, one per group
    bool m_chartMade = false;
    bool m_chartIsDark = false;
    QGraphicsRectItem *m_windowRect = nullptr;
    QGraphicsRectItem *m_selectionRect = nullptr;
    QAction *m_dragSetsFilter;
    // Dragging a window edge sends a resize event per pixel; the labels are chosen for the
    // width, so the chart is rebuilt once the width has settled, not for every event.
    QTimer m_widthSettled;
    Drag m_drag = Drag::None;
    double m_pressX = 0;
    double m_lastX = 0;
};
