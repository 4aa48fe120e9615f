// SPDX-License-Identifier: MIT
// The vis.js Timeline importer on hostile files: see fuzzimport.h for the input and the checks.
#include "fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return FuzzImport::run(data, size, ImportFormat::Vis);
}
