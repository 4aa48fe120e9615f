// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Talks to a ClickHouse server over its HTTP interface with Qt Network, nothing else: a statement
// is POSTed, the answer is the reply's body, a refusal is the server's own message. Asynchronous;
// answers arrive on the client's thread. Each request carries a query_id, so that a request the
// view no longer needs is cancelled on the server too (KILL QUERY), not only dropped here.
class ClickHouseClient : public QObject
{
    Q_OBJECT

public:
    explicit ClickHouseClient(ArchiveAddress address, QObject *parent = nullptr);
    ~ClickHouseClient() override;

    const ArchiveAddress &address() const { return m_address; }

    // Server settings sent with every request as URL parameters (insert_distributed_sync,
    // max_query_size, ...): names of settings every current release still knows.
    void setSetting(const QString &name, const QString &value);
    // Milliseconds without a byte from the server before a request fails (0: never).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // `error` is empty on success, else a sentence for the user.
    using Done = std::function<void(const QByteArray &body, const QString &error)>;

    // Sends `sql`. When `data` is given the statement goes in the URL and `data` is its input
    // (INSERT ... FORMAT RowBinary). Returns the request's query id (a fresh one when empty);
    // `done` is called once, unless the request is cancelled first.
    QString send(const QByteArray &sql, Done done, const QByteArray &data = {},
                 QString queryId = {});
    // Drops the request's answer and asks the server to stop it.
    void cancel(const QString &queryId);
    int pendingCount() const { return int(m_pending.size()); }

    // Waits for the answer in a local event loop: for the command line, tests and benchmarks,
    // never for the window's thread.
    QByteArray run(const QByteArray &sql, QString *error, const QByteArray &data = {});

private:
    QNetworkReply *post(const QByteArray &sql, const QByteArray &data, const QString &queryId);
    QString describeFailure(QNetworkReply *reply, const QByteArray &body) const;

    ArchiveAddress m_address;
    QNetworkAccessManager *m_network;
    QList<QPair<QString, QString>> m_settings;
    int m_timeoutMs = 60'000;
    QHash<QString, QPointer<QNetworkReply>> m_pending;
};
