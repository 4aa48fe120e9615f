// SPDX-License-Identifier: MIT
// The tideline executable: the command line decides between the window and the headless
// commands, which never create a QGuiApplication and so need no display.
#include "archivecommand.h"
#include "cachecommand.h"
#include "commandline.h"
#include "convertcommand.h"
#include "exportcommand.h"
#include "validatecommand.h"

#include "archivewindow.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine commandLine = CommandLine::parse(arguments);
    // Every mode, not only the window: the commands read the same settings (the cache's) and
    // share the same cache folder (QStandardPaths::CacheLocation is named after these).
    QCoreApplication::setApplicationName(QStringLiteral("Tideline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tideline"));

    // The commands speak the system's language, the window the one chosen in it.
    const auto translateCore = [] {
        UiLanguage::install(UiLanguage::chosen({}), {QStringLiteral("core")});
    };

    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        out << CommandLine::usage();
        return 0;
    case CommandLine::Mode::Version:
        out << "tideline " << TIDELINE_VERSION << '\n';
        return 0;
    case CommandLine::Mode::Error:
        err << "tideline: " << commandLine.error << '\n' << CommandLine::usage();
        return 2;
    case CommandLine::Mode::Validate: {
        QCoreApplication app(argc, argv);
        translateCore();
        return ValidateCommand::run(commandLine.paths, commandLine.import, out, err);
    }
    case CommandLine::Mode::Generate: {
        QCoreApplication app(argc, argv);
        translateCore();
        if (!commandLine.archive.url.isEmpty())
            return ArchiveCommand::generate(commandLine, out, err);
        const QString output = commandLine.paths.first();
        if (QFileInfo::exists(output) && !commandLine.force) {
            err << "tideline: " << output << " exists; use --force to overwrite it\n";
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const QString problem = DatasetGenerator::write(commandLine.generate, output);
        if (!problem.isEmpty()) {
            err << "tideline: " << problem << '\n';
            return 1;
        }
        out << "wrote " << commandLine.generate.events << " events to " << output << " in "
            << timer.elapsed() << " ms\n";
        return 0;
    }
    case CommandLine::Mode::CacheClear: {
        QCoreApplication app(argc, argv);
        translateCore();
        return CacheCommand::clear(out, err);
    }
    case CommandLine::Mode::ArchivePush: {
        QCoreApplication app(argc, argv);
        translateCore();
        return ArchiveCommand::push(commandLine, out, err);
    }
    case CommandLine::Mode::Convert: {
        QCoreApplication app(argc, argv);
        translateCore();
        return ConvertCommand::run(commandLine, out, err);
    }
    case CommandLine::Mode::Export: {
        // Export needs fonts and painting but never a display: default to the offscreen
        // platform unless the user chose one.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        translateCore();
        return ExportCommand::run(commandLine, out, err);
    }
    case CommandLine::Mode::Window:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tideline"));
    QApplication::setOrganizationName(QStringLiteral("Tideline"));
    QApplication::setApplicationVersion(QStringLiteral(TIDELINE_VERSION));
    // Ties the window to the installed .desktop file (its icon and name on Wayland, in docks).
    QGuiApplication::setDesktopFileName(QStringLiteral(TIDELINE_APP_ID));
    // The language chosen in View > Language, else the system's. An Arabic window mirrors; the
    // timeline inside it keeps time running left to right (TimelineView).
    const QString language =
        UiLanguage::chosen(QSettings().value(QStringLiteral("window/language")).toString());
    UiLanguage::install(language, {QStringLiteral("core"), QStringLiteral("ui")});
    QGuiApplication::setLayoutDirection(QLocale().textDirection());
    // `tideline clickhouse://host:8123/db?table=events` opens the archive in a window of its
    // own, with the password (if the server needs one) from TIDELINE_ARCHIVE_PASSWORD, else
    // from the desktop's keychain, else asked for.
    QList<ArchiveAddress> archives;
    QStringList paths;
    for (const QString &path : commandLine.paths) {
        if (!path.contains(QLatin1String("://"))) {
            paths << path;
            continue;
        }
        QString problem;
        ArchiveAddress address = ArchiveAddress::parse(path, &problem);
        if (!problem.isEmpty()) {
            err << "tideline: " << problem << '\n';
            return 2;
        }
        address.password = qEnvironmentVariable("TIDELINE_ARCHIVE_PASSWORD");
        archives << address;
    }
    if (!archives.isEmpty() && paths.isEmpty()) {
        for (const ArchiveAddress &address : archives)
            ArchiveWindow::openWithStoredPassword(address, nullptr);
        return app.exec();
    }
    for (const ArchiveAddress &address : archives)
        ArchiveWindow::openWithStoredPassword(address, nullptr);
    MainWindow window;
    window.setCacheAllowed(!commandLine.noCache);
    // The embedded sample opens before the window is shown, so that its first frame shows the
    // sample and never an empty "Untitled dataset" window for as long as the sample takes to
    // read; files named on the command line are read in the background with the window up.
    if (paths.isEmpty())
        window.openAtStart({});
    window.show();
    if (!paths.isEmpty())
        window.openAtStart(paths);
    if (!commandLine.filter.isEmpty()) {
        // Actors and tags are named by id, so the filter is resolved once the files are open.
        const auto applyFilter = [&window, &err, spec = commandLine.filter] {
            QString problem;
            const EventFilter filter = spec.resolve(*window.session()->dataset(), &problem);
            if (!problem.isEmpty()) {
                err << "tideline: " << problem << '\n';
                err.flush();
                return false;
            }
            window.setStartupFilter(filter);
            return true;
        };
        if (!window.session()->isLoading()) {
            if (!applyFilter())
                return 2;
        } else {
            QObject::connect(
                window.session(), &DatasetSession::loadFinished, &window,
                [applyFilter](const LoadResult &result) {
                    if (result.ok() && !applyFilter())
                        QCoreApplication::exit(2);
                },
                Qt::SingleShotConnection);
        }
    }
    return app.exec();
}
