// SPDX-License-Identifier: MIT
#include "archivelanesource.h"

#include "actorcolors.h"
#include "clickhouseclient.h"
#include "datasetvocabulary.h"
#include "partialdate.h"
#include "rowbinary.h"
#include "workerpool.h"

#include <QFutureWatcher>
#include <QSet>

#include <QPointer>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

namespace {

constexpr int firstDayLevel = 17; // 2^16 s is the last width under a day
constexpr int maxLevel = 50;      // 2048 buckets of 2^33 days outspan the Big Bang

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 tileSpan(int level)
{
    return ArchiveLaneSource::tileBuckets * ArchiveLaneSource::bucketWidth(level);
}

} // namespace

size_t ArchiveLaneSource::TileKeyHash::operator()(const TileKey &key) const
{
    size_t h = std::hash<qint64>()(key.index);
    h = h * 31 + size_t(key.level);
    h = h * 31 + size_t(key.lane + 1);
    return h * 2 + size_t(key.kind);
}

ArchiveLaneSource::ArchiveLaneSource(ArchiveAddress address, QObject *parent)
    : QObject(parent), m_address(std::move(address)),
      m_client(new ClickHouseClient(m_address, this))
{
    // A tile over decades of a hundred million events can take the server minutes when it is
    // busy; a tile no longer needed is cancelled instead (setFilter, open).
    m_client->setTimeout(0);
}

ArchiveLaneSource::~ArchiveLaneSource() = default;

qint64 ArchiveLaneSource::bucketWidth(int level)
{
    return level < firstDayLevel ? qint64(1) << level
                                 : qint64(86'400) << (level - firstDayLevel);
}

int ArchiveLaneSource::levelFor(qint64 t0, qint64 t1)
{
    const double width = std::max(1.0, double(t1) - double(t0)) / 4096.0;
    int level = 0;
    while (level < maxLevel && double(bucketWidth(level + 1)) <= width)
        ++level;
    return level;
}

void ArchiveLaneSource::open(qint64 longestEvent)
{
    // A filter's lanes are a subset of the archive's: the bound holds for every filter, so only
    // asking again (F5: the archive may have grown) asks for it again. It takes a full scan of
    // two columns (0.8 s at a hundred million events), so the lanes never wait for it.
    if (!m_longestRequest.isEmpty())
        m_client->cancel(m_longestRequest);
    m_longestEvent = longestEvent;
    if (longestEvent >= 0) {
        reopen();
        return;
    }
    m_longestRequest = m_client->send(
        ArchiveQuery::longestEvent(m_address), [this](const QByteArray &body, const QString &error) {
            m_longestRequest.clear();
            const auto longest = ArchiveQuery::readLongestEvent(body);
            if (error.isEmpty() && longest)
                m_longestEvent = *longest;
        });
    reopen();
}

void ArchiveLaneSource::reopen()
{
    ++m_generation;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        m_client->cancel(it.key());
    m_inFlight.clear();
    m_waiting.clear();
    m_requested.clear();
    m_askedIn.clear();
    m_tiles.clear();
    m_recent.clear();
    m_residentCount = 0;
    m_rebuildPending = false;
    m_state = State::Opening;
    m_problem.clear();

    // Three questions at once; the lanes are made when all three have answered.
    struct Answers
    {
        QByteArray actors, counts, span;
        int left = 3;
        QString error;
    };
    auto answers = std::make_shared<Answers>();
    const quint64 generation = m_generation;
    const auto collect = [this, answers, generation](QByteArray Answers::*slot) {
        return [this, answers, generation, slot](const QByteArray &body, const QString &error) {
            if (generation != m_generation)
                return;
            (*answers).*slot = body;
            if (answers->error.isEmpty())
                answers->error = error;
            if (--answers->left > 0)
                return;
            if (!answers->error.isEmpty()) {
                fail(answers->error);
                return;
            }
            const auto span = ArchiveQuery::readSpan(answers->span);
            if (span) {
                m_earliest = span->first;
                m_latest = span->second;
            }
            lanesArrived(answers->actors, answers->counts);
        };
    };
    m_client->send(ArchiveQuery::actors(m_address), collect(&Answers::actors));
    m_client->send(ArchiveQuery::actorCounts(m_address, m_filter), collect(&Answers::counts));
    m_client->send(ArchiveQuery::span(m_address, m_filter), collect(&Answers::span));
}

void ArchiveLaneSource::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
    reopen();
}

void ArchiveLaneSource::fail(const QString &problem)
{
    m_state = State::Failed;
    m_problem = problem;
    emit failed(problem);
}

