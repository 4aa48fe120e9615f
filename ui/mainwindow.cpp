// SPDX-License-Identifier: MIT
// Long (about 800 lines) because this is the one place where every view is created and wired to
// the shared state (session, filter, selection, visible window), with the menus that reach them.
// What has a job of its own lives elsewhere: loading and its indicator (DatasetSession,
// LoadIndicator), recent datasets and the settings check (app/session), every view in its file.
#include "mainwindow.h"
#include "archivewindow.h"
#include "datasetactorcounts.h"
#include "eventlistview.h"
#include "datasetoverviewsource.h"
#include "uilanguage.h"
#include "clearbuttonname.h"
#include "loadindicator.h"
#include "loadsummary.h"
#include "recentdatasets.h"
#include "settingscheck.h"
#include "plaintext.h"

#include "actorfilterproxymodel.h"
#include "apptheme.h"
#include "actortreemodel.h"
#include "actortreeview.h"
#include "positionspanel.h"
#include "stancechartview.h"
#include "stancematrixmodel.h"
#include "stancematrixview.h"
#include "eventdetailspanel.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "filterspec.h"
#include "overviewview.h"
#include "loaderrorsdialog.h"
#include "messagebar.h"
#include "timelineview.h"
#include "windowlayout.h"

#include <QAction>
#include <QApplication>
#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QFile>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Runs `work` once the window's timers have had their turn: work a hand-over asks for is then
// not one piece with it. A zero-interval QTimer::singleShot is a posted event in Qt 6, run in the
// same batch as the hand-over of a big dataset and the repaint that follows it (one 36 ms stall
// of three pieces); a timer is due only after the timers that were due before it.
template<typename Work>
void afterThisTurn(QObject *context, Work work)
{
    QTimer::singleShot(1, Qt::PreciseTimer, context, std::move(work));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_timeline(new TimelineView(&m_session, &m_selection, &m_window, this)),
      m_details(new EventDetailsPanel(&m_selection, this)),
      m_positions(new PositionsPanel(&m_selection, this)),
      m_matrixModel(new StanceMatrixModel(this)),
      m_matrixView(new StanceMatrixView(this)),
      m_stanceChart(new StanceChartView(this)),
      m_actorSearch(new QLineEdit(this)),
      m_actorProxy(new ActorFilterProxyModel(this)),
      m_eventModel(new EventTableModel(this)),
      m_actorModel(new ActorTreeModel(this)), m_actorCounts(new DatasetActorCounts(&m_filter, this)),
      m_eventView(new EventListView(this)),
      m_actorView(new ActorTreeView(this)),
      m_titleLabel(new QLabel(this)),
      m_filterBar(new FilterBar(&m_filter, this)),
      m_overview(new OverviewView(new DatasetOverviewSource(&m_filter, this), &m_window, this)),
      m_eventProxy(new EventFilterProxyModel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/tideline.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_eventProxy->setSourceModel(m_eventModel);
    m_eventView->setModel(m_eventProxy);
    m_eventView->setObjectName(QStringLiteral("events"));
    m_eventView->setAccessibleName(tr("Events"));
    m_eventView->setUpColumns(EventTableModel::TitleColumn);

    m_actorModel->setCountSource(m_actorCounts);
    m_actorProxy->setSourceModel(m_actorModel);
    m_actorView->setModel(m_actorProxy);
    m_actorView->setObjectName(QStringLiteral("actors"));
    m_actorView->setUpColumns(QSettings().value("window/actorColumns").toByteArray());

    m_actorSearch->setPlaceholderText(tr("Search actors by name, alias or role (Ctrl+K)"));
    m_actorSearch->setClearButtonEnabled(true);
    m_actorSearch->setObjectName(QStringLiteral("actorSearch"));
    m_actorSearch->setAccessibleName(tr("Search actors"));
    nameClearButton(m_actorSearch);
    connect(m_actorSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_actorProxy->setSearchText(text);
        m_actorView->expandAll();
    });
    auto *findActor = new QAction(tr("Find Actor"), this);
    findActor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(findActor, &QAction::triggered, this, [this] {
        m_actorSearch->setFocus(Qt::ShortcutFocusReason);
        m_actorSearch->selectAll();
    });
    addAction(findActor);
    // The actor checkboxes are the filter's actors, both ways: a tick changes the filter, a
    // changed filter sets the ticks (which the model does not report back as ticks).
    connect(m_actorModel, &ActorTreeModel::actorsTicked, this, [this](const QSet<int> &actors) {
        EventFilter filter = m_filter.filter();
        filter.actors = actors;
        m_filter.setFilter(filter);
    });
    connect(&m_filter, &FilterState::filterChanged, this,
            [this] { m_actorModel->setCheckedActors(m_filter.filter().actors); });
    connect(&m_filter, &FilterState::resultChanged, this, &MainWindow::showFilterResult);
    auto *focusFilter = new QAction(tr("Filter"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    addAction(focusFilter);

    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setObjectName(QStringLiteral("matrix"));
    connect(m_matrixView, &QTableView::clicked, this, &MainWindow::showMatrixCell);
    connect(m_matrixView, &QTableView::activated, this, &MainWindow::showMatrixCell);
    connect(m_positions, &PositionsPanel::positionActivated, this, &MainWindow::showPosition);

    m_timeline->setObjectName(QStringLiteral("timeline"));
    // Enter on an event: its details, with the keyboard's focus, so that a screen reader reads
    // them.
    connect(m_timeline, &TimelineView::detailsRequested, this, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
        m_details->setFocus(Qt::OtherFocusReason);
    });
    m_details->setObjectName(QStringLiteral("details"));

    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->addWidget(m_titleLabel);
    m_messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_overview);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(central);

    createDocks();
    createActions();
    createLoadIndicator();
    connectSelection();
    connect(&m_session, &DatasetSession::datasetChanged, this, &MainWindow::showDataset);
    // Live reload: the open files are watched; when they change, they are read again in the
    // background and replace what is shown only if they are valid.
    connect(&m_session, &DatasetSession::datasetChanged, this,
            [this] { m_watcher.watch(m_session.paths()); });
    connect(&m_watcher, &DatasetWatcher::changed, this, &MainWindow::reloadChangedFiles);
    // Where a source link goes is shown before it is clicked; refused links say why.
    connect(m_details, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        if (url.isEmpty() || url.scheme() == QLatin1String("actor"))
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(QString::fromLatin1(url.toEncoded()));
    });
    connect(m_details, &EventDetailsPanel::linkRefused, this, [this](const QUrl &url) {
        statusBar()->showMessage(
            tr("Not opened: %1 (only http, https and mailto addresses are opened)")
                .arg(url.toDisplayString()), 8000);
    });
    connect(m_messageBar, &MessageBar::actionTriggered, this, [this] {
        showMessages(m_messageBarSummary, m_messageBarMessages);
    });

    checkSettings();
    QSettings settings;
    // Docks keep their saved sizes in pixels: in a window with no saved size, or one shrunk to
    // fit a smaller screen, they would take the timeline's room, so they are shared out anew.
    const bool resized =
        WindowLayout::placeWindow(this, settings.value("window/geometry").toByteArray());
    if (!restoreState(settings.value("window/state").toByteArray()) || resized)
        WindowLayout::shareDocks(this, m_actorsDock, m_detailsDock, m_eventsDock, m_actorView->preferredWidth());
    showDataset();
}

