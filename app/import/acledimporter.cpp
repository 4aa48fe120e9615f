// SPDX-License-Identifier: MIT
// ACLED events, in either of its schemas: the older one in upper case (EVENT_DATE as
// DD/MM/YYYY, ALLY_ACTOR_1 in the oldest files) and the current one in lower case (event_date
// as YYYY-MM-DD). Both say how precisely the date is known (time_precision, ACLED Codebook,
// "Time precision codes"): 1, the day; 2, "sometime during the week or a similar period (the
// weekend)", the recorded date being the middle of that period; 3, sometime during a month, the
// recorded date being the month's midpoint (or its first or last day). Tideline keeps exactly
// that: day precision; a date known only between the recorded date's week's bounds, three days
// either side of the recorded middle; the month.
#include "eventdataimport.h"

#include "civilcalendar.h"
#include "codebooks.h"

#include <QCoreApplication>

#include <array>

using namespace EventDataImport;

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

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

PartialDate dayDate(qint64 year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1 || day > CivilCalendar::daysInMonth(year, month))
        return {};
    return PartialDate::fromYearMonthDay(year, month, day);
}

// The dates ACLED writes: "2023-02-16" (current), "16/02/2023" (older, day first), and the
// export tool's "16 February 2023".
PartialDate parseAcledDate(std::string_view text)
{
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && allDigits(text.substr(0, 4))
        && allDigits(text.substr(5, 2)) && allDigits(text.substr(8, 2)))
        return dayDate(digitsValue(text.substr(0, 4)), digitsValue(text.substr(5, 2)),
                       digitsValue(text.substr(8, 2)));
    if (text.size() == 10 && text[2] == '/' && text[5] == '/' && allDigits(text.substr(0, 2))
        && allDigits(text.substr(3, 2)) && allDigits(text.substr(6, 4)))
        return dayDate(digitsValue(text.substr(6, 4)), digitsValue(text.substr(3, 2)),
                       digitsValue(text.substr(0, 2)));
    static constexpr std::array<std::string_view, 12> months = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    const size_t first = text.find(' ');
    const size_t last = text.rfind(' ');
    if (first == std::string_view::npos || first == last)
        return {};
    const std::string_view day = text.substr(0, first);
    const std::string_view month = text.substr(first + 1, last - first - 1);
    const std::string_view year = text.substr(last + 1);
    if (!allDigits(day) || day.size() > 2 || !allDigits(year) || year.size() != 4)
        return {};
    for (size_t m = 0; m < months.size(); ++m) {
        if (month == months[m])
            return dayDate(digitsValue(year), int(m) + 1, digitsValue(day));
    }
    return {};
}

PartialDate addDays(const PartialDate &date, int days)
{
    const CivilCalendar::CivilDay day = CivilCalendar::civilFromDays(
        CivilCalendar::daysFromCivil(date.year, date.month, date.day) + days);
    return PartialDate::fromYearMonthDay(day.year, day.month, day.day);
}

// The kind of actor ACLED's actor type says (inter1: a number in the older schema, words in
// the current one): state forces are an organisation, rebels and militias factions, rioters,
// protesters and civilians groups.
std::string_view kindForInter(std::string_view inter)
{
    if (inter == "1" || inter == "State forces")
        return "organisation";
    if (inter == "2" || inter == "3" || inter == "4" || inter == "Rebel group"
        || inter == "Political militia" || inter == "Identity militia")
        return "faction";
    if (inter == "5" || inter == "6" || inter == "7" || inter == "Rioters"
        || inter == "Protesters" || inter == "Civilians")
        return "group";
    return "other";
}

class AcledReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDataImport)

public:
    explicit AcledReader(ImportContext &context)
        : m_context(context), m_table(context, false), m_records(context)
    {
    }
    void read();

private:
    void readRow();
    // The state an ACLED actor name belongs to, by the codebook's patterns, or empty.
    std::string_view stateOf(std::string_view name, qint64 offset);
    void actor(std::string_view name, int inter, qint64 offset);

    ImportContext &m_context;
    HeaderedTable m_table;
    EventDataRecords m_records;
    TidelineRecord m_event;
    int m_id = -1, m_date = -1, m_precision = -1, m_disorder = -1, m_type = -1, m_subType = -1,
        m_actor1 = -1, m_assoc1 = -1, m_inter1 = -1, m_actor2 = -1, m_assoc2 = -1, m_inter2 = -1,
        m_country = -1, m_admin1 = -1, m_admin2 = -1, m_location = -1, m_source = -1,
        m_notes = -1, m_fatalities = -1, m_tags = -1;
    std::string m_eventId, m_title, m_description, m_place, m_parent, m_actorId, m_sourceId;
    std::vector<std::string> m_actors, m_sources;
    std::vector<std::string_view> m_tagList;
};

