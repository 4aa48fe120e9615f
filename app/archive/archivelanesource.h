// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"
#include "archivequery.h"
#include "eventstore.h"
#include "lanesource.h"

#include <QHash>
#include <QObject>

#include <list>
#include <memory>
#include <unordered_map>
#include <vector>

class ClickHouseClient;

// The timeline's LaneSource over an archive too large for memory: one lane per actor with events
// under the filter, busiest first. It never waits. Every answer comes from tiles already fetched;
// what is missing is asked for in the background, and tilesArrived() says when to draw again.
//
// Time is cut into buckets (a power of two seconds, or of days), at most a 4096th of the window
// asked about (so no wider than a pixel of any window up to 4096 pixels), and buckets into tiles of
// `tileBuckets`: a window spans two or three tiles. A count tile holds, for every lane at once,
// how many events start in each bucket (one GROUP BY query); an event tile holds one lane's
// events meeting the tile's span (at most `tileEventLimit`). Tiles stay until the filter changes
// or there are more than `maxTiles`, or event tiles hold more than `maxResidentEvents` (least
// recently used dropped first), so panning back is instant and memory stays bounded whatever the
// archive's size. The events of the event tiles are the `events()` store the renderer reads.
//
// The window's thread only sends requests and swaps results in: each answer is read (RowBinary)
// on a worker, and the event store is rebuilt on a worker, once per batch of arrivals, from the
// events resident, then handed over whole.
//
// Counts are exact to the bucket: an event is counted in the pixel column its bucket starts in.
class ArchiveLaneSource : public QObject, public LaneSource
{
    Q_OBJECT

public:
    static constexpr int tileBuckets = 2048;
    static constexpr int tileEventLimit = 4096;
    static constexpr int maxTiles = 256;
    static constexpr qsizetype maxResidentEvents = 200'000;
    static constexpr int maxRequestsInFlight = 4;

    enum class State { Closed, Opening, Ready, Failed };

    explicit ArchiveLaneSource(ArchiveAddress address, QObject *parent = nullptr);
    ~ArchiveLaneSource() override;

    // Asks for the lanes (actors and their counts under the filter); lanesChanged() when they
    // are known, failed() if the archive cannot say. `longestEvent`: the bound another source
    // on the same archive has already asked for (longestEvent()), or -1 to ask for it.
    void open(qint64 longestEvent = -1);
    void setFilter(const ArchiveFilter &filter);
    const ArchiveFilter &filter() const { return m_filter; }
    // The colour each actor is drawn in elsewhere (the actors panel's, from the pushed dataset):
    // its lane takes it. Actors without one take the palette's colours in lane order.
    void setActorColors(QHash<QString, QColor> colors);
    const QHash<QString, QColor> &actorColors() const { return m_actorColors; }

    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    // Requests sent, waiting, or being read, and a store being rebuilt: zero when everything
    // asked for so far has arrived and is drawn from.
    int pendingRequests() const
    {
        return int(m_inFlight.size() + m_waiting.size()) + m_reading + (m_rebuilding ? 1 : 0);
    }
    // Events held by the event tiles: at most the bound, or the one tile that came last when it
    // alone holds more.
    qsizetype residentEvents() const { return m_residentCount; }
    void setMaxResidentEvents(qsizetype events) { m_maxResident = events; }
    // A view is about to ask for everything it shows (a paint): the tiles it asks for from now
    // on are never let go for the bounds until the next view begins.
    void beginView() { ++m_round; }
    // The archive's span, from the lanes' query: [earliest begin, latest end).
    qint64 earliestBegin() const { return m_earliest; }
    // The longest any event lasts, once the archive has said (asked once per open(), not per
    // filter): windows of events are asked with it, so that the server reads only the events
    // that begin less than that before the window. -1 until known.
    qint64 longestEvent() const { return m_longestEvent; }
    qint64 latestEnd() const { return m_latest; }
    // The actor id a lane stands for.
    QString laneActorId(int lane) const { return m_actorIds.value(lane); }
    // How many events of the lane pass the filter in all.
    quint64 laneEventCount(int lane) const { return m_laneCounts[size_t(lane)]; }

    // The events the renderer may be handed indices into (visibleEvents). The indices change
    // whenever eventsReplaced() is emitted: keep an event by its id, not its index.
    const EventStore &events() const { return m_store; }
    // At the last eventsReplaced(): for each index of the store before, its index now (-1: gone).
    const std::vector<qint32> &newIndexOfOld() const { return m_newIndexOfOld; }
    // The resident event at an index of events(), or null.
    const ArchiveEvent *event(int index) const;
    // The index in events() of a resident event, or -1.
    int indexOfEvent(const QString &id) const { return int(m_indexOfId.value(id, -1)); }
    // The lane that stands for an actor id, or -1.
    int laneOfActor(const QString &id) const { return m_laneOfActor.value(id, -1); }
    ClickHouseClient *client() const { return m_client; }

    // LaneSource
    int laneCount() const override { return int(m_lanes.size()); }
    const LaneInfo &laneInfo(int lane) const override { return m_lanes[size_t(lane)]; }
    qint64 countCandidates(int lane, qint64 t0, qint64 t1) const override;
    qint64 countStarting(int lane, qint64 t0, qint64 t1) const override;
    void visibleEvents(int lane, qint64 t0, qint64 t1, std::vector<quint32> *out) const override;
    void countPerColumn(int lane, const TimeMapping &mapping, int columns,
                        std::vector<quint32> *out) const override;