void MainWindow::checkSettings()
{
    QSettings settings;
    if (const QString problem = SettingsCheck::problem(m_settingsStatus, settings); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        m_messageBar->showMessage(MessageBar::Kind::Warning, problem);
    }
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const char *name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    auto *actorPanel = new QWidget(this);
    auto *actorLayout = new QVBoxLayout(actorPanel);
    actorLayout->setContentsMargins(0, 0, 0, 0);
    actorLayout->setSpacing(2);
    actorLayout->addWidget(m_actorSearch);
    actorLayout->addWidget(m_actorView, 1);
    m_actorsDock = dock(tr("Actors"), "actorsDock", actorPanel, Qt::RightDockWidgetArea);
    m_positionsDock = dock(tr("Positions"), "positionsDock", m_positions, Qt::RightDockWidgetArea);
    m_detailsDock = dock(tr("Details"), "detailsDock", m_details, Qt::RightDockWidgetArea);
    splitDockWidget(m_actorsDock, m_positionsDock, Qt::Vertical);
    tabifyDockWidget(m_positionsDock, m_detailsDock);
    m_eventsDock = dock(tr("Events"), "eventsDock", m_eventView, Qt::BottomDockWidgetArea);
    QDockWidget *matrix = dock(tr("Actors × Issues"), "matrixDock", m_matrixView,
                               Qt::BottomDockWidgetArea);
    // Tabs share one height, at least each tab's minimum: the chart's would hold the event list
    // (and the window) too tall for a laptop's screen. Below its minimum, the chart scrolls.
    auto *chartArea = new QScrollArea(this);
    chartArea->setWidget(m_stanceChart);
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);
    chartArea->setAccessibleName(tr("Stance over time"));
    QDockWidget *chart =
        dock(tr("Stance over Time"), "stanceChartDock", chartArea, Qt::BottomDockWidgetArea);
    connect(matrix, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_matrixColumnsStale) {
            m_matrixColumnsStale = false;
            fitMatrixColumns(true);
        }
    });
    tabifyDockWidget(m_eventsDock, matrix);
    tabifyDockWidget(matrix, chart);
    m_eventsDock->raise();
    m_detailsDock->raise();
}

