// SPDX-License-Identifier: MIT
#pragma once

#include "datasetloader.h"
#include "sourcefingerprint.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The dataset cache: a folder of dataset images (DatasetImage), one per set of source files and
// import options, so that opening unchanged files again reads their image instead of parsing
// them. Images are written atomically (a temporary file renamed into place), and the folder is
// kept under a size bound by dropping the least recently used images first. Nothing is trusted:
// an image that does not match the files as they are now, or fails any check, is ignored (and
// replaced by the next write). Safe to use from several threads: it holds no state but its
// folder and bound.
class DatasetCache
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCache)

public:
    // Two million-event datasets and change: enough for the datasets someone works on, small
    // beside what a million events take to parse.
    static constexpr qint64 defaultMaxBytes = qint64(2) * 1024 * 1024 * 1024;

    explicit DatasetCache(const QString &folder = defaultFolder(),
                          qint64 maxBytes = defaultMaxBytes);

    // "datasets" in the user's cache folder (QStandardPaths::CacheLocation).
    static QString defaultFolder();
    QString folder() const { return m_folder; }
    qint64 maxBytes() const { return m_maxBytes; }

    // The load result kept for these sources, when there is a good one; otherwise nothing, and
    // *why (when given) says why not, for --verbose.
    std::optional<LoadResult> read(const SourceFingerprint &sources, QString *why = nullptr) const;
    // Keeps `result` (a successful load of `sources`) and drops the oldest images beyond the
    // bound. Returns what went wrong, or an empty string; a failure leaves no partial image.
    QString write(const SourceFingerprint &sources, const LoadResult &result) const;
    // Removes every image. Returns what went wrong, or an empty string; *removed counts them.
    QString clear(int *removed = nullptr) const;
    // The images' total size in bytes.
    qint64 totalBytes() const;

    // The setting that turns the cache off (on unless set), read by the window and the commands.
    static QString enabledSettingsKey() { return QStringLiteral("cache/enabled"); }
    static bool isEnabledInSettings();
    static void setEnabledInSettings(bool enabled);

    // For tests only: when true, every write fails as on a full disk (ENOSPC, the image written
    // to /dev/full) instead of reaching the folder.
    static void setDiskFullForTesting(bool full);

private:
    QString imagePath(const SourceFingerprint &sources) const;
    void prune() const;

    QString m_folder;
    qint64 m_maxBytes;
};
