// SPDX-License-Identifier: MIT
#pragma once

#include "datasetgenerator.h"
#include "filterspec.h"
#include "importoptions.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

// What the user asked for on the command line: open the window on some files, validate files,
// or print help or the version. Parsed without a QApplication so that `tideline validate` and
// `--help` run on a machine with no display.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode {
        Window, Validate, Generate, Export, Convert, CacheClear, ArchivePush, Help, Version, Error
    };

    Mode mode = Mode::Window;
    QStringList paths;
    QString error; // for Mode::Error
    DatasetGenerator::Options generate; // for Mode::Generate; paths holds the output
    bool force = false;                 // overwrite an existing output
    FilterSpec filter;                  // --actor, --from, --to, --query, --tag
    // How to read the inputs (window, validate, export, convert): --format NAME (export:
    // --input-format NAME), --profile FILE, --skip-bad-rows, --group-as actor|tag. The profile
    // file is read by whoever runs the command (ImportOptions::profileFile).
    ImportOptions import;
    // The dataset cache (window, export, convert): --no-cache leaves it alone for this run;
    // --verbose (export, convert) says on stderr what it did and why.
    bool noCache = false;
    bool verbose = false;
    QString convertOutput; // for Mode::Convert: --output
    struct Archive
    {
        QString url;       // --url: the archive address (ArchiveAddress::parse)
        QString table;     // --table: overrides the address's table
        int batchEvents = 50'000; // --batch
    } archive; // for Mode::ArchivePush (paths holds the inputs), and Mode::Generate --archive
    struct Export
    {
        QString output;
        QString format; // png, svg, pdf; empty: from the output's suffix
        QSize size{1920, 1080};
        QString theme = QStringLiteral("light");
        QString title; // empty: the dataset's title
        bool fixedSize = false; // --fixed-size: exactly WxH, lanes compacted (PNG, SVG)
        bool onePage = false;   // --one-page: a PDF on one page, scaled to fit
        bool breaks = true;     // --no-breaks: long empty stretches at full length
    } exportImage;      // for Mode::Export; paths holds the inputs

    static CommandLine parse(const QStringList &arguments); // arguments[0] is the program
    static QString usage();
};
