// SPDX-License-Identifier: MIT
#include "columnmapping.h"

#include "partialdate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace {

using Field = ColumnMapping::Field;

constexpr const char *profileFormat = "tideline-mapping/1";

struct FieldInfo
{
    Field field;
    const char *key;
    const char *label;
};

constexpr std::array<FieldInfo, 19> fieldInfo = {{
    //: What a column is read as: nothing, the column is left out
    {Field::None, "", QT_TRANSLATE_NOOP("ColumnMapping", "(not imported)")},
    {Field::Title, "title", QT_TRANSLATE_NOOP("ColumnMapping", "Title")},
    //: What a column is read as: the event's start date
    {Field::Start, "start", QT_TRANSLATE_NOOP("ColumnMapping", "Start")},
    //: What a column is read as: the latest the event's start may be (a start known between two
    //: dates)
    {Field::StartLatest, "startLatest", QT_TRANSLATE_NOOP("ColumnMapping", "Start (latest)")},
    //: What a column is read as: the event's end date
    {Field::End, "end", QT_TRANSLATE_NOOP("ColumnMapping", "End")},
    //: What a column is read as: the latest the event's end may be (an end known between two dates)
    {Field::EndLatest, "endLatest", QT_TRANSLATE_NOOP("ColumnMapping", "End (latest)")},
    {Field::Actors, "actors", QT_TRANSLATE_NOOP("ColumnMapping", "Actors")},
    {Field::Tags, "tags", QT_TRANSLATE_NOOP("ColumnMapping", "Tags")},
    {Field::Place, "place", QT_TRANSLATE_NOOP("ColumnMapping", "Place")},
    {Field::Description, "description", QT_TRANSLATE_NOOP("ColumnMapping", "Description")},
    {Field::SourceUrl, "sourceUrl", QT_TRANSLATE_NOOP("ColumnMapping", "Source URL")},
    //: What a column is read as: the identifier of the event or position
    {Field::Id, "id", QT_TRANSLATE_NOOP("ColumnMapping", "Id")},
    {Field::Actor, "actor", QT_TRANSLATE_NOOP("ColumnMapping", "Actor")},
    {Field::Issue, "issue", QT_TRANSLATE_NOOP("ColumnMapping", "Issue")},
    //: What a column is read as: the actor's stance on the issue (supports, opposes, ...)
    {Field::Stance, "stance", QT_TRANSLATE_NOOP("ColumnMapping", "Stance")},
    {Field::Quote, "quote", QT_TRANSLATE_NOOP("ColumnMapping", "Quote")},
    {Field::Statement, "statement", QT_TRANSLATE_NOOP("ColumnMapping", "Statement")},
    //: What a column is read as: where a position is reported (a URL or a source's name)
    {Field::Source, "source", QT_TRANSLATE_NOOP("ColumnMapping", "Source")},
    //: What a column is read as: the date a position was stated
    {Field::Date, "date", QT_TRANSLATE_NOOP("ColumnMapping", "Date")},
}};

// The single-column fields, as members.
QString *member(ColumnMapping &m, Field field)
{
    switch (field) {
    case Field::Title:
        return &m.title;
    case Field::Start:
        return &m.start;
    case Field::StartLatest:
        return &m.startLatest;
    case Field::End:
        return &m.end;
    case Field::EndLatest:
        return &m.endLatest;
    case Field::Place:
        return &m.place;
    case Field::Description:
        return &m.description;
    case Field::SourceUrl:
        return &m.sourceUrl;
    case Field::Id:
        return &m.id;
    case Field::Actor:
        return &m.actor;
    case Field::Issue:
        return &m.issue;
    case Field::Stance:
        return &m.stance;
    case Field::Quote:
        return &m.quote;
    case Field::Statement:
        return &m.statement;
    case Field::Source:
        return &m.source;
    case Field::Date:
        return &m.date;
    case Field::None:
    case Field::Actors:
    case Field::Tags:
        break;
    }
    return nullptr;
}

