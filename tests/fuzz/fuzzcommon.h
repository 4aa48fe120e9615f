// SPDX-License-Identifier: MIT
// Shared by the fuzz targets: a check that stops the run with the failing input kept (libFuzzer
// treats abort() as a crash and writes the input out; the replay test fails).
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, ...)                                                           \
    do {                                                                                     \
        if (!(condition)) {                                                                  \
            std::fprintf(stderr, "%s:%d: check failed: %s\n  ", __FILE__, __LINE__, #condition); \
            std::fprintf(stderr, __VA_ARGS__);                                               \
            std::fprintf(stderr, "\n");                                                      \
            std::abort();                                                                    \
        }                                                                                    \
    } while (false)

#include <QDir>
#include <QString>

#include <unistd.h>

namespace FuzzCommon {

// A scratch folder for files the code under test must read from disk, one per process, removed
// at exit: under $TIDELINE_FUZZ_SCRATCH if set (scripts/fuzz.sh), else in memory (/dev/shm) where
// there is one. A crashing run leaves it behind.
inline const QString &scratchFolder()
{
    // Never destroyed: the exit handler that removes the folder runs after static destructors.
    static const QString *folder = [] {
        QString base = qEnvironmentVariable("TIDELINE_FUZZ_SCRATCH");
        if (base.isEmpty())
            base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                             : QDir::tempPath();
        const QString path = base + QStringLiteral("/tideline-fuzz-%1").arg(getpid());
        QDir().mkpath(path);
        std::atexit([] { QDir(scratchFolder()).removeRecursively(); });
        return new QString(path);
    }();
    return *folder;
}

inline QString scratchFile(const QString &name)
{
    return scratchFolder() + u'/' + name;
}

} // namespace FuzzCommon
