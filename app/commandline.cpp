// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty() && rest.first() == QLatin1String("validate")) {
        result.mode = Mode::Validate;
        rest.removeFirst();
    }
    bool onlyPaths = false;
    for (const QString &argument : rest) {
        if (onlyPaths || !argument.startsWith(u'-') || argument == QLatin1String("-")) {
            result.paths << argument;
        } else if (argument == QLatin1String("--")) {
            onlyPaths = true;
        } else if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            return {Mode::Help, {}, {}};
        } else if (argument == QLatin1String("--version")) {
            return {Mode::Version, {}, {}};
        } else {
            return {Mode::Error, {}, tr("unknown option '%1'").arg(argument)};
        }
    }
    if (result.mode == Mode::Validate && result.paths.isEmpty())
        return {Mode::Error, {}, tr("validate needs at least one FILE or FOLDER")};
    return result;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  tideline [FILE|FOLDER...]           open the files in a window (no files: the\n"
              "                                      sample dataset)\n"
              "  tideline validate FILE|FOLDER...    check tideline/1 files; print every problem\n"
              "                                      as file:line:col: error: ...; exit 1 on error\n"
              "  tideline --help | --version\n"
              "\n"
              "A FOLDER stands for the *.json files in it. The format is described in\n"
              "docs/FORMAT.md.\n");
}
