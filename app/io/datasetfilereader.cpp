// SPDX-License-Identifier: MIT
#include "datasetfilereader.h"

#include "datasetcollections.h"
#include "filewindowstream.h"
#include "sourcefile.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetFileReader", text);
}

// Deeper than any sensible record, shallow enough that no later recursive walk can suffer.
constexpr size_t maxDepth = 64;
// Values in one record (a collection element, or a top-level member), at most: far more than
// any real record holds, and few enough that capturing one (some 33 bytes a value) stays
// small, even for an ignored field that holds an array of millions of numbers.
constexpr quint32 maxRecordValues = 1'000'000;

// What is wrong at `offset` when RapidJSON gives a message that would mislead (a NUL byte is
// the end of input to it; NaN is an "invalid value"); empty when its own message will do.
QString explainSyntaxError(FileWindowStream &stream, qint64 offset, rapidjson::ParseErrorCode code)
{
    if (offset < 0 || offset >= stream.size())
        return {};
    const std::string_view rest = stream.bytes(offset, 40);
    if (rest.empty())
        return {};
    if (code == rapidjson::kParseErrorNumberTooBig) {
        size_t length = 0;
        while (length < rest.size() && std::string_view("+-.eE0123456789").find(rest[length]) != std::string_view::npos)
            ++length;
        return tr("the number %1%2 is too large to read (beyond ±1.8e308)")
            .arg(QString::fromLatin1(rest.data(), qsizetype(length)),
                 length == rest.size() ? QStringLiteral("…") : QString());
    }
    const uchar c = uchar(rest.front());
    if (c == 0)
        return tr("not valid JSON: a NUL byte (zero), which JSON does not allow anywhere; is this "
                  "a binary file?");
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != ' ')
        return tr("not valid JSON: control character U+%1 inside a string; write it as \\u%1")
            .arg(uint(c), 4, 16, QLatin1Char('0'));
    if (code == rapidjson::kParseErrorStringEscapeInvalid && (c == '\n' || c == '\r' || c == '\t'))
        return tr("not valid JSON: a line break or tab inside a string; write it as \\n or \\t");
    for (const char *word : {"NaN", "Infinity"}) {
        if (rest.substr(0, strlen(word)) == word)
            return tr("not valid JSON: %1 is not a JSON value (JSON has no NaN or Infinity; use "
                      "null, or leave the field out)")
                .arg(QLatin1String(word));
    }
    return {};
}

using Type = JsonRecord::Type;
using Collection = DatasetBuilder::Collection;

class SecondPart;

class SaxHandler
{
public:
    SaxHandler(FileWindowStream &stream, int file, DatasetBuilder &builder, LoadProgress *progress)
        : m_size(stream.size()), m_file(file), m_builder(builder), m_stream(stream),
          m_progress(progress), m_reportedEvents(builder.eventCount())
    {
    }

    // For a part of a file that begins inside a collection array, at its element `at`: the
    // bytes from `reportedFrom` on count as this part's for the progress.
    void startInCollection(Collection collection, qint64 at, qint64 reportedFrom)
    {
        m_stack.push_back({Type::Object});
        m_stack.push_back({Type::Array, true, collection});
        m_lastEnd = at;
        m_stream.keepFrom(at);
        m_reportedBytes = reportedFrom;
    }
    // What this handler has added to the progress, from the offset it began counting at.
    qint64 bytesReported() const { return m_reportedBytes; }
    qint64 eventsReported() const { return m_reportedEvents; }
    // Elements of the collection array the part began in, so far.
    quint32 elementsRead() const { return m_stack.size() == 2 ? m_stack.back().elements : 0; }

    // The reader has taken every byte before `comma`, the comma before the element where
    // `second` began: where it goes on (see FileWindowStream::setDetour).
    qint64 arriveAtSecondPart(qint64 comma, SecondPart &second);

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
        tokenEnded();
        return true;
    }
    bool StartObject() { return beginContainer(Type::Object); }
    bool StartArray() { return beginContainer(Type::Array); }
    bool EndObject(rapidjson::SizeType) { return endContainer(); }
    bool EndArray(rapidjson::SizeType) { return endContainer(); }

    bool abortedByHandler() const { return m_aborted; }

