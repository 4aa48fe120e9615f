// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line: open the window on some files, validate files,
// or print help or the version. Parsed without a QApplication so that `tideline validate` and
// `--help` run on a machine with no display.
struct CommandLine
{
    enum class Mode { Window, Validate, Help, Version, Error };

    Mode mode = Mode::Window;
    QStringList paths;
    QString error; // for Mode::Error

    static CommandLine parse(const QStringList &arguments); // arguments[0] is the program
    static QString usage();
};
