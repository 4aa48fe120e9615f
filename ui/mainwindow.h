// SPDX-License-Identifier: MIT
#pragma once

#include "actortreeview.h"
#include "datasetsession.h"
#include "datasetwatcher.h"
#include "eventlistview.h"
#include "filterstate.h"
#include "selectionstate.h"
#include "stancematrixview.h"
#include "visiblewindow.h"

#include <QMainWindow>
#include <QSettings>
#include <QTimer>

class ActorFilterProxyModel;
class EventFilterProxyModel;
class FilterBar;
class OverviewView;
class ActorTreeModel;
class DatasetActorCounts;
class EventDetailsPanel;
class PositionsPanel;
class StanceChartView;
class StanceMatrixModel;
class QDockWidget;
class QLineEdit;
class EventTableModel;
class TimelineView;
class QActionGroup;
class LoadErrorsDialog;
class QLabel;
class MessageBar;
class QMenu;
class QSplitter;
class QTableView;
class QTreeView;

// The application window: the timeline in the middle, the actors and the selected event's
// details beside it, the event list below; the File menu (open files or a folder, recent files,
// the sample), drag and drop of files, and the dialog that lists loader messages. Views read the
// DatasetSession and follow one SelectionState and one VisibleWindow; the window wires them up.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `paths` in the background, or the embedded sample dataset when there are none.
    void openAtStart(const QStringList &paths);
    // Opens `paths` as one dataset; on failure keeps what is open and lists the errors. Files of
    // other tools are read with `options`, by default those of the File menu's settings.
    bool openPaths(const QStringList &paths);
    bool openPaths(const QStringList &paths, const ImportOptions &options);
    // The same on a worker thread, with progress and Cancel in the status bar (menus, drops and
    // recent files use this one).
    void openPathsInBackground(const QStringList &paths);
    void openPathsInBackground(const QStringList &paths, const ImportOptions &options);
    // The import dialog for one spreadsheet or JSON records file; Open in it opens the file with
    // the mapping chosen. Menus, drops and recent files show it first for a file whose mapping
    // is remembered or cannot be guessed completely (ImportDialog::wanted).
    void showImportDialog(const QString &path);
    // How files of other tools are read unless a dialog says otherwise: groups as actors or as
    // tags (File → Read Groups as Tags, remembered).
    ImportOptions importOptions() const;
    // Whether loads may go through the dataset cache at all (main.cpp: not with --no-cache).
    // They do when also File → Keep a Cache of Opened Datasets is checked (a setting). Off
    // until called, so that a window made by a test never touches the user's cache.
    void setCacheAllowed(bool allowed);
    QAction *keepCacheAction() const { return m_keepCache; }

    DatasetSession *session() { return &m_session; }
    QTableView *eventView() const { return m_eventView; }
    QTreeView *actorView() const { return m_actorView; }
    LoadErrorsDialog *errorsDialog() const { return m_errorsDialog; }
    TimelineView *timelineView() const { return m_timeline; }
    EventDetailsPanel *detailsPanel() const { return m_details; }
    PositionsPanel *positionsPanel() const { return m_positions; }
    QTableView *matrixView() const { return m_matrixView; }
    StanceChartView *stanceChart() const { return m_stanceChart; }
    QLineEdit *actorSearch() const { return m_actorSearch; }
    ActorTreeModel *actorModel() const { return m_actorModel; }
    SelectionState *selection() { return &m_selection; }
    VisibleWindow *visibleWindow() { return &m_window; }
    FilterState *filterState() { return &m_filter; }
    FilterBar *filterBar() const { return m_filterBar; }
    OverviewView *overview() const { return m_overview; }
    MessageBar *messageBar() const { return m_messageBar; }
    // A filter from the command line; replaces the one remembered from the last run.
    void setStartupFilter(const EventFilter &filter);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void connectSelection();
    void showDataset();
    void openFilesDialog();
    void openFolderDialog();
    void importSpreadsheetDialog();
    void rememberRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void showMessages(const QString &summary, const LoadMessages &messages);
    bool reportLoad(const QStringList &paths, const LoadResult &result,
                    const ImportOptions &options);
    void reloadChangedFiles();
    void checkSettings();
    void reportReload(const QStringList &paths, const LoadResult &result);
    void createLoadIndicator();
    void showPosition(int position);
    void showFilterResult();
    void showMatrixCell(const QModelIndex &index);
    // Fits the matrix's columns if it is on screen, or `shown` (it is being shown).
    void fitEventColumns();
    void fitMatrixColumns(bool shown);
    void copyTimelineImage();
    // Moves the keyboard to the next (1) or previous (-1) pane that is on screen.
    void focusPane(int step);

    // First of all members: Qt reports a settings file it cannot parse only to the first
    // QSettings that reads it, so this must be that one.
    const QSettings::Status m_settingsStatus = QSettings().status();
    DatasetSession m_session;
    // What the errors dialog's "Skip Bad Rows" opens: the failed load's files and options.
    QStringList m_skipBadRowsPaths;
    ImportOptions m_skipBadRowsOptions;
    bool m_showingDataset = false; // showDataset() is handing the views a new dataset
    SelectionState m_selection;
    FilterState m_filter;
    VisibleWindow m_window;
    TimelineView *m_timeline;
    EventDetailsPanel *m_details;
    PositionsPanel *m_positions;
    StanceMatrixModel *m_matrixModel;
    StanceMatrixView *m_matrixView;
    StanceChartView *m_stanceChart;
    QLineEdit *m_actorSearch;
    ActorFilterProxyModel *m_actorProxy;
    QDockWidget *m_actorsDock = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_positionsDock = nullptr;
    QActionGroup *m_groupingActions = nullptr;
    EventTableModel *m_eventModel;
    ActorTreeModel *m_actorModel;
    DatasetActorCounts *m_actorCounts;
    EventListView *m_eventView;
    ActorTreeView *m_actorView;
    QLabel *m_titleLabel;
    FilterBar *m_filterBar;
    OverviewView *m_overview;
    EventFilterProxyModel *m_eventProxy;
    bool m_restoreFilter = true;
    bool m_matrixColumnsStale = false; // fitted when the matrix is next shown
    std::shared_ptr<const Dataset> m_shownDataset; // what the views show; the session's, once shown
    DatasetWatcher m_watcher;
    MessageBar *m_messageBar = nullptr;
    QString m_messageBarSummary; // what "Show Messages…" on the bar lists
    LoadMessages m_messageBarMessages;
    bool m_reloadPending = false; // the files changed again while a load was running
    bool m_copyPending = false;   // Copy Timeline Image waits for the filter's result
    QMenu *m_recentMenu = nullptr;
    QAction *m_keepCache = nullptr;
    bool m_cacheAllowed = false;
    LoadErrorsDialog *m_errorsDialog = nullptr;
};
