// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// A dataset image's bytes, mapped read-only into memory with all its pages at once: reading an
// image then costs one copy from the page cache into the model, not a read() copy, a zeroing
// and a page fault per 4 KiB besides. Falls back to reading the file when it cannot be mapped.
//
// Mapping is safe here where it is not for the files the loader reads (FileBytes): images are
// only ever replaced by renaming a new file into place, or removed, never truncated or written
// in place, and a mapping outlives both. A dataset read from an image keeps its mapping (its
// events' text is read from it), so the same holds for as long as the dataset is open.
class MappedImage
{
public:
    explicit MappedImage(const QString &path);
    ~MappedImage();
    MappedImage(const MappedImage &) = delete;
    MappedImage &operator=(const MappedImage &) = delete;

    bool isOpen() const { return m_data != nullptr; }
    QString errorString() const { return m_error; }
    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }

private:
    const char *m_data = nullptr;
    qint64 m_size = 0;
    void *m_mapping = nullptr;
    QByteArray m_read; // when the file could not be mapped
    QString m_error;
};
