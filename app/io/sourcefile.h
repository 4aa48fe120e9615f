// SPDX-License-Identifier: MIT
#pragma once

// One file of a load, as the reader of its format sees it (DatasetLoader::FileReader). Private
// to app/io and app/import.

#include "changedetectingreader.h"
#include "filebytes.h"
#include "filewindowstream.h"
#include "loadprogress.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

class LineColumnFinder;

// The same file opened once more and read from an offset on, by a thread that reads a part of it
// while others read the rest (DatasetFileReader::readInParts).
struct SourceFilePart
{
    ChangeDetectingReader file;
    std::unique_ptr<FileWindowStream> stream;
    // Nothing went wrong in what the part read, and the file has not changed so far.
    bool isIntact()
    {
        QString ignored;
        return stream->readError().isEmpty() && file.isUnchangedSoFar(&ignored);
    }
};

// A file opened on the thread that reads it, its head read at once so that its format can be
// recognised; then read either as a stream (tideline/1: the whole file is never in memory) or
// whole (other tools' formats). Whatever way it is read, a file that changes meanwhile is
// refused: the loader asks outcome() once the reader is done with it.
class SourceFile
{
    // Its messages belong to the loader's (loadertext.h).
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)

public:
    explicit SourceFile(const QString &name) : m_name(name) {}
    SourceFile(const SourceFile &) = delete;
    SourceFile &operator=(const SourceFile &) = delete;
    ~SourceFile();

    const QString &name() const { return m_name; }
    // The size the file had when it was opened.
    qint64 size() const { return m_version.size; }

    // Opens the file and reads its head. False when it cannot be read (outcome() says why).
    bool open();
    // Up to the first 64 KB of the file: enough to recognise its format.
    std::string_view head();
    // The file from its first byte on (a file is read once: either so or whole).
    FileWindowStream &stream() { return *m_stream; }
    // Whether the loader has cores to spare for this file: other threads may read parts of it
    // (see DatasetFileReader::readInParts).
    void setMayReadInParts(bool may) { m_mayReadInParts = may; }
    bool mayReadInParts() const { return m_mayReadInParts; }
    // The file opened again and read from `offset` on; null when it cannot be, or it is no longer
    // the file that open() opened. Safe to call on another thread while stream() is read.
    std::unique_ptr<SourceFilePart> openPart(qint64 offset) const;
    // Every byte of the file in memory, for formats that are read whole; null when it cannot be
    // read, it changes meanwhile or `progress` is cancelled (outcome() says which).
    const FileBytes *readWhole(LoadProgress *progress);
    // The reader is done: checks that the file did not change while it was read and closes it
    // (bytes read whole stay, for the messages' lines and columns).
    void close();

    enum class Outcome { Read, Failed, Cancelled };
    Outcome outcome() const { return m_outcome; }
    // Why it failed, in words for the user.
    const QString &problem() const { return m_problem; }

    // Lines and columns in the bytes that were read: those in memory, or the file read once more
    // (a stream) if it is still what it was; null, with the outcome Failed, when it is not.
    std::unique_ptr<LineColumnFinder> lineColumnFinder();

    // See DatasetLoader::setReadHookForTesting.
    static void setReadHook(std::function<void(const QString &file, qint64 bytesRead)> hook,
                            qint64 chunkBytes);

private:
    void fail(const QString &problem);

    QString m_name;
    std::unique_ptr<ChangeDetectingReader> m_file;
    ChangeDetectingReader::Version m_version;
    std::string m_head;
    std::unique_ptr<FileWindowStream> m_stream;
    std::unique_ptr<FileBytes> m_whole;
    Outcome m_outcome = Outcome::Read;
    QString m_problem;
    bool m_mayReadInParts = false;
};
