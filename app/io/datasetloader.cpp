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
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <functional>
#include <new>
#include <string_view>
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

// What a path names, found without opening it: opening a FIFO would wait for a writer.
enum class PathKind { File, Folder, Other, Problem };

PathKind classify(const QString &path, QString *problem)
{
#ifdef Q_OS_UNIX
    if (path.startsWith(u':')) // a Qt resource
        return QFileInfo(path).isDir() ? PathKind::Folder : PathKind::File;
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::stat(name.constData(), &info) != 0) {
        const int error = errno;
        struct stat link;
        if (error == ELOOP) {
            *problem = tr("the symbolic link leads back to itself (a loop); it names no file");
        } else if (error == ENOENT && ::lstat(name.constData(), &link) == 0) {
            *problem = tr("the symbolic link points to %1, which does not exist")
                           .arg(QFileInfo(path).symLinkTarget());
        } else if (error == ENOENT || error == ENOTDIR) {
            *problem = tr("no such file or folder");
        } else {
            *problem = tr("cannot open: %1").arg(qt_error_string(error).toLower());
        }
        return PathKind::Problem;
    }
    if (S_ISREG(info.st_mode))
        return PathKind::File;
    if (S_ISDIR(info.st_mode))
        return PathKind::Folder;
    if (S_ISFIFO(info.st_mode))
        *problem = tr("is a named pipe (FIFO), not a file; Tideline reads ordinary files only");
    else if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        *problem = tr("is a device, not a file; Tideline reads ordinary files only");
    else if (S_ISSOCK(info.st_mode))
        *problem = tr("is a socket, not a file; Tideline reads ordinary files only");
    else
        *problem = tr("is not an ordinary file; Tideline reads ordinary files only");
    return PathKind::Other;
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = info.isSymLink() ? tr("the symbolic link names no file") : tr("no such file or folder");
        return PathKind::Problem;
    }
    return info.isDir() ? PathKind::Folder : PathKind::File;
#endif
}

struct ReadHook
{
    std::function<void(const QString &, qint64)> hook;
    qint64 chunkBytes = 0;
};
ReadHook &readHook()
{
    static ReadHook hook;
    return hook;
}

// Memory for a file's bytes. A large file gets a mapping of its own with transparent huge pages
// asked for: filling 500 MB of 4 KB pages takes 130,000 page faults, which on a virtual machine
// can cost seconds; 2 MB pages take 250.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ByteBuffer(const ByteBuffer &) = delete;
    ByteBuffer &operator=(const ByteBuffer &) = delete;
    ~ByteBuffer() { release(); }

    bool allocate(qint64 size)
    {
        release();
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
        constexpr qint64 hugePage = qint64(2) << 20;
        if (size >= 4 * hugePage) {
            m_mappedSize = size_t(size + hugePage);
            void *mapped = ::mmap(nullptr, m_mappedSize, PROT_READ | PROT_WRITE,
                                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (mapped == MAP_FAILED) {
                m_mappedSize = 0;
                return false;
            }
            m_mapped = static_cast<char *>(mapped);
            m_data = reinterpret_cast<char *>((quintptr(m_mapped) + quintptr(hugePage) - 1)
                                              & ~quintptr(hugePage - 1));
            ::madvise(m_data, size_t(size), MADV_HUGEPAGE);
            return true;
        }
#endif
        m_owned.reset(new (std::nothrow) char[size_t(std::max<qint64>(size, 1))]);
        m_data = m_owned.get();
        return m_data != nullptr;
    }
    char *data() const { return m_data; }

private:
    void release()
    {
#ifdef Q_OS_LINUX
        if (m_mapped)
            ::munmap(m_mapped, m_mappedSize);
#endif
        m_mapped = nullptr;
        m_mappedSize = 0;
        m_owned.reset();
        m_data = nullptr;
    }

    std::unique_ptr<char[]> m_owned;
    char *m_mapped = nullptr;
    size_t m_mappedSize = 0;
    char *m_data = nullptr;
};

// The bytes of one file, read into memory and the file closed again. Not memory-mapped: a
// mapped file that another program truncates kills the process with SIGBUS, and a folder of
// thousands of files would hold as many descriptors open.
struct FileBytes
{
    QString name;
    ByteBuffer owned;
    const char *data = "";
    qint64 size = 0;

    enum class Outcome { Read, Failed, Cancelled };

