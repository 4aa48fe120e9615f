// SPDX-License-Identifier: MIT
// The tideline executable: the command line decides between the window and the headless
// commands, which never create a QGuiApplication and so need no display.
#include "commandline.h"
#include "validatecommand.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine commandLine = CommandLine::parse(arguments);

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
        return ValidateCommand::run(commandLine.paths, out, err);
    }
    case CommandLine::Mode::Window:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tideline"));
    QApplication::setOrganizationName(QStringLiteral("Tideline"));
    QApplication::setApplicationVersion(QStringLiteral(TIDELINE_VERSION));
    MainWindow window;
    window.show();
    window.openAtStart(commandLine.paths);
    return app.exec();
}
