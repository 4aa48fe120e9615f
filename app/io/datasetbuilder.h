// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "datasetcollections.h"
#include "eventidtable.h"
#include "jsonrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Turns the records of one or more files into a Dataset: checks every field, keeps ids unique
// across files, resolves references once all files are read, sorts and indexes the events.
// Problems are collected as BuilderMessages (file index and byte offset); DatasetLoader turns
// them into line and column. Used by DatasetLoader only; it knows nothing about files or bytes.
class DatasetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DatasetBuilder)

public:
    using Collection = DatasetCollection;

    struct Location
    {
        int file = -1;
        qint64 offset = -1; // -1: the file as a whole
    };
    struct Message
    {
        bool error = true;
        Location location;
        QString path;
        QString text;
        Location related;    // another place the message refers to, if any
        QString relatedText; // how the text introduces it: "first defined at"
        bool skippableRow = false; // about a row an import could leave out (see rowError)
    };

    static constexpr int errorCap = 100;
    // Parents above an actor, at most. Real hierarchies are a few levels deep (a minister in a
    // government in a state); the bound keeps every walk up or down the tree short.
    static constexpr int maxActorNesting = 32;

    // Sizes the stores for this many bytes of input, so that they grow without copying; with
    // `fillAhead`, the text pool is faulted in ahead of the appends on a thread of its own.
    void reserveForInput(qint64 bytes, bool fillAhead = true);
    // false: events' titles, descriptions and places are read and checked as always but not
    // stored (tideline validate, which needs the files checked, not a model to show: most of a
    // model's memory is that text). Set before the first record.
    void setKeepEventText(bool keep) { m_keepEventText = keep; }
    bool keepsEventText() const { return m_keepEventText; }
    // Top-level members other than the collections (format, title, description, unknown ones).
    void addTopLevelValue(int file, std::string_view key, const JsonRecord &value);
    // A top-level member that is a collection array begins at `offset` (its elements follow
    // through addRecord), so that a collection given twice is reported.
    void beginCollection(int file, Collection collection, qint64 offset);
    // One element of a collection array; index is its position in that array.
    void addRecord(int file, Collection collection, quint32 index, const JsonRecord &record);
    // The same for a record an importer made up from a code or a name (a country, a group, a
    // source URL): several imported files define it alike, so a second definition of its id is
    // left out instead of being an error (one the user wrote keeps its place, with a warning).
    void addSharedRecord(int file, Collection collection, quint32 index, const JsonRecord &record);
    // A file is done; checks that it declared its format.
    void endFile(int file);

    void error(Location location, const QString &path, const QString &text);
    void warning(Location location, const QString &path, const QString &text);
    // An error about one row of an imported file (a CSV line, a JSON item), which reading the
    // file again with "skip bad rows" would leave out instead of failing.
    void rowError(Location location, const QString &path, const QString &text);
    int errorCount() const { return m_errorCount; }
    qint64 eventCount() const { return m_dataset->events.count(); }
    bool tooManyErrors() const { return m_errorCount >= errorCap; }

    // Takes over everything `later` read: the files it read come after this builder's. Files
    // read in parallel each have their own builder; absorbing them in file order gives exactly
    // the dataset and the messages of reading them one after another.
    void absorb(DatasetBuilder &&later);
    // This builder read the events array of a file from its element `first` on, but numbered
    // them from 0 (another thread read the elements before, into another builder): renumbers
    // them, in their definitions, references and messages, before it is absorbed.
    void renumberEventsFrom(quint32 first);

    // Resolves references and builds the dataset. Null when there is any error.
    std::unique_ptr<Dataset> finish();
    const std::vector<Message> &messages() const { return m_messages; }

