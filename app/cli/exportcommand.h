// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QTextStream>

// `tideline export`: loads the files, applies the filter given on the command line, and writes
// the timeline picture, with the same renderer as the window. Exit codes: 0 written, 1 the input
// or the output failed, 2 an argument names something the dataset does not have. Never
// overwrites a file without --force and never leaves a partial file behind.
namespace ExportCommand {

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

} // namespace ExportCommand
