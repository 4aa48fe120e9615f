// SPDX-License-Identifier: MIT
// What a screen reader is told about the window: every control it can reach has a name, walked
// through Qt's accessibility tree as an assistive technology walks it. What a reader with weak
// sight sees: the panels' secondary text readable on a light and a dark window.
#include "actorcolors.h"
#include "apptheme.h"
#include "datasetgenerator.h"
#include "eventdetailspanel.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "panelstyle.h"
#include "positionspanel.h"
#include "stancechartview.h"
#include "timelinetheme.h"
#include "timelineview.h"
#include "visiblewindow.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QAccessibleInterface>
#include <QDockWidget>
#include <QFileDialog>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTreeView>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// Roles a user acts on or reads as a whole: each needs a name of its own. Items inside views
// (cells, rows, tree and list items) are named by their data, and layout-only roles need none.
bool needsAName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
    case QAccessible::Chart:
    case QAccessible::Graphic:
        return true;
    default:
        return false;
    }
}

bool isViewItem(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Cell:
    case QAccessible::Row:
    case QAccessible::RowHeader:
    case QAccessible::ColumnHeader:
    case QAccessible::TreeItem:
    case QAccessible::ListItem:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

// Every visible control under `face` without a name, described well enough to find it.
void collectUnnamed(QAccessibleInterface *face, QStringList *unnamed, int depth = 0)
{
    if (!face || !face->isValid() || depth > 40 || face->state().invisible)
        return;
    const QAccessible::Role role = face->role();
    // Also whatever the keyboard can reach: the timeline, the charts.
    const auto *widget = qobject_cast<const QWidget *>(face->object());
    const bool focusable = widget && widget->focusPolicy() != Qt::NoFocus && !isViewItem(role);
    if ((needsAName(role) || focusable) && face->text(QAccessible::Name).trimmed().isEmpty()) {
        QString where;
        if (QObject *object = face->object()) {
            where = QString::fromLatin1(object->metaObject()->className()) + u' '
                + object->objectName();
            if (object->parent())
                where += QStringLiteral(" in ")
                    + QString::fromLatin1(object->parent()->metaObject()->className()) + u' '
                    + object->parent()->objectName();
        }
        *unnamed << QStringLiteral("role %1: %2").arg(int(role)).arg(where);
    }
    if (isViewItem(role))
        return;
    for (int i = 0; i < face->childCount(); ++i)
        collectUnnamed(face->child(i), unnamed, depth + 1);
}

// What the timeline's accessibility tree lists: per lane on screen, its name and its items'.
using SpokenLanes = std::vector<std::pair<QString, QStringList>>;

SpokenLanes spokenLanes(QAccessibleInterface *timeline)
{
    SpokenLanes lanes;
    for (int i = 0; i < timeline->childCount(); ++i) {
        QAccessibleInterface *lane = timeline->child(i);
        QStringList items;
        for (int j = 0; j < lane->childCount(); ++j)
            items << lane->child(j)->text(QAccessible::Name);
        lanes.emplace_back(lane->text(QAccessible::Name), items);
    }
    return lanes;
}

// The same read from the frame the view painted: the lanes it drew and their markers' titles.
SpokenLanes paintedLanes(const TimelineView &view)
{
    SpokenLanes lanes;
    const TimelineRenderer &renderer = view.renderer();
    for (int lane = 0; lane < view.lanes().laneCount(); ++lane) {
        const double top = renderer.laneTop(lane, view.verticalOffset());
        if (top + renderer.laneHeight(lane) <= renderer.geometry().axisHeight
            || top >= view.height())
            continue;
        QStringList items;
        for (const TimelineFrame::Item &item : view.lastFrame().items)
            if (item.lane == lane)
                items << view.shownDataset().events.title(item.event);
        lanes.emplace_back(view.lanes().laneInfo(lane).title, items);
    }
    return lanes;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    }

    // Each dock's panel in front in turn, so that the controls of every tab are walked.
    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("dock");
        QTest::addRow("events") << QStringLiteral("eventsDock");
        QTest::addRow("matrix") << QStringLiteral("matrixDock");
        QTest::addRow("stance chart") << QStringLiteral("stanceChartDock");
        QTest::addRow("positions") << QStringLiteral("positionsDock");
        QTest::addRow("details") << QStringLiteral("detailsDock");
    }
    void everyControlHasAName()
    {
        QFETCH(QString, dock);
        MainWindow window;
        window.resize(1500, 950);
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<QDockWidget *>(dock);
        QVERIFY(panel);
        panel->raise();
        QTRY_VERIFY(panel->widget()->isVisible());
        // Text in the fields, so that their clear buttons show.
        for (auto *field : window.findChildren<QLineEdit *>())
            if (field->isClearButtonEnabled())
                field->setText(QStringLiteral("x"));
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(&window), &unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    // The timeline paints its events itself; a screen reader still reaches each one. It is a
    // chart of the lanes on screen, each a list of the events it shows, named by title and
    // described by date and actors, and the tree follows the view as it zooms, pans and
    // scrolls, and as the keyboard selects an event.
    void theTimelineListsItsLanesAndEvents()
    {
        MainWindow window;
        window.resize(1500, 900);
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineView *view = window.timelineView();
        view->setFocus();
        view->repaint();
        QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(view);
        QVERIFY(timeline);
        QCOMPARE(timeline->role(), QAccessible::Chart);
        QCOMPARE(timeline->text(QAccessible::Name), QStringLiteral("Timeline"));

        SpokenLanes before = spokenLanes(timeline);
        QVERIFY(before.size() >= 3);
        QCOMPARE(before, paintedLanes(*view));
        int events = 0;
        for (int i = 0; i < timeline->childCount(); ++i) {
            QAccessibleInterface *lane = timeline->child(i);
            QCOMPARE(lane->role(), QAccessible::List);
            QCOMPARE(lane->parent(), timeline);
            QCOMPARE(timeline->indexOfChild(lane), i);
            QVERIFY(lane->text(QAccessible::Description).contains(QStringLiteral("in view")));
            for (int j = 0; j < lane->childCount(); ++j) {
                QAccessibleInterface *item = lane->child(j);
                QCOMPARE(item->role(), QAccessible::ListItem);
                QCOMPARE(item->parent(), lane);
                QCOMPARE(lane->indexOfChild(item), j);
                QVERIFY(item->state().selectable);
                QVERIFY(!item->state().selected);
                QVERIFY(!item->text(QAccessible::Description).isEmpty());
                // Where it is drawn: a point tool (a screen magnifier, touch exploration)
                // finds it there.
                // A lane cut by the window's bottom edge may hold markers below it.
                const QRect drawn(view->mapFromGlobal(item->rect().topLeft()), item->rect().size());
                QCOMPARE(bool(item->state().offscreen), !view->rect().intersects(drawn));
                if (!view->rect().contains(drawn.center()))
                    continue;
                const QPoint at = item->rect().center();
                QCOMPARE(timeline->childAt(at.x(), at.y()), lane);
                QAccessibleInterface *hit = lane->childAt(at.x(), at.y());
                QVERIFY(hit && hit->rect().contains(at)); // it, or a marker drawn over it
                ++events;
            }
        }
        QVERIFY(events >= 5);
        // The seed article's talks: a date as written and the actors, as in the tooltip.
        bool found = false;
        for (int i = 0; i < timeline->childCount() && !found; ++i) {
            QAccessibleInterface *lane = timeline->child(i);
            for (int j = 0; j < lane->childCount() && !found; ++j) {
                const QString description = lane->child(j)->text(QAccessible::Description);
                found = description.contains(QStringLiteral("July 2024"));
            }
        }
        QVERIFY(found);

        // Zoomed in with the keyboard: fewer events, and the tree says so.
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        QTest::keyClick(view, Qt::Key_Plus);
        view->repaint();
        const SpokenLanes zoomed = spokenLanes(timeline);
        QVERIFY(zoomed != before);
        QCOMPARE(zoomed, paintedLanes(*view));
        // Panned.
        QTest::keyClick(view, Qt::Key_Right);
        view->repaint();
        QCOMPARE(spokenLanes(timeline), paintedLanes(*view));

        // Ctrl+Right selects an event: it is the timeline's focused child, selected.
        QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
        view->repaint();
        const int selected = window.selection()->event();
        QVERIFY(selected >= 0);
        QAccessibleInterface *focused = timeline->focusChild();
        QVERIFY(focused);
        QCOMPARE(focused->text(QAccessible::Name),
                 view->shownDataset().events.title(selected));
        QVERIFY(focused->state().selected);
        QVERIFY(focused->state().focused);
        QCOMPARE(focused->parent()->text(QAccessible::Name),
                 view->lanes().laneInfo(view->browsedLane()).title);
    }

    // A session without a mouse: filter, go to the timeline, step to an event, read its
    // details, and export the picture, every step a key a user would press.
    void theKeyboardAloneBrowsesFiltersSelectsAndExports()
    {
        QTemporaryDir out;
        QSettings().setValue("export/folder", out.path());
        MainWindow window;
        window.resize(1500, 950);
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        const int all = window.eventView()->model()->rowCount();

        // Ctrl+F: the filter field; a word and Enter filter the events.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QWidget *field = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(field));
        QTest::keyClicks(field, QStringLiteral("Beijing"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(window.eventView()->model()->rowCount() < all);
        QVERIFY(window.eventView()->model()->rowCount() > 0);

        // F6: the next pane, the timeline; Ctrl+Right selects an event that passes the filter.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.timelineView()));
        QTest::keyClick(window.timelineView(), Qt::Key_Right, Qt::ControlModifier);
        const int selected = window.selection()->event();
        QVERIFY(selected >= 0);
        const QString title = window.session()->dataset()->events.title(selected);

        // Enter: its details, with the keyboard there for a screen reader to read.
        QTest::keyClick(window.timelineView(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.detailsPanel()));
        QVERIFY(window.detailsPanel()->toPlainText().contains(title));

        // Shift+F6 goes back through the panes: from the details to the positions when they
        // are on screen (not behind the details' tab), and on to the actors.
        auto *positions = window.findChild<PositionsPanel *>();
        QVERIFY(positions);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        if (positions->isVisible()) {
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(positions));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        }
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.actorView()));

        // Ctrl+E, Enter on the export dialog, Enter on the file dialog: a picture is written.
        // Each dialog runs its own event loop, so a timer presses the keys in whichever is up.
        bool exportDialogSeen = false;
        bool fileDialogSeen = false;
        int ticks = 0;
        QTimer presser;
        presser.setInterval(50);
        connect(&presser, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            if (++ticks > 200) { // 10 s: a key did not do its job; fail instead of hanging
                qobject_cast<QDialog *>(modal)->reject();
                return;
            }
            // The dialog's own focus: the window system may not have activated it yet. The key is
            // pressed after this slot returns: the dialog it opens runs its own event loop, in
            // which a timer still inside its slot would never fire again.
            QPointer<QWidget> target = modal->focusWidget() ? modal->focusWidget() : modal;
            const auto pressReturn = [target] {
                QMetaObject::invokeMethod(
                    target, [target] { QTest::keyClick(target, Qt::Key_Return); },
                    Qt::QueuedConnection);
            };
            if (qobject_cast<QFileDialog *>(modal) && !fileDialogSeen) {
                fileDialogSeen = true;
                pressReturn();
            } else if (qobject_cast<ExportDialog *>(modal) && !exportDialogSeen) {
                exportDialogSeen = true;
                pressReturn();
            }
        });
        presser.start();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
        presser.stop();
        QVERIFY(exportDialogSeen);
        QVERIFY(fileDialogSeen);
        const QImage written(out.filePath(QStringLiteral("timeline.png")));
        QVERIFY(!written.isNull());
        QVERIFY(written.width() >= 1000);
    }

    // A lane with more events than pixels is drawn as a density strip; a screen reader hears
    // how many events each period of the axis holds instead of a list it could not get through.
    void aDenseLaneIsReadAsCountsPerPeriod()
    {
        QTemporaryDir dir;
        DatasetGenerator::Options options;
        options.events = 20000;
        options.actors = 4;
        const QString path = dir.filePath(QStringLiteral("dense.json"));
        QCOMPARE(DatasetGenerator::write(options, path), QString());
        MainWindow window;
        window.resize(1500, 900);
        QVERIFY(window.openPaths({path}));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineView *view = window.timelineView();
        QTRY_VERIFY(view->isCurrent());
        view->fitAll();
        view->repaint();
        QVERIFY(!view->lastFrame().densityLanes.empty());
        QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(view);
        QVERIFY(timeline);
        static const QRegularExpression spoken(QStringLiteral("^([0-9,]+) event(?:s|\\(s\\))?, (.+)$"));
        int denseLanes = 0;
        for (int i = 0; i < timeline->childCount(); ++i) {
            QAccessibleInterface *lane = timeline->child(i);
            const QString title = lane->text(QAccessible::Name);
            int laneIndex = -1;
            for (int l = 0; l < view->lanes().laneCount(); ++l)
                if (view->lanes().laneInfo(l).title == title)
                    laneIndex = l;
            QVERIFY(laneIndex >= 0);
            const auto &dense = view->lastFrame().densityLanes;
            if (std::find(dense.begin(), dense.end(), laneIndex) == dense.end())
                continue;
            ++denseLanes;
            QVERIFY(lane->childCount() > 0);
            qint64 total = 0;
            for (int j = 0; j < lane->childCount(); ++j) {
                QAccessibleInterface *period = lane->child(j);
                QCOMPARE(period->role(), QAccessible::StaticText);
                const auto match = spoken.match(period->text(QAccessible::Name));
                QVERIFY2(match.hasMatch(), qPrintable(period->text(QAccessible::Name)));
                total += match.captured(1).remove(u',').toLongLong();
            }
            // Every event starting in the window is counted once, in its period.
            const VisibleWindow *shown = view->visibleWindow();
            QCOMPARE(total, view->lanes().countStarting(laneIndex, shown->start(), shown->end()));
        }
        QVERIFY(denseLanes > 0);
    }

    // View > Theme > High Contrast: the timeline follows the window, white text on black,
    // every line and every actor's colour readable against it.
    void highContrastReachesTheTimeline()
    {
        const auto restore = qScopeGuard([] { AppTheme::apply(AppTheme::Choice::System); });
        AppTheme::apply(AppTheme::Choice::HighContrast);
        MainWindow window;
        window.resize(1500, 950);
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const TimelineTheme theme = TimelineTheme::fromPalette(QApplication::palette());
        QCOMPARE(theme.background, QColor(Qt::black));
        QVERIFY(PanelStyle::contrast(theme.text, theme.background) >= 7);      // WCAG AAA
        QVERIFY(PanelStyle::contrast(theme.mutedText, theme.background) >= 7);
        QVERIFY(PanelStyle::contrast(theme.majorGrid, theme.background) >= 4.5);
        QVERIFY(PanelStyle::contrast(theme.selection, theme.background) >= 7);
        // Markers and bars: 3:1 at least, WCAG's line for graphics, for every palette colour.
        for (QRgb rgb : ActorColors::palette) {
            const QColor drawn = theme.itemColor(QColor::fromRgb(rgb));
            QVERIFY2(PanelStyle::contrast(drawn, theme.background) >= 3,
                     qPrintable(QStringLiteral("%1 drawn as %2: %3:1")
                                    .arg(QColor::fromRgb(rgb).name(), drawn.name())
                                    .arg(PanelStyle::contrast(drawn, theme.background))));
        }
        // And the widget paints with it.
        TimelineView *view = window.timelineView();
        QTRY_COMPARE(view->palette().color(QPalette::Window), QColor(Qt::black));
        const QImage picture = view->grab().toImage();
        QCOMPARE(QColor(picture.pixel(picture.width() - 30, picture.height() - 5)),
                 QColor(Qt::black));
    }

    // The stance chart's issue box is labelled by what it chooses, not only by the issue it
    // shows, and its label's letter takes the keyboard there.
    void theIssueBoxIsNamedByItsLabel()
    {
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *box = window.findChild<StanceChartView *>()->findChild<QComboBox *>();
        QVERIFY(box);
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(box);
        QVERIFY(face);
        // On Linux Qt gives a combo box its current item as its name, and an assistive
        // technology names the box after the label it is "labelled by".
        QVERIFY(face->text(QAccessible::Value).contains(QStringLiteral("Philadelphi")));
        const auto labelledBy = face->relations(QAccessible::Label); // its labels
        QCOMPARE(labelledBy.size(), 1);
        QCOMPARE(labelledBy.first().first->text(QAccessible::Name), QStringLiteral("Issue:"));
        const auto labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [box](QLabel *label) {
            return label->buddy() == box && label->text().contains(u'&');
        }));
    }

    // The details panel's "Click an event…" is secondary text: in either theme, and after a
    // switch from one to the other with the window open, it reads at 4.5:1 on the panel.
    void mutedTextReadsOnEveryTheme_data()
    {
        QTest::addColumn<AppTheme::Choice>("first");
        QTest::addColumn<AppTheme::Choice>("then");
        QTest::addRow("light") << AppTheme::Choice::Light << AppTheme::Choice::Light;
        QTest::addRow("dark") << AppTheme::Choice::Dark << AppTheme::Choice::Dark;
        QTest::addRow("light, then dark") << AppTheme::Choice::Light << AppTheme::Choice::Dark;
        QTest::addRow("dark, then light") << AppTheme::Choice::Dark << AppTheme::Choice::Light;
        QTest::addRow("high contrast") << AppTheme::Choice::HighContrast
                                       << AppTheme::Choice::HighContrast;
    }
    void mutedTextReadsOnEveryTheme()
    {
        QFETCH(AppTheme::Choice, first);
        QFETCH(AppTheme::Choice, then);
        const auto restore = qScopeGuard([] { AppTheme::apply(AppTheme::Choice::System); });
        AppTheme::apply(first);
        MainWindow window;
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AppTheme::apply(then);
        auto *panel = window.findChild<EventDetailsPanel *>();
        QVERIFY(panel);
        // The application's palette reaches its widgets through posted events.
        QTRY_COMPARE(panel->palette().color(QPalette::Base),
                     QApplication::palette().color(QPalette::Base));
        const QTextBlock block = panel->document()->firstBlock();
        QVERIFY(block.text().startsWith(QStringLiteral("Click an event")));
        const QColor shown = block.begin().fragment().charFormat().foreground().color();
        const QColor background = panel->palette().color(QPalette::Base);
        QCOMPARE(shown, PanelStyle::mutedColor(panel->palette()));
        QVERIFY2(PanelStyle::contrast(shown, background) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(shown.name(), background.name())
                                .arg(PanelStyle::contrast(shown, background))));
        // Still told apart from the panel's ordinary text.
        QVERIFY(shown != panel->palette().color(QPalette::Text));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
