// SPDX-License-Identifier: MIT
#pragma once

#include "importoptions.h"

#include <QStringList>
#include <QTextStream>

// `tideline validate [INPUT] FILE|FOLDER...`: loads the files as the window would and prints every
// message, one per line, in the file:line:col form editors understand. The exit code is 1 when
// there is an error, 0 otherwise (warnings alone do not fail).
namespace ValidateCommand {

int run(const QStringList &paths, ImportOptions options, QTextStream &out, QTextStream &err);

} // namespace ValidateCommand
