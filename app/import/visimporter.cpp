// SPDX-License-Identifier: MIT
#include "visimporter.h"

#include "civilcalendar.h"
#include "datasetbuilder.h"
#include "htmltext.h"
#include "importcontext.h"
#include "jsonrecordstream.h"
#include "linkedsources.h"
#include "tidelinerecord.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

// VisImporter is a namespace, which cannot declare tr(): its functions take their
// messages' context from here (Reader declares the same).
struct VisImporterText
{
    Q_DECLARE_TR_FUNCTIONS(VisImporter)
};

using Type = JsonRecord::Type;

// What a JavaScript Date holds: ±8.64e15 ms around 1970.
constexpr double maxEpochMilliseconds = 8.64e15;

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

QString quotedText(std::string_view text)
{
    QString shown = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 80)));
    if (text.size() > 80)
        shown += QChar(0x2026);
    return u'"' + shown + u'"';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

// 1-12 for an English month name or its abbreviation ("feb", "sept", "february"), else 0.
int monthOf(const std::string &word)
{
    static constexpr const char *months[] = {"january", "february", "march",     "april",
                                             "may",     "june",     "july",      "august",
                                             "september", "october", "november", "december"};
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (std::string_view(months[m]).substr(0, word.size()) == word)
            return m + 1;
    }
    return 0;
}

bool isWeekday(const std::string &word)
{
    static constexpr const char *days[] = {"monday", "tuesday", "wednesday", "thursday",
                                           "friday", "saturday", "sunday"};
    if (word.size() < 3)
        return false;
    for (const char *day : days) {
        if (std::string_view(day).substr(0, word.size()) == word)
            return true;
    }
    return false;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

// "Feb 25 2015", "Wed Feb 25 2015 10:00:00 GMT+0100 (CET)", "25 February 2015", "February 2015",
// "February 25, 2015 10:30" as the ISO text PartialDate reads; empty when it is not one of them.
QString isoFromWords(std::string_view text)
{
    std::string cleaned = lower(text);
    // The zone's name in parentheses, as JavaScript's Date.toString() ends, says nothing more.
    if (const size_t paren = cleaned.find('('); paren != std::string::npos && cleaned.back() == ')')
        cleaned.erase(paren);
    for (char &c : cleaned) {
        if (c == ',')
            c = ' ';
    }
    std::vector<std::string> words;
    for (size_t at = 0; at < cleaned.size();) {
        while (at < cleaned.size() && cleaned[at] == ' ')
            ++at;
        size_t end = at;
        while (end < cleaned.size() && cleaned[end] != ' ')
            ++end;
        if (end > at) {
            std::string word = cleaned.substr(at, end - at);
            if (word.back() == '.' && !isDigit(word.front()))
                word.pop_back(); // "Feb."
            words.push_back(std::move(word));
        }
        at = end;
    }
    size_t at = 0;
    if (at < words.size() && isWeekday(words[at]))
        ++at;
    int month = 0, day = 0;
    std::string year;
    const auto dayNumber = [](const std::string &word) {
        std::string digits = word;
        for (const char *suffix : {"st", "nd", "rd", "th"}) {
            if (digits.size() > 2 && digits.ends_with(suffix))
                digits.resize(digits.size() - 2);
        }
        return digits.size() <= 2 && allDigits(digits) ? std::stoi(digits) : 0;
    };
    const auto isYear = [](const std::string &word) {
        std::string_view digits = word;
        if (!digits.empty() && digits.front() == '-')
            digits.remove_prefix(1);
        return digits.size() >= 4 && digits.size() <= 11 && allDigits(digits);
    };
    if (at + 2 < words.size() + 0 && monthOf(words[at]) && dayNumber(words[at + 1])
        && at + 2 < words.size() && isYear(words[at + 2])) {
        month = monthOf(words[at]);
        day = dayNumber(words[at + 1]);
        year = words[at + 2];
        at += 3;
    } else if (at + 2 < words.size() && dayNumber(words[at]) && monthOf(words[at + 1])
               && isYear(words[at + 2])) {
        day = dayNumber(words[at]);
        month = monthOf(words[at + 1]);
        year = words[at + 2];
        at += 3;
    } else if (at + 1 < words.size() && monthOf(words[at]) && isYear(words[at + 1])) {
        month = monthOf(words[at]);
        year = words[at + 1];
        at += 2;
    } else {
        return {};
    }
    QString iso = QString::fromStdString(year.front() == '-' ? "-" + std::string(std::max<size_t>(0, 5 - year.size()), '0') + year.substr(1)
                                                             : std::string(std::max<int>(0, 4 - int(year.size())), '0') + year)
        + u'-' + twoDigits(month);
    if (day == 0)
        return at == words.size() ? iso : QString();
    iso += u'-' + twoDigits(day);
    if (at < words.size()) {
        // A time: hh:mm or hh:mm:ss, 24-hour.
        const std::string &time = words[at];
        const bool hhmm = time.size() >= 4 && time.size() <= 8 && time.find(':') != std::string::npos;
        if (!hhmm)
            return {};
        const size_t colon = time.find(':');
        const std::string hour = time.substr(0, colon);
        if (hour.empty() || hour.size() > 2 || !allDigits(hour))
            return {};
        iso += u'T' + twoDigits(std::stoi(hour)) + u':' + QString::fromStdString(time.substr(colon + 1));
        ++at;
    }
    if (at < words.size()) {
        // A zone: "gmt+0100", "utc", "z", "+01:00".
        std::string zone = words[at];
        if (zone.starts_with("gmt") || zone.starts_with("utc"))
            zone.erase(0, 3);
        if (zone.empty() || zone == "z")
            iso += u'Z';
        else if (zone.front() == '+' || zone.front() == '-')
            iso += QString::fromStdString(zone);
        else
            return {};
        ++at;
    }
    return at == words.size() ? iso : QString();
}

} // namespace

