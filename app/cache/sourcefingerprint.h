// SPDX-License-Identifier: MIT
#pragma once

#include "importoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a dataset image is valid for: the files a load reads (folders expanded), each with its
// path, size, modification and status-change times in nanoseconds, inode and a content hash,
// and the ImportOptions they are read with. Two fingerprints with the same key stand for the
// same load result. `slot` names the image file: the same paths and options always use one
// slot, so a changed file replaces its old image instead of adding one.
struct SourceFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(SourceFingerprint)

public:
    QString slot;
    QByteArray key;
    // Why these sources are not cached (a resource path, a file that cannot be read); empty when
    // they can be.
    QString problem;

    bool isCacheable() const { return problem.isEmpty(); }
    friend bool operator==(const SourceFingerprint &, const SourceFingerprint &) = default;

    static SourceFingerprint of(const QStringList &paths, const ImportOptions &options);

    // Files up to this size are hashed whole; larger ones by samples (see contentHash()).
    static constexpr qint64 wholeHashLimit = 16 * 1024 * 1024;
};
