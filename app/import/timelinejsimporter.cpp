// SPDX-License-Identifier: MIT
#include "timelinejsimporter.h"

#include "civilcalendar.h"
#include "htmltext.h"
#include "importcontext.h"
#include "jsonrecordstream.h"
#include "linkedsources.h"
#include "tidelinerecord.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <charconv>
#include <string>
#include <unordered_set>

// How TimelineJS numbers years before year 1, and how it shows them (NUKnightLab/TimelineJS3):
//
// - src/js/date/TLDate.js, TLDate._createDateObj: the parts become a JavaScript Date
//   (`new Date(year, month - 1, day, ...)`, then `setFullYear(year)` for two-digit years), and a
//   JavaScript Date counts years astronomically: year 0 exists and is 1 BC, -1 is 2 BC.
// - src/js/language/Language.js, Language.formatJSDate: the year is written as
//   `(y < 0 && this.has_negative_year_modifier()) ? Math.abs(y) : y`, and `_applyEra` then adds
//   `era_labels.negative_year.suffix`, which is "BCE" in the built-in English (the `en` table's
//   `era_labels`). So `"year": -300` is shown as "300 BCE", and `"year": 0` as "0".
// - Years a JavaScript Date cannot hold (before -271821 or after 275760) become a BigDate
//   (TLDate.js, makeDate), shown by Language.formatBigYear as "|year| ... years ago" with the
//   magnitude only ("13.80 billion years ago" for -13800000000).
//
// Tideline keeps what TimelineJS *shows*: "300 BCE" is 300 BC, astronomical year -299. So a
// negative TimelineJS year y is Tideline's y + 1; year 0, which TimelineJS shows as a bare "0"
// (no BC/AD year has that name), is read as 1 BC (astronomical 0) with a warning. Big years take
// the same rule: TimelineJS's "years ago" differ from BC years by some 2,000 years, far below
// the precision such dates are shown with.
//
// Times: TimelineJS builds local-time JavaScript Dates (no zone), which Tideline reads as a time
// without a zone. Its finest display for an hour alone is "5:00 PM" (minute), and for
// milliseconds "h:MM:ss" (second): so an hour alone is minute precision at :00, and milliseconds
// are dropped to the second (with a warning when they are not zero).

namespace {

using Type = JsonRecord::Type;

enum Part { Year, Month, Day, Hour, Minute, Second, Millisecond, PartCount };
constexpr const char *partNames[PartCount] = {"year",   "month",  "day",        "hour",
                                               "minute", "second", "millisecond"};

// The periods collection, where the build has it (it arrives with the model's periods).
template<typename Collection = DatasetCollection>
bool addPeriod(ImportContext &context, const JsonRecord &record)
{
    if constexpr (requires { Collection::Periods; }) {
        context.add(Collection::Periods, record);
        return true;
    } else {
        Q_UNUSED(context);
        Q_UNUSED(record);
        return false;
    }
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

struct ReadDate
{
    PartialDate date;
    QString displayDate;
    bool given = false;
};

struct SlideText
{
    std::string headline;
    std::string text;
    QList<HtmlText::Link> links;
};

class Reader final : public JsonRecordStream::Handler
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJsImporter)

public:
    // Ids for slides and eras that have none: the file's name and the position, so that they
    // stay the same from one read to the next and differ between files read together.
    explicit Reader(ImportContext &context)
        : m_context(context),
          m_idPrefix("tljs:" + QFileInfo(context.fileName()).completeBaseName().toStdString() + ':')
    {
    }

    void beginArray(std::string_view key, qint64 offset) override
    {
        if (key.empty()) {
            m_context.error(offset, QString(),
                            tr("a TimelineJS file is a JSON object with \"events\", but this one is an "
                               "array (a vis.js file? read it with --format vis)"));
            m_stop = true;
        } else if (key != "events" && key != "eras") {
            warnUnknown(QString(), key, offset, JsonPath{nullptr, key, -1});
        }
    }
    void endArray(std::string_view) override {}