void AcledReader::read()
{
    if (!m_table.readHeader())
        return;
    const QString missing = m_table.missing({{"event_date"}, {"time_precision"},
                                             {"event_type"}, {"actor1"}, {"country"}});
    if (!missing.isEmpty()) {
        m_context.error(0, QString(), tr("not an ACLED file: the header has no %1").arg(missing));
        return;
    }
    m_id = m_table.column({"event_id_cnty", "data_id"});
    if (m_id < 0) {
        m_context.error(0, QString(), tr("not an ACLED file: the header has no \"event_id_cnty\""));
        return;
    }
    m_date = m_table.column({"event_date"});
    m_precision = m_table.column({"time_precision"});
    m_disorder = m_table.column({"disorder_type"});
    m_type = m_table.column({"event_type"});
    m_subType = m_table.column({"sub_event_type"});
    m_actor1 = m_table.column({"actor1"});
    m_assoc1 = m_table.column({"assoc_actor_1", "ally_actor_1"});
    m_inter1 = m_table.column({"inter1"});
    m_actor2 = m_table.column({"actor2"});
    m_assoc2 = m_table.column({"assoc_actor_2", "ally_actor_2"});
    m_inter2 = m_table.column({"inter2"});
    m_country = m_table.column({"country"});
    m_admin1 = m_table.column({"admin1"});
    m_admin2 = m_table.column({"admin2"});
    m_location = m_table.column({"location"});
    m_source = m_table.column({"source"});
    m_notes = m_table.column({"notes"});
    m_fatalities = m_table.column({"fatalities"});
    m_tags = m_table.column({"tags"});
    while (m_table.nextRow()) {
        if (!m_context.rowIsBad())
            readRow();
        m_table.endRow();
    }
}

// The ACLED Codebook names actors after their country in two ways: generic categories as
// "Protesters (Algeria)", "Civilians (Kenya)", "Unidentified Armed Group (Nigeria)"; state
// forces as "Military Forces of Algeria (1999-)", "Police Forces of India (2014-) Assam Rifles".
// The country must be one (the row's country, or a known country name): "(1999-)" is not.
std::string_view AcledReader::stateOf(std::string_view name, qint64 offset)
{
    const std::string_view rowCountry = m_table.cell(m_country);
    const auto state = [&](std::string_view country) -> std::string_view {
        if (country.empty())
            return {};
        return m_records.stateByName(country, offset, country == rowCountry);
    };
    for (std::string_view prefix : {"Military Forces of ", "Police Forces of "}) {
        if (!name.starts_with(prefix))
            continue;
        std::string_view rest = name.substr(prefix.size());
        const size_t open = rest.find(" (");
        if (open == std::string_view::npos)
            return {};
        return state(rest.substr(0, open));
    }
    return state(trailingParenthesis(name));
}

void AcledReader::actor(std::string_view name, int inter, qint64 offset)
{
    if (name.empty())
        return;
    m_actorId.assign("acled:");
    m_actorId.append(name);
    if (std::find(m_actors.begin(), m_actors.end(), m_actorId) != m_actors.end())
        return;
    m_parent.assign(stateOf(name, offset));
    m_records.actor(m_actorId, name, kindForInter(m_table.cell(inter)), m_parent, offset);
    m_actors.push_back(m_actorId);
}

