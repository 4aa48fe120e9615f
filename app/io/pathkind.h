// SPDX-License-Identifier: MIT
#pragma once

// What a path given to the loader names. Private to app/io: used by datasetloader.cpp to expand
// paths and by the change-detecting reader to explain a file it refuses.

#include <QString>

// What a path names, found without opening it: opening a FIFO would wait for a writer.
enum class PathKind { File, Folder, Other, Problem };

// For Other and Problem, `problem` says what is wrong, in words for the user.
PathKind classifyPath(const QString &path, QString *problem);
