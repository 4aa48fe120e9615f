// SPDX-License-Identifier: MIT
#include "archivewindow.h"

#include "actorcolors.h"
#include "actortreemodel.h"
#include "actortreeview.h"
#include "archiveactorcounts.h"
#include "archiveeventlistmodel.h"
#include "archiveexportdialog.h"
#include "archiveimage.h"
#include "archivelanesource.h"
#include "archiveoverviewsource.h"
#include "archivespanexport.h"
#include "archivepasswords.h"
#include "archiveview.h"
#include "checkmenubutton.h"
#include "clickhouseclient.h"
#include "eventlistview.h"
#include "filterengine.h"
#include "dateformat.h"
#include "openarchivedialog.h"
#include "overviewview.h"
#include "partialdate.h"
#include "positionspanel.h"
#include "recentdatasets.h"
#include "selectionstate.h"
#include "stancechartview.h"
#include "stancematrixmodel.h"
#include "stancematrixview.h"
#include "visiblewindow.h"
#include "windowlayout.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QScrollArea>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <map>

namespace {

// The tags menu lists the most used ones: a GDELT archive has hundreds of event codes.
constexpr int maxTagsListed = 60;

// Typing pauses this long before the filter goes to the server: every change of the filter
// drops the tiles and asks again.
constexpr int searchDelayMs = 400;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The archive's dataset holds only the events its positions name: a few, searched in turn.
int datasetEventWithId(const Dataset &dataset, const QString &id)
{
    for (int event = 0; !id.isEmpty() && event < dataset.events.count(); ++event) {
        if (dataset.events.id(event) == id)
            return event;
    }
    return -1;
}

} // namespace

