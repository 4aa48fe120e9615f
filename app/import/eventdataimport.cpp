// SPDX-License-Identifier: MIT
#include "eventdataimport.h"

#include "codebooks.h"

#include <QCoreApplication>

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

bool EventDataImport::isCleanText(std::string_view text, bool lineBreaks)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x20 && c < 0x80) {
            ++p;
            continue;
        }
        if (c < 0x20 || c == 0x7F) {
            if (lineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
                ++p;
                continue;
            }
            return false;
        }
        int extra;
        unsigned int code;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if ((extra == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF)))
            || (extra == 3 && (code < 0x10000 || code > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

std::string_view EventDataImport::EventDataRecords::stateByCode(std::string_view code,
                                                                qint64 offset,
                                                                const QString &field)
{
    if (code.empty())
        return {};
    const Codebooks::Country *country = Codebooks::countryByCode(code);
    if (!country) {
        if (m_warnedCodes.emplace(std::string(code)).second)
            m_context.warning(offset, field,
                              tr("unknown country code \"%1\": the actor is left without a "
                                 "country").arg(qs(code)));
        return {};
    }
    m_stateId.assign(country->isState ? "country:" : "region:");
    m_stateId.append(country->code);
    actor(m_stateId, country->name, country->isState ? "state" : "other", {}, offset);
    return m_stateId;
}

std::string_view EventDataImport::EventDataRecords::stateByName(std::string_view name,
                                                                qint64 offset, bool known)
{
    if (name.empty())
        return {};
    if (const Codebooks::Country *country = Codebooks::countryByName(name)) {
        m_stateId.assign("country:");
        m_stateId.append(country->code);
        actor(m_stateId, country->name, "state", {}, offset);
        return m_stateId;
    }
    if (!known)
        return {};
    m_stateId.assign("country:");
    m_stateId.append(name);
    actor(m_stateId, name, "state", {}, offset);
    return m_stateId;
}

void EventDataImport::EventDataRecords::actor(std::string_view id, std::string_view name,
                                              std::string_view kind, std::string_view parent,
                                              qint64 offset)
{
    if (m_actors.find(id) != m_actors.end())
        return;
    m_actors.emplace(id);
    m_record.begin(offset);
    m_record.text("id", id, offset);
    m_record.text("name", name, offset);
    m_record.text("kind", kind, offset);
    if (!parent.empty())
        m_record.text("parent", parent, offset);
    m_context.add(DatasetCollection::Actors, m_record.finish());
}

void EventDataImport::EventDataRecords::source(std::string_view id, std::string_view title,
                                               std::string_view publisher, std::string_view url,
                                               qint64 offset)
{
    if (m_sources.find(id) != m_sources.end())
        return;
    m_sources.emplace(id);
    newSource(id, title, publisher, url, offset);
}

void EventDataImport::EventDataRecords::newSource(std::string_view id, std::string_view title,
                                                  std::string_view publisher, std::string_view url,
                                                  qint64 offset)
{
    m_record.begin(offset);
    m_record.text("id", id, offset);
    m_record.text("title", title, offset);
    if (!publisher.empty())
        m_record.text("publisher", publisher, offset);
    if (!url.empty())
        m_record.text("url", url, offset);
    m_context.add(DatasetCollection::Sources, m_record.finish());
}

std::string_view EventDataImport::trailingParenthesis(std::string_view name)
{
    if (!name.ends_with(')'))
        return {};
    const size_t open = name.rfind('(');
    if (open == std::string_view::npos || open == 0)
        return {};
    return name.substr(open + 1, name.size() - open - 2);
}

EventDataImport::HeaderedTable::HeaderedTable(ImportContext &context, bool preferTab)
    : m_context(context), m_text(DecodedText::decode(context.data(), context.size())),
      m_reader(m_text.text(), CsvReader::sniffDelimiter(m_text.text(), preferTab))
{
    if (m_text.encoding() == DecodedText::Encoding::Windows1252)
        m_context.warning(m_text.firstInvalidUtf8(), QString(),
                          tr("the file is not UTF-8: read as Windows-1252"));
}

bool EventDataImport::HeaderedTable::readHeader()
{
    if (!m_reader.readRow()) {
        m_context.error(0, QString(), tr("the file is empty: expected a header row"));
        return false;
    }
    for (int c = 0; c < m_reader.cellCount(); ++c) {
        m_names.emplace_back(m_reader.cell(c));
        std::string name(m_reader.cell(c));
        for (char &ch : name) {
            if (ch >= 'A' && ch <= 'Z')
                ch = char(ch - 'A' + 'a');
        }
        m_header.push_back(std::move(name));
    }
    return true;
}

int EventDataImport::HeaderedTable::column(std::initializer_list<std::string_view> names) const
{
    for (std::string_view name : names) {
        for (size_t c = 0; c < m_header.size(); ++c) {
            const std::string &have = m_header[c];
            if (have.size() != name.size())
                continue;
            bool same = true;
            for (size_t i = 0; i < name.size() && same; ++i) {
                char ch = name[i];
                if (ch >= 'A' && ch <= 'Z')
                    ch = char(ch - 'A' + 'a');
                same = have[i] == ch;
            }
            if (same)
                return int(c);
        }
    }
    return -1;
}

QString EventDataImport::HeaderedTable::missing(
    std::initializer_list<std::initializer_list<std::string_view>> required) const
{
    QStringList names;
    for (const auto &alternatives : required) {
        if (column(alternatives) < 0)
            names << QStringLiteral("\"%1\"").arg(qs(*alternatives.begin()));
    }
    return names.join(QStringLiteral(", "));
}

bool EventDataImport::HeaderedTable::nextRow()
{
    if (m_context.shouldStop() || !m_reader.readRow())
        return false;
    m_rowOffset = m_text.fileOffset(m_reader.rowOffset());
    m_context.beginRow(m_rowOffset);
    if (m_reader.problem() != CsvReader::Problem::None)
        m_context.rowError(m_text.fileOffset(m_reader.problemOffset()), QString(),
                           CsvReader::describe(m_reader.problem()));
    else if (size_t(m_reader.cellCount()) != m_header.size())
        m_context.rowError(
            m_rowOffset, QString(),
            tr("expected %n cells like the header, found %1", nullptr, int(m_header.size()))
                .arg(m_reader.cellCount()));
    return true;
}

void EventDataImport::HeaderedTable::endRow()
{
    m_context.endRow();
    m_context.reportProgress(m_text.fileOffset(m_reader.position()));
}

qint64 EventDataImport::HeaderedTable::offset(int column) const
{
    return column >= 0 && column < m_reader.cellCount()
        ? m_text.fileOffset(m_reader.cellOffset(column))
        : m_rowOffset;
}

QString EventDataImport::HeaderedTable::fieldName(int column) const
{
    if (column < 0 || size_t(column) >= m_header.size())
        return QString();
    // The header's own spelling, as the file has it.
    return QStringLiteral("column \"%1\"").arg(qs(m_names[size_t(column)]));
}

void EventDataImport::HeaderedTable::rowError(int column, const QString &text)
{
    m_context.rowError(offset(column), fieldName(column), text);
}

bool EventDataImport::HeaderedTable::checkText(std::initializer_list<int> columns, bool lineBreaks)
{
    for (int column : columns) {
        if (column >= 0 && !isCleanText(cell(column), lineBreaks)) {
            rowError(column, tr("not UTF-8 text, or holds control characters"));
            return false;
        }
    }
    return true;
}