    Outcome read(LoadProgress *progress, QString *error)
    {
        QFile file;
        qint64 expected = 0;
#ifdef Q_OS_UNIX
        struct stat before = {};
        const bool onDisk = !name.startsWith(u':');
        if (onDisk) {
            // Non-blocking, so that a FIFO put in the file's place since it was looked at
            // cannot make this wait; it is refused below like any other special file.
            const int fd = ::open(QFile::encodeName(name).constData(),
                                  O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
            if (fd < 0) {
                *error = tr("cannot open: %1").arg(qt_error_string(errno).toLower());
                return Outcome::Failed;
            }
            if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode)) {
                ::close(fd);
                classify(name, error);
                if (error->isEmpty())
                    *error = tr("is not an ordinary file; Tideline reads ordinary files only");
                return Outcome::Failed;
            }
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered,
                           QFileDevice::AutoCloseHandle)) {
                ::close(fd);
                *error = tr("cannot open: %1").arg(file.errorString());
                return Outcome::Failed;
            }
            expected = qint64(before.st_size);
        } else
#endif
        {
            file.setFileName(name);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                *error = tr("cannot open: %1").arg(file.errorString());
                return Outcome::Failed;
            }
            expected = file.size();
        }

        if (expected > 0) {
            if (!owned.allocate(expected)) {
                *error = tr("not enough memory to read the file (%1 MB)").arg(expected >> 20);
                return Outcome::Failed;
            }
        }
        // In chunks, so that a cancelled load stops soon even on a slow disk.
        const ReadHook &hook = readHook();
        const qint64 chunk = hook.chunkBytes > 0 ? hook.chunkBytes : qint64(16) << 20;
        bool changed = false;
        qint64 done = 0;
        while (done < expected) {
            if (progress && progress->isCancelled())
                return Outcome::Cancelled;
            const qint64 n = file.read(owned.data() + done, std::min(chunk, expected - done));
            if (n < 0) {
                *error = tr("cannot read: %1").arg(file.errorString());
                return Outcome::Failed;
            }
            if (n == 0) { // the end came early: the file has shrunk
                changed = true;
                break;
            }
            done += n;
            if (hook.hook)
                hook.hook(name, done);
        }
        char extra;
        if (!changed && file.read(&extra, 1) > 0)
            changed = true; // there is more than there was: the file has grown
#ifdef Q_OS_UNIX
        if (onDisk) {
            struct stat after = {};
            const bool same = ::fstat(file.handle(), &after) == 0
                && after.st_size == before.st_size
                && after.st_mtim.tv_sec == before.st_mtim.tv_sec
                && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec;
            if (changed && same) {
                // The size on record was never the size of the contents.
                *error = tr("the file does not hold the %1 bytes its size says; is it a special "
                            "file (such as one under /proc)?")
                             .arg(expected);
                return Outcome::Failed;
            }
            changed = changed || !same;
        }
#endif
        if (changed) {
            *error = tr("the file changed while it was being read; try again");
            return Outcome::Failed;
        }
        data = owned.data() ? owned.data() : "";
        size = expected;
        return Outcome::Read;
    }
};

// What a file that is not JSON looks like, from its first bytes, or nothing. UTF-16 with a byte
// order mark is the reader's to report.
QString lookalike(const char *data, qint64 size)
{
    const auto startsWith = [&](std::string_view prefix) {
        return size >= qint64(prefix.size()) && std::memcmp(data, prefix.data(), prefix.size()) == 0;
    };
    static const std::pair<std::string_view, const char *> signatures[] = {
        {"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("DatasetLoader", "a PNG image")},
        {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("DatasetLoader", "a JPEG image")},
        {"GIF8", QT_TRANSLATE_NOOP("DatasetLoader", "a GIF image")},
        {"%PDF-", QT_TRANSLATE_NOOP("DatasetLoader", "a PDF document")},
        {"PK\x03\x04", QT_TRANSLATE_NOOP("DatasetLoader",
                                         "a ZIP archive (or an .xlsx, .docx or .odt document)")},
        {"\x1F\x8B", QT_TRANSLATE_NOOP("DatasetLoader", "a gzip-compressed file (unpack it first)")},
        {"SQLite format 3", QT_TRANSLATE_NOOP("DatasetLoader", "an SQLite database")},
    };
    for (const auto &[magic, what] : signatures) {
        if (startsWith(magic))
            return tr("this looks like %1, not JSON").arg(tr(what));
    }
    if (startsWith(std::string_view("\0\0\xFE\xFF", 4)) || startsWith(std::string_view("\xFF\xFE\0\0", 4))
        || (size >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] != 0)
        || (size >= 4 && data[0] != 0 && data[1] == 0 && data[2] == 0 && data[3] == 0))
        return tr("the file is UTF-32; Tideline reads UTF-8 JSON (save it as UTF-8)");
    if (size >= 2 && ((data[0] == 0) != (data[1] == 0)) && uchar(data[0] | data[1]) < 0x80)
        return tr("the file looks like UTF-16 (every other byte is zero); Tideline reads UTF-8 "
                  "JSON (save it as UTF-8)");
    if (size >= 2 && data[0] == 0 && data[1] == 0)
        return tr("the file starts with NUL bytes (zeros), not text; it may have been damaged "
                  "while it was written");
    // Markup, after any byte order mark and white space.
    qint64 at = startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < size && (data[at] == ' ' || data[at] == '\t' || data[at] == '\n' || data[at] == '\r'))
        ++at;
    if (at < size && data[at] == '<') {
        const QByteArray head = QByteArray(data + at, int(std::min<qint64>(size - at, 256))).toLower();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
            || head.contains("<body"))
            return tr("this looks like an HTML page, not JSON (a page saved from a browser, or an "
                      "error page instead of the file?)");
        return tr("this looks like XML or HTML, not JSON");
    }
    return {};
}

