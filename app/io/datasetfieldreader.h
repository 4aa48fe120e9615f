// SPDX-License-Identifier: MIT
#pragma once

// DatasetBuilder's reader of one record's fields. Private to app/io: only datasetbuilder.cpp
// includes it.

#include "buildertext.h"
#include "datasetbuilder.h"

#include <QColor>

#include <algorithm>
#include <array>
#include <optional>
#include <span>

// Reads the fields of one record, reporting each problem at the exact value it concerns.
class DatasetBuilder::FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetBuilder)

    static QString qs(std::string_view text) { return BuilderText::qs(text); }
    static QString quoted(std::string_view text) { return BuilderText::quoted(text); }

public:
    enum Requirement { Optional, Required };

    FieldReader(DatasetBuilder &builder, const JsonRecord &record, int file,
                const char *collection, quint32 index, std::span<const std::string_view> known)
        : m_builder(builder), m_record(record), m_file(file), m_collection(collection),
          m_index(index), m_known(known)
    {
        m_fields.fill(-1);
        const JsonRecord::Type type = record.node(JsonRecord::root).type;
        if (type != JsonRecord::Type::Object) {
            fail(JsonRecord::root, path(),
                 tr("expected an object, found %1").arg(JsonRecord::typeName(type)));
            m_isObject = false;
            return;
        }
        for (int c = record.firstChild(JsonRecord::root); c != record.endOfChildren(JsonRecord::root);
             c = record.next(c)) {
            const std::string_view key = record.key(c);
            size_t slot = 0;
            while (slot < m_known.size() && key != m_known[slot])
                ++slot;
            if (slot == m_known.size()) {
                m_builder.warning(at(c), path(),
                                  tr("unknown field %1 (ignored)").arg(quoted(key)));
            } else if (m_fields[slot] >= 0) {
                fail(c, pathOf(key), tr("field %1 appears twice in one object").arg(quoted(key)));
            } else {
                m_fields[slot] = c;
            }
        }
    }

    bool isObject() const { return m_isObject; }
    bool ok() const { return m_isObject && m_ok; }
    // Paths are built only when a message needs one: most records never do.
    QString path() const
    {
        return QStringLiteral("%1[%2]").arg(QLatin1String(m_collection)).arg(m_index);
    }
    int file() const { return m_file; }
    quint32 index() const { return m_index; }
    const char *collection() const { return m_collection; }
    Location at(int node) const { return {m_file, m_record.node(node).sourceOffset}; }
    Location recordLocation() const { return at(JsonRecord::root); }
    QString pathOf(std::string_view field) const { return path() + u'.' + qs(field); }
    QString elementPath(std::string_view field, int index) const
    {
        return QStringLiteral("%1[%2]").arg(pathOf(field)).arg(index);
    }

    void fail(int node, const QString &path, const QString &text)
    {
        m_ok = false;
        m_builder.error(at(node), path, text);
    }

    int find(std::string_view name) const
    {
        for (size_t slot = 0; slot < m_known.size(); ++slot) {
            if (m_known[slot] == name)
                return m_fields[slot];
        }
        Q_ASSERT_X(false, "FieldReader::find", "a field its collection does not list");
        return -1;
    }

    bool has(std::string_view name) const { return find(name) >= 0; }

    std::optional<std::string_view> string(std::string_view name, Requirement requirement = Optional)
    {
        const int node = find(name);
        if (node < 0) {
            if (requirement == Required)
                fail(JsonRecord::root, path(),
                     tr("missing required field %1").arg(quoted(name)));
            return std::nullopt;
        }
        if (!expectType(node, JsonRecord::Type::String, name))
            return std::nullopt;
        const std::string_view text = m_record.text(node);
        if (requirement == Required && text.empty()) {
            fail(node, pathOf(name), tr("must not be empty"));
            return std::nullopt;
        }
        return text;
    }

    QString qstring(std::string_view name, Requirement requirement = Optional)
    {
        const auto text = string(name, requirement);
        return text ? qs(*text) : QString();
    }

    PartialDate date(std::string_view name, Requirement requirement = Optional)
    {
        const auto text = string(name, requirement);
        if (!text)
            return {};
        QString problem;
        PartialDate date = PartialDate::parse(*text, &problem);
        if (!date.isValid())
            fail(find(name), pathOf(name), problem);
        return date;
    }

    // A colour as #rrggbb, or an invalid colour when the field is absent or wrong (reported).
    QColor color(std::string_view name)
    {
        const auto text = string(name);
        if (!text)
            return {};
        const QColor color(qs(*text));
        const bool rgbForm = text->size() == 7 && text->front() == '#';
        if (color.isValid() && rgbForm)
            return color;
        fail(find(name), pathOf(name),
             tr("expected a colour as #rrggbb, found %1").arg(quoted(*text)));
        return {};
    }

    // A date, or a date known only between two bounds: {"earliest": DATE, "latest": DATE}. A
    // plain date is its own earliest bound and has no latest.
    struct DateBounds
    {
        PartialDate earliest;
        PartialDate latest; // invalid for a date known as written
    };
    DateBounds dateBounds(std::string_view name, Requirement requirement = Optional)
    {
        const int node = find(name);
        if (node < 0 || m_record.node(node).type != JsonRecord::Type::Object) {
            if (node >= 0 && m_record.node(node).type != JsonRecord::Type::String) {
                fail(node, pathOf(name),
                     tr("expected a date string or an object {\"earliest\": date, \"latest\": "
                        "date}, found %1")
                         .arg(JsonRecord::typeName(m_record.node(node).type)));
                return {};
            }
            return {date(name, requirement), {}};
        }
        const QString objectPath = pathOf(name);
        std::array<int, 2> bounds = {-1, -1};
        static constexpr const char *boundNames[] = {"earliest", "latest"};
        for (int c = m_record.firstChild(node); c != m_record.endOfChildren(node);
             c = m_record.next(c)) {
            const std::string_view key = m_record.key(c);
            const auto slot = std::find(std::begin(boundNames), std::end(boundNames), key);
            if (slot == std::end(boundNames)) {
                m_builder.warning(at(c), objectPath,
                                  tr("unknown field %1 (ignored)").arg(quoted(key)));
                continue;
            }
            int &seen = bounds[size_t(slot - std::begin(boundNames))];
            if (seen >= 0)
                fail(c, objectPath + u'.' + qs(key),
                     tr("field %1 appears twice in one object").arg(quoted(key)));
            else
                seen = c;
        }
        DateBounds result;
        for (size_t b = 0; b < bounds.size(); ++b) {
            const int child = bounds[b];
            const QString path = objectPath + u'.' + QLatin1String(boundNames[b]);
            PartialDate &date = b == 0 ? result.earliest : result.latest;
            if (child < 0) {
                fail(node, objectPath,
                     tr("missing required field %1 (a date known between two bounds needs both "
                        "\"earliest\" and \"latest\")")
                         .arg(quoted(boundNames[b])));
                continue;
            }
            const JsonRecord::Type type = m_record.node(child).type;
            if (type != JsonRecord::Type::String) {
                fail(child, path,
                     tr("expected a string, found %1").arg(JsonRecord::typeName(type)));
                continue;
            }
            QString problem;
            date = PartialDate::parse(m_record.text(child), &problem);
            if (!date.isValid())
                fail(child, path, problem);
        }
        if (result.earliest.isValid() && result.latest.isValid()
            && result.latest.endSecond() <= result.earliest.firstSecond()) {
            fail(bounds[1], objectPath + QStringLiteral(".latest"),
                 tr("the latest bound (%1) lies before the earliest (%2)")
                     .arg(result.latest.toIsoString(), result.earliest.toIsoString()));
            result.latest = {};
        }
        if (!result.earliest.isValid() || !result.latest.isValid())
            return {};
        return result;
    }

    bool boolean(std::string_view name)
    {
        const int node = find(name);
        if (node < 0 || !expectType(node, JsonRecord::Type::Bool, name))
            return false;
        return m_record.node(node).boolean;
    }

    // An array of strings; each element with its location for reference errors.
    struct Element
    {
        std::string_view text;
        Location location;
        const FieldReader *reader;
        const char *field;
        int index;
        QString path() const { return reader->elementPath(field, index); }
        ElementPath elementPath() const
        {
            return {reader->collection(), field, reader->index(), quint32(index)};
        }
    };
    template<typename Visit>
    void stringList(const char *name, Visit visit)
    {
        const int node = find(name);
        if (node < 0 || !expectType(node, JsonRecord::Type::Array, name))
            return;
        int index = 0;
        for (int c = m_record.firstChild(node); c != m_record.endOfChildren(node);
             c = m_record.next(c), ++index) {
            if (!expectType(c, JsonRecord::Type::String, name, index))
                continue;
            if (m_record.text(c).empty()) {
                fail(c, elementPath(name, index), tr("must not be empty"));
                continue;
            }
            visit(Element{m_record.text(c), at(c), this, name, index});
        }
    }

    template<typename Enum, typename Lookup>
    std::optional<Enum> keyword(std::string_view name, Lookup lookup, const QString &allowed)
    {
        const auto text = string(name, Required);
        if (!text)
            return std::nullopt;
        const std::optional<Enum> value = lookup(*text);
        if (!value)
            fail(find(name), pathOf(name),
                 tr("expected one of %1, found %2").arg(allowed, quoted(*text)));
        return value;
    }

private:
    bool expectType(int node, JsonRecord::Type type, std::string_view field, int element = -1)
    {
        const JsonRecord::Type found = m_record.node(node).type;
        if (found == type)
            return true;
        fail(node, element < 0 ? pathOf(field) : elementPath(field, element),
             tr("expected %1, found %2")
                 .arg(JsonRecord::typeName(type),
                      JsonRecord::typeName(found)));
        return false;
    }

    DatasetBuilder &m_builder;
    const JsonRecord &m_record;
    int m_file;
    const char *m_collection;
    quint32 m_index;
    std::span<const std::string_view> m_known; // static arrays: an initializer_list would dangle
    std::array<int, 16> m_fields;
    bool m_isObject = true;
    bool m_ok = true;
};
