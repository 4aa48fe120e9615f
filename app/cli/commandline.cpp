// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCoreApplication>

namespace {

CommandLine failure(const QString &message)
{
    CommandLine result;
    result.mode = CommandLine::Mode::Error;
    result.error = message;
    return result;
}

CommandLine only(CommandLine::Mode mode)
{
    CommandLine result;
    result.mode = mode;
    return result;
}

// One of the filter options (isFilterOption), as the window and `export` both take them.
void setFilterOption(FilterSpec *filter, const QString &option, const QString &value)
{
    if (option == QLatin1String("--actor"))
        filter->actors << value;
    else if (option == QLatin1String("--tag"))
        filter->tags << value;
    else if (option == QLatin1String("--from"))
        filter->from = value;
    else if (option == QLatin1String("--to"))
        filter->to = value;
    else
        filter->query = value;
}

// --force and --help, which the commands that write a file (generate, export) take alike.
// True when `argument` is one of them; --help makes `*command` the request for help, which ends
// the parse.
bool takeForceOrHelp(const QString &argument, CommandLine *command)
{
    if (argument == QLatin1String("--force")) {
        command->force = true;
        return true;
    }
    if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
        *command = only(CommandLine::Mode::Help);
        return true;
    }
    return false;
}

// `generate --events N [--actors K] [--seed S] [--files F] [--format tideline|gdelt] [--force]
// OUTPUT`, or `generate --events N [--actors K] [--seed S] --archive URL [--table NAME]`
CommandLine parseGenerate(const QStringList &arguments)
{
    CommandLine result;
    result.mode = CommandLine::Mode::Generate;
    bool sawEvents = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (takeForceOrHelp(argument, &result)) {
            if (result.mode == CommandLine::Mode::Help)
                return result;
            continue;
        }
        if (argument == QLatin1String("--format")) {
            const QString format = i + 1 < arguments.size() ? arguments[++i] : QString();
            if (format == QLatin1String("gdelt"))
                result.generate.format = DatasetGenerator::Options::Format::Gdelt;
            else if (format != QLatin1String("tideline"))
                return failure(
                    CommandLine::tr("generate --format must be tideline or gdelt, found '%1'")
                        .arg(format));
            continue;
        }
        if (argument == QLatin1String("--archive") || argument == QLatin1String("--table")) {
            if (i + 1 >= arguments.size())
                return failure(CommandLine::tr("%1 needs a value").arg(argument));
            (argument == QLatin1String("--archive") ? result.archive.url
                                                    : result.archive.table) = arguments[++i];
            continue;
        }
        const bool isOption = argument == QLatin1String("--events")
            || argument == QLatin1String("--actors") || argument == QLatin1String("--seed")
            || argument == QLatin1String("--files");
        if (!isOption) {
            if (argument.startsWith(u'-'))
                return failure(CommandLine::tr("unknown option '%1'").arg(argument));
            result.paths << argument;
            continue;
        }
        if (i + 1 >= arguments.size())
            return failure(CommandLine::tr("%1 needs a number").arg(argument));
        bool ok = false;
        const qlonglong value = arguments[++i].toLongLong(&ok);
        if (!ok || value < 0)
            return failure(CommandLine::tr("%1 needs a whole number >= 0, found '%2'")
                               .arg(argument, arguments[i]));
        if (argument == QLatin1String("--events")) {
            result.generate.events = value;
            sawEvents = true;
        } else if (argument == QLatin1String("--actors")) {
            if (value < 4 || value > 1'000'000)
                return failure(CommandLine::tr("--actors must be 4 to 1000000"));
            result.generate.actors = int(value);
        } else if (argument == QLatin1String("--seed")) {
            result.generate.seed = quint64(value);
        } else {
            if (value < 1 || value > 10000)
                return failure(CommandLine::tr("--files must be 1 to 10000"));
            result.generate.files = int(value);
        }
    }
    if (!sawEvents)
        return failure(CommandLine::tr("generate needs --events N"));
    if (!result.archive.url.isEmpty()) {
        if (!result.paths.isEmpty())
            return failure(CommandLine::tr("generate --archive writes into the archive, not OUTPUT"));
        if (result.generate.files != 1
            || result.generate.format != DatasetGenerator::Options::Format::Tideline)
            return failure(CommandLine::tr("generate --archive takes no --files or --format"));
        return result;
    }
    if (!result.archive.table.isEmpty())
        return failure(CommandLine::tr("generate --table is for --archive"));
    if (result.paths.size() != 1)
        return failure(CommandLine::tr("generate needs exactly one OUTPUT"));
    return result;
}