void ArchiveLaneSource::lanesArrived(const QByteArray &actorRows, const QByteArray &countRows)
{
    const auto counts = ArchiveQuery::readActorCounts(countRows);
    if (!counts) {
        fail(tr("the archive at %1 answered with rows that cannot be read")
                 .arg(m_address.toString()));
        return;
    }
    struct Actor
    {
        QString name, kind;
    };
    QHash<QString, Actor> actors;
    RowBinaryReader reader(actorRows);
    while (!reader.atEnd()) {
        const QString id = reader.string();
        Actor actor{reader.string(), reader.string()};
        reader.string(); // parent: lanes are not nested yet
        if (reader.failed())
            break;
        actors.insert(id, actor);
    }

    // Busiest first; an actor the actors table does not name is shown by its id.
    std::vector<std::pair<QString, quint64>> lanes = *counts;
    std::stable_sort(lanes.begin(), lanes.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    m_lanes.clear();
    m_actorIds.clear();
    m_laneOfActor.clear();
    m_laneCounts.clear();
    for (const auto &[id, count] : lanes) {
        LaneInfo info;
        const Actor actor = actors.value(id);
        info.title = actor.name.isEmpty() ? id : actor.name;
        const QByteArray kindKey = actor.kind.toUtf8();
        const std::optional<ActorKind> kind = Vocabulary::actorKindFromKey(
            std::string_view(kindKey.constData(), size_t(kindKey.size())));
        info.subtitle = kind ? Vocabulary::label(*kind) : QString();
        info.color = laneColor(id, m_lanes.size());
        m_laneOfActor.insert(id, int(m_lanes.size()));
        m_actorIds.append(id);
        m_laneCounts.push_back(count);
        m_lanes.push_back(std::move(info));
    }
    m_store = EventStore();
    m_store.finish(laneCount(), {}, {});
    m_indexOfId.clear();
    m_newIndexOfOld.assign(m_eventAt.size(), -1);
    m_eventAt.clear();
    m_storeHolds.clear();
    m_state = State::Ready;
    emit eventsReplaced();
    emit lanesChanged();
}

QColor ArchiveLaneSource::laneColor(const QString &actorId, size_t lane) const
{
    return m_actorColors.value(actorId,
                               QColor::fromRgb(ActorColors::palette[lane % ActorColors::palette.size()]));
}

void ArchiveLaneSource::setActorColors(QHash<QString, QColor> colors)
{
    m_actorColors = std::move(colors);
    if (m_lanes.empty())
        return;
    for (size_t lane = 0; lane < m_lanes.size(); ++lane)
        m_lanes[lane].color = laneColor(m_actorIds[qsizetype(lane)], lane);
    emit lanesChanged();
}

const ArchiveLaneSource::Tile *ArchiveLaneSource::tile(const TileKey &key) const
{
    const auto found = m_tiles.find(key);
    if (found != m_tiles.end()) {
        m_recent.splice(m_recent.begin(), m_recent, found->second.use);
        found->second.round = m_round;
        return &found->second;
    }
    if (m_state != State::Ready)
        return nullptr;
    m_askedIn[key] = m_round; // still wanted by the view shown now
    if (std::find(m_requested.begin(), m_requested.end(), key) != m_requested.end())
        return nullptr;
    m_requested.push_back(key);
    m_waiting.push_back(key);
    if (m_waiting.size() == 1)
        QMetaObject::invokeMethod(const_cast<ArchiveLaneSource *>(this),
                                  [this] { sendWaiting(); }, Qt::QueuedConnection);
    return nullptr;
}

bool ArchiveLaneSource::isStale(const TileKey &key) const
{
    const auto asked = m_askedIn.find(key);
    return asked == m_askedIn.end() || asked->second < m_round;
}

void ArchiveLaneSource::forget(const TileKey &key) const
{
    m_requested.erase(std::remove(m_requested.begin(), m_requested.end(), key), m_requested.end());
    m_askedIn.erase(key);
}

void ArchiveLaneSource::sendWaiting() const
{
    auto *self = const_cast<ArchiveLaneSource *>(this);
    // What no view since the last one began has asked for is not wanted any more: a request
    // not sent yet is dropped, one the server is working on is cancelled there (KILL QUERY), so
    // that a pan over decades does not leave the server busy with the windows passed on the way.
    const auto stale = [this](const TileKey &key) { return isStale(key); };
    for (const TileKey &key : m_waiting) {
        if (stale(key))
            forget(key);
    }
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(), stale), m_waiting.end());
    if (!m_waiting.empty()) {
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if (!stale(it.value())) {
                ++it;
                continue;
            }
            m_client->cancel(it.key());
            forget(it.value());
            it = m_inFlight.erase(it);
        }
    }
    while (m_inFlight.size() < maxRequestsInFlight && !m_waiting.empty()) {
        // Counts before events: a lane's counts say whether its events are wanted at all. Then
        // the newest first: what the view asked for last is what it shows now.
        auto next = std::find_if(m_waiting.rbegin(), m_waiting.rend(), [](const TileKey &key) {
            return key.kind == Kind::Counts;
        });
        if (next == m_waiting.rend())
            next = m_waiting.rbegin();
        const TileKey key = *next;
        m_waiting.erase(std::next(next).base());
        const qint64 start = key.index * tileSpan(key.level);
        const qint64 end = start + tileSpan(key.level);
        const QByteArray sql = key.kind == Kind::Counts
            ? ArchiveQuery::laneCountsPerColumn(m_address, m_filter, start,
                                                bucketWidth(key.level), tileBuckets)
            : ArchiveQuery::eventsMeeting(m_address, m_filter, m_actorIds.value(key.lane), start,
                                          end, tileEventLimit, std::nullopt, m_longestEvent);
        const quint64 generation = m_generation;
        const QString id = m_client->send(
            sql, [self, key, generation](const QByteArray &body, const QString &error) {
                self->arrived(key, generation, body, error);
            });
        m_inFlight.insert(id, key);
    }
}