PartialDate VisImporter::fromEpochMilliseconds(std::string_view number, QString *error,
                                               bool *droppedMilliseconds)
{
    qint64 milliseconds = 0;
    bool fraction = false;
    {
        const auto [end, status] = std::from_chars(number.data(), number.data() + number.size(), milliseconds);
        if (status != std::errc() || end != number.data() + number.size()) {
            double value = 0;
            const auto [dend, dstatus] = std::from_chars(number.data(), number.data() + number.size(), value);
            if (dstatus != std::errc() || dend != number.data() + number.size() || !std::isfinite(value)
                || std::abs(value) > maxEpochMilliseconds) {
                if (error)
                    *error =
                        VisImporterText::tr(
                            "%1 milliseconds since 1970 is not a date (a JavaScript date reaches "
                            "±8.64e15)")
                            .arg(quotedText(number));
                return {};
            }
            const double whole = std::floor(value);
            fraction = whole != value;
            milliseconds = qint64(whole);
        }
    }
    if (std::abs(double(milliseconds)) > maxEpochMilliseconds) {
        if (error)
            *error =
                VisImporterText::tr(
                    "%1 milliseconds since 1970 is not a date (a JavaScript date reaches ±8.64e15)")
                    .arg(quotedText(number));
        return {};
    }
    const qint64 seconds = CivilCalendar::floorDiv(milliseconds, 1000);
    const qint64 rest = milliseconds - seconds * 1000;
    const qint64 days = CivilCalendar::floorDiv(seconds, CivilCalendar::secondsPerDay);
    const qint64 ofDay = seconds - days * CivilCalendar::secondsPerDay;
    const CivilCalendar::CivilDay civil = CivilCalendar::civilFromDays(days);
    PartialDate date;
    date.year = civil.year;
    date.month = quint8(civil.month);
    date.day = quint8(civil.day);
    date.hour = quint8(ofDay / 3600);
    date.minute = quint8(ofDay / 60 % 60);
    date.second = quint8(ofDay % 60);
    date.hasUtcOffset = true;
    date.precision = date.second == 0 && rest == 0 && !fraction ? DatePrecision::Minute
                                                                : DatePrecision::Second;
    if (droppedMilliseconds && (rest != 0 || fraction))
        *droppedMilliseconds = true;
    return date;
}