    // The level used for questions about [t0, t1), and its bucket width: 2^level seconds up to
    // 2^16, then 2^(level - 17) whole days, so that buckets of a day or more start at midnight
    // and the daily counts answer them.
    static int levelFor(qint64 t0, qint64 t1);
    static qint64 bucketWidth(int level);

signals:
    void lanesChanged();
    void tilesArrived();
    // events() was rebuilt: every index into it from before means nothing now.
    void eventsReplaced();
    void failed(const QString &problem);

private:
    enum class Kind : quint8 { Counts, Events };
    struct TileKey
    {
        int lane; // -1 for a count tile: it holds every lane
        int level; // bucketWidth(level) seconds a bucket
        qint64 index; // the tile covers [index, index + 1) * tileBuckets * 2^level
        Kind kind;
        bool operator==(const TileKey &) const = default;
    };
    struct TileKeyHash
    {
        size_t operator()(const TileKey &key) const;
    };
    using Events = std::vector<ArchiveEvent>;
    struct Tile
    {
        // Counts: per lane, (bucket within the tile, count) in bucket order, buckets with none
        // left out.
        std::unordered_map<int, std::vector<std::pair<quint32, quint32>>> counts;
        std::shared_ptr<const Events> events; // Events: in time order
        // Events: their indices in the store, once a store built with them is in (ascending,
        // so in time order); before that, looked up by id.
        std::vector<quint32> indices;
        bool indexed = false;
        bool complete = true;          // Events: false when the limit cut it short
        bool readable = true;          // the answer could be read
        std::list<TileKey>::iterator use; // place in m_recent
        quint64 round = 0;             // the last view that used it (beginView)
    };
    // The store the renderer reads, made on a worker from the event tiles' events; it keeps
    // those events alive for event().
    struct Store
    {
        EventStore events;
        QHash<QString, quint32> indexOfId;
        std::vector<const ArchiveEvent *> eventAt; // by index
        std::vector<std::shared_ptr<const Events>> holds;
        std::vector<qint32> newIndexOfOld;
        // Per event tile (by its events), the store's indices of its events, ascending.
        std::unordered_map<const Events *, std::vector<quint32>> indicesOf;
    };
    static Tile readTile(Kind kind, const QByteArray &body, const QHash<QString, int> &lanes);
    static Store buildStore(std::vector<std::shared_ptr<const Events>> tiles,
                            const QHash<QString, int> &lanes, int laneCount,
                            const QHash<QString, quint32> &oldIndexOfId, int oldCount);

    // The tile if it has arrived; else asks for it (once) and returns null. Const because the
    // renderer asks through const LaneSource calls; what it changes is the cache, not the answers.
    QColor laneColor(const QString &actorId, size_t lane) const;
    const Tile *tile(const TileKey &key) const;
    void sendWaiting() const;
    // Asked for by no view since the current one began (beginView).
    bool isStale(const TileKey &key) const;
    // No longer asked for, waiting or in flight.
    void forget(const TileKey &key) const;
    void arrived(const TileKey &key, quint64 generation, const QByteArray &body,
                 const QString &error);
    void tileRead(const TileKey &key, quint64 generation, Tile tile);
    bool eventsOutstanding() const;
    void rebuildStore();
    void storeBuilt(quint64 generation, Store store);
    void lanesArrived(const QByteArray &actors, const QByteArray &counts);
    void reopen(); // open() without asking for the longest event again
    void fail(const QString &problem);
    // Calls `visit(bucketStart, count)` for the lane's known buckets starting in [t0, t1) at
    // `level`; returns false when a tile in the range has not arrived.
    template<typename Visit>
    bool forEachBucket(int lane, int level, qint64 t0, qint64 t1, Visit visit) const;

    ArchiveAddress m_address;
    ClickHouseClient *m_client;
    ArchiveFilter m_filter;
    State m_state = State::Closed;
    QString m_problem;
    quint64 m_generation = 0;

    std::vector<LaneInfo> m_lanes;
    QStringList m_actorIds; // per lane
    QHash<QString, int> m_laneOfActor; // implicitly shared: workers read their own copy
    QHash<QString, QColor> m_actorColors;
    std::vector<quint64> m_laneCounts;
    qint64 m_earliest = 0;
    qint64 m_longestEvent = -1;
    QString m_longestRequest;
    qint64 m_latest = 0;

    mutable std::unordered_map<TileKey, Tile, TileKeyHash> m_tiles;
    mutable std::list<TileKey> m_recent; // most recently used first
    quint64 m_round = 0; // counts beginView()
    mutable std::vector<TileKey> m_waiting; // asked for, not yet sent (newest last: sent first)
    mutable QHash<QString, TileKey> m_inFlight; // by query id
    mutable std::vector<TileKey> m_requested;   // waiting or in flight, for "asked once"
    mutable std::unordered_map<TileKey, quint64, TileKeyHash> m_askedIn; // the view that last asked

    qsizetype m_residentCount = 0; // events in event tiles
    qsizetype m_maxResident = maxResidentEvents;
    int m_reading = 0;             // answers being read on a worker
    int m_readingEvents = 0;       // of which event tiles
    bool m_rebuilding = false;     // a store being built on a worker
    bool m_rebuildPending = false; // event tiles changed since the store was built
    QHash<QString, quint32> m_indexOfId; // into m_store
    std::vector<const ArchiveEvent *> m_eventAt; // by index into m_store
    std::vector<std::shared_ptr<const Events>> m_storeHolds;
    std::vector<qint32> m_newIndexOfOld;
    EventStore m_store;
};
