// SPDX-License-Identifier: MIT
// What the window keeps between runs, without a window: the recent datasets and the check of the
// settings file as a whole; and what it says when a load ends.
#include "loadsummary.h"
#include "recentdatasets.h"
#include "settingscheck.h"

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
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
