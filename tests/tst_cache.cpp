// SPDX-License-Identifier: MIT
// The dataset cache: an image gives back exactly the dataset and warnings its files give, a
// reopen of unchanged files reads it, and every way an image can be wrong (truncated, stale,
// from another version, corrupt, never written for a full disk or an unwritable folder) ends in
// the files being read, correctly, with no message unless asked.
#include "cachedload.h"
#include "column.h"
#include "datasetcache.h"
#include "datasetgenerator.h"
#include "datasetimage.h"
#include "datasetimport.h"
#include "imagereader.h"
#include "imagewriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

// A dataset with what the sample lacks: dates known between bounds, periods with and without
// colours and ends, an actor colour, a parent, lists of tags and sources, a position at an
// event, and warnings (unknown fields) that a reopen must show again.
// (tests/data/cache/bounded.json)
QByteArray boundedDataset()
{
    QFile file(QStringLiteral(TIDELINE_TEST_DATA "/cache/bounded.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void compareDatasets(const Dataset &a, const Dataset &b)
{
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.files, b.files);
    QCOMPARE(a.actors.size(), b.actors.size());
    for (size_t i = 0; i < a.actors.size(); ++i) {
        const Actor &x = a.actors[i], &y = b.actors[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.role, y.role);
        QCOMPARE(x.description, y.description);
        QCOMPARE(x.aliases, y.aliases);
        QCOMPARE(x.color, y.color);
        QCOMPARE(x.parent, y.parent);
        QCOMPARE(x.kind, y.kind);
        QCOMPARE(b.actorIndex(x.id), int(i));
    }
    QCOMPARE(a.issues.size(), b.issues.size());
    for (size_t i = 0; i < a.issues.size(); ++i) {
        QCOMPARE(a.issues[i].id, b.issues[i].id);
        QCOMPARE(a.issues[i].title, b.issues[i].title);
        QCOMPARE(a.issues[i].description, b.issues[i].description);
        QCOMPARE(b.issueIndex(a.issues[i].id), int(i));
    }
    QCOMPARE(a.sources.size(), b.sources.size());
    for (size_t i = 0; i < a.sources.size(); ++i) {
        const Source &x = a.sources[i], &y = b.sources[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.publisher, y.publisher);
        QCOMPARE(x.url, y.url);
        QVERIFY(x.date == y.date);
    }
    QCOMPARE(a.positions.size(), b.positions.size());
    for (size_t i = 0; i < a.positions.size(); ++i) {
        const Position &x = a.positions[i], &y = b.positions[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.statement, y.statement);
        QCOMPARE(x.quote, y.quote);
        QCOMPARE(x.attribution, y.attribution);
        QVERIFY(x.date == y.date);
        QCOMPARE(x.actor, y.actor);
        QCOMPARE(x.issue, y.issue);
        QCOMPARE(x.source, y.source);
        QCOMPARE(x.event, y.event);
        QCOMPARE(x.stance, y.stance);
        QCOMPARE(x.visibility, y.visibility);
    }
    QCOMPARE(a.periods.size(), b.periods.size());
    for (size_t i = 0; i < a.periods.size(); ++i) {
        const Period &x = a.periods[i], &y = b.periods[i];
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.description, y.description);
        QCOMPARE(x.color, y.color);
        QVERIFY(x.start == y.start);
        QVERIFY(x.end == y.end);
    }
    QCOMPARE(a.tags, b.tags);

    const EventStore &e = a.events, &f = b.events;
    QCOMPARE(e.count(), f.count());
    QCOMPARE(e.longestDuration(), f.longestDuration());
    QCOMPARE(e.earliestBegin(), f.earliestBegin());
    QCOMPARE(e.latestEnd(), f.latestEnd());
    QCOMPARE(e.hasUncertainDates(), f.hasUncertainDates());
    const auto sameList = [](std::span<const quint32> x, std::span<const quint32> y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end());
    };
    for (int i = 0; i < e.count(); ++i) {
        QCOMPARE(e.beginSecond(i), f.beginSecond(i));
        QCOMPARE(e.endSecond(i), f.endSecond(i));
        QVERIFY(e.start(i) == f.start(i));
        QVERIFY(e.end(i) == f.end(i));
        QVERIFY(e.startLatest(i) == f.startLatest(i));
        QVERIFY(e.endLatest(i) == f.endLatest(i));
        QCOMPARE(e.id(i), f.id(i));
        QCOMPARE(e.title(i), f.title(i));
        QCOMPARE(e.description(i), f.description(i));
        QCOMPARE(e.location(i), f.location(i));
        QVERIFY(sameList(e.actors(i), f.actors(i)));
        QVERIFY(sameList(e.tags(i), f.tags(i)));
        QVERIFY(sameList(e.sources(i), f.sources(i)));
    }
    for (int actor = 0; actor < int(a.actors.size()); ++actor)
        QVERIFY(sameList(e.eventsOfActor(actor), f.eventsOfActor(actor)));
}

