// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "actortreemodel.h"
#include "eventdetailspanel.h"
#include "eventtablemodel.h"
#include "loaderrorsdialog.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int maxRecent = 8;
const char *recentKey = "recentDatasets";

// A recent entry is a list of paths (a multi-file dataset); stored joined by a separator that
// cannot occur in a path.
const QChar pathSeparator = QChar(0x1F);

QString describe(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QFileInfo(path).fileName();
    return names.join(QStringLiteral(", "));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_timeline(new TimelineView(&m_session, &m_selection, &m_window, this)),
      m_details(new EventDetailsPanel(&m_selection, this)),
      m_eventModel(new EventTableModel(this)),
      m_actorModel(new ActorTreeModel(this)),
      m_eventView(new QTableView(this)),
      m_actorView(new QTreeView(this)),
      m_titleLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/tideline.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_eventView->setModel(m_eventModel);
    m_eventView->setObjectName(QStringLiteral("events"));
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventView->setAlternatingRowColors(true);
    m_eventView->setWordWrap(false);
    m_eventView->verticalHeader()->hide();
    m_eventView->verticalHeader()->setDefaultSectionSize(m_eventView->fontMetrics().height() + 8);
    m_eventView->horizontalHeader()->setStretchLastSection(false);
    m_eventView->horizontalHeader()->setSectionResizeMode(EventTableModel::TitleColumn,
                                                          QHeaderView::Stretch);

    m_actorView->setModel(m_actorModel);
    m_actorView->setObjectName(QStringLiteral("actors"));
    m_actorView->setAlternatingRowColors(true);
    m_actorView->setUniformRowHeights(true);
    m_actorView->header()->setStretchLastSection(true);

    m_timeline->setObjectName(QStringLiteral("timeline"));
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
    layout->addWidget(m_timeline, 1);
    setCentralWidget(central);

    createDocks();
    createActions();
    connectSelection();
    connect(&m_session, &DatasetSession::datasetChanged, this, &MainWindow::showDataset);

    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
        resize(1400, 860);
    restoreState(settings.value("window/state").toByteArray());
    showDataset();
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
    QDockWidget *actors = dock(tr("Actors"), "actorsDock", m_actorView, Qt::RightDockWidgetArea);
    QDockWidget *details = dock(tr("Details"), "detailsDock", m_details, Qt::RightDockWidgetArea);
    splitDockWidget(actors, details, Qt::Vertical);
    QDockWidget *events = dock(tr("Events"), "eventsDock", m_eventView, Qt::BottomDockWidgetArea);
    resizeDocks({actors}, {380}, Qt::Horizontal);
    resizeDocks({events}, {200}, Qt::Vertical);
}

void MainWindow::connectSelection()
{
    // The tables follow the shared selection, and drive it.
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selection.setEvent(current.row());
            });
    connect(&m_selection, &SelectionState::eventChanged, this, [this](int event) {
        if (event < 0) {
            m_eventView->clearSelection();
            return;
        }
        const QModelIndex index = m_eventModel->index(event, EventTableModel::TitleColumn);
        if (m_eventView->currentIndex().row() != event)
            m_eventView->setCurrentIndex(index);
        m_eventView->scrollTo(index);
    });
    connect(m_actorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_selection.setActor(current.data(ActorTreeModel::ActorIndexRole).toInt());
            });
    connect(&m_selection, &SelectionState::actorChanged, this, [this](int actor) {
        const QModelIndex index = m_actorModel->indexOfActor(actor);
        if (index.isValid() && m_actorView->currentIndex().internalId() != index.internalId())
            m_actorView->setCurrentIndex(index);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Files…"), this, &MainWindow::openFilesDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open one or more tideline/1 JSON files as one dataset"));
    QAction *openFolder =
        file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setStatusTip(tr("Open every .json file in a folder as one dataset"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *sample = file->addAction(tr("Open &Sample Dataset"), this,
                                      [this] { openPaths({DatasetSession::samplePath()}); });
    sample->setStatusTip(tr("The Gaza cease-fire talks of July 2024, from a news article"));
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
    viewAction(tr("Fit &Selection"), QKeySequence(Qt::CTRL | Qt::Key_F),
               tr("Show the selected event or time range (F in the timeline)"),
               &TimelineView::fitSelection);
    view->addSeparator();
    toolbar->addSeparator();

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
               "Click a lane's triangle to fold its members into it."));
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
    if (paths.isEmpty() || !openPaths(paths)) {
        if (m_session.dataset()->events.count() == 0 && paths.isEmpty())
            openPaths({DatasetSession::samplePath()});
    }
}

