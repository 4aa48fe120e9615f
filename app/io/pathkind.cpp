// SPDX-License-Identifier: MIT
#include "pathkind.h"

#include "loadertext.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include <cerrno>

PathKind classifyPath(const QString &path, QString *problem)
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
            *problem =
                LoaderText::tr("the symbolic link leads back to itself (a loop); it names no file");
        } else if (error == ENOENT && ::lstat(name.constData(), &link) == 0) {
            *problem = LoaderText::tr("the symbolic link points to %1, which does not exist")
                           .arg(QFileInfo(path).symLinkTarget());
        } else if (error == ENOENT || error == ENOTDIR) {
            *problem = LoaderText::tr("no such file or folder");
        } else {
            *problem = LoaderText::tr("cannot open: %1").arg(qt_error_string(error).toLower());
        }
        return PathKind::Problem;
    }
    if (S_ISREG(info.st_mode))
        return PathKind::File;
    if (S_ISDIR(info.st_mode))
        return PathKind::Folder;
    if (S_ISFIFO(info.st_mode))
        *problem = LoaderText::tr(
            "is a named pipe (FIFO), not a file; Tideline reads ordinary files only");
    else if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        *problem = LoaderText::tr("is a device, not a file; Tideline reads ordinary files only");
    else if (S_ISSOCK(info.st_mode))
        *problem = LoaderText::tr("is a socket, not a file; Tideline reads ordinary files only");
    else
        *problem = LoaderText::tr("is not an ordinary file; Tideline reads ordinary files only");
    return PathKind::Other;
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = info.isSymLink() ? LoaderText::tr("the symbolic link names no file")
                                    : LoaderText::tr("no such file or folder");
        return PathKind::Problem;
    }
    return info.isDir() ? PathKind::Folder : PathKind::File;
#endif
}