void MainWindow::connectSelection()
{
    // The tables follow the shared selection, and drive it.
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selection.setEvent(m_eventProxy->mapToSource(current).row());
            });
    connect(&m_selection, &SelectionState::eventChanged, this, [this](int event) {
        if (event < 0) {
            m_eventView->clearSelection();
            return;
        }
        const QModelIndex index =
            m_eventProxy->mapFromSource(m_eventModel->index(event, EventTableModel::TitleColumn));
        if (!index.isValid())
            return; // filtered out of the list
        if (m_eventView->currentIndex() != index)
            m_eventView->setCurrentIndex(index);
        m_eventView->scrollTo(index);
    });
    connect(m_actorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const int actor = current.data(ActorTreeModel::ActorIndexRole).toInt();
                if (current.isValid() && actor >= 0)
                    m_selection.setActor(actor);
            });
    connect(&m_selection, &SelectionState::actorChanged, this, [this](int actor) {
        const QModelIndex index = m_actorProxy->mapFromSource(m_actorModel->indexOfActor(actor));
        if (index.isValid() && m_actorView->currentIndex() != index) {
            m_actorView->setCurrentIndex(index);
            m_actorView->scrollTo(index);
        }
        if (actor >= 0)
            m_positionsDock->raise();
    });
    connect(&m_selection, &SelectionState::eventChanged, this, [this](int event) {
        // The actors of the selected event stand out in the actor tree.
        QSet<int> actors;
        const auto dataset = m_session.dataset();
        if (event >= 0 && event < dataset->events.count()) {
            for (quint32 actor : dataset->events.actors(event))
                actors.insert(int(actor));
            m_detailsDock->raise();
        }
        m_actorModel->setHighlightedActors(actors);
    });
}

