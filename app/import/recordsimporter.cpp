// SPDX-License-Identifier: MIT
#include "recordsimporter.h"

#include "importcontext.h"
#include "jsonrecord.h"
#include "mappedtable.h"
#include "spreadsheetdates.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <climits>
#include <functional>

namespace {

using Type = JsonRecord::Type;

constexpr int maxDepth = 64;
constexpr quint32 maxRecordValues = 1'000'000;

// Streams a JSON file and hands over each element of its records array, captured as a
// JsonRecord with offsets: the array at the top, the one under `path` (dotted keys from the top
// object), or, without a path, the first array that is a member of the top object.
class RecordsReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordsImporter)

public:
    using Sink = std::function<bool(const JsonRecord &record, qint64 offset)>;

    RecordsReader(const char *data, qint64 size, const QString &path, Sink sink)
        : m_data(data), m_size(size), m_sink(std::move(sink))
    {
        if (!path.isEmpty()) {
            for (const QString &part : path.split(u'.'))
                m_path.push_back(part.toStdString());
        }
    }

    // An empty string, or what went wrong and where (*offset).
    QString read(qint64 *offset)
    {
        qint64 skip = 0;
        if (m_size >= 3 && memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)
            skip = 3;
        rapidjson::MemoryStream stream(m_data, size_t(m_size));
        for (qint64 i = 0; i < skip; ++i)
            stream.Take();
        m_stream = &stream;
        m_lastEnd = skip;
        rapidjson::Reader reader;
        constexpr unsigned flags =
            rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
            rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseStopWhenDoneFlag;
        const rapidjson::ParseResult result = reader.Parse<flags>(stream, *this);
        if (!m_error.isEmpty()) {
            *offset = m_errorOffset;
            return m_error;
        }
        if (m_stopped)
            return {};
        if (result.IsError()) {
            *offset = qint64(result.Offset());
            //: %1 is the JSON parser's own description of the error, in English
            return tr("not valid JSON: %1")
                .arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code())));
        }
        if (!m_found) {
            *offset = skip;
            return m_path.empty()
                       ? tr("no records found: expected an array of objects, or an object with one "
                            "(like {\"data\": [...]})")
                       : tr("no array of records under \"%1\"")
                             .arg(QString::fromStdString(m_pathText()));
        }
        return {};
    }

    // SAX.
    bool Null() { return scalar(Type::Null, {}, false); }
    bool Bool(bool value) { return scalar(Type::Bool, value ? "true" : "false", value); }
    bool Int(int) { return true; }
    bool Uint(unsigned) { return true; }
    bool Int64(int64_t) { return true; }
    bool Uint64(uint64_t) { return true; }
    bool Double(double) { return true; }
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
        m_lastEnd = qint64(m_stream->Tell());
        if (m_inRecordDepth < 0 && m_keys.size() < size_t(maxDepth))
            m_keys.back() = m_key;
        return true;
    }
    bool StartObject() { return begin(Type::Object); }
    bool StartArray() { return begin(Type::Array); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    std::string m_pathText() const
    {
        std::string text;
        for (const std::string &part : m_path)
            text += (text.empty() ? "" : ".") + part;
        return text;
    }

    qint64 valueStart() const
    {
        qint64 at = m_lastEnd;
        while (at < m_size) {
            const char c = m_data[at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':' &&
                c != '}' && c != ']')
                break;
            ++at;
        }
        return at;
    }

    bool fail(qint64 offset, const QString &text)
    {
        m_error = text;
        m_errorOffset = offset;
        return false;
    }

    // Is the container just opened at depth `depth` (keys leading to it in m_keys) the array?
    bool isRecordsArray(Type type) const
    {
        if (type != Type::Array || m_found)
            return false;
        const size_t depth = m_keys.size(); // containers open around it
        if (m_path.empty())
            return depth == 0 || (depth == 1 && m_types.back() == Type::Object);
        if (depth != m_path.size())
            return false;
        for (size_t i = 0; i < depth; ++i) {
            if (m_types[i] != Type::Object || m_keys[i] != m_path[i])
                return false;
        }
        return true;
    }

    bool scalar(Type type, std::string_view text, bool boolean)
    {
        const qint64 start = valueStart();
        m_lastEnd = qint64(m_stream->Tell());
        if (m_inRecordDepth < 0) {
            if (m_arrayDepth >= 0 && int(m_types.size()) == m_arrayDepth + 1)
                return fail(start, tr("a record must be an object, found %1")
                                       .arg(JsonRecord::typeName(type)));
            return true;
        }
        if (++m_values > maxRecordValues)
            return fail(start,
                        tr("more than %n values in one record", nullptr, int(maxRecordValues)));
        m_record.addScalar(type, m_key, text, boolean, start);
        return true;
    }

    bool begin(Type type)
    {
        qint64 start = qint64(m_stream->Tell());
        if (start >= m_size || (m_data[start] != '{' && m_data[start] != '['))
            --start;
        m_lastEnd = start + 1;
        if (m_types.size() >= size_t(maxDepth))
            return fail(start, tr("values nested deeper than %n levels", nullptr, int(maxDepth)));
        if (m_inRecordDepth >= 0) {
            m_record.beginContainer(type, m_key, start);
        } else if (m_arrayDepth >= 0 && int(m_types.size()) == m_arrayDepth + 1) {
            if (type != Type::Object)
                return fail(start, tr("a record must be an object, found an array"));
            m_inRecordDepth = int(m_types.size());
            m_record.clear();
            m_values = 0;
            m_recordOffset = start;
            m_record.beginContainer(type, {}, start);
        } else if (isRecordsArray(type)) {
            m_found = true;
            m_arrayDepth = int(m_types.size());
        }
        m_types.push_back(type);
        m_keys.emplace_back();
        return true;
    }

    bool end()
    {
        m_lastEnd = qint64(m_stream->Tell());
        m_types.pop_back();
        m_keys.pop_back();
        if (m_inRecordDepth >= 0) {
            m_record.endContainer();
            if (int(m_types.size()) == m_inRecordDepth) {
                m_inRecordDepth = -1;
                if (!m_sink(m_record, m_recordOffset)) {
                    m_stopped = true;
                    return false;
                }
            }
            return true;
        }
        if (int(m_types.size()) == m_arrayDepth) {
            // The records are read; the rest of the file is not ours to check.
            m_stopped = true;
            return false;
        }
        return true;
    }

    const char *m_data;
    qint64 m_size;
    Sink m_sink;
    std::vector<std::string> m_path;
    rapidjson::MemoryStream *m_stream = nullptr;
    std::vector<Type> m_types;
    std::vector<std::string> m_keys; // per open container: the key last read in it
    std::string m_key;
    qint64 m_lastEnd = 0;
    int m_arrayDepth = -1;
    int m_inRecordDepth = -1;
    bool m_found = false;
    bool m_stopped = false;
    JsonRecord m_record;
    quint32 m_values = 0;
    qint64 m_recordOffset = 0;
    QString m_error;
    qint64 m_errorOffset = 0;
};

