// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Writes synthetic tideline/1 datasets for benchmarks and tests: deterministic for a seed, and
// shaped like real archives rather than uniform noise: bursts and quiet years, a few actors in
// most events (Zipf-like popularity), people nested under states and factions, every date
// precision, ranges and points, approximate and negative-year dates, issues and positions, and
// titles in Arabic, Hebrew and Chinese among the English ones.
namespace DatasetGenerator {

struct Options
{
    // tideline/1, or a GDELT 2.0 events export (headerless, 61 tab-separated columns) of as many
    // rows, for measuring the importer against tideline/1 on the same events.
    enum class Format { Tideline, Gdelt };
    Format format = Format::Tideline;
    qint64 events = 10000;
    int actors = 300;
    quint64 seed = 1;
    int files = 1; // more than one: `output` is a folder of part-NNN.json files
};

// Returns an empty string on success, else what went wrong.
QString write(const Options &options, const QString &output);

} // namespace DatasetGenerator
