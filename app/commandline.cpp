// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// `generate --events N [--actors K] [--seed S] [--files F] [--force] OUTPUT`
CommandLine parseGenerate(const QStringList &arguments)
{
    CommandLine result;
    result.mode = CommandLine::Mode::Generate;
    bool sawEvents = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--force")) {
            result.force = true;
            continue;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help"))
            return {CommandLine::Mode::Help, {}, {}, {}, false};
        const bool isOption = argument == QLatin1String("--events")
            || argument == QLatin1String("--actors") || argument == QLatin1String("--seed")
            || argument == QLatin1String("--files");
        if (!isOption) {
            if (argument.startsWith(u'-'))
                return {CommandLine::Mode::Error, {}, tr("unknown option '%1'").arg(argument), {}, false};
            result.paths << argument;
            continue;
        }
        if (i + 1 >= arguments.size())
            return {CommandLine::Mode::Error, {}, tr("%1 needs a number").arg(argument), {}, false};
        bool ok = false;
        const qlonglong value = arguments[++i].toLongLong(&ok);
        if (!ok || value < 0)
            return {CommandLine::Mode::Error, {},
                    tr("%1 needs a whole number >= 0, found '%2'").arg(argument, arguments[i]), {},
                    false};
        if (argument == QLatin1String("--events")) {
            result.generate.events = value;
            sawEvents = true;
        } else if (argument == QLatin1String("--actors")) {
            if (value < 4 || value > 1'000'000)
                return {CommandLine::Mode::Error, {}, tr("--actors must be 4 to 1000000"), {}, false};
            result.generate.actors = int(value);
        } else if (argument == QLatin1String("--seed")) {
            result.generate.seed = quint64(value);
        } else {
            if (value < 1 || value > 10000)
                return {CommandLine::Mode::Error, {}, tr("--files must be 1 to 10000"), {}, false};
            result.generate.files = int(value);
        }
    }
    if (!sawEvents)
        return {CommandLine::Mode::Error, {}, tr("generate needs --events N"), {}, false};
    if (result.paths.size() != 1)
        return {CommandLine::Mode::Error, {}, tr("generate needs exactly one OUTPUT"), {}, false};
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty() && rest.first() == QLatin1String("generate"))
        return parseGenerate(rest.mid(1));
    if (!rest.isEmpty() && rest.first() == QLatin1String("validate")) {
        result.mode = Mode::Validate;
        rest.removeFirst();
    }
    // Qt's own window options, which QApplication takes out of the arguments itself.
    static const QStringList qtOptionsWithValue = {
        "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
        "qwindowicon", "qwindowtitle", "session", "style", "stylesheet", "display", "geometry",
        "title", "name"};
    static const QStringList qtFlags = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    bool onlyPaths = false;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &argument = rest[i];
        const QString bare = argument.startsWith(QLatin1String("--")) ? argument.mid(2)
                                                                       : argument.mid(1);
        if (!onlyPaths && result.mode == Mode::Window && argument.startsWith(u'-')
            && (qtFlags.contains(bare) || qtOptionsWithValue.contains(bare))) {
            if (qtOptionsWithValue.contains(bare))
                ++i;
            continue;
        }
        if (onlyPaths || !argument.startsWith(u'-') || argument == QLatin1String("-")) {
            result.paths << argument;
        } else if (argument == QLatin1String("--")) {
            onlyPaths = true;
        } else if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            return {Mode::Help, {}, {}, {}, false};
        } else if (argument == QLatin1String("--version")) {
            return {Mode::Version, {}, {}, {}, false};
        } else {
            return {Mode::Error, {}, tr("unknown option '%1'").arg(argument), {}, false};
        }
    }
    if (result.mode == Mode::Validate && result.paths.isEmpty())
        return {Mode::Error, {}, tr("validate needs at least one FILE or FOLDER"), {}, false};
    return result;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  tideline [FILE|FOLDER...]           open the files in a window (no files: the\n"
              "                                      sample dataset)\n"
              "  tideline validate FILE|FOLDER...    check tideline/1 files; print every problem\n"
              "                                      as file:line:col: error: ...; exit 1 on error\n"
              "  tideline generate --events N [--actors K] [--seed S] [--files F] [--force]\n"
              "                   OUTPUT             write a synthetic dataset (F > 1: a folder)\n"
              "  tideline --help | --version\n"
              "\n"
              "A FOLDER stands for the *.json files in it. The format is described in\n"
              "docs/FORMAT.md.\n");
}