// The node at a dotted path in a record; -1 when there is none.
int findPath(const JsonRecord &record, const QString &path)
{
    int node = JsonRecord::root;
    for (const QString &part : path.split(u'.')) {
        if (record.node(node).type != Type::Object)
            return -1;
        const std::string key = part.toStdString();
        int found = -1;
        for (int c = record.firstChild(node); c != record.endOfChildren(node); c = record.next(c)) {
            if (record.key(c) == key) {
                found = c;
                break;
            }
        }
        if (found < 0)
            return -1;
        node = found;
    }
    return node;
}

// Every scalar's and every array's dotted path in a record, in order (arrays of scalars are
// one column; the fields inside arrays of objects are not columns).
void collectPaths(const JsonRecord &record, int node, const QString &prefix, QStringList *paths)
{
    for (int c = record.firstChild(node); c != record.endOfChildren(node); c = record.next(c)) {
        const std::string_view key = record.key(c);
        const QString path = (prefix.isEmpty() ? QString() : prefix + u'.') +
                             QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (record.node(c).type == Type::Object)
            collectPaths(record, c, path, paths);
        else if (!paths->contains(path))
            paths->append(path);
    }
}

// The records' values for the mapped columns.
class RecordValues
{
    Q_DECLARE_TR_FUNCTIONS(RecordsImporter)

public:
    RecordValues(MappedTable &table) : m_table(table), m_joined(size_t(table.columns().size())) {}

    // Fills the table's values from a record; problems (a field that is an object) go to
    // `problems`.
    void fill(const JsonRecord &record, qint64 offset, std::vector<MappedTable::Problem> &problems)
    {
        const QStringList &columns = m_table.columns();
        const ColumnMapping &mapping = m_table.mapping();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            MappedTable::Value &value = m_table.values[size_t(i)];
            value = {{}, offset, false};
            const int node = findPath(record, columns[i]);
            if (node < 0)
                continue;
            const JsonRecord::Node &n = record.node(node);
            value.offset = n.sourceOffset;
            switch (n.type) {
            case Type::Null:
                break;
            case Type::String:
            case Type::Bool:
                value.text = record.text(node);
                break;
            case Type::Number:
                value.text = record.text(node);
                value.number = true;
                break;
            case Type::Array: {
                const std::string separator =
                    (mapping.tags.contains(columns[i]) ? mapping.tagSeparator
                                                       : mapping.actorSeparator)
                        .toStdString();
                std::string &joined = m_joined[size_t(i)];
                joined.clear();
                for (int c = record.firstChild(node); c != record.endOfChildren(node);
                     c = record.next(c)) {
                    const Type type = record.node(c).type;
                    if (type == Type::Null)
                        continue;
                    if (type != Type::String && type != Type::Number) {
                        problems.push_back({record.node(c).sourceOffset, m_table.fieldName(int(i)),
                                            tr("a list may hold only strings and numbers")});
                        break;
                    }
                    if (!joined.empty())
                        joined += separator;
                    joined += record.text(c);
                }
                value.text = joined;
                break;
            }
            case Type::Object:
                problems.push_back({n.sourceOffset, m_table.fieldName(int(i)),
                                    tr("the field holds an object: map one of its fields with a "
                                       "dotted path, like \"%1.start\"")
                                        .arg(columns[i])});
                break;
            }
        }
    }

