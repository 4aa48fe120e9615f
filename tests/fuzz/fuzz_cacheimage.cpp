// SPDX-License-Identifier: MIT
// The dataset cache's image reader (DatasetImage::read) on corrupt images. The first byte of the
// input chooses how the rest is used:
//   even: as a whole image file, header and checksum included (what a damaged cache file holds);
//   odd:  as the contents after the header, sealed with this version's header and a checksum
//         that matches (DatasetImage::sealForTesting), so that corrupt structure gets past the
//         checksum and reaches every check behind it.
// Checks: the reader never crashes, never reads out of bounds and never asks for more memory
// than the image could describe; an image it accepts is a consistent dataset: every reference
// in range, every date formats, every event's text and lists can be read.
#include "fuzzcommon.h"

#include "datasetimage.h"

#include <QByteArray>

#include <cstdint>

namespace {

const QByteArray key = QByteArrayLiteral("fuzz");

void walk(const Dataset &dataset)
{
    const int actors = int(dataset.actors.size());
    for (const Actor &actor : dataset.actors) {
        FUZZ_CHECK(actor.parent >= -1 && actor.parent < actors, "parent %d", actor.parent);
        FUZZ_CHECK(dataset.actorIndex(actor.id) >= 0, "actor id not indexed");
    }
    const EventStore &events = dataset.events;
    for (const Position &position : dataset.positions) {
        FUZZ_CHECK(position.actor >= -1 && position.actor < actors, "position actor");
        FUZZ_CHECK(position.event >= -1 && position.event < events.count(), "position event");
        (void)position.date.toIsoString();
    }
    // Sums only so that nothing is optimised away; unsigned, as the values may be anything.
    quint64 sum = 0;
    for (const Period &period : dataset.periods)
        sum += quint64(period.beginSecond()) + quint64(period.endSecond());
    for (int i = 0; i < events.count(); ++i) {
        sum += quint64(events.beginSecond(i)) + quint64(events.endSecond(i));
        sum += quint64(events.start(i).firstSecond()) + quint64(events.start(i).toIsoString().size());
        if (events.isRange(i))
            sum += quint64(events.end(i).endSecond());
        sum += events.startLatest(i).isValid() + events.endLatest(i).isValid();
        sum += events.id(i).size() + events.title(i).size() + events.description(i).size()
            + events.location(i).size();
        for (quint32 actor : events.actors(i))
            FUZZ_CHECK(actor < quint32(actors), "event actor %u", actor);
        for (quint32 tag : events.tags(i))
            FUZZ_CHECK(tag < quint32(dataset.tags.size()), "event tag %u", tag);
        for (quint32 source : events.sources(i))
            FUZZ_CHECK(source < quint32(dataset.sources.size()), "event source %u", source);
    }
    for (int actor = 0; actor < actors; ++actor) {
        for (quint32 event : events.eventsOfActor(actor))
            FUZZ_CHECK(event < quint32(events.count()), "actor event %u", event);
    }
    (void)sum;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QByteArray image = (data[0] & 1) ? DatasetImage::sealForTesting(rest, key) : rest;
    Dataset dataset;
    LoadMessages messages;
    const DatasetImage::Outcome outcome =
        DatasetImage::read(image.constData(), image.size(), key, &dataset, &messages);
    if (outcome == DatasetImage::Outcome::Read) {
        walk(dataset);
        for (const LoadMessage &message : messages)
            (void)message.toString();
    } else {
        FUZZ_CHECK(dataset.events.count() == 0 && messages.isEmpty(), "a refused image was half read");
    }
    return 0;
}
