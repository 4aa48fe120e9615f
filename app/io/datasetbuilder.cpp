// SPDX-License-Identifier: MIT
#include "datasetbuilder.h"

#include "datasetfieldreader.h"

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <optional>
#include <span>

using BuilderText::escaped;
using BuilderText::qs;
using BuilderText::quoted;

namespace {

constexpr const char *formatName = "tideline/1";
// The top-level members that are text; the others Tideline reads are the collections.
constexpr std::string_view textKeys[] = {"format", "title", "description"};

} // namespace

int DatasetBuilder::recordCount(Collection collection) const
{
    switch (collection) {
    case Collection::Actors: return int(m_dataset->actors.size());
    case Collection::Issues: return int(m_dataset->issues.size());
    case Collection::Sources: return int(m_dataset->sources.size());
    case Collection::Events: return m_dataset->events.count();
    case Collection::Positions: return int(m_dataset->positions.size());
    case Collection::Periods: return int(m_dataset->periods.size());
    }
    return 0;
}

void DatasetBuilder::addMessage(Message &&message)
{
    if (message.error) {
        ++m_errorCount;
        if (m_errorCount <= errorCap)
            m_messages.push_back(std::move(message));
    } else if (m_messages.size() < size_t(errorCap) * 2) {
        // Warnings share the cap so that a file of a million unknown fields stays readable.
        m_messages.push_back(std::move(message));
    }
}

void DatasetBuilder::error(Location location, const QString &path, const QString &text)
{
    addMessage({true, location, path, text, {}, {}});
}

void DatasetBuilder::rowError(Location location, const QString &path, const QString &text)
{
    addMessage({true, location, path, text, {}, {}, true});
}

void DatasetBuilder::warning(Location location, const QString &path, const QString &text)
{
    addMessage({false, location, path, text, {}, {}});
}

void DatasetBuilder::reserveForInput(qint64 bytes, bool fillAhead)
{
    // An event takes at least ~120 bytes of JSON; text is at most the input.
    // The text pool is faulted in ahead of the appends, unless only ids are kept (validate).
    m_dataset->events.reserve(bytes / 120, bytes, m_keepEventText && fillAhead);
    // Real files (the generator's too) spend some 400 to 600 bytes an event: tables sized for
    // that rarely grow, and are not four times too big.
    if (bytes > (1 << 20)) {
        m_eventDefinitions.reserve(size_t(bytes / 400));
        m_eventIds.reserve(size_t(bytes / 400));
    }
}

bool DatasetBuilder::topLevelKeySeen(int file, std::string_view key, qint64 offset)
{
    // Only the keys Tideline reads: an unknown key is ignored (with a warning) each time.
    // Each has a bit: the text keys first, then the collections.
    static_assert(std::size(textKeys) + DatasetCollections::all.size() <= 16);
    size_t keyIndex = 0;
    if (const DatasetCollectionInfo *collection = DatasetCollections::fromKey(key)) {
        keyIndex = std::size(textKeys) + size_t(collection->collection);
    } else {
        const auto it = std::find(std::begin(textKeys), std::end(textKeys), key);
        if (it == std::end(textKeys))
            return false;
        keyIndex = size_t(it - std::begin(textKeys));
    }
    if (m_topLevelKeys.size() <= size_t(file))
        m_topLevelKeys.resize(size_t(file) + 1, 0);
    const quint16 bit = quint16(1u << keyIndex);
    if (!(m_topLevelKeys[size_t(file)] & bit)) {
        m_topLevelKeys[size_t(file)] |= bit;
        return false;
    }
    error({file, offset}, qs(key), tr("field %1 appears twice in one object").arg(quoted(key)));
    return true;
}

void DatasetBuilder::beginCollection(int file, Collection collection, qint64 offset)
{
    topLevelKeySeen(file, DatasetCollections::info(collection).key, offset);
}