QStringList *listMember(ColumnMapping &m, Field field)
{
    if (field == Field::Actors)
        return &m.actors;
    if (field == Field::Tags)
        return &m.tags;
    return nullptr;
}

// A header name as guess() compares it: lower case, '_' and '-' as spaces, spaces collapsed.
QString folded(const QString &name)
{
    QString text = name.toLower();
    text.replace(u'_', u' ').replace(u'-', u' ').replace(u'.', u' ');
    return text.simplified();
}

QString keyOf(ColumnMapping::Kind kind)
{
    return kind == ColumnMapping::Kind::Positions ? QStringLiteral("positions")
                                                  : QStringLiteral("events");
}

} // namespace

QString ColumnMapping::fieldKey(Field field)
{
    return QLatin1String(fieldInfo[size_t(field)].key);
}

QString ColumnMapping::fieldLabel(Field field)
{
    return tr(fieldInfo[size_t(field)].label);
}

QList<ColumnMapping::Field> ColumnMapping::fields(Kind kind)
{
    if (kind == Kind::Positions)
        return {Field::Actor,     Field::Issue,  Field::Stance,    Field::Quote,
                Field::Statement, Field::Source, Field::SourceUrl, Field::Date};
    return {Field::Title,       Field::Start,     Field::StartLatest, Field::End,
            Field::EndLatest,   Field::Actors,    Field::Tags,        Field::Place,
            Field::Description, Field::SourceUrl, Field::Id};
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(profileFormat));
    o.insert(QStringLiteral("kind"), keyOf(kind));
    ColumnMapping &self = const_cast<ColumnMapping &>(*this);
    for (Field field : fields(kind)) {
        if (const QString *column = member(self, field); column && !column->isEmpty())
            o.insert(fieldKey(field), *column);
        if (const QStringList *list = listMember(self, field); list && !list->isEmpty())
            o.insert(fieldKey(field), QJsonArray::fromStringList(*list));
    }
    if (kind == Kind::Events) {
        if (!actors.isEmpty() && actors.size() == 1)
            o.insert(QStringLiteral("actorSeparator"), actorSeparator);
        if (!tags.isEmpty() && tags.size() == 1)
            o.insert(QStringLiteral("tagSeparator"), tagSeparator);
    } else {
        if (!issueTitle.isEmpty())
            o.insert(QStringLiteral("issueTitle"), issueTitle);
        if (!stanceValues.isEmpty()) {
            QJsonObject values;
            for (auto it = stanceValues.begin(); it != stanceValues.end(); ++it)
                values.insert(it.key(), Vocabulary::key(it.value()));
            o.insert(QStringLiteral("stanceValues"), values);
        }
        if (!dateValue.isEmpty())
            o.insert(QStringLiteral("dateValue"), dateValue);
        o.insert(QStringLiteral("visibility"), Vocabulary::key(visibility));
    }
    o.insert(QStringLiteral("actorKind"), Vocabulary::key(actorKind));
    if (dateOrder != DateOrder::Unknown)
        o.insert(QStringLiteral("dateOrder"),
                 QLatin1String(dateOrder == DateOrder::DayMonth ? "dmy" : "mdy"));
    if (yearNumbering == YearNumbering::Historical)
        o.insert(QStringLiteral("years"), QStringLiteral("historical"));
    if (delimiter)
        o.insert(QStringLiteral("delimiter"), QString(QLatin1Char(delimiter)));
    if (header)
        o.insert(QStringLiteral("header"), *header);
    if (!recordsPath.isEmpty())
        o.insert(QStringLiteral("records"), recordsPath);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("the profile is not JSON: %1 at byte %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("the profile must be a JSON object, like {\"title\": \"Headline\", "
                       "\"start\": \"Date\"}"));
    const QJsonObject o = document.object();
    ColumnMapping m;
    const auto text = [&](const QString &key, QString *out, bool trim = true) -> bool {
        const QJsonValue value = o.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString()) {
            if (error)
                *error = tr("\"%1\" in the profile must be a string (a column's name)").arg(key);
            return false;
        }
        *out = trim ? value.toString().trimmed() : value.toString();
        return true;
    };
    const QString kindText = o.value(QStringLiteral("kind")).toString(QStringLiteral("events"));
    if (kindText == u"positions")
        m.kind = Kind::Positions;
    else if (kindText != u"events")
        return fail(tr("\"kind\" in the profile must be \"events\" or \"positions\", not \"%1\"")
                        .arg(kindText));
    QStringList known{QStringLiteral("format"),         QStringLiteral("kind"),
                      QStringLiteral("actorSeparator"), QStringLiteral("tagSeparator"),
                      QStringLiteral("issueTitle"),     QStringLiteral("stanceValues"),
                      QStringLiteral("dateValue"),      QStringLiteral("visibility"),
                      QStringLiteral("actorKind"),      QStringLiteral("dateOrder"),
                      QStringLiteral("years"),          QStringLiteral("delimiter"),
                      QStringLiteral("header"),         QStringLiteral("records")};
    for (const FieldInfo &info : fieldInfo) {
        if (info.field != Field::None)
            known << QLatin1String(info.key);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("unknown key \"%1\" in the profile; the profile's keys are: %2")
                            .arg(it.key(), known.join(QStringLiteral(", "))));
    }
    if (o.contains(QStringLiteral("format")) &&
        o.value(QStringLiteral("format")).toString() != QLatin1String(profileFormat))
        return fail(
            tr("\"format\" in the profile must be \"%1\"").arg(QLatin1String(profileFormat)));
    for (const FieldInfo &info : fieldInfo) {
        const QString key = QLatin1String(info.key);
        if (QStringList *list = listMember(m, info.field)) {
            const QJsonValue value = o.value(key);
            if (value.isString()) {
                *list = QStringList{value.toString().trimmed()};
            } else if (value.isArray()) {
                for (const QJsonValue &item : value.toArray()) {
                    if (!item.isString())
                        return fail(tr("\"%1\" in the profile must be a column's name or a list "
                                       "of them")
                                        .arg(key));
                    list->append(item.toString().trimmed());
                }
            } else if (!value.isUndefined() && !value.isNull()) {
                return fail(
                    tr("\"%1\" in the profile must be a column's name or a list of them").arg(key));
            }
            list->removeAll(QString());
        } else if (QString *column = member(m, info.field)) {
            if (!text(key, column))
                return std::nullopt;
        }
    }
    if (!text(QStringLiteral("actorSeparator"), &m.actorSeparator, false) ||
        !text(QStringLiteral("tagSeparator"), &m.tagSeparator, false) ||
        !text(QStringLiteral("issueTitle"), &m.issueTitle) ||
        !text(QStringLiteral("dateValue"), &m.dateValue) ||
        !text(QStringLiteral("records"), &m.recordsPath))
        return std::nullopt;
    if (m.actorSeparator.isEmpty() || m.tagSeparator.isEmpty())
        return fail(tr("a list separator in the profile must not be empty"));
    if (!m.dateValue.isEmpty()) {
        QString dateError;
        if (!PartialDate::parse(m.dateValue, &dateError).isValid())
            return fail(tr("\"dateValue\" in the profile must be an ISO date like \"2022-09\": %1")
                            .arg(dateError));
    }
    const QJsonValue values = o.value(QStringLiteral("stanceValues"));
    if (!values.isUndefined() && !values.isObject())
        return fail(tr("\"stanceValues\" in the profile must be an object from the file's words "
                       "to stances, like {\"Fully denied\": \"opposes\"}"));
    const QJsonObject valueMap = values.toObject();
    for (auto it = valueMap.begin(); it != valueMap.end(); ++it) {
        const std::optional<Stance> stance =
            it.value().isString() ? Vocabulary::stanceFromKey(it.value().toString().toStdString())
                                  : std::nullopt;
        if (!stance)
            return fail(tr("\"stanceValues\" in the profile: \"%1\" must map to one of %2")
                            .arg(it.key(), Vocabulary::allowedStances()));
        m.stanceValues.insert(it.key().trimmed(), *stance);
    }
    QString word;
    if (!text(QStringLiteral("visibility"), &word))
        return std::nullopt;
    if (!word.isEmpty()) {
        const auto visibility = Vocabulary::visibilityFromKey(word.toStdString());
        if (!visibility)
            return fail(tr("\"visibility\" in the profile must be one of %1, not \"%2\"")
                            .arg(Vocabulary::allowedVisibilities(), word));
        m.visibility = *visibility;
    }
    word.clear();
    if (!text(QStringLiteral("actorKind"), &word))
        return std::nullopt;
    if (!word.isEmpty()) {
        const auto actorKind = Vocabulary::actorKindFromKey(word.toStdString());
        if (!actorKind)
            return fail(tr("\"actorKind\" in the profile must be one of %1, not \"%2\"")
                            .arg(Vocabulary::allowedActorKinds(), word));
        m.actorKind = *actorKind;
    }
    word.clear();
    if (!text(QStringLiteral("dateOrder"), &word))
        return std::nullopt;
    if (word == u"dmy")
        m.dateOrder = DateOrder::DayMonth;
    else if (word == u"mdy")
        m.dateOrder = DateOrder::MonthDay;
    else if (!word.isEmpty())
        return fail(tr("\"dateOrder\" in the profile must be \"dmy\" (03/04/2021 is 3 April) or "
                       "\"mdy\" (March 4), not \"%1\"")
                        .arg(word));
    word.clear();
    if (!text(QStringLiteral("years"), &word))
        return std::nullopt;
    if (word == u"historical")
        m.yearNumbering = YearNumbering::Historical;
    else if (!word.isEmpty() && word != u"astronomical")
        return fail(tr("\"years\" in the profile must be \"astronomical\" (0 is 1 BC) or "
                       "\"historical\" (-1 is 1 BC, no year 0), not \"%1\"")
                        .arg(word));
    word.clear();
    if (!text(QStringLiteral("delimiter"), &word, false))
        return std::nullopt;
    if (word == u"\\t" || word == u"tab")
        word = QStringLiteral("\t");
    if (!word.isEmpty()) {
        if (word.size() != 1 || !QStringLiteral(",;\t|").contains(word))
            return fail(tr("\"delimiter\" in the profile must be one of \",\", \";\", \"\\t\", "
                           "\"|\", not \"%1\"")
                            .arg(word));
        m.delimiter = char(word.at(0).unicode());
    }
    const QJsonValue header = o.value(QStringLiteral("header"));
    if (header.isBool())
        m.header = header.toBool();
    else if (!header.isUndefined() && !header.isNull())
        return fail(tr("\"header\" in the profile must be true or false"));
    return m;
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping m;
    const auto find = [&](std::initializer_list<const char *> names) -> QString {
        for (const char *name : names) {
            for (const QString &column : header) {
                if (folded(column) == QLatin1String(name))
                    return column.trimmed();
            }
        }
        return {};
    };
    const QString stanceColumn = find({"stance", "position"});
    const QString titleColumn = find({"title", "headline", "event", "event title", "name"});
    if (!stanceColumn.isEmpty() && find({"title", "headline", "event"}).isEmpty()) {
        m.kind = Kind::Positions;
        m.stance = stanceColumn;
        m.actor = find({"actor", "candidate", "name", "who", "speaker", "person"});
        m.issue = find({"issue", "question", "topic"});
        m.quote = find({"quote", "quotation"});
        m.statement = find({"statement", "summary"});
        m.source = find({"source", "publisher", "outlet"});
        m.sourceUrl = find({"url", "link", "source url"});
        m.date = find({"date", "as of", "stated", "date stated"});
        return m;
    }
    m.title = titleColumn;
    m.start = find({"start", "date", "start date", "begin", "from", "event date", "when"});
    m.end = find({"end", "end date", "until", "to"});
    const QString actorColumn = find({"actor", "actors", "who", "participants"});
    if (!actorColumn.isEmpty())
        m.actors = QStringList{actorColumn};
    const QString tagColumn = find({"tags", "tag", "category", "categories", "type"});
    if (!tagColumn.isEmpty())
        m.tags = QStringList{tagColumn};
    m.place = find({"place", "location", "where"});
    m.description = find({"description", "notes", "note", "details", "text"});
    m.sourceUrl = find({"url", "link", "source url", "source", "sources"});
    m.id = find({"id", "event id", "identifier", "uid"});
    return m;
}

