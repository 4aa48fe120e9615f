// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QTextStream>

// `tideline archive push`: loads the inputs (through the dataset cache, like export) and puts
// their events into a ClickHouse archive, saying how far it got on `err` as it goes; and
// `tideline generate --archive`.
namespace ArchiveCommand {

int push(const CommandLine &commandLine, QTextStream &out, QTextStream &err);
// `tideline generate --archive`: synthetic events made by the server (ArchiveGenerator).
int generate(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

} // namespace ArchiveCommand
