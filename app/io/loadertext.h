// SPDX-License-Identifier: MIT
#pragma once

// The loader's way of translating its messages, shared by its files (datasetloader.cpp,
// pathkind.cpp, filebytes.cpp, changedetectingreader.cpp, foreignformat.cpp), so that they all
// keep the one translation context "DatasetLoader". Private to app/io.

#include <QCoreApplication>
#include <QString>

namespace LoaderText {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetLoader", text);
}

} // namespace LoaderText