QString ColumnMapping::headerKey(const QStringList &header)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &name : header) {
        hash.addData(name.trimmed().toUtf8());
        hash.addData(QByteArrayView("\x1F", 1));
    }
    return QStringLiteral("header/") + QString::fromLatin1(hash.result().toHex().left(20));
}

QStringList ColumnMapping::missing() const
{
    QStringList list;
    if (kind == Kind::Events) {
        if (title.isEmpty())
            list << tr("no column is mapped to the title");
        if (start.isEmpty())
            list << tr("no column is mapped to the start date");
        if (!startLatest.isEmpty() && start.isEmpty())
            list << tr("a start known between two bounds needs the earliest bound too (\"start\")");
        if (!endLatest.isEmpty() && end.isEmpty())
            list << tr("an end known between two bounds needs the earliest bound too (\"end\")");
    } else {
        if (actor.isEmpty())
            list << tr("no column is mapped to the actor");
        if (issue.isEmpty() && issueTitle.isEmpty())
            list << tr("no column is mapped to the issue, and no issue is given for the whole "
                       "file (\"issueTitle\")");
        if (stance.isEmpty())
            list << tr("no column is mapped to the stance");
        if (date.isEmpty() && dateValue.isEmpty())
            list << tr("no column is mapped to the date, and no date is given for the whole file "
                       "(\"dateValue\", like \"2022-09\")");
    }
    return list;
}

