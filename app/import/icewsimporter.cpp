// SPDX-License-Identifier: MIT
// ICEWS coded events (the Harvard Dataverse files): a header row, tab-separated (a few copies
// are comma-separated), "NA" for a missing value. One row is a source actor doing something
// (a CAMEO code) to a target actor, on a day, reported by a publisher.
#include "eventdataimport.h"

#include "codebooks.h"

#include <QCoreApplication>

using namespace EventDataImport;

namespace {

constexpr std::string_view na = "NA";

class IcewsReader
{
    Q_DECLARE_TR_FUNCTIONS(EventDataImport)

public:
    explicit IcewsReader(ImportContext &context)
        : m_context(context), m_table(context, true), m_records(context)
    {
    }
    void read();

private:
    struct Side
    {
        int name, sectors, country;
    };
    void readRow();
    void actor(const Side &side, std::string &id);

    ImportContext &m_context;
    HeaderedTable m_table;
    EventDataRecords m_records;
    TidelineRecord m_event;
    int m_id = -1, m_date = -1, m_eventText = -1, m_cameo = -1, m_intensity = -1,
        m_story = -1, m_sentence = -1, m_publisher = -1, m_city = -1, m_district = -1,
        m_province = -1, m_country = -1;
    Side m_source{}, m_target{};
    std::string m_eventId, m_title, m_description, m_location, m_sourceActor, m_targetActor,
        m_parent, m_publisherId;
    std::vector<std::string_view> m_tags;
};

void IcewsReader::read()
{
    if (!m_table.readHeader())
        return;
    const QString missing = m_table.missing({{"Event ID"}, {"Event Date"}, {"Source Name"},
                                             {"Target Name"}, {"CAMEO Code"}});
    if (!missing.isEmpty()) {
        m_context.error(0, QString(), tr("not an ICEWS events file: the header has no %1").arg(missing));
        return;
    }
    m_id = m_table.column({"Event ID"});
    m_date = m_table.column({"Event Date"});
    m_source = {m_table.column({"Source Name"}), m_table.column({"Source Sectors"}),
                m_table.column({"Source Country"})};
    m_target = {m_table.column({"Target Name"}), m_table.column({"Target Sectors"}),
                m_table.column({"Target Country"})};
    m_eventText = m_table.column({"Event Text"});
    m_cameo = m_table.column({"CAMEO Code"});
    m_intensity = m_table.column({"Intensity"});
    m_story = m_table.column({"Story ID"});
    m_sentence = m_table.column({"Sentence Number"});
    m_publisher = m_table.column({"Publisher"});
    m_city = m_table.column({"City"});
    m_district = m_table.column({"District"});
    m_province = m_table.column({"Province"});
    m_country = m_table.column({"Country"});
    while (m_table.nextRow()) {
        if (!m_context.rowIsBad())
            readRow();
        m_table.endRow();
    }
}

// "Police (India)" is the police of the state India; "India" with Source Country "India" is
// that state; "Narendra Modi" with Source Country "India" sits under India.
void IcewsReader::actor(const Side &side, std::string &id)
{
    id.clear();
    const std::string_view name = m_table.value(side.name, na);
    if (name.empty())
        return;
    const std::string_view country = m_table.value(side.country, na);
    const qint64 at = m_table.offset(side.name);
    if (!country.empty() && name == country) {
        id.assign(m_records.stateByName(country, at, true));
        return;
    }
    const std::string_view inParenthesis = trailingParenthesis(name);
    m_parent.clear();
    if (!inParenthesis.empty())
        m_parent.assign(m_records.stateByName(inParenthesis, at, inParenthesis == country));
    if (m_parent.empty() && !country.empty())
        m_parent.assign(m_records.stateByName(country, m_table.offset(side.country), true));
    id.assign("icews:");
    id.append(name);
    m_records.actor(id, name, inParenthesis.empty() ? "other" : "group", m_parent, at);
}

void IcewsReader::readRow()
{
    const std::string_view number = m_table.value(m_id, na);
    if (number.empty())
        return m_table.rowError(m_id, tr("the event has no number"));
    const std::string_view day = m_table.value(m_date, na);
    QString problem;
    const PartialDate date = PartialDate::parse(day, &problem);
    if (!date.isValid())
        return m_table.rowError(m_date, problem);
    const std::string_view code = m_table.value(m_cameo, na);
    if (!m_table.checkText({m_id, m_source.name, m_source.sectors, m_source.country, m_target.name,
                            m_target.sectors, m_target.country, m_eventText, m_cameo, m_intensity,
                            m_publisher, m_city, m_district, m_province, m_country}))
        return;

    actor(m_source, m_sourceActor);
    actor(m_target, m_targetActor);

    // "Police (India) — Arrest, detain, or charge with legal action — Protester (India)"
    std::string_view what = m_table.value(m_eventText, na);
    if (what.empty())
        what = Codebooks::cameoEventLabel(code);
    m_title.clear();
    for (std::string_view part : {m_table.value(m_source.name, na), what,
                                  m_table.value(m_target.name, na)}) {
        if (part.empty())
            continue;
        if (!m_title.empty())
            m_title.append(" — ");
        m_title.append(part);
    }
    if (m_title.empty())
        m_title.assign(code.empty() ? std::string_view("ICEWS event") : code);

    // Tags: the sectors of both sides (each a list in one cell) and the CAMEO root category.
    m_tags.clear();
    const auto addTag = [&](std::string_view tag) {
        if (std::find(m_tags.begin(), m_tags.end(), tag) == m_tags.end())
            m_tags.push_back(tag);
    };
    forEachItem(m_table.value(m_source.sectors, na), ',', addTag);
    forEachItem(m_table.value(m_target.sectors, na), ',', addTag);
    const std::string_view root = code.size() >= 2 ? Codebooks::cameoEventLabel(code.substr(0, 2))
                                                   : std::string_view();
    if (!root.empty())
        addTag(root);

    m_description.clear();
    if (!code.empty()) {
        m_description.append("CAMEO ");
        m_description.append(code);
        const std::string_view label = Codebooks::cameoEventLabel(code);
        if (!label.empty()) {
            m_description.append(": ");
            m_description.append(label);
        }
        m_description.push_back('.');
    }
    const std::string_view intensity = m_table.value(m_intensity, na);
    if (!intensity.empty()) {
        m_description.append(m_description.empty() ? "Intensity " : " Intensity ");
        m_description.append(intensity);
        m_description.push_back('.');
    }
    const std::string_view story = m_table.value(m_story, na);
    if (!story.empty()) {
        m_description.append(" Story ");
        m_description.append(story);
        const std::string_view sentence = m_table.value(m_sentence, na);
        if (!sentence.empty()) {
            m_description.append(", sentence ");
            m_description.append(sentence);
        }
        m_description.push_back('.');
    }

    m_location.clear();
    for (int column : {m_city, m_district, m_province, m_country}) {
        const std::string_view part = m_table.value(column, na);
        if (part.empty())
            continue;
        if (!m_location.empty())
            m_location.append(", ");
        m_location.append(part);
    }

    const std::string_view publisher = m_table.value(m_publisher, na);
    if (!publisher.empty()) {
        m_publisherId.assign("publisher:");
        m_publisherId.append(publisher);
        m_records.source(m_publisherId, publisher, publisher, {}, m_table.offset(m_publisher));
    }

    // "Event ID" alone is not unique in ICEWS (the same number comes back on another day), the
    // number with its day is.
    m_eventId.assign("icews:");
    m_eventId.append(number);
    m_eventId.push_back('@');
    m_eventId.append(day);
    const qint64 row = m_table.rowOffset();
    m_event.begin(row);
    m_event.text("id", m_eventId, m_table.offset(m_id));
    m_event.text("title", m_title, row);
    m_event.date("start", date, m_table.offset(m_date));
    if (!m_sourceActor.empty() || !m_targetActor.empty()) {
        m_event.beginList("actors", m_table.offset(m_source.name));
        if (!m_sourceActor.empty())
            m_event.item(m_sourceActor, m_table.offset(m_source.name));
        if (!m_targetActor.empty() && m_targetActor != m_sourceActor)
            m_event.item(m_targetActor, m_table.offset(m_target.name));
        m_event.endList();
    }
    if (!m_tags.empty()) {
        m_event.beginList("tags", row);
        for (std::string_view tag : m_tags)
            m_event.item(tag, row);
        m_event.endList();
    }
    if (!m_location.empty())
        m_event.text("location", m_location, m_table.offset(m_city >= 0 ? m_city : m_country));
    if (!m_description.empty())
        m_event.text("description", m_description, row);
    if (!publisher.empty()) {
        m_event.beginList("sources", m_table.offset(m_publisher));
        m_event.item(m_publisherId, m_table.offset(m_publisher));
        m_event.endList();
    }
    m_context.add(DatasetCollection::Events, m_event.finish());
}

} // namespace

void EventDataImport::readIcews(ImportContext &context)
{
    IcewsReader(context).read();
}
