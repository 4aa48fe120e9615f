// SPDX-License-Identifier: MIT
#include "sourcefingerprint.h"

#include "datasetloader.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <xxhash.h>

namespace {

// The content hash: XXH3-64, the fastest well-tested non-cryptographic 64-bit hash (it hashes
// at memory speed). The cache guards against files that changed, not against an attacker who
// forges a collision, so a cryptographic hash buys nothing here and would cost its slowness.
//
// Files up to wholeHashLimit are hashed whole. A larger file is hashed by 64 samples of 64 KiB
// spread evenly from its first byte to its last (4 MiB read, however big the file): hashing all
// 516 MB of a million events would take most of the 0.3 s a reopen may take just to read them.
// What samples miss is caught by the rest of the key: a change through the file system changes
// the size, the modification time or, when a program sets that back, the status-change time,
// which no program can set (nanoseconds, on every Linux file system Tideline runs on).
bool contentHash(const QString &path, qint64 size, quint64 *hash)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    bool ok = true;
    if (size <= SourceFingerprint::wholeHashLimit) {
        const QByteArray bytes = file.readAll();
        ok = bytes.size() == size;
        XXH3_64bits_update(state, bytes.constData(), size_t(bytes.size()));
    } else {
        constexpr int samples = 64;
        constexpr qint64 sampleBytes = 64 * 1024;
        QByteArray sample(sampleBytes, Qt::Uninitialized);
        for (int i = 0; i < samples && ok; ++i) {
            const qint64 at = (size - sampleBytes) * i / (samples - 1);
            ok = file.seek(at) && file.read(sample.data(), sampleBytes) == sampleBytes;
            XXH3_64bits_update(state, sample.constData(), size_t(sampleBytes));
        }
    }
    *hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return ok;
}

void writeOptions(QDataStream &out, const ImportOptions &options)
{
    out << qint32(options.format ? int(*options.format) : -1) << options.profile
        << options.profileFile << options.skipBadRows << qint32(options.groupAs);
}

} // namespace

SourceFingerprint SourceFingerprint::of(const QStringList &paths, const ImportOptions &options)
{
    SourceFingerprint result;
    // The slot: the paths as given (messages and the dataset name files that way) and where
    // they are, and the options. The key adds what the files are now.
    QByteArray slotBytes;
    QDataStream slotStream(&slotBytes, QIODevice::WriteOnly);
    for (const QString &path : paths) {
        if (path.startsWith(u':')) {
            result.problem = tr("%1 is built into Tideline").arg(path);
            return result;
        }
        slotStream << path << QFileInfo(path).absoluteFilePath();
    }
    writeOptions(slotStream, options);
    result.slot = QString::number(XXH3_64bits(slotBytes.constData(), size_t(slotBytes.size())), 16)
                      .rightJustified(16, u'0');

    LoadMessages problems;
    const QStringList files = DatasetLoader::expandPaths(paths, &problems);
    for (const LoadMessage &message : std::as_const(problems)) {
        if (message.isError()) {
            result.problem = message.toString();
            return result;
        }
    }
    QByteArray key = slotBytes;
    QDataStream keyStream(&key, QIODevice::Append);
    keyStream << files;
    for (const QString &file : files) {
        struct stat status = {};
        if (::stat(QFile::encodeName(file).constData(), &status) != 0) {
            result.problem = tr("cannot read %1").arg(file);
            return result;
        }
        quint64 hash = 0;
        if (!contentHash(file, qint64(status.st_size), &hash)) {
            result.problem = tr("cannot read %1").arg(file);
            return result;
        }
        keyStream << quint64(status.st_dev) << quint64(status.st_ino) << qint64(status.st_size)
                  << qint64(status.st_mtim.tv_sec) << qint64(status.st_mtim.tv_nsec)
                  << qint64(status.st_ctim.tv_sec) << qint64(status.st_ctim.tv_nsec) << hash;
    }
    result.key = key;
    return result;
}
