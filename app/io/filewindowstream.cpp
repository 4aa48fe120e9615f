// SPDX-License-Identifier: MIT
#include "filewindowstream.h"

#include "changedetectingreader.h"

#include <algorithm>
#include <cstring>
#include <utility>

FileWindowStream::FileWindowStream(ChangeDetectingReader &file, qint64 size, qint64 chunkBytes,
                                   std::function<void(qint64)> afterRead, qint64 start)
    : m_file(file), m_size(size), m_chunk(std::max<qint64>(chunkBytes, 1)),
      m_afterRead(std::move(afterRead)), m_read(start), m_windowStart(start), m_keep(start)
{
}

bool FileWindowStream::setDetour(qint64 offset, std::function<qint64()> skipTo)
{
    if (offset < m_read || offset >= m_size)
        return false;
    m_detourAt = offset;
    m_skipTo = std::move(skipTo);
    return true;
}

// The reader stands at the detour: every byte before it is taken, none after it is read.
void FileWindowStream::takeDetour()
{
    const qint64 at = m_detourAt;
    m_detourAt = -1;
    const qint64 to = std::exchange(m_skipTo, {})();
    if (to <= at)
        return;
    if (to > m_size || !m_file.seek(to)) {
        m_readError = tr("cannot read: %1").arg(m_file.errorString());
        m_ended = true;
        return;
    }
    // Nothing before the detour is looked at again: the reader's next token is at `to`.
    m_read = to;
    m_windowStart = to;
    m_keep = to;
    m_window = m_buffer.get();
    m_cur = m_end = m_window;
}

FileWindowStream::~FileWindowStream() = default;

// Drops the bytes before the kept offset, makes room for a chunk and reads it. False at the end
// of the file (or of what could be read).
bool FileWindowStream::fill()
{
    // A detour may lead straight to the next one.
    while (m_detourAt >= 0 && m_read == m_detourAt) {
        if (qint64(Tell()) == m_detourAt)
            takeDetour();
        else
            clearDetour(); // a look ahead: the reader is not there yet, and now never stops
    }
    if (m_ended || m_read >= m_size) {
        m_ended = true;
        return false;
    }
    const qint64 windowEnd = m_windowStart + (m_end - m_window);
    const qint64 keep = std::clamp<qint64>(std::min<qint64>(m_keep, qint64(Tell())),
                                           m_windowStart, windowEnd);
    const qint64 kept = windowEnd - keep;
    const qint64 curOffset = qint64(Tell());
    qint64 want = std::min(m_chunk, m_size - m_read);
    if (m_detourAt > m_read)
        want = std::min(want, m_detourAt - m_read); // the window ends where the detour is
    if (kept + want > m_capacity) {
        // A token longer than a chunk: the window grows to hold it and the next chunk.
        const qint64 capacity = std::max(m_capacity * 2, kept + want);
        std::unique_ptr<char[]> bigger(new char[size_t(capacity)]);
        if (kept > 0)
            std::memcpy(bigger.get(), m_window + (keep - m_windowStart), size_t(kept));
        m_buffer = std::move(bigger);
        m_capacity = capacity;
    } else if (kept > 0 && keep > m_windowStart) {
        std::memmove(m_buffer.get(), m_window + (keep - m_windowStart), size_t(kept));
    }
    m_window = m_buffer.get();
    m_windowStart = keep;
    m_cur = m_window + (curOffset - keep);
    m_end = m_window + kept;

    const qint64 n = m_file.read(m_window + kept, want);
    if (n <= 0) {
        // 0: the file has shrunk; ChangeDetectingReader::isUnchanged() says so.
        if (n < 0)
            m_readError = tr("cannot read: %1").arg(m_file.errorString());
        m_ended = true;
        return false;
    }
    m_read += n;
    m_end += n;
    if (m_afterRead)
        m_afterRead(m_read);
    return true;
}

char FileWindowStream::slowAt(qint64 offset)
{
    Q_ASSERT_X(offset >= m_windowStart, "FileWindowStream::at", "a byte before the kept offset");
    readUpTo(offset);
    const qint64 index = offset - m_windowStart;
    if (index >= 0 && index < m_end - m_window)
        return m_window[index];
    return '\0';
}

void FileWindowStream::readUpTo(qint64 offset)
{
    // Only bytes from the kept offset on are asked for; keep them while reading on.
    while (m_windowStart + (m_end - m_window) <= offset && fill()) {
    }
}

std::string_view FileWindowStream::bytes(qint64 offset, qint64 length)
{
    const qint64 keptBefore = m_keep;
    m_keep = std::min(m_keep, offset);
    readUpTo(offset + length - 1);
    m_keep = keptBefore;
    const qint64 index = offset - m_windowStart;
    if (index < 0 || index >= m_end - m_window)
        return {};
    return {m_window + index, size_t(std::min<qint64>(length, (m_end - m_window) - index))};
}