void DatasetBuilder::addTopLevelValue(int file, std::string_view key, const JsonRecord &value)
{
    if (m_fileHasFormat.size() <= size_t(file))
        m_fileHasFormat.resize(size_t(file) + 1, false);
    const Location location{file, value.node(JsonRecord::root).sourceOffset};
    if (topLevelKeySeen(file, key, location.offset))
        return;
    const QString path = qs(key);
    const JsonRecord::Type type = value.node(JsonRecord::root).type;
    if (DatasetCollections::fromKey(key)) {
        // Collections that are arrays never arrive here: the reader streams their elements.
        error(location, path,
              tr("expected an array, found %1").arg(JsonRecord::typeName(type)));
        return;
    }
    if (std::find(std::begin(textKeys), std::end(textKeys), key) == std::end(textKeys)) {
        warning(location, QString(), tr("unknown field %1 (ignored)").arg(quoted(key)));
        return;
    }
    if (type != JsonRecord::Type::String) {
        error(location, path,
              tr("expected a string, found %1").arg(JsonRecord::typeName(type)));
        return;
    }
    const std::string_view text = value.text(JsonRecord::root);
    if (key == "format") {
        m_fileHasFormat[size_t(file)] = true;
        if (text != formatName)
            error(location, path,
                  tr("expected \"%1\", found %2; this build reads %1 only")
                      .arg(QLatin1String(formatName), quoted(text)));
    } else if (key == "title") {
        if (m_dataset->title.isEmpty())
            m_dataset->title = qs(text);
    } else if (m_dataset->description.isEmpty()) {
        m_dataset->description = qs(text);
    }
}

void DatasetBuilder::endFile(int file)
{
    if (m_fileHasFormat.size() <= size_t(file))
        m_fileHasFormat.resize(size_t(file) + 1, false);
    if (!m_fileHasFormat[size_t(file)])
        error({file, 0}, QString(),
              tr("missing \"format\": \"%1\"; is this a Tideline dataset?")
                  .arg(QLatin1String(formatName)));
}

// Every collection's records have an "id", defined here once the rest of the record is known to
// be good: the record becomes the next of its collection, unless the id is taken.
bool DatasetBuilder::defineId(Collection collection, std::string_view id, const FieldReader &fields)
{
    const Location location = fields.at(fields.find("id"));
    const auto [it, inserted] = idsOf(collection).try_emplace(
        std::string(id),
        Definition{recordCount(collection), location, fields.index(), m_recordIsShared});
    if (inserted)
        return true;
    if (it->second.shared || m_recordIsShared) {
        warnSharedDuplicate(collection, id, it->second.location, location, m_recordIsShared);
        return false;
    }
    // The other place is written as file index and offset; the loader turns them into text.
    // The path is built only now: most records never need one.
    error(location, fields.pathOf("id"),
          //: %1 is a kind of record as the file names it, not translated ("actor", "issue",
          //: "event"), %2 the id
          tr("%1 id %2 is already used")
              .arg(QLatin1String(DatasetCollections::info(collection).noun), quoted(id)));
    if (m_errorCount <= errorCap) {
        m_messages.back().related = it->second.location;
        //: Introduces where an id was first defined: "first defined at FILE:2:19"
        m_messages.back().relatedText = tr("first defined at");
    }
    return false;
}

bool DatasetBuilder::checkNewEventId(std::string_view id, size_t hash, const FieldReader &fields)
{
    const int existing = eventWithId(id, hash);
    if (existing < 0)
        return true;
    error(fields.at(fields.find("id")), fields.pathOf("id"),
          tr("%1 id %2 is already used")
              .arg(QLatin1String(DatasetCollections::info(Collection::Events).noun), quoted(id)));
    if (m_errorCount <= errorCap) {
        m_messages.back().related = eventDefinition(existing).location;
        m_messages.back().relatedText = tr("first defined at");
    }
    return false;
}

void DatasetBuilder::addEventId(int event, size_t hash, const FieldReader &fields)
{
    m_eventIds.insert(event, hash);
    const Location location = fields.at(fields.find("id"));
    m_eventDefinitions.push_back({location.offset, fields.index(), location.file});
}