    bool record(std::string_view key, qint64 index, const JsonRecord &value) override
    {
        if (m_stop)
            return false;
        const qint64 offset = value.node(JsonRecord::root).sourceOffset;
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        if ((key == "events" || key == "eras") && index < 0) {
            m_context.error(offset, name,
                            tr("expected an array of slides, found %1")
                                .arg(JsonRecord::typeName(value.node(0).type)));
        } else if (key == "events") {
            readEvent(index, value);
        } else if (key == "eras") {
            readEra(index, value);
        } else if (key == "title") {
            readTitle(value);
        } else if (key == "scale") {
            const std::string_view scale = value.text(0);
            if (value.node(0).type != Type::String || (scale != "human" && scale != "cosmological"))
                m_context.warning(offset, name,
                                  tr("expected \"human\" or \"cosmological\"; ignored"));
        } else if (index < 0) {
            warnUnknown(QString(), key, offset, JsonPath{nullptr, key, -1});
        }
        return !m_context.shouldStop();
    }

    void finish()
    {
        if (m_erasLeftOut > 0)
            m_context.warning(m_firstEraOffset, QStringLiteral("eras"),
                              tr("this build of Tideline has no periods: %n era(s) left out",
                                 nullptr, m_erasLeftOut));
    }

private:
    void warnUnknown(const QString &collection, std::string_view key, qint64 offset,
                     const JsonPath &path)
    {
        std::string seen = collection.toStdString() + '.' + std::string(key);
        if (!m_warned.insert(std::move(seen)).second)
            return;
        QString text;
        if (collection.isEmpty())
            text = tr("not a TimelineJS field; ignored (said once for every file)");
        else
            //: %1 is the name of an array in the file ("events", "eras"), as the file writes it
            text = tr("not a TimelineJS field; ignored (said once for every %1)").arg(collection);
        m_context.warning(offset, path.toString(), text);
    }

    // A string, or a number as written; false (with a row error) for anything else.
    bool scalarText(const JsonRecord &record, int node, const JsonPath &path, std::string_view *text)
    {
        const JsonRecord::Node &n = record.node(node);
        if (n.type == Type::String || n.type == Type::Number) {
            *text = record.text(node);
            return true;
        }
        if (n.type == Type::Null) {
            *text = {};
            return true;
        }
        m_context.rowError(n.sourceOffset, path.toString(),
                           tr("expected a string, found %1").arg(JsonRecord::typeName(n.type)));
        return false;
    }

    // text.headline and text.text, as plain text and links.
    void readText(const JsonRecord &record, int node, const JsonPath &path, const QString &collection,
                  SlideText *out)
    {
        const JsonRecord::Node &n = record.node(node);
        if (n.type == Type::Null)
            return;
        if (n.type != Type::Object) {
            m_context.rowError(n.sourceOffset, path.toString(),
                               tr("expected an object with \"headline\" and \"text\", found %1")
                                   .arg(JsonRecord::typeName(n.type)));
            return;
        }
        for (int c = record.firstChild(node); c != record.endOfChildren(node); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const JsonPath field = path.member(key);
            if (key != "headline" && key != "text") {
                warnUnknown(collection + QStringLiteral(".text"), key, record.node(c).sourceOffset, field);
                continue;
            }
            std::string_view html;
            if (!scalarText(record, c, field, &html))
                continue;
            // TimelineJS links URLs in the text unless "autolink" is false; the links are
            // kept either way, as sources.
            HtmlText::Result plain = HtmlText::toPlain(html, true);
            (key == "headline" ? out->headline : out->text) = std::move(plain.text);
            out->links += plain.links;
        }
    }