// Line and column (1-based, columns in characters) of byte offsets, found in one pass over the
// file for all messages at once: a minified file is one long line, and counting each message's
// column from the start of its line would scan it once per message.
class LineColumnFinder
{
public:
    LineColumnFinder(const char *data, qint64 size) : m_data(data), m_size(size) {}

    // Offsets must be asked for in increasing order.
    std::pair<int, int> at(qint64 offset)
    {
        offset = std::clamp<qint64>(offset, 0, m_size);
        for (; m_pos < offset; ++m_pos) {
            const char c = m_data[m_pos];
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((uchar(c) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
                ++m_column;
            }
        }
        return {m_line, m_column};
    }

private:
    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

void readOne(const FileBytes &file, int index, DatasetBuilder &builder, LoadProgress *progress)
{
    const QString other = lookalike(file.data, file.size);
    if (other.isEmpty()) {
        DatasetFileReader::read(file.data, file.size, index, builder, progress);
        return;
    }
    builder.error({index, 0}, QString(), other);
    if (progress)
        progress->addRead(file.size, 0);
}

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

int LoadResult::warningCount() const
{
    return int(messages.size()) - errorCount();
}

QStringList DatasetLoader::expandPaths(const QStringList &paths, LoadMessages *messages)
{
    QStringList files;
    for (const QString &path : paths) {
        QString problem;
        switch (classify(path, &problem)) {
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
                switch (classify(member, &memberProblem)) {
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

LoadResult loadFiles(const QStringList &paths, LoadProgress *progress)
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
    readFiles(files, builder, totalBytes, progress);
    if (progress && progress->isCancelled())
        return cancelled();
    std::unique_ptr<Dataset> dataset = builder.finish();

    // Messages in file order, then by position, with offsets turned into lines and columns:
    // every place a message names, its own and the one it refers to, in one pass per file.
    std::vector<DatasetBuilder::Message> raw = builder.messages();
    std::stable_sort(raw.begin(), raw.end(), [](const auto &a, const auto &b) {
        return std::pair(a.location.file, a.location.offset)
            < std::pair(b.location.file, b.location.offset);
    });
    using Place = std::pair<int, qint64>;
    std::vector<Place> places;
    for (const DatasetBuilder::Message &m : raw) {
        places.emplace_back(m.location.file, m.location.offset);
        if (m.related.file >= 0)
            places.emplace_back(m.related.file, m.related.offset);
    }
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    std::vector<std::pair<int, int>> lineColumns(places.size());
    for (size_t i = 0; i < places.size();) {
        const FileBytes &file = *files[size_t(places[i].first)];
        LineColumnFinder finder(file.data, file.size);
        for (const int f = places[i].first; i < places.size() && places[i].first == f; ++i)
            lineColumns[i] = places[i].second >= 0 ? finder.at(places[i].second)
                                                   : std::pair(0, 0);
    }
    const auto place = [&](const DatasetBuilder::Location &at) {
        LoadMessage where;
        where.file = files[size_t(at.file)]->name;
        const auto it = std::lower_bound(places.begin(), places.end(), Place(at.file, at.offset));
        std::tie(where.line, where.column) = lineColumns[size_t(it - places.begin())];
        return where;
    };
    for (const DatasetBuilder::Message &m : raw) {
        LoadMessage message = place(m.location);
        message.severity = m.error ? LoadMessage::Severity::Error : LoadMessage::Severity::Warning;
        message.path = m.path;
        message.text = m.text;
        if (m.related.file >= 0) {
            const LoadMessage other = place(m.related);
            message.relatedText = m.relatedText;
            message.relatedFile = other.file;
            message.relatedLine = other.line;
            message.relatedColumn = other.column;
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

void DatasetLoader::setReadHookForTesting(std::function<void(const QString &, qint64)> hook,
                                          qint64 chunkBytes)
{
    readHook() = {std::move(hook), chunkBytes};
}

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
