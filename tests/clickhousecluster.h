// SPDX-License-Identifier: MIT
#pragma once
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <vector>
class QDeadlineTimer;
// Real clickhouse-server processes for tests: `servers` instances on free loopback ports, each with
// its own temporary folder (data, logs, config), every one configured with a cluster named
// `clusterName()` that lists all of them as shards (one replica each), so a Distributed table
// over them is a real two-shard cluster. Stops (and removes) everything in the destructor.
class ClickHouseCluster
{
public:
    explicit ClickHouseCluster(int servers = 1);
    ~ClickHouseCluster();
    // Starts them and waits (up to ~60 s) until each answers GET /ping with "Ok.". Returns an
    // empty string, or what went wrong (including the tail of the server's error log).
    QString start();
    int serverCount() const;
    // http://127.0.0.1:<http port>/ of server i
    QUrl httpUrl(int server) const;
    int tcpPort(int server) const;
    static QString clusterName(); // "tideline_test_shards"
    // Where the server binary is, or empty when none is installed.
    static QString serverBinary();

private:
    struct Server
    {
        // Ports are 0 until start() has picked them.
        int httpPort = 0;
        int tcpPort = 0;
        int interserverPort = 0;
        // Declared before the process so that, whatever else fails, the process is gone before
        // its folder is removed.
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<QProcess> process;
    };

    QString pickPorts();
    QString writeConfig(const Server &server) const;
    QString whyNotReady(int index, const QDeadlineTimer &deadline) const;
    void stop();

    std::vector<Server> m_servers;
    bool m_startCalled = false;
};
