// SPDX-License-Identifier: MIT
#include "sourcefile.h"

#include "linecolumnfinder.h"

#include <algorithm>
#include <cstring>

namespace {

// Enough to recognise any format Tideline reads (ImportFormats::recognise reads as much).
constexpr qint64 headBytes = qint64(64) << 10;
// A stream's chunk: small enough to stay in the processor's cache between the read that fills
// it and the parser that reads it, large enough that the system calls cost nothing.
constexpr qint64 streamChunkBytes = qint64(256) << 10;
// A whole file is read in chunks too, so that a cancelled load stops soon even on a slow disk.
constexpr qint64 wholeChunkBytes = qint64(16) << 20;

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

qint64 chunkBytesOr(qint64 normal)
{
    return readHook().chunkBytes > 0 ? readHook().chunkBytes : normal;
}

} // namespace

void SourceFile::setReadHook(std::function<void(const QString &, qint64)> hook, qint64 chunkBytes)
{
    readHook() = {std::move(hook), chunkBytes};
}

SourceFile::~SourceFile() = default;

void SourceFile::fail(const QString &problem)
{
    if (m_outcome != Outcome::Read)
        return; // the first problem is the one to tell
    m_outcome = Outcome::Failed;
    m_problem = problem;
}

bool SourceFile::open()
{
    m_file = std::make_unique<ChangeDetectingReader>();
    QString problem;
    if (!m_file->open(m_name, &problem)) {
        m_file.reset();
        fail(problem);
        return false;
    }
    m_version = m_file->version();
    std::function<void(qint64)> afterRead;
    if (const auto &hook = readHook().hook)
        afterRead = [hook, name = m_name](qint64 bytesRead) { hook(name, bytesRead); };
    m_stream = std::make_unique<FileWindowStream>(*m_file, m_version.size,
                                                  chunkBytesOr(streamChunkBytes), afterRead);
    m_head = std::string(m_stream->bytes(0, std::min(headBytes, m_version.size)));
    if (!m_stream->readError().isEmpty()) {
        fail(m_stream->readError());
        return false;
    }
    return true;
}

std::unique_ptr<SourceFilePart> SourceFile::openPart(qint64 offset) const
{
    auto part = std::make_unique<SourceFilePart>();
    QString problem;
    if (!part->file.open(m_name, &problem) || !(part->file.version() == m_version)
        || !part->file.seek(offset))
        return nullptr;
    std::function<void(qint64)> afterRead;
    if (const auto &hook = readHook().hook)
        afterRead = [hook, name = m_name](qint64 bytesRead) { hook(name, bytesRead); };
    part->stream = std::make_unique<FileWindowStream>(
        part->file, m_version.size, chunkBytesOr(streamChunkBytes), afterRead, offset);
    return part;
}

std::string_view SourceFile::head()
{
    return m_head;
}

const FileBytes *SourceFile::readWhole(LoadProgress *progress)
{
    if (m_whole)
        return m_whole.get();
    if (!m_stream || m_outcome != Outcome::Read)
        return nullptr;
    // Only the head has been read: the stream's window holds everything from the first byte.
    Q_ASSERT(m_stream->windowStart() == 0);
    auto whole = std::make_unique<FileBytes>();
    const qint64 size = m_version.size;
    if (size > 0 && !whole->owned.allocate(size)) {
        fail(tr("not enough memory to read the file (%1 MB)").arg(size >> 20));
        return nullptr;
    }
    const std::string_view first = m_stream->window();
    qint64 done = std::min<qint64>(qint64(first.size()), size);
    if (done > 0)
        std::memcpy(whole->owned.data(), first.data(), size_t(done));
    m_stream.reset();
    const qint64 chunk = chunkBytesOr(wholeChunkBytes);
    const ReadHook &hook = readHook();
    while (done < size) {
        if (progress && progress->isCancelled()) {
            m_outcome = Outcome::Cancelled;
            return nullptr;
        }
        const qint64 n = m_file->read(whole->owned.data() + done, std::min(chunk, size - done));
        if (n < 0) {
            fail(tr("cannot read: %1").arg(m_file->errorString()));
            return nullptr;
        }
        if (n == 0) // the file has shrunk; isUnchanged() says so
            break;
        done += n;
        if (hook.hook)
            hook.hook(m_name, done);
    }
    QString problem;
    if (!m_file->isUnchanged(&problem)) {
        fail(problem);
        return nullptr;
    }
    m_file.reset();
    whole->data = whole->owned.data() ? whole->owned.data() : "";
    whole->size = size;
    m_whole = std::move(whole);
    return m_whole.get();
}

void SourceFile::close()
{
    if (m_stream && m_outcome == Outcome::Read) {
        QString problem;
        if (!m_stream->readError().isEmpty())
            fail(m_stream->readError());
        else if (m_stream->readToTheEnd() ? !m_file->isUnchanged(&problem)
                                          : !m_file->isUnchangedSoFar(&problem))
            fail(problem);
    }
    m_stream.reset();
    m_file.reset();
}

std::unique_ptr<LineColumnFinder> SourceFile::lineColumnFinder()
{
    if (m_whole)
        return std::make_unique<LineColumnFinder>(m_whole->data, m_whole->size);
    // A streamed file is read once more, up to the last place a message names: only loads with
    // messages pay for it.
    auto again = std::make_shared<ChangeDetectingReader>();
    QString problem;
    if (!again->open(m_name, &problem) || !(again->version() == m_version)) {
        fail(tr("the file changed while it was being read; try again"));
        return nullptr;
    }
    return std::make_unique<LineColumnFinder>(
        [again](char *to, qint64 maxSize) { return again->read(to, maxSize); });
}
