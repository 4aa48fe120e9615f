// SPDX-License-Identifier: MIT
#include "datasetcache.h"

#include "datasetimage.h"
#include "mappedimage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <atomic>

namespace {

const QString imageSuffix = QStringLiteral(".tlimage");

std::atomic<bool> diskFullForTesting{false};

} // namespace

DatasetCache::DatasetCache(const QString &folder, qint64 maxBytes)
    : m_folder(folder), m_maxBytes(maxBytes)
{
}

QString DatasetCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/datasets");
}

QString DatasetCache::imagePath(const SourceFingerprint &sources) const
{
    return m_folder + u'/' + sources.slot + imageSuffix;
}

std::optional<LoadResult> DatasetCache::read(const SourceFingerprint &sources, QString *why) const
{
    const auto refuse = [why](const QString &reason) -> std::optional<LoadResult> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!sources.isCacheable())
        return refuse(sources.problem);
    const QString path = imagePath(sources);
    if (!QFileInfo::exists(path))
        return refuse(tr("no image in %1").arg(m_folder));
    auto dataset = std::make_shared<Dataset>();
    LoadResult result;
    {
        // Shared: the events' text stays in the mapping, which lives as long as the dataset.
        const auto image = std::make_shared<const MappedImage>(path);
        if (!image->isOpen())
            return refuse(tr("cannot read %1: %2").arg(path, image->errorString()));
        const DatasetImage::Outcome outcome =
            DatasetImage::read(image->data(), image->size(), sources.key, dataset.get(),
                               &result.messages, image);
        if (outcome != DatasetImage::Outcome::Read)
            //: %1 is a dataset image's path, %2 what is wrong with it ("corrupt or truncated")
            return refuse(tr("%1: %2").arg(path, DatasetImage::describe(outcome)));
    }
    // Used now: the last to be dropped when the folder is over its bound.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    result.dataset = std::move(dataset);
    return result;
}

QString DatasetCache::write(const SourceFingerprint &sources, const LoadResult &result) const
{
    if (!sources.isCacheable() || !result.ok())
        return tr("nothing to keep");
    if (!QDir().mkpath(m_folder))
        return tr("cannot make the cache folder %1").arg(m_folder);
    QSaveFile file(imagePath(sources));
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
    QString problem;
    if (diskFullForTesting) {
        QFile full(QStringLiteral("/dev/full"));
        problem = full.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            ? DatasetImage::write(&full, sources.key, *result.dataset, result.messages)
            : full.errorString();
        if (problem.isEmpty())
            problem = tr("no error writing to /dev/full");
    } else {
        problem = DatasetImage::write(&file, sources.key, *result.dataset, result.messages);
    }
    if (!problem.isEmpty()) {
        file.cancelWriting();
        return tr("cannot write %1: %2").arg(file.fileName(), problem);
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
    prune();
    return {};
}

void DatasetCache::prune() const
{
    // Newest first; everything past the bound goes.
    const QFileInfoList images = QDir(m_folder).entryInfoList(
        {u'*' + imageSuffix}, QDir::Files | QDir::Hidden, QDir::Time);
    qint64 kept = 0;
    for (const QFileInfo &image : images) {
        kept += image.size();
        if (kept > m_maxBytes)
            QFile::remove(image.filePath());
    }
}

QString DatasetCache::clear(int *removed) const
{
    int count = 0;
    QString problem;
    const QFileInfoList images =
        QDir(m_folder).entryInfoList({u'*' + imageSuffix}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &image : images) {
        QFile file(image.filePath());
        if (file.remove())
            ++count;
        else if (problem.isEmpty())
            problem = tr("cannot remove %1: %2").arg(file.fileName(), file.errorString());
    }
    if (removed)
        *removed = count;
    return problem;
}

qint64 DatasetCache::totalBytes() const
{
    qint64 total = 0;
    const QFileInfoList images =
        QDir(m_folder).entryInfoList({u'*' + imageSuffix}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &image : images)
        total += image.size();
    return total;
}

bool DatasetCache::isEnabledInSettings()
{
    return QSettings().value(enabledSettingsKey(), true).toBool();
}

void DatasetCache::setEnabledInSettings(bool enabled)
{
    QSettings().setValue(enabledSettingsKey(), enabled);
}

void DatasetCache::setDiskFullForTesting(bool full)
{
    diskFullForTesting = full;
}
