// SPDX-License-Identifier: MIT
#include "datasetfilereader.h"

#include "datasetcollections.h"
#include "filewindowstream.h"
#include "sourcefile.h"

#include <QCoreApplication>
#include <QThread>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

// DatasetFileReader is a namespace, which cannot declare tr(): its functions take their
// messages' context from here (SaxHandler declares the same).
struct DatasetFileReaderText
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFileReader)
};

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
        return DatasetFileReaderText::tr("the number %1%2 is too large to read (beyond ±1.8e308)")
            .arg(QString::fromLatin1(rest.data(), qsizetype(length)),
                 length == rest.size() ? QStringLiteral("…") : QString());
    }
    const uchar c = uchar(rest.front());
    if (c == 0)
        return DatasetFileReaderText::tr(
            "not valid JSON: a NUL byte (zero), which JSON does not allow anywhere; is this "
            "a binary file?");
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != ' ')
        return DatasetFileReaderText::tr(
                   "not valid JSON: control character U+%1 inside a string; write it as \\u%1")
            .arg(uint(c), 4, 16, QLatin1Char('0'));
    if (code == rapidjson::kParseErrorStringEscapeInvalid && (c == '\n' || c == '\r' || c == '\t'))
        return DatasetFileReaderText::tr(
            "not valid JSON: a line break or tab inside a string; write it as \\n or \\t");
    for (const char *word : {"NaN", "Infinity"}) {
        if (rest.substr(0, strlen(word)) == word)
            return DatasetFileReaderText::tr(
                       "not valid JSON: %1 is not a JSON value (JSON has no NaN or Infinity; use "
                       "null, or leave the field out)")
                .arg(QLatin1String(word));
    }
    return {};
}

using Type = JsonRecord::Type;
using Collection = DatasetBuilder::Collection;

class FileParts;

class SaxHandler
{
    Q_DECLARE_TR_FUNCTIONS(DatasetFileReader)

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

    // The reader has taken every byte before the comma where part `part` of `parts` begins:
    // where it goes on (see FileWindowStream::setDetour).
    qint64 arriveAtPart(int part, FileParts &parts);
    // Has the reader stop at the comma where part `part` begins (false when it is past it).
    bool stopAtPart(int part, FileParts &parts);

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
                                   .arg(JsonRecord::typeName(type)));
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
            return fail(start, tr("values nested deeper than %n levels", nullptr, int(maxDepth)));
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
        return fail(offset, tr("more than %n values in one record; Tideline stops reading here",
                               nullptr, int(maxRecordValues)));
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

