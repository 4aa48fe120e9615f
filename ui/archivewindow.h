// SPDX-License-Identifier: MIT
#pragma once

#include "actortreeview.h"
#include "archiveaddress.h"
#include "archivedataset.h"
#include "archivequery.h"
#include "eventlistview.h"
#include "partialdate.h"
#include "timelineimage.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class ActorTreeModel;
class ArchiveActorCounts;
class ArchiveEventListModel;
class ArchiveLaneSource;
class ArchiveOverviewSource;
class ArchiveSpanExport;
class CheckMenuButton;
class OverviewView;
class ArchiveView;
class PositionsPanel;
class StanceChartView;
class StanceMatrixModel;
class StanceMatrixView;
class QDockWidget;
class QLabel;
class QTreeView;
class SelectionState;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;
class VisibleWindow;

// A window on an event archive in ClickHouse: its lanes (one per actor, busiest first) drawn
// from tiles fetched in the background, the overview of its whole span, a filter (text, dates,
// tags, actors), the selected event's details, the events in view as a list, the actors with
// their events under the filter, their stated positions, the actors x issues matrix and the
// stance chart (from the documents pushed beside the events), and pictures of what is on screen.
// Nothing in it waits for the server: what has not arrived is drawn when it does, and a server
// that fails says so in the view and the status bar.
class ArchiveWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ArchiveWindow(const ArchiveAddress &address, QWidget *parent = nullptr);
    ~ArchiveWindow() override;

    ArchiveView *view() const { return m_view; }
    ArchiveLaneSource *source() const { return m_source; }
    OverviewView *overview() const { return m_overview; }
    ArchiveOverviewSource *overviewSource() const { return m_overviewSource; }
    VisibleWindow *visibleWindow() const { return m_window; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    // Its menu lists the archive's most used tags, each checkable.
    QToolButton *tagsButton() const { return m_tagsButton; }
    QTextBrowser *details() const { return m_details; }
    QTreeView *actorView() const { return m_actorView; }
    ActorTreeModel *actorModel() const { return m_actorModel; }
    PositionsPanel *positions() const { return m_positions; }
    ArchiveEventListModel *eventListModel() const { return m_eventList; }
    QTableView *eventListView() const { return m_eventView; }
    StanceMatrixModel *matrixModel() const { return m_matrixModel; }
    StanceMatrixView *matrixView() const { return m_matrixView; }
    StanceChartView *stanceChart() const { return m_stanceChart; }
    // The actors, issues and positions pushed with the events; empty until they have arrived.
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    QString statusText() const;

    // Narrows the lanes to the events of one actor (by id; empty: every actor), or of any of
    // several.
    void setActorFilter(const QString &actorId);
    void setActorsFilter(const QStringList &actorIds);
    // Narrows the lanes to the events with any of the tags (empty: every event).
    void setTagsFilter(const QStringList &tags);
    // Narrows the lanes to the events with an actor of any of these kinds (ActorKind values).
    void setKindsFilter(const QSet<int> &kinds);
    CheckMenuButton *kindsButton() const { return m_kindsButton; }
    // Which positions count (Visibility values): the positions, matrix and chart follow it.
    CheckMenuButton *statementsButton() const { return m_statementsButton; }

    // Writes a picture of the timeline as it is on screen; an empty string, or what went wrong.
    QString exportImage(const QString &path, TimelineImage::Format format);
    // Starts writing a picture of the whole span of the events that pass the filter, `width`
    // pixels wide, with a progress dialog; its finished() says how it ended (also shown to the
    // user). The job deletes itself after.
    ArchiveSpanExport *exportWholeSpan(const QString &path, TimelineImage::Format format,
                                       int width);

    // File → Open Archive…, and the recent archives (shared with the file window's menu).
    // `address` preselects an archive (a recent one) in the dialog.
    // Returns the window opened, or null when the dialog was cancelled.
    static ArchiveWindow *openArchiveDialog(QWidget *parent, const QString &address = {});
    static ArchiveWindow *openArchive(const ArchiveAddress &address);
    // Opens an archive whose password may be in the keychain (a recent archive, the command
    // line): without a user, or with the password given, at once; else with the keychain's
    // password, or through the dialog when the keychain has none.
    static void openWithStoredPassword(const ArchiveAddress &address, QWidget *parent);

signals:
    // The actors and positions have been read (or could not be: the status bar says why).
    void datasetArrived();
    // Each actor's count of events under the filter has arrived.
    void actorCountsArrived();
    // The tags menu has been filled from the archive.
    void tagsArrived();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void applyFilter();
    // m_filter changed: the lanes, the overview, the actors' counts and the list ask again.
    void filterChanged();
    void updateStatus();
    void showDetails(const QString &id);
    void exportDialog();
    // The archive and the filter, for a picture's caption.
    QString filterCaption() const;
    void askAgain();
    void loadDataset();
    void datasetBuilt();
    void askTags();
    // The positions, the matrix and the chart narrowed by the filter and the statements menu.
    void filterPositions();
    void showPosition(int position);
    void showMatrixCell(const QModelIndex &index);
    void askEventList();
    void updateActorNames();
    QString actorName(const QString &actorId) const;

    ArchiveAddress m_address;
    ArchiveLaneSource *m_source;
    VisibleWindow *m_window;
    ArchiveView *m_view;
    ArchiveOverviewSource *m_overviewSource;
    OverviewView *m_overview;
    QLineEdit *m_search;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QToolButton *m_actorChip;
    QToolButton *m_tagsButton;
    CheckMenuButton *m_kindsButton;
    CheckMenuButton *m_statementsButton;
    PartialDate m_fromDate; // the date fields as the filter holds them
    PartialDate m_toDate;
    QTextBrowser *m_details;
    QLabel *m_status;
    QTimer *m_searchDelay;
    ArchiveFilter m_filter;
    QString m_detailsRequest; // the query asking for the shown event's description
    QString m_datasetRequest;
    QString m_tagsRequest;
    QFutureWatcher<ArchiveDataset::Result> m_datasetBuild;
    std::shared_ptr<const Dataset> m_dataset;
    SelectionState *m_selection;
    ActorTreeModel *m_actorModel;
    ArchiveActorCounts *m_actorCounts;
    ActorTreeView *m_actorView;
    PositionsPanel *m_positions;
    ArchiveEventListModel *m_eventList;
    EventListView *m_eventView;
    QTimer *m_eventListDelay;
    StanceMatrixModel *m_matrixModel;
    StanceMatrixView *m_matrixView;
    StanceChartView *m_stanceChart;
    QDockWidget *m_actorsDock;
    QDockWidget *m_detailsDock;
    QDockWidget *m_positionsDock;
    QDockWidget *m_eventsDock;
    QDockWidget *m_matrixDock;
    QDockWidget *m_chartDock;
};