private:
    class FieldReader;
    struct Definition
    {
        int index = -1;
        Location location;
        quint32 element = 0; // index in its file's collection array, for the message path
        bool shared = false; // see addSharedRecord
    };
    // Keyed by std::string, looked up by string_view without allocating.
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    template<typename Value>
    using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
    using IdTable = StringMap<Definition>;
    // Where a reference stands, as "events[12].actors[3]", kept in parts: a million distinct
    // references should not cost a million strings.
    struct ElementPath
    {
        const char *collection = "";
        const char *field = "";
        quint32 record = 0;
        quint32 element = 0;
        QString toString() const;
    };
    // References to ids that may be defined in a later file: each distinct id gets a key, and
    // its first use is remembered for the "unknown id" message.
    struct ReferenceTable
    {
        StringMap<quint32> keys;
        std::vector<const std::string *> names; // the keys' own strings, which never move
        std::vector<Location> firstUse;
        std::vector<ElementPath> firstUsePath;
        quint32 key(std::string_view id, Location location, const ElementPath &path);
    };
    struct PendingActor
    {
        std::string parentId;
        Location parentLocation;
        QString parentPath;
    };
    struct PendingPosition
    {
        std::string actor, issue, source, event;
        Location actorAt, issueAt, sourceAt, eventAt;
        QString path;
    };

    // Events are not in m_ids but in m_eventIds (see EventIdTable).
    IdTable &idsOf(Collection collection) { return m_ids[size_t(collection)]; }
    const IdTable &idsOf(Collection collection) const { return m_ids[size_t(collection)]; }
    int recordCount(Collection collection) const;
    bool defineId(Collection collection, std::string_view id, const FieldReader &fields);
    // An event's id is defined in two steps: checked before the event is stored, then added to
    // m_eventIds once the store holds it (the table keeps no copy of it).
    bool checkNewEventId(std::string_view id, size_t hash, const FieldReader &fields);
    void addEventId(int event, size_t hash, const FieldReader &fields);
    std::string_view eventId(int event) const { return m_dataset->events.idUtf8(event); }
    int eventWithId(std::string_view id, size_t hash) const;
    Definition eventDefinition(int event) const;
    // The index of the record with this id in its collection, or -1.
    int indexOfId(Collection collection, std::string_view id) const;
    std::optional<Definition> definitionOf(Collection collection, std::string_view id) const;
    // Every id of a collection with its definition, in no particular order.
    void forEachId(Collection collection,
                   const std::function<void(std::string_view, const Definition &)> &visit) const;
    void absorbEventIds(DatasetBuilder &later, int firstEvent);
    void absorbIds(Collection collection, IdTable &&later);
    void dropSharedDuplicates(Collection collection, DatasetBuilder &later);
    void warnSharedDuplicate(Collection collection, std::string_view id, Location kept,
                             Location dropped, bool droppedIsShared);
    static std::vector<quint32> absorbReferences(ReferenceTable &table, ReferenceTable &&later);
    void addMessage(Message &&message);
    void readActor(FieldReader &fields);
    void readIssue(FieldReader &fields);
    void readEvent(FieldReader &fields);
    void readPosition(FieldReader &fields);
    void readSource(FieldReader &fields);
    void readPeriod(FieldReader &fields);
    int resolve(Collection collection, std::string_view id, Location at, const QString &path);
    std::vector<quint32> resolveTable(const ReferenceTable &table, Collection collection);
    void resolveActorParents();
    bool topLevelKeySeen(int file, std::string_view key, qint64 offset);
    void warnAboutLookalikeIds(Collection collection);
    // An id of the collection that differs from `id` only in case or accents; empty if none.
    std::string_view lookalikeOf(Collection collection, std::string_view id);

    std::unique_ptr<Dataset> m_dataset = std::make_unique<Dataset>();
    bool m_recordIsShared = false; // the record being read came through addSharedRecord
    bool m_keepEventText = true;
    std::vector<Message> m_messages;
    int m_errorCount = 0;
    std::vector<bool> m_fileHasFormat;
    std::vector<quint16> m_topLevelKeys; // per file, a bit for each known top-level key seen
    // Per collection, each id's folded form (see foldId) to the id, built on the first unknown
    // id.
    std::unordered_map<int, StringMap<std::string_view>> m_foldedIds;

    std::array<IdTable, DatasetCollections::all.size()> m_ids; // by Collection, but events
    EventIdTable m_eventIds;
    // Where each event's id was defined, by event index (its place in the store until finish()).
    struct EventDefinition
    {
        qint64 offset = 0;
        quint32 element = 0;
        int file = 0;
    };
    std::vector<EventDefinition> m_eventDefinitions;
    ReferenceTable m_eventActorRefs, m_eventSourceRefs;
    StringMap<quint32> m_tagKeys;
    std::vector<PendingActor> m_pendingActors;
    std::vector<PendingPosition> m_pendingPositions;
    std::vector<quint32> m_actorScratch, m_tagScratch, m_sourceScratch;
};
