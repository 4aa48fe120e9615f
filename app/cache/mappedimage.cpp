// SPDX-License-Identifier: MIT
#include "mappedimage.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

MappedImage::MappedImage(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        m_error = QStringLiteral("not a regular file");
        ::close(fd);
        return;
    }
    m_size = qint64(status.st_size);
    if (m_size == 0) {
        m_data = "";
        ::close(fd);
        return;
    }
    void *mapping = ::mmap(nullptr, size_t(m_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (mapping != MAP_FAILED) {
        m_mapping = mapping;
        m_data = static_cast<const char *>(mapping);
        ::close(fd);
        return;
    }
    ::close(fd);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return;
    }
    m_read = file.readAll();
    m_size = m_read.size();
    m_data = m_read.constData();
}

MappedImage::~MappedImage()
{
    if (m_mapping)
        ::munmap(m_mapping, size_t(m_size));
}
