// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "dataset.h"
#include "loadmessage.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// The compact binary image of a finished Dataset and the warnings of the load that made it, as
// the dataset cache (DatasetCache) keeps it: a header (magic, format version, the version of
// Tideline that wrote it, the key of the source files it was made from), every collection, the
// EventStore's columns as whole arrays, and at the end an XXH3-64 checksum of each 16 MiB block
// of all that (ImageWriter), checked on every core while the image is read.
//
// Reading trusts nothing: an image from another version, for another key, truncated, or whose
// checksum or structure is wrong is refused with a reason, never half-read into the dataset.
namespace DatasetImage {

// Bump whenever what is written changes shape (here or in EventStoreImage, or a type whose bytes
// are written whole, such as PartialDate or EventStore's columns).
inline constexpr quint32 formatVersion = 2;

QString write(QIODevice *device, const QByteArray &key, const Dataset &dataset,
              const LoadMessages &messages);

enum class Outcome { Read, NotAnImage, OtherVersion, OtherKey, Corrupt };

// Reads the image in `data` (`size` bytes) written for `key`. On Outcome::Read, *dataset (ids
// indexed) and *messages hold what was written; otherwise they are left as they were. With an
// `owner` that keeps `data` alive (a MappedImage), the dataset's event text stays in `data`
// instead of being copied, and the dataset keeps the owner.
Outcome read(const char *data, qint64 size, const QByteArray &key, Dataset *dataset,
             LoadMessages *messages, std::shared_ptr<const void> owner = {});

// For the fuzz target: an image of `payload` (what follows the key in an image) with the header
// of this version and a matching checksum, so that corrupt contents get past both.
QByteArray sealForTesting(const QByteArray &payload, const QByteArray &key);
// The reverse: what follows the key in `image`, without the checksum (for making seeds).
QByteArray payloadForTesting(const QByteArray &image, const QByteArray &key);

// Words for a --verbose line: "written by another version".
QString describe(Outcome outcome);

} // namespace DatasetImage
