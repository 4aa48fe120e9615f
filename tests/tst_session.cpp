// SPDX-License-Identifier: MIT
// What the window keeps between runs, without a window: the recent datasets and the check of the
// settings file as a whole.
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
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
