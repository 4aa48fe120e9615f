// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QTextStream>

// `tideline convert --output OUT.json [INPUT] [--force] FILE...`: reads files of any format
// Tideline reads, as the window would, and writes them as one tideline/1 file. Exit codes as
// for export: 0 written, 1 an input could not be read or the output not written, 2 a bad
// argument (main's to return). The inputs are never modified.
namespace ConvertCommand {

int run(const CommandLine &commandLine, QTextStream &out, QTextStream &err);

} // namespace ConvertCommand
