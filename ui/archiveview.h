// SPDX-License-Identifier: MIT
#pragma once

#include "archivelanesource.h"
#include "timelinenavigation.h"
#include "timelinerenderer.h"
#include "visiblewindow.h"

#include <QWidget>

#include <memory>
#include <optional>

class ArchiveEventStepper;
class QScrollBar;

// The timeline of an event archive on screen. The picture is TimelineRenderer's, drawn from an
// ArchiveLaneSource that answers only from tiles already fetched and asks for the rest in the
// background: the view paints what it has (counts first, then events) and paints again as tiles
// arrive, and never waits. The time window is VisibleWindow's, driven by the same wheel, drag and
// keys as the file timeline (TimelineView).
//
// An archive's event indices change whenever its resident events are replaced, so the selection
// is kept by event id. Ctrl+arrows browse from event to event as in the file timeline, the next
// event asked of the server wherever it is.
class ArchiveView : public QWidget
{
    Q_OBJECT
public:
    ArchiveView(ArchiveLaneSource *source, VisibleWindow *window, QWidget *parent = nullptr);
    ~ArchiveView() override;

    ArchiveLaneSource *source() const { return m_source; }
    QString selectedEventId() const { return m_selectedId; }
    void setSelectedEventId(const QString &id);
    // The actor whose lane is marked (the filter's actor), by id; empty for none.
    void setMarkedActor(const QString &actorId);

    void zoomIn();
    void zoomOut();
    void fitAll();

    // What the view says over its lanes: opening, a failure, an empty filter; empty when it
    // shows lanes.
    QString stateMessage() const;
    // The event drawn at a point (an index into source()->events()), or -1.
    int eventAt(const QPointF &position) const;
    const TimelineFrame &lastFrame() const { return m_frame; }
    const TimelineRenderer &renderer() const { return *m_renderer; }
    int verticalOffset() const { return m_verticalOffset; }
    // The request paint() makes for a picture of `size`, for exporting what is on screen.
    TimelineRenderRequest renderRequest(QSize size) const;

    QSize sizeHint() const override { return {900, 520}; }

signals:
    void eventSelected(const QString &id);
    // A lane's header was clicked: filter by its actor.
    void actorChosen(const QString &actorId);
    // The server failed while looking for the next event to browse to.
    void browsingFailed(const QString &problem);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelineNavigation::Lanes navigationLanes();
    // Browsing from the keyboard: the lane browsed (the one last clicked or stepped in, else the
    // selected event's first, else the first on screen), its next or previous event, the
    // nearest event of the lane above or below; each asked of the server (ArchiveEventStepper).
    int laneToBrowse() const;
    void stepEvent(bool forward);
    void stepLane(int step);
    void selectFound(const ArchiveEvent &event, const QString &laneActor);
    void lanesChanged();
    void remakeRenderer();
    void updateScrollBar();
    void setVerticalOffset(int offset);
    int timelineWidth() const;
    double timelineX(double widgetX) const { return widgetX - m_renderer->geometry().headerWidth; }
    QString tooltipFor(int event) const;

    ArchiveLaneSource *m_source;
    VisibleWindow *m_window;
    std::unique_ptr<TimelineRenderer> m_renderer;
    TimelineFrame m_frame;
    QScrollBar *m_scrollBar;
    int m_verticalOffset = 0;
    QString m_selectedId;
    // The selected event's place in time order, when known (it was drawn, or browsed to).
    std::optional<ArchiveQuery::EventCursor> m_selectedCursor;
    QString m_browsedLaneActor;
    ArchiveEventStepper *m_stepper;
    QString m_markedActor;
    bool m_fitted = false; // the window was fitted to the archive's span once

    bool m_panning = false;
    bool m_moved = false;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
};
