// SPDX-License-Identifier: MIT
// GDELT events exports: headerless, tab-separated, no quoting. GDELT 2.0 writes 61 columns;
// GDELT 1.0 wrote 58 (57 in the backfiles, without SOURCEURL), lacking the three ADM2 codes.
// A row is split by hand here, without the CSV reader: there is nothing to unquote, and a
// million rows should cost little more than reading them.
#include "eventdataimport.h"

#include "civilcalendar.h"
#include "codebooks.h"

#include <QCoreApplication>

#include <array>
#include <charconv>
#include <cstring>
#include <unordered_set>

using namespace EventDataImport;

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString quoted(std::string_view text)
{
    constexpr size_t limit = 60;
    if (text.size() <= limit)
        return QStringLiteral("\"%1\"").arg(qs(text));
    size_t cut = limit;
    while (cut > 0 && (uchar(text[cut]) & 0xC0) == 0x80)
        --cut;
    return QStringLiteral("\"%1…\"").arg(qs(text.substr(0, cut)));
}

constexpr int maxColumns = 61;

// The columns this importer reads, by their codebook names, and where each layout has them.
enum Column {
    GlobalEventId, SqlDate, Actor1Code, Actor1Name, Actor1CountryCode, Actor1Type1Code,
    Actor2Code, Actor2Name, Actor2CountryCode, Actor2Type1Code, EventCode, EventRootCode,
    QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone,
    ActionGeoFullName, DateAdded, SourceUrl, ColumnCount
};
constexpr std::array<const char *, ColumnCount> columnNames = {
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
    "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
    "NumArticles", "AvgTone", "ActionGeo_FullName", "DATEADDED", "SOURCEURL"};

struct Layout
{
    int columns;
    std::array<int, ColumnCount> index; // -1: not in this layout
};
// The first 35 columns are the same in every layout; the geography blocks are 8 columns wide
// in GDELT 2.0 (with ADM2Code), 7 in GDELT 1.0.
constexpr Layout gdelt2 = {61, {0, 1, 5, 6, 7, 12, 15, 16, 17, 22, 26, 28, 29, 30, 31, 32, 33, 34,
                                52, 59, 60}};
constexpr Layout gdelt1 = {58, {0, 1, 5, 6, 7, 12, 15, 16, 17, 22, 26, 28, 29, 30, 31, 32, 33, 34,
                                50, 56, 57}};
constexpr Layout gdelt1Backfile = {57, {0, 1, 5, 6, 7, 12, 15, 16, 17, 22, 26, 28, 29, 30, 31, 32,
                                        33, 34, 50, 56, -1}};

bool allDigits(std::string_view text)
{
    return !text.empty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int digitsValue(std::string_view text)
{
    int value = 0;
    for (char c : text)
        value = value * 10 + (c - '0');
    return value;
}

// What kind of actor a CAMEO type code makes (Actor1Type1Code): the media, a faction fighting
// or opposing a government, an organisation, a group of people; else "other".
std::string_view kindForType(std::string_view type)
{
    static constexpr std::array<std::pair<const char *, const char *>, 30> kinds = {{
        {"MED", "media"},         {"JRN", "media"},         {"REB", "faction"},
        {"OPP", "faction"},       {"INS", "faction"},       {"SEP", "faction"},
        {"RAD", "faction"},       {"UAF", "faction"},       {"GOV", "organisation"},
        {"MIL", "organisation"},  {"COP", "organisation"},  {"JUD", "organisation"},
        {"LEG", "organisation"},  {"SPY", "organisation"},  {"IGO", "organisation"},
        {"NGO", "organisation"},  {"BUS", "organisation"},  {"MNC", "organisation"},
        {"EDU", "organisation"},  {"HLH", "organisation"},  {"PTY", "organisation"},
        {"CVL", "group"},         {"REF", "group"},         {"LAB", "group"},
        {"AGR", "group"},         {"ELI", "group"},         {"CRM", "group"},
        {"MOD", "group"},         {"REL", "group"},         {"DEV", "group"},
    }};
    for (const auto &[code, kind] : kinds) {
        if (type == code)
            return kind;
    }
    return "other";
}

class GdeltReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDataImport)

