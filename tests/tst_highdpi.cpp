// SPDX-License-Identifier: MIT
// The window at a device pixel ratio above 1 (ctest runs this at QT_SCALE_FACTOR 1.25, 1.5 and
// 2): the timeline is drawn at the screen's resolution, not enlarged, and what is drawn where
// is still found there by the mouse, which speaks in logical pixels.
#include "mainwindow.h"
#include "timelineview.h"

#include <QTemporaryDir>
#include <QTest>

class TestHighDpi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
    }

    void theTimelineIsDrawnAtTheScreensResolution()
    {
        const double scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
        MainWindow window;
        window.resize(1400, 850);
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineView *view = window.timelineView();
        QCOMPARE(view->devicePixelRatioF(), scale);
        const QImage image = view->grab().toImage();
        QCOMPARE(image.devicePixelRatio(), scale);
        QCOMPARE(image.size(), (QSizeF(view->size()) * scale).toSize());

        // Each marker: the mouse finds its event at its centre, and the device pixel there is
        // the marker's ink, not the lane's background.
        const auto &items = view->lastFrame().items;
        QVERIFY(items.size() >= 5);
        const QRgb background = image.pixel(image.width() - 3, image.height() - 3);
        int inked = 0;
        for (const auto &item : items) {
            const QPointF centre = item.marker.center();
            if (!view->rect().contains(centre.toPoint()))
                continue;
            QCOMPARE(view->eventAt(centre) >= 0, true);
            const QPoint device = (centre * scale).toPoint();
            inked += qAbs(qGray(image.pixel(device)) - qGray(background)) > 40;
        }
        QVERIFY2(inked >= int(items.size()) / 2, qPrintable(QString::number(inked)));

        // Lines are as thick as the scale: the axis's baseline and the lane separators are not
        // one device pixel at 2x. The darkest row's run of dark rows measures it.
        QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        const int x = int(view->width() * 0.6 * scale);
        int thickest = 0;
        for (int y = 0, run = 0; y < gray.height(); ++y) {
            const bool dark = qAbs(gray.pixelColor(x, y).value() - qGray(background)) > 30;
            run = dark ? run + 1 : 0;
            thickest = std::max(thickest, run);
        }
        qInfo("scale %.2f: thickest horizontal mark at x=%d is %d device pixels", scale, x,
              thickest);
        QVERIFY(thickest >= int(scale));
    }
};

QTEST_MAIN(TestHighDpi)
#include "tst_highdpi.moc"