ArchiveWindow::ArchiveWindow(const ArchiveAddress &address, QWidget *parent)
    : QMainWindow(parent), m_address(address),
      m_source(new ArchiveLaneSource(address, this)), m_window(new VisibleWindow(this)),
      m_view(new ArchiveView(m_source, m_window, this)),
      m_overviewSource(new ArchiveOverviewSource(m_source->client(), this)),
      m_overview(new OverviewView(m_overviewSource, m_window, this)), m_search(new QLineEdit(this)),
      m_from(new QLineEdit(this)), m_to(new QLineEdit(this)), m_actorChip(new QToolButton(this)),
      m_details(new QTextBrowser(this)), m_status(new QLabel(this)), m_searchDelay(new QTimer(this)),
      m_dataset(std::make_shared<const Dataset>()), m_selection(new SelectionState(this)),
      m_actorModel(new ActorTreeModel(this)),
      m_actorCounts(new ArchiveActorCounts(m_source->client(), this)),
      m_actorView(new ActorTreeView(this)),
      m_positions(new PositionsPanel(m_selection, this)),
      m_eventList(new ArchiveEventListModel(m_source->client(), this)),
      m_eventView(new EventListView(this)), m_eventListDelay(new QTimer(this)),
      m_matrixModel(new StanceMatrixModel(this)), m_matrixView(new StanceMatrixView(this)),
      m_stanceChart(new StanceChartView(this)),
      m_actorsDock(new QDockWidget(tr("Actors"), this)),
      m_detailsDock(new QDockWidget(tr("Details"), this)),
      m_positionsDock(new QDockWidget(tr("Positions"), this)),
      m_eventsDock(new QDockWidget(tr("Events"), this)),
      m_matrixDock(new QDockWidget(tr("Actors × Issues"), this)),
      m_chartDock(new QDockWidget(tr("Stance over Time"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — Tideline archive").arg(address.toString()));

    m_search->setPlaceholderText(tr("Search titles and descriptions"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_from->setPlaceholderText(tr("from 2024-04"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setPlaceholderText(tr("to 2024-07-15"));
    m_to->setAccessibleName(tr("To date"));
    for (QLineEdit *date : {m_from, m_to}) {
        date->setToolTip(tr("A year, a month, a day or a minute (ISO 8601: 2024, 2024-07, "
                            "2024-07-15); years before 1 AD as -0043"));
        date->setMaximumWidth(160);
        connect(date, &QLineEdit::editingFinished, this, &ArchiveWindow::applyFilter);
    }
    m_actorChip->setObjectName(QStringLiteral("actorChip"));
    m_actorChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actorChip->setVisible(false);
    m_actorChip->setToolTip(tr("Click to show every actor again"));
    connect(m_actorChip, &QToolButton::clicked, this, [this] { setActorsFilter({}); });
    // The archive's most used tags, each with its number of events, once the server has said.
    m_tagsButton = new QToolButton(this);
    m_tagsButton->setObjectName(QStringLiteral("tagsButton"));
    m_tagsButton->setText(tr("Tags"));
    m_tagsButton->setToolTip(tr("Only events with any of the ticked tags"));
    m_tagsButton->setPopupMode(QToolButton::InstantPopup);
    m_tagsButton->setMenu(new QMenu(m_tagsButton));
    m_tagsButton->setEnabled(false);
    // Kinds filter events by their actors' kinds, as the file window's; statements filter the
    // positions, the matrix and the chart. Both are known once the actors have arrived.
    m_kindsButton = new CheckMenuButton(tr("Kinds"), tr("Only events with an actor of a ticked kind"),
                                        this);
    m_kindsButton->setObjectName(QStringLiteral("kindsButton"));
    connect(m_kindsButton, &CheckMenuButton::checkedChanged, this, &ArchiveWindow::setKindsFilter);
    m_statementsButton = new CheckMenuButton(
        tr("Statements"), tr("Which stated positions count: public, private, reported"), this);
    m_statementsButton->setObjectName(QStringLiteral("statementsButton"));
    std::vector<std::pair<int, QString>> visibilities;
    for (int v = 0; v <= int(Visibility::Reported); ++v)
        visibilities.push_back({v, Vocabulary::label(Visibility(v))});
    m_statementsButton->setItems(visibilities);
    m_statementsButton->setEnabled(false); // until the positions have arrived
    connect(m_statementsButton, &CheckMenuButton::checkedChanged, this,
            &ArchiveWindow::filterPositions);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ArchiveWindow::applyFilter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_to);
    filterRow->addWidget(m_tagsButton);
    filterRow->addWidget(m_kindsButton);
    filterRow->addWidget(m_statementsButton);
    filterRow->addWidget(m_actorChip);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_overview);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    // The side column: the actors above; the selected event's details and the chosen actor's
    // positions as tabs below, each brought forward when it has something new to show.
    m_actorView->setModel(m_actorModel);
    m_actorModel->setCountSource(m_actorCounts);
    connect(m_actorCounts, &ActorCountSource::countsReady, this, &ArchiveWindow::actorCountsArrived);
    m_actorView->setObjectName(QStringLiteral("archiveActors"));
    m_actorView->setUpColumns(QSettings().value(QStringLiteral("archiveWindow/actorColumns")).toByteArray());
    m_actorsDock->setObjectName(QStringLiteral("archiveActorsDock"));
    m_actorsDock->setWidget(m_actorView);
    addDockWidget(Qt::RightDockWidgetArea, m_actorsDock);

    m_detailsDock->setObjectName(QStringLiteral("archiveDetails"));
    m_details->setOpenExternalLinks(false);
    m_details->setPlaceholderText(tr("Click an event to see its details"));
    m_details->setAccessibleName(tr("Event details"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_positions->setAccessibleName(tr("Positions"));
    m_positionsDock->setObjectName(QStringLiteral("archivePositionsDock"));
    m_positionsDock->setWidget(m_positions);
    addDockWidget(Qt::RightDockWidgetArea, m_positionsDock);
    tabifyDockWidget(m_detailsDock, m_positionsDock);
    m_detailsDock->raise();
    connect(m_positions, &PositionsPanel::positionActivated, this, &ArchiveWindow::showPosition);
    // The tree follows an actor chosen elsewhere (a lane's title, the matrix).
    connect(m_selection, &SelectionState::actorChanged, this, [this](int actor) {
        const QModelIndex index = m_actorModel->indexOfActor(actor);
        if (index.isValid() && m_actorView->currentIndex().siblingAtColumn(0) != index) {
            m_actorView->setCurrentIndex(index);
            m_actorView->scrollTo(index);
        }
        m_positionsDock->raise();
    });

    // Below the timeline, as in the file window: the events in view, in time order, a page at a
    // time as the list scrolls; who holds which stance on each issue, and how the stances on one
    // issue moved (both from the positions pushed beside the events).
    m_eventView->setModel(m_eventList);
    m_eventView->setObjectName(QStringLiteral("archiveEvents"));
    m_eventView->setAccessibleName(tr("Events in view"));
    m_eventView->setUpColumns(ArchiveEventListModel::TitleColumn);
    m_eventView->setColumnWidth(ArchiveEventListModel::DateColumn, 200);
    m_eventView->setColumnWidth(ArchiveEventListModel::ActorsColumn, 320);
    m_eventsDock->setObjectName(QStringLiteral("archiveEventsDock"));
    m_eventsDock->setWidget(m_eventView);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventsDock);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_view->setSelectedEventId(current.data(ArchiveEventListModel::EventIdRole).toString());
            });
    // The list follows the view: a pause after panning or zooming, then the span on screen.
    m_eventListDelay->setSingleShot(true);
    m_eventListDelay->setInterval(300);
    connect(m_eventListDelay, &QTimer::timeout, this, &ArchiveWindow::askEventList);
    connect(m_window, &VisibleWindow::changed, m_eventListDelay, qOverload<>(&QTimer::start));
    connect(m_eventList, &ArchiveEventListModel::pageArrived, this, [this] {
        // The dock's title says how many the view holds, and when they are too many to list.
        const auto total = m_eventList->total();
        if (!total)
            m_eventsDock->setWindowTitle(tr("Events"));
        else if (m_eventList->isTooManyToList())
            m_eventsDock->setWindowTitle(tr("Events: %L1 in view; zoom in to list them").arg(*total));
        else
            m_eventsDock->setWindowTitle(tr("Events: %L1 in view").arg(*total));
        if (!m_eventList->problem().isEmpty())
            statusBar()->showMessage(tr("The events in view could not be listed: %1")
                                         .arg(m_eventList->problem()),
                                     15000);
        // The selected event, once its page has arrived, is the list's current row.
        const int row = m_eventList->rowOfEvent(m_view->selectedEventId());
        if (row >= 0 && m_eventView->currentIndex().row() != row)
            m_eventView->setCurrentIndex(m_eventList->index(row, ArchiveEventListModel::TitleColumn));
    });
    connect(m_source, &ArchiveLaneSource::lanesChanged, this, &ArchiveWindow::updateActorNames);

    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setObjectName(QStringLiteral("archiveMatrix"));
    m_matrixDock->setObjectName(QStringLiteral("archiveMatrixDock"));
    m_matrixDock->setWidget(m_matrixView);
    addDockWidget(Qt::BottomDockWidgetArea, m_matrixDock);
    tabifyDockWidget(m_eventsDock, m_matrixDock);
    connect(m_matrixView, &QTableView::clicked, this, &ArchiveWindow::showMatrixCell);
    connect(m_matrixView, &QTableView::activated, this, &ArchiveWindow::showMatrixCell);
    connect(m_matrixDock, &QDockWidget::visibilityChanged, m_matrixView, [this](bool visible) {
        if (visible)
            m_matrixView->fitColumns();
    });
    // Below its minimum height the chart scrolls, rather than hold the window too tall.
    auto *chartArea = new QScrollArea(this);
    chartArea->setWidget(m_stanceChart);
    chartArea->setWidgetResizable(true);
    chartArea->setFrameShape(QFrame::NoFrame);
    chartArea->setAccessibleName(tr("Stance over time"));
    m_chartDock->setObjectName(QStringLiteral("archiveStanceChartDock"));
    m_chartDock->setWidget(chartArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartDock);
    tabifyDockWidget(m_matrixDock, m_chartDock);
    m_eventsDock->raise();

    // Ticking an actor filters the lanes to its events; choosing one shows its stated positions;
    // the counts are the archive's, under the filter.
    connect(m_actorModel, &ActorTreeModel::actorsTicked, this, [this](const QSet<int> &ticked) {
        QStringList ids;
        for (const int actor : ticked)
            ids << m_dataset->actors[size_t(actor)].id;
        ids.sort();
        setActorsFilter(ids);
    });
    connect(m_actorView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const int actor = current.data(ActorTreeModel::ActorIndexRole).toInt();
                if (current.isValid() && actor >= 0)
                    m_selection->setActor(actor);
            });

    statusBar()->addWidget(m_status, 1);
    connect(m_source, &ArchiveLaneSource::lanesChanged, this, &ArchiveWindow::updateStatus);
    connect(m_source, &ArchiveLaneSource::tilesArrived, this, &ArchiveWindow::updateStatus);
    connect(m_source, &ArchiveLaneSource::failed, this, &ArchiveWindow::updateStatus);
    connect(m_view, &ArchiveView::eventSelected, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_detailsDock->raise();
        showDetails(id);
        const int row = m_eventList->rowOfEvent(id);
        if (row < 0) {
            m_eventView->clearSelection();
        } else if (m_eventView->currentIndex().row() != row) {
            const QModelIndex index = m_eventList->index(row, ArchiveEventListModel::TitleColumn);
            m_eventView->setCurrentIndex(index);
            m_eventView->scrollTo(index);
        }
    });
    connect(m_view, &ArchiveView::actorChosen, this, [this](const QString &actor) {
        // A lane's name also shows what its actor has said.
        const int index = m_dataset->actorIndex(actor);
        if (index >= 0)
            m_selection->setActor(index);
        setActorFilter(m_filter.actors == QStringList{actor} ? QString() : actor);
    });
    // A range dragged on the overview (with Ctrl, or "Drag Sets the Date Filter") goes into the
    // date fields, as exact as the overview's bins, and filters as if typed.
    connect(m_overviewSource, &ArchiveOverviewSource::dateFilterAsked, this,
            [this](const PartialDate &from, const PartialDate &to) {
                m_from->setText(from.toIsoString());
                m_to->setText(to.toIsoString());
                applyFilter();
            });
    connect(m_view, &ArchiveView::browsingFailed, this, [this](const QString &problem) {
        statusBar()->showMessage(tr("The next event could not be found: %1").arg(problem), 15000);
    });
    connect(m_overviewSource, &ArchiveOverviewSource::failed, this, [this](const QString &problem) {
        statusBar()->showMessage(tr("The overview could not be counted: %1").arg(problem), 15000);
    });
    connect(&m_datasetBuild, &QFutureWatcher<ArchiveDataset::Result>::finished, this,
            &ArchiveWindow::datasetBuilt);
    // Details of an event that arrives after it was selected (a tile landing) are filled in.
    connect(m_source, &ArchiveLaneSource::eventsReplaced, this, [this] {
        if (!m_view->selectedEventId().isEmpty() && m_details->toPlainText().isEmpty())
            showDetails(m_view->selectedEventId());
    });
    createMenus();

    QSettings settings;
    const bool shareDocks = WindowLayout::placeWindow(
        this, settings.value(QStringLiteral("archiveWindow/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("archiveWindow/state")).toByteArray())
        || shareDocks) {
        const int side = WindowLayout::sideDockWidth(width(), m_actorView->preferredWidth());
        resizeDocks({m_actorsDock, m_detailsDock}, {side, side}, Qt::Horizontal);
        resizeDocks({m_actorsDock, m_detailsDock}, {height() / 2, height() / 2}, Qt::Vertical);
        resizeDocks({m_eventsDock}, {WindowLayout::bottomDockHeight(height())}, Qt::Vertical);
    }
    RecentDatasets::rememberArchive(settings, address.toString());
    m_source->open();
    loadDataset();
    askTags();
    updateStatus();
    m_view->setFocus();
}

ArchiveWindow::~ArchiveWindow() = default;

void ArchiveWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("Open &Archive…"), this,
                                    [this] { openArchiveDialog(this); });
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    QAction *exportImage = file->addAction(tr("&Export Image…"), this, &ArchiveWindow::exportDialog);
    exportImage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportImage->setToolTip(tr("A PNG, SVG or PDF picture of the timeline as it is on screen, "
                               "or of the whole span of the events that pass the filter"));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_view, &ArchiveView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_view, &ArchiveView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit All"), m_view, &ArchiveView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *again = view->addAction(tr("&Ask the Server Again"), this, &ArchiveWindow::askAgain);
    again->setShortcut(QKeySequence::Refresh);
    again->setToolTip(tr("Drops what was fetched and asks the archive again"));
    QAction *search = view->addAction(tr("&Search"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    search->setShortcut(QKeySequence::Find);
    view->addSeparator();
    QAction *dragFilter = m_overview->dragSetsDateFilterAction();
    dragFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(dragFilter);
    QAction *showOverview = view->addAction(tr("Show &Overview"));
    showOverview->setCheckable(true);
    showOverview->setChecked(QSettings().value(QStringLiteral("archiveWindow/overview"), true).toBool());
    m_overview->setVisible(showOverview->isChecked());
    connect(showOverview, &QAction::toggled, this, [this](bool on) {
        m_overview->setVisible(on);
        QSettings().setValue(QStringLiteral("archiveWindow/overview"), on);
    });
}

void ArchiveWindow::applyFilter()
{
    ArchiveFilter filter = m_filter;
    filter.text = m_search->text().trimmed();
    filter.from = std::numeric_limits<qint64>::min();
    filter.to = std::numeric_limits<qint64>::max();
    QStringList problems;
    PartialDate fromDate;
    PartialDate toDate;
    const auto readDate = [&](QLineEdit *field, bool start) {
        const QString text = field->text().trimmed();
        field->setStyleSheet(QString());
        if (text.isEmpty())
            return;
        QString error;
        const PartialDate date = PartialDate::parse(text, &error);
        if (!date.isValid()) {
            // As the file window's filter bar marks a date it cannot read.
            field->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
            problems << (start ? tr("From: %1") : tr("To: %1")).arg(error);
            return;
        }
        // A date means all of it: "to 2024" takes in the whole of 2024.
        if (start) {
            filter.from = date.firstSecond();
            fromDate = date;
        } else {
            filter.to = date.endSecond();
            toDate = date;
        }
    };
    readDate(m_from, true);
    readDate(m_to, false);
    if (!problems.isEmpty()) {
        statusBar()->showMessage(problems.join(QStringLiteral("; ")), 8000);
        return;
    }
    // Leaving a date field unchanged asks nothing: a new filter drops every tile fetched.
    if (filter.text == m_filter.text && filter.from == m_filter.from && filter.to == m_filter.to)
        return;
    m_filter = filter;
    m_fromDate = fromDate;
    m_toDate = toDate;
    filterChanged();
}

QString ArchiveWindow::actorName(const QString &actorId) const
{
    const int lane = m_source->laneOfActor(actorId);
    if (lane >= 0)
        return m_source->laneInfo(lane).title;
    const int actor = m_dataset->actorIndex(actorId);
    return actor >= 0 ? m_dataset->actors[size_t(actor)].name : actorId;
}

void ArchiveWindow::setActorFilter(const QString &actorId)
{
    setActorsFilter(actorId.isEmpty() ? QStringList() : QStringList{actorId});
}

void ArchiveWindow::setActorsFilter(const QStringList &actorIds)
{
    m_filter.actors = actorIds;
    QStringList names;
    QSet<int> ticked;
    for (const QString &id : actorIds) {
        names << actorName(id);
        const int actor = m_dataset->actorIndex(id);
        if (actor >= 0)
            ticked.insert(actor);
    }
    m_actorChip->setText((names.size() == 1 ? tr("Actor: %1 ✕") : tr("Actors: %1 ✕"))
                             .arg(names.join(QStringLiteral(", "))));
    m_actorChip->setVisible(!actorIds.isEmpty());
    m_actorModel->setCheckedActors(ticked);
    m_view->setMarkedActor(actorIds.size() == 1 ? actorIds.first() : QString());
    filterChanged();
}

void ArchiveWindow::setTagsFilter(const QStringList &tags)
{
    m_filter.tags = tags;
    m_tagsButton->setText(tags.isEmpty() ? tr("Tags") : tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
    for (QAction *action : m_tagsButton->menu()->actions()) {
        const QSignalBlocker quiet(action);
        action->setChecked(tags.contains(action->data().toString()));
    }
    filterChanged();
}

void ArchiveWindow::setKindsFilter(const QSet<int> &kinds)
{
    m_kindsButton->setCheckedValues(kinds);
    if (kinds.isEmpty())
        m_filter.kindActors.reset();
    else
        m_filter.kindActors = m_dataset ? ArchiveDataset::actorsOfKinds(*m_dataset, kinds)
                                        : QStringList();
    filterChanged();
}

void ArchiveWindow::filterPositions()
{
    if (!m_dataset)
        return;
    // The positions are in memory beside the archive (ArchiveDataset): the file window's filter
    // engine narrows them as it does there, by actor, kind, date, text and visibility.
    EventFilter filter;
    for (const QString &id : m_filter.actors)
        if (const int actor = m_dataset->actorIndex(id); actor >= 0)
            filter.actors.insert(actor);
    filter.actorMatch = m_filter.allActors ? EventFilter::ActorMatch::All : EventFilter::ActorMatch::Any;
    filter.from = m_fromDate;
    filter.to = m_toDate;
    filter.query = m_filter.text;
    filter.kinds = m_kindsButton->checkedValues();
    filter.visibilities = m_statementsButton->checkedValues();
    auto result = std::make_shared<const FilterResult>(
        FilterEngine::apply(*m_dataset, filter, nullptr, FilterEngine::Counts::Skip));
    m_positions->setFilterResult(result);
    m_matrixModel->setFilterResult(result);
    m_stanceChart->setFilterResult(result);
}

void ArchiveWindow::askTags()
{
    if (!m_tagsRequest.isEmpty())
        m_source->client()->cancel(m_tagsRequest);
    m_tagsRequest = m_source->client()->send(
        ArchiveQuery::tagCounts(m_address, maxTagsListed),
        [this](const QByteArray &body, const QString &error) {
            m_tagsRequest.clear();
            const auto counts = ArchiveQuery::readActorCounts(body);
            if (!error.isEmpty() || !counts)
                return; // the lanes say what is wrong with the server
            QMenu *menu = m_tagsButton->menu();
            menu->clear();
            for (const auto &[tag, events] : *counts) {
                //: A tag in the archive window's tags menu: %1 is the tag, %2 its events
                QAction *action = menu->addAction(tr("%1 (%L2)").arg(tag).arg(events));
                action->setData(tag);
                action->setCheckable(true);
                action->setChecked(m_filter.tags.contains(tag));
                connect(action, &QAction::toggled, this, [this] {
                    QStringList ticked;
                    for (QAction *each : m_tagsButton->menu()->actions())
                        if (each->isChecked())
                            ticked << each->data().toString();
                    setTagsFilter(ticked);
                });
            }
            m_tagsButton->setEnabled(!counts->empty());
            m_tagsButton->setToolTip(counts->empty()
                                         ? tr("The archive's events have no tags")
                                         : tr("Only events with any of the ticked tags"));
            emit tagsArrived();
        });
}

void ArchiveWindow::filterChanged()
{
    filterPositions();
    m_source->setFilter(m_filter);
    m_overviewSource->setFilter(m_filter);
    m_actorCounts->setFilter(m_filter);
    askEventList();
    updateStatus();
}

void ArchiveWindow::askAgain()
{
    m_source->open();
    m_overviewSource->open();
    loadDataset();
    m_actorCounts->askCounts();
    askTags();
    askEventList();
}

void ArchiveWindow::askEventList()
{
    m_eventListDelay->stop();
    m_eventList->setQuery(m_filter, m_window->start(), m_window->end(), m_source->longestEvent());
    m_eventsDock->setWindowTitle(tr("Events"));
}

void ArchiveWindow::updateActorNames()
{
    QHash<QString, QString> names;
    for (const Actor &actor : m_dataset->actors)
        names.insert(actor.id, actor.name);
    for (int lane = 0; lane < m_source->laneCount(); ++lane)
        names.insert(m_source->laneActorId(lane), m_source->laneInfo(lane).title);
    m_eventList->setActorNames(std::move(names));
}

void ArchiveWindow::loadDataset()
{
    if (!m_datasetRequest.isEmpty())
        m_source->client()->cancel(m_datasetRequest);
    m_datasetRequest = m_source->client()->send(
        ArchiveDataset::documents(m_address),
        [this](const QByteArray &body, const QString &error) {
            m_datasetRequest.clear();
            const auto parts = ArchiveDataset::readDocuments(body);
            if (!error.isEmpty() || !parts) {
                statusBar()->showMessage(
                    tr("The archive's actors and positions could not be read: %1")
                        .arg(error.isEmpty() ? tr("its answer makes no sense") : error));
                emit datasetArrived();
                return;
            }
            // Parsing and checking the documents is a file's load: not on the window's thread.
            m_datasetBuild.setFuture(QtConcurrent::run(&ArchiveDataset::build, *parts));
        });
}

void ArchiveWindow::datasetBuilt()
{
    const ArchiveDataset::Result result = m_datasetBuild.result();
    if (!result.problems.isEmpty())
        statusBar()->showMessage(tr("Some of the archive's actors and positions could not be "
                                    "read: %1")
                                     .arg(result.problems.mid(0, 3).join(QStringLiteral("; "))),
                                 15000);
    if (result.dataset) {
        m_dataset = result.dataset;
        m_actorModel->setDataset(m_dataset);
        m_positions->setDataset(m_dataset);
        m_matrixModel->setDataset(m_dataset);
        m_stanceChart->setDataset(m_dataset);
        updateActorNames();
        if (m_matrixView->isVisible())
            m_matrixView->fitColumns();
        // Each lane in its actor's colour, as in the actors panel and the file window.
        const ActorColors colors(*m_dataset);
        QHash<QString, QColor> colorOfActor;
        for (size_t actor = 0; actor < m_dataset->actors.size(); ++actor)
            colorOfActor.insert(m_dataset->actors[actor].id, colors.of(int(actor)));
        m_source->setActorColors(std::move(colorOfActor));
        m_actorView->expandAll();
        // Ticks and names for a filter set before the actors arrived (a lane's name).
        QSet<int> ticked;
        for (const QString &id : m_filter.actors) {
            const int actor = m_dataset->actorIndex(id);
            if (actor >= 0)
                ticked.insert(actor);
        }
        m_actorModel->setCheckedActors(ticked);
        m_actorCounts->setDataset(m_dataset); // the counts, indexed as these actors
        // The kinds the archive's actors have, each with its number of actors.
        std::map<int, int> actorsOfKind;
        for (const Actor &actor : m_dataset->actors)
            ++actorsOfKind[int(actor.kind)];
        std::vector<std::pair<int, QString>> kinds;
        for (const auto &[kind, actors] : actorsOfKind)
            //: A kind in the archive window's kinds menu: %1 is the kind, %2 its actors
            kinds.push_back({kind, tr("%1 (%n actor(s))", nullptr, actors)
                                       .arg(Vocabulary::label(ActorKind(kind)))});
        m_kindsButton->setItems(kinds);
        m_statementsButton->setEnabled(!m_dataset->positions.empty());
        m_statementsButton->setToolTip(
            m_dataset->positions.empty()
                ? tr("No stated positions were pushed with the archive's events")
                : tr("Which stated positions count: public, private, reported"));
        if (m_filter.kindActors) // ticked before these actors were known: their ids now
            setKindsFilter(m_kindsButton->checkedValues());
        else
            filterPositions();
    }
    emit datasetArrived();
}

void ArchiveWindow::showMatrixCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int actor = index.data(StanceMatrixModel::ActorIndexRole).toInt();
    const int issue = index.data(StanceMatrixModel::IssueIndexRole).toInt();
    m_selection->setActor(actor);
    m_positions->showActor(actor, issue);
    m_positionsDock->raise();
    m_stanceChart->setIssue(issue);
}

void ArchiveWindow::showPosition(int position)
{
    if (position < 0 || size_t(position) >= m_dataset->positions.size())
        return;
    const Position &p = m_dataset->positions[size_t(position)];
    if (p.event >= 0) {
        // The event is the archive's too: selected there by its id, its details asked for.
        const QString id = m_dataset->events.id(p.event);
        m_window->showPeriod(m_dataset->events.beginSecond(p.event),
                             m_dataset->events.endSecond(p.event));
        m_view->setSelectedEventId(id); // which asks for its details
    } else {
        m_window->showPeriod(p.date.firstSecond(), p.date.endSecond());
    }
}

QString ArchiveWindow::statusText() const
{
    return m_status->text();
}

void ArchiveWindow::updateStatus()
{
    QString text;
    switch (m_source->state()) {
    case ArchiveLaneSource::State::Closed:
    case ArchiveLaneSource::State::Opening:
        text = tr("Opening %1…").arg(m_address.toString());
        break;
    case ArchiveLaneSource::State::Failed:
        text = tr("No answer from the archive: %1").arg(m_source->problem());
        break;
    case ArchiveLaneSource::State::Ready: {
        text = tr("%n lane(s)", nullptr, m_source->laneCount());
        const int pending = m_source->pendingRequests();
        if (pending > 0)
            text += QStringLiteral("  ·  ") + tr("fetching %n part(s) of the view", nullptr, pending);
        break;
    }
    }
    m_status->setText(text);
}

void ArchiveWindow::showDetails(const QString &id)
{
    if (!m_detailsRequest.isEmpty()) {
        m_source->client()->cancel(m_detailsRequest);
        m_detailsRequest.clear();
    }
    // The event as its lane or the event list has it; else as a position's dataset names it (a
    // row chosen in the list while its lane shows counts, a position's date clicked before its
    // lane's tile has arrived, or in a lane scrolled away).
    ArchiveEvent known;
    if (const ArchiveEvent *event = m_source->event(m_source->indexOfEvent(id))) {
        known = *event;
    } else if (const int row = m_eventList->rowOfEvent(id); !id.isEmpty() && row >= 0) {
        known = m_eventList->eventAt(row);
    } else if (const int event = datasetEventWithId(*m_dataset, id); event >= 0) {
        const EventStore &events = m_dataset->events;
        known.id = id;
        known.beginSecond = events.beginSecond(event);
        known.title = events.title(event);
        known.start = events.start(event).toIsoString();
        known.end = events.end(event).isValid() ? events.end(event).toIsoString() : QString();
        for (const quint32 actor : events.actors(event))
            known.actors << m_dataset->actors[actor].id;
    } else {
        m_details->clear();
        return;
    }
    const ArchiveEvent *event = &known;
    QStringList actors;
    for (const QString &actor : event->actors)
        actors << escaped(actorName(actor));
    const QString dates = DateFormat::range(PartialDate::parse(event->start),
                                            PartialDate::parse(event->end), locale());
    const QString head = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                             .arg(escaped(event->title), escaped(dates),
                                  actors.join(QStringLiteral(", ")));
    m_details->setHtml(head + QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("Asking for the description…"))));
    m_detailsRequest = m_source->client()->send(
        ArchiveQuery::eventDetails(m_address, id, event->beginSecond),
        [this, head, id](const QByteArray &body, const QString &error) {
            m_detailsRequest.clear();
            if (m_view->selectedEventId() != id)
                return;
            QString html = head;
            const auto details = ArchiveQuery::readEventDetails(body);
            if (!error.isEmpty()) {
                html += QStringLiteral("<p>%1</p>").arg(escaped(error));
            } else if (details) {
                if (!details->description.isEmpty())
                    html += QStringLiteral("<p>%1</p>").arg(escaped(details->description));
                if (!details->location.isEmpty())
                    html += QStringLiteral("<p>%1 %2</p>").arg(escaped(tr("Location:")),
                                                              escaped(details->location));
                if (!details->tags.isEmpty())
                    html += QStringLiteral("<p>%1 %2</p>").arg(escaped(tr("Tags:")),
                                                              escaped(details->tags.join(u", ")));
                if (!details->sources.isEmpty())
                    html += QStringLiteral("<p>%1 %2</p>").arg(escaped(tr("Sources:")),
                                                              escaped(details->sources.join(u", ")));
            }
            html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(id));
            m_details->setHtml(html);
        });
}