// Where a file can be read in parts: `comma` ends an element of an array and `element` begins
// the next one, with only white space between.
struct SplitPoint
{
    qint64 comma = 0;
    qint64 element = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The first line break from `from` on that follows a comma and comes before an object. In valid
// JSON a line break is never inside a string, so it always stands between two tokens: the comma
// is one, and the object an element of some array. Which array is for the file's own reader to
// tell when it gets there (SaxHandler::arriveAtPart). Files written on one line (or not valid
// JSON) have no such place.
std::optional<SplitPoint> findSplitPoint(const SourceFile &file, qint64 from)
{
    const qint64 start = std::max<qint64>(0, from - 4096);
    const std::unique_ptr<SourceFilePart> part = file.openPart(start);
    if (!part)
        return std::nullopt;
    const std::string_view bytes = part->stream->bytes(start, from - start + (qint64(64) << 10));
    for (size_t newline = bytes.find('\n', size_t(from - start)); newline != bytes.npos;
         newline = bytes.find('\n', newline + 1)) {
        size_t before = newline;
        while (before > 0 && isSpace(bytes[before - 1]))
            --before;
        size_t after = newline + 1;
        while (after < bytes.size() && isSpace(bytes[after]))
            ++after;
        if (before > 0 && bytes[before - 1] == ',' && after < bytes.size() && bytes[after] == '{')
            return SplitPoint{start + qint64(before) - 1, start + qint64(after)};
    }
    return std::nullopt;
}

qint64 &partBytes()
{
    static qint64 bytes = qint64(8) << 20;
    return bytes;
}

std::atomic<int> partsUsed{0};

constexpr unsigned parseFlags = rapidjson::kParseIterativeFlag
    | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag
    | rapidjson::kParseStopWhenDoneFlag;

// One part of a file after its first: the elements from `start.element` up to the comma where
// the next part starts (`endComma`), or, for the last, up to the closing bracket of the array.
struct FilePart
{
    SplitPoint start;
    qint64 endComma = -1;
    DatasetBuilder builder;
    // Written by the thread that read it, read by the file's own reader once it is done.
    bool whole = false;     // read to its end with no syntax error
    bool endsArray = false; // its end is the array's closing bracket (reached before endComma)
    qint64 end = -1;        // endComma, or that bracket
    quint32 elements = 0;
    qint64 reportedBytes = 0;
    qint64 reportedEvents = 0;
    bool used = false;
};

// The parts of one file after its first, read by helper threads into builders of their own, and
// by the file's own thread whenever it waits for one of them: a core that runs slow reads fewer
// parts. The file's own reader takes them in order (SaxHandler::arriveAtPart): absorbed where
// they were read exactly as it would have read them itself, read by itself where not.
class FileParts
{
public:
    FileParts(const SourceFile &file, int index, const std::vector<SplitPoint> &points,
              bool keepEventText, LoadProgress *progress)
        : m_file(file), m_index(index), m_progress(progress), m_done(points.size(), false)
    {
        for (size_t i = 0; i < points.size(); ++i) {
            auto part = std::make_unique<FilePart>();
            part->start = points[i];
            part->endComma = i + 1 < points.size() ? points[i + 1].comma : -1;
            part->builder.setKeepEventText(keepEventText);
            m_parts.push_back(std::move(part));
        }
    }
    FileParts(const FileParts &) = delete;
    FileParts &operator=(const FileParts &) = delete;
    ~FileParts() { stop(); }

    int count() const { return int(m_parts.size()); }
    qint64 commaOf(int part) const { return m_parts[size_t(part)]->start.comma; }

    void start(int helpers)
    {
        for (int i = 0; i < helpers; ++i)
            m_helpers.emplace_back([this] {
                while (readNext()) {
                }
            });
    }

    // The file's reader has taken every byte before part `i`'s comma: the part, read whole and
    // now the caller's to absorb, or null when the caller is to read it itself.
    FilePart *arriveAt(int i)
    {
        int expected = i;
        if (m_next.compare_exchange_strong(expected, i + 1))
            return nullptr; // nobody has begun it
        // Another thread reads it: read the parts after it meanwhile, then wait for it.
        while (!isDone(i)) {
            if (!readNext()) {
                std::unique_lock lock(m_mutex);
                m_partDone.wait(lock, [&] { return m_done[size_t(i)]; });
            }
        }
        FilePart &part = *m_parts[size_t(i)];
        if (!part.whole) {
            giveBackProgress(part);
            return nullptr;
        }
        return &part;
    }
    // Part `i` is not wanted: nobody is to begin it.
    void skip(int i)
    {
        int expected = i;
        m_next.compare_exchange_strong(expected, i + 1);
    }
    // Part `i` is the first the file's reader can stop at: the helpers begin there.
    void beginAt(int i) { m_next.store(i); }
    // The file's reader takes the part in.
    void use(FilePart &part)
    {
        part.used = true;
        partsUsed.fetch_add(1, std::memory_order_relaxed);
    }

    // No part is needed any more: stops reading them, and takes back what the parts not used
    // added to the progress (the file's reader reads those bytes itself).
    void stop()
    {
        m_stop.store(true, std::memory_order_relaxed);
        for (std::thread &helper : m_helpers)
            helper.join();
        m_helpers.clear();
        for (const std::unique_ptr<FilePart> &part : m_parts) {
            if (!part->used)
                giveBackProgress(*part);
        }
    }

private:
    bool isDone(int i)
    {
        const std::lock_guard lock(m_mutex);
        return m_done[size_t(i)];
    }

