// SPDX-License-Identifier: MIT
#include "cachecommand.h"

#include "cachedload.h"

#include <QCoreApplication>

namespace {

// CacheCommand is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct CacheCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CacheCommand)
};

} // namespace

int CacheCommand::clear(QTextStream &out, QTextStream &err)
{
    const DatasetCache cache;
    int removed = 0;
    const QString problem = cache.clear(&removed);
    if (!problem.isEmpty()) {
        err << "tideline: " << problem << '\n';
        return 1;
    }
    out << CacheCommandText::tr("removed %n dataset image(s) from %1", nullptr, removed)
               .arg(cache.folder())
        << '\n';
    return 0;
}

LoadResult loadThroughCache(const CommandLine &commandLine, const ImportOptions &options,
                            QTextStream &err)
{
    std::optional<DatasetCache> cache;
    if (!commandLine.noCache && DatasetCache::isEnabledInSettings())
        cache.emplace();
    else if (commandLine.verbose)
        err << "tideline: " << CacheCommandText::tr("cache: off") << '\n';
    CachedLoad::Outcome outcome =
        CachedLoad::load(commandLine.paths, options, nullptr, cache ? &*cache : nullptr,
                         CachedLoad::Keep::Now);
    if (commandLine.verbose) {
        for (const QString &note : std::as_const(outcome.notes))
            err << "tideline: " << note << '\n';
    }
    return std::move(outcome.result);
}