QString ArchiveWindow::filterCaption() const
{
    // The caption says what the picture is of: the archive and the filter.
    QStringList caption{m_address.toString()};
    if (!m_filter.text.isEmpty())
        caption << tr("text “%1”").arg(m_filter.text);
    if (!m_filter.actors.isEmpty()) {
        QStringList names;
        for (const QString &id : m_filter.actors)
            names << actorName(id);
        caption << (names.size() == 1 ? tr("actor %1") : tr("actors %1"))
                       .arg(names.join(QStringLiteral(", ")));
    }
    if (!m_filter.tags.isEmpty())
        caption << (m_filter.tags.size() == 1 ? tr("tag %1") : tr("tags %1"))
                       .arg(m_filter.tags.join(QStringLiteral(", ")));
    QStringList kinds;
    for (const int kind : m_kindsButton->checkedValues())
        kinds << Vocabulary::label(ActorKind(kind));
    kinds.sort();
    if (!kinds.isEmpty())
        caption << (kinds.size() == 1 ? tr("kind %1") : tr("kinds %1"))
                       .arg(kinds.join(QStringLiteral(", ")));
    return caption.join(QStringLiteral("  ·  "));
}

QString ArchiveWindow::exportImage(const QString &path, TimelineImage::Format format)
{
    const QString caption = filterCaption() + QStringLiteral("  ·  ")
                            + ArchiveSpanExport::spanText(m_window->start(), m_window->end() - 1,
                                                          locale());
    const TimelineRenderRequest request = m_view->renderRequest(
        QSize(m_view->renderer().geometry().headerWidth + m_window->width(), m_view->height()));
    return ArchiveImage::write(path, format, *m_source, request, caption);
}

