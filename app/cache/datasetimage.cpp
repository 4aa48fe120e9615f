// SPDX-License-Identifier: MIT
#include "datasetimage.h"

#include "eventstoreimage.h"
#include "imagereader.h"
#include "imagewriter.h"
#include "hugepages.h"
#include "partialdateimage.h"
#include "workerpool.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>

namespace {

constexpr char magic[8] = {'T', 'L', 'D', 'S', 'I', 'M', 'G', '\n'};
// Written as the machine stores it: an image from a machine of the other byte order reads as
// another version, not as garbage.
constexpr quint32 byteOrderMark = 0x01020304;

QString appVersion()
{
    return QStringLiteral(TIDELINE_VERSION);
}

// The header up to the key; false for another format, *otherVersion for another version of this
// one (its key is not read then).
bool readHeader(ImageReader &in, bool *otherVersion)
{
    char start[sizeof magic] = {};
    if (!in.bytes(start, sizeof start) || std::memcmp(start, magic, sizeof magic) != 0)
        return false;
    const quint32 format = in.u32();
    const quint32 order = in.u32();
    const QString version = in.string();
    *otherVersion = format != DatasetImage::formatVersion || order != byteOrderMark
        || version != appVersion();
    return in.ok();
}

void writeStrings(ImageWriter &out, const QStringList &list)
{
    out.u32(quint32(list.size()));
    for (const QString &text : list)
        out.string(text);
}

QStringList readStrings(ImageReader &in)
{
    QStringList list;
    const quint64 n = in.count(sizeof(quint32));
    list.reserve(qsizetype(std::min<quint64>(n, 4096)));
    for (quint64 i = 0; i < n && in.ok(); ++i)
        list << in.string();
    return list;
}

void writeColor(ImageWriter &out, const QColor &color)
{
    out.u8(color.isValid());
    out.u64(color.isValid() ? quint64(color.rgba64()) : 0);
}

QColor readColor(ImageReader &in)
{
    const bool valid = in.u8() != 0;
    const quint64 rgba = in.u64();
    return valid ? QColor::fromRgba64(QRgba64::fromRgba64(rgba)) : QColor();
}

void writeDate(ImageWriter &out, const PartialDate &date)
{
    out.value(date);
}

PartialDate readDate(ImageReader &in)
{
    const PartialDate date = in.value<PartialDate>();
    if (!PartialDateImage::isSane(date))
        in.fail();
    return date;
}

// An index into a collection of `size`, or -1.
qint32 readIndex(ImageReader &in, size_t size)
{
    const qint32 index = qint32(in.u32());
    if (index < -1 || (index >= 0 && size_t(index) >= size))
        in.fail();
    return index;
}

template<typename Enum>
Enum readEnum(ImageReader &in, Enum last)
{
    const quint8 value = in.u8();
    if (value > quint8(last))
        in.fail();
    return Enum(value);
}

void writeMessage(ImageWriter &out, const LoadMessage &m)
{
    out.u8(quint8(m.severity));
    out.string(m.file);
    out.u32(quint32(m.line));
    out.u32(quint32(m.column));
    out.string(m.path);
    out.string(m.text);
    out.string(m.relatedText);
    out.string(m.relatedFile);
    out.u32(quint32(m.relatedLine));
    out.u32(quint32(m.relatedColumn));
    out.u8(m.skippableRow);
}

LoadMessage readMessage(ImageReader &in)
{
    LoadMessage m;
    m.severity = readEnum(in, LoadMessage::Severity::Warning);
    m.file = in.string();
    m.line = int(in.u32());
    m.column = int(in.u32());
    m.path = in.string();
    m.text = in.string();
    m.relatedText = in.string();
    m.relatedFile = in.string();
    m.relatedLine = int(in.u32());
    m.relatedColumn = int(in.u32());
    m.skippableRow = in.u8() != 0;
    return m;
}

// The smallest an item of each collection takes in an image, to bound counts.
constexpr quint64 smallestRecord = sizeof(quint32);

// The fewest bytes a record of each kind takes in an image (its strings empty, its lists
// without items): with the bytes left, how many records a count can honestly promise.
constexpr quint64 stringBytes = sizeof(quint32);
constexpr quint64 dateBytes = sizeof(PartialDate);
constexpr quint64 colorBytes = 1 + sizeof(quint64);
constexpr quint64 actorBytes = 5 * stringBytes + colorBytes + sizeof(quint32) + 1;
constexpr quint64 issueBytes = 3 * stringBytes;
constexpr quint64 sourceBytes = 4 * stringBytes + dateBytes;
constexpr quint64 positionBytes = 4 * stringBytes + dateBytes + 4 * sizeof(quint32) + 2;
constexpr quint64 periodBytes = 3 * stringBytes + colorBytes + 2 * dateBytes;
constexpr quint64 messageBytes = 2 + 5 * stringBytes + 4 * sizeof(quint32);

// Reads a count, then that many records with `readOne`, each read where it is kept. Room is
// made for as many as the bytes left can hold at `fewestBytes` each, never for what the count
// alone asks: a corrupt count fails when the bytes run out. (Growing the vector instead, 50,000
// positions were copied five times into fresh memory, a third of a reopen.)
template<typename Record, typename ReadOne>
bool readRecords(ImageReader &in, std::vector<Record> *records, quint64 fewestBytes,
                 ReadOne readOne)
{
    const quint64 n = in.count(smallestRecord);
    const quint64 room = std::min<quint64>(n, in.bytesLeft() / fewestBytes);
    records->reserve(size_t(room));
    HugePages::advise(records->data(), records->capacity() * sizeof(Record));
    for (quint64 i = 0; i < n; ++i) {
        readOne(records->emplace_back());
        if (!in.ok()) {
            records->clear();
            return false;
        }
    }
    return in.ok();
}

void writeDataset(ImageWriter &out, const Dataset &d)
{
    out.string(d.title);
    out.string(d.description);
    writeStrings(out, d.files);
    out.u32(quint32(d.actors.size()));
    for (const Actor &a : d.actors) {
        out.string(a.id);
        out.string(a.name);
        out.string(a.role);
        out.string(a.description);
        writeStrings(out, a.aliases);
        writeColor(out, a.color);
        out.u32(quint32(a.parent));
        out.u8(quint8(a.kind));
    }
    out.u32(quint32(d.issues.size()));
    for (const Issue &i : d.issues) {
        out.string(i.id);
        out.string(i.title);
        out.string(i.description);
    }
    out.u32(quint32(d.sources.size()));
    for (const Source &s : d.sources) {
        out.string(s.id);
        out.string(s.title);
        out.string(s.publisher);
        out.string(s.url);
        writeDate(out, s.date);
    }
    out.u32(quint32(d.positions.size()));
    for (const Position &p : d.positions) {
        out.string(p.id);
        out.string(p.statement);
        out.string(p.quote);
        out.string(p.attribution);
        writeDate(out, p.date);
        out.u32(quint32(p.actor));
        out.u32(quint32(p.issue));
        out.u32(quint32(p.source));
        out.u32(quint32(p.event));
        out.u8(quint8(p.stance));
        out.u8(quint8(p.visibility));
    }
    out.u32(quint32(d.periods.size()));
    for (const Period &p : d.periods) {
        out.string(p.id);
        out.string(p.title);
        out.string(p.description);
        writeColor(out, p.color);
        writeDate(out, p.start);
        writeDate(out, p.end);
    }
    writeStrings(out, d.tags);
    EventStoreImage::write(out, d.events);
}

bool readDataset(ImageReader &in, Dataset *d)
{
    d->title = in.string();
    d->description = in.string();
    d->files = readStrings(in);
    // Parents are checked once every actor is read: a parent may come after its members.
    const bool actorsRead = readRecords(in, &d->actors, actorBytes, [&](Actor &a) {
        a.id = in.string();
        a.name = in.string();
        a.role = in.string();
        a.description = in.string();
        a.aliases = readStrings(in);
        a.color = readColor(in);
        a.parent = qint32(in.u32());
        a.kind = readEnum(in, ActorKind::Other);
    });
    if (!actorsRead)
        return false;
    for (const Actor &a : d->actors) {
        if (a.parent < -1 || (a.parent >= 0 && size_t(a.parent) >= d->actors.size()))
            return false;
    }
    const bool issuesRead = readRecords(in, &d->issues, issueBytes, [&](Issue &i) {
        i.id = in.string();
        i.title = in.string();
        i.description = in.string();
    });
    const bool sourcesRead = issuesRead && readRecords(in, &d->sources, sourceBytes, [&](Source &s) {
        s.id = in.string();
        s.title = in.string();
        s.publisher = in.string();
        s.url = in.string();
        s.date = readDate(in);
    });
    // Positions refer to events, which come later: checked once the events are read.
    const bool positionsRead = sourcesRead && readRecords(in, &d->positions, positionBytes, [&](Position &p) {
        p.id = in.string();
        p.statement = in.string();
        p.quote = in.string();
        p.attribution = in.string();
        p.date = readDate(in);
        p.actor = readIndex(in, d->actors.size());
        p.issue = readIndex(in, d->issues.size());
        p.source = readIndex(in, d->sources.size());
        p.event = qint32(in.u32());
        p.stance = readEnum(in, Stance::Unclear);
        p.visibility = readEnum(in, Visibility::Reported);
    });
    const bool periodsRead = positionsRead && readRecords(in, &d->periods, periodBytes, [&](Period &p) {
        p.id = in.string();
        p.title = in.string();
        p.description = in.string();
        p.color = readColor(in);
        p.start = readDate(in);
        p.end = readDate(in);
        if (!p.start.isValid()) // every period has a start; its bounds are computed from it
            in.fail();
    });
    if (!periodsRead)
        return false;
    d->tags = readStrings(in);
    if (!in.ok()
        || !EventStoreImage::read(in, &d->events, quint32(d->actors.size()),
                                  quint32(d->tags.size()), quint32(d->sources.size())))
        return false;
    const int events = d->events.count();
    for (const Position &p : d->positions) {
        if (p.event < -1 || p.event >= events)
            return false;
    }
    return true;
}

} // namespace