private:
    struct Frame
    {
        Type type;
        bool isCollection = false;
        Collection collection = Collection::Events;
        quint32 elements = 0;
    };

    // Where the last token ended: the stream keeps the bytes from there on, which valueStart()
    // looks at.
    void tokenEnded()
    {
        m_lastEnd = qint64(m_stream.Tell());
        m_stream.keepFrom(m_lastEnd);
    }

    // Callbacks arrive once a token has been read; the value began at the first byte after the
    // previous token that is not white space or punctuation between values.
    qint64 valueStart()
    {
        qint64 at = m_lastEnd;
        while (at < m_size) {
            const char c = m_stream.at(at);
            // Closing brackets too: RapidJSON reports the end of a container before it has
            // consumed the bracket.
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':'
                && c != '}' && c != ']')
                break;
            ++at;
        }
        return at;
    }

    bool fail(qint64 offset, const QString &text)
    {
        m_builder.error({m_file, offset}, QString(), text);
        m_aborted = true;
        return false;
    }

    bool tooManyErrors()
    {
        if (!m_builder.tooManyErrors())
            return false;
        m_aborted = true;
        return true;
    }

    static bool collectionOf(const std::string &key, Collection *collection)
    {
        const DatasetCollectionInfo *info = DatasetCollections::fromKey(key);
        if (info)
            *collection = info->collection;
        return info != nullptr;
    }

    // Where the value just begun goes: the top-level object itself, a collection array, a new
    // record (an element of a collection, or a top-level member), or the record being read.
    bool scalar(Type type, std::string_view text, bool boolean)
    {
        const qint64 start = valueStart();
        tokenEnded();
        if (m_stack.empty())
            return fail(start, tr("expected a JSON object with \"format\": \"tideline/1\" at the "
                                  "top, found %1")
                                   .arg(QLatin1String(JsonRecord::typeName(type))));
        if (m_record.isEmpty() || m_record.isComplete())
            startRecord();
        if (++m_recordValues > maxRecordValues)
            return tooManyValues(start);
        m_record.addScalar(type, m_key, text, boolean, start);
        return m_record.depth() == 0 ? recordComplete() : true;
    }

    bool beginContainer(Type type)
    {
        // The iterative reader announces a container before it consumes the bracket.
        qint64 start = qint64(m_stream.Tell());
        if (start >= m_size || (m_stream.at(start) != '{' && m_stream.at(start) != '['))
            --start;
        m_lastEnd = start + 1;
        m_stream.keepFrom(m_lastEnd);
        if (m_stack.size() >= maxDepth)
            return fail(start, tr("values nested deeper than %1 levels").arg(maxDepth));
        if (m_stack.empty()) {
            if (type != Type::Object)
                return fail(start, tr("expected a JSON object with \"format\": \"tideline/1\" at "
                                      "the top, found an array"));
            m_stack.push_back({type});
            return true;
        }
        Collection collection;
        const bool topLevelMember = m_stack.size() == 1;
        if (topLevelMember && type == Type::Array && collectionOf(m_key, &collection)) {
            m_builder.beginCollection(m_file, collection, start);
            m_stack.push_back({type, true, collection});
            return true;
        }
        if (m_record.isEmpty() || m_record.isComplete())
            startRecord();
        if (++m_recordValues > maxRecordValues)
            return tooManyValues(start);
        m_record.beginContainer(type, m_key, start);
        m_stack.push_back({type});
        return true;
    }

    bool endContainer()
    {
        if (m_aborted)
            return false; // arriveAtSecondPart() found too many errors
        tokenEnded();
        m_stack.pop_back();
        if (m_stack.empty() || (m_record.isEmpty() || m_record.isComplete()))
            return true; // the top-level object or a collection array closed
        m_record.endContainer();
        return m_record.depth() == 0 ? recordComplete() : true;
    }

    bool tooManyValues(qint64 offset)
    {
        return fail(offset, tr("more than %1 values in one record; Tideline stops reading here")
                                .arg(maxRecordValues));
    }

    void startRecord()
    {
        m_recordValues = 0;
        m_record.clear();
        m_recordKey = m_key; // nested keys overwrite m_key while the record is read
    }

    bool recordComplete()
    {
        Frame &parent = m_stack.back();
        if (parent.isCollection)
            m_builder.addRecord(m_file, parent.collection, parent.elements++, m_record);
        else
            m_builder.addTopLevelValue(m_file, m_recordKey, m_record);
        // Every few thousand records: say how far, and stop if asked to.
        if (m_progress && ++m_records % 4096 == 0) {
            report(qint64(m_stream.Tell()));
            if (m_progress->isCancelled()) {
                m_aborted = true;
                return false;
            }
        }
        return !tooManyErrors();
    }

    qint64 m_size;
    int m_file;
    DatasetBuilder &m_builder;
    FileWindowStream &m_stream;
    std::vector<Frame> m_stack;
    std::string m_key;
    std::string m_recordKey;
    JsonRecord m_record;
    quint32 m_recordValues = 0;
    qint64 m_lastEnd = 0;
    bool m_aborted = false;
    LoadProgress *m_progress;
    qint64 m_records = 0;
    qint64 m_reportedBytes = 0;
    qint64 m_reportedEvents = 0;

