// SPDX-License-Identifier: MIT
// DatasetLoader: paths to files, files into memory, several read at once, the builders merged
// in file order and their messages placed. Each step's own work is in a file of its own:
// pathkind.cpp, filebytes.cpp (through changedetectingreader.cpp), foreignformat.cpp,
// datasetfilereader.cpp and linecolumnfinder.cpp.
#include "datasetloader.h"

#include "datasetbuilder.h"
#include "datasetfilereader.h"
#include "filebytes.h"
#include "foreignformat.h"
#include "linecolumnfinder.h"
#include "loadertext.h"
#include "pathkind.h"

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

using LoaderText::tr;

namespace {

LoadMessage fileError(const QString &file, const QString &text)
{
    LoadMessage message;
    message.file = file;
    message.text = text;
    return message;
}

} // namespace

void DatasetLoader::readTidelineFile(const FileBytes &file, int index, DatasetBuilder &builder,
                                     LoadProgress *progress)
{
    const QString other = foreignFormatMessage(file.data, file.size);
    if (other.isEmpty()) {
        DatasetFileReader::read(file.data, file.size, index, builder, progress);
        return;
    }
    builder.error({index, 0}, QString(), other);
    if (progress)
        progress->addRead(file.size, 0);
}

namespace {

// Reads every file into `builder`. Several files are read at once, one builder each, on as many
// threads as there are cores, then absorbed in file order: the outcome, messages included, is
// the same as reading them one after another. Plain threads rather than the global pool: the
// load itself usually runs on a pool thread, and waiting there for more pool tasks can starve it.
void readFiles(const std::vector<std::unique_ptr<FileBytes>> &files, DatasetBuilder &builder,
               qint64 totalBytes, LoadProgress *progress, const DatasetLoader::FileReader &reader)
{
    const DatasetLoader::FileReader readOne =
        reader ? reader : DatasetLoader::FileReader(DatasetLoader::readTidelineFile);
    builder.reserveForInput(totalBytes);
    const size_t threadCount =
        std::min(files.size(), size_t(std::max(1, QThread::idealThreadCount())));
    if (threadCount <= 1) {
        for (size_t i = 0; i < files.size(); ++i) {
            if (progress && progress->isCancelled())
                return;
            readOne(*files[i], int(i), builder, progress);
        }
        return;
    }
    std::vector<DatasetBuilder> later(files.size() - 1);
    for (size_t i = 1; i < files.size(); ++i)
        later[i - 1].reserveForInput(files[i]->size);
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < files.size(); i = next++) {
            if (progress && progress->isCancelled())
                return;
            readOne(*files[i], int(i), i == 0 ? builder : later[i - 1], progress);
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
                messages->append(fileError(path, tr("cannot read the folder: permission denied")));
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
                        member, tr("is a folder, not a file; skipped (folders inside a folder are "
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
                messages->append(fileError(path, tr("the folder holds no .json files")));
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
                     const DatasetLoader::FileReader &reader)
{
    LoadResult result;
    if (paths.isEmpty()) {
        result.messages.append(fileError(QString(), tr("no files given")));
        return result;
    }
    const QStringList names = DatasetLoader::expandPaths(paths, &result.messages);
    if (hasError(result.messages))
        return result;

    const auto cancelled = [&] {
        result.cancelled = true;
        result.messages.append(fileError(names.join(QStringLiteral(", ")),
                                         tr("loading was cancelled; nothing was opened")));
        return result;
    };
    std::vector<std::unique_ptr<FileBytes>> files;
    DatasetBuilder builder;
    qint64 totalBytes = 0;
    if (progress) {
        // The size to expect while the files are read into memory, before parsing adds to it.
        qint64 expected = 0;
        for (const QString &name : names)
            expected += QFileInfo(name).size();
        progress->setTotalBytes(expected);
    }
    for (const QString &name : names) {
        auto bytes = std::make_unique<FileBytes>();
        bytes->name = name;
        QString problem;
        switch (bytes->read(progress, &problem)) {
        case FileBytes::Outcome::Read:
            break;
        case FileBytes::Outcome::Failed:
            result.messages.append(fileError(name, problem));
            return result;
        case FileBytes::Outcome::Cancelled:
            return cancelled();
        }
        totalBytes += bytes->size;
        files.push_back(std::move(bytes));
    }
    if (progress)
        progress->setTotalBytes(totalBytes);
    readFiles(files, builder, totalBytes, progress, reader);
    if (progress && progress->isCancelled())
        return cancelled();
    std::unique_ptr<Dataset> dataset = builder.finish();

    // Messages in file order, then by position, with offsets turned into lines and columns.
    result.messages.append(locateMessages(builder.messages(), files));
    if (builder.tooManyErrors())
        result.messages.append(fileError(
            names.first(), tr("stopped after %1 errors; more errors not shown")
                               .arg(DatasetBuilder::errorCap)));
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
    FileBytes::setReadHook(std::move(hook), chunkBytes);
}

LoadResult DatasetLoader::load(const QStringList &paths, LoadProgress *progress,
                               const FileReader &reader)
{
    LoadResult result = loadFiles(paths, progress, reader);
#ifdef __GLIBC__
    // The builder's id tables are millions of small blocks; without this, the memory they held
    // stays counted against the process long after they are gone.
    malloc_trim(0);
#endif
    return result;
}