MainWindow::~MainWindow()
{
    // Hidden while the members are alive: QWidget's own destructor would hide the window after
    // they are gone, and the focus leaving a date field then applies it to a dead filter state.
    hide();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Files…"), this, &MainWindow::openFilesDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open one or more files as one dataset: Tideline, TimelineJS, vis.js, "
                          "CSV/TSV, GDELT, ICEWS or ACLED"));
    QAction *importSpreadsheet = file->addAction(tr("&Import Spreadsheet…"), this,
                                                 &MainWindow::importSpreadsheetDialog);
    importSpreadsheet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importSpreadsheet->setStatusTip(tr("Open a CSV/TSV or JSON records file choosing what each "
                                       "column holds, with a preview"));
    QAction *openFolder =
        file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setStatusTip(tr("Open every .json file in a folder as one dataset"));
    QAction *openArchive = file->addAction(tr("Open &Archive…"), this,
                                           [this] { ArchiveWindow::openArchiveDialog(this); });
    openArchive->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    openArchive->setStatusTip(tr("Browse an event archive too large for memory, held by a "
                                 "ClickHouse server, in a window of its own"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    // Archive windows remember what they open too: the menu is made afresh when shown.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction *sample = file->addAction(tr("Open &Sample Dataset"), this,
                                      [this] { openPaths({DatasetSession::samplePath()}); });
    sample->setStatusTip(tr("The Gaza cease-fire talks of July 2024, from a news article"));
    QAction *groupsAsTags = file->addAction(tr("Read Groups as &Tags"));
    groupsAsTags->setCheckable(true);
    groupsAsTags->setChecked(importOptions().groupAs == ImportOptions::GroupAs::Tag);
    groupsAsTags->setStatusTip(tr("TimelineJS and vis.js groups become tags instead of lanes of "
                                  "their own; the open files are read again"));
    connect(groupsAsTags, &QAction::toggled, this, [this](bool tags) {
        QSettings().setValue("import/groupsAsTags", tags);
        const QStringList paths = m_session.paths();
        if (!paths.isEmpty() && paths != QStringList{DatasetSession::samplePath()}) {
            ImportOptions options = m_session.importOptions();
            options.groupAs = importOptions().groupAs;
            openPathsInBackground(paths, options);
        }
    });
    m_keepCache = file->addAction(tr("&Keep a Cache of Opened Datasets"));
    m_keepCache->setCheckable(true);
    m_keepCache->setChecked(DatasetCache::isEnabledInSettings());
    m_keepCache->setStatusTip(tr("Reopen unchanged files in a moment: a compact copy of each "
                                 "dataset opened is kept in your cache folder"));
    connect(m_keepCache, &QAction::toggled, this, [this](bool keep) {
        DatasetCache::setEnabledInSettings(keep);
        setCacheAllowed(m_cacheAllowed);
    });
    file->addSeparator();
    QAction *exportImage = file->addAction(tr("&Export Image…"), this, [this] {
        ExportDialog dialog(&m_filter, &m_window, m_timeline->grouping(), this);
        dialog.exec();
    });
    exportImage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportImage->setStatusTip(tr("Write the timeline as a PNG, SVG or PDF file"));
    QAction *copyImage = file->addAction(tr("&Copy Timeline Image"), this, &MainWindow::copyTimelineImage);
    copyImage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = addToolBar(tr("Timeline"));
    toolbar->setObjectName(QStringLiteral("timelineToolbar"));
    const auto viewAction = [&](const QString &text, const QKeySequence &shortcut,
                                const QString &tip, auto slot) {
        QAction *action = view->addAction(text, m_timeline, slot);
        action->setShortcut(shortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        toolbar->addAction(action);
        return action;
    };
    viewAction(tr("Zoom &In"), QKeySequence(Qt::CTRL | Qt::Key_Equal),
               tr("Zoom in around the middle; the wheel zooms around the pointer"),
               &TimelineView::zoomIn);
    viewAction(tr("Zoom &Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), tr("Zoom out"),
               &TimelineView::zoomOut);
    viewAction(tr("&Fit All"), QKeySequence(Qt::CTRL | Qt::Key_0),
               tr("Show every event (Home in the timeline)"), &TimelineView::fitAll);
    viewAction(tr("Fit &Selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
               tr("Show the selected event or time range (F in the timeline)"),
               &TimelineView::fitSelection);
    view->addSeparator();
    // F6 and Shift+F6 take the keyboard from pane to pane, as in KDE's and Qt Creator's
    // windows, where Tab would walk through every control of every panel on the way.
    QAction *nextPane = view->addAction(tr("Next &Pane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    nextPane->setStatusTip(tr("Move the keyboard to the next panel"));
    connect(nextPane, &QAction::triggered, this, [this] { focusPane(1); });
    QAction *previousPane = view->addAction(tr("Previous Pa&ne"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    previousPane->setStatusTip(tr("Move the keyboard to the previous panel"));
    connect(previousPane, &QAction::triggered, this, [this] { focusPane(-1); });
    view->addSeparator();
    toolbar->addSeparator();
    QAction *dragFilter = m_overview->dragSetsDateFilterAction();
    dragFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(dragFilter);
    toolbar->addAction(dragFilter);
    QAction *showOverview = view->addAction(tr("Show &Overview"));
    showOverview->setCheckable(true);
    showOverview->setChecked(QSettings().value("window/overview", true).toBool());
    m_overview->setVisible(showOverview->isChecked());
    connect(showOverview, &QAction::toggled, this, [this](bool on) {
        m_overview->setVisible(on);
        QSettings().setValue("window/overview", on);
    });
    QAction *breaks = view->addAction(tr("Collapse &Empty Stretches"));
    breaks->setCheckable(true);
    breaks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    breaks->setStatusTip(tr("Draw long stretches without events narrow, behind a break mark"));
    breaks->setChecked(QSettings().value("window/breaks", false).toBool());
    m_timeline->setCollapseEmptyStretches(breaks->isChecked());
    connect(breaks, &QAction::toggled, this, [this](bool on) {
        m_timeline->setCollapseEmptyStretches(on);
        QSettings().setValue("window/breaks", on);
    });
    view->addSeparator();

    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeActions = new QActionGroup(this);
    const QString savedTheme = QSettings().value("window/theme", QStringLiteral("system")).toString();
    for (const auto &[text, choice] : {std::pair{tr("&System"), AppTheme::Choice::System},
                                      std::pair{tr("&Light"), AppTheme::Choice::Light},
                                      std::pair{tr("&Dark"), AppTheme::Choice::Dark},
                                      std::pair{tr("&High Contrast"), AppTheme::Choice::HighContrast}}) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setData(AppTheme::key(choice));
        themeActions->addAction(action);
        if (AppTheme::key(choice) == savedTheme) {
            action->setChecked(true);
            if (choice != AppTheme::Choice::System)
                AppTheme::apply(choice);
        }
    }
    if (!themeActions->checkedAction())
        themeActions->actions().first()->setChecked(true); // System
    connect(themeActions, &QActionGroup::triggered, this, [](QAction *action) {
        AppTheme::apply(AppTheme::fromKey(action->data().toString()));
        QSettings().setValue("window/theme", action->data().toString());
    });

    // The interface's language: the system's or one chosen here, remembered, and in place from
    // the next start (every widget takes its text once, when it is made).
    QMenu *languages = view->addMenu(tr("Lan&guage"));
    auto *languageActions = new QActionGroup(this);
    const QString savedLanguage = QSettings().value("window/language").toString();
    QAction *systemLanguage = languages->addAction(tr("System Language"));
    systemLanguage->setCheckable(true);
    languageActions->addAction(systemLanguage);
    languages->addSeparator();
    for (const UiLanguage::Language &language : UiLanguage::available()) {
        QAction *action = languages->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == savedLanguage);
        languageActions->addAction(action);
    }
    if (!languageActions->checkedAction())
        systemLanguage->setChecked(true);
    connect(languageActions, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings().setValue("window/language", action->data().toString());
        statusBar()->showMessage(tr("Tideline will be in %1 from its next start")
                                     .arg(action->text().remove(u'&')),
                                 10000);
    });

    QMenu *lanes = view->addMenu(tr("&Lanes"));
    m_groupingActions = new QActionGroup(this);
    const std::pair<QString, LaneGrouping> groupings[] = {
        {tr("One Lane per &Actor"), LaneGrouping::Actors},
        {tr("By Actor &Kind"), LaneGrouping::ActorKinds},
        {tr("By &Tag"), LaneGrouping::Tags},
        {tr("&Single Lane"), LaneGrouping::Single}};
    const int savedGrouping = QSettings().value("timeline/grouping", 0).toInt();
    int shortcutDigit = 1;
    for (const auto &[text, grouping] : groupings) {
        QAction *action = lanes->addAction(text);
        action->setCheckable(true);
        action->setData(int(grouping));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + shortcutDigit++)));
        m_groupingActions->addAction(action);
        if (int(grouping) == savedGrouping) {
            action->setChecked(true);
            m_timeline->setGrouping(grouping);
        }
    }
    if (!m_groupingActions->checkedAction()) // a value from elsewhere: the default
        m_groupingActions->actions().first()->setChecked(true);
    connect(m_groupingActions, &QActionGroup::triggered, this, [this](QAction *action) {
        m_timeline->setGrouping(LaneGrouping(action->data().toInt()));
        QSettings().setValue("timeline/grouping", action->data().toInt());
    });
    auto *laneButton = new QToolButton(toolbar);
    laneButton->setText(tr("Lanes"));
    laneButton->setToolTip(tr("How events are split into lanes"));
    laneButton->setMenu(lanes);
    laneButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(laneButton);

    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Timeline &Keys"), this, [this] {
        QMessageBox::information(
            this, tr("Timeline Keys"),
            tr("Wheel or pinch: zoom around the pointer\n"
               "Drag: pan   Shift+wheel: scroll lanes\n"
               "Shift+drag, or drag on the axis: select a time range and zoom into it\n"
               "Click: select an event   Double-click: zoom to it\n"
               "+ / -: zoom   Arrows: pan and scroll   Home: fit all\n"
               "F: fit the selection   Esc: clear the selection\n"
               "Click a lane's triangle to fold its members into it.")
                + u'\n'
                + tr("Ctrl+Right / Ctrl+Left: the next / previous event in the lane\n"
                     "Ctrl+Down / Ctrl+Up: the nearest event in the next / previous lane\n"
                     "Enter: the event's details   A: the lane's actor\n"
                     "F6 / Shift+F6: the next / previous panel"));
    });
    help->addAction(tr("&About Tideline"), this, [this] {
        QMessageBox::about(this, tr("About Tideline"),
                           tr("<h3>Tideline %1</h3><p>A timeline of events beside the actors "
                              "and their stated positions, for people who follow negotiations, "
                              "conflicts and politics.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    rebuildRecentMenu();
}

void MainWindow::openAtStart(const QStringList &paths)
{
    if (paths.isEmpty())
        openPaths({DatasetSession::samplePath()}); // small and embedded: no need to wait
    else
        openPathsInBackground(paths); // the window is up and painting while they load
}

void MainWindow::setCacheAllowed(bool allowed)
{
    m_cacheAllowed = allowed;
    std::optional<DatasetCache> cache;
    if (allowed && m_keepCache->isChecked())
        cache.emplace();
    m_session.setCache(std::move(cache));
}

ImportOptions MainWindow::importOptions() const
{
    ImportOptions options;
    if (QSettings().value("import/groupsAsTags", false).toBool())
        options.groupAs = ImportOptions::GroupAs::Tag;
    return options;
}

bool MainWindow::openPaths(const QStringList &paths)
{
    return openPaths(paths, importOptions());
}

bool MainWindow::openPaths(const QStringList &paths, const ImportOptions &options)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const LoadResult result = m_session.open(paths, options);
    QApplication::restoreOverrideCursor();
    return reportLoad(paths, result, options);
}

void MainWindow::openPathsInBackground(const QStringList &paths)
{
    if (paths.size() == 1 && ImportDialog::wanted(paths.first())) {
        showImportDialog(paths.first());
        return;
    }
    openPathsInBackground(paths, importOptions());
}

void MainWindow::showImportDialog(const QString &path)
{
    auto *dialog = new ImportDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ImportOptions options = importOptions();
        options.format = dialog->options().format;
        options.profile = dialog->options().profile;
        openPathsInBackground({dialog->path()}, options);
    });
    dialog->open(); // window-modal, without a nested event loop
}