// The options that say how to read the inputs, shared by every command that reads datasets.
// `formatOption` is the option that names the input format: --format, or --input-format for
// export, whose --format is the image's. Returns false when `argument` is none of them; sets
// `*problem` when it is one but its value is wrong.
bool takeImportOption(const QStringList &arguments, qsizetype &i, const QString &formatOption,
                      ImportOptions *options, QString *problem)
{
    const QString &argument = arguments[i];
    if (argument == QLatin1String("--skip-bad-rows")) {
        options->skipBadRows = true;
        return true;
    }
    const bool withValue = argument == formatOption || argument == QLatin1String("--profile")
        || argument == QLatin1String("--group-as");
    if (!withValue)
        return false;
    if (i + 1 >= arguments.size()) {
        *problem = CommandLine::tr("%1 needs a value").arg(argument);
        return true;
    }
    const QString value = arguments[++i];
    if (argument == formatOption) {
        const std::optional<ImportFormat> format = ImportFormats::fromName(value);
        if (!format)
            *problem = CommandLine::tr("%1 must be one of %2, not '%3'")
                           .arg(argument, ImportFormats::names().join(QLatin1String(", ")), value);
        options->format = format;
    } else if (argument == QLatin1String("--profile")) {
        options->profileFile = value;
    } else if (value == QLatin1String("actor") || value == QLatin1String("tag")) {
        options->groupAs = value == QLatin1String("actor") ? ImportOptions::GroupAs::Actor
                                                           : ImportOptions::GroupAs::Tag;
    } else {
        *problem = CommandLine::tr("--group-as must be actor or tag, not '%1'").arg(value);
    }
    return true;
}

// --no-cache and --verbose, which the commands that load through the dataset cache (export,
// convert) take alike.
bool takeCacheOption(const QString &argument, CommandLine *command)
{
    if (argument == QLatin1String("--no-cache")) {
        command->noCache = true;
        return true;
    }
    if (argument == QLatin1String("--verbose")) {
        command->verbose = true;
        return true;
    }
    return false;
}

// `cache clear`
CommandLine parseCache(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("-h")) || arguments.contains(QLatin1String("--help")))
        return only(CommandLine::Mode::Help);
    if (arguments != QStringList{QStringLiteral("clear")})
        return failure(CommandLine::tr("cache takes one command: clear"));
    return only(CommandLine::Mode::CacheClear);
}

// `convert --output OUT.json [--format NAME] [--profile FILE] [--skip-bad-rows]
// [--group-as actor|tag] [--force] INPUT...`
CommandLine parseConvert(const QStringList &arguments)
{
    CommandLine result;
    result.mode = CommandLine::Mode::Convert;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (takeForceOrHelp(argument, &result)) {
            if (result.mode == CommandLine::Mode::Help)
                return result;
            continue;
        }
        if (takeCacheOption(argument, &result))
            continue;
        if (!argument.startsWith(u'-') || argument == QLatin1String("-")) {
            result.paths << argument;
            continue;
        }
        QString problem;
        if (takeImportOption(arguments, i, QStringLiteral("--format"), &result.import, &problem)) {
            if (!problem.isEmpty())
                return failure(problem);
            continue;
        }
        if (argument != QLatin1String("--output"))
            return failure(CommandLine::tr("unknown option '%1'").arg(argument));
        if (i + 1 >= arguments.size())
            return failure(CommandLine::tr("%1 needs a value").arg(argument));
        result.convertOutput = arguments[++i];
    }
    if (result.convertOutput.isEmpty())
        return failure(CommandLine::tr("convert needs --output FILE"));
    if (result.paths.isEmpty())
        return failure(CommandLine::tr("convert needs at least one INPUT to read"));
    return result;
}

