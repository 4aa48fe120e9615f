// SPDX-License-Identifier: MIT
#pragma once

// A file opened for one read from start to end, which then tells whether it changed meanwhile.
// Private to app/io: SourceFile reads through it.

#include <QCoreApplication>
#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Opens an ordinary file (or a Qt resource) and remembers its size and modification time, so
// that a file another program rewrites, truncates or appends to while Tideline reads it is
// reported instead of loaded half old, half new.
class ChangeDetectingReader
{
    // Its messages belong to the loader's (loadertext.h).
    Q_DECLARE_TR_FUNCTIONS(DatasetLoader)

public:
    // False, with `error` in words for the user, when the path names no ordinary file or it
    // cannot be opened.
    bool open(const QString &name, QString *error);
    // The size the file had when it was opened: the bytes to read.
    qint64 expectedSize() const { return m_expected; }
    // Like QIODevice::read; 0 before expectedSize() bytes have been read means the file shrank.
    qint64 read(char *to, qint64 maxSize);
    // Goes on reading at `offset` (a second reader of a part of the file, or a part skipped
    // because another reader has read it). False when the file cannot seek there.
    bool seek(qint64 offset) { return m_file.seek(offset); }
    QString errorString() const { return m_file.errorString(); }
    // Once expectedSize() bytes have been read (or the end came early): false, with `error`,
    // when the file is no longer what it was when it was opened.
    bool isUnchanged(QString *error);
    // The same for a read that stopped before the end (a file that is not valid JSON): only
    // whether its size and modification time are still what they were.
    bool isUnchangedSoFar(QString *error);

    // What identifies the file's contents as they were when it was opened, to check that a file
    // read again (for the lines and columns of messages) is still the file that was read.
    struct Version
    {
        qint64 size = 0;
        qint64 modifiedNs = 0; // 0 for a Qt resource, which never changes
        bool operator==(const Version &) const = default;
    };
    Version version() const;

private:
    bool statIsUnchanged(bool *same) const;

    QFile m_file;
    qint64 m_expected = 0;
    bool m_endedEarly = false;
#ifdef Q_OS_UNIX
    bool m_onDisk = false;
    struct stat m_before = {};
#endif
};
