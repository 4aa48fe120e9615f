// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where an event archive lives: a ClickHouse server's HTTP interface, a database and the events
// table (the actors and the rest of the dataset in tables named after it). Written as
//   clickhouse://[user@]host[:port]/database?table=events      (port 8123 when not given)
//   http://[user@]host:port/?database=database&table=events    (the HTTP interface as it is)
// A password is never part of the text: the window keeps it in the desktop's keychain, the
// command line reads it from TIDELINE_ARCHIVE_PASSWORD.
struct ArchiveAddress
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveAddress)

public:
    QUrl server; // scheme, host and port of the HTTP interface; nothing else
    QString database = QStringLiteral("default");
    QString table = QStringLiteral("events");
    QString user;     // empty: the server's default user
    QString password; // never shown, never written to settings

    bool isValid() const { return server.isValid() && !server.host().isEmpty(); }

    // Refuses what is not one of the two forms above, a database or table name that is not a
    // plain identifier (ClickHouseSql::isPlainName), and a password written into the address.
    static ArchiveAddress parse(const QString &text, QString *problem);

    // The address without the password, for titles, recent lists and messages.
    QString toString() const;

    QString actorsTable() const { return table + QStringLiteral("_actors"); }
    QString datasetTable() const { return table + QStringLiteral("_dataset"); }
    QString dailyTable() const { return table + QStringLiteral("_daily"); }
};