void MainWindow::openPathsInBackground(const QStringList &paths, const ImportOptions &options)
{
    m_session.openInBackground(paths, DatasetSession::Purpose::Open, options);
}

bool MainWindow::reportLoad(const QStringList &paths, const LoadResult &result,
                            const ImportOptions &options)
{
    m_skipBadRowsPaths.clear();
    if (!result.ok() && result.hasSkippableRows() && !options.skipBadRows) {
        // What "Skip Bad Rows" in the errors dialog opens again.
        m_skipBadRowsPaths = paths;
        m_skipBadRowsOptions = options;
        m_skipBadRowsOptions.skipBadRows = true;
    }
    const LoadSummary summary = LoadSummary::ofOpen(paths, result);
    if (result.ok()) {
        if (!m_messageBarMessages.isEmpty()) {
            m_messageBar->hide(); // about files that are no longer open
            m_messageBarMessages.clear();
        }
        // Writing the settings file (synced to disk) and rebuilding the menu took 3-10 ms of
        // the turn that hands a big dataset to the views.
        if (paths != QStringList{DatasetSession::samplePath()})
            afterThisTurn(this, [this, paths] { rememberRecent(paths); });
    }
    if (!summary.messagesHeading.isEmpty())
        showMessages(summary.messagesHeading, result.messages);
    if (!summary.status.isEmpty())
        statusBar()->showMessage(summary.status, summary.statusTimeout);
    return result.ok();
}