void ArchiveLaneSource::arrived(const TileKey &key, quint64 generation, const QByteArray &body,
                                const QString &error)
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it.value() == key) {
            m_inFlight.erase(it);
            break;
        }
    }
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        forget(key);
        fail(error);
        return;
    }
    // Reading a tile of every lane over decades is hundreds of thousands of rows: not on the
    // window's thread. The worker gets its own copy of the lanes' index (implicitly shared).
    ++m_reading;
    m_readingEvents += key.kind == Kind::Events ? 1 : 0;
    auto *watcher = new QFutureWatcher<Tile>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key, generation] {
        Tile tile = watcher->future().takeResult();
        watcher->deleteLater();
        --m_reading;
        m_readingEvents -= key.kind == Kind::Events ? 1 : 0;
        tileRead(key, generation, std::move(tile));
    });
    watcher->setFuture(WorkerPool::run(
        WorkerPool::instance(), [kind = key.kind, body, lanes = m_laneOfActor] {
            return readTile(kind, body, lanes);
        }));
    sendWaiting();
}

ArchiveLaneSource::Tile ArchiveLaneSource::readTile(Kind kind, const QByteArray &body,
                                                    const QHash<QString, int> &lanes)
{
    Tile tile;
    if (kind == Kind::Counts) {
        const auto rows = ArchiveQuery::readLaneCounts(body);
        tile.readable = rows.has_value();
        if (!rows)
            return tile;
        for (const ArchiveQuery::LaneCount &row : *rows) {
            const int lane = lanes.value(row.actor, -1);
            if (lane >= 0 && row.column >= 0 && row.column < tileBuckets)
                tile.counts[lane].emplace_back(quint32(row.column),
                                               quint32(std::min<quint64>(row.count, UINT32_MAX)));
        }
        return tile;
    }
    auto events = ArchiveQuery::readEvents(body);
    tile.readable = events.has_value();
    if (!events)
        return tile;
    tile.complete = events->size() < size_t(tileEventLimit);
    tile.events = std::make_shared<const Events>(std::move(*events));
    return tile;
}

bool ArchiveLaneSource::eventsOutstanding() const
{
    const auto isEvents = [](const TileKey &k) { return k.kind == Kind::Events; };
    return m_readingEvents > 0 || std::any_of(m_waiting.begin(), m_waiting.end(), isEvents)
        || std::any_of(m_inFlight.cbegin(), m_inFlight.cend(), isEvents);
}

void ArchiveLaneSource::tileRead(const TileKey &key, quint64 generation, Tile tile)
{
    if (generation != m_generation) {
        sendWaiting();
        return;
    }
    forget(key);
    if (!tile.readable) {
        fail(tr("the archive at %1 answered with rows that cannot be read")
                 .arg(m_address.toString()));
        return;
    }
    if (tile.events) {
        m_residentCount += qsizetype(tile.events->size());
        m_rebuildPending = true;
    }
    m_recent.push_front(key);
    tile.use = m_recent.begin();
    tile.round = m_round; // asked for by a view that is most likely still the one shown
    m_tiles.insert_or_assign(key, std::move(tile));
    // The least recently used go first, but never a tile the view shown now uses: when what one
    // view needs is more than the bound, evicting it would only ask for it again, forever.
    for (auto it = m_recent.end(); it != m_recent.begin()
         && (m_tiles.size() > size_t(maxTiles) || m_residentCount > m_maxResident);) {
        --it;
        const auto found = m_tiles.find(*it);
        if (found->second.round == m_round)
            continue;
        if (found->second.events) {
            m_residentCount -= qsizetype(found->second.events->size());
            m_rebuildPending = true;
        }
        m_tiles.erase(found);
        it = m_recent.erase(it);
    }
    sendWaiting();
    // Counts are drawn as they come; the event store is rebuilt once the event tiles asked for
    // have all come, not once per tile.
    if (m_rebuildPending && !eventsOutstanding())
        rebuildStore();
    emit tilesArrived();
}