namespace {

void writeHeader(ImageWriter &out, const QByteArray &key)
{
    out.bytes(magic, sizeof magic);
    out.u32(DatasetImage::formatVersion);
    out.u32(byteOrderMark);
    out.string(appVersion());
    out.byteArray(key);
}

} // namespace

QByteArray DatasetImage::sealForTesting(const QByteArray &payload, const QByteArray &key)
{
    QByteArray image;
    QBuffer buffer(&image);
    buffer.open(QIODevice::WriteOnly);
    ImageWriter out(&buffer);
    writeHeader(out, key);
    out.bytes(payload.constData(), payload.size());
    out.finish();
    return image;
}

QByteArray DatasetImage::payloadForTesting(const QByteArray &image, const QByteArray &key)
{
    QByteArray header;
    QBuffer buffer(&header);
    buffer.open(QIODevice::WriteOnly);
    ImageWriter out(&buffer);
    writeHeader(out, key);
    ImageReader in(image.constData(), image.size());
    if (!image.startsWith(header) || !in.hasChecksums())
        return {};
    // The checksum table: one per block, the count, its own checksum.
    const qsizetype table = qsizetype(in.blockCount() + 2) * qsizetype(sizeof(quint64));
    return image.mid(header.size(), image.size() - header.size() - table);
}