private:
    MappedTable &m_table;
    std::vector<std::string> m_joined;
};

// The mapping: the profile's, or guessed from the first record's fields.
std::optional<ColumnMapping> mappingFor(const char *data, qint64 size, const ColumnMapping *given,
                                        QStringList *paths, QString *error, qint64 *errorOffset)
{
    RecordsReader first(data, size, given ? given->recordsPath : QString(),
                        [&](const JsonRecord &record, qint64) {
                            collectPaths(record, JsonRecord::root, QString(), paths);
                            return paths->size() < 200;
                        });
    *error = first.read(errorOffset);
    if (!error->isEmpty())
        return std::nullopt;
    if (given)
        return *given;
    ColumnMapping guessed = ColumnMapping::guess(*paths);
    if (!guessed.missing().isEmpty()) {
        QStringList quoted;
        for (const QString &path : *paths)
            quoted << u'"' + path + u'"';
        *error = RecordsImporter::tr(
                     "cannot tell which field holds what: %1. The records' fields are %2. Give a "
                     "mapping with --profile FILE")
                     .arg(guessed.missing().join(QStringLiteral("; ")),
                          quoted.join(QStringLiteral(", ")));
        *errorOffset = 0;
        return std::nullopt;
    }
    return guessed;
}

// Decides each date column's day/month order from every record (text dates only).
QList<std::pair<int, QString>> decideOrders(const char *data, qint64 size, MappedTable &table,
                                            qint64 *offset, QStringList *ambiguous)
{
    const std::vector<int> dateColumns = table.dateColumns();
    QList<std::pair<int, QString>> problems;
    if (dateColumns.empty())
        return problems;
    std::vector<SpreadsheetDates::ColumnOrder> orders(dateColumns.size());
    RecordValues values(table);
    std::vector<MappedTable::Problem> ignored;
    RecordsReader reader(data, size, table.mapping().recordsPath,
                         [&](const JsonRecord &record, qint64 at) {
                             values.fill(record, at, ignored);
                             ignored.clear();
                             for (size_t i = 0; i < dateColumns.size(); ++i) {
                                 const MappedTable::Value &v = table.values[size_t(dateColumns[i])];
                                 if (!v.number)
                                     orders[i].add(v.text, v.offset);
                             }
                             return true;
                         });
    qint64 ignoredOffset = 0;
    reader.read(&ignoredOffset);
    const ColumnMapping::DateOrder given = table.mapping().dateOrder;
    for (size_t i = 0; i < dateColumns.size(); ++i) {
        table.setDateOrder(dateColumns[i], orders[i].orderFor(given));
        if (given != ColumnMapping::DateOrder::Unknown)
            continue;
        if (orders[i].conflicting()) {
            *offset = orders[i].monthFirstOffset();
            problems.append({dateColumns[i],
                             RecordsImporter::tr(
                                 "the dates in this field are written both day first (\"%1\") and "
                                 "month first (\"%2\"): correct them so that one order holds")
                                 .arg(orders[i].dayFirstExample(), orders[i].monthFirstExample())});
        } else if (orders[i].ambiguous()) {
            *offset = orders[i].ambiguousOffset();
            ambiguous->append(table.columns().value(dateColumns[i]));
            problems.append(
                {dateColumns[i],
                 RecordsImporter::tr(
                     "every date in this field (%n of them, such as \"%1\") could be "
                     "day/month or month/day: say which (\"dateOrder\": \"dmy\" or "
                     "\"mdy\")",
                     nullptr, int(std::min<qint64>(orders[i].ambiguousCount(), INT_MAX)))
                     .arg(orders[i].ambiguousExample())});
        }
    }
    return problems;
}

} // namespace

