// SPDX-License-Identifier: MIT
// Tideline as an installed desktop application: `cmake --install` into a scratch prefix, then
// the files a desktop finds it by (the .desktop file, the AppStream metainfo, the icon theme, the
// manual page) are checked with the validators the distributions use, and against the program
// itself: the version CMake gives it, and every command and option its --help names.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(TIDELINE_APP_ID);

struct Run {
    int exitCode = -1;
    QString output; // stdout and stderr together, as a user reads them
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(30'000) || !process.waitForFinished(120'000)) {
        result.output = QStringLiteral("could not run %1: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A page of roff as text: `\-` is a dash, font changes and quotes go.
QString plainRoff(QString roff)
{
    roff.replace(QLatin1String("\\-"), QLatin1String("-"));
    static const QRegularExpression markup(QStringLiteral("\\\\f[BIRP]|\""));
    return roff.remove(markup);
}

// The long options a text names (--from).
QSet<QString> longOptions(const QString &text)
{
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (const auto &match : option.globalMatch(text))
        options.insert(match.captured());
    return options;
}

// The commands a text shows in use: `tideline validate ...` at the start of a line (in roff,
// after a font request such as `.B`).
QSet<QString> commands(const QString &text)
{
    QSet<QString> names;
    static const QRegularExpression command(
        QStringLiteral("^\\s*(?:\\.BR?\\s+)?tideline ([a-z]+)"),
        QRegularExpression::MultilineOption);
    for (const auto &match : command.globalMatch(text))
        names.insert(match.captured(1));
    return names;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;
    QString m_help;
    QString m_manPage;
    QString m_manText; // m_manPage without roff's markup

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run install = run(QStringLiteral(TIDELINE_CMAKE),
                                {"--install", TIDELINE_BUILD_DIR, "--prefix", m_prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        const Run help = run(installed("bin/tideline"), {"--help"});
        QCOMPARE(help.exitCode, 0);
        m_help = help.output;
        m_manPage = readText(QStringLiteral(TIDELINE_SOURCE_DIR "/docs/tideline.1"));
        QVERIFY(!m_manPage.isEmpty());
        m_manText = plainRoff(m_manPage);
    }

    void installsTheApplicationFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("program") << "bin/tideline";
        QTest::addRow("desktop entry") << "share/applications/" + appId + ".desktop";
        QTest::addRow("AppStream metainfo") << "share/metainfo/" + appId + ".metainfo.xml";
        QTest::addRow("scalable icon") << "share/icons/hicolor/scalable/apps/" + appId + ".svg";
        QTest::addRow("manual page") << "share/man/man1/tideline.1.gz";
    }

    void installsTheApplicationFiles()
    {
        QFETCH(QString, path);
        const QFileInfo file(installed(path));
        QVERIFY2(file.isFile(), qPrintable(path + " is not installed"));
        QVERIFY(file.size() > 0);
    }

    void installsTheIconAtEveryThemeSize_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }

    void installsTheIconAtEveryThemeSize()
    {
        QFETCH(int, size);
        const QString path = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png")
                                           .arg(size)
                                           .arg(appId));
        const QImage icon(path);
        QVERIFY2(!icon.isNull(), qPrintable(path + " is missing or not a PNG"));
        QCOMPARE(icon.size(), QSize(size, size));
        // Drawn from the SVG: opaque in the middle, transparent at the rounded corner.
        QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
    }

    void desktopEntryValidates()
    {
        const QString validator = QStandardPaths::findExecutable("desktop-file-validate");
        QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing (package desktop-file-utils; "
                                       "./dev.sh installs it)");
        const Run check = run(validator, {installed("share/applications/" + appId + ".desktop")});
        QVERIFY2(check.exitCode == 0 && check.output.trimmed().isEmpty(), qPrintable(check.output));
    }

    void metainfoValidates()
    {
        const QString validator = QStandardPaths::findExecutable("appstreamcli");
        QVERIFY2(!validator.isEmpty(), "appstreamcli is missing (package appstream; ./dev.sh installs it)");
        // The file alone, then the installed tree: the metainfo, its .desktop file and the icons
        // must agree with each other. --no-net: the screenshot's address is not fetched.
        const Run file = run(validator, {"validate", "--no-net", "--no-color",
                                         installed("share/metainfo/" + appId + ".metainfo.xml")});
        QVERIFY2(file.exitCode == 0, qPrintable(file.output));
        QVERIFY2(!file.output.contains(QLatin1String("W: ")), qPrintable(file.output));
        const Run tree = run(validator, {"validate-tree", "--no-net", "--no-color", m_prefix.path()});
        QVERIFY2(tree.exitCode == 0, qPrintable(tree.output));
        QVERIFY2(!tree.output.contains(QLatin1String("W: ")), qPrintable(tree.output));
    }

    void metainfoNamesThisReleaseAndProject()
    {
        QFile file(installed("share/metainfo/" + appId + ".metainfo.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id, firstRelease, homepage, screenshot, launchable;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("id"))
                id = xml.readElementText();
            else if (name == QLatin1String("release") && firstRelease.isEmpty())
                firstRelease = xml.attributes().value("version").toString();
            else if (name == QLatin1String("url") && xml.attributes().value("type") == QLatin1String("homepage"))
                homepage = xml.readElementText();
            else if (name == QLatin1String("image") && screenshot.isEmpty())
                screenshot = xml.readElementText();
            else if (name == QLatin1String("launchable"))
                launchable = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, appId);
        QCOMPARE(launchable, appId + ".desktop");
        // The newest release comes first: a version bump in CMake needs its release notes.
        QCOMPARE(firstRelease, QStringLiteral(TIDELINE_PROJECT_VERSION));
        QCOMPARE(homepage, QStringLiteral(TIDELINE_HOMEPAGE));
        QVERIFY2(screenshot.endsWith(QLatin1String("/docs/screenshot.png")), qPrintable(screenshot));
        QVERIFY(QFileInfo::exists(QStringLiteral(TIDELINE_SOURCE_DIR "/docs/screenshot.png")));
    }

    void versionIsTheProjectVersion()
    {
        const Run version = run(installed("bin/tideline"), {"--version"});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output, QStringLiteral("tideline " TIDELINE_PROJECT_VERSION "\n"));
        QVERIFY2(m_manPage.contains(QStringLiteral("\"Tideline " TIDELINE_PROJECT_VERSION "\"")),
                 "the manual page's .TH line names another version");
    }

    void manPageDocumentsEveryOptionOfHelp_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("isCommand");
        const QSet<QString> options = longOptions(m_help);
        QVERIFY(options.size() >= 15); // --help lists the filter, export and generate options
        for (const QString &option : options)
            QTest::newRow(qPrintable(option)) << option << false;
        QCOMPARE(commands(m_help), (QSet<QString>{"validate", "generate", "export", "convert", "cache", "archive"}));
        for (const QString &command : commands(m_help))
            QTest::newRow(qPrintable("tideline " + command)) << command << true;
    }

    void manPageDocumentsEveryOptionOfHelp()
    {
        QFETCH(QString, option);
        QFETCH(bool, isCommand);
        const bool documented = isCommand ? commands(m_manText).contains(option)
                                          : longOptions(m_manText).contains(option);
        QVERIFY2(documented, qPrintable(option + " is in --help but not in docs/tideline.1"));
    }

    void manPageNamesNothingHelpDoesNot()
    {
        const QSet<QString> extra = longOptions(m_manText) - longOptions(m_help);
        QVERIFY2(extra.isEmpty(), qPrintable("in docs/tideline.1 but not in --help: "
                                             + QStringList(extra.cbegin(), extra.cend()).join(", ")));
        const QSet<QString> extraCommands = commands(m_manText) - commands(m_help);
        QVERIFY2(extraCommands.isEmpty(),
                 qPrintable("commands in docs/tideline.1 but not in --help: "
                            + QStringList(extraCommands.cbegin(), extraCommands.cend()).join(", ")));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