public:
    // Adds what was read since the last report: files read in parallel share one progress.
    void report(qint64 bytes)
    {
        if (!m_progress)
            return;
        const qint64 events = m_builder.eventCount();
        m_progress->addRead(bytes - m_reportedBytes, events - m_reportedEvents);
        m_reportedBytes = bytes;
        m_reportedEvents = events;
    }
};

// Where a file can be read in two parts: `comma` ends an element of an array and `element`
// begins the next one, with only white space between.
struct SplitPoint
{
    qint64 comma = 0;
    qint64 element = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// A line break after the middle of the file that follows a comma and comes before an object.
// In valid JSON a line break is never inside a string, so it always stands between two tokens:
// the comma is one, and the object an element of some array. Which array is for the reader of
// the first part to tell when it gets there (SaxHandler::arriveAtSecondPart). Files written on
// one line (or not valid JSON) have no such place and are read in one part.
std::optional<SplitPoint> findSplitPoint(const SourceFile &file)
{
    const qint64 middle = file.size() / 2;
    const qint64 from = std::max<qint64>(0, middle - 4096);
    const std::unique_ptr<SourceFilePart> part = file.openPart(from);
    if (!part)
        return std::nullopt;
    const std::string_view bytes = part->stream->bytes(from, middle - from + (qint64(64) << 10));
    for (size_t newline = bytes.find('\n', size_t(middle - from)); newline != bytes.npos;
         newline = bytes.find('\n', newline + 1)) {
        size_t before = newline;
        while (before > 0 && isSpace(bytes[before - 1]))
            --before;
        size_t after = newline + 1;
        while (after < bytes.size() && isSpace(bytes[after]))
            ++after;
        if (before > 0 && bytes[before - 1] == ',' && after < bytes.size() && bytes[after] == '{')
            return SplitPoint{from + qint64(before) - 1, from + qint64(after)};
    }
    return std::nullopt;
}

std::atomic<int> secondPartsUsed{0};

qint64 &twoPartMinimumBytes()
{
    static qint64 bytes = qint64(16) << 20;
    return bytes;
}

constexpr unsigned parseFlags = rapidjson::kParseIterativeFlag
    | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag
    | rapidjson::kParseStopWhenDoneFlag;

// The elements of a file's events array from one in the middle to the array's end, read on a
// thread of its own into a builder of its own while the file's reader reads up to them. Used
// only if that reader finds it began between two events, and it read them with no syntax error.
class SecondPart
{
public:
    SecondPart(const SourceFile &file, int index, SplitPoint split,
               const DatasetBuilder &first, LoadProgress *progress)
        : m_file(file), m_index(index), m_split(split), m_progress(progress)
    {
        m_builder.setKeepEventText(first.keepsEventText());
    }
    SecondPart(const SecondPart &) = delete;
    SecondPart &operator=(const SecondPart &) = delete;
    ~SecondPart() { stop(); }

