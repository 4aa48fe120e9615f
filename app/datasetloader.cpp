// SPDX-License-Identifier: MIT
#include "datasetloader.h"

#include "datasetbuilder.h"
#include "datasetfilereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QThread>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <thread>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetLoader", text);
}

LoadMessage fileError(const QString &file, const QString &text)
{
    LoadMessage message;
    message.file = file;
    message.text = text;
    return message;
}

// The bytes of one file, memory-mapped where the file system allows it.
struct FileBytes
{
    QString name;
    QFile file;
    QByteArray owned;
    const char *data = nullptr;
    qint64 size = 0;

    bool open(QString *error)
    {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot open: %1").arg(file.errorString());
            return false;
        }
        size = file.size();
        if (size > 0) {
            if (uchar *mapped = file.map(0, size)) {
                data = reinterpret_cast<const char *>(mapped);
                return true;
            }
        }
        owned = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            *error = tr("cannot read: %1").arg(file.errorString());
            return false;
        }
        size = owned.size();
        data = owned.constData();
        return true;
    }
};

// Line and column (1-based, columns in characters) of byte offsets, found in one pass over the
// file for all messages at once.
class LineColumnFinder
{
public:
    LineColumnFinder(const char *data, qint64 size) : m_data(data), m_size(size) {}

    // Offsets must be asked for in increasing order.
    std::pair<int, int> at(qint64 offset)
    {
        offset = std::clamp<qint64>(offset, 0, m_size);
        for (; m_pos < offset; ++m_pos) {
            if (m_data[m_pos] == '\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
        int column = 1;
        for (qint64 i = m_lineStart; i < offset; ++i) {
            if ((uchar(m_data[i]) & 0xC0) != 0x80) // count characters, not UTF-8 bytes
                ++column;
        }
        return {m_line, column};
    }

private:
    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    qint64 m_lineStart = 0;
    int m_line = 1;
};

// Reads every file into `builder`. Several files are read at once, one builder each, on as many
// threads as there are cores, then absorbed in file order: the outcome, messages included, is
// the same as reading them one after another. Plain threads rather than the global pool: the
// load itself usually runs on a pool thread, and waiting there for more pool tasks can starve it.
void readFiles(const std::vector<std::unique_ptr<FileBytes>> &files, DatasetBuilder &builder,
               qint64 totalBytes, LoadProgress *progress)
{
    builder.reserveForInput(totalBytes);
    const size_t threadCount =
        std::min(files.size(), size_t(std::max(1, QThread::idealThreadCount())));
    if (threadCount <= 1) {
        for (size_t i = 0; i < files.size(); ++i) {
            if (progress && progress->isCancelled())
                return;
            DatasetFileReader::read(files[i]->data, files[i]->size, int(i), builder, progress);
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
            DatasetFileReader::read(files[i]->data, files[i]->size, int(i),
                                    i == 0 ? builder : later[i - 1], progress);
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

int LoadResult::warningCount() const
{
    return int(messages.size()) - errorCount();
}

QStringList DatasetLoader::expandPaths(const QStringList &paths, LoadMessages *messages)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            messages->append(fileError(path, tr("no such file or folder")));
        } else if (info.isDir()) {
            const QDir dir(path);
            const QStringList names =
                dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
            if (names.isEmpty())
                messages->append(fileError(path, tr("the folder holds no .json files")));
            for (const QString &name : names)
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    return files;
}

namespace {

LoadResult loadFiles(const QStringList &paths, LoadProgress *progress)
{
    LoadResult result;
    if (paths.isEmpty()) {
        result.messages.append(fileError(QString(), tr("no files given")));
        return result;
    }
    const QStringList names = DatasetLoader::expandPaths(paths, &result.messages);
    if (!result.messages.isEmpty())
        return result;

    std::vector<std::unique_ptr<FileBytes>> files;
    DatasetBuilder builder;
    qint64 totalBytes = 0;
    for (const QString &name : names) {
        auto bytes = std::make_unique<FileBytes>();
        bytes->name = name;
        bytes->file.setFileName(name);
        QString problem;
        if (!bytes->open(&problem)) {
            result.messages.append(fileError(name, problem));
            return result;
        }
        totalBytes += bytes->size;
        files.push_back(std::move(bytes));
    }
    if (progress)
        progress->setTotalBytes(totalBytes);
    readFiles(files, builder, totalBytes, progress);
    if (progress && progress->isCancelled()) {
        result.cancelled = true;
        result.messages.append(fileError(names.join(QStringLiteral(", ")),
                                         tr("loading was cancelled; nothing was opened")));
        return result;
    }
    std::unique_ptr<Dataset> dataset = builder.finish();

    // Messages in file order, then by position, with offsets turned into lines and columns.
    std::vector<DatasetBuilder::Message> raw = builder.messages();
    std::stable_sort(raw.begin(), raw.end(), [](const auto &a, const auto &b) {
        return std::pair(a.location.file, a.location.offset)
            < std::pair(b.location.file, b.location.offset);
    });
    std::vector<LineColumnFinder> finders;
    for (const auto &file : files)
        finders.emplace_back(file->data, file->size);
    const auto place = [&](const DatasetBuilder::Location &at) {
        LoadMessage where;
        where.file = files[size_t(at.file)]->name;
        if (at.offset >= 0) {
            // A separate finder: related places may lie anywhere in any file.
            LineColumnFinder finder(files[size_t(at.file)]->data, files[size_t(at.file)]->size);
            std::tie(where.line, where.column) = finder.at(at.offset);
        }
        return where;
    };
    for (const DatasetBuilder::Message &m : raw) {
        LoadMessage message;
        message.severity = m.error ? LoadMessage::Severity::Error : LoadMessage::Severity::Warning;
        message.file = files[size_t(m.location.file)]->name;
        if (m.location.offset >= 0)
            std::tie(message.line, message.column) =
                finders[size_t(m.location.file)].at(m.location.offset);
        message.path = m.path;
        message.text = m.text;
        if (m.related.file >= 0) {
            const LoadMessage other = place(m.related);
            message.text = m.text.arg(QStringLiteral("%1:%2:%3")
                                          .arg(other.file)
                                          .arg(other.line)
                                          .arg(other.column));
        }
        result.messages.append(message);
    }
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

LoadResult DatasetLoader::load(const QStringList &paths, LoadProgress *progress)
{
    LoadResult result = loadFiles(paths, progress);
#ifdef __GLIBC__
    // The builder's id tables are millions of small blocks; without this, the memory they held
    // stays counted against the process long after they are gone.
    malloc_trim(0);
#endif
    return result;
}
