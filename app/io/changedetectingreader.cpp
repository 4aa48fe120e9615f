// SPDX-License-Identifier: MIT
#include "changedetectingreader.h"

#include "pathkind.h"

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#include <cerrno>

bool ChangeDetectingReader::open(const QString &name, QString *error)
{
#ifdef Q_OS_UNIX
    m_onDisk = !name.startsWith(u':');
    if (m_onDisk) {
        // Non-blocking, so that a FIFO put in the file's place since it was looked at
        // cannot make this wait; it is refused below like any other special file.
        const int fd = ::open(QFile::encodeName(name).constData(),
                              O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
        if (fd < 0) {
            *error = tr("cannot open: %1").arg(qt_error_string(errno).toLower());
            return false;
        }
        if (::fstat(fd, &m_before) != 0 || !S_ISREG(m_before.st_mode)) {
            ::close(fd);
            classifyPath(name, error);
            if (error->isEmpty())
                *error = tr("is not an ordinary file; Tideline reads ordinary files only");
            return false;
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (!m_file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered,
                         QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            *error = tr("cannot open: %1").arg(m_file.errorString());
            return false;
        }
        m_expected = qint64(m_before.st_size);
        return true;
    }
#endif
    m_file.setFileName(name);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = tr("cannot open: %1").arg(m_file.errorString());
        return false;
    }
    m_expected = m_file.size();
    return true;
}

qint64 ChangeDetectingReader::read(char *to, qint64 maxSize)
{
    const qint64 n = m_file.read(to, maxSize);
    if (n == 0 && maxSize > 0)
        m_endedEarly = true; // the end came early: the file has shrunk
    return n;
}

// Whether the file's size and modification time are still those it had when it was opened:
// false when it cannot be told (a Qt resource, which never changes, is the same).
bool ChangeDetectingReader::statIsUnchanged(bool *same) const
{
    *same = true;
#ifdef Q_OS_UNIX
    if (m_onDisk) {
        struct stat after = {};
        *same = ::fstat(m_file.handle(), &after) == 0 && after.st_size == m_before.st_size
            && after.st_mtim.tv_sec == m_before.st_mtim.tv_sec
            && after.st_mtim.tv_nsec == m_before.st_mtim.tv_nsec;
        return true;
    }
#endif
    return false;
}

bool ChangeDetectingReader::isUnchanged(QString *error)
{
    bool changed = m_endedEarly;
    char extra;
    if (!changed && m_file.read(&extra, 1) > 0)
        changed = true; // there is more than there was: the file has grown
    bool same = true;
    if (statIsUnchanged(&same) && changed && same) {
        // The size on record was never the size of the contents.
        *error = tr("the file does not hold the %1 bytes its size says; is it a special "
                    "file (such as one under /proc)?")
                     .arg(m_expected);
        return false;
    }
    if (changed || !same) {
        *error = tr("the file changed while it was being read; try again");
        return false;
    }
    return true;
}

bool ChangeDetectingReader::isUnchangedSoFar(QString *error)
{
    bool same = true;
    statIsUnchanged(&same);
    if (m_endedEarly || !same) {
        *error = tr("the file changed while it was being read; try again");
        return false;
    }
    return true;
}

ChangeDetectingReader::Version ChangeDetectingReader::version() const
{
    Version version;
    version.size = m_expected;
#ifdef Q_OS_UNIX
    if (m_onDisk)
        version.modifiedNs = qint64(m_before.st_mtim.tv_sec) * 1'000'000'000 + m_before.st_mtim.tv_nsec;
#endif
    return version;
}