PartialDate VisImporter::parseDate(std::string_view text, QString *error, bool *droppedMilliseconds)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty()) {
        if (error)
            *error = VisImporterText::tr("expected a date, found an empty string");
        return {};
    }
    // ASP.NET's "/Date(1424822400000)/", which vis.js reads too.
    if (text.starts_with("/Date(") || text.starts_with("Date(")) {
        std::string_view inner = text.substr(text.find('(') + 1);
        size_t end = 0;
        while (end < inner.size() && (isDigit(inner[end]) || (end == 0 && inner[end] == '-')))
            ++end;
        return fromEpochMilliseconds(inner.substr(0, end), error, droppedMilliseconds);
    }
    std::string_view unsignedText = text;
    if (unsignedText.front() == '-' || unsignedText.front() == '+')
        unsignedText.remove_prefix(1);
    // A number in a string: four digits are a year, as vis.js (moment) reads "2015"; any other
    // count of digits is epoch milliseconds.
    if (allDigits(unsignedText)) {
        if (unsignedText.size() == 4 || unsignedText.size() == 6)
            return PartialDate::parse(text, error);
        return fromEpochMilliseconds(text.front() == '+' ? text.substr(1) : text, error,
                                     droppedMilliseconds);
    }
    // ISO 8601: "2015-02-25", "2015-02-25T10:00", "2015-02-25 10:00:00.123+01:00".
    if (unsignedText.size() >= 7 && allDigits(unsignedText.substr(0, 4)) && unsignedText[4] == '-') {
        // PartialDate drops a fraction of a second; say so when it was not zero.
        if (const size_t dot = text.find_first_of(".,", 10); dot != std::string_view::npos) {
            size_t end = dot + 1;
            bool nonZero = false;
            while (end < text.size() && isDigit(text[end]))
                nonZero |= text[end++] != '0';
            if (nonZero && droppedMilliseconds)
                *droppedMilliseconds = true;
        }
        return PartialDate::parse(text, error);
    }
    // 2015/02/25: year first, so month before day.
    if (unsignedText.size() >= 8 && allDigits(unsignedText.substr(0, 4)) && unsignedText[4] == '/') {
        std::string iso(text);
        const size_t first = iso.find('/');
        const size_t second = iso.find('/', first + 1);
        if (second != std::string::npos) {
            const size_t stop = std::min(iso.find(' ', second), iso.size());
            const std::string month = iso.substr(first + 1, second - first - 1);
            const std::string day = iso.substr(second + 1, stop - second - 1);
            if (allDigits(month) && allDigits(day) && month.size() <= 2 && day.size() <= 2) {
                const std::string rebuilt = iso.substr(0, first) + '-' + (month.size() == 1 ? "0" : "")
                    + month + '-' + (day.size() == 1 ? "0" : "") + day + iso.substr(stop);
                return PartialDate::parse(std::string_view(rebuilt), error);
            }
        }
    }
    // 03/04/2015: the 3rd of April or the 4th of March; nothing in the file says which.
    if (unsignedText.size() >= 8 && isDigit(unsignedText[0])) {
        const size_t slash = text.find_first_of("/.");
        if (slash != std::string_view::npos && slash <= 2) {
            if (error)
                *error =
                    VisImporterText::tr("%1 could be day/month or month/day; write it as ISO 8601 "
                                        "(2015-04-03)")
                        .arg(quotedText(text));
            return {};
        }
    }
    const QString iso = isoFromWords(text);
    if (!iso.isEmpty()) {
        QString why;
        const PartialDate date = PartialDate::parse(iso, &why);
        if (!date.isValid() && error)
            *error = VisImporterText::tr("%1 is not a date: %2").arg(quotedText(text), why);
        return date;
    }
    if (error)
        *error = VisImporterText::tr(
                     "cannot read %1 as a date; expected epoch milliseconds, ISO 8601 "
                     "(2015-02-25, 2015-02-25T10:00:00Z) or a date such as \"Feb 25 2015\"")
                     .arg(quotedText(text));
    return {};
}

namespace {

struct Group
{
    std::string id;
    QString name;
    QString description;
    std::string parent; // a group whose nestedGroups lists it
    qint64 offset = 0;
    bool defined = false;
};

class Reader final : public JsonRecordStream::Handler
{
    Q_DECLARE_TR_FUNCTIONS(VisImporter)

public:
    // Ids for items that have none: the file's name and the position, stable from one read to
    // the next and distinct between files read together.
    Reader(ImportContext &context, bool groupsOnly)
        : m_context(context), m_groupsOnly(groupsOnly),
          m_idPrefix("vis:" + QFileInfo(context.fileName()).completeBaseName().toStdString() + ':')
    {
    }