    void start() { m_thread = std::thread([this] { run(); }); }
    // Stops reading, soon if it still is. Unless it was used, what it read is read again by the
    // other thread: what it added to the progress is taken back.
    void stop()
    {
        m_stop.store(true, std::memory_order_relaxed);
        if (m_thread.joinable())
            m_thread.join();
        if (!m_used && m_progress && (m_reportedBytes > 0 || m_reportedEvents > 0))
            m_progress->addRead(-m_reportedBytes, -m_reportedEvents);
        m_reportedBytes = m_reportedEvents = 0;
    }
    void markUsed() { m_used = true; }
    // Waits until it is read: its builder if it read every element up to the array's closing
    // bracket without a syntax error, else null.
    DatasetBuilder *finish()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_whole ? &m_builder : nullptr;
    }
    // Where the array's closing bracket is.
    qint64 end() const { return m_end; }
    quint32 elements() const { return m_elements; }

private:
    void run()
    {
        const std::unique_ptr<SourceFilePart> part = m_file.openPart(m_split.element);
        if (!part)
            return;
        m_builder.reserveForInput(m_file.size() - m_split.element);
        FileWindowStream &stream = *part->stream;
        SaxHandler handler(stream, m_index, m_builder, m_progress);
        handler.startInCollection(Collection::Events, m_split.element, m_split.comma);
        const bool whole = readElements(stream, handler);
        m_reportedBytes = handler.bytesReported() - m_split.comma;
        m_reportedEvents = handler.eventsReported();
        m_whole = whole && part->isIntact();
    }

    // One element at a time, the commas between them read here: the array's opening bracket
    // is in the other part. True when it ends at the array's closing bracket.
    bool readElements(FileWindowStream &stream, SaxHandler &handler)
    {
        rapidjson::Reader reader;
        for (;;) {
            if (m_stop.load(std::memory_order_relaxed)
                || m_builder.messages().size() >= size_t(DatasetBuilder::errorCap))
                return false;
            if (reader.Parse<parseFlags>(stream, handler).IsError())
                return false;
            char c;
            while (isSpace(c = stream.Peek()))
                stream.Take();
            if (c == ']')
                break;
            if (c != ',')
                return false;
            stream.Take();
        }
        m_end = qint64(stream.Tell());
        m_elements = handler.elementsRead();
        handler.report(m_end);
        return true;
    }