public:
    explicit GdeltReader(ImportContext &context) : m_context(context), m_records(context) {}
    void read();

private:
    std::string_view field(Column column) const
    {
        const int index = m_layout->index[column];
        return index < 0 ? std::string_view() : m_fields[size_t(index)];
    }
    qint64 offsetOf(Column column) const
    {
        const int index = m_layout->index[column];
        return index < 0 ? m_rowOffset : m_offsets[size_t(index)];
    }
    QString fieldName(Column column) const
    {
        return QStringLiteral("column %1 \"%2\"")
            .arg(m_layout->index[column] + 1)
            .arg(QLatin1String(columnNames[column]));
    }
    void rowError(Column column, const QString &text)
    {
        m_context.rowError(offsetOf(column), fieldName(column), text);
    }
    bool checkText(Column column)
    {
        if (isCleanText(field(column)))
            return true;
        rowError(column, tr("not UTF-8 text, or holds control characters"));
        return false;
    }
    int split(std::string_view line, qint64 offset);
    void readRow();
    // The actor of one side (1 or 2) into `id`; empty when the row names none.
    void actor(Column code, Column name, Column country, Column type, std::string &id);
    void appendDescription(std::string_view label, std::string_view code);

    ImportContext &m_context;
    EventDataRecords m_records;
    TidelineRecord m_event;
    const Layout *m_layout = nullptr;
    std::array<std::string_view, maxColumns> m_fields;
    std::array<qint64, maxColumns> m_offsets;
    qint64 m_rowOffset = 0;
    std::string m_id, m_title, m_description, m_actor1, m_actor2, m_parent, m_sourceId,
        m_label;
    std::unordered_set<std::string> m_unknownCodes;
    std::unordered_set<std::string_view> m_urls;
};

int GdeltReader::split(std::string_view line, qint64 offset)
{
    int count = 0;
    size_t from = 0;
    while (true) {
        const size_t tab = line.find('\t', from);
        const size_t end = tab == std::string_view::npos ? line.size() : tab;
        if (count < maxColumns) {
            m_fields[size_t(count)] = line.substr(from, end - from);
            m_offsets[size_t(count)] = offset + qint64(from);
        }
        ++count;
        if (tab == std::string_view::npos)
            return count;
        from = tab + 1;
    }
}

void GdeltReader::read()
{
    const char *data = m_context.data();
    const qint64 size = m_context.size();
    qint64 at = 0;
    while (at < size && !m_context.shouldStop()) {
        const void *newline = std::memchr(data + at, '\n', size_t(size - at));
        const qint64 end = newline ? static_cast<const char *>(newline) - data : size;
        std::string_view line(data + at, size_t(end - at));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!line.empty()) {
            m_rowOffset = at;
            m_context.beginRow(at);
            const int columns = split(line, at);
            if (!m_layout) {
                m_layout = columns == gdelt2.columns ? &gdelt2
                    : columns == gdelt1.columns      ? &gdelt1
                    : columns == gdelt1Backfile.columns ? &gdelt1Backfile
                                                        : nullptr;
                if (!m_layout) {
                    m_context.error(at, QString(),
                                    tr("expected the 61 tab-separated columns of a GDELT 2.0 "
                                       "events export (or GDELT 1.0's 58 or 57), found %1")
                                        .arg(columns));
                    return;
                }
            }
            if (columns != m_layout->columns)
                m_context.rowError(at, QString(),
                                   tr("expected %1 tab-separated columns like the first row, "
                                      "found %2").arg(m_layout->columns).arg(columns));
            else
                readRow();
            m_context.endRow();
        }
        at = end + 1;
        m_context.reportProgress(std::min(at, size));
    }
}