    void beginArray(std::string_view key, qint64 offset) override
    {
        if (key.empty() || key == "items" || key == "data") {
            if (m_itemsSeen && !m_groupsOnly)
                m_context.warning(offset, QString::fromUtf8(key.data(), qsizetype(key.size())),
                                  tr("a second list of items; read as well"));
            m_itemsSeen = true;
        } else if (key != "groups") {
            warnUnknown(QString(), key, offset, JsonPath{nullptr, key, -1});
        }
    }
    void endArray(std::string_view key) override
    {
        if (key == "groups")
            m_groupsDone = true;
    }

    bool record(std::string_view key, qint64 index, const JsonRecord &value) override
    {
        const qint64 offset = value.node(0).sourceOffset;
        const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (m_groupsOnly) {
            if (key == "groups" && index >= 0)
                readGroup(index, value);
            // Once the groups are read, the rest of the file can wait for the real pass.
            return !m_groupsDone;
        }
        if (index < 0) {
            if (key == "items" || key == "data" || key == "groups")
                m_context.error(offset, name,
                                tr("expected an array, found %1")
                                    .arg(JsonRecord::typeName(value.node(0).type)));
            else if (key != "options")
                warnUnknown(QString(), key, offset, JsonPath{nullptr, key, -1});
            return !m_context.shouldStop();
        }
        if (key == "groups") {
            readGroup(index, value);
        } else if (key.empty() || key == "items" || key == "data") {
            readItem(key, index, value);
        }
        return !m_context.shouldStop();
    }

    // Ends the file: the groups as actors, each once, nested ones under their parent.
    void finish()
    {
        if (m_groupsOnly)
            return;
        if (m_droppedMilliseconds)
            m_context.warning(m_firstDroppedOffset, m_firstDroppedPath,
                              tr("Tideline keeps whole seconds: the milliseconds of %n date(s) are "
                                 "dropped",
                                 nullptr, int(std::min<qint64>(m_droppedCount, INT_MAX))));
        if (m_context.options().groupAs == ImportOptions::GroupAs::Tag)
            return;
        for (const std::string &id : m_groupOrder) {
            const Group &group = m_groups.at(id);
            if (!group.defined && !m_referenced.contains(id))
                continue;
            m_record.begin(group.offset);
            m_record.text("id", "group:" + id, group.offset);
            m_record.text("name", (group.name.isEmpty() ? QString::fromStdString(id) : group.name).toStdString(),
                          group.offset);
            m_record.text("kind", "other", group.offset);
            if (!group.parent.empty())
                m_record.text("parent", "group:" + group.parent, group.offset);
            if (!group.description.isEmpty())
                m_record.text("description", group.description.toStdString(), group.offset);
            m_context.add(DatasetCollection::Actors, m_record.finish());
        }
    }

    // Takes the groups another reader read first.
    void takeGroupNames(const Reader &other)
    {
        for (const auto &[id, group] : other.m_groups) {
            if (!group.name.isEmpty())
                m_tagNames.emplace(id, group.name);
        }
    }

private:
    void warnUnknown(const QString &collection, std::string_view key, qint64 offset, const JsonPath &path)
    {
        if (m_groupsOnly)
            return;
        std::string seen = collection.toStdString() + '.' + std::string(key);
        if (!m_warned.insert(std::move(seen)).second)
            return;
        QString text;
        if (collection.isEmpty())
            text = tr("not a vis.js field; ignored (said once for every file)");
        else
            //: %1 is the name of an array in the file ("items", "groups"), as the file writes it
            text = tr("not a vis.js field; ignored (said once for every %1)").arg(collection);
        m_context.warning(offset, path.toString(), text);
    }

    // An id: a string, or a number as written.
    bool idText(const JsonRecord &record, int node, const JsonPath &path, std::string *out)
    {
        const JsonRecord::Node &n = record.node(node);
        if (n.type == Type::String || n.type == Type::Number) {
            out->assign(record.text(node));
            return true;
        }
        if (n.type != Type::Null)
            m_context.rowError(n.sourceOffset, path.toString(),
                               tr("expected a string or a number, found %1")
                                   .arg(JsonRecord::typeName(n.type)));
        return false;
    }