void ArchiveLaneSource::rebuildStore()
{
    if (m_rebuilding)
        return; // storeBuilt() starts the next one
    m_rebuildPending = false;
    m_rebuilding = true;
    std::vector<std::shared_ptr<const Events>> tiles;
    for (const auto &[key, tile] : m_tiles) {
        if (tile.events)
            tiles.push_back(tile.events);
    }
    auto *watcher = new QFutureWatcher<Store>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_generation] {
                Store store = watcher->future().takeResult();
                watcher->deleteLater();
                storeBuilt(generation, std::move(store));
            });
    watcher->setFuture(WorkerPool::run(
        WorkerPool::instance(),
        [tiles = std::move(tiles), lanes = m_laneOfActor, count = laneCount(),
         old = m_indexOfId, oldCount = m_store.count()]() mutable {
            return buildStore(std::move(tiles), lanes, count, old, oldCount);
        }));
}

void ArchiveLaneSource::storeBuilt(quint64 generation, Store store)
{
    m_rebuilding = false;
    if (generation == m_generation && m_state == State::Ready) {
        // Moves, no copies: the hand-over costs the window's thread next to nothing.
        m_store = std::move(store.events);
        m_indexOfId = std::move(store.indexOfId);
        m_eventAt = std::move(store.eventAt);
        m_storeHolds = std::move(store.holds);
        m_newIndexOfOld = std::move(store.newIndexOfOld);
        for (auto &[key, tile] : m_tiles) {
            tile.indexed = false;
            if (!tile.events)
                continue;
            const auto indices = store.indicesOf.find(tile.events.get());
            if (indices != store.indicesOf.end()) {
                tile.indices = std::move(indices->second);
                tile.indexed = true;
            }
        }
        emit eventsReplaced();
        emit tilesArrived();
    }
    if (m_rebuildPending && !eventsOutstanding())
        rebuildStore();
}

ArchiveLaneSource::Store ArchiveLaneSource::buildStore(std::vector<std::shared_ptr<const Events>> tiles,
                                                       const QHash<QString, int> &lanes,
                                                       int laneCount,
                                                       const QHash<QString, quint32> &oldIndexOfId,
                                                       int oldCount)
{
    Store result;
    // An event in tiles of two lanes, or of two levels, is one event.
    QSet<QString> seen;
    std::vector<const ArchiveEvent *> order;
    for (const auto &tile : tiles) {
        for (const ArchiveEvent &event : *tile) {
            if (!seen.contains(event.id)) {
                seen.insert(event.id);
                order.push_back(&event);
            }
        }
    }
    std::vector<quint32> actors;
    for (const ArchiveEvent *event : order) {
        const QByteArray id = event->id.toUtf8();
        const QByteArray title = event->title.toUtf8();
        actors.clear();
        for (const QString &actor : event->actors) {
            const int lane = lanes.value(actor, -1);
            if (lane >= 0)
                actors.push_back(quint32(lane));
        }
        EventStore::NewEvent added;
        added.id = std::string_view(id.constData(), size_t(id.size()));
        added.title = std::string_view(title.constData(), size_t(title.size()));
        added.start = PartialDate::parse(event->start);
        added.end = PartialDate::parse(event->end);
        added.actors = actors;
        result.events.append(added);
    }
    std::vector<quint32> actorOfKey(static_cast<size_t>(laneCount));
    std::iota(actorOfKey.begin(), actorOfKey.end(), 0u);
    const std::vector<quint32> permutation = result.events.finish(laneCount, actorOfKey, {});
    result.eventAt.resize(permutation.size());
    result.indexOfId.reserve(qsizetype(permutation.size()));
    for (size_t index = 0; index < permutation.size(); ++index) {
        const ArchiveEvent *event = order[permutation[index]];
        result.eventAt[index] = event;
        result.indexOfId.insert(event->id, quint32(index));
    }
    // What a lane draws is looked up per frame: give each tile its events' indices now, on the
    // worker, rather than hashing their ids in every paint.
    for (const auto &tile : tiles) {
        std::vector<quint32> &indices = result.indicesOf[tile.get()];
        indices.reserve(tile->size());
        for (const ArchiveEvent &event : *tile)
            indices.push_back(result.indexOfId.value(event.id));
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    }
    result.holds = std::move(tiles);
    result.newIndexOfOld.assign(size_t(std::max(0, oldCount)), -1);
    for (auto it = oldIndexOfId.cbegin(); it != oldIndexOfId.cend(); ++it) {
        if (it.value() < result.newIndexOfOld.size())
            result.newIndexOfOld[it.value()] = qint32(result.indexOfId.value(it.key(), quint32(-1)));
    }
    return result;
}

