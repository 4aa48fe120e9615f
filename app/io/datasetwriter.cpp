// SPDX-License-Identifier: MIT
#include "datasetwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <functional>

namespace {

// A RapidJSON output stream that hands its bytes on in blocks: to a QSaveFile, or a QByteArray.
class BlockStream
{
public:
    using Ch = char;
    explicit BlockStream(std::function<bool(const char *, qint64)> sink) : m_sink(std::move(sink))
    {
        m_buffer.reserve(blockBytes);
    }
    void Put(char c)
    {
        m_buffer.push_back(c);
        if (m_buffer.size() >= blockBytes)
            Flush();
    }
    void Flush()
    {
        if (!m_buffer.empty() && m_ok)
            m_ok = m_sink(m_buffer.data(), qint64(m_buffer.size()));
        m_buffer.clear();
    }
    bool ok() const { return m_ok; }

private:
    static constexpr size_t blockBytes = 1 << 20;
    std::function<bool(const char *, qint64)> m_sink;
    std::string m_buffer;
    bool m_ok = true;
};

// Records on one line each, indented under their collection: readable, and diffs line by line.
using Writer = rapidjson::Writer<BlockStream>;

class DatasetJsonWriter
{
public:
    DatasetJsonWriter(const Dataset &dataset, BlockStream &stream,
                      const std::vector<int> *onlyEvents = nullptr)
        : m_dataset(dataset), m_stream(stream), m_writer(stream), m_onlyEvents(onlyEvents)
    {
    }

    void write()
    {
        raw("{\n  \"format\": \"tideline/1\"");
        if (!m_dataset.title.isEmpty())
            member("title", m_dataset.title);
        if (!m_dataset.description.isEmpty())
            member("description", m_dataset.description);
        collection("actors", m_dataset.actors.size(), [&](size_t i) { actor(m_dataset.actors[i]); });
        collection("issues", m_dataset.issues.size(), [&](size_t i) { issue(m_dataset.issues[i]); });
        collection("sources", m_dataset.sources.size(),
                   [&](size_t i) { source(m_dataset.sources[i]); });
        if (m_onlyEvents)
            collection("events", m_onlyEvents->size(),
                       [&](size_t i) { event((*m_onlyEvents)[i]); });
        else
            collection("events", size_t(m_dataset.events.count()),
                       [&](size_t i) { event(int(i)); });
        collection("positions", m_dataset.positions.size(),
                   [&](size_t i) { position(m_dataset.positions[i]); });
        collection("periods", m_dataset.periods.size(),
                   [&](size_t i) { period(m_dataset.periods[i]); });
        raw("\n}\n");
        m_stream.Flush();
    }

private:
    void raw(const char *text)
    {
        for (const char *c = text; *c; ++c)
            m_stream.Put(*c);
    }
    // A member of the top-level object, each on its own line.
    void member(const char *key, const QString &value)
    {
        raw(",\n  ");
        startValue();
        m_writer.String(key);
        raw(": ");
        startValue();
        string(value);
    }
    // RapidJSON's writer checks that a document is one value; each value here is its own.
    void startValue() { m_writer.Reset(m_stream); }
    void collection(const char *key, size_t count, const std::function<void(size_t)> &writeOne)
    {
        if (count == 0)
            return;
        raw(",\n  ");
        startValue();
        m_writer.String(key);
        raw(": [");
        for (size_t i = 0; i < count; ++i) {
            raw(i == 0 ? "\n    " : ",\n    ");
            startValue();
            writeOne(i);
        }
        raw("\n  ]");
    }

    void string(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        m_writer.String(utf8.constData(), rapidjson::SizeType(utf8.size()));
    }
    void string(std::string_view text)
    {
        m_writer.String(text.data(), rapidjson::SizeType(text.size()));
    }
    void field(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_writer.Key(key);
        string(value);
    }
    void field(const char *key, std::string_view value)
    {
        if (value.empty())
            return;
        m_writer.Key(key);
        string(value);
    }
    void date(const char *key, const PartialDate &value)
    {
        if (value.isValid())
            field(key, value.toIsoString());
    }
    // A date known only between two bounds is written as {"earliest": …, "latest": …}.
    void boundedDate(const char *key, const PartialDate &earliest, const PartialDate &latest)
    {
        if (!latest.isValid()) {
            date(key, earliest);
            return;
        }
        m_writer.Key(key);
        m_writer.StartObject();
        date("earliest", earliest);
        date("latest", latest);
        m_writer.EndObject();
    }
    void idList(const char *key, std::span<const quint32> indices,
                const std::function<QString(quint32)> &idOf)
    {
        if (indices.empty())
            return;
        m_writer.Key(key);
        m_writer.StartArray();
        for (quint32 index : indices)
            string(idOf(index));
        m_writer.EndArray();
    }
    QString actorId(int index) const
    {
        return index >= 0 ? m_dataset.actors[size_t(index)].id : QString();
    }