int DatasetBuilder::eventWithId(std::string_view id, size_t hash) const
{
    return m_eventIds.find(id, hash, [this](int event) { return eventId(event); });
}

DatasetBuilder::Definition DatasetBuilder::eventDefinition(int event) const
{
    const EventDefinition &d = m_eventDefinitions[size_t(event)];
    return {event, {d.file, d.offset}, d.element, false};
}

int DatasetBuilder::indexOfId(Collection collection, std::string_view id) const
{
    if (collection == Collection::Events)
        return eventWithId(id, EventIdTable::hashOf(id));
    const IdTable &ids = idsOf(collection);
    const auto it = ids.find(id);
    return it == ids.end() ? -1 : it->second.index;
}

std::optional<DatasetBuilder::Definition> DatasetBuilder::definitionOf(Collection collection,
                                                                       std::string_view id) const
{
    if (collection == Collection::Events) {
        const int event = eventWithId(id, EventIdTable::hashOf(id));
        return event < 0 ? std::nullopt : std::optional(eventDefinition(event));
    }
    const IdTable &ids = idsOf(collection);
    const auto it = ids.find(id);
    return it == ids.end() ? std::nullopt : std::optional(it->second);
}

void DatasetBuilder::forEachId(
    Collection collection,
    const std::function<void(std::string_view, const Definition &)> &visit) const
{
    if (collection == Collection::Events) {
        for (int event = 0; event < int(m_eventDefinitions.size()); ++event)
            visit(eventId(event), eventDefinition(event));
        return;
    }
    for (const auto &[id, definition] : idsOf(collection))
        visit(id, definition);
}

// The events of `later` are already in this builder's store from `firstEvent` on; their ids
// join the table in file order, and one taken already is an error, as if the files had been
// read one after another.
void DatasetBuilder::absorbEventIds(DatasetBuilder &later, int firstEvent)
{
    const DatasetCollectionInfo &info = DatasetCollections::info(Collection::Events);
    m_eventDefinitions.insert(m_eventDefinitions.end(), later.m_eventDefinitions.begin(),
                              later.m_eventDefinitions.end());
    for (int event = firstEvent; event < int(m_eventDefinitions.size()); ++event) {
        const std::string_view id = eventId(event);
        const size_t hash = EventIdTable::hashOf(id);
        const int existing = eventWithId(id, hash);
        if (existing < 0) {
            m_eventIds.insert(event, hash);
            continue;
        }
        const Definition duplicate = eventDefinition(event);
        error(duplicate.location,
              QStringLiteral("%1[%2].id").arg(QLatin1String(info.key)).arg(duplicate.element),
              tr("%1 id %2 is already used").arg(QLatin1String(info.noun), quoted(id)));
        if (m_errorCount <= errorCap) {
            m_messages.back().related = eventDefinition(existing).location;
            m_messages.back().relatedText = tr("first defined at");
        }
    }
    later.m_eventIds.clear();
    later.m_eventDefinitions = {};
}

QString DatasetBuilder::ElementPath::toString() const
{
    return QStringLiteral("%1[%2].%3[%4]")
        .arg(QLatin1String(collection))
        .arg(record)
        .arg(QLatin1String(field))
        .arg(element);
}

quint32 DatasetBuilder::ReferenceTable::key(std::string_view id, Location location,
                                            const ElementPath &path)
{
    const auto it = keys.find(id);
    if (it != keys.end())
        return it->second;
    const quint32 key = quint32(names.size());
    names.push_back(&keys.emplace(std::string(id), key).first->first);
    firstUse.push_back(location);
    firstUsePath.push_back(path);
    return key;
}

