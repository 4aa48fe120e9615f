// SPDX-License-Identifier: MIT
// The window on the sample dataset, offscreen: it shows the dataset, keeps it when a broken file
// is opened and lists the errors, opens dropped files and remembers them; it opens at a size
// that suits the screen, with the timeline taking most of it, and comes back as it was left.
#include "actortreemodel.h"
#include "datasetgenerator.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "loaderrorsdialog.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "timelineview.h"
#include "windowlayout.h"
#include "workerpool.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QDockWidget>
#include <QHeaderView>
#include <QIcon>
#include <QScreen>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QMimeData>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QThreadPool>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QString m_large; // 400,000 generated events: seconds to load, long enough to act meanwhile

    QString largeDataset()
    {
        if (m_large.isEmpty()) {
            const QString path = m_config.filePath(QStringLiteral("large.json"));
            DatasetGenerator::Options options;
            options.events = 400000;
            if (DatasetGenerator::write(options, path).isEmpty())
                m_large = path;
        }
        return m_large;
    }

    static QAction *findAction(QWidget *window, const QString &text)
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    // The screens main() gives the offscreen platform. The window opens on the pointer's.
    static QScreen *pointAtScreen(const QString &name)
    {
        for (QScreen *screen : QGuiApplication::screens()) {
            if (screen->name() == name) {
                QCursor::setPos(screen->geometry().center());
                return screen;
            }
        }
        return nullptr;
    }

    static QString rect(const QRect &r)
    {
        return QStringLiteral("%1x%2+%3+%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
    }

    static void addScreenRows()
    {
        QTest::addColumn<QString>("screenName");
        QTest::addRow("laptop 1366x768") << QStringLiteral("Laptop");
        QTest::addRow("monitor 1920x1080") << QStringLiteral("Monitor");
    }

private slots:
    void initTestCase()
    {
        // Settings go to a throwaway folder, never the user's.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void init()
    {
        if (QScreen *primary = QGuiApplication::primaryScreen())
            QCursor::setPos(primary->geometry().center());
    }

    void opensTheSampleDatasetAtStart()
    {
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Gaza cease-fire talks")));
        QCOMPARE(window.eventView()->model()->rowCount(), 23);
        QVERIFY(window.actorView()->model()->rowCount() >= 3); // kind groups
        QVERIFY(window.actorView()->isExpanded(window.actorView()->model()->index(0, 0)));
        QVERIFY(!window.errorsDialog() || !window.errorsDialog()->isVisible());
    }

    void keepingACacheIsASettingTheLoadsFollow()
    {
        QSettings().clear();
        MainWindow window;
        // A window the program did not allow the cache (tests, --no-cache) never uses it.
        QVERIFY(!window.session()->cache());
        window.setCacheAllowed(true);
        QVERIFY(window.keepCacheAction()->isChecked());
        QVERIFY(window.session()->cache());
        window.keepCacheAction()->trigger();
        QVERIFY(!window.session()->cache());
        QCOMPARE(QSettings().value(DatasetCache::enabledSettingsKey()).toBool(), false);
        {
            MainWindow next; // the next run remembers
            next.setCacheAllowed(true);
            QVERIFY(!next.keepCacheAction()->isChecked());
            QVERIFY(!next.session()->cache());
        }
        window.keepCacheAction()->trigger();
        QVERIFY(window.session()->cache());
        window.setCacheAllowed(false); // --no-cache wins over the setting
        QVERIFY(!window.session()->cache());
        QSettings().clear();
    }

    // The event list's columns are fitted to their rows once a dataset has landed (on the next
    // turn of the event loop, not in the hand-over): the date whole, actors and places whole up
    // to 240 px.
    void fitsTheEventListsColumnsAfterADatasetLands()
    {
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventView();
        const auto fitted = [view](int column) {
            // QTableView makes it protected; it is public where it is declared.
            return std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column),
                            view->horizontalHeader()->sectionSizeHint(column));
        };
        QTRY_COMPARE(view->columnWidth(EventTableModel::DateColumn),
                     fitted(EventTableModel::DateColumn));
        for (const int column : {EventTableModel::ActorsColumn, EventTableModel::LocationColumn})
            QCOMPARE(view->columnWidth(column), std::min(fitted(column), 240));
    }

    // Each kind's icon is made once for the process: a QIcon read from its SVG file for every
    // data() call made expanding the actor tree 55 ms slower when a million events landed.
    void actorsOfOneKindShareOneKindIcon()
    {
        MainWindow window;
        window.openAtStart({});
        const auto dataset = window.session()->dataset();
        const auto *model = window.actorModel();
        const auto kindIcon = [&](const QString &actor) {
            return model->indexOfActor(dataset->actorIndex(actor), ActorTreeModel::KindColumn)
                .data(Qt::DecorationRole)
                .value<QIcon>();
        };
        const QIcon israel = kindIcon(QStringLiteral("israel"));
        QVERIFY(!israel.isNull());
        QVERIFY(!israel.pixmap(16, 16).isNull());
        QCOMPARE(kindIcon(QStringLiteral("israel")).cacheKey(), israel.cacheKey());
        QCOMPARE(dataset->actors[size_t(dataset->actorIndex(QStringLiteral("netanyahu")))].kind,
                 ActorKind::Person);
        QVERIFY(kindIcon(QStringLiteral("netanyahu")).cacheKey() != israel.cacheKey());
        QCOMPARE(kindIcon(QStringLiteral("netanyahu")).cacheKey(),
                 kindIcon(QStringLiteral("haniyeh")).cacheKey());
    }

    void clickingARowSelectsThatEvent()
    {
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.eventView();
        const QModelIndex target = view->model()->index(3, 1);
        const QRect rect = view->visualRect(target);
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().row(), 3);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->selectionModel()->selectedRows().first().row(), 4);
    }

    void aBrokenFileKeepsTheOpenDataAndListsEveryError()
    {
        MainWindow window;
        window.openAtStart({});
        window.show();
        const auto before = window.session()->dataset();
        QVERIFY(!window.openPaths({QStringLiteral(TIDELINE_TEST_DATA "/broken/broken.json")}));
        QCOMPARE(window.session()->dataset(), before);
        QCOMPARE(window.eventView()->model()->rowCount(), 23);
        LoadErrorsDialog *dialog = window.errorsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageList()->topLevelItemCount(), 2);
        QVERIFY(dialog->messageList()->topLevelItem(0)->text(0).endsWith(
            QStringLiteral("broken.json:4:48")));
        QCOMPARE(dialog->messageList()->topLevelItem(1)->text(1),
                 QStringLiteral("events[1].actors[0]"));
        dialog->close();
    }

    void aBackgroundLoadShowsProgressAndCancelKeepsTheData()
    {
        const QString path = largeDataset();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("loadProgress"));
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelLoad"));
        QVERIFY(progress && cancel);
        QVERIFY(!cancel->isVisible());

        window.openPathsInBackground({path});
        QVERIFY(cancel->isVisible());
        // The window keeps working while it loads: it repaints and its progress moves.
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);
        window.timelineView()->repaint();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 30000);
        QCOMPARE(window.eventView()->model()->rowCount(), 23); // the sample is still open
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Cancelled")));
    }

    // File → Open Sample Dataset while a big file loads in the background: the sample is the
    // newer request, so the load is given up and never replaces the sample when it ends.
    void theSampleOpenedDuringABackgroundLoadStaysOpen()
    {
        MainWindow window;
        window.openAtStart({QStringLiteral(TIDELINE_TEST_DATA "/merge")});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.session()->dataset()->events.count(), 3);
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelLoad"));
        QVERIFY(cancel);

        window.openPathsInBackground({largeDataset()});
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->progress()->bytesRead() > 0, 30000);
        QSignalSpy changed(window.session(), &DatasetSession::datasetChanged);
        QAction *sample = findAction(&window, QStringLiteral("Open &Sample Dataset"));
        QVERIFY(sample);
        sample->trigger();
        QCOMPARE(window.session()->dataset()->events.count(), 23);
        QVERIFY(!window.session()->isLoading());
        QVERIFY(!cancel->isVisible());
        // Let the big load run out, and anything it would deliver arrive.
        QVERIFY(WorkerPool::instance()->waitForDone(120000));
        QTest::qWait(100);
        QCOMPARE(window.session()->dataset()->events.count(), 23);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window.eventView()->model()->rowCount(), 23);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Gaza cease-fire talks")));
    }

    // While a file that changed on disk is read again, Esc does what the focused widget does
    // with it (the timeline clears its selection, the search field its text) and the reload goes
    // on. Esc cancels only a load the user started, and only where nothing else wants it.
    void escapeNeverCancelsAReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("growing.json"));
        QVERIFY(QFile::copy(DatasetSession::samplePath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // resources are read-only
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPaths({path}));
        const int before = window.session()->dataset()->events.count();

        // The file grows on disk: the window reads it again by itself.
        QFile large(largeDataset());
        QVERIFY(large.open(QIODevice::ReadOnly));
        QFile target(path);
        QVERIFY(target.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(target.write(large.readAll()), large.size());
        target.close();
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isLoading(), 10000);
        QCOMPARE(window.session()->loadingPurpose(), DatasetSession::Purpose::Reload);

        // Esc in the timeline, with an event selected: the selection goes, the reload stays.
        TimelineView *timeline = window.timelineView();
        timeline->setFocus();
        window.selection()->setEvent(0);
        QTest::keyClick(timeline, Qt::Key_Escape);
        QCOMPARE(window.selection()->event(), -1);
        // Esc in the search field with text in it: the text goes, the reload stays.
        QLineEdit *search = window.filterBar()->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("zz"));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        // Esc with nothing to clear: still not a cancel of a reload nobody asked for.
        QTest::keyClick(timeline, Qt::Key_Escape);
        QTest::qWait(200); // a button's shortcut clicks after a short animation
        QVERIFY(window.session()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 120000);
        QCOMPARE(window.session()->dataset()->events.count(), 400000);
        QVERIFY(window.session()->dataset()->events.count() != before);

        // A load the user started: Esc where no widget wants it cancels that.
        window.openPathsInBackground({largeDataset()});
        QVERIFY(window.session()->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->progress()->bytesRead() > 0, 30000);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 30000);
        QCOMPARE(window.session()->dataset()->events.count(), 400000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Cancelled")));
    }

    void firstStartFitsTheScreen_data() { addScreenRows(); }

    // A first start (no settings) on a laptop and on a monitor: the window takes most of the
    // screen, whole and centred, and the timeline most of the window.
    void firstStartFitsTheScreen()
    {
        QFETCH(QString, screenName);
        QScreen *screen = pointAtScreen(screenName);
        if (!screen)
            QSKIP("Needs the offscreen platform's screens (see main())");
        QSettings().clear();
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = screen->availableGeometry();
        QCOMPARE(window.screen(), screen);
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1 outside %2")
                                .arg(rect(window.frameGeometry()), rect(available))));
        QVERIFY(window.width() >= available.width() * 4 / 5);
        QVERIFY(window.height() >= available.height() * 4 / 5);
        QVERIFY((window.frameGeometry().center() - available.center()).manhattanLength() <= 4);

        const auto *events = window.findChild<QDockWidget *>(QStringLiteral("eventsDock"));
        const auto *actors = window.findChild<QDockWidget *>(QStringLiteral("actorsDock"));
        QVERIFY(events && actors);
        const QWidget *timeline = window.timelineView();
        QVERIFY2(timeline->height() > events->height(),
                 qPrintable(QStringLiteral("timeline %1 px, event list %2 px")
                                .arg(timeline->height())
                                .arg(events->height())));
        QVERIFY(events->height() <= window.height() / 3);
        QVERIFY2(
            timeline->width() > window.width() / 2,
            qPrintable(
                QStringLiteral("timeline %1 px of %2").arg(timeline->width()).arg(window.width())));
        // The actor tree is not squeezed by the tabs under it, which wait for a click.
        QVERIFY(actors->height() >
                window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->height());
    }

    void actorNamesAreReadable_data()
    {
        QTest::addColumn<QString>("screenName");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("whole"); // else perhaps cut, and whole in the tooltip
        for (const char *screen : {"Laptop", "Monitor"}) {
            for (const char *name : {"Benjamin Netanyahu", "Israeli Prime Minister's Office",
                                     "Hamas military wing", "Foreign Ministry of China"})
                QTest::addRow("%s: %s", screen, name)
                    << QString::fromLatin1(screen) << QString::fromUtf8(name) << true;
            QTest::addRow("%s: the longest", screen)
                << QString::fromLatin1(screen)
                << QStringLiteral("Coalition lawmakers opposed to a truce leaving Hamas in power")
                << false;
        }
    }

    // At the first start's width, the actor tree shows the sample's long names whole, under their
    // indents, without scrolling sideways; a name too long for that has it in the tooltip.
    void actorNamesAreReadable()
    {
        QFETCH(QString, screenName);
        QFETCH(QString, name);
        QFETCH(bool, whole);
        if (!pointAtScreen(screenName))
            QSKIP("Needs the offscreen platform's screens (see main())");
        QSettings().clear();
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *view = window.actorView();
        const QModelIndexList found =
            view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        const QModelIndex index = found.first();
        const int column = ActorTreeModel::NameColumn;
        const int columnLeft = view->header()->sectionViewportPosition(column);
        const int indent = view->visualRect(index).left() - columnLeft;
        QVERIFY(indent >= 2 * view->indentation()); // a person two levels down
        // The item: tick box and colour swatch, and the text measured in the view's font.
        const int item = view->sizeHintForIndex(index).width();
        QVERIFY(item > view->fontMetrics().horizontalAdvance(name));
        const int width = view->columnWidth(column);
        if (whole)
            QVERIFY2(width >= indent + item,
                     qPrintable(QStringLiteral("column %1 px; the name needs %2 + %3")
                                    .arg(width)
                                    .arg(indent)
                                    .arg(item)));
        QVERIFY2(columnLeft + width <= view->viewport()->width(),
                 qPrintable(QStringLiteral("column ends at %1 px, the view at %2")
                                .arg(columnLeft + width)
                                .arg(view->viewport()->width())));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(name));
        // The event counts and kinds are in sight too.
        for (const int other : {ActorTreeModel::EventCountColumn, ActorTreeModel::KindColumn}) {
            QVERIFY(!view->isColumnHidden(other));
            QVERIFY(view->header()->sectionViewportPosition(other) + view->columnWidth(other) <=
                    view->viewport()->width());
        }
    }

    // The role starts hidden to give the names room, the kind shows as its icon alone (named in
    // its tooltip); the header's menu shows the role, and it stays shown at the next start.
    void actorColumnsGiveTheNamesRoom()
    {
        QSettings().clear();
        {
            MainWindow window;
            window.openAtStart({});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTreeView *view = window.actorView();
            QVERIFY(view->isColumnHidden(ActorTreeModel::RoleColumn));
            QVERIFY(!view->isColumnHidden(ActorTreeModel::KindColumn));
            const QModelIndex israel =
                view->model()
                    ->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Israel"),
                            1, Qt::MatchExactly | Qt::MatchRecursive)
                    .value(0);
            QVERIFY(israel.isValid());
            const QModelIndex kind = israel.siblingAtColumn(ActorTreeModel::KindColumn);
            QCOMPARE(kind.data().toString(), QStringLiteral("State"));
            // Narrower than its label ("Organisation", say) would need.
            QVERIFY(view->columnWidth(ActorTreeModel::KindColumn) <
                    view->fontMetrics().horizontalAdvance(QStringLiteral("Organisation")));
            const QPoint at = view->visualRect(kind).center();
            QHelpEvent tip(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(view->viewport(), &tip);
            QTRY_VERIFY(QToolTip::isVisible());
            QCOMPARE(QToolTip::text(), QStringLiteral("State"));
            QToolTip::hideText();

            QAction *role = findAction(view->header(), QStringLiteral("Role"));
            QVERIFY(role);
            QVERIFY(!role->isChecked());
            role->trigger();
            QVERIFY(!view->isColumnHidden(ActorTreeModel::RoleColumn));
            QVERIFY(view->columnWidth(ActorTreeModel::RoleColumn) > 0);
            window.close();
        }
        MainWindow window;
        window.openAtStart({});
        QVERIFY(!window.actorView()->isColumnHidden(ActorTreeModel::RoleColumn));
        QVERIFY(findAction(window.actorView()->header(), QStringLiteral("Role"))->isChecked());
    }

    void savedGeometryIsRestored_data()
    {
        // The window opens on the monitor and is closed here, on the laptop's screen (1366x768).
        QTest::addColumn<QRect>("closedAt");
        QTest::addColumn<bool>("fits");
        QTest::addRow("fits the screen") << QRect(120, 90, 1000, 600) << true;
        QTest::addRow("another place and size") << QRect(300, 40, 1040, 700) << true;
        QTest::addRow("larger than the screen") << QRect(0, 0, 1900, 1050) << false;
        QTest::addRow("off every screen") << QRect(5000, 3000, 1100, 600) << false;
    }

    // Where the window was left, it comes back; a place or size that no longer fits comes back
    // onto the screen, whole, with the timeline still the largest part.
    void savedGeometryIsRestored()
    {
        QFETCH(QRect, closedAt);
        QFETCH(bool, fits);
        if (!pointAtScreen(QStringLiteral("Monitor")))
            QSKIP("Needs the offscreen platform's screens (see main())");
        QSettings().clear();
        {
            MainWindow window;
            window.openAtStart({});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(closedAt);
            QTRY_COMPARE(window.geometry(), closedAt);
            window.close();
        }
        pointAtScreen(QStringLiteral("Laptop"));
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (fits) {
            QCOMPARE(window.geometry(), closedAt); // and its docks as they were left
        } else {
            // The docks' sizes, saved for the larger window, are shared out anew.
            const auto *events = window.findChild<QDockWidget *>(QStringLiteral("eventsDock"));
            QVERIFY2(window.timelineView()->height() > events->height(),
                     qPrintable(QStringLiteral("timeline %1 px, event list %2 px")
                                    .arg(window.timelineView()->height())
                                    .arg(events->height())));
            // The window itself; Qt's restore keeps the title bar on the screen, and the borders
            // round it are the window manager's.
            const QRect available = window.screen()->availableGeometry();
            QVERIFY2(
                available.contains(window.geometry()),
                qPrintable(
                    QStringLiteral("%1 outside %2").arg(rect(window.geometry()), rect(available))));
        }
    }

    void layoutFollowsTheScreen_data()
    {
        QTest::addColumn<QRect>("available"); // a screen less its panels
        QTest::addRow("800x600") << QRect(0, 0, 800, 600);
        QTest::addRow("1366x768 under a panel") << QRect(0, 27, 1366, 741);
        QTest::addRow("1920x1080 right of another") << QRect(1366, 0, 1920, 1080);
        QTest::addRow("3840x2160") << QRect(0, 0, 3840, 2160);
        QTest::addRow("portrait 1080x1920") << QRect(0, 0, 1080, 1920);
    }

    // The policy behind the first start, on screens the suite has no window for.
    void layoutFollowsTheScreen()
    {
        QFETCH(QRect, available);
        const QRect first = WindowLayout::firstGeometry(available);
        QVERIFY(available.contains(first));
        QVERIFY(first.width() >= qMin(available.width(), 1024));
        QVERIFY(first.height() >= qMin(available.height(), 640));
        QVERIFY((first.center() - available.center()).manhattanLength() <= 2);
        QVERIFY(WindowLayout::bottomDockHeight(first.height()) <= first.height() / 3);
        const int side = WindowLayout::sideDockWidth(first.width(), 420);
        QVERIFY(side >= first.width() / 5 && side <= first.width() * 2 / 5);
        // A window saved on a larger screen, or beyond this one, comes back inside it.
        for (const QRect saved : {QRect(available.topLeft() - QPoint(50, 50), available.size() * 2),
                                  QRect(available.bottomRight() + QPoint(10, 10), QSize(600, 400))})
            QVERIFY(available.contains(WindowLayout::fitInto(saved, available)));
        QCOMPARE(WindowLayout::fitInto(first, available), first);
    }

    void droppedFilesAreOpenedAndRemembered()
    {
        QSettings().clear();
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(TIDELINE_TEST_DATA "/merge"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.eventView()->model()->rowCount(), 3);
        QCOMPARE(window.windowTitle(), QStringLiteral("Merge test — Tideline"));

        // The recent-files menu now offers it (once the load's turn of the event loop is over);
        // choosing it after opening the sample reopens it.
        QTRY_VERIFY(findAction(&window, QStringLiteral("merge")));
        QAction *recent = findAction(&window, QStringLiteral("merge"));
        window.openPaths({DatasetSession::samplePath()});
        QCOMPARE(window.eventView()->model()->rowCount(), 23);
        recent->trigger(); // recent files load in the background
        QTRY_COMPARE(window.eventView()->model()->rowCount(), 3);
    }

    void badSettingsFallBackToDefaultsWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("file");   // the settings file's bytes, as found on disk
        QTest::addColumn<bool>("warns");
        QTest::addRow("unterminated group") << QByteArray("[window\ntheme=dark\n") << true;
        QTest::addRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0[\xff\xfe=\n=\0", 16) << true;
        QTest::addRow("values of the wrong kind")
            << QByteArray("[settings]\nversion=1\n[window]\ngeometry=not-a-geometry\n"
                          "state=12\ntheme=purple\noverview=maybe\n[timeline]\ngrouping=99\n"
                          "[export]\nsize=big\nscale=nan\nformat=exe\ntheme=-4\n"
                          "[filter]\nversion=1\nactors=7\nfrom=2024-13\nquery=@Invalid()\n"
                          "[links]\nconfirmBeforeOpening=perhaps\n[recent]\nfiles=5\n")
            << false;
        QTest::addRow("from a newer Tideline")
            << QByteArray("[settings]\nversion=99\n[window]\ntheme=hologram\n[filter]\nversion=7\n")
            << true;
    }

    void badSettingsFallBackToDefaultsWithAWarning()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, warns);
        const QString path = QSettings().fileName();
        {
            // A good file first, as a real user has: Qt then notices the change on disk.
            QSettings good;
            good.setValue(QStringLiteral("settings/version"), 1);
        }
        QTest::qWait(20); // a later modification time than the good file's
        {
            QFile conf(path);
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
            conf.write(file);
        }
        {
            MainWindow window;
            window.openAtStart({});
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // It works, on defaults: the sample shows, one lane per actor, no filter.
            QCOMPARE(window.eventView()->model()->rowCount(), 23);
            QCOMPARE(window.timelineView()->grouping(), LaneGrouping::Actors);
            QVERIFY(window.filterState()->filter().isEmpty());
            QCOMPARE(window.messageBar()->isVisible(), warns);
            if (warns)
                QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Warning);
            // Export dialog choices fall back too.
            auto *exportAction = findAction(&window, QStringLiteral("&Export Image…"));
            QVERIFY(exportAction);
        }
        QFile::remove(path);
        QSettings().sync();
    }

    void liveReloadKeepsTheLastGoodDataAndTheView()
    {
        // A copy of the sample that "someone" edits while it is open.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.json"));
        QFile sample(DatasetSession::samplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray good = sample.readAll();
        const auto writeInPlace = [&](const QByteArray &bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        writeInPlace(good);

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPaths({path}));
        const auto opened = window.session()->dataset();
        QCOMPARE(opened->events.count(), 23);

        // The user's view: a zoom, a text filter, a selected event.
        const qint64 from = opened->events.beginSecond(10);
        window.visibleWindow()->setRange(from, from + 40 * 86400);
        EventFilter filter;
        filter.query = QStringLiteral("beijing");
        window.filterState()->setFilter(filter);
        QTRY_VERIFY(window.filterState()->result()
                    && window.filterState()->result()->eventCount < 23);
        const int passing = window.filterState()->result()->eventCount;
        int talks = -1;
        for (int e = 0; e < opened->events.count(); ++e) {
            if (opened->events.id(e) == QStringLiteral("beijing-talks"))
                talks = e;
        }
        QVERIFY(talks >= 0);
        window.selection()->setEvent(talks);
        const qint64 start = window.visibleWindow()->start();
        const qint64 end = window.visibleWindow()->end();

        // Broken on disk (cut off half-way): the data on screen stays, a bar says why.
        writeInPlace(good.left(good.size() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 10000);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("live.json")),
                 qPrintable(window.messageBar()->text()));
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("error")));
        QVERIFY(!window.errorsDialog() || !window.errorsDialog()->isVisible()); // not modal
        QCOMPARE(window.session()->dataset(), opened);
        QCOMPARE(window.visibleWindow()->start(), start);
        QCOMPARE(window.visibleWindow()->end(), end);

        // Its button lists every message.
        QTest::mouseClick(window.messageBar()->actionButton(), Qt::LeftButton);
        QVERIFY(window.errorsDialog() && window.errorsDialog()->isVisible());
        window.errorsDialog()->close();

        // Fixed, with one more event, saved the way editors do (a new file renamed over the
        // old one): it reloads, the bar goes, and zoom, filter and selection are as they were.
        QByteArray fixed = good;
        const qsizetype events = fixed.indexOf("\"events\": [");
        QVERIFY(events > 0);
        fixed.insert(events + 11, R"(
    {"id": "added-later", "title": "Talks in Beijing resume", "start": "2024-07-24",
     "actors": ["hamas"]},)");
        QSaveFile save(path);
        QVERIFY(save.open(QIODevice::WriteOnly));
        save.write(fixed);
        QVERIFY(save.commit());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->dataset()->events.count(), 24, 10000);
        QTRY_VERIFY(!window.messageBar()->isVisible());
        const auto reloaded = window.session()->dataset();
        QCOMPARE(window.visibleWindow()->start(), start);
        QCOMPARE(window.visibleWindow()->end(), end);
        QCOMPARE(window.filterState()->filter().query, QStringLiteral("beijing"));
        QTRY_COMPARE(window.filterState()->result()->eventCount, passing + 1);
        QVERIFY(window.selection()->event() >= 0);
        QCOMPARE(reloaded->events.id(window.selection()->event()), QStringLiteral("beijing-talks"));

        // And it keeps watching: another edit in place is picked up too.
        writeInPlace(good);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->dataset()->events.count(), 23, 10000);
    }
};

// The suite runs on the offscreen platform (see tests/CMakeLists.txt), whose one screen would be
// 800x800. It gets a laptop's screen and, beside it, a monitor's, so the window can be checked on
// the screens people have.
int main(int argc, char *argv[])
{
    QTemporaryDir screens;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screens.isValid()) {
        QFile config(screens.filePath(QStringLiteral("screens.json")));
        if (config.open(QIODevice::WriteOnly)) {
            config.write(R"({"screens": [
                {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
                {"name": "Monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            config.close();
            qputenv("QT_QPA_PLATFORM",
                    "offscreen:configfile=" + QFile::encodeName(config.fileName()));
        }
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