QString DatasetImage::write(QIODevice *device, const QByteArray &key, const Dataset &dataset,
                            const LoadMessages &messages)
{
    ImageWriter out(device);
    writeHeader(out, key);
    writeDataset(out, dataset);
    out.u32(quint32(messages.size()));
    for (const LoadMessage &message : messages)
        writeMessage(out, message);
    out.finish();
    return out.ok() ? QString() : out.errorString();
}

DatasetImage::Outcome DatasetImage::read(const char *data, qint64 size, const QByteArray &key,
                                         Dataset *dataset, LoadMessages *messages,
                                         std::shared_ptr<const void> owner)
{
    ImageReader in(data, size);
    in.setOwner(std::move(owner));
    bool otherVersion = false;
    if (!readHeader(in, &otherVersion))
        return Outcome::NotAnImage;
    if (otherVersion)
        return Outcome::OtherVersion;
    if (in.byteArray() != key || !in.ok())
        return Outcome::OtherKey;
    if (!in.hasChecksums())
        return Outcome::Corrupt;
    auto read = std::make_unique<Dataset>();
    std::vector<LoadMessage> readMessages;
    // The dataset is read on one thread while the others check the blocks' checksums: both
    // touch every page of the image, and the first touch of each is most of a reopen's time.
    // The parse trusts nothing either way, so it may run before its bytes are known intact.
    bool parsed = false;
    std::atomic<bool> intact{true};
    WorkerPool::forEachPiece(1 + in.blockCount(), [&](int piece) {
        if (piece == 0) {
            parsed = readDataset(in, read.get())
                && readRecords(in, &readMessages, messageBytes, [&](LoadMessage &m) { m = readMessage(in); })
                && in.atEnd();
        } else if (intact && !in.blockIntact(piece - 1)) {
            intact = false;
        }
    });
    if (!parsed || !intact)
        return Outcome::Corrupt;
    read->indexIds();
    *dataset = std::move(*read);
    *messages = LoadMessages(readMessages.begin(), readMessages.end());
    return Outcome::Read;
}

QString DatasetImage::describe(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Read:
        //: What came of reading a dataset's cached image: it was read and is good
        return QCoreApplication::translate("DatasetImage", "read");
    case Outcome::NotAnImage:
        return QCoreApplication::translate("DatasetImage", "not a dataset image (truncated?)");
    case Outcome::OtherVersion:
        return QCoreApplication::translate("DatasetImage", "written by another version");
    case Outcome::OtherKey:
        return QCoreApplication::translate("DatasetImage", "the files changed since it was written");
    case Outcome::Corrupt:
        return QCoreApplication::translate("DatasetImage", "corrupt or truncated");
    }
    return {};
}