void DatasetBuilder::absorbIds(Collection collection, IdTable &&later)
{
    const DatasetCollectionInfo &info = DatasetCollections::info(collection);
    IdTable &mine = idsOf(collection);
    const int offset = recordCount(collection);
    // Moving the nodes keeps their strings: no id is copied or hashed into new memory.
    while (!later.empty()) {
        auto node = later.extract(later.begin());
        node.mapped().index += offset;
        const auto result = mine.insert(std::move(node));
        if (result.inserted)
            continue;
        const Definition &duplicate = result.node.mapped();
        error(duplicate.location,
              QStringLiteral("%1[%2].id").arg(QLatin1String(info.key)).arg(duplicate.element),
              tr("%1 id %2 is already used")
                  .arg(QLatin1String(info.noun), quoted(result.node.key())));
        if (m_errorCount <= errorCap) {
            m_messages.back().related = result.position->second.location;
            m_messages.back().relatedText = tr("first defined at");
        }
    }
}

std::vector<quint32> DatasetBuilder::absorbReferences(ReferenceTable &table,
                                                      ReferenceTable &&later)
{
    std::vector<quint32> keyOf(later.names.size());
    for (size_t key = 0; key < later.names.size(); ++key)
        keyOf[key] = table.key(*later.names[key], later.firstUse[key], later.firstUsePath[key]);
    return keyOf;
}

void DatasetBuilder::absorb(DatasetBuilder &&later)
{
    Dataset &mine = *m_dataset;
    Dataset &theirs = *later.m_dataset;
    if (mine.title.isEmpty())
        mine.title = theirs.title;
    if (mine.description.isEmpty())
        mine.description = theirs.description;

    int laterErrorMessages = 0;
    for (Message &message : later.m_messages) {
        laterErrorMessages += message.error ? 1 : 0;
        addMessage(std::move(message));
    }
    m_errorCount += later.m_errorCount - laterErrorMessages; // errors past its cap
    if (m_fileHasFormat.size() < later.m_fileHasFormat.size())
        m_fileHasFormat.resize(later.m_fileHasFormat.size(), false);
    for (size_t file = 0; file < later.m_fileHasFormat.size(); ++file)
        m_fileHasFormat[file] = m_fileHasFormat[file] || later.m_fileHasFormat[file];

    for (const Collection collection : {Collection::Actors, Collection::Issues, Collection::Sources})
        dropSharedDuplicates(collection, later);
    // Positions before events, as they always were: past the error cap, the order decides
    // which duplicate ids are reported.
    for (const Collection collection : {Collection::Actors, Collection::Issues, Collection::Sources,
                                        Collection::Positions})
        absorbIds(collection, std::move(later.idsOf(collection)));
    const auto moveAppend = [](auto &to, auto &from) {
        to.insert(to.end(), std::make_move_iterator(from.begin()),
                  std::make_move_iterator(from.end()));
    };
    moveAppend(mine.actors, theirs.actors);
    moveAppend(mine.issues, theirs.issues);
    moveAppend(mine.sources, theirs.sources);
    moveAppend(mine.positions, theirs.positions);
    moveAppend(m_pendingActors, later.m_pendingActors);
    moveAppend(m_pendingPositions, later.m_pendingPositions);

    // Tags in the order they first appear, as if the files had been read one after another.
    std::vector<quint32> tagOf(size_t(theirs.tags.size()));
    for (qsizetype tag = 0; tag < theirs.tags.size(); ++tag) {
        const QByteArray name = theirs.tags[tag].toUtf8();
        auto it = m_tagKeys.find(std::string_view(name.constData(), size_t(name.size())));
        if (it == m_tagKeys.end()) {
            it = m_tagKeys.emplace(name.toStdString(), quint32(mine.tags.size())).first;
            mine.tags << theirs.tags[tag];
        }
        tagOf[size_t(tag)] = it->second;
    }
    const std::vector<quint32> actorKeyOf =
        absorbReferences(m_eventActorRefs, std::move(later.m_eventActorRefs));
    const std::vector<quint32> sourceKeyOf =
        absorbReferences(m_eventSourceRefs, std::move(later.m_eventSourceRefs));
    const int firstEvent = mine.events.count();
    mine.events.appendStore(theirs.events, actorKeyOf, tagOf, sourceKeyOf);
    absorbEventIds(later, firstEvent);
    absorbIds(Collection::Periods, std::move(later.idsOf(Collection::Periods)));
    moveAppend(mine.periods, theirs.periods);
    later.m_dataset = std::make_unique<Dataset>();
}