// `archive push --url URL [--table NAME] [--batch N] [--format NAME] [--profile FILE]
// [--skip-bad-rows] [--group-as actor|tag] [--no-cache] [--verbose] FILE|FOLDER...`
CommandLine parseArchive(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("-h")) || arguments.contains(QLatin1String("--help")))
        return only(CommandLine::Mode::Help);
    if (arguments.isEmpty() || arguments.first() != QLatin1String("push"))
        return failure(CommandLine::tr("archive takes one command: push"));
    CommandLine result;
    result.mode = CommandLine::Mode::ArchivePush;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (takeCacheOption(argument, &result))
            continue;
        if (!argument.startsWith(u'-') || argument == QLatin1String("-")) {
            result.paths << argument;
            continue;
        }
        QString problem;
        if (takeImportOption(arguments, i, QStringLiteral("--format"), &result.import, &problem)) {
            if (!problem.isEmpty())
                return failure(problem);
            continue;
        }
        if (argument != QLatin1String("--url") && argument != QLatin1String("--table")
            && argument != QLatin1String("--batch"))
            return failure(CommandLine::tr("unknown option '%1'").arg(argument));
        if (i + 1 >= arguments.size())
            return failure(CommandLine::tr("%1 needs a value").arg(argument));
        const QString value = arguments[++i];
        if (argument == QLatin1String("--url")) {
            result.archive.url = value;
        } else if (argument == QLatin1String("--table")) {
            result.archive.table = value;
        } else {
            bool ok = false;
            result.archive.batchEvents = value.toInt(&ok);
            if (!ok || result.archive.batchEvents < 1 || result.archive.batchEvents > 10'000'000)
                return failure(
                    CommandLine::tr("--batch must be a number of events from 1 to 10000000, "
                                    "not '%1'")
                        .arg(value));
        }
    }
    if (result.archive.url.isEmpty())
        return failure(CommandLine::tr("archive push needs --url clickhouse://host:port/database"));
    if (result.paths.isEmpty())
        return failure(CommandLine::tr("archive push needs at least one FILE or FOLDER to read"));
    return result;
}

bool isFilterOption(const QString &argument)
{
    static const QStringList options = {"--actor", "--from", "--to", "--query", "--tag"};
    return options.contains(argument);
}

