// SPDX-License-Identifier: MIT
#include "jsonrecordstream.h"

#include "importcontext.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cstring>
#include <string>
#include <vector>

namespace {

// As for tideline/1 files (DatasetFileReader): deep enough for any real record, shallow enough
// for every walk over one; and a bound on the values of one record.
constexpr int maxDepth = 64;
constexpr quint32 maxRecordValues = 1'000'000;

using Type = JsonRecord::Type;

class SaxHandler
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordStream)

public:
    SaxHandler(ImportContext &context, JsonRecordStream::Handler &handler,
               const rapidjson::MemoryStream &stream)
        : m_context(context), m_handler(handler), m_data(context.data()), m_size(context.size()),
          m_stream(stream)
    {
    }

    bool Null() { return scalar(Type::Null, {}, false); }
    bool Bool(bool value) { return scalar(Type::Bool, {}, value); }
    bool Int(int) { return scalar(Type::Number, {}, false); }
    bool Uint(unsigned) { return scalar(Type::Number, {}, false); }
    bool Int64(int64_t) { return scalar(Type::Number, {}, false); }
    bool Uint64(uint64_t) { return scalar(Type::Number, {}, false); }
    bool Double(double) { return scalar(Type::Number, {}, false); }
    bool RawNumber(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(Type::Number, {text, length}, false);
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        return scalar(Type::String, {text, length}, false);
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_key.assign(text, length);
        m_lastEnd = qint64(m_stream.Tell());
        return true;
    }
    bool StartObject() { return beginContainer(Type::Object); }
    bool StartArray() { return beginContainer(Type::Array); }
    bool EndObject(rapidjson::SizeType) { return endContainer(); }
    bool EndArray(rapidjson::SizeType) { return endContainer(); }

    bool aborted() const { return m_aborted; }

private:
    // The containers around the records: the top-level object or array, and an array member
    // of the top-level object.
    struct Frame
    {
        Type type;
        bool holdsRecords = false;
        std::string key;
        qint64 elements = 0;
    };

    qint64 valueStart() const
    {
        qint64 at = m_lastEnd;
        while (at < m_size) {
            const char c = m_data[at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':'
                && c != '}' && c != ']')
                break;
            ++at;
        }
        return at;
    }

    bool fail(qint64 offset, const QString &text)
    {
        m_context.error(offset, QString(), text);
        m_aborted = true;
        return false;
    }

    // A value begins outside any record: it starts one, or is a container around records.
    void startRecord(qint64)
    {
        Frame &parent = m_frames.back();
        m_record.clear();
        m_recordValues = 0;
        if (parent.holdsRecords) {
            m_recordKey = parent.key;
            m_recordIndex = parent.elements++;
        } else {
            m_recordKey = m_key;
            m_recordIndex = -1;
        }
        m_inRecord = true;
    }

    bool recordComplete()
    {
        m_inRecord = false;
        m_context.reportProgress(qint64(m_stream.Tell()));
        if (!m_handler.record(m_recordKey, m_recordIndex, m_record) || m_context.shouldStop()) {
            m_aborted = true;
            return false;
        }
        return true;
    }

    bool scalar(Type type, std::string_view text, bool boolean)
    {
        const qint64 start = valueStart();
        m_lastEnd = qint64(m_stream.Tell());
        if (m_frames.empty())
            return fail(start, tr("expected a JSON object or array at the top, found %1")
                                   .arg(JsonRecord::typeName(type)));
        if (!m_inRecord)
            startRecord(start);
        if (++m_recordValues > maxRecordValues)
            return tooManyValues(start);
        m_record.addScalar(type, m_key, text, boolean, start);
        return m_record.depth() == 0 ? recordComplete() : true;
    }

    bool beginContainer(Type type)
    {
        // The iterative reader announces a container before it consumes the bracket.
        qint64 start = qint64(m_stream.Tell());
        if (start >= m_size || (m_data[start] != '{' && m_data[start] != '['))
            --start;
        m_lastEnd = start + 1;
        if (!m_inRecord) {
            if (m_frames.empty()) {
                m_frames.push_back({type, type == Type::Array, {}});
                if (type == Type::Array)
                    m_handler.beginArray({}, start);
                return true;
            }
            const Frame &parent = m_frames.back();
            if (m_frames.size() == 1 && parent.type == Type::Object && type == Type::Array) {
                m_frames.push_back({type, true, m_key});
                m_handler.beginArray(m_key, start);
                return true;
            }
            startRecord(start);
        }
        if (m_record.depth() >= maxDepth)
            return fail(start, tr("values nested deeper than %n levels", nullptr, int(maxDepth)));
        if (++m_recordValues > maxRecordValues)
            return tooManyValues(start);
        m_record.beginContainer(type, m_key, start);
        return true;
    }

    bool endContainer()
    {
        m_lastEnd = qint64(m_stream.Tell());
        if (!m_inRecord) {
            if (m_frames.back().holdsRecords)
                m_handler.endArray(m_frames.back().key);
            m_frames.pop_back();
            return !m_context.shouldStop() || (m_aborted = true, false);
        }
        m_record.endContainer();
        return m_record.depth() == 0 ? recordComplete() : true;
    }

    bool tooManyValues(qint64 offset)
    {
        return fail(offset, tr("more than %n values in one record; Tideline stops reading here",
                               nullptr, int(maxRecordValues)));
    }

    ImportContext &m_context;
    JsonRecordStream::Handler &m_handler;
    const char *m_data;
    qint64 m_size;
    const rapidjson::MemoryStream &m_stream;
    std::vector<Frame> m_frames;
    std::string m_key;
    std::string m_recordKey;
    qint64 m_recordIndex = -1;
    JsonRecord m_record;
    quint32 m_recordValues = 0;
    bool m_inRecord = false;
    qint64 m_lastEnd = 0;
    bool m_aborted = false;
};

} // namespace