void DatasetBuilder::renumberEventsFrom(quint32 first)
{
    if (first == 0)
        return;
    for (EventDefinition &definition : m_eventDefinitions)
        definition.element += first;
    const char *events = DatasetCollections::info(Collection::Events).key;
    for (ReferenceTable *table : {&m_eventActorRefs, &m_eventSourceRefs}) {
        for (ElementPath &path : table->firstUsePath) {
            if (std::strcmp(path.collection, events) == 0)
                path.record += first;
        }
    }
    // Paths of messages begin "events[N]".
    const QString prefix = QLatin1String(events) + u'[';
    for (Message &message : m_messages) {
        if (!message.path.startsWith(prefix))
            continue;
        const qsizetype close = message.path.indexOf(u']', prefix.size());
        if (close < 0)
            continue;
        bool ok = false;
        const quint64 element =
            QStringView(message.path).sliced(prefix.size(), close - prefix.size()).toULongLong(&ok);
        if (ok)
            message.path.replace(prefix.size(), close - prefix.size(),
                                 QString::number(element + first));
    }
}

void DatasetBuilder::addSharedRecord(int file, Collection collection, quint32 index,
                                     const JsonRecord &record)
{
    m_recordIsShared = true;
    addRecord(file, collection, index, record);
    m_recordIsShared = false;
}

void DatasetBuilder::warnSharedDuplicate(Collection collection, std::string_view id, Location kept,
                                         Location dropped, bool droppedIsShared)
{
    if (droppedIsShared)
        return; // the same country, group or source again: nothing to say
    warning(dropped, QString(),
            //: %1 is a kind of record as the file names it, not translated ("actor", "source"), %2
            //: the id
            tr("%1 id %2 is also made up by an import; the first definition is kept")
                .arg(QLatin1String(DatasetCollections::info(collection).noun), quoted(id)));
    if (m_messages.size() <= size_t(errorCap) * 2 && !m_messages.back().error) {
        m_messages.back().related = kept;
        m_messages.back().relatedText = tr("first defined at");
    }
}

// Records `later` shares with this builder (see addSharedRecord) are left out of `later` before
// it is absorbed: the first definition stands, as if the files had been read one by one.
void DatasetBuilder::dropSharedDuplicates(Collection collection, DatasetBuilder &later)
{
    IdTable &mine = idsOf(collection);
    IdTable &theirs = later.idsOf(collection);
    const int count = later.recordCount(collection);
    std::vector<bool> keep(size_t(count), true);
    bool any = false;
    for (auto it = theirs.begin(); it != theirs.end();) {
        const auto existing = mine.find(it->first);
        if (existing == mine.end() || !(existing->second.shared || it->second.shared)) {
            ++it;
            continue;
        }
        warnSharedDuplicate(collection, it->first, existing->second.location, it->second.location,
                            it->second.shared);
        keep[size_t(it->second.index)] = false;
        any = true;
        it = theirs.erase(it);
    }
    if (!any)
        return;
    std::vector<int> newIndex(size_t(count), -1);
    int kept = 0;
    for (int i = 0; i < count; ++i) {
        if (keep[size_t(i)])
            newIndex[size_t(i)] = kept++;
    }
    for (auto &[id, definition] : theirs)
        definition.index = newIndex[size_t(definition.index)];
    const auto filter = [&](auto &records) {
        size_t to = 0;
        for (size_t from = 0; from < records.size(); ++from) {
            if (keep[from])
                records[to++] = std::move(records[from]);
        }
        records.resize(to);
    };
    Dataset &dataset = *later.m_dataset;
    switch (collection) {
    case Collection::Actors:
        filter(dataset.actors);
        filter(later.m_pendingActors);
        break;
    case Collection::Issues: filter(dataset.issues); break;
    case Collection::Sources: filter(dataset.sources); break;
    case Collection::Events:
    case Collection::Positions:
    case Collection::Periods: break; // never shared
    }
}