    // One date part: 1 given, 0 absent (missing, null or ""), -1 wrong (reported).
    int readPart(const JsonRecord &record, int node, const JsonPath &path, qint64 *value)
    {
        const JsonRecord::Node &n = record.node(node);
        if (n.type == Type::Null)
            return 0;
        if (n.type != Type::String && n.type != Type::Number) {
            m_context.rowError(n.sourceOffset, path.toString(),
                               tr("expected a whole number (or a string of one), found %1")
                                   .arg(JsonRecord::typeName(n.type)));
            return -1;
        }
        std::string_view text = record.text(node);
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
            text.remove_suffix(1);
        if (text.empty() && n.type == Type::String)
            return 0;
        std::string_view digits = text;
        if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
            digits.remove_prefix(1);
        const bool wellFormed = !digits.empty()
            && digits.find_first_not_of("0123456789") == std::string_view::npos;
        qint64 parsed = 0;
        if (wellFormed) {
            const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
            if (error != std::errc() || end != digits.data() + digits.size()) {
                m_context.rowError(n.sourceOffset, path.toString(),
                                   tr("the number %1 is too large").arg(QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 40)))));
                return -1;
            }
        }
        if (!wellFormed) {
            m_context.rowError(n.sourceOffset, path.toString(),
                               tr("expected a whole number, found \"%1\"")
                                   .arg(QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 80)))));
            return -1;
        }
        *value = text.front() == '-' ? -parsed : parsed;
        return 1;
    }

    // A TimelineJS date object ({"year": "1066", "month": 10, ...}) at its own precision.
    ReadDate readDate(const JsonRecord &record, int node, const JsonPath &path, const QString &collection)
    {
        ReadDate result;
        const JsonRecord::Node &n = record.node(node);
        if (n.type == Type::Null)
            return result;
        if (n.type != Type::Object) {
            m_context.rowError(n.sourceOffset, path.toString(),
                               tr("expected a date object such as {\"year\": 1066, \"month\": 10}, found %1")
                                   .arg(JsonRecord::typeName(n.type)));
            return result;
        }
        qint64 values[PartCount] = {};
        qint64 offsets[PartCount] = {};
        bool given[PartCount] = {};
        bool bad = false;
        for (int c = record.firstChild(node); c != record.endOfChildren(node); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const JsonPath field = path.member(key);
            int part = 0;
            while (part < PartCount && key != partNames[part])
                ++part;
            if (part < PartCount) {
                const int status = readPart(record, c, field, &values[part]);
                bad |= status < 0;
                given[part] = status > 0;
                offsets[part] = record.node(c).sourceOffset;
            } else if (key == "display_date") {
                std::string_view text;
                if (scalarText(record, c, field, &text))
                    result.displayDate = QString::fromStdString(HtmlText::toPlain(text).text);
            } else if (key != "format") {
                warnUnknown(collection + QStringLiteral(".date"), key, record.node(c).sourceOffset, field);
            }
        }
        if (bad)
            return result;
        result.given = true;
        if (!given[Year]) {
            m_context.rowError(n.sourceOffset, path.member("year").toString(),
                               tr("the date has no year"));
            return result;
        }
        // Each part needs the coarser ones: TimelineJS would put a missing month or day at 1,
        // a day nobody wrote.
        int finest = Year;
        for (int part = Month; part < PartCount; ++part) {
            if (!given[part])
                continue;
            for (int coarser = part - 1; coarser > Year; --coarser) {
                // An hour alone is a time ("5:00 PM"); a minute needs its hour, and so on.
                if (!given[coarser]) {
                    m_context.rowError(offsets[part], path.member(partNames[part]).toString(),
                                       //: %1 and %2 are the names of two fields of a TimelineJS
                                       //: date, as the file writes them: "minute", "hour"
                                       tr("%1 is given but %2 is not")
                                           .arg(QLatin1String(partNames[part]),
                                                QLatin1String(partNames[coarser])));
                    return result;
                }
            }
            finest = part;
        }

        PartialDate date;
        const qint64 year = values[Year];
        // TimelineJS shows a negative year y as "|y| BCE": |y| BC is astronomical y + 1.
        date.year = year < 0 ? year + 1 : year;
        if (year == 0 && !m_warnedYearZero) {
            m_warnedYearZero = true;
            m_context.warning(offsets[Year], path.member("year").toString(),
                              tr("TimelineJS shows year 0 as \"0\", a year BC/AD counting does not "
                                 "have; read as 1 BC (said once)"));
        }
        if (date.year < PartialDate::minYear || date.year > PartialDate::maxYear) {
            m_context.rowError(offsets[Year], path.member("year").toString(),
                               tr("the year %1 is outside the years Tideline reads (back to "
                                  "-20,000,000,000 and up to 99,999)")
                                   .arg(year));
            return result;
        }
        const auto check = [&](Part part, qint64 low, qint64 high) {
            if (!given[part] || (values[part] >= low && values[part] <= high))
                return true;
            m_context.rowError(offsets[part], path.member(partNames[part]).toString(),
                               //: %1 is the name of a field of a TimelineJS date, as the file
                               //: writes it ("month"), %2 its value, %3 and %4 the smallest and
                               //: largest allowed: "month 13 does not exist (expected 1 to 12)"
                               tr("%1 %2 does not exist (expected %3 to %4)")
                                   .arg(QLatin1String(partNames[part]))
                                   .arg(values[part])
                                   .arg(low)
                                   .arg(high));
            return false;
        };
        if (!check(Month, 1, 12))
            return result;
        if (given[Month]
            && !check(Day, 1, CivilCalendar::daysInMonth(date.year, int(values[Month]))))
            return result;
        if (!check(Hour, 0, 23) || !check(Minute, 0, 59) || !check(Second, 0, 59)
            || !check(Millisecond, 0, 999))
            return result;
        date.month = quint8(values[Month]);
        date.day = quint8(values[Day]);
        date.hour = quint8(values[Hour]);
        date.minute = quint8(values[Minute]);
        date.second = quint8(values[Second]);
        switch (finest) {
        case Year: date.precision = DatePrecision::Year; break;
        case Month: date.precision = DatePrecision::Month; break;
        case Day: date.precision = DatePrecision::Day; break;
        case Hour:
        case Minute: date.precision = DatePrecision::Minute; break;
        default: date.precision = DatePrecision::Second; break;
        }
        if (given[Millisecond] && values[Millisecond] != 0 && !m_warnedMilliseconds) {
            m_warnedMilliseconds = true;
            m_context.warning(offsets[Millisecond], path.member("millisecond").toString(),
                              tr("Tideline keeps whole seconds: milliseconds are dropped (said once)"));
        }
        result.date = date;
        return result;
    }

    void readMedia(const JsonRecord &record, int node, const JsonPath &path, const QString &collection,
                   std::vector<std::string> *sources)
    {
        const JsonRecord::Node &n = record.node(node);
        if (n.type == Type::Null)
            return;
        if (n.type != Type::Object) {
            m_context.rowError(n.sourceOffset, path.toString(),
                               tr("expected an object with \"url\", found %1")
                                   .arg(JsonRecord::typeName(n.type)));
            return;
        }
        QString url, caption, credit;
        qint64 urlOffset = n.sourceOffset;
        for (int c = record.firstChild(node); c != record.endOfChildren(node); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const JsonPath field = path.member(key);
            static constexpr std::string_view ignored[] = {"thumbnail", "alt", "title", "link",
                                                           "link_target"};
            if (key != "url" && key != "caption" && key != "credit") {
                if (std::find(std::begin(ignored), std::end(ignored), key) == std::end(ignored))
                    warnUnknown(collection + QStringLiteral(".media"), key, record.node(c).sourceOffset, field);
                continue;
            }
            std::string_view text;
            if (!scalarText(record, c, field, &text))
                continue;
            if (key == "url") {
                urlOffset = record.node(c).sourceOffset;
                const QString raw = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
                if (raw.startsWith(u'<')) {
                    // Embed code (a tweet, an iframe): its first link, if it has one.
                    const HtmlText::Result embed = HtmlText::toPlain(text);
                    if (!embed.links.isEmpty())
                        url = embed.links.first().url;
                } else {
                    url = raw;
                }
            } else {
                (key == "caption" ? caption : credit) =
                    QString::fromStdString(HtmlText::oneLine(HtmlText::toPlain(text).text));
            }
        }
        if (url.isEmpty())
            return;
        const QString title = !caption.isEmpty() ? caption : credit;
        sources->push_back(m_sources.idFor(url, title, caption.isEmpty() ? QString() : credit, urlOffset));
    }

    void addLinks(const QList<HtmlText::Link> &links, qint64 offset, std::vector<std::string> *sources)
    {
        for (const HtmlText::Link &link : links) {
            std::string id = m_sources.idFor(link.url, link.text, QString(), offset);
            if (std::find(sources->begin(), sources->end(), id) == sources->end())
                sources->push_back(std::move(id));
        }
    }

    void readTitle(const JsonRecord &record)
    {
        const qint64 offset = record.node(0).sourceOffset;
        m_context.beginRow(offset);
        if (record.node(0).type != Type::Object) {
            m_context.rowError(offset, QStringLiteral("title"),
                               tr("expected the title slide (an object), found %1")
                                   .arg(JsonRecord::typeName(record.node(0).type)));
            m_context.endRow();
            return;
        }
        const JsonPath base{nullptr, "title", -1};
        SlideText text;
        qint64 textOffset = offset;
        std::vector<std::string> sources;
        for (int c = record.firstChild(0); c != record.endOfChildren(0); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const JsonPath field = base.member(key);
            if (key == "text") {
                textOffset = record.node(c).sourceOffset;
                readText(record, c, field, QStringLiteral("title"), &text);
            } else if (key == "media") {
                readMedia(record, c, field, QStringLiteral("title"), &sources);
            } else if (key != "background" && key != "unique_id" && key != "autolink"
                       && key != "display_date") {
                warnUnknown(QStringLiteral("title"), key, record.node(c).sourceOffset, field);
            }
        }
        addLinks(text.links, textOffset, &sources);
        if (!m_context.endRow()) {
            m_sources.discard();
            return;
        }
        m_context.setTitle(HtmlText::oneLine(text.headline), textOffset);
        m_context.setDescription(text.text, textOffset);
        m_sources.commit(m_context);
    }

    void readEvent(qint64 index, const JsonRecord &record)
    {
        const qint64 offset = record.node(0).sourceOffset;
        const JsonPath base{nullptr, "events", index};
        const QString collection = QStringLiteral("events[]");
        m_context.beginRow(offset);
        if (record.node(0).type != Type::Object) {
            m_context.rowError(offset, base.toString(),
                               tr("expected a slide (an object), found %1")
                                   .arg(JsonRecord::typeName(record.node(0).type)));
            m_context.endRow();
            return;
        }
        ReadDate start, end;
        qint64 startOffset = offset, endOffset = offset, textOffset = offset, groupOffset = offset;
        SlideText text;
        std::vector<std::string> sources;
        QString displayDate;
        std::string group;
        std::string id;
        qint64 idOffset = offset;
        for (int c = record.firstChild(0); c != record.endOfChildren(0); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const qint64 at = record.node(c).sourceOffset;
            const JsonPath field = base.member(key);
            std::string_view value;
            if (key == "start_date") {
                startOffset = at;
                start = readDate(record, c, field, collection);
            } else if (key == "end_date") {
                endOffset = at;
                end = readDate(record, c, field, collection);
            } else if (key == "text") {
                textOffset = at;
                readText(record, c, field, collection, &text);
            } else if (key == "media") {
                readMedia(record, c, field, collection, &sources);
            } else if (key == "group") {
                groupOffset = at;
                if (scalarText(record, c, field, &value))
                    group = HtmlText::oneLine(value);
            } else if (key == "display_date") {
                if (scalarText(record, c, field, &value))
                    displayDate = QString::fromStdString(HtmlText::toPlain(value).text);
            } else if (key == "unique_id") {
                idOffset = at;
                if (scalarText(record, c, field, &value))
                    id.assign(value);
            } else if (key != "background" && key != "autolink") {
                warnUnknown(collection, key, at, field);
            }
        }
        if (!start.given && !m_context.rowIsBad())
            m_context.rowError(offset, base.member("start_date").toString(),
                               tr("the slide has no start_date (only the title slide may have none)"));
        addLinks(text.links, textOffset, &sources);
        if (!m_context.endRow()) {
            m_sources.discard();
            return;
        }

        if (id.empty()) {
            id = m_idPrefix + std::to_string(index + 1);
            idOffset = offset;
        }
        std::string title = HtmlText::oneLine(text.headline);
        if (title.empty())
            title = HtmlText::firstLine(QString::fromStdString(text.text)).toStdString();
        if (title.empty())
            title = displayDate.simplified().toStdString();
        if (title.empty())
            title = start.date.toIsoString().toStdString();
        std::string description = std::move(text.text);
        // TimelineJS shows display_date in place of the date it computes: kept as a note.
        QString shown = displayDate.simplified();
        if (shown.isEmpty() && !start.displayDate.isEmpty()) {
            shown = start.displayDate.simplified();
            if (!end.displayDate.isEmpty())
                shown += QStringLiteral(" – ") + end.displayDate.simplified();
        }
        if (!shown.isEmpty())
            description += (description.empty() ? "" : "\n\n")
                + tr("Date shown in TimelineJS: %1").arg(shown).toStdString();

        m_record.begin(offset);
        m_record.text("id", id, idOffset);
        m_record.text("title", title, textOffset);
        m_record.date("start", start.date, startOffset);
        if (end.given)
            m_record.date("end", end.date, endOffset);
        if (!description.empty())
            m_record.text("description", description, textOffset);
        std::string groupId;
        if (!group.empty()) {
            if (m_context.options().groupAs == ImportOptions::GroupAs::Tag) {
                m_record.beginList("tags", groupOffset);
                m_record.item(group, groupOffset);
                m_record.endList();
            } else {
                groupId = "group:" + group;
                m_record.beginList("actors", groupOffset);
                m_record.item(groupId, groupOffset);
                m_record.endList();
            }
        }
        if (!sources.empty()) {
            m_record.beginList("sources", offset);
            for (const std::string &source : sources)
                m_record.item(source, offset);
            m_record.endList();
        }
        m_context.add(DatasetCollection::Events, m_record.finish());
        m_sources.commit(m_context);
        if (!groupId.empty() && m_groups.insert(groupId).second) {
            m_record.begin(groupOffset);
            m_record.text("id", groupId, groupOffset);
            m_record.text("name", group, groupOffset);
            m_record.text("kind", "other", groupOffset);
            m_context.add(DatasetCollection::Actors, m_record.finish());
        }
    }

    void readEra(qint64 index, const JsonRecord &record)
    {
        const qint64 offset = record.node(0).sourceOffset;
        const JsonPath base{nullptr, "eras", index};
        const QString collection = QStringLiteral("eras[]");
        m_context.beginRow(offset);
        if (record.node(0).type != Type::Object) {
            m_context.rowError(offset, base.toString(),
                               tr("expected an era (an object), found %1")
                                   .arg(JsonRecord::typeName(record.node(0).type)));
            m_context.endRow();
            return;
        }
        ReadDate start, end;
        qint64 startOffset = offset, endOffset = offset, textOffset = offset;
        SlideText text;
        std::string id;
        for (int c = record.firstChild(0); c != record.endOfChildren(0); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const qint64 at = record.node(c).sourceOffset;
            const JsonPath field = base.member(key);
            std::string_view value;
            if (key == "start_date") {
                startOffset = at;
                start = readDate(record, c, field, collection);
            } else if (key == "end_date") {
                endOffset = at;
                end = readDate(record, c, field, collection);
            } else if (key == "text") {
                textOffset = at;
                readText(record, c, field, collection, &text);
            } else if (key == "unique_id") {
                if (scalarText(record, c, field, &value))
                    id.assign(value);
            } else if (key != "background" && key != "display_date") {
                warnUnknown(collection, key, at, field);
            }
        }
        if (!start.given && !m_context.rowIsBad())
            m_context.rowError(offset, base.member("start_date").toString(),
                               tr("the era has no start_date"));
        if (!end.given && !m_context.rowIsBad())
            m_context.rowError(offset, base.member("end_date").toString(),
                               tr("the era has no end_date"));
        if (!m_context.endRow())
            return;
        if (id.empty())
            id = m_idPrefix + "era-" + std::to_string(index + 1);
        QString title = QString::fromStdString(HtmlText::oneLine(text.headline));
        if (title.isEmpty())
            title = HtmlText::firstLine(QString::fromStdString(text.text));
        if (title.isEmpty())
            //: The title of an era the file gives none: %1 is its number in the file
            title = tr("Era %1").arg(index + 1);
        QString description = QString::fromStdString(text.text);
        // Periods have no sources: an era's links stay in its description.
        for (const HtmlText::Link &link : text.links)
            description += u'\n' + link.url;
        m_record.begin(offset);
        m_record.text("id", id, offset);
        m_record.text("title", toStd(title), textOffset);
        m_record.date("start", start.date, startOffset);
        m_record.date("end", end.date, endOffset);
        if (!description.isEmpty())
            m_record.text("description", toStd(description.trimmed()), textOffset);
        if (!addPeriod(m_context, m_record.finish())) {
            if (m_erasLeftOut++ == 0)
                m_firstEraOffset = offset;
        }
    }

    ImportContext &m_context;
    std::string m_idPrefix;
    TidelineRecord m_record;
    LinkedSources m_sources;
    std::unordered_set<std::string> m_groups;
    std::unordered_set<std::string> m_warned;
    bool m_warnedYearZero = false;
    bool m_warnedMilliseconds = false;
    bool m_stop = false;
    int m_erasLeftOut = 0;
    qint64 m_firstEraOffset = 0;
};

} // namespace

void TimelineJsImporter::read(ImportContext &context)
{
    Reader reader(context);
    JsonRecordStream::read(context, reader);
    reader.finish();
}