void MainWindow::reloadChangedFiles()
{
    if (m_session.paths().isEmpty() || m_session.paths() != m_watcher.watched())
        return;
    if (m_session.isLoading()) {
        m_reloadPending = true; // once this load is done
        return;
    }
    statusBar()->showMessage(tr("%1 changed on disk; reading it again…").arg(DatasetSession::describe(m_session.paths())));
    m_session.reloadInBackground();
}

void MainWindow::reportReload(const QStringList &paths, const LoadResult &result)
{
    const LoadSummary summary = LoadSummary::ofReload(paths, result);
    if (result.cancelled)
        return;
    if (!result.ok()) {
        // Non-modal: the user may be in the middle of something, and the editor that broke
        // the file is probably still open. The last good data stays on screen.
        m_messageBarSummary = summary.messagesHeading;
        m_messageBarMessages = result.messages;
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  summary.firstError ? summary.messagesHeading + u'\n' + summary.firstError->toString()
                                                     : summary.messagesHeading,
                                  tr("Show Messages…"));
    } else if (!m_messageBarMessages.isEmpty()) {
        m_messageBar->hide();
        m_messageBarMessages.clear();
    }
    statusBar()->showMessage(summary.status, summary.statusTimeout);
}

void MainWindow::createLoadIndicator()
{
    statusBar()->addPermanentWidget(new LoadIndicator(&m_session, this));
    connect(&m_session, &DatasetSession::loadFinished, this, [this](const LoadResult &result) {
        if (m_session.loadingPurpose() == DatasetSession::Purpose::Reload)
            reportReload(m_session.loadingPaths(), result);
        else
            reportLoad(m_session.loadingPaths(), result, m_session.loadingOptions());
        if (m_reloadPending) {
            m_reloadPending = false;
            reloadChangedFiles();
        }
    });
}

// The picture of what the timeline shows, in its lanes. A text query still on its way is waited
// for (without blocking: the copy happens when its result lands), so that the picture and its
// caption describe the same filter.
void MainWindow::copyTimelineImage()
{
    if (m_filter.isBusy()) {
        if (!m_copyPending) {
            m_copyPending = true;
            statusBar()->showMessage(tr("Copying the timeline once the filter is applied…"));
            connect(&m_filter, &FilterState::resultChanged, this, [this] {
                m_copyPending = false;
                copyTimelineImage();
            }, Qt::SingleShotConnection);
        }
        return;
    }
    const QImage image = ExportDialog::clipboardImage(&m_filter, &m_window, m_timeline->grouping());
    QApplication::clipboard()->setImage(image);
    statusBar()->showMessage(
        tr("Copied the visible timeline as a %1×%2 image").arg(image.width()).arg(image.height()), 4000);
}