bool MainWindow::openPaths(const QStringList &paths)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const LoadResult result = m_session.open(paths);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        const QString summary =
            tr("%1 could not be opened: %n error(s). The data already open is unchanged.",
               nullptr, result.errorCount())
                .arg(describe(paths));
        showMessages(summary, result.messages);
        statusBar()->showMessage(tr("Could not open %1").arg(describe(paths)));
        return false;
    }
    if (paths != QStringList{DatasetSession::samplePath()})
        rememberRecent(paths);
    if (result.warningCount() > 0) {
        statusBar()->showMessage(
            tr("Opened %1 with %n warning(s)", nullptr, result.warningCount()).arg(describe(paths)));
        showMessages(tr("%1 opened, with %n warning(s):", nullptr, result.warningCount())
                         .arg(describe(paths)),
                     result.messages);
    }
    return true;
}

void MainWindow::showMessages(const QString &summary, const LoadMessages &messages)
{
    if (!m_errorsDialog)
        m_errorsDialog = new LoadErrorsDialog(this);
    m_errorsDialog->setMessages(summary, messages);
    m_errorsDialog->open(); // window-modal, without a nested event loop
}

void MainWindow::showDataset()
{
    const auto dataset = m_session.dataset();
    m_selection.clear();
    m_eventModel->setDataset(dataset);
    m_actorModel->setDataset(dataset);
    m_details->setDataset(dataset);
    m_actorView->expandAll();
    m_eventView->resizeColumnToContents(EventTableModel::DateColumn);
    // Long actor lists and places are elided; the title gets the room.
    for (const auto column : {EventTableModel::ActorsColumn, EventTableModel::LocationColumn}) {
        m_eventView->resizeColumnToContents(column);
        m_eventView->setColumnWidth(column, qMin(m_eventView->columnWidth(column), 240));
    }
    m_actorView->resizeColumnToContents(ActorTreeModel::NameColumn);
    m_actorView->setColumnWidth(ActorTreeModel::NameColumn,
                                qMin(m_actorView->columnWidth(ActorTreeModel::NameColumn), 230));
    m_actorView->resizeColumnToContents(ActorTreeModel::KindColumn);
    m_actorView->resizeColumnToContents(ActorTreeModel::EventCountColumn);

    const QString title = dataset->title.isEmpty() ? tr("Untitled dataset") : dataset->title;
    m_titleLabel->setText(title);
    m_titleLabel->setToolTip(dataset->description);
    setWindowTitle(tr("%1 — Tideline").arg(title));
    statusBar()->showMessage(tr("%1 events, %2 actors, %3 positions")
                                 .arg(QLocale().toString(dataset->events.count()))
                                 .arg(QLocale().toString(qlonglong(dataset->actors.size())))
                                 .arg(QLocale().toString(qlonglong(dataset->positions.size()))));
}

void MainWindow::openFilesDialog()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Dataset Files"), settings.value("lastFolder", QDir::homePath()).toString(),
        tr("Tideline datasets (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue("lastFolder", QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::openFolderDialog()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Dataset Folder"), settings.value("lastFolder", QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    settings.setValue("lastFolder", folder);
    openPaths({folder});
}

void MainWindow::rememberRecent(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QFileInfo(path).absoluteFilePath();
    const QString entry = absolute.join(pathSeparator);
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &entry : recent) {
        const QStringList paths = entry.split(pathSeparator, Qt::SkipEmptyParts);
        QAction *action = m_recentMenu->addAction(describe(paths), this,
                                                  [this, paths] { openPaths(paths); });
        action->setToolTip(paths.join(u'\n'));
        action->setStatusTip(paths.join(QStringLiteral(", ")));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(recentKey);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
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
    QMetaObject::invokeMethod(this, [this, paths] { openPaths(paths); }, Qt::QueuedConnection);
}