void DatasetBuilder::addRecord(int file, Collection collection, quint32 index,
                               const JsonRecord &record)
{
    const DatasetCollectionInfo &info = DatasetCollections::info(collection);
    FieldReader fields(*this, record, file, info.key, index, info.fields);
    switch (collection) {
    case Collection::Actors: readActor(fields); break;
    case Collection::Issues: readIssue(fields); break;
    case Collection::Sources: readSource(fields); break;
    case Collection::Events: readEvent(fields); break;
    case Collection::Positions: readPosition(fields); break;
    case Collection::Periods: readPeriod(fields); break;
    }
}

void DatasetBuilder::readActor(FieldReader &fields)
{
    if (!fields.isObject())
        return;
    const auto id = fields.string("id", FieldReader::Required);
    Actor actor;
    actor.name = fields.qstring("name", FieldReader::Required);
    if (const auto kind = fields.keyword<ActorKind>("kind", Vocabulary::actorKindFromKey,
                                                    Vocabulary::allowedActorKinds()))
        actor.kind = *kind;
    actor.role = fields.qstring("role");
    actor.description = fields.qstring("description");
    fields.stringList("aliases", [&](const FieldReader::Element &alias) {
        actor.aliases << qs(alias.text);
    });
    actor.color = fields.color("color");
    PendingActor pending;
    if (const auto parent = fields.string("parent")) {
        pending.parentId = std::string(*parent);
        pending.parentLocation = fields.at(fields.find("parent"));
        pending.parentPath = fields.pathOf("parent"); // actors are few: no need to be lazy
    }
    if (!id || !fields.ok())
        return;
    if (!defineId(Collection::Actors, *id, fields))
        return;
    actor.id = qs(*id);
    m_dataset->actors.push_back(std::move(actor));
    m_pendingActors.push_back(std::move(pending));
}

void DatasetBuilder::readIssue(FieldReader &fields)
{
    if (!fields.isObject())
        return;
    const auto id = fields.string("id", FieldReader::Required);
    Issue issue;
    issue.title = fields.qstring("title", FieldReader::Required);
    issue.description = fields.qstring("description");
    if (!id || !fields.ok())
        return;
    if (!defineId(Collection::Issues, *id, fields))
        return;
    issue.id = qs(*id);
    m_dataset->issues.push_back(std::move(issue));
}

void DatasetBuilder::readSource(FieldReader &fields)
{
    if (!fields.isObject())
        return;
    const auto id = fields.string("id", FieldReader::Required);
    Source source;
    source.title = fields.qstring("title", FieldReader::Required);
    source.publisher = fields.qstring("publisher");
    source.url = fields.qstring("url");
    source.date = fields.date("date");
    if (!id || !fields.ok())
        return;
    if (!defineId(Collection::Sources, *id, fields))
        return;
    source.id = qs(*id);
    m_dataset->sources.push_back(std::move(source));
}