// Esc reaches the window only when the focused widget had no use for it (the timeline clears its
// selection, the search field its text). Then it cancels a load the user started; never a reload
// that the files' changing on disk started on its own.
void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier
        && m_session.isLoading() && m_session.loadingPurpose() == DatasetSession::Purpose::Open) {
        m_session.cancelLoad();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::showMessages(const QString &summary, const LoadMessages &messages)
{
    if (!m_errorsDialog) {
        m_errorsDialog = new LoadErrorsDialog(this);
        connect(m_errorsDialog, &LoadErrorsDialog::skipBadRowsRequested, this, [this] {
            if (!m_skipBadRowsPaths.isEmpty())
                openPathsInBackground(m_skipBadRowsPaths, m_skipBadRowsOptions);
        });
    }
    m_errorsDialog->setMessages(summary, messages);
    m_errorsDialog->open(); // window-modal, without a nested event loop
}

void MainWindow::showDataset()
{
    const auto dataset = m_session.dataset();
    // The views take the new dataset one by one; the filter's result is shown to all of them
    // once at the end, not half-way to some that still hold the old one.
    m_showingDataset = true;
    // A reload (the files changed on disk) keeps the selection, by id.
    QString selectedEvent, selectedActor;
    if (m_session.isReload() && m_shownDataset) {
        const Dataset &before = *m_shownDataset;
        if (m_selection.event() >= 0 && m_selection.event() < before.events.count())
            selectedEvent = before.events.id(m_selection.event());
        if (m_selection.actor() >= 0 && size_t(m_selection.actor()) < before.actors.size())
            selectedActor = before.actors[size_t(m_selection.actor())].id;
    }
    m_shownDataset = dataset;
    m_selection.clear();
    m_eventModel->setDataset(dataset);
    // The filter moves to the new dataset first (keeping actors by id); the actor tree starts
    // with nothing ticked, so its ticks are set from the filter afterwards.
    m_filter.setDataset(dataset);
    m_actorModel->setDataset(dataset);
    m_actorModel->setCheckedActors(m_filter.filter().actors);
    if (m_restoreFilter && !dataset->files.isEmpty()) {
        // Once, when the first dataset is open: the filter of the last session, where it fits.
        m_restoreFilter = false;
        QSettings settings;
        QString error;
        const EventFilter restored = FilterSpec::load(settings).resolve(*dataset, &error);
        if (error.isEmpty())
            m_filter.setFilter(restored);
    }
    m_details->setDataset(dataset);
    m_positions->setDataset(dataset);
    m_matrixModel->setDataset(dataset);
    m_stanceChart->setDataset(dataset);
    m_actorView->expandAll();
    // The event list's columns are fitted after this turn of the event loop, to the rows it has
    // then: measuring them here made the hand-over of a big dataset 15-20 ms longer.
    afterThisTurn(this, [this] { fitEventColumns(); });
    fitMatrixColumns(false);

    const QString title = dataset->title.isEmpty() ? tr("Untitled dataset") : dataset->title;
    m_titleLabel->setText(title);
    m_titleLabel->setToolTip(PlainText::toolTip(dataset->description));
    setWindowTitle(tr("%1 — Tideline").arg(title));
    m_showingDataset = false;
    showFilterResult();
    if (!selectedActor.isEmpty())
        m_selection.setActor(dataset->actorIndex(selectedActor));
    if (!selectedEvent.isEmpty()) {
        for (int event = 0; event < dataset->events.count(); ++event) {
            if (dataset->events.id(event) == selectedEvent) {
                m_selection.setEvent(event);
                break;
            }
        }
    }
}

void MainWindow::fitEventColumns()
{
    m_eventView->resizeColumnToContents(EventTableModel::DateColumn);
    // Long actor lists and places are elided; the title gets the room.
    for (const auto column : {EventTableModel::ActorsColumn, EventTableModel::LocationColumn}) {
        m_eventView->resizeColumnToContents(column);
        m_eventView->setColumnWidth(column, qMin(m_eventView->columnWidth(column), 240));
    }
}

// Measuring every issue title and the cells under it takes about 100 ms for a big dataset: a
// matrix off screen (a tab behind the event list) is measured when it is first shown.
void MainWindow::fitMatrixColumns(bool shown)
{
    if (!shown && !m_matrixView->isVisible()) {
        m_matrixColumnsStale = true;
        return;
    }
    m_matrixColumnsStale = false;
    m_matrixView->fitColumns();
}

void MainWindow::setStartupFilter(const EventFilter &filter)
{
    m_restoreFilter = false;
    m_filter.setFilter(filter);
}

void MainWindow::showFilterResult()
{
    const auto result = m_filter.result();
    const auto dataset = m_session.dataset();
    if (m_showingDataset || !result || result->totalEvents != dataset->events.count())
        return; // a result for the previous dataset; the next one is on its way
    m_timeline->setFilterResult(result);
    m_eventProxy->setFilterResult(result);
    m_actorCounts->askCounts(); // also after the tree took the dataset, which clears them
    m_positions->setFilterResult(result);
    m_matrixModel->setFilterResult(result);
    m_stanceChart->setFilterResult(result);
    statusBar()->showMessage(tr("%1 of %2 events, %3 actors, %4 positions")
                                 .arg(QLocale().toString(result->eventCount))
                                 .arg(QLocale().toString(result->totalEvents))
                                 .arg(QLocale().toString(qlonglong(dataset->actors.size())))
                                 .arg(QLocale().toString(qlonglong(dataset->positions.size()))));
}

void MainWindow::showPosition(int position)
{
    const auto dataset = m_session.dataset();
    if (position < 0 || size_t(position) >= dataset->positions.size())
        return;
    const Position &p = dataset->positions[size_t(position)];
    if (p.event >= 0) {
        m_selection.setEvent(p.event);
        m_window.showPeriod(dataset->events.beginSecond(p.event), dataset->events.endSecond(p.event));
    } else {
        m_window.showPeriod(p.date.firstSecond(), p.date.endSecond());
    }
}

void MainWindow::showMatrixCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int actor = index.data(StanceMatrixModel::ActorIndexRole).toInt();
    const int issue = index.data(StanceMatrixModel::IssueIndexRole).toInt();
    m_selection.setActor(actor);
    m_positions->showActor(actor, issue);
    m_positionsDock->raise();
    m_stanceChart->setIssue(issue);
}

