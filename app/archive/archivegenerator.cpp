// SPDX-License-Identifier: MIT
#include "archivegenerator.h"

#include "archiveschema.h"
#include "clickhouseclient.h"
#include "clickhousesql.h"
#include "rowbinary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>

namespace {

constexpr int burstCount = 40;
constexpr qint64 day = 86'400;

QByteArray qualifiedTable(const ClickHouseClient &client, const QString &name)
{
    return client.address().database.toUtf8() + '.' + name.toUtf8();
}

QString actorId(int index)
{
    return QStringLiteral("a%1").arg(index);
}

QString actorKind(int index)
{
    static const char *const kinds[] = {"state", "person", "organisation", "faction"};
    return QString::fromLatin1(kinds[index % 4]);
}

} // namespace

QByteArray ArchiveGenerator::eventSelect(const Options &options, qint64 first, qint64 count)
{
    // The days news clusters around: drawn from the seed, 1980-2024.
    QRandomGenerator64 random(options.seed);
    QList<QByteArray> bursts;
    for (int i = 0; i < burstCount; ++i)
        bursts << QByteArray::number(qint64(315'532'800 + random.bounded(quint64(1'420'070'400))));
    const QByteArray seed = QByteArray::number(options.seed);
    const QByteArray actors = QByteArray::number(qMax(1, options.actors));
    const auto hash = [&](int salt) {
        return "cityHash64(number, " + seed + ", " + QByteArray::number(salt) + ')';
    };
    // Every alias is computed from `number` alone, so a row is the same whichever batch makes it.
    return "SELECT concat(" + ClickHouseSql::string(QStringLiteral("g%1-").arg(options.seed))
        + ", toString(number)) AS id, begin_second, end_second, start_precision, start_date, "
          "'' AS start_latest, end_date, '' AS end_latest, toUInt8(0) AS approximate, title, "
          "'' AS description, '' AS location, actors, emptyArrayString() AS tags, "
          "emptyArrayString() AS sources FROM (SELECT number, "
        + hash(1) + " AS h1, " + hash(2) + " AS h2, " + hash(3) + " AS h3, "
        // Four in ten events fall within ten days of a burst, the rest anywhere in 1970-2024.
        + "if(h1 % 10 < 4, toInt64(arrayElement([" + bursts.join(", ") + "], h2 % "
        + QByteArray::number(burstCount) + " + 1)) + toInt64(h3 % 1814400) - 864000, "
        + "toInt64(h2 % 1735689600)) AS raw, "
        // One in ten to the minute, the rest to the day; one day-event in twenty spans days.
        + "toUInt8(if(h1 % 10 = 9, 4, 3)) AS start_precision, "
        + "if(start_precision = 4, intDiv(raw, 60) * 60, intDiv(raw, 86400) * 86400) "
          "AS begin_second, "
        + "if(start_precision = 3 AND h3 % 20 = 0, 1 + h2 % 14, 0) AS extra_days, "
        + "if(start_precision = 4, begin_second + 60, begin_second + 86400 * (1 + extra_days)) "
          "AS end_second, "
        + "if(start_precision = 4, substring(replaceOne(toString(toDateTime(begin_second, "
          "'UTC')), ' ', 'T'), 1, 16), toString(toDate(toDateTime(begin_second), 'UTC'))) "
          "AS start_date, "
        + "if(extra_days > 0, toString(toDate(toDateTime(end_second - 86400), 'UTC')), '') "
          "AS end_date, "
        + "concat(arrayElement(['Talks', 'Strike', 'Statement', 'Protest', 'Meeting', "
          "'Ceasefire', 'Clash', 'Visit'], h3 % 8 + 1), ' #', toString(number)) AS title, "
        // Popular actors far more often: actor K / (u + 1) - 1 for u uniform.
        + "arrayDistinct(arrayMap(i -> concat('a', toString(intDiv(" + actors + ", "
        + "cityHash64(number, " + seed + ", 10 + i) % " + actors + " + 1) - 1)), "
        + "range(toUInt64(1 + h1 % 3)))) AS actors "
        + "FROM numbers(" + ClickHouseSql::integer(first) + ", " + ClickHouseSql::integer(count)
        + "))";
}

QString ArchiveGenerator::generate(ClickHouseClient &client, const Options &options,
                                   const Progress &progress)
{
    const ArchiveAddress &address = client.address();
    QString error;
    for (const QByteArray &statement : ArchiveSchema::createTables(address)) {
        client.run(statement, &error);
        if (!error.isEmpty())
            return error;
    }

    QByteArray actorRows;
    RowBinaryWriter actorRow(&actorRows);
    QJsonArray actors;
    for (int actor = 0; actor < options.actors; ++actor) {
        actorRow.string(actorId(actor));
        actorRow.string(QStringLiteral("Actor %1").arg(actor));
        actorRow.string(actorKind(actor));
        actorRow.string(QString());
        actors.append(QJsonObject{{QStringLiteral("id"), actorId(actor)},
                                  {QStringLiteral("name"), QStringLiteral("Actor %1").arg(actor)},
                                  {QStringLiteral("kind"), actorKind(actor)}});
    }
    client.run("INSERT INTO " + qualifiedTable(client, address.actorsTable()) + " ("
                   + ArchiveSchema::actorColumns() + ") FORMAT RowBinary",
               &error, actorRows);
    if (!error.isEmpty())
        return error;

    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("tideline/1")},
        {QStringLiteral("title"), QStringLiteral("Generated archive (seed %1)").arg(options.seed)},
        {QStringLiteral("actors"), actors},
        {QStringLiteral("events"), QJsonArray()}};
    QByteArray documentRow;
    RowBinaryWriter row(&documentRow);
    row.string(QStringLiteral("generated-%1").arg(options.seed));
    row.uint64(quint64(QDateTime::currentMSecsSinceEpoch()));
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
    row.string(std::string_view(json.constData(), size_t(json.size())));
    client.run("INSERT INTO " + qualifiedTable(client, address.datasetTable())
                   + " (part, pushed, document) FORMAT RowBinary",
               &error, documentRow);
    if (!error.isEmpty())
        return error;

    const qint64 batch = qMax<qint64>(1, options.batchEvents);
    for (qint64 first = 0; first < options.events; first += batch) {
        const qint64 count = qMin(batch, options.events - first);
        client.run("INSERT INTO " + qualifiedTable(client, address.table) + " ("
                       + ArchiveSchema::eventColumns() + ") " + eventSelect(options, first, count),
                   &error);
        if (!error.isEmpty())
            return error;
        if (progress)
            progress(first + count, options.events);
    }
    return {};
}