void DatasetBuilder::readEvent(FieldReader &fields)
{
    if (!fields.isObject())
        return;
    const auto id = fields.string("id", FieldReader::Required);
    const auto title = fields.string("title", FieldReader::Required);
    FieldReader::DateBounds start = fields.dateBounds("start", FieldReader::Required);
    FieldReader::DateBounds end = fields.dateBounds("end");
    if (fields.boolean("approximate")) {
        for (PartialDate *date : {&start.earliest, &start.latest, &end.earliest, &end.latest}) {
            if (date->isValid())
                date->approximate = true;
        }
    }
    // Bounds are allowed to overlap: only an end that cannot be after any possible start is
    // wrong.
    const PartialDate &lastEnd = end.latest.isValid() ? end.latest : end.earliest;
    if (start.earliest.isValid() && lastEnd.isValid()
        && lastEnd.endSecond() <= start.earliest.firstSecond())
        fields.fail(fields.find("end"), fields.pathOf("end"),
                    tr("ends (%1) before it starts (%2)")
                        .arg(lastEnd.toIsoString(), start.earliest.toIsoString()));

    m_actorScratch.clear();
    m_tagScratch.clear();
    m_sourceScratch.clear();
    fields.stringList("actors", [&](const FieldReader::Element &actor) {
        m_actorScratch.push_back(m_eventActorRefs.key(actor.text, actor.location, actor.elementPath()));
    });
    fields.stringList("tags", [&](const FieldReader::Element &tag) {
        auto it = m_tagKeys.find(tag.text);
        if (it == m_tagKeys.end()) {
            it = m_tagKeys.emplace(std::string(tag.text), quint32(m_dataset->tags.size())).first;
            m_dataset->tags << qs(tag.text);
        }
        m_tagScratch.push_back(it->second);
    });
    fields.stringList("sources", [&](const FieldReader::Element &source) {
        m_sourceScratch.push_back(
            m_eventSourceRefs.key(source.text, source.location, source.elementPath()));
    });
    const auto location = fields.string("location");
    const auto description = fields.string("description");
    if (!id || !title || !fields.ok())
        return;
    const size_t hash = EventIdTable::hashOf(*id);
    if (!checkNewEventId(*id, hash, fields))
        return;
    const auto kept = [this](std::string_view text) {
        return m_keepEventText ? text : std::string_view();
    };
    const int event = m_dataset->events.append(
        {*id, kept(*title), kept(description.value_or(std::string_view())),
         kept(location.value_or(std::string_view())), start.earliest, end.earliest, start.latest,
         end.latest, m_actorScratch, m_tagScratch, m_sourceScratch});
    addEventId(event, hash, fields);
}

void DatasetBuilder::readPeriod(FieldReader &fields)
{
    if (!fields.isObject())
        return;
    const auto id = fields.string("id", FieldReader::Required);
    Period period;
    period.title = fields.qstring("title", FieldReader::Required);
    period.start = fields.date("start", FieldReader::Required);
    period.end = fields.date("end");
    period.description = fields.qstring("description");
    period.color = fields.color("color");
    if (period.start.isValid() && period.end.isValid()
        && period.end.endSecond() <= period.start.firstSecond())
        fields.fail(fields.find("end"), fields.pathOf("end"),
                    tr("ends (%1) before it starts (%2)")
                        .arg(period.end.toIsoString(), period.start.toIsoString()));
    if (!id || !fields.ok())
        return;
    if (!defineId(Collection::Periods, *id, fields))
        return;
    period.id = qs(*id);
    m_dataset->periods.push_back(std::move(period));
}

void DatasetBuilder::readPosition(FieldReader &fields)
{
    if (!fields.isObject())
        return;
    const auto id = fields.string("id", FieldReader::Required);
    Position position;
    PendingPosition pending;
    pending.path = fields.path();
    const auto reference = [&](const char *name, std::string *target, Location *where,
                               FieldReader::Requirement requirement) {
        if (const auto text = fields.string(name, requirement)) {
            *target = std::string(*text);
            *where = fields.at(fields.find(name));
        }
    };
    reference("actor", &pending.actor, &pending.actorAt, FieldReader::Required);
    reference("issue", &pending.issue, &pending.issueAt, FieldReader::Required);
    reference("source", &pending.source, &pending.sourceAt, FieldReader::Optional);
    reference("event", &pending.event, &pending.eventAt, FieldReader::Optional);
    if (const auto stance = fields.keyword<Stance>("stance", Vocabulary::stanceFromKey,
                                                   Vocabulary::allowedStances()))
        position.stance = *stance;
    if (const auto visibility = fields.keyword<Visibility>(
            "visibility", Vocabulary::visibilityFromKey, Vocabulary::allowedVisibilities()))
        position.visibility = *visibility;
    position.date = fields.date("date", FieldReader::Required);
    if (fields.boolean("approximate"))
        position.date.approximate = true;
    position.statement = fields.qstring("statement");
    position.quote = fields.qstring("quote");
    position.attribution = fields.qstring("attribution");
    if (fields.isObject() && position.statement.isEmpty() && position.quote.isEmpty())
        fields.fail(JsonRecord::root, fields.path(),
                    tr("needs a \"statement\" (in your words) or a \"quote\" (verbatim), or both"));
    if (!id || !fields.ok())
        return;
    if (!defineId(Collection::Positions, *id, fields))
        return;
    position.id = qs(*id);
    m_dataset->positions.push_back(std::move(position));
    m_pendingPositions.push_back(std::move(pending));
}