    Group &group(const std::string &id, qint64 offset)
    {
        auto [it, added] = m_groups.try_emplace(id);
        if (added) {
            it->second.id = id;
            it->second.offset = offset;
            m_groupOrder.push_back(id);
        }
        return it->second;
    }

    void readGroup(qint64 index, const JsonRecord &record)
    {
        const qint64 offset = record.node(0).sourceOffset;
        const JsonPath base{nullptr, "groups", index};
        m_context.beginRow(offset);
        if (record.node(0).type != Type::Object) {
            m_context.rowError(offset, base.toString(),
                               tr("expected a group (an object), found %1")
                                   .arg(JsonRecord::typeName(record.node(0).type)));
            m_context.endRow();
            return;
        }
        std::string id;
        bool hasId = false;
        QString name, description;
        std::vector<std::pair<std::string, qint64>> nested;
        for (int c = record.firstChild(0); c != record.endOfChildren(0); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const JsonRecord::Node &n = record.node(c);
            const JsonPath field = base.member(key);
            if (key == "id") {
                hasId = idText(record, c, field, &id);
            } else if (key == "content" || key == "title") {
                std::string text;
                if (idText(record, c, field, &text))
                    (key == "content" ? name : description) = QString::fromStdString(
                        key == "content" ? HtmlText::oneLine(HtmlText::toPlain(text).text)
                                         : HtmlText::toPlain(text).text);
            } else if (key == "nestedGroups") {
                if (n.type == Type::Null)
                    continue;
                if (n.type != Type::Array) {
                    m_context.rowError(n.sourceOffset, field.toString(),
                                       tr("expected an array of group ids, found %1")
                                           .arg(JsonRecord::typeName(n.type)));
                    continue;
                }
                int i = 0;
                for (int e = record.firstChild(c); e != record.endOfChildren(c); e = record.next(e), ++i) {
                    std::string child;
                    if (idText(record, e, JsonPath{&field, {}, i}, &child))
                        nested.emplace_back(std::move(child), record.node(e).sourceOffset);
                }
            } else {
                static constexpr std::string_view ignored[] = {
                    "className", "style", "order", "visible", "showNested", "subgroupOrder",
                    "subgroupStack", "subgroupVisibility", "treeLevel", "editable"};
                if (std::find(std::begin(ignored), std::end(ignored), key) == std::end(ignored))
                    warnUnknown(QStringLiteral("groups[]"), key, n.sourceOffset, field);
            }
        }
        if (!hasId && !m_context.rowIsBad())
            m_context.rowError(offset, base.member("id").toString(), tr("the group has no id"));
        if (!m_context.endRow())
            return;
        Group &g = group(id, offset);
        if (g.defined) {
            m_context.error(offset, base.member("id").toString(),
                            tr("group id %1 is already used").arg(quotedText(id)));
            return;
        }
        g.defined = true;
        g.offset = offset;
        g.name = name;
        g.description = description;
        for (auto &[child, at] : nested) {
            Group &c = group(child, at);
            if (child == id) {
                m_context.warning(at, base.member("nestedGroups").toString(),
                                  tr("group %1 lists itself among its nested groups; ignored")
                                      .arg(quotedText(id)));
            } else if (!c.parent.empty() && c.parent != id) {
                m_context.warning(at, base.member("nestedGroups").toString(),
                                  tr("group %1 is already nested in group %2; kept there")
                                      .arg(quotedText(child), quotedText(c.parent)));
            } else {
                c.parent = id;
                m_referenced.insert(child);
            }
        }
    }

    // A start or end: epoch milliseconds (a number or a string of digits) or a date string.
    PartialDate readDate(const JsonRecord &record, int node, const JsonPath &path)
    {
        const JsonRecord::Node &n = record.node(node);
        QString why;
        bool dropped = false;
        PartialDate date;
        if (n.type == Type::Number) {
            date = VisImporter::fromEpochMilliseconds(record.text(node), &why, &dropped);
        } else if (n.type == Type::String) {
            date = VisImporter::parseDate(record.text(node), &why, &dropped);
        } else {
            m_context.rowError(n.sourceOffset, path.toString(),
                               tr("expected a date (milliseconds since 1970 or a date string), found %1")
                                   .arg(JsonRecord::typeName(n.type)));
            return {};
        }
        if (!date.isValid()) {
            m_context.rowError(n.sourceOffset, path.toString(), why);
            return {};
        }
        if (dropped) {
            if (!m_droppedMilliseconds) {
                m_firstDroppedOffset = n.sourceOffset;
                m_firstDroppedPath = path.toString();
            }
            m_droppedMilliseconds = true;
            ++m_droppedCount;
        }
        return date;
    }