// `export --output FILE [--format F] [--size WxH] [--fixed-size] [--one-page] [--no-breaks]
// [--theme T] [--title T] [--force] [FILTER] FILE|FOLDER...`
CommandLine parseExport(const QStringList &arguments)
{
    CommandLine result;
    result.mode = CommandLine::Mode::Export;
    static const QStringList withValue = {"--output", "--format", "--size", "--theme", "--title",
                                          "--actor", "--from", "--to", "--query", "--tag"};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (takeForceOrHelp(argument, &result)) {
            if (result.mode == CommandLine::Mode::Help)
                return result;
            continue;
        }
        if (takeCacheOption(argument, &result))
            continue;
        if (!argument.startsWith(u'-') || argument == QLatin1String("-")) {
            result.paths << argument;
            continue;
        }
        QString problem;
        if (takeImportOption(arguments, i, QStringLiteral("--input-format"), &result.import,
                             &problem)) {
            if (!problem.isEmpty())
                return failure(problem);
            continue;
        }
        if (argument == QLatin1String("--fixed-size")) {
            result.exportImage.fixedSize = true;
            continue;
        }
        if (argument == QLatin1String("--one-page")) {
            result.exportImage.onePage = true;
            continue;
        }
        if (argument == QLatin1String("--no-breaks")) {
            result.exportImage.breaks = false;
            continue;
        }
        if (!withValue.contains(argument))
            return failure(CommandLine::tr("unknown option '%1'").arg(argument));
        if (i + 1 >= arguments.size())
            return failure(CommandLine::tr("%1 needs a value").arg(argument));
        const QString value = arguments[++i];
        if (argument == QLatin1String("--output")) {
            result.exportImage.output = value;
        } else if (argument == QLatin1String("--format")) {
            if (value != QLatin1String("png") && value != QLatin1String("svg") && value != QLatin1String("pdf"))
                return failure(
                    CommandLine::tr("--format must be png, svg or pdf, not '%1'").arg(value));
            result.exportImage.format = value;
        } else if (argument == QLatin1String("--size")) {
            const QStringList parts = value.split(u'x');
            bool okW = false, okH = false;
            const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
            const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
            if (!okW || !okH || w < 200 || h < 150 || w > 20000 || h > 20000)
                return failure(
                    CommandLine::tr(
                        "--size must be WIDTHxHEIGHT from 200x150 to 20000x20000, not '%1'")
                        .arg(value));
            result.exportImage.size = QSize(w, h);
        } else if (argument == QLatin1String("--theme")) {
            if (value != QLatin1String("light") && value != QLatin1String("dark") && value != QLatin1String("transparent"))
                return failure(
                    CommandLine::tr("--theme must be light, dark or transparent, not '%1'")
                        .arg(value));
            result.exportImage.theme = value;
        } else if (argument == QLatin1String("--title")) {
            result.exportImage.title = value;
        } else {
            setFilterOption(&result.filter, argument, value);
        }
    }
    if (result.exportImage.output.isEmpty())
        return failure(CommandLine::tr("export needs --output FILE"));
    if (result.exportImage.format.isEmpty()) {
        const QString suffix = result.exportImage.output.section(u'.', -1).toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
            return failure(
                CommandLine::tr("cannot tell the format from '%1'; add --format png|svg|pdf")
                    .arg(result.exportImage.output));
        result.exportImage.format = suffix;
    }
    if (result.exportImage.theme == QLatin1String("transparent") && result.exportImage.format != QLatin1String("png"))
        return failure(CommandLine::tr("--theme transparent is for PNG only"));
    if (result.exportImage.onePage && result.exportImage.format != QLatin1String("pdf"))
        return failure(CommandLine::tr("--one-page is for PDF only (PNG and SVG are one picture)"));
    if (result.exportImage.fixedSize && result.exportImage.format == QLatin1String("pdf"))
        return failure(CommandLine::tr("--fixed-size is for PNG and SVG; a PDF takes --one-page"));
    if (result.paths.isEmpty())
        return failure(CommandLine::tr("export needs at least one FILE or FOLDER to read"));
    if (const QString problem = result.filter.validate(); !problem.isEmpty())
        return failure(problem);
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty() && rest.first() == QLatin1String("generate"))
        return parseGenerate(rest.mid(1));
    if (!rest.isEmpty() && rest.first() == QLatin1String("export"))
        return parseExport(rest.mid(1));
    if (!rest.isEmpty() && rest.first() == QLatin1String("convert"))
        return parseConvert(rest.mid(1));
    if (!rest.isEmpty() && rest.first() == QLatin1String("cache"))
        return parseCache(rest.mid(1));
    if (!rest.isEmpty() && rest.first() == QLatin1String("archive"))
        return parseArchive(rest.mid(1));
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
            return only(CommandLine::Mode::Help);
        } else if (QString problem;
                   takeImportOption(rest, i, QStringLiteral("--format"), &result.import, &problem)) {
            if (!problem.isEmpty())
                return failure(problem);
        } else if (result.mode == Mode::Window && isFilterOption(argument)) {
            if (i + 1 >= rest.size())
                return failure(tr("%1 needs a value").arg(argument));
            setFilterOption(&result.filter, argument, rest[++i]);
        } else if (result.mode == Mode::Window && argument == QLatin1String("--no-cache")) {
            result.noCache = true;
        } else if (argument == QLatin1String("--version")) {
            return only(CommandLine::Mode::Version);
        } else {
            return failure(tr("unknown option '%1'").arg(argument));
        }
    }
    if (const QString problem = result.filter.validate(); !problem.isEmpty())
        return failure(problem);
    if (result.mode == Mode::Validate && result.paths.isEmpty())
        return failure(tr("validate needs at least one FILE or FOLDER"));
    return result;
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  tideline [FILTER] [--no-cache] [FILE|FOLDER...]\n"
              "                                      open the files in a window (no files: the\n"
              "                                      sample dataset)\n"
              "  tideline ARCHIVE                    browse an event archive in a window; ARCHIVE\n"
              "                                      is clickhouse://HOST[:PORT]/DB?table=NAME\n"
              "  tideline validate [INPUT] FILE|FOLDER...\n"
              "                                      check files; print every problem as\n"
              "                                      file:line:col: error: ...; exit 1 on error\n"
              "  tideline convert --output OUT.json [INPUT] [CACHE] [--force] FILE...\n"
              "                                      write the files as one tideline/1 file\n"
              "  tideline generate --events N [--actors K] [--seed S] [--files F] [--force]\n"
              "                   [--format tideline|gdelt]\n"
              "                   OUTPUT             write a synthetic dataset (F > 1: a folder),\n"
              "                                      or a GDELT 2.0 events export of N rows\n"
              "  tideline generate --events N [--actors K] [--seed S] --archive URL\n"
              "                   [--table NAME]     make N synthetic events in an archive\n"
              "  tideline export --output FILE [--format png|svg|pdf] [--size WxH]\n"
              "                  [--fixed-size] [--one-page] [--no-breaks]\n"
              "                  [--theme light|dark|transparent] [--title TEXT] [--force]\n"
              "                  [FILTER] [INPUT] [CACHE] FILE|FOLDER...\n"
              "                                      write a timeline image; needs no display.\n"
              "                                      Every lane with an event is drawn: a PNG\n"
              "                                      or SVG grows taller than WxH if need be\n"
              "                                      (--fixed-size: compact lanes instead), a\n"
              "                                      PDF gets more pages (--one-page: scaled).\n"
              "                                      Long empty stretches are collapsed into\n"
              "                                      a break mark unless --no-breaks.\n"
              "  tideline cache clear                remove every dataset image from the cache\n"
              "  tideline archive push --url URL [--table NAME] [--batch N] [INPUT] [CACHE]\n"
              "                        FILE|FOLDER...\n"
              "                                      put the files' events into a ClickHouse\n"
              "                                      archive (URL: clickhouse://host:port/db);\n"
              "                                      events it holds already are not sent again.\n"
              "                                      A password is read from\n"
              "                                      TIDELINE_ARCHIVE_PASSWORD\n"
              "  tideline --help | --version\n"
              "\n"
              "FILTER: --actor ID (repeat for several), --from DATE, --to DATE, --query TEXT,\n"
              "--tag TAG (repeat). DATE as in the data files: 2024, 2024-04, 2024-07-15.\n"
              "INPUT: --format NAME (export: --input-format NAME), one of tideline, timelinejs,\n"
              "vis, csv, records, gdelt, icews, acled (default: recognised from each file);\n"
              "--profile FILE, a column mapping for CSV/TSV and JSON records; --skip-bad-rows,\n"
              "leave out rows that cannot be read (and say how many) instead of failing;\n"
              "--group-as actor|tag, what TimelineJS and vis.js groups become (default actor).\n"
              "CACHE: --no-cache, read the files even when the cache holds their image, and\n"
              "keep none; --verbose, say what the cache did and why. Reopening unchanged files\n"
              "reads their image from the user's cache folder instead of parsing them; validate\n"
              "always reads the files.\n"
              "A FOLDER stands for the *.json files in it. The format is described in\n"
              "docs/FORMAT.md.\n");
}
