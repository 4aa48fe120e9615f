// SPDX-License-Identifier: MIT
// File → Export Image… and Copy Timeline Image on the sample, offscreen: the preview follows the
// choices, the file written has them, and the clipboard gets the visible window.
#include "exportdialog.h"
#include "mainwindow.h"
#include "timelineview.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_out;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->openAtStart({});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void previewFollowsTheChoicesAndTheFileHasThem()
    {
        ExportDialog dialog(m_window->filterState(), m_window->visibleWindow(), LaneGrouping::Actors,
                            m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.previewImage().isNull());
        const double ratio = double(dialog.previewImage().width()) / dialog.previewImage().height();
        QCOMPARE(dialog.pictureSize().width(), 1920);
        QVERIFY(std::abs(ratio - double(dialog.pictureSize().width()) / dialog.pictureSize().height())
                < 0.02);

        // Choose A4 landscape with the keyboard: the preview takes the paper's proportions.
        QComboBox *sizes = dialog.sizeBox();
        sizes->setFocus();
        QTest::keyClick(sizes, Qt::Key_Down);
        QTest::keyClick(sizes, Qt::Key_Down);
        QCOMPARE(dialog.options().size, QSize(1123, 794));
        // The preview has the picture's proportions: A4's width, as tall as the lanes need.
        QCOMPARE(dialog.pictureSize().width(), 1123);
        QVERIFY(dialog.pictureSize().height() >= 794);
        const double a4 = double(dialog.previewImage().width()) / dialog.previewImage().height();
        const double picture = double(dialog.pictureSize().width()) / dialog.pictureSize().height();
        QVERIFY(std::abs(a4 - picture) < 0.02);

        // The visible window, as shown in the main window.
        QCOMPARE(dialog.options().start, m_window->visibleWindow()->start());
        QCOMPARE(dialog.options().end, m_window->visibleWindow()->end());
        QTest::mouseClick(dialog.wholeSpanButton(), Qt::LeftButton, {},
                          QPoint(8, dialog.wholeSpanButton()->height() / 2)); // on the indicator
        QVERIFY(dialog.options().end <= dialog.options().start); // whole span: worked out at export

        const QString path = m_out.filePath(QStringLiteral("a4.png"));
        QCOMPARE(dialog.exportTo(path), QString());
        QCOMPARE(QImage(path).size(), dialog.pictureSize());

        // Exactly A4, clicked on: compact lanes, the preview at the paper's proportions.
        QTest::mouseClick(dialog.fitBox(), Qt::LeftButton, {}, QPoint(8, dialog.fitBox()->height() / 2));
        QVERIFY(dialog.options().fixedSize);
        QCOMPARE(dialog.pictureSize(), QSize(1123, 794));
        const QString exact = m_out.filePath(QStringLiteral("a4-exact.png"));
        QCOMPARE(dialog.exportTo(exact), QString());
        QCOMPARE(QImage(exact).size(), QSize(1123, 794));
        QTest::mouseClick(dialog.fitBox(), Qt::LeftButton, {}, QPoint(8, dialog.fitBox()->height() / 2));

        QComboBox *formats = dialog.formatBox();
        formats->setCurrentIndex(formats->findData(QStringLiteral("pdf")));
        QCOMPARE(dialog.options().format, TimelineImage::Format::Pdf);
        const QString pdf = m_out.filePath(QStringLiteral("a4.pdf"));
        QCOMPARE(dialog.exportTo(pdf), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void choicesAreRemembered()
    {
        {
            ExportDialog dialog(m_window->filterState(), m_window->visibleWindow(), LaneGrouping::Actors,
                            m_window.get());
            dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("svg")));
            QCOMPARE(dialog.exportTo(m_out.filePath(QStringLiteral("remember.svg"))), QString());
        }
        ExportDialog again(m_window->filterState(), m_window->visibleWindow(), LaneGrouping::Actors,
                            m_window.get());
        QCOMPARE(again.options().format, TimelineImage::Format::Svg);
    }

    QAction *copyAction() const
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
                return action;
        }
        return nullptr;
    }

    void copyPutsTheVisibleTimelineOnTheClipboard()
    {
        QAction *copy = copyAction();
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.width(), 1920);
        QVERIFY(image.height() >= 1080); // taller when the lanes need it
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Copied the visible timeline as a 1920×%1 image").arg(image.height()));
    }

    // The copy and the dialog draw the lanes the timeline shows, not always one per actor.
    void copyAndExportFollowTheTimelinesLanes()
    {
        TimelineView *timeline = m_window->timelineView();
        m_window->activateWindow(); // menu shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        timeline->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier); // View → Lanes → Single
        QCOMPARE(timeline->grouping(), LaneGrouping::Single);
        QGuiApplication::clipboard()->clear();
        copyAction()->trigger();
        const QImage copied = QGuiApplication::clipboard()->image();
        const QImage single = ExportDialog::clipboardImage(m_window->filterState(),
                                                           m_window->visibleWindow(), LaneGrouping::Single);
        const QImage perActor = ExportDialog::clipboardImage(m_window->filterState(),
                                                             m_window->visibleWindow(), LaneGrouping::Actors);
        QVERIFY(single != perActor);
        QCOMPARE(copied, single);

        ExportDialog dialog(m_window->filterState(), m_window->visibleWindow(), timeline->grouping(),
                            m_window.get());
        QCOMPARE(dialog.options().grouping, LaneGrouping::Single);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier); // back to a lane per actor
        QCOMPARE(timeline->grouping(), LaneGrouping::Actors);
    }

    // A text query typed just before Copy: the copy waits for its result, so the picture shows
    // the events its caption names, not those of the filter before.
    void copyWaitsForTheFiltersCurrentResult()
    {
        FilterState *filter = m_window->filterState();
        EventFilter query;
        query.query = QStringLiteral("Beijing");
        filter->setFilter(query);
        QVERIFY(filter->isBusy()); // the query runs on a worker; its result is not in yet
        QGuiApplication::clipboard()->clear();
        copyAction()->trigger();
        QVERIFY(QGuiApplication::clipboard()->image().isNull()); // not the previous filter's picture
        QTRY_VERIFY(!QGuiApplication::clipboard()->image().isNull());
        QVERIFY(!filter->isBusy());
        QVERIFY(filter->result()->eventCount < filter->result()->totalEvents);
        const QImage expected = ExportDialog::clipboardImage(filter, m_window->visibleWindow(),
                                                             LaneGrouping::Actors);
        QCOMPARE(QGuiApplication::clipboard()->image(), expected);
        filter->clear();
    }

    // The dialog opened while a query runs neither previews nor exports the stale result.
    void exportWaitsForTheFiltersCurrentResult()
    {
        FilterState *filter = m_window->filterState();
        EventFilter query;
        query.query = QStringLiteral("Philadelphi");
        filter->setFilter(query);
        ExportDialog dialog(filter, m_window->visibleWindow(), LaneGrouping::Actors, m_window.get());
        QVERIFY(filter->isBusy());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.exportTo(m_out.filePath(QStringLiteral("stale.png"))).isEmpty());
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("stale.png"))));
        QTRY_VERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(dialog.options().caption.contains(QStringLiteral("Philadelphi")));
        QCOMPARE(dialog.exportTo(m_out.filePath(QStringLiteral("current.png"))), QString());
        filter->clear();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
