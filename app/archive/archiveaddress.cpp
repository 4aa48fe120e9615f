// SPDX-License-Identifier: MIT
#include "archiveaddress.h"

#include "clickhousesql.h"

#include <QUrlQuery>

namespace {

constexpr int defaultHttpPort = 8123;

} // namespace

ArchiveAddress ArchiveAddress::parse(const QString &text, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return ArchiveAddress{};
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("clickhouse") && scheme != QLatin1String("http")
            && scheme != QLatin1String("https")))
        return fail(tr("'%1' is not an archive address; expected "
                       "clickhouse://host:port/database?table=events")
                        .arg(text));
    if (!url.password().isEmpty())
        return fail(tr("the archive address holds a password; give it in "
                       "TIDELINE_ARCHIVE_PASSWORD instead, where other users cannot read it"));

    ArchiveAddress address;
    const QUrlQuery query(url);
    address.server.setScheme(scheme == QLatin1String("https") ? scheme : QStringLiteral("http"));
    address.server.setHost(url.host());
    address.server.setPort(url.port(defaultHttpPort));
    address.server.setPath(QStringLiteral("/"));
    address.user = url.userName();

    QString database = query.queryItemValue(QStringLiteral("database"), QUrl::FullyDecoded);
    if (scheme == QLatin1String("clickhouse")) {
        const QString path = url.path(QUrl::FullyDecoded).mid(1);
        if (!path.isEmpty())
            database = path;
    }
    if (!database.isEmpty())
        address.database = database;
    const QString table = query.queryItemValue(QStringLiteral("table"), QUrl::FullyDecoded);
    if (!table.isEmpty())
        address.table = table;
    if (!ClickHouseSql::isPlainName(address.database))
        return fail(tr("'%1' is not a plain database name (letters, digits and _)")
                        .arg(address.database));
    if (!ClickHouseSql::isPlainName(address.table))
        return fail(tr("'%1' is not a plain table name (letters, digits and _)")
                        .arg(address.table));
    if (problem)
        problem->clear();
    return address;
}

QString ArchiveAddress::toString() const
{
    // An address over TLS keeps its https form, so that reopening it (a recent archive) does
    // not fall back to plain HTTP.
    const bool tls = server.scheme() == QLatin1String("https");
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("clickhouse"));
    url.setHost(server.host());
    url.setPort(server.port(defaultHttpPort));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + (tls ? QString() : database));
    QUrlQuery query;
    if (tls)
        query.addQueryItem(QStringLiteral("database"), database);
    query.addQueryItem(QStringLiteral("table"), table);
    url.setQuery(query);
    return url.toString();
}