void AcledReader::readRow()
{
    const std::string_view number = m_table.cell(m_id);
    if (number.empty())
        return m_table.rowError(m_id, tr("the event has no id"));
    const std::string_view dateText = m_table.cell(m_date);
    const PartialDate date = parseAcledDate(dateText);
    if (!date.isValid())
        return m_table.rowError(m_date, tr("expected a date such as 2023-02-16, 16/02/2023 or 16 "
                                           "February 2023, found \"%1\"").arg(qs(dateText)));
    const std::string_view precision = m_table.cell(m_precision);
    if (precision != "1" && precision != "2" && precision != "3")
        return m_table.rowError(m_precision, tr("expected a time precision of 1 (the day), 2 (the "
                                                "week) or 3 (the month), found \"%1\"")
                                                 .arg(qs(precision)));
    if (!m_table.checkText({m_id, m_disorder, m_type, m_subType, m_actor1, m_assoc1, m_actor2,
                            m_assoc2, m_country, m_admin1, m_admin2, m_location, m_source,
                            m_fatalities, m_tags}))
        return;
    if (!m_table.checkText({m_notes}, true))
        return;

    m_actors.clear();
    actor(m_table.cell(m_actor1), m_inter1, m_table.offset(m_actor1));
    forEachItem(m_table.cell(m_assoc1), ';', [&](std::string_view name) {
        actor(name, -1, m_table.offset(m_assoc1));
    });
    actor(m_table.cell(m_actor2), m_inter2, m_table.offset(m_actor2));
    forEachItem(m_table.cell(m_assoc2), ';', [&](std::string_view name) {
        actor(name, -1, m_table.offset(m_assoc2));
    });

    // "Protesters (Algeria) — Peaceful protest — Police Forces of Algeria (1999-)"
    std::string_view what = m_table.cell(m_subType);
    if (what.empty())
        what = m_table.cell(m_type);
    m_title.clear();
    for (std::string_view part : {m_table.cell(m_actor1), what, m_table.cell(m_actor2)}) {
        if (part.empty())
            continue;
        if (!m_title.empty())
            m_title.append(" — ");
        m_title.append(part);
    }
    if (m_title.empty())
        m_title.assign(number);

    m_tagList.clear();
    const auto addTag = [&](std::string_view tag) {
        if (std::find(m_tagList.begin(), m_tagList.end(), tag) == m_tagList.end())
            m_tagList.push_back(tag);
    };
    for (int column : {m_disorder, m_type, m_subType}) {
        if (!m_table.cell(column).empty())
            addTag(m_table.cell(column));
    }
    forEachItem(m_table.cell(m_tags), ';', addTag);

    m_description.assign(m_table.cell(m_notes));
    const std::string_view fatalities = m_table.cell(m_fatalities);
    if (!fatalities.empty()) {
        if (!m_description.empty())
            m_description.append("\n\n");
        m_description.append("Fatalities: ");
        m_description.append(fatalities);
        m_description.push_back('.');
    }

    m_place.clear();
    for (int column : {m_location, m_admin2, m_admin1, m_country}) {
        const std::string_view part = m_table.cell(column);
        if (part.empty() || (!m_place.empty() && std::string_view(m_place).ends_with(part)))
            continue;
        if (!m_place.empty())
            m_place.append(", ");
        m_place.append(part);
    }

    m_sources.clear();
    forEachItem(m_table.cell(m_source), ';', [&](std::string_view name) {
        m_sourceId.assign("acled-source:");
        m_sourceId.append(name);
        m_records.source(m_sourceId, name, name, {}, m_table.offset(m_source));
        if (std::find(m_sources.begin(), m_sources.end(), m_sourceId) == m_sources.end())
            m_sources.push_back(m_sourceId);
    });

    m_eventId.assign("acled:");
    m_eventId.append(number);
    const qint64 row = m_table.rowOffset();
    const qint64 dateAt = m_table.offset(m_date);
    m_event.begin(row);
    m_event.text("id", m_eventId, m_table.offset(m_id));
    m_event.text("title", m_title, row);
    if (precision == "1")
        m_event.date("start", date, dateAt);
    else if (precision == "2")
        m_event.dateBetween("start", addDays(date, -3), addDays(date, 3), dateAt);
    else
        m_event.date("start", PartialDate::fromYearMonth(date.year, date.month), dateAt);
    if (!m_actors.empty()) {
        m_event.beginList("actors", m_table.offset(m_actor1));
        for (const std::string &id : m_actors)
            m_event.item(id, m_table.offset(m_actor1));
        m_event.endList();
    }
    if (!m_tagList.empty()) {
        m_event.beginList("tags", m_table.offset(m_type));
        for (std::string_view tag : m_tagList)
            m_event.item(tag, m_table.offset(m_type));
        m_event.endList();
    }
    if (!m_place.empty())
        m_event.text("location", m_place, m_table.offset(m_location >= 0 ? m_location : m_country));
    if (!m_description.empty())
        m_event.text("description", m_description, m_table.offset(m_notes >= 0 ? m_notes : m_id));
    if (!m_sources.empty()) {
        m_event.beginList("sources", m_table.offset(m_source));
        for (const std::string &id : m_sources)
            m_event.item(id, m_table.offset(m_source));
        m_event.endList();
    }
    m_context.add(DatasetCollection::Events, m_event.finish());
}

} // namespace

void EventDataImport::readAcled(ImportContext &context)
{
    AcledReader(context).read();
}