    void giveBackProgress(FilePart &part)
    {
        if (m_progress && (part.reportedBytes != 0 || part.reportedEvents != 0))
            m_progress->addRead(-part.reportedBytes, -part.reportedEvents);
        part.reportedBytes = part.reportedEvents = 0;
    }

    // Claims the next part nobody has begun and reads it; false when there is none.
    bool readNext()
    {
        if (m_stop.load(std::memory_order_relaxed))
            return false;
        const int i = m_next.fetch_add(1);
        if (i >= count())
            return false;
        read(*m_parts[size_t(i)]);
        {
            const std::lock_guard lock(m_mutex);
            m_done[size_t(i)] = true;
        }
        m_partDone.notify_all();
        return true;
    }

    void read(FilePart &part)
    {
        const std::unique_ptr<SourceFilePart> source = m_file.openPart(part.start.element);
        if (!source)
            return;
        const qint64 end = part.endComma >= 0 ? part.endComma : m_file.size();
        // No filler thread for its text: every core is reading.
        part.builder.reserveForInput(end - part.start.element, false);
        FileWindowStream &stream = *source->stream;
        SaxHandler handler(stream, m_index, part.builder, m_progress);
        handler.startInCollection(Collection::Events, part.start.element, part.start.comma);
        const bool whole = readElements(part, stream, handler);
        part.reportedBytes = handler.bytesReported() - part.start.comma;
        part.reportedEvents = handler.eventsReported();
        part.whole = whole && source->isIntact();
    }

    // One element at a time, the commas between them read here: the array's opening bracket is
    // in another part.
    bool readElements(FilePart &part, FileWindowStream &stream, SaxHandler &handler)
    {
        rapidjson::Reader reader;
        for (;;) {
            if (m_stop.load(std::memory_order_relaxed)
                || part.builder.messages().size() >= size_t(DatasetBuilder::errorCap))
                return false;
            if (reader.Parse<parseFlags>(stream, handler).IsError())
                return false;
            char c;
            while (isSpace(c = stream.Peek()))
                stream.Take();
            const qint64 at = qint64(stream.Tell());
            if (part.endComma >= 0 && at >= part.endComma) {
                if (at != part.endComma || c != ',')
                    return false; // the next part's comma was inside an element
                break;
            }
            if (c == ']') {
                part.endsArray = true;
                break;
            }
            if (c != ',')
                return false;
            stream.Take();
        }
        part.end = qint64(stream.Tell());
        part.elements = handler.elementsRead();
        handler.report(part.end);
        return true;
    }

