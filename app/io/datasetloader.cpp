// SPDX-License-Identifier: MIT
// DatasetLoader: paths to files, files streamed into builders, several read at once, the
// builders merged in file order and their messages placed. Each step's own work is in a file of
// its own: pathkind.cpp, sourcefile.cpp (through changedetectingreader.cpp and
// filewindowstream.cpp), foreignformat.cpp, datasetfilereader.cpp and linecolumnfinder.cpp.
#include "datasetloader.h"

#include "datasetbuilder.h"
#include "datasetfilereader.h"
#include "foreignformat.h"
#include "linecolumnfinder.h"
#include "loadertext.h"
#include "pathkind.h"
#include "sourcefile.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>

namespace {

LoadMessage fileError(const QString &file, const QString &text)
{
    LoadMessage message;
    message.file = file;
    message.text = text;
    return message;
}

} // namespace

void DatasetLoader::readTidelineFile(SourceFile &file, int index, DatasetBuilder &builder,
                                     LoadProgress *progress)
{
    const std::string_view head = file.head();
    const QString other = foreignFormatMessage(head.data(), qint64(head.size()));
    if (other.isEmpty()) {
        if (file.mayReadInParts())
            DatasetFileReader::readInParts(file, index, builder, progress);
        else
            DatasetFileReader::read(file.stream(), index, builder, progress);
        return;
    }
    builder.error({index, 0}, QString(), other);
    if (progress)
        progress->addRead(file.size(), 0);
}

namespace {

// Opens file `index`, has `reader` read it and closes it again: one file is open at a time per
// thread, however many the load reads.
void readOne(SourceFile &file, int index, DatasetBuilder &builder, LoadProgress *progress,
             const DatasetLoader::FileReader &reader)
{
    if (file.open())
        reader(file, index, builder, progress);
    file.close();
}

// Reads every file into `builder`. Several files are read at once, one builder each, on as many
// threads as there are cores, then absorbed in file order: the outcome, messages included, is
// the same as reading them one after another. Plain threads rather than the global pool: the
// load itself usually runs on a pool thread, and waiting there for more pool tasks can starve it.
void readFiles(const std::vector<std::unique_ptr<SourceFile>> &files,
               const std::vector<qint64> &sizes, DatasetBuilder &builder, LoadProgress *progress,
               const DatasetLoader::FileReader &reader, DatasetLoader::Keep keep)
{
    const DatasetLoader::FileReader readOneFormat =
        reader ? reader : DatasetLoader::FileReader(DatasetLoader::readTidelineFile);
    const size_t threadCount =
        std::min(files.size(), size_t(std::max(1, QThread::idealThreadCount())));
    qint64 totalBytes = 0;
    for (qint64 size : sizes)
        totalBytes += size;
    // The first builder ends up holding every file's events: room for all of them from the
    // start (reserved pages cost nothing until written), so that absorbing the others copies
    // their text once instead of moving the whole pool to a larger one.
    builder.reserveForInput(totalBytes);
    if (threadCount <= 1) {
        // One file and more cores: the file itself can be read by several threads.
        if (files.size() == 1 && QThread::idealThreadCount() > 1)
            files.front()->setMayReadInParts(true);
        for (size_t i = 0; i < files.size(); ++i) {
            if (progress && progress->isCancelled())
                return;
            readOne(*files[i], int(i), builder, progress, readOneFormat);
        }
        return;
    }
    std::vector<DatasetBuilder> later(files.size() - 1);
    for (size_t i = 1; i < files.size(); ++i) {
        later[i - 1].setKeepEventText(keep == DatasetLoader::Keep::Everything);
        later[i - 1].reserveForInput(sizes[i]);
    }
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < files.size(); i = next++) {
            if (progress && progress->isCancelled())
                return;
            readOne(*files[i], int(i), i == 0 ? builder : later[i - 1], progress, readOneFormat);
        }
    };
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threadCount; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    for (DatasetBuilder &more : later) {
        if (progress && progress->isCancelled())
            return;
        builder.absorb(std::move(more));
        more = DatasetBuilder(); // frees its memory before the next one is copied in
    }
}

} // namespace

int LoadResult::errorCount() const
{
    return int(std::count_if(messages.begin(), messages.end(),
                             [](const LoadMessage &m) { return m.isError(); }));
}

bool LoadResult::hasSkippableRows() const
{
    return std::any_of(messages.begin(), messages.end(),
                       [](const LoadMessage &m) { return m.skippableRow; });
}

int LoadResult::warningCount() const
{
    return int(messages.size()) - errorCount();
}