void compareMessages(const LoadMessages &a, const LoadMessages &b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].toString(), b[i].toString());
        QCOMPARE(a[i].relatedPlace(), b[i].relatedPlace());
        QCOMPARE(a[i].relatedText, b[i].relatedText);
        QCOMPARE(a[i].skippableRow, b[i].skippableRow);
    }
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A source file of its own for a test, and a cache folder of its own.
    QString source(const QString &name, const QByteArray &contents = boundedDataset()) const
    {
        const QString file = path(name);
        writeFile(file, contents);
        return file;
    }
    QStringList images(const DatasetCache &cache) const
    {
        return QDir(cache.folder()).entryList({QStringLiteral("*.tlimage")}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!boundedDataset().isEmpty());
        // Never the user's cache folder.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(DatasetGenerator::write({.events = 3000, .actors = 40, .seed = 7},
                                        path(QStringLiteral("generated.json")))
                    .isEmpty());
    }

    void anImageGivesBackTheDatasetFieldByField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sample") << QStringLiteral(TIDELINE_SAMPLE);
        QTest::newRow("bounds, periods, warnings") << source(QStringLiteral("bounded.json"));
        QTest::newRow("generated, 3000 events") << path(QStringLiteral("generated.json"));
    }
    void anImageGivesBackTheDatasetFieldByField()
    {
        QFETCH(QString, file);
        const LoadResult loaded = DatasetImport::load({file});
        QVERIFY(loaded.ok());
        QBuffer image;
        QVERIFY(image.open(QIODevice::ReadWrite));
        QCOMPARE(DatasetImage::write(&image, "key", *loaded.dataset, loaded.messages), QString());
        Dataset read;
        LoadMessages messages;
        QCOMPARE(DatasetImage::read(image.data().constData(), image.size(), "key", &read, &messages),
                 DatasetImage::Outcome::Read);
        compareDatasets(*loaded.dataset, read);
        compareMessages(loaded.messages, messages);
        if (QTest::currentDataTag() == QByteArray("bounds, periods, warnings")) {
            QVERIFY(read.events.hasUncertainDates());
            QCOMPARE(read.periods.size(), size_t(2));
            QCOMPARE(messages.size(), 2);
        }
    }

    void anImageForOtherFilesIsRefused()
    {
        const LoadResult loaded = DatasetImport::load({QStringLiteral(TIDELINE_SAMPLE)});
        QBuffer image;
        QVERIFY(image.open(QIODevice::ReadWrite));
        QCOMPARE(DatasetImage::write(&image, "one key", *loaded.dataset, loaded.messages), QString());
        Dataset read;
        LoadMessages messages;
        QCOMPARE(DatasetImage::read(image.data().constData(), image.size(), "another key", &read,
                                    &messages),
                 DatasetImage::Outcome::OtherKey);
        QCOMPARE(read.events.count(), 0);
    }

    void aReopenOfUnchangedFilesReadsTheImage()
    {
        const QString file = source(QStringLiteral("reopen.json"));
        const DatasetCache cache(path(QStringLiteral("reopen-cache")));
        const CachedLoad::Outcome first =
            CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QVERIFY(first.result.ok());
        QVERIFY(!first.fromCache);
        QCOMPARE(images(cache).size(), 1);
        const CachedLoad::Outcome second =
            CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QVERIFY(second.fromCache);
        compareDatasets(*first.result.dataset, *second.result.dataset);
        compareMessages(first.result.messages, second.result.messages);
        // Other options read the same file differently: an image of their own.
        ImportOptions tags;
        tags.skipBadRows = true;
        QVERIFY(!CachedLoad::load({file}, tags, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
        QCOMPARE(images(cache).size(), 2);
    }

    // A reopen leaves the events' columns and text in the mapped image instead of copying them
    // into fresh memory; the dataset (and every copy of it) keeps the mapping alive.
    void aReopenReadsTheColumnsInPlaceAndKeepsThemAlive()
    {
        const QString file = path(QStringLiteral("generated.json"));
        const DatasetCache cache(path(QStringLiteral("in-place-cache")));
        const CachedLoad::Outcome first =
            CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QVERIFY(first.result.ok());
        QVERIFY(!first.result.dataset->events.isReadInPlace());
        std::optional<Dataset> copy;
        {
            const CachedLoad::Outcome second =
                CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
            QVERIFY(second.fromCache);
            QVERIFY(second.result.dataset->events.isReadInPlace());
            copy = *second.result.dataset;
        }
        // The image may go from the folder too: the mapping outlives its file's name.
        QVERIFY(cache.clear().isEmpty());
        QVERIFY(copy->events.isReadInPlace());
        compareDatasets(*first.result.dataset, *copy);
        // A dataset read in place is written whole again (its text is in the mapping).
        QBuffer again;
        QVERIFY(again.open(QIODevice::ReadWrite));
        QCOMPARE(DatasetImage::write(&again, "key", *copy, {}), QString());
        Dataset reread;
        LoadMessages none;
        QCOMPARE(DatasetImage::read(again.data().constData(), again.size(), "key", &reread, &none),
                 DatasetImage::Outcome::Read);
        compareDatasets(*first.result.dataset, reread);

        // Read from bytes that nothing keeps alive, every column is copied.
        QBuffer image;
        QVERIFY(image.open(QIODevice::ReadWrite));
        QCOMPARE(DatasetImage::write(&image, "key", *first.result.dataset, {}), QString());
        Dataset fromBuffer;
        LoadMessages messages;
        QCOMPARE(DatasetImage::read(image.data().constData(), image.size(), "key", &fromBuffer,
                                    &messages),
                 DatasetImage::Outcome::Read);
        image.close();
        image.setData(QByteArray());
        QVERIFY(!fromBuffer.events.isReadInPlace());
        compareDatasets(*first.result.dataset, fromBuffer);
    }

    // A column read in place is read where it is, by const and non-const readers alike, and
    // is copied only when changed; the values it was given are never written.
    void aColumnReadInPlaceIsCopiedOnlyWhenChanged()
    {
        const std::vector<qint64> image{5, 7, 11};
        Column<qint64> column{1, 2};
        column.keepInPlace(image);
        QVERIFY(column.isInPlace());
        QCOMPARE(column.data(), image.data());
        qint64 sum = 0;
        for (qint64 value : column) // non-const: still no copy
            sum += value;
        QCOMPARE(sum, qint64(23));
        QCOMPARE(column[2], qint64(11));
        QCOMPARE(column.back(), qint64(11));
        QCOMPARE(std::span<const qint64>(column).size(), size_t(3));
        const Column<qint64> copy = column;
        QCOMPARE(copy.data(), image.data());

        column.push_back(13);
        QVERIFY(!column.isInPlace());
        QVERIFY(column.data() != image.data());
        QCOMPARE(std::vector<qint64>(column.begin(), column.end()),
                 (std::vector<qint64>{5, 7, 11, 13}));
        QCOMPARE(image, (std::vector<qint64>{5, 7, 11}));
        QCOMPARE(copy.data(), image.data());

        Column<qint64> empty;
        empty.keepInPlace({});
        QVERIFY(empty.isInPlace());
        QVERIFY(empty.empty());

        Column<qint64> moved = copy;
        const Column<qint64> taken = std::move(moved);
        QCOMPARE(taken.data(), image.data());
        QVERIFY(!moved.isInPlace()); // NOLINT(bugprone-use-after-move): what a move leaves
        QVERIFY(moved.empty());
    }

    // Each 16 MiB block of an image has a checksum of its own (they are checked side by side
    // as the image is read): a changed byte fails its block and no other; a changed, cut or
    // missing table leaves nothing past the header to trust.
    void eachBlockOfAnImageHasItsOwnChecksum()
    {
        const qint64 size = ImageWriter::blockSize * 5 / 2;
        QByteArray content(size, Qt::Uninitialized);
        char *bytes = content.data();
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char(i * 7 + i / 4096);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadWrite));
        ImageWriter out(&buffer);
        // In pieces that straddle the blocks' ends, as an image's columns do.
        for (qint64 at = 0; at < size; at += 5'000'000)
            out.bytes(content.constData() + at, std::min<qint64>(5'000'000, size - at));
        out.finish();
        QVERIFY(out.ok());
        const QByteArray image = buffer.data();
        QCOMPARE(image.size(), size + 5 * qsizetype(sizeof(quint64))); // 3 blocks, count, own

        {
            ImageReader in(image.constData(), image.size());
            QVERIFY(in.hasChecksums());
            QCOMPARE(in.blockCount(), 3);
            for (int block = 0; block < 3; ++block)
                QVERIFY(in.blockIntact(block));
            QVERIFY(!in.blockIntact(3));
            QCOMPARE(in.bytesLeft(), quint64(size));
            QByteArray read(size, Qt::Uninitialized);
            QVERIFY(in.bytes(read.data(), size));
            QVERIFY(in.atEnd());
            QCOMPARE(read, content);
            QVERIFY(!in.bytes(read.data(), 1)); // the table is never content
        }
        {
            QByteArray changed = image;
            changed[ImageWriter::blockSize + 12345] = char(changed[ImageWriter::blockSize + 12345] ^ 4);
            ImageReader in(changed.constData(), changed.size());
            QVERIFY(in.hasChecksums());
            QVERIFY(in.blockIntact(0));
            QVERIFY(!in.blockIntact(1));
            QVERIFY(in.blockIntact(2));
        }
        for (const qsizetype at : {image.size() - 1, image.size() - 9, size + 3}) {
            QByteArray changed = image;
            changed[at] = char(changed[at] ^ 1);
            QVERIFY2(!ImageReader(changed.constData(), changed.size()).hasChecksums(),
                     qPrintable(QString::number(at)));
        }
        for (const qsizetype cut : {1, 8, 24}) {
            const QByteArray shorter = image.chopped(cut);
            ImageReader in(shorter.constData(), shorter.size());
            QVERIFY(!in.hasChecksums());
            QCOMPARE(in.blockCount(), 0);
        }
        const QByteArray longer = image + QByteArray(8, '\0');
        QVERIFY(!ImageReader(longer.constData(), longer.size()).hasChecksums());

        QBuffer nothing;
        QVERIFY(nothing.open(QIODevice::ReadWrite));
        ImageWriter empty(&nothing);
        empty.finish();
        ImageReader in(nothing.data().constData(), nothing.size());
        QVERIFY(in.hasChecksums());
        QCOMPARE(in.blockCount(), 0);
        QVERIFY(in.atEnd());
    }

    void anImageIsKeptInTheBackground()
    {
        const QString file = source(QStringLiteral("background.json"));
        const DatasetCache cache(path(QStringLiteral("background-cache")));
        QVERIFY(CachedLoad::load({file}, {}, nullptr, &cache).result.ok());
        CachedLoad::waitForBackgroundWrites();
        QCOMPARE(images(cache).size(), 1);
        QVERIFY(CachedLoad::load({file}, {}, nullptr, &cache).fromCache);
    }

    void aFolderIsCachedAsItsFiles()
    {
        const QString folder = path(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        source(QStringLiteral("folder/a.json"));
        const DatasetCache cache(path(QStringLiteral("folder-cache")));
        QVERIFY(!CachedLoad::load({folder}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
        QVERIFY(CachedLoad::load({folder}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
        // A new file in the folder is a new dataset (here: a duplicate id, so an error).
        source(QStringLiteral("folder/b.json"));
        const CachedLoad::Outcome grown =
            CachedLoad::load({folder}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QVERIFY(!grown.fromCache);
        QVERIFY(!grown.result.ok());
    }

    void aBadImageIsIgnoredAndTheFilesRead_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("cut to its header") << QStringLiteral("header");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("another format version") << QStringLiteral("version");
        QTest::newRow("another Tideline version") << QStringLiteral("app");
        QTest::newRow("a byte changed") << QStringLiteral("corrupt");
        QTest::newRow("the checksum changed") << QStringLiteral("checksum");
        QTest::newRow("not an image") << QStringLiteral("garbage");
    }
    void aBadImageIsIgnoredAndTheFilesRead()
    {
        QFETCH(QString, damage);
        const QString file = source(QStringLiteral("damaged-%1.json").arg(damage));
        const DatasetCache cache(path(QStringLiteral("damaged-cache-%1").arg(damage)));
        const CachedLoad::Outcome first =
            CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QCOMPARE(images(cache).size(), 1);
        const QString image = cache.folder() + u'/' + images(cache).first();
        QByteArray bytes = readFile(image);
        QVERIFY(bytes.size() > 200);
        if (damage == QLatin1String("truncate"))
            bytes.truncate(bytes.size() / 2);
        else if (damage == QLatin1String("header"))
            bytes.truncate(20);
        else if (damage == QLatin1String("empty"))
            bytes.clear();
        else if (damage == QLatin1String("version"))
            bytes[8] = char(bytes[8] + 1); // the format version follows the 8-byte magic
        else if (damage == QLatin1String("app"))
            bytes[20] = char(bytes[20] + 1); // in the version string after the byte-order mark
        else if (damage == QLatin1String("corrupt"))
            bytes[bytes.size() * 2 / 3] = char(bytes[bytes.size() * 2 / 3] ^ 0x20);
        else if (damage == QLatin1String("checksum"))
            bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 1);
        else
            bytes = QByteArray(bytes.size(), 'x');
        QVERIFY(writeFile(image, bytes));

        const CachedLoad::Outcome second =
            CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QVERIFY(!second.fromCache);
        QVERIFY(second.result.ok());
        compareDatasets(*first.result.dataset, *second.result.dataset);
        compareMessages(first.result.messages, second.result.messages);
        // Rebuilt: the next open reads the new image.
        QVERIFY(CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
    }

    void changedFilesAreReadAgain_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("size") << QStringLiteral("size");
        QTest::newRow("modification time") << QStringLiteral("mtime");
        QTest::newRow("content, same size and time") << QStringLiteral("content");
    }
    void changedFilesAreReadAgain()
    {
        QFETCH(QString, change);
        const QString file = source(QStringLiteral("changed-%1.json").arg(change));
        const DatasetCache cache(path(QStringLiteral("changed-cache-%1").arg(change)));
        QVERIFY(CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now).result.ok());
        QByteArray contents = boundedDataset();
        QString title = QStringLiteral("Kings and eras");
        const QDateTime modified = QFileInfo(file).lastModified();
        if (change == QLatin1String("size")) {
            contents.replace("Kings and eras", "Kings, queens and eras");
            title = QStringLiteral("Kings, queens and eras");
        } else if (change == QLatin1String("content")) {
            contents.replace("Kings and eras", "Kings and errs");
            title = QStringLiteral("Kings and errs");
        }
        if (change != QLatin1String("mtime"))
            QVERIFY(writeFile(file, contents));
        {
            QFile touched(file);
            QVERIFY(touched.open(QIODevice::ReadWrite));
            QVERIFY(touched.setFileTime(change == QLatin1String("mtime") ? modified.addSecs(-60)
                                                                         : modified,
                                        QFileDevice::FileModificationTime));
        }
        if (change == QLatin1String("content"))
            QCOMPARE(QFileInfo(file).size(), qint64(boundedDataset().size()));

        const CachedLoad::Outcome again =
            CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QVERIFY(!again.fromCache);
        QVERIFY(again.result.ok());
        QCOMPARE(again.result.dataset->title, title);
        // The new image replaced the old one.
        QCOMPARE(images(cache).size(), 1);
        QVERIFY(CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
    }

    void aFullDiskKeepsNoImageAndTheLoadSucceeds()
    {
        const QString file = source(QStringLiteral("full.json"));
        const DatasetCache cache(path(QStringLiteral("full-cache")));
        DatasetCache::setDiskFullForTesting(true);
        const CachedLoad::Outcome outcome =
            CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        DatasetCache::setDiskFullForTesting(false);
        QVERIFY(outcome.result.ok());
        QCOMPARE(outcome.result.dataset->events.count(), 3);
        QVERIFY2(outcome.notes.join(u'\n').contains(QLatin1String("not kept")),
                 qPrintable(outcome.notes.join(u'\n')));
        QVERIFY(images(cache).isEmpty());
        QVERIFY(QDir(cache.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no leftovers
        QVERIFY(!CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
    }

    void anUnwritableCacheFolderLeavesTheLoadAlone()
    {
        // Tests run as root in CI, where permissions stop nothing: a folder inside a regular
        // file can never be made.
        const QString file = source(QStringLiteral("unwritable.json"));
        const QString notAFolder = source(QStringLiteral("not-a-folder"), "plain text");
        const DatasetCache cache(notAFolder + QStringLiteral("/cache"));
        for (int i = 0; i < 2; ++i) {
            const CachedLoad::Outcome outcome =
                CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now);
            QVERIFY(outcome.result.ok());
            QVERIFY(!outcome.fromCache);
            QVERIFY(outcome.notes.join(u'\n').contains(QLatin1String("not kept")));
        }
        QCOMPARE(readFile(notAFolder), QByteArray("plain text"));
    }

    void theOldestImagesGoFirstBeyondTheBound()
    {
        const QString a = source(QStringLiteral("bound-a.json"));
        const QString b = source(QStringLiteral("bound-b.json"));
        const QString c = source(QStringLiteral("bound-c.json"));
        const DatasetCache unbounded(path(QStringLiteral("bound-cache")));
        QVERIFY(CachedLoad::load({a}, {}, nullptr, &unbounded, CachedLoad::Keep::Now).result.ok());
        const qint64 oneImage = unbounded.totalBytes();
        QVERIFY(oneImage > 0);
        // Room for two images.
        const DatasetCache cache(unbounded.folder(), oneImage * 2 + oneImage / 2);
        QVERIFY(CachedLoad::load({b}, {}, nullptr, &cache, CachedLoad::Keep::Now).result.ok());
        // a is used again (a reopen counts as use), so b is now the oldest.
        for (const QString &image : images(cache)) {
            QFile file(cache.folder() + u'/' + image);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600),
                             QFileDevice::FileModificationTime);
        }
        QVERIFY(CachedLoad::load({a}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
        QVERIFY(CachedLoad::load({c}, {}, nullptr, &cache, CachedLoad::Keep::Now).result.ok());
        QCOMPARE(images(cache).size(), 2);
        QVERIFY(cache.totalBytes() <= cache.maxBytes());
        QVERIFY(CachedLoad::load({a}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
        QVERIFY(CachedLoad::load({c}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
        QVERIFY(!CachedLoad::load({b}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
    }

    void clearEmptiesTheCache()
    {
        const QString file = source(QStringLiteral("clear.json"));
        const DatasetCache cache(path(QStringLiteral("clear-cache")));
        QVERIFY(CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now).result.ok());
        int removed = 0;
        QCOMPARE(cache.clear(&removed), QString());
        QCOMPARE(removed, 1);
        QVERIFY(images(cache).isEmpty());
        QVERIFY(!CachedLoad::load({file}, {}, nullptr, &cache, CachedLoad::Keep::Now).fromCache);
    }

    void builtInFilesAreNeverCached()
    {
        const DatasetCache cache(path(QStringLiteral("resource-cache")));
        const CachedLoad::Outcome outcome = CachedLoad::load(
            {QStringLiteral(":/data/sample.json")}, {}, nullptr, &cache, CachedLoad::Keep::Now);
        QVERIFY(outcome.result.ok());
        QVERIFY(!QDir(cache.folder()).exists());
    }

    // The program itself, in fresh processes: the second convert reads the image (--verbose says
    // so), --no-cache does not, `cache clear` empties it, all under $XDG_CACHE_HOME.
    void theCommandsShareTheCacheAcrossProcesses()
    {
        const QString file = source(QStringLiteral("commands.json"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("xdg-cache")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        const auto run = [&](const QStringList &arguments, QString *err) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(TIDELINE_BINARY), arguments);
            if (!process.waitForFinished(60000))
                return -1;
            *err = QString::fromUtf8(process.readAllStandardError());
            return process.exitCode();
        };
        const auto convert = [&](const QStringList &extra, QString *err) {
            return run(QStringList{QStringLiteral("convert"), QStringLiteral("--force"),
                                   QStringLiteral("--verbose"), QStringLiteral("--output"),
                                   path(QStringLiteral("commands-out.json"))}
                           + extra + QStringList{file},
                       err);
        };
        QString err;
        QCOMPARE(convert({}, &err), 0);
        QVERIFY2(err.contains(QLatin1String("cache: kept")), qPrintable(err));
        QCOMPARE(convert({}, &err), 0);
        QVERIFY2(err.contains(QLatin1String("read the dataset's image")), qPrintable(err));
        // The warnings of the files, again, from the image.
        QCOMPARE(err.count(QLatin1String("warning:")), 2);
        QCOMPARE(convert({QStringLiteral("--no-cache")}, &err), 0);
        QVERIFY2(err.contains(QLatin1String("cache: off")), qPrintable(err));
        QCOMPARE(err.count(QLatin1String("warning:")), 2);
        QCOMPARE(run({QStringLiteral("cache"), QStringLiteral("clear")}, &err), 0);
        QCOMPARE(convert({}, &err), 0);
        QVERIFY2(err.contains(QLatin1String("cache: not used")), qPrintable(err));
        // Without --verbose the cache says nothing.
        QCOMPARE(run({QStringLiteral("convert"), QStringLiteral("--force"), QStringLiteral("--output"),
                      path(QStringLiteral("commands-out.json")), file},
                     &err),
                 0);
        QVERIFY2(!err.contains(QLatin1String("cache:")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
