// SPDX-License-Identifier: MIT
// What a screen reader is told about the window: every control it can reach has a name, walked
// through Qt's accessibility tree as an assistive technology walks it. What a reader with weak
// sight sees: the panels' secondary text readable on a light and a dark window.
#include "apptheme.h"
#include "eventdetailspanel.h"
#include "mainwindow.h"
#include "panelstyle.h"
#include "stancechartview.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QAccessibleInterface>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
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
