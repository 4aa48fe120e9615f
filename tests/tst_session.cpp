// SPDX-License-Identifier: MIT
// What the window keeps between runs, without a window: the recent datasets and the check of the
// settings file as a whole; what it says when a load ends; and the visible window's zoom and pan
// across axis breaks.
#include "loadsummary.h"
#include "recentdatasets.h"
#include "settingscheck.h"
#include "visiblewindow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settingsFile(const QString &name, const QByteArray &contents = {}) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!contents.isNull()) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(contents);
        }
        return path;
    }

private slots:
    void recentDatasetsAreNewestFirstWithoutRepeats()
    {
        QSettings settings(settingsFile(QStringLiteral("recent.ini")), QSettings::IniFormat);
        QVERIFY(RecentDatasets::load(settings).isEmpty());
        const QString a = m_dir.filePath(QStringLiteral("a.json"));
        const QString b = m_dir.filePath(QStringLiteral("b.json"));
        RecentDatasets::remember(settings, {a});
        RecentDatasets::remember(settings, {a, b}); // two files opened as one dataset
        RecentDatasets::remember(settings, {a});    // again: moves up, not in twice
        QCOMPARE(RecentDatasets::load(settings), (QList<QStringList>{{a}, {a, b}}));
    }

    void recentDatasetsAreAbsoluteAndKeepTheNewestEight()
    {
        QSettings settings(settingsFile(QStringLiteral("eight.ini")), QSettings::IniFormat);
        for (int i = 0; i < 12; ++i)
            RecentDatasets::remember(settings, {QStringLiteral("relative-%1.json").arg(i)});
        const QList<QStringList> recent = RecentDatasets::load(settings);
        QCOMPARE(recent.size(), RecentDatasets::maximum);
        QCOMPARE(recent.first(), QStringList{QDir::current().absoluteFilePath(QStringLiteral("relative-11.json"))});
        QCOMPARE(recent.last(), QStringList{QDir::current().absoluteFilePath(QStringLiteral("relative-4.json"))});
        RecentDatasets::clear(settings);
        QVERIFY(RecentDatasets::load(settings).isEmpty());
    }

    void settingsFilesAreCheckedAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: none
        QTest::addRow("no file yet") << QByteArray() << QString();
        QTest::addRow("this version") << QByteArray("[settings]\nversion=1\n") << QString();
        QTest::addRow("no version: stamped") << QByteArray("[timeline]\ngrouping=2\n") << QString();
        QTest::addRow("a newer Tideline") << QByteArray("[settings]\nversion=7\n") << "newer Tideline (version 7)";
        QTest::addRow("a version that is no number") << QByteArray("[settings]\nversion=x\n") << "newer Tideline";
        QTest::addRow("not text") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "could not be read";
    }

    void settingsFilesAreCheckedAsAWhole()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        const QString path = settingsFile(QStringLiteral("check.ini"), contents);
        QSettings settings(path, QSettings::IniFormat);
        const QString found = SettingsCheck::problem(settings.status(), settings);
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found));
            QCOMPARE(settings.value(QStringLiteral("settings/version")).toInt(), SettingsCheck::currentVersion);
        } else {
            QVERIFY2(found.contains(problem), qPrintable(found));
        }
    }

    void aFileQtCannotParseIsReported()
    {
        QSettings settings(settingsFile(QStringLiteral("any.ini"), "[settings]\nversion=1\n"), QSettings::IniFormat);
        QVERIFY(SettingsCheck::problem(QSettings::FormatError, settings).contains(QStringLiteral("could not be read")));
    }

    void aFinishedLoadIsSummedUp_data()
    {
        QTest::addColumn<bool>("reload");
        QTest::addColumn<QString>("outcome"); // cancelled, failed, warned, clean
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("firstError");

        QTest::addRow("open cancelled")
            << false << "cancelled"
            << "Cancelled opening a.json, b.json; the data already open is unchanged" << 6000
            << "" << "";
        QTest::addRow("open failed")
            << false << "failed" << "Could not open a.json, b.json" << 0
            << "a.json, b.json could not be opened: 2 error(s). The data already open is unchanged."
            << "";
        QTest::addRow("open with warnings")
            << false << "warned" << "Opened a.json, b.json with 1 warning(s)" << 0
            << "a.json, b.json opened, with 1 warning(s):" << "";
        QTest::addRow("open clean") << false << "clean" << "" << 0 << "" << "";
        // A reload superseded by a newer load says nothing: the newer one speaks.
        QTest::addRow("reload cancelled") << true << "cancelled" << "" << 0 << "" << "";
        QTest::addRow("reload failed")
            << true << "failed" << "Reload of a.json, b.json failed; showing the last good version" << 0
            << "a.json, b.json changed on disk and now has 2 error(s); the last good version stays "
               "on screen until it is fixed."
            << "/data/b.json:7:3: error: events[2].start: not a date";
        QTest::addRow("reload with warnings")
            << true << "warned" << "Reloaded a.json, b.json: 0 events, 1 warning(s)" << 8000 << ""
            << "";
        QTest::addRow("reload clean")
            << true << "clean" << "Reloaded a.json, b.json: 0 events, 0 warning(s)" << 8000 << ""
            << "";
    }

    void aFinishedLoadIsSummedUp()
    {
        QFETCH(bool, reload);
        QFETCH(QString, outcome);
        QFETCH(QString, status);
        QFETCH(int, timeout);
        QFETCH(QString, heading);
        QFETCH(QString, firstError);

        const auto message = [](LoadMessage::Severity severity, int line, const QString &text) {
            LoadMessage m;
            m.severity = severity;
            m.file = QStringLiteral("/data/b.json");
            m.line = line;
            m.column = 3;
            m.path = QStringLiteral("events[%1].start").arg(line - 5);
            m.text = text;
            return m;
        };
        LoadResult result;
        if (outcome == u"cancelled") {
            result.cancelled = true;
        } else if (outcome == u"failed") {
            // A warning first: the bar's line of detail is the first *error*.
            result.messages = {message(LoadMessage::Severity::Warning, 5, QStringLiteral("odd")),
                               message(LoadMessage::Severity::Error, 7, QStringLiteral("not a date")),
                               message(LoadMessage::Severity::Error, 9, QStringLiteral("not a date"))};
        } else {
            result.dataset = std::make_shared<const Dataset>();
            if (outcome == u"warned")
                result.messages = {message(LoadMessage::Severity::Warning, 5, QStringLiteral("odd"))};
        }
        const QStringList paths{QStringLiteral("/data/a.json"), QStringLiteral("/data/b.json")};
        const LoadSummary summary = reload ? LoadSummary::ofReload(paths, result)
                                           : LoadSummary::ofOpen(paths, result);
        QCOMPARE(summary.status, status);
        QCOMPARE(summary.statusTimeout, timeout);
        QCOMPARE(summary.messagesHeading, heading);
        QCOMPARE(summary.firstError ? summary.firstError->toString() : QString(), firstError);
    }

    // A window over 2000 days with days 300..1700 collapsed into a break.
    void zoomAndPanStayExactAcrossABreak_data()
    {
        QTest::addColumn<qint64>("windowStart");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        constexpr qint64 day = 86400;
        QTest::addRow("zoom in left of the break") << qint64(0) << 100.0 << 2.0;
        QTest::addRow("zoom in right of the break") << qint64(0) << 700.0 << 2.0;
        QTest::addRow("zoom out right of the break") << qint64(0) << 700.0 << 0.5;
        QTest::addRow("zoom in with the break past the left edge") << 500 * day << 400.0 << 1.5;
    }

    void zoomAndPanStayExactAcrossABreak()
    {
        QFETCH(qint64, windowStart);
        QFETCH(double, x);
        QFETCH(double, factor);
        constexpr qint64 day = 86400;
        VisibleWindow window;
        window.setWidth(800);
        window.setRange(windowStart, windowStart + 2000 * day);
        window.setBreaks({{300 * day, 1700 * day}});
        QVERIFY(!window.mapping().breaks.empty());
        // The whole width is used: the window's end is at its right edge.
        QVERIFY(std::abs(window.mapping().xOf(window.end()) - 800) < 0.01);

        const qint64 anchor = window.mapping().secondAt(x);
        const double before = window.mapping().secondsPerPixel;
        window.zoomAround(x, factor);
        const TimeMapping zoomed = window.mapping();
        QVERIFY2(std::abs(zoomed.xOf(anchor) - x) < 0.01, qPrintable(QString::number(zoomed.xOf(anchor))));
        QVERIFY(std::abs(zoomed.secondsPerPixel * factor / before - 1) < 1e-6);
        QVERIFY(std::abs(zoomed.xOf(window.end()) - 800) < 0.01);

        // Dragging by 150 px moves every time on screen by 150 px, across the break too.
        const qint64 under = zoomed.secondAt(x);
        window.panByPixels(150);
        QVERIFY2(std::abs(window.mapping().xOf(under) - (x + 150)) < 0.01,
                 qPrintable(QString::number(window.mapping().xOf(under))));
    }

    void breaksComeAndGoWithoutMovingTheMiddle()
    {
        constexpr qint64 day = 86400;
        VisibleWindow window;
        window.setWidth(1000);
        window.setRange(0, 2000 * day);
        const qint64 middle = window.mapping().secondAt(500);
        window.setBreaks({{1200 * day, 1900 * day}});
        QVERIFY(std::abs(window.mapping().xOf(middle) - 500) < 0.01);
        QVERIFY(window.mapping().secondsPerPixel < 2000.0 * day / 1000); // a closer scale
        window.setBreaks({});
        QVERIFY(window.mapping().breaks.empty());
        QVERIFY(std::abs(window.mapping().xOf(middle) - 500) < 0.01);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