void RecordsImporter::read(ImportContext &context)
{
    std::optional<ColumnMapping> given;
    if (!context.options().profile.isEmpty()) {
        QString error;
        given = ColumnMapping::fromJson(context.options().profile, &error);
        if (!given) {
            const QString where = context.options().profileFile.isEmpty()
                                      ? tr("the mapping")
                                      : context.options().profileFile;
            //: %1 is the profile file, or "the mapping", %2 what is wrong with it
            context.error(-1, QString(), tr("%1: %2").arg(where, error));
            return;
        }
        if (const QStringList missing = given->missing(); !missing.isEmpty()) {
            context.error(
                -1, QString(),
                tr("the mapping is not complete: %1").arg(missing.join(QStringLiteral("; "))));
            return;
        }
    }
    QStringList paths;
    QString error;
    qint64 errorOffset = 0;
    const std::optional<ColumnMapping> mapping = mappingFor(
        context.data(), context.size(), given ? &*given : nullptr, &paths, &error, &errorOffset);
    if (!mapping) {
        context.error(errorOffset, QString(), error);
        return;
    }
    MappedTable table(*mapping, context.fileName(), QStringLiteral("field"), true);
    qint64 orderOffset = 0;
    QStringList ambiguous;
    const auto orderProblems =
        decideOrders(context.data(), context.size(), table, &orderOffset, &ambiguous);
    if (!orderProblems.isEmpty()) {
        for (const auto &[column, text] : orderProblems)
            context.error(orderOffset, table.fieldName(column), text);
        return;
    }
    RecordValues values(table);
    MappedTable::Row row;
    std::vector<MappedTable::Problem> problems;
    qint64 number = 0;
    RecordsReader reader(context.data(), context.size(), mapping->recordsPath,
                         [&](const JsonRecord &record, qint64 offset) {
                             if (context.shouldStop())
                                 return false;
                             ++number;
                             context.beginRow(offset);
                             problems.clear();
                             values.fill(record, offset, problems);
                             table.read(number, offset, row);
                             for (const auto &p : problems)
                                 context.rowError(p.offset, p.field, p.text);
                             for (const auto &p : row.problems)
                                 context.rowError(p.offset, p.field, p.text);
                             if (context.endRow())
                                 table.add(context, row);
                             context.reportProgress(offset);
                             return true;
                         });
    error = reader.read(&errorOffset);
    if (!error.isEmpty())
        context.error(errorOffset, QString(), error);
}

TablePreview RecordsImporter::preview(const char *data, qint64 size, const QString &fileName,
                                      const ColumnMapping &mapping, int rows)
{
    TablePreview preview;
    preview.encoding = QStringLiteral("UTF-8");
    const bool empty = mapping == ColumnMapping();
    QStringList paths;
    qint64 errorOffset = 0;
    std::optional<ColumnMapping> used =
        mappingFor(data, size, empty ? nullptr : &mapping, &paths, &preview.error, &errorOffset);
    preview.columns = paths;
    if (!used) {
        if (empty && !paths.isEmpty()) {
            // Nothing guessed: show the fields, and let the dialog map them.
            preview.error.clear();
            used = ColumnMapping::guess(paths);
        } else {
            return preview;
        }
    }
    preview.mapping = *used;
    preview.missing = used->missing();
    MappedTable table(*used, fileName, QStringLiteral("field"), true);
    if (preview.missing.isEmpty()) {
        qint64 offset = 0;
        for (const auto &[column, text] :
             decideOrders(data, size, table, &offset, &preview.ambiguousDateColumns)) {
            const QString name = table.columns().value(column);
            preview.problems.append({name, used->fieldOf(name), text});
        }
    }
    RecordValues values(table);
    MappedTable::Row row;
    std::vector<MappedTable::Problem> problems;
    RecordsReader reader(data, size, used->recordsPath, [&](const JsonRecord &record, qint64 at) {
        ++preview.rowCount;
        if (preview.cells.size() >= rows)
            return true;
        QStringList cells;
        for (const QString &path : paths) {
            const int node = findPath(record, path);
            cells << (node >= 0 && record.node(node).type != Type::Array &&
                              record.node(node).type != Type::Null
                          ? QString::fromUtf8(record.text(node).data(),
                                              qsizetype(record.text(node).size()))
                          : QString());
        }
        preview.cells << cells;
        if (!preview.missing.isEmpty())
            return true;
        problems.clear();
        values.fill(record, at, problems);
        table.read(preview.rowCount, at, row);
        TablePreview::Row shown;
        shown.values = table.describe(row);
        for (const auto &p : problems)
            shown.problems << p.field + QStringLiteral(": ") + p.text;
        for (const auto &p : row.problems)
            shown.problems << p.field + QStringLiteral(": ") + p.text;
        preview.rows << shown;
        return true;
    });
    QString error = reader.read(&errorOffset);
    if (!error.isEmpty() && preview.error.isEmpty())
        preview.error = error;
    return preview;
}