QStringList DatasetLoader::expandPaths(const QStringList &paths, LoadMessages *messages)
{
    QStringList files;
    for (const QString &path : paths) {
        QString problem;
        switch (classifyPath(path, &problem)) {
        case PathKind::File:
            files << path;
            break;
        case PathKind::Other:
        case PathKind::Problem:
            messages->append(fileError(path, problem));
            break;
        case PathKind::Folder: {
            const QDir dir(path);
            // Not only files: a link that goes nowhere or a folder named like a file must be
            // reported, not silently left out of the dataset. Hidden files stay out.
            const QStringList names =
                dir.entryList({QStringLiteral("*.json")},
                              QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot,
                              QDir::Name);
            if (names.isEmpty() && !QFileInfo(path).isReadable()) {
                messages->append(
                    fileError(path, LoaderText::tr("cannot read the folder: permission denied")));
                break;
            }
            int found = 0;
            for (const QString &name : names) {
                const QString member = dir.filePath(name);
                QString memberProblem;
                switch (classifyPath(member, &memberProblem)) {
                case PathKind::File:
                    files << member;
                    ++found;
                    break;
                case PathKind::Folder: {
                    LoadMessage skipped = fileError(
                        member, LoaderText::tr(
                                    "is a folder, not a file; skipped (folders inside a folder are "
                                    "not read)"));
                    skipped.severity = LoadMessage::Severity::Warning;
                    messages->append(skipped);
                    break;
                }
                case PathKind::Other:
                case PathKind::Problem:
                    messages->append(fileError(member, memberProblem));
                    ++found;
                    break;
                }
            }
            if (found == 0)
                messages->append(
                    fileError(path, LoaderText::tr("the folder holds no .json files")));
            break;
        }
        }
    }
    return files;
}

namespace {

bool hasError(const LoadMessages &messages)
{
    return std::any_of(messages.begin(), messages.end(),
                       [](const LoadMessage &m) { return m.isError(); });
}

LoadResult loadFiles(const QStringList &paths, LoadProgress *progress,
                     const DatasetLoader::FileReader &reader, DatasetLoader::Keep keep)
{
    LoadResult result;
    if (paths.isEmpty()) {
        result.messages.append(fileError(QString(), LoaderText::tr("no files given")));
        return result;
    }
    const QStringList names = DatasetLoader::expandPaths(paths, &result.messages);
    if (hasError(result.messages))
        return result;
    std::vector<std::unique_ptr<SourceFile>> files;

    const auto cancelled = [&] {
        result.cancelled = true;
        result.messages.append(
            fileError(names.join(QStringLiteral(", ")),
                      LoaderText::tr("loading was cancelled; nothing was opened")));
        return result;
    };
    // A file that cannot be read, or changes while it is read, fails the whole load with that
    // one message: what its reader made of it would only mislead.
    const auto failedFile = [&]() -> const SourceFile * {
        for (const std::unique_ptr<SourceFile> &file : files) {
            if (file->outcome() == SourceFile::Outcome::Failed)
                return file.get();
        }
        return nullptr;
    };
    std::vector<qint64> sizes;
    qint64 totalBytes = 0;
    for (const QString &name : names) {
        files.push_back(std::make_unique<SourceFile>(name));
        sizes.push_back(QFileInfo(name).size());
        totalBytes += sizes.back();
    }
    if (progress)
        progress->setTotalBytes(totalBytes);
    DatasetBuilder builder;
    builder.setKeepEventText(keep == DatasetLoader::Keep::Everything);
    readFiles(files, sizes, builder, progress, reader, keep);
    if (progress && progress->isCancelled())
        return cancelled();
    for (const std::unique_ptr<SourceFile> &file : files) {
        if (file->outcome() == SourceFile::Outcome::Cancelled)
            return cancelled();
    }
    if (const SourceFile *failed = failedFile()) {
        result.messages.append(fileError(failed->name(), failed->problem()));
        return result;
    }
    std::unique_ptr<Dataset> dataset = builder.finish();

    // Messages in file order, then by position, with offsets turned into lines and columns.
    const LoadMessages located = locateMessages(builder.messages(), files);
    if (const SourceFile *failed = failedFile()) { // it changed before it could be read again
        result.messages.append(fileError(failed->name(), failed->problem()));
        return result;
    }
    result.messages.append(located);
    if (builder.tooManyErrors())
        result.messages.append(fileError(
            names.first(), LoaderText::tr("stopped after %n errors; more errors not shown", nullptr,
                                          DatasetBuilder::errorCap)));
    if (dataset) {
        dataset->files = names;
        result.dataset = std::move(dataset);
    }
    return result;
}

} // namespace

void DatasetLoader::setReadHookForTesting(std::function<void(const QString &, qint64)> hook,
                                          qint64 chunkBytes)
{
    SourceFile::setReadHook(std::move(hook), chunkBytes);
}

LoadResult DatasetLoader::load(const QStringList &paths, LoadProgress *progress,
                               const FileReader &reader, Keep keep)
{
    LoadResult result = loadFiles(paths, progress, reader, keep);
#ifdef __GLIBC__
    // The builder's id tables are millions of small blocks; without this, the memory they held
    // stays counted against the process long after they are gone.
    malloc_trim(0);
#endif
    return result;
}
