// SPDX-License-Identifier: MIT
#include "clickhouseclient.h"

#include "clickhousesql.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

ClickHouseClient::ClickHouseClient(ArchiveAddress address, QObject *parent)
    : QObject(parent), m_address(std::move(address)), m_network(new QNetworkAccessManager(this))
{
}

ClickHouseClient::~ClickHouseClient()
{
    // Replies are children of the manager; their callbacks must not run into a client that is
    // going away.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_pending)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void ClickHouseClient::setSetting(const QString &name, const QString &value)
{
    for (auto &setting : m_settings) {
        if (setting.first == name) {
            setting.second = value;
            return;
        }
    }
    m_settings.append({name, value});
}

QNetworkReply *ClickHouseClient::post(const QByteArray &sql, const QByteArray &data,
                                      const QString &queryId)
{
    QUrl url = m_address.server;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("database"), m_address.database);
    query.addQueryItem(QStringLiteral("query_id"), queryId);
    for (const auto &setting : std::as_const(m_settings))
        query.addQueryItem(setting.first, setting.second);
    if (!data.isNull())
        query.addQueryItem(QStringLiteral("query"), QString::fromUtf8(sql));
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    request.setTransferTimeout(m_timeoutMs);
    // Basic authentication keeps the password out of the URL, and so out of server logs.
    if (!m_address.user.isEmpty()) {
        const QByteArray credentials = (m_address.user + u':' + m_address.password).toUtf8();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    return m_network->post(request, data.isNull() ? sql : data);
}

QString ClickHouseClient::describeFailure(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && status != 200) {
        // ClickHouse answers a refused query with its exception's text in the body.
        QString message = QString::fromUtf8(body).trimmed();
        if (message.size() > 500)
            message = message.left(500) + QStringLiteral("…");
        return tr("the archive at %1 refused the request (HTTP %2): %3")
            .arg(m_address.toString())
            .arg(status)
            .arg(message.isEmpty() ? reply->errorString() : message);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return tr("the archive at %1 did not answer within %2 s")
            .arg(m_address.toString())
            .arg(m_timeoutMs / 1000);
    return tr("cannot reach the archive at %1: %2")
        .arg(m_address.toString(), reply->errorString());
}

QString ClickHouseClient::send(const QByteArray &sql, Done done, const QByteArray &data,
                               QString queryId)
{
    if (queryId.isEmpty())
        queryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkReply *reply = post(sql, data, queryId);
    m_pending.insert(queryId, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, queryId, done] {
        reply->deleteLater();
        if (m_pending.value(queryId) != reply)
            return; // cancelled, or replaced by a newer request under the same id
        m_pending.remove(queryId);
        // A reply aborted by its transfer timeout is closed: nothing to read.
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        const bool ok = reply->error() == QNetworkReply::NoError
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        done(ok ? body : QByteArray(), ok ? QString() : describeFailure(reply, body));
    });
    return queryId;
}

void ClickHouseClient::cancel(const QString &queryId)
{
    const QPointer<QNetworkReply> reply = m_pending.take(queryId);
    if (!reply)
        return;
    reply->abort();
    // Closing the connection does not stop a query on every release; KILL QUERY does. Its own
    // answer is of no interest: the query may have ended by then.
    QNetworkReply *kill = post("KILL QUERY WHERE query_id = " + ClickHouseSql::string(queryId)
                                   + " ASYNC",
                               QByteArray(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    connect(kill, &QNetworkReply::finished, kill, &QObject::deleteLater);
}

QByteArray ClickHouseClient::run(const QByteArray &sql, QString *error, const QByteArray &data)
{
    QEventLoop loop;
    QByteArray answer;
    QString problem;
    send(
        sql,
        [&](const QByteArray &body, const QString &failure) {
            answer = body;
            problem = failure;
            loop.quit();
        },
        data);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (error)
        *error = problem;
    return answer;
}