bool JsonRecordStream::read(ImportContext &context, Handler &handler)
{
    const char *data = context.data();
    const qint64 size = context.size();
    qint64 skip = 0;
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        skip = 3;
    } else if (size >= 2 && (memcmp(data, "\xFF\xFE", 2) == 0 || memcmp(data, "\xFE\xFF", 2) == 0)) {
        context.error(0, QString(), tr("the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)"));
        return false;
    }
    if (size - skip == 0) {
        context.error(-1, QString(), tr("the file is empty"));
        return false;
    }
    rapidjson::MemoryStream stream(data, size_t(size));
    for (qint64 i = 0; i < skip; ++i)
        stream.Take();
    SaxHandler sax(context, handler, stream);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag
        | rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseStopWhenDoneFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, sax);
    if (sax.aborted())
        return false;
    if (result.IsError()) {
        const qint64 offset = qint64(result.Offset());
        QString text = QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
        if (text.endsWith(u'.'))
            text.chop(1);
        if (!text.isEmpty())
            text[0] = text[0].toLower();
        if (offset >= size)
            text += tr(" (the file ends early: is it cut off?)");
        else if (data[offset] == '\0')
            text = tr("a NUL byte (zero), which JSON does not allow anywhere; is this a binary file?");
        //: %1 is the JSON parser's own description of the error, in English
        context.error(std::min(offset, size), QString(), tr("not valid JSON: %1").arg(text));
        return false;
    }
    qint64 at = qint64(stream.Tell());
    while (at < size && (data[at] == ' ' || data[at] == '\n' || data[at] == '\r' || data[at] == '\t'))
        ++at;
    if (at < size) {
        context.error(at, QString(), tr("not valid JSON: unexpected text after the top-level value"));
        return false;
    }
    return true;
}

QString JsonPath::toString() const
{
    std::vector<const JsonPath *> chain;
    for (const JsonPath *part = this; part; part = part->parent)
        chain.push_back(part);
    QString text;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const JsonPath &part = **it;
        if (!part.key.empty()) {
            if (!text.isEmpty())
                text += u'.';
            text += QString::fromUtf8(part.key.data(), qsizetype(part.key.size()));
        }
        if (part.index >= 0)
            text += u'[' + QString::number(part.index) + u']';
    }
    return text;
}

int JsonRecordStream::member(const JsonRecord &record, int object, std::string_view key)
{
    if (record.node(object).type != JsonRecord::Type::Object)
        return -1;
    for (int c = record.firstChild(object); c != record.endOfChildren(object); c = record.next(c)) {
        if (record.key(c) == key)
            return c;
    }
    return -1;
}