void GdeltReader::actor(Column code, Column name, Column country, Column type, std::string &id)
{
    id.clear();
    const std::string_view codeText = field(code);
    const std::string_view nameText = field(name);
    const std::string_view countryText = field(country);
    if (codeText.empty() && nameText.empty())
        return;
    m_parent.assign(m_records.stateByCode(countryText, offsetOf(country), fieldName(country)));
    // An actor coded as nothing but its country ("CAN", "CANADA", "CAN") is that state.
    if (!m_parent.empty() && codeText == countryText) {
        id = m_parent;
        return;
    }
    id.assign("gdelt:");
    id.append(codeText);
    id.push_back(':');
    id.append(nameText);
    m_records.actor(id, nameText.empty() ? codeText : nameText, kindForType(field(type)),
                    m_parent, offsetOf(nameText.empty() ? code : name));
}

void GdeltReader::readRow()
{
    // The event: its number and its day (SQLDATE; DATEADDED is when GDELT saw it).
    const std::string_view number = field(GlobalEventId);
    if (!allDigits(number))
        return rowError(GlobalEventId, tr("expected the event's number, found %1").arg(quoted(number)));
    const std::string_view day = field(SqlDate);
    PartialDate date;
    if (allDigits(day) && day.size() == 8) {
        const int year = digitsValue(day.substr(0, 4));
        const int month = digitsValue(day.substr(4, 2));
        const int dayOfMonth = digitsValue(day.substr(6, 2));
        if (month >= 1 && month <= 12 && dayOfMonth >= 1
            && dayOfMonth <= CivilCalendar::daysInMonth(year, month))
            date = PartialDate::fromYearMonthDay(year, month, dayOfMonth);
    }
    if (!date.isValid())
        return rowError(SqlDate, tr("expected the event's day as YYYYMMDD, found %1").arg(quoted(day)));
    const std::string_view code = field(EventCode);
    if (!allDigits(code) || code.size() < 2 || code.size() > 4)
        return rowError(EventCode, tr("expected a CAMEO event code such as \"040\", found %1")
                                       .arg(quoted(code)));
    const std::string_view quad = field(QuadClass);
    if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4')
        return rowError(QuadClass, tr("expected a quad class from 1 to 4, found %1").arg(quoted(quad)));
    for (Column text : {Actor1Code, Actor1Name, Actor1CountryCode, Actor2Code, Actor2Name,
                        Actor2CountryCode, ActionGeoFullName, SourceUrl, GoldsteinScale, AvgTone}) {
        if (!checkText(text))
            return;
    }

    std::string_view label = Codebooks::cameoEventLabel(code);
    if (label.empty()) {
        m_label.assign("CAMEO ");
        m_label.append(code);
        label = m_label;
        if (m_unknownCodes.emplace(code).second)
            m_context.warning(offsetOf(EventCode), fieldName(EventCode),
                              tr("CAMEO event code %1 is not in the CAMEO codebook; its events "
                                 "are titled by the code").arg(quoted(code)));
    }

    actor(Actor1Code, Actor1Name, Actor1CountryCode, Actor1Type1Code, m_actor1);
    actor(Actor2Code, Actor2Name, Actor2CountryCode, Actor2Type1Code, m_actor2);

    // "<Actor1Name> — <what happened> — <Actor2Name>", leaving out a side the row has no name
    // for (GDELT leaves many Actor2 fields empty: an event with one actor).
    m_title.clear();
    for (std::string_view part : {field(Actor1Name), label, field(Actor2Name)}) {
        if (part.empty())
            continue;
        if (!m_title.empty())
            m_title.append(" — ");
        m_title.append(part);
    }
    appendDescription(label, code);

    const std::string_view url = field(SourceUrl);
    if (!url.empty()) {
        m_sourceId.assign("url:");
        m_sourceId.append(url);
        std::string_view title = url;
        for (std::string_view scheme : {"https://", "http://"}) {
            if (title.starts_with(scheme))
                title.remove_prefix(scheme.size());
        }
        std::string_view host = title.substr(0, std::min(title.find('/'), title.size()));
        if (host.starts_with("www."))
            host.remove_prefix(4);
        // Sources are deduplicated by URL. The URLs seen are kept as views into the file, which
        // stays in memory while it is read: a million rows' URLs are not copied again.
        if (m_urls.insert(url).second)
            m_records.newSource(m_sourceId, title, host, url, offsetOf(SourceUrl));
    }

    m_id.assign("gdelt:");
    m_id.append(number);
    m_event.begin(m_rowOffset);
    m_event.text("id", m_id, offsetOf(GlobalEventId));
    m_event.text("title", m_title, m_rowOffset);
    m_event.date("start", date, offsetOf(SqlDate));
    if (!m_actor1.empty() || !m_actor2.empty()) {
        m_event.beginList("actors", offsetOf(Actor1Code));
        if (!m_actor1.empty())
            m_event.item(m_actor1, offsetOf(Actor1Code));
        if (!m_actor2.empty() && m_actor2 != m_actor1)
            m_event.item(m_actor2, offsetOf(Actor2Code));
        m_event.endList();
    }
    m_event.beginList("tags", offsetOf(QuadClass));
    m_event.item(Codebooks::quadClassLabel(quad[0] - '0'), offsetOf(QuadClass));
    const std::string_view root = Codebooks::cameoEventLabel(field(EventRootCode));
    if (!root.empty())
        m_event.item(root, offsetOf(EventRootCode));
    m_event.endList();
    if (!field(ActionGeoFullName).empty())
        m_event.text("location", field(ActionGeoFullName), offsetOf(ActionGeoFullName));
    m_event.text("description", m_description, m_rowOffset);
    if (!url.empty()) {
        m_event.beginList("sources", offsetOf(SourceUrl));
        m_event.item(m_sourceId, offsetOf(SourceUrl));
        m_event.endList();
    }
    if (!m_context.rowIsBad())
        m_context.add(DatasetCollection::Events, m_event.finish());
}