int DatasetBuilder::resolve(Collection collection, std::string_view id, Location at,
                            const QString &path)
{
    if (id.empty())
        return -1;
    const char *what = DatasetCollections::info(collection).noun;
    if (const int index = indexOfId(collection, id); index >= 0)
        return index;
    //: %1 is a kind of record as the file names it, not translated ("actor", "issue"), %2 the id
    QString text = tr("unknown %1 id %2").arg(QLatin1String(what), quoted(id));
    if (errorCount() < errorCap) {
        if (const std::string_view other = lookalikeOf(collection, id); !other.empty()) {
            // Spelt out with \u escapes when the two look the same on screen.
            const bool visible = qs(other).toLower() == qs(id).toLower();
            //: %1 is a kind of record as the file names it, not translated ("actor", "issue"), %2
            //: the id, %3 an id that differs from it only in letter case or accents
            text = tr("unknown %1 id %2; did you mean %3? (ids are compared exactly)")
                       .arg(QLatin1String(what), visible ? quoted(id) : escaped(id),
                            visible ? quoted(other) : escaped(other));
        }
    }
    error(at, path, text);
    return -1;
}

std::vector<quint32> DatasetBuilder::resolveTable(const ReferenceTable &table,
                                                  Collection collection)
{
    std::vector<quint32> indices(table.names.size(), 0);
    for (size_t key = 0; key < table.names.size(); ++key) {
        const int known = indexOfId(collection, *table.names[key]);
        const int index = known >= 0
            ? known
            : resolve(collection, *table.names[key], table.firstUse[key],
                      table.firstUsePath[key].toString());
        indices[key] = quint32(std::max(index, 0));
    }
    return indices;
}

std::unique_ptr<Dataset> DatasetBuilder::finish()
{
    for (const DatasetCollectionInfo &collection : DatasetCollections::all)
        warnAboutLookalikeIds(collection.collection);
    resolveActorParents();
    const std::vector<quint32> actorOfKey = resolveTable(m_eventActorRefs, Collection::Actors);
    const std::vector<quint32> sourceOfKey = resolveTable(m_eventSourceRefs, Collection::Sources);
    for (size_t i = 0; i < m_dataset->positions.size(); ++i) {
        Position &position = m_dataset->positions[i];
        const PendingPosition &p = m_pendingPositions[i];
        position.actor = resolve(Collection::Actors, p.actor, p.actorAt, p.path + QStringLiteral(".actor"));
        position.issue = resolve(Collection::Issues, p.issue, p.issueAt, p.path + QStringLiteral(".issue"));
        position.source =
            resolve(Collection::Sources, p.source, p.sourceAt, p.path + QStringLiteral(".source"));
        position.event = resolve(Collection::Events, p.event, p.eventAt, p.path + QStringLiteral(".event"));
    }
    if (m_errorCount > 0)
        return nullptr;
    // Every reference is resolved: the id tables can go before the events are sorted, which is
    // when a load holds the most memory.
    m_eventIds.clear();
    m_eventDefinitions = {};
    m_foldedIds.clear();

    const std::vector<quint32> order =
        m_dataset->events.finish(int(m_dataset->actors.size()), actorOfKey, sourceOfKey);
    std::vector<int> newIndexOf(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        newIndexOf[order[i]] = int(i);
    for (Position &position : m_dataset->positions) {
        if (position.event >= 0)
            position.event = newIndexOf[size_t(position.event)];
    }
    std::stable_sort(m_dataset->periods.begin(), m_dataset->periods.end(),
                     [](const Period &a, const Period &b) { return a.beginSecond() < b.beginSecond(); });
    m_dataset->indexIds();
    return std::move(m_dataset);
}