const ArchiveEvent *ArchiveLaneSource::event(int index) const
{
    return index >= 0 && size_t(index) < m_eventAt.size() ? m_eventAt[size_t(index)] : nullptr;
}

template<typename Visit>
bool ArchiveLaneSource::forEachBucket(int lane, int level, qint64 t0, qint64 t1,
                                      Visit visit) const
{
    if (t1 <= t0)
        return true;
    const qint64 span = tileSpan(level);
    bool complete = true;
    for (qint64 index = floorDiv(t0, span); index <= floorDiv(t1 - 1, span); ++index) {
        const Tile *found = tile({-1, level, index, Kind::Counts});
        if (!found) {
            complete = false;
            continue;
        }
        const auto counts = found->counts.find(lane);
        if (counts == found->counts.end())
            continue;
        const qint64 start = index * span;
        for (const auto &[bucket, count] : counts->second) {
            const qint64 bucketStart = start + qint64(bucket) * bucketWidth(level);
            if (bucketStart >= t0 && bucketStart < t1)
                visit(bucketStart, count);
        }
    }
    return complete;
}

qint64 ArchiveLaneSource::countStarting(int lane, qint64 t0, qint64 t1) const
{
    qint64 total = 0;
    const bool known = forEachBucket(lane, levelFor(t0, t1), t0, t1,
                                     [&](qint64, quint32 count) { total += count; });
    return known ? total : 0; // a lower bound: nothing is known yet
}

qint64 ArchiveLaneSource::countCandidates(int lane, qint64 t0, qint64 t1) const
{
    qint64 total = 0;
    const bool known = forEachBucket(lane, levelFor(t0, t1), t0, t1,
                                     [&](qint64, quint32 count) { total += count; });
    // Until the counts are in, "too many to list": the lane shows counts (none yet) rather
    // than asking for events that may be millions.
    return known ? total : std::numeric_limits<qint64>::max();
}

void ArchiveLaneSource::visibleEvents(int lane, qint64 t0, qint64 t1,
                                      std::vector<quint32> *out) const
{
    out->clear();
    if (t1 <= t0 || lane < 0 || lane >= laneCount())
        return;
    const int level = levelFor(t0, t1);
    // Until the lane's counts are in, its events are not asked for: the counts may say there
    // are millions (the lane is drawn as counts), and a lane's events over decades are the
    // slowest question an archive is asked.
    if (!forEachBucket(lane, level, t0, t1, [](qint64, quint32) {}))
        return;
    const qint64 span = tileSpan(level);
    for (qint64 index = floorDiv(t0, span); index <= floorDiv(t1 - 1, span); ++index) {
        const Tile *found = tile({lane, level, index, Kind::Events});
        if (!found || !found->events)
            continue;
        if (found->indexed) {
            for (const quint32 index : found->indices) {
                if (m_store.beginSecond(int(index)) < t1 && m_store.endSecond(int(index)) > t0)
                    out->push_back(index);
            }
            continue;
        }
        for (const ArchiveEvent &event : *found->events) {
            const auto at = m_indexOfId.constFind(event.id);
            if (at == m_indexOfId.constEnd())
                continue; // arrived after the last rebuild
            const int index = int(*at);
            if (m_store.beginSecond(index) < t1 && m_store.endSecond(index) > t0)
                out->push_back(*at);
        }
    }
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
}

void ArchiveLaneSource::countPerColumn(int lane, const TimeMapping &mapping, int columns,
                                       std::vector<quint32> *out) const
{
    out->assign(size_t(std::max(0, columns)), 0);
    const qint64 t0 = mapping.start;
    const qint64 t1 = mapping.secondAt(columns);
    forEachBucket(lane, levelFor(t0, t1), t0, t1, [&](qint64 bucketStart, quint32 count) {
        const auto column = qint64(std::floor(mapping.xOf(bucketStart)));
        if (column >= 0 && column < columns)
            (*out)[size_t(column)] += count;
    });
}
