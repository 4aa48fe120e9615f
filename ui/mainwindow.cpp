// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "actortreemodel.h"
#include "eventtablemodel.h"
#include "loaderrorsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
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
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
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
      m_eventModel(new EventTableModel(this)),
      m_actorModel(new ActorTreeModel(this)),
      m_eventView(new QTableView(this)),
      m_actorView(new QTreeView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_titleLabel(new QLabel(this)),
      m_descriptionLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/tideline.svg")));
    setAcceptDrops(true);

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
    m_eventView->horizontalHeader()->setSectionResizeMode(EventTableModel::LocationColumn,
                                                          QHeaderView::Interactive);

    m_actorView->setModel(m_actorModel);
    m_actorView->setObjectName(QStringLiteral("actors"));
    m_actorView->setAlternatingRowColors(true);
    m_actorView->setUniformRowHeights(true);
    m_actorView->header()->setStretchLastSection(true);


    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setWordWrap(true);

    m_splitter->addWidget(m_eventView);
    m_splitter->addWidget(m_actorView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 500});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    connect(&m_session, &DatasetSession::datasetChanged, this, &MainWindow::showDataset);

    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
        resize(1280, 760);
    m_splitter->restoreState(settings.value("window/splitter").toByteArray());
    showDataset();
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    m_eventModel->setDataset(dataset);
    m_actorModel->setDataset(dataset);
    m_actorView->expandAll();
    m_eventView->resizeColumnToContents(EventTableModel::DateColumn);
    // Long actor lists and places are elided; the title gets the room.
    for (const auto column : {EventTableModel::ActorsColumn, EventTableModel::LocationColumn}) {
        m_eventView->resizeColumnToContents(column);
        m_eventView->setColumnWidth(column, qMin(m_eventView->columnWidth(column), 200));
    }
    m_actorView->resizeColumnToContents(ActorTreeModel::NameColumn);
    m_actorView->setColumnWidth(ActorTreeModel::NameColumn,
                                qMin(m_actorView->columnWidth(ActorTreeModel::NameColumn), 280));
    m_actorView->resizeColumnToContents(ActorTreeModel::KindColumn);
    m_actorView->resizeColumnToContents(ActorTreeModel::EventCountColumn);

    const QString title = dataset->title.isEmpty() ? tr("Untitled dataset") : dataset->title;
    m_titleLabel->setText(title);
    m_descriptionLabel->setText(dataset->description);
    m_descriptionLabel->setVisible(!dataset->description.isEmpty());
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
    settings.setValue("window/splitter", m_splitter->saveState());
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