    void readItem(std::string_view arrayKey, qint64 index, const JsonRecord &record)
    {
        const qint64 offset = record.node(0).sourceOffset;
        const JsonPath base{nullptr, arrayKey, index};
        const QString collection = arrayKey.empty() ? QStringLiteral("[]")
            : arrayKey == "items"                   ? QStringLiteral("items[]")
                                                    : QStringLiteral("data[]");
        m_context.beginRow(offset);
        if (record.node(0).type != Type::Object) {
            m_context.rowError(offset, base.toString(),
                               tr("expected an item (an object), found %1")
                                   .arg(JsonRecord::typeName(record.node(0).type)));
            m_context.endRow();
            return;
        }
        std::string id, groupId, type;
        qint64 idOffset = offset, startOffset = offset, endOffset = offset, contentOffset = offset,
               titleOffset = offset, groupOffset = offset, classOffset = offset;
        PartialDate start, end;
        bool hasStart = false, hasEnd = false, hasGroup = false;
        HtmlText::Result content, tooltip;
        QStringList classes;
        for (int c = record.firstChild(0); c != record.endOfChildren(0); c = record.next(c)) {
            const std::string_view key = record.key(c);
            const JsonRecord::Node &n = record.node(c);
            const JsonPath field = base.member(key);
            std::string text;
            if (key == "id") {
                idOffset = n.sourceOffset;
                idText(record, c, field, &id);
            } else if (key == "start" || key == "end") {
                if (n.type == Type::Null)
                    continue;
                (key == "start" ? startOffset : endOffset) = n.sourceOffset;
                (key == "start" ? start : end) = readDate(record, c, field);
                (key == "start" ? hasStart : hasEnd) = true;
            } else if (key == "content") {
                contentOffset = n.sourceOffset;
                if (idText(record, c, field, &text))
                    content = HtmlText::toPlain(text);
            } else if (key == "title") {
                titleOffset = n.sourceOffset;
                if (idText(record, c, field, &text))
                    tooltip = HtmlText::toPlain(text);
            } else if (key == "group") {
                groupOffset = n.sourceOffset;
                hasGroup = idText(record, c, field, &groupId);
            } else if (key == "type") {
                if (idText(record, c, field, &type) && type != "point" && type != "box"
                    && type != "range" && type != "background") {
                    m_context.rowError(n.sourceOffset, field.toString(),
                                       tr("expected \"point\", \"box\", \"range\" or \"background\", "
                                          "found %1")
                                           .arg(quotedText(type)));
                }
            } else if (key == "className") {
                classOffset = n.sourceOffset;
                if (idText(record, c, field, &text))
                    classes = QString::fromStdString(text).split(u' ', Qt::SkipEmptyParts);
            } else {
                // Presentation only, and subgroup: the row an item stacks in within its group's
                // lane, which Tideline lays out itself.
                static constexpr std::string_view ignored[] = {"style", "editable", "selectable",
                                                               "align", "subgroup", "limitSize"};
                if (std::find(std::begin(ignored), std::end(ignored), key) == std::end(ignored))
                    warnUnknown(collection, key, n.sourceOffset, field);
            }
        }
        if (!hasStart && !m_context.rowIsBad())
            m_context.rowError(offset, base.member("start").toString(), tr("the item has no start"));
        const bool background = type == "background";
        if (background && !hasEnd && !m_context.rowIsBad())
            m_context.rowError(offset, base.member("end").toString(),
                               tr("a background item needs an end"));
        std::vector<std::string> sources;
        for (const QList<HtmlText::Link> *links : {&content.links, &tooltip.links}) {
            for (const HtmlText::Link &link : *links) {
                std::string source = m_sources.idFor(link.url, link.text, QString(), contentOffset);
                if (std::find(sources.begin(), sources.end(), source) == sources.end())
                    sources.push_back(std::move(source));
            }
        }
        if (!m_context.endRow()) {
            m_sources.discard();
            return;
        }

        if (id.empty()) {
            id = m_idPrefix + std::to_string(index + 1);
            idOffset = offset;
        }
        std::string title = HtmlText::oneLine(content.text);
        if (title.empty())
            title = HtmlText::firstLine(QString::fromStdString(tooltip.text)).toStdString();
        if (title.empty())
            title = id;

        if (background) {
            if (hasGroup && !m_warnedBackgroundGroup) {
                m_warnedBackgroundGroup = true;
                m_context.warning(groupOffset, base.member("group").toString(),
                                  tr("a background item of one group becomes a period behind "
                                     "every lane (said once)"));
            }
            m_record.begin(offset);
            m_record.text("id", id, idOffset);
            m_record.text("title", title, contentOffset);
            m_record.date("start", start, startOffset);
            m_record.date("end", end, endOffset);
            if (!tooltip.text.empty())
                m_record.text("description", tooltip.text, titleOffset);
            if (!addPeriod(m_context, m_record.finish()) && m_periodsLeftOut++ == 0)
                m_context.warning(offset, base.toString(),
                                  tr("this build of Tideline has no periods: background items are "
                                     "left out"));
            m_sources.discard();
            return;
        }
        m_record.begin(offset);
        m_record.text("id", id, idOffset);
        m_record.text("title", title, contentOffset);
        m_record.date("start", start, startOffset);
        if (hasEnd)
            m_record.date("end", end, endOffset);
        if (!tooltip.text.empty())
            m_record.text("description", tooltip.text, titleOffset);
        const bool groupAsTag = m_context.options().groupAs == ImportOptions::GroupAs::Tag;
        if (hasGroup && !groupAsTag) {
            m_record.beginList("actors", groupOffset);
            m_record.item("group:" + groupId, groupOffset);
            m_record.endList();
            if (!m_referenced.contains(groupId)) {
                m_referenced.insert(groupId);
                group(groupId, groupOffset);
            }
        }
        if (!classes.isEmpty() || (hasGroup && groupAsTag)) {
            m_record.beginList("tags", classOffset);
            if (hasGroup && groupAsTag) {
                const auto found = m_tagNames.find(groupId);
                const QString name = found != m_tagNames.end() ? found->second
                                                               : QString::fromStdString(groupId);
                m_record.item(name.toStdString(), groupOffset);
            }
            for (const QString &name : std::as_const(classes))
                m_record.item(name.toStdString(), classOffset);
            m_record.endList();
        }
        if (!sources.empty()) {
            m_record.beginList("sources", contentOffset);
            for (const std::string &source : sources)
                m_record.item(source, contentOffset);
            m_record.endList();
        }
        m_context.add(DatasetCollection::Events, m_record.finish());
        m_sources.commit(m_context);
    }

