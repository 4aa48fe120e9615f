// SPDX-License-Identifier: MIT
#pragma once

// A file's bytes as a RapidJSON input stream, read chunk by chunk into a window that is reused,
// so that a tideline/1 file of any size is parsed without ever being in memory whole. Private to
// app/io: SourceFile owns one, DatasetFileReader parses from it.

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <string_view>

class ChangeDetectingReader;

// Reads `file` from its start. The reader and its handler only ever look at bytes at or after
// the offset given to keepFrom() (the end of the last token: the white space and the token that
// follow), so the window holds those and the next chunk; it grows only for a single token longer
// than a chunk. The reader's strings are copied out of the stream (no in-situ parsing), so a
// refill never moves bytes anyone points to.
class FileWindowStream
{
    // Its messages belong to the loader's (loadertext.h).
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)

public:
    using Ch = char;

    // Reads `size` bytes of `file` in chunks of `chunkBytes`, from `start` on (where `file` must
    // be); `afterRead`, if set, runs after each chunk with the offset read up to
    // (DatasetLoader::setReadHookForTesting).
    FileWindowStream(ChangeDetectingReader &file, qint64 size, qint64 chunkBytes,
                     std::function<void(qint64 bytesRead)> afterRead = {}, qint64 start = 0);
    FileWindowStream(const FileWindowStream &) = delete;
    FileWindowStream &operator=(const FileWindowStream &) = delete;
    ~FileWindowStream();

    // RapidJSON's input stream concept: '\0' at the end, as MemoryStream does.
    Ch Peek() { return m_cur != m_end ? *m_cur : (fill() ? *m_cur : '\0'); }
    Ch Take() { return m_cur != m_end || fill() ? *m_cur++ : '\0'; }
    size_t Tell() const { return size_t(m_windowStart + (m_cur - m_window)); }
    // Its output side is for in-situ parsing only, which a stream of a file cannot do.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

    // Bytes before `offset` are no longer needed.
    void keepFrom(qint64 offset) { m_keep = offset; }
    // The byte at `offset`, which is not before the offset kept; reads on as far as needed. '\0'
    // at or past the end.
    char at(qint64 offset)
    {
        const qint64 index = offset - m_windowStart;
        if (index >= 0 && index < m_end - m_window)
            return m_window[index];
        return slowAt(offset);
    }
    // Up to `length` bytes from `offset` (not before the offset kept): fewer at the end.
    std::string_view bytes(qint64 offset, qint64 length);
    // Reads on until the window holds every byte up to `offset` (or the file has ended); the
    // bytes from the kept offset on are in window().
    void readUpTo(qint64 offset);
    std::string_view window() const { return {m_window, size_t(m_end - m_window)}; }
    qint64 windowStart() const { return m_windowStart; }

    // When the reader, having taken every byte before `offset`, asks for the one there,
    // `skipTo` says where it goes on: a later offset, whose bytes from `offset` on it never
    // sees (another thread has read them), or `offset` itself to read on as usual. Asked once,
    // and only if the reader gets there: a look ahead (at(), bytes()) past `offset` before then
    // cancels it. False, with nothing set, when bytes past `offset` are read already. `skipTo`
    // may set the next detour, also at the offset it returns.
    bool setDetour(qint64 offset, std::function<qint64()> skipTo);
    void clearDetour()
    {
        m_detourAt = -1;
        m_skipTo = {};
    }

    // The size the file had when it was opened: the stream ends there.
    qint64 size() const { return m_size; }
    // Every byte of that size has been read.
    bool readToTheEnd() const { return m_read >= m_size; }
    // A read failed (the error in words); the stream ended there.
    const QString &readError() const { return m_readError; }

private:
    bool fill();
    char slowAt(qint64 offset);
    void takeDetour();

    ChangeDetectingReader &m_file;
    qint64 m_size;
    qint64 m_chunk;
    std::function<void(qint64)> m_afterRead;
    qint64 m_read = 0; // bytes read from the file so far
    std::unique_ptr<char[]> m_buffer;
    qint64 m_capacity = 0;
    char *m_window = nullptr; // the buffer: the byte at file offset m_windowStart first
    const char *m_cur = nullptr;
    const char *m_end = nullptr;
    qint64 m_windowStart = 0;
    qint64 m_keep = 0;
    bool m_ended = false;
    QString m_readError;
    qint64 m_detourAt = -1; // -1: none
    std::function<qint64()> m_skipTo;
};