void MainWindow::openFilesDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Dataset Files"), settings.value("lastFolder", QDir::homePath()).toString(),
        tr("Timelines and event data (*.json *.csv *.tsv *.tab *.txt);;"
           "Tideline datasets (*.json);;"
           "TimelineJS and vis.js timelines (*.json);;"
           "Spreadsheets: CSV and TSV (*.csv *.tsv *.tab *.txt);;"
           "GDELT, ICEWS and ACLED event data (*.csv *.tsv *.tab *.txt);;"
           "All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue("lastFolder", QFileInfo(files.first()).absolutePath());
    openPathsInBackground(files);
}

void MainWindow::importSpreadsheetDialog()
{
    auto *chooser = new QFileDialog(
        this, tr("Import Spreadsheet"), QSettings().value("lastFolder", QDir::homePath()).toString(),
        tr("Spreadsheets and JSON records (*.csv *.tsv *.tab *.txt *.json);;All files (*)"));
    chooser->setObjectName(QStringLiteral("importFileChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QSettings().setValue("lastFolder", QFileInfo(file).absolutePath());
        showImportDialog(file);
    });
    chooser->open();
}

void MainWindow::openFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Dataset Folder"), settings.value("lastFolder", QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    settings.setValue("lastFolder", folder);
    openPathsInBackground({folder});
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    QSettings settings;
    RecentDatasets::remember(settings, paths);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<QStringList> recent = RecentDatasets::load(QSettings());
    for (const QStringList &paths : recent) {
        QAction *action = m_recentMenu->addAction(PlainText::forMnemonic(DatasetSession::describe(paths)), this,
                                                  [this, paths] { openPathsInBackground(paths); });
        action->setToolTip(PlainText::toolTip(paths.join(u'\n')));
        action->setStatusTip(paths.join(QStringLiteral(", ")));
    }
    // Archives under the files: an archive opens in a window of its own.
    const QStringList archives = RecentDatasets::loadArchives(QSettings());
    if (!archives.isEmpty() && !recent.isEmpty())
        m_recentMenu->addSeparator();
    for (const QString &text : archives) {
        QAction *action = m_recentMenu->addAction(PlainText::forMnemonic(text), this, [this, text] {
            QString problem;
            const ArchiveAddress address = ArchiveAddress::parse(text, &problem);
            if (!problem.isEmpty())
                ArchiveWindow::openArchiveDialog(this, text);
            else
                ArchiveWindow::openWithStoredPassword(address, this);
        });
        action->setStatusTip(tr("Open the archive %1").arg(text));
    }
    if (!recent.isEmpty() || !archives.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings settings;
            RecentDatasets::clear(settings);
            RecentDatasets::clearArchives(settings);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty() || !archives.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("window/actorColumns", m_actorView->header()->saveState());
    FilterSpec::describe(*m_session.dataset(), m_filter.filter()).save(settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool allLocal = !urls.isEmpty()
        && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
    if (allLocal)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    // Open after the drop returns, so the drag source is not kept waiting during the load.
    QMetaObject::invokeMethod(this, [this, paths] { openPathsInBackground(paths); },
                              Qt::QueuedConnection);
}

// The panes F6 steps through, in reading order: the filter, the timeline, the event list, the
// matrix, the stance chart, the actors, the positions and the details. Hidden ones and those
// behind another dock tab are passed over.
void MainWindow::focusPane(int step)
{
    const QList<QWidget *> panes{m_filterBar->searchField(), m_timeline, m_eventView,
                                 m_matrixView, m_stanceChart, m_actorView, m_positions,
                                 m_details};
    const QWidget *focused = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < panes.size() && current < 0; ++i)
        if (focused && (panes[i] == focused || panes[i]->isAncestorOf(focused)))
            current = i;
    // The pane's own widget when it takes the keyboard, else its first child that does.
    const auto target = [](QWidget *pane) -> QWidget * {
        if (pane->focusPolicy() & Qt::TabFocus)
            return pane;
        for (QWidget *child : pane->findChildren<QWidget *>())
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible())
                return child;
        return nullptr;
    };
    const int count = int(panes.size());
    for (int k = 1; k <= count; ++k) {
        QWidget *pane = panes[((current < 0 ? (step > 0 ? -1 : 0) : current) + step * k + count * 2)
                              % count];
        QWidget *widget = pane->isVisible() ? target(pane) : nullptr;
        if (widget) {
            widget->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}