    ImportContext &m_context;
    bool m_groupsOnly;
    std::string m_idPrefix;
    bool m_groupsDone = false;
    bool m_itemsSeen = false;
    TidelineRecord m_record;
    LinkedSources m_sources;
    std::unordered_map<std::string, Group> m_groups;
    std::vector<std::string> m_groupOrder;
    std::unordered_map<std::string, QString> m_tagNames; // group id -> name, read first
    std::unordered_set<std::string> m_referenced;
    std::unordered_set<std::string> m_warned;
    bool m_droppedMilliseconds = false;
    qint64 m_droppedCount = 0;
    qint64 m_firstDroppedOffset = 0;
    QString m_firstDroppedPath;
    bool m_warnedBackgroundGroup = false;
    int m_periodsLeftOut = 0;
};

} // namespace

void VisImporter::read(ImportContext &context)
{
    Reader reader(context, false);
    if (context.options().groupAs == ImportOptions::GroupAs::Tag) {
        // Tags are the groups' names, and "groups" may follow the items: read the groups first,
        // into a builder of their own (the real pass reports every problem once).
        DatasetBuilder scratch;
        ImportOptions options = context.options();
        ImportContext first(context.data(), context.size(), context.fileName(), 0, scratch,
                            nullptr, options);
        Reader groups(first, true);
        JsonRecordStream::read(first, groups);
        reader.takeGroupNames(groups);
    }
    JsonRecordStream::read(context, reader);
    reader.finish();
}