    const SourceFile &m_file;
    int m_index;
    LoadProgress *m_progress;
    std::vector<std::unique_ptr<FilePart>> m_parts;
    std::atomic<int> m_next{0};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_partDone;
    std::vector<bool> m_done; // by m_mutex
    std::vector<std::thread> m_helpers;
};

bool SaxHandler::stopAtPart(int part, FileParts &parts)
{
    return m_stream.setDetour(parts.commaOf(part),
                              [this, part, &parts] { return arriveAtPart(part, parts); });
}

qint64 SaxHandler::arriveAtPart(int i, FileParts &parts)
{
    const qint64 comma = parts.commaOf(i);
    const bool betweenEvents = !m_aborted && m_stack.size() == 2 && m_stack.back().isCollection
        && m_stack.back().collection == Collection::Events
        && (m_record.isEmpty() || m_record.isComplete());
    if (!betweenEvents)
        parts.skip(i);
    FilePart *part = betweenEvents ? parts.arriveAt(i) : nullptr;
    // With the error cap near, which messages are kept depends on the order they come in:
    // read the part here, as if there were no parts.
    if (part
        && m_builder.messages().size() + part->builder.messages().size()
            >= size_t(DatasetBuilder::errorCap))
        part = nullptr;
    if (!part) {
        // This reader reads part i itself, and looks again at the next one.
        if (i + 1 < parts.count())
            stopAtPart(i + 1, parts);
        return comma;
    }
    report(comma);
    parts.use(*part);
    Frame &events = m_stack.back();
    part->builder.renumberEventsFrom(events.elements);
    events.elements += part->elements;
    m_builder.absorb(std::move(part->builder));
    part->builder = DatasetBuilder(); // frees what it held before the next part comes in
    m_reportedBytes = part->end;
    m_reportedEvents = m_builder.eventCount();
    // An event id of this part used before already can reach the cap: stop at the next token,
    // as one reader would have stopped at that event.
    m_aborted = m_builder.tooManyErrors();
    if (part->endsArray || m_aborted)
        parts.stop();
    else if (i + 1 < parts.count())
        stopAtPart(i + 1, parts); // at part->end, where the reader goes on
    return part->end;
}

void readStream(FileWindowStream &stream, int file, DatasetBuilder &builder,
                LoadProgress *progress, FileParts *parts)
{
    const qint64 size = stream.size();
    const std::string_view start = stream.bytes(0, 3);
    qint64 skip = 0;
    if (start.substr(0, 3) == "\xEF\xBB\xBF") {
        skip = 3; // a UTF-8 byte order mark is harmless
    } else if (start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF") {
        builder.error({file, 0}, QString(),
                      DatasetFileReaderText::tr(
                          "the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)"));
        return;
    }
    if (size - skip <= 0) {
        builder.error({file, -1}, QString(), DatasetFileReaderText::tr("the file is empty"));
        return;
    }

    for (qint64 i = 0; i < skip; ++i)
        stream.Take();
    SaxHandler handler(stream, file, builder, progress);
    if (parts) {
        // The first part whose comma this reader has not read past yet (small parts: the file's
        // head is read at once).
        int first = 0;
        while (first < parts->count() && !handler.stopAtPart(first, *parts))
            ++first;
        if (first < parts->count()) {
            parts->beginAt(first);
            parts->start(std::max(1, QThread::idealThreadCount() - 1));
        } else {
            parts = nullptr;
        }
    }
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<parseFlags>(stream, handler);
    if (parts) {
        stream.clearDetour();
        parts->stop(); // every part is absorbed, or the parse ended before it was needed
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
            text += DatasetFileReaderText::tr(" (the file ends early: is it cut off?)");
        //: %1 is the JSON parser's own description of the error, in English
        text = DatasetFileReaderText::tr("not valid JSON: %1").arg(text);
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
                          DatasetFileReaderText::tr(
                              "not valid JSON: unexpected text after the top-level object"));
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
    readStream(stream, file, builder, progress, nullptr);
}

void DatasetFileReader::readInParts(SourceFile &file, int index, DatasetBuilder &builder,
                                    LoadProgress *progress)
{
    // Four parts a core, so that the parts share out evenly over cores that do not run alike.
    const qint64 wanted = std::min<qint64>(file.size() / partBytes(),
                                           4 * std::max(2, QThread::idealThreadCount()));
    std::vector<SplitPoint> points;
    for (qint64 i = 1; i < wanted; ++i) {
        const qint64 from = file.size() / wanted * i;
        if (!points.empty() && from <= points.back().element)
            continue;
        if (const std::optional<SplitPoint> point = findSplitPoint(file, from))
            points.push_back(*point);
    }
    if (points.empty()) {
        read(file.stream(), index, builder, progress);
        return;
    }
    FileParts parts(file, index, points, builder.keepsEventText(), progress);
    readStream(file.stream(), index, builder, progress, &parts);
}

int DatasetFileReader::partsUsedForTesting()
{
    return partsUsed.load(std::memory_order_relaxed);
}

void DatasetFileReader::setPartBytesForTesting(qint64 bytes)
{
    partBytes() = bytes > 0 ? bytes : qint64(8) << 20;
}
