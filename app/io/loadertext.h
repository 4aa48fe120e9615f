// SPDX-License-Identifier: MIT
#pragma once

// The loader's messages keep the one translation context "DatasetLoader" across its files.
// DatasetLoader is a namespace, which cannot declare tr(): its functions and the other free
// functions of the loader (pathkind.cpp, foreignformat.cpp) call LoaderText::tr(); its classes
// (ChangeDetectingReader, FileWindowStream, SourceFile) declare the same context themselves.
// Private to app/io.

#include <QCoreApplication>

struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)
};