    const SourceFile &m_file;
    int m_index;
    SplitPoint m_split;
    LoadProgress *m_progress;
    DatasetBuilder m_builder;
    qint64 m_end = -1;
    quint32 m_elements = 0;
    bool m_whole = false;
    bool m_used = false;
    qint64 m_reportedBytes = 0;
    qint64 m_reportedEvents = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

qint64 SaxHandler::arriveAtSecondPart(qint64 comma, SecondPart &second)
{
    const bool betweenEvents = !m_aborted && m_stack.size() == 2 && m_stack.back().isCollection
        && m_stack.back().collection == Collection::Events
        && (m_record.isEmpty() || m_record.isComplete());
    if (!betweenEvents) {
        second.stop();
        return comma;
    }
    DatasetBuilder *part = second.finish();
    // With the error cap near, which messages are kept depends on the order they come in:
    // read on alone, as if there were one part.
    if (!part
        || m_builder.messages().size() + part->messages().size()
            >= size_t(DatasetBuilder::errorCap))
        return comma;
    report(comma);
    second.markUsed();
    Frame &events = m_stack.back();
    part->renumberEventsFrom(events.elements);
    events.elements += second.elements();
    m_builder.absorb(std::move(*part));
    m_reportedBytes = second.end();
    m_reportedEvents = m_builder.eventCount();
    // An event id of the second part used in the first already can reach the cap: stop at the
    // next token, as the reader of one part would have stopped at that event.
    m_aborted = m_builder.tooManyErrors();
    secondPartsUsed.fetch_add(1, std::memory_order_relaxed);
    return second.end();
}

void readStream(FileWindowStream &stream, int file, DatasetBuilder &builder,
                LoadProgress *progress, SecondPart *second, qint64 comma)
{
    const qint64 size = stream.size();
    const std::string_view start = stream.bytes(0, 3);
    qint64 skip = 0;
    if (start.substr(0, 3) == "\xEF\xBB\xBF") {
        skip = 3; // a UTF-8 byte order mark is harmless
    } else if (start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF") {
        builder.error({file, 0}, QString(),
                      tr("the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)"));
        return;
    }
    if (size - skip <= 0) {
        builder.error({file, -1}, QString(), tr("the file is empty"));
        return;
    }

    for (qint64 i = 0; i < skip; ++i)
        stream.Take();
    SaxHandler handler(stream, file, builder, progress);
    if (second) {
        if (stream.setDetour(comma, [&] { return handler.arriveAtSecondPart(comma, *second); }))
            second->start();
        else
            second = nullptr;
    }
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<parseFlags>(stream, handler);
    if (second) {
        stream.clearDetour();
        second->stop(); // the parse ended before the second part was needed, or it is absorbed
    }
    if (progress && progress->isCancelled())
        return; // the loader reports the cancellation once, for the whole load
    handler.report(size);
    if (result.IsError() && !handler.abortedByHandler()) {
        const qint64 offset = qint64(result.Offset());
        QString text = QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
        if (text.endsWith(u'.'))
            text.chop(1);
        text[0] = text[0].toLower();
        if (offset >= size)
            text += tr(" (the file ends early: is it cut off?)");
        text = tr("not valid JSON: %1").arg(text);
        if (const QString better = explainSyntaxError(stream, offset, result.Code()); !better.isEmpty())
            text = better;
        builder.error({file, offset}, QString(), text);
        return;
    }
    if (!result.IsError()) {
        // Anything after the top-level object other than white space is a mistake.
        qint64 at = qint64(stream.Tell());
        for (char c; at < size && ((c = stream.at(at)) == ' ' || c == '\n' || c == '\r' || c == '\t');
             ++at)
            stream.keepFrom(at);
        if (at < size) {
            builder.error({file, at}, QString(),
                          tr("not valid JSON: unexpected text after the top-level object"));
            return;
        }
    }
    if (!handler.abortedByHandler())
        builder.endFile(file);
}

} // namespace

void DatasetFileReader::read(FileWindowStream &stream, int file, DatasetBuilder &builder,
                             LoadProgress *progress)
{
    readStream(stream, file, builder, progress, nullptr, 0);
}

void DatasetFileReader::readInTwo(SourceFile &file, int index, DatasetBuilder &builder,
                                  LoadProgress *progress)
{
    std::optional<SplitPoint> split;
    if (file.size() >= twoPartMinimumBytes())
        split = findSplitPoint(file);
    if (!split) {
        read(file.stream(), index, builder, progress);
        return;
    }
    SecondPart second(file, index, *split, builder, progress);
    readStream(file.stream(), index, builder, progress, &second, split->comma);
}

int DatasetFileReader::secondPartsUsedForTesting()
{
    return secondPartsUsed.load(std::memory_order_relaxed);
}

void DatasetFileReader::setTwoPartMinimumForTesting(qint64 bytes)
{
    twoPartMinimumBytes() = bytes > 0 ? bytes : qint64(16) << 20;
}
