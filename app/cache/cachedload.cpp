// SPDX-License-Identifier: MIT
#include "cachedload.h"

#include "datasetimport.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace {

// CachedLoad is a namespace, which cannot declare tr(): its messages take their context from here.
struct CachedLoadText
{
    Q_DECLARE_TR_FUNCTIONS(CachedLoad)
};

// One writer at a time, apart from the threads that load: an image written in the background
// must not hold up the next load, and two writes would only compete for the disk.
QThreadPool *writers()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        // An image half written when the program ends would be lost work (never a broken image:
        // it is renamed into place only when complete). Runs as QCoreApplication goes, after the
        // window has closed.
        qAddPostRoutine([] { writers()->waitForDone(); });
        return p;
    }();
    return pool;
}

} // namespace

CachedLoad::Outcome CachedLoad::load(const QStringList &paths, const ImportOptions &options,
                                     LoadProgress *progress, const DatasetCache *cache, Keep keep)
{
    Outcome outcome;
    if (!cache) {
        outcome.result = DatasetImport::load(paths, options, progress);
        return outcome;
    }
    const SourceFingerprint before = SourceFingerprint::of(paths, options);
    QString why;
    if (std::optional<LoadResult> kept = cache->read(before, &why)) {
        outcome.result = std::move(*kept);
        outcome.fromCache = true;
        outcome.notes << CachedLoadText::tr("cache: read the dataset's image instead of its files");
        return outcome;
    }
    //: %1 says why ("no image in …")
    outcome.notes << CachedLoadText::tr("cache: not used (%1)").arg(why);
    outcome.result = DatasetImport::load(paths, options, progress);
    if (!outcome.result.ok() || !before.isCacheable())
        return outcome;
    // The image must describe the files as they were read: a file that changed during the load
    // may have been read half old, half new.
    const SourceFingerprint after = SourceFingerprint::of(paths, options);
    if (after != before) {
        outcome.notes << CachedLoadText::tr(
            "cache: not kept: the files changed while they were read");
        return outcome;
    }
    if (keep == Keep::Now) {
        const QString problem = cache->write(before, outcome.result);
        outcome.notes << (problem.isEmpty()
                              ? CachedLoadText::tr("cache: kept the dataset's image in %1")
                                    .arg(cache->folder())
                              : CachedLoadText::tr("cache: not kept: %1").arg(problem));
        return outcome;
    }
    // The dataset is immutable and shared: the writer reads it while the views use it.
    writers()->start([cache = *cache, before, result = outcome.result] {
        WorkerPool::runBelowTheWindow(); // written as a load lands, beside the window's hand-over
        cache.write(before, result);
    });
    return outcome;
}

void CachedLoad::waitForBackgroundWrites()
{
    writers()->waitForDone();
}