// "Consult, not specified below (CAMEO 040). Goldstein scale 1.0, average tone 0.63. 10
// mentions in 1 source, 10 articles. Added to GDELT 2019-10-24 14:30:00 UTC."
void GdeltReader::appendDescription(std::string_view label, std::string_view code)
{
    std::string &d = m_description;
    d.assign(label);
    d.append(" (CAMEO ");
    d.append(code);
    d.append(").");
    const std::string_view goldstein = field(GoldsteinScale);
    const std::string_view tone = field(AvgTone);
    if (!goldstein.empty()) {
        d.append(" Goldstein scale ");
        d.append(goldstein);
        d.push_back(tone.empty() ? '.' : ',');
    }
    if (!tone.empty()) {
        double value = 0;
        const auto [end, problem] = std::from_chars(tone.data(), tone.data() + tone.size(), value);
        d.append(goldstein.empty() ? " Average tone " : " average tone ");
        if (problem == std::errc() && end == tone.data() + tone.size()) {
            char text[32];
            const int length = std::snprintf(text, sizeof text, "%.2f", value);
            d.append(text, size_t(std::max(length, 0)));
        } else {
            d.append(tone);
        }
        d.push_back('.');
    }
    const auto count = [&](Column column, const char *one, const char *many) {
        const std::string_view n = field(column);
        if (n.empty())
            return;
        d.push_back(' ');
        d.append(n);
        d.push_back(' ');
        d.append(n == "1" ? one : many);
    };
    count(NumMentions, "mention", "mentions");
    if (!field(NumMentions).empty())
        d.push_back(',');
    count(NumSources, "source", "sources");
    if (!field(NumSources).empty())
        d.push_back(',');
    count(NumArticles, "article", "articles");
    if (d.back() == ',')
        d.pop_back();
    if (!field(NumMentions).empty() || !field(NumSources).empty() || !field(NumArticles).empty())
        d.push_back('.');
    const std::string_view added = field(DateAdded);
    if (allDigits(added) && (added.size() == 14 || added.size() == 8)) {
        d.append(" Added to GDELT ");
        d.append(added.substr(0, 4));
        d.push_back('-');
        d.append(added.substr(4, 2));
        d.push_back('-');
        d.append(added.substr(6, 2));
        if (added.size() == 14) {
            d.push_back(' ');
            d.append(added.substr(8, 2));
            d.push_back(':');
            d.append(added.substr(10, 2));
            d.push_back(':');
            d.append(added.substr(12, 2));
            d.append(" UTC");
        }
        d.push_back('.');
    }
}

} // namespace

void EventDataImport::readGdelt(ImportContext &context)
{
    GdeltReader(context).read();
}