    void actor(const Actor &actor)
    {
        m_writer.StartObject();
        field("id", actor.id);
        field("name", actor.name);
        field("kind", Vocabulary::key(actor.kind));
        field("parent", actorId(actor.parent));
        field("role", actor.role);
        if (!actor.aliases.isEmpty()) {
            m_writer.Key("aliases");
            m_writer.StartArray();
            for (const QString &alias : actor.aliases)
                string(alias);
            m_writer.EndArray();
        }
        if (actor.color.isValid())
            field("color", actor.color.name(QColor::HexRgb));
        field("description", actor.description);
        m_writer.EndObject();
    }
    void issue(const Issue &issue)
    {
        m_writer.StartObject();
        field("id", issue.id);
        field("title", issue.title);
        field("description", issue.description);
        m_writer.EndObject();
    }
    void source(const Source &source)
    {
        m_writer.StartObject();
        field("id", source.id);
        field("title", source.title);
        field("publisher", source.publisher);
        date("date", source.date);
        field("url", source.url);
        m_writer.EndObject();
    }
    void event(int index)
    {
        const EventStore &events = m_dataset.events;
        m_writer.StartObject();
        field("id", events.id(index));
        // An event's title is required even when empty.
        m_writer.Key("title");
        string(events.titleUtf8(index));
        boundedDate("start", events.start(index), events.startLatest(index));
        boundedDate("end", events.end(index), events.endLatest(index));
        if (events.start(index).approximate) {
            m_writer.Key("approximate");
            m_writer.Bool(true);
        }
        idList("actors", events.actors(index), [&](quint32 a) { return actorId(int(a)); });
        idList("tags", events.tags(index),
               [&](quint32 t) { return m_dataset.tags.value(qsizetype(t)); });
        field("location", events.location(index));
        field("description", events.descriptionUtf8(index));
        idList("sources", events.sources(index),
               [&](quint32 s) { return m_dataset.sources[s].id; });
        m_writer.EndObject();
    }
    void position(const Position &position)
    {
        m_writer.StartObject();
        field("id", position.id);
        field("actor", actorId(position.actor));
        if (position.issue >= 0)
            field("issue", m_dataset.issues[size_t(position.issue)].id);
        field("stance", Vocabulary::key(position.stance));
        date("date", position.date);
        if (position.date.approximate) {
            m_writer.Key("approximate");
            m_writer.Bool(true);
        }
        field("statement", position.statement);
        field("quote", position.quote);
        field("visibility", Vocabulary::key(position.visibility));
        field("attribution", position.attribution);
        if (position.source >= 0)
            field("source", m_dataset.sources[size_t(position.source)].id);
        if (position.event >= 0)
            field("event", m_dataset.events.id(position.event));
        m_writer.EndObject();
    }

    void period(const Period &period)
    {
        m_writer.StartObject();
        field("id", period.id);
        field("title", period.title);
        date("start", period.start);
        date("end", period.end);
        field("description", period.description);
        if (period.color.isValid())
            field("color", period.color.name(QColor::HexRgb));
        m_writer.EndObject();
    }

    const Dataset &m_dataset;
    BlockStream &m_stream;
    Writer m_writer;
    const std::vector<int> *m_onlyEvents;
};

} // namespace

QByteArray DatasetWriter::toJson(const Dataset &dataset, const std::vector<int> *onlyEvents)
{
    QByteArray out;
    BlockStream stream([&](const char *data, qint64 size) {
        out.append(data, qsizetype(size));
        return true;
    });
    DatasetJsonWriter(dataset, stream, onlyEvents).write();
    return out;
}

QString DatasetWriter::write(const Dataset &dataset, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("DatasetWriter", "cannot write %1: %2")
            .arg(path, file.errorString());
    BlockStream stream([&](const char *data, qint64 size) { return file.write(data, size) == size; });
    DatasetJsonWriter(dataset, stream).write();
    if (!stream.ok() || !file.commit())
        return QCoreApplication::translate("DatasetWriter", "cannot write %1: %2")
            .arg(path, file.errorString());
    return {};
}