ArchiveSpanExport *ArchiveWindow::exportWholeSpan(const QString &path, TimelineImage::Format format,
                                                  int width)
{
    ArchiveSpanExport::Request request;
    request.address = m_address;
    request.filter = m_filter;
    request.actorColors = m_source->actorColors();
    request.longestEvent = m_source->longestEvent();
    request.path = path;
    request.format = format;
    request.width = width;
    request.caption = filterCaption();
    request.font = m_view->font();
    request.locale = locale();
    auto *job = new ArchiveSpanExport(std::move(request), this);
    // Window-modal: the filter the picture is of stays as it is until the picture is written.
    auto *progress = new QProgressDialog(tr("Asking the archive for the whole span…"),
                                         tr("Cancel"), 0, 1, this);
    progress->setWindowTitle(tr("Export Image"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(progress, &QProgressDialog::canceled, job, &ArchiveSpanExport::cancel);
    connect(job, &ArchiveSpanExport::progress, progress, [progress](int done, int asked) {
        progress->setMaximum(std::max(asked, 1));
        progress->setValue(std::min(done, progress->maximum()));
    });
    connect(job, &ArchiveSpanExport::finished, this,
            [this, job, progress, path](const QString &problem) {
                const bool cancelled = progress->wasCanceled();
                progress->deleteLater();
                job->deleteLater();
                if (cancelled)
                    return;
                if (!problem.isEmpty()) {
                    QMessageBox::warning(this, tr("Export Image"),
                                         tr("Could not export %1: %2")
                                             .arg(QDir::toNativeSeparators(path), problem));
                    return;
                }
                statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
            });
    job->start();
    return job;
}

void ArchiveWindow::exportDialog()
{
    ArchiveExportDialog choices(this);
    if (choices.exec() != QDialog::Accepted)
        return;
    ArchiveExportDialog::Options options = choices.options();
    static const QString suffixes[] = {QStringLiteral("png"), QStringLiteral("svg"),
                                       QStringLiteral("pdf")};
    const QString suffix = suffixes[int(options.format)];
    const QString filters[] = {tr("PNG image (*.png)"), tr("SVG picture (*.svg)"),
                               tr("PDF document (*.pdf)")};
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("archiveWindow/exportFolder")).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Image"),
        QDir(folder).filePath(m_address.table + QLatin1Char('.') + suffix),
        filters[int(options.format)]);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    // A name typed with another format's suffix ("map.svg") is written in that format.
    TimelineImage::formatFromName(QFileInfo(path).suffix(), &options.format);
    settings.setValue(QStringLiteral("archiveWindow/exportFolder"), QFileInfo(path).absolutePath());
    if (options.wholeSpan) {
        exportWholeSpan(path, options.format, options.width);
        return;
    }
    const QString problem = exportImage(path, options.format);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Image"), problem);
        return;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ArchiveWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("archiveWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("archiveWindow/state"), saveState());
    settings.setValue(QStringLiteral("archiveWindow/actorColumns"), m_actorView->header()->saveState());
    QMainWindow::closeEvent(event);
}

ArchiveWindow *ArchiveWindow::openArchiveDialog(QWidget *parent, const QString &address)
{
    QStringList recent = RecentDatasets::loadArchives(QSettings());
    if (!address.isEmpty()) {
        recent.removeAll(address);
        recent.prepend(address);
    }
    OpenArchiveDialog dialog(recent, parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const ArchiveAddress chosen = dialog.address();
    ArchiveWindow *window = openArchive(chosen);
    if (chosen.user.isEmpty())
        return window;
    const QString key = chosen.toString();
    if (dialog.remembersPassword() && !chosen.password.isEmpty()) {
        ArchivePasswords::write(key, chosen.password, window, [window](const QString &problem) {
            if (!problem.isEmpty())
                window->statusBar()->showMessage(
                    tr("The password was not kept in the keychain: %1").arg(problem), 15000);
        });
    } else if (!dialog.remembersPassword()) {
        ArchivePasswords::forget(key, window);
    }
    return window;
}

ArchiveWindow *ArchiveWindow::openArchive(const ArchiveAddress &address)
{
    auto *window = new ArchiveWindow(address);
    window->show();
    return window;
}

void ArchiveWindow::openWithStoredPassword(const ArchiveAddress &address, QWidget *parent)
{
    if (address.user.isEmpty() || !address.password.isEmpty()) {
        openArchive(address);
        return;
    }
    QObject *context = parent ? static_cast<QObject *>(parent) : qApp;
    ArchivePasswords::read(
        address.toString(), context,
        [address, parent](const QString &password, const QString &problem) {
            if (!problem.isEmpty() || password.isEmpty()) {
                // Started for this archive alone (the command line) and then cancelled: there
                // is no window left to close, so end here.
                if (openArchiveDialog(parent, address.toString()) || parent)
                    return;
                const QWidgetList windows = QApplication::topLevelWidgets();
                if (std::none_of(windows.begin(), windows.end(),
                                 [](const QWidget *widget) { return widget->isVisible(); }))
                    QCoreApplication::quit();
                return;
            }
            ArchiveAddress withPassword = address;
            withPassword.password = password;
            openArchive(withPassword);
        });
}
