// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class EventStore;
class ImageReader;
class ImageWriter;

// A finished EventStore's columns in a dataset image, written and read whole (EventStore makes
// this class its friend: the columns stay private to everyone else). Reading checks every offset
// and index against the sizes it refers to, so that no image, however corrupt, makes a view read
// out of bounds later.
class EventStoreImage
{
public:
    static void write(ImageWriter &out, const EventStore &store);
    // References to actors, tags and sources must be below these counts. False when the image
    // is corrupt or truncated; *store is then unusable.
    static bool read(ImageReader &in, EventStore *store, quint32 actorCount, quint32 tagCount,
                     quint32 sourceCount);
};