ColumnMapping::Field ColumnMapping::fieldOf(const QString &column) const
{
    ColumnMapping &self = const_cast<ColumnMapping &>(*this);
    for (Field field : fields(kind)) {
        if (const QString *m = member(self, field); m && *m == column)
            return field;
        if (const QStringList *list = listMember(self, field); list && list->contains(column))
            return field;
    }
    return Field::None;
}

void ColumnMapping::assign(const QString &column, Field field)
{
    for (const FieldInfo &info : fieldInfo) {
        if (QString *m = member(*this, info.field); m && *m == column)
            m->clear();
        if (QStringList *list = listMember(*this, info.field))
            list->removeAll(column);
    }
    if (QString *m = member(*this, field))
        *m = column;
    else if (QStringList *list = listMember(*this, field))
        list->append(column);
}

QStringList ColumnMapping::columns() const
{
    ColumnMapping &self = const_cast<ColumnMapping &>(*this);
    QStringList all;
    for (Field field : fields(kind)) {
        if (const QString *m = member(self, field); m && !m->isEmpty())
            all << *m;
        if (const QStringList *list = listMember(self, field))
            all << *list;
    }
    return all;
}

std::optional<Stance> ColumnMapping::stanceOf(QStringView cell) const
{
    const QStringView word = cell.trimmed();
    for (auto it = stanceValues.begin(); it != stanceValues.end(); ++it) {
        if (word.compare(it.key(), Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return Vocabulary::stanceFromKey(word.toString().toLower().toStdString());
}
