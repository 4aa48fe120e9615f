// SPDX-License-Identifier: MIT
// The configs follow the ClickHouse 18.16 that Debian 12 ships. Its own files have the root
// element <yandex>, the name later versions replaced with <clickhouse> (18.16 does not check it).
// It passes over a server setting it does not know (max_server_memory_usage, max_thread_pool_size
// came later) without a word, but stops at start (exit code 70) on a profile setting it does not
// know, so users.xml holds only settings that 18.16 lists in system.settings.
#include "clickhousecluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

using namespace std::chrono_literals;

namespace {

constexpr auto startTimeout = 60s;
constexpr auto stopTimeout = 10s;
constexpr int tailLines = 20;

// %1 the server's folder, %2 http, %3 tcp, %4 interserver port, %5 the <shard> elements.
// listen_host is explicit, so 18.16 leaves listen_try off and a port taken since it was picked
// ends the server with "Address already in use" instead of a server that never answers.
// interserver_http_host spares the lookup of the machine's name, which only replication uses.
// No part_log, graphite, dictionaries or ZooKeeper: nothing to flush or reach. 18.16 keeps a
// query_log without being asked, but writes to it only for queries that set log_queries=1.
constexpr char configTemplate[] = R"(<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>%1/server.log</log>
        <errorlog>%1/server.err.log</errorlog>
        <size>10M</size>
        <count>1</count>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <listen_try>0</listen_try>
    <http_port>%2</http_port>
    <tcp_port>%3</tcp_port>
    <interserver_http_port>%4</interserver_http_port>
    <interserver_http_host>127.0.0.1</interserver_http_host>
    <path>%1/data/</path>
    <tmp_path>%1/tmp/</tmp_path>
    <user_files_path>%1/user_files/</user_files_path>
    <format_schema_path>%1/format_schemas/</format_schema_path>
    <users_config>%1/users.xml</users_config>
    <mark_cache_size>67108864</mark_cache_size>
    <uncompressed_cache_size>67108864</uncompressed_cache_size>
    <max_concurrent_queries>100</max_concurrent_queries>
    <timezone>UTC</timezone>
    <mlock_executable>false</mlock_executable>
    <remote_servers>
        <tideline_test_shards>
%5        </tideline_test_shards>
    </remote_servers>
</yandex>
)";

// 18.16 reads the background pool's size from the default profile and starts all of its threads
// at once (16 by default): 2 are plenty for the few parts a test writes and halve the threads.
// A quota whose limits are all 0 limits nothing.
constexpr char usersConfig[] = R"(<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>2000000000</max_memory_usage>
            <background_pool_size>2</background_pool_size>
            <background_schedule_pool_size>2</background_schedule_pool_size>
        </default>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks>
                <ip>127.0.0.1</ip>
                <ip>::1</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
                <queries>0</queries>
                <errors>0</errors>
                <result_rows>0</result_rows>
                <read_rows>0</read_rows>
                <execution_time>0</execution_time>
            </interval>
        </default>
    </quotas>
</yandex>
)";

QString writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents) != contents.size() || !file.flush()) {
        return QStringLiteral("Could not write %1: %2").arg(path, file.errorString());
    }
    return {};
}

// The end of a log, copied into the failure message because the destructor removes the folder.
QString tailOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(none)");
    // A server that repeats an error can write megabytes; only the end tells why it stopped.
    constexpr qint64 window = 16 * 1024;
    if (file.size() > window && !file.seek(file.size() - window))
        return QStringLiteral("(unreadable: %1)").arg(file.errorString());
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return QStringLiteral("(empty)");
    if (lines.size() > tailLines)
        lines = lines.mid(lines.size() - tailLines);
    return lines.join(u'\n');
}

// A raw HTTP/1.0 GET with the socket's blocking calls: no curl to depend on, and no nested event
// loop that would deliver the calling test's own queued events in the middle of start().
bool answersPing(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(port));
    if (!socket.waitForConnected(1000))
        return false;
    socket.write("GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    if (!socket.waitForBytesWritten(1000))
        return false;
    // HTTP/1.0 has the server close the connection after its reply: read until it does.
    QByteArray reply;
    while (socket.waitForReadyRead(2000))
        reply += socket.readAll();
    reply += socket.readAll();
    const qsizetype bodyStart = reply.indexOf("\r\n\r\n") + 4;
    const QList<QByteArray> statusLine = reply.left(reply.indexOf("\r\n")).split(' ');
    return bodyStart >= 4 && statusLine.value(1) == "200" && reply.mid(bodyStart) == "Ok.\n";
}

} // namespace

ClickHouseCluster::ClickHouseCluster(int servers) : m_servers(std::max(servers, 0)) {}

ClickHouseCluster::~ClickHouseCluster()
{
    stop();
}

QString ClickHouseCluster::start()
{
    if (m_startCalled)
        return QStringLiteral("ClickHouseCluster::start() was called twice");
    m_startCalled = true;
    if (m_servers.empty())
        return QStringLiteral("A ClickHouse cluster needs at least one server");
    const QString binary = serverBinary();
    if (binary.isEmpty()) {
        return QStringLiteral("clickhouse-server is not installed (neither "
                              "/usr/sbin/clickhouse-server nor on PATH); install the "
                              "clickhouse-server package to run these tests");
    }

    const QString folderTemplate = QDir::tempPath() + QStringLiteral("/tideline-clickhouse-XXXXXX");
    for (Server &server : m_servers) {
        server.dir = std::make_unique<QTemporaryDir>(folderTemplate);
        if (!server.dir->isValid()) {
            return QStringLiteral("Could not make a temporary folder for clickhouse-server: %1")
                .arg(server.dir->errorString());
        }
    }
    if (const QString error = pickPorts(); !error.isEmpty())
        return error;
    for (const Server &server : m_servers) {
        if (const QString error = writeConfig(server); !error.isEmpty())
            return error;
    }

    // All start before any is waited for, so that a cluster comes up about as fast as one server.
    for (Server &server : m_servers) {
        const QString dir = server.dir->path();
        auto process = std::make_unique<QProcess>();
        process->setProgram(binary);
        process->setArguments({QStringLiteral("--config-file=%1/config.xml").arg(dir)});
        // Where a core dump or any stray relative path of the server lands.
        process->setWorkingDirectory(dir);
        process->setStandardInputFile(QProcess::nullDevice());
        // Files, not pipes: nothing reads a pipe while a test runs, and a full one would block the
        // server mid-write.
        process->setStandardOutputFile(dir + QStringLiteral("/stdout.log"));
        process->setStandardErrorFile(dir + QStringLiteral("/stderr.log"));
#ifdef Q_OS_LINUX
        // A test run that crashes or is killed (ctest's timeout) never reaches the destructor;
        // the kernel then stops the servers instead of leaving them bound to their ports. The
        // signal follows the thread that starts them, so a cluster must not outlive its thread.
        const pid_t parent = getpid();
        process->setChildProcessModifier([parent] {
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (getppid() != parent)
                _exit(1);
        });
#endif
        process->start();
        server.process = std::move(process);
    }

    const QDeadlineTimer deadline(startTimeout);
    for (int i = 0; i < serverCount(); ++i) {
        if (const QString error = whyNotReady(i, deadline); !error.isEmpty()) {
            // Nothing half-started stays bound to its ports while the failing test reports.
            stop();
            return error;
        }
    }
    return {};
}

int ClickHouseCluster::serverCount() const
{
    return int(m_servers.size());
}

QUrl ClickHouseCluster::httpUrl(int server) const
{
    Q_ASSERT(server >= 0 && server < serverCount());
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_servers.at(server).httpPort));
}

int ClickHouseCluster::tcpPort(int server) const
{
    Q_ASSERT(server >= 0 && server < serverCount());
    return m_servers.at(server).tcpPort;
}

QString ClickHouseCluster::clusterName()
{
    return QStringLiteral("tideline_test_shards");
}

QString ClickHouseCluster::serverBinary()
{
    // Debian puts the server in /usr/sbin, which is not on every user's PATH.
    const QString debian = QStringLiteral("/usr/sbin/clickhouse-server");
    if (QFileInfo(debian).isExecutable())
        return debian;
    return QStandardPaths::findExecutable(QStringLiteral("clickhouse-server"));
}

QString ClickHouseCluster::pickPorts()
{
    // Every listener stays open until all ports are picked, so no port is handed out twice; they
    // close just before the servers bind them.
    std::vector<std::unique_ptr<QTcpServer>> listeners;
    const auto freePort = [&listeners](int &port) {
        auto listener = std::make_unique<QTcpServer>();
        if (!listener->listen(QHostAddress(QHostAddress::LocalHost), 0))
            return listener->errorString();
        port = listener->serverPort();
        listeners.push_back(std::move(listener));
        return QString();
    };
    for (Server &server : m_servers) {
        for (int *port : {&server.httpPort, &server.tcpPort, &server.interserverPort}) {
            if (const QString error = freePort(*port); !error.isEmpty())
                return QStringLiteral("Could not find a free port on 127.0.0.1: %1").arg(error);
        }
    }
    return {};
}

QString ClickHouseCluster::writeConfig(const Server &server) const
{
    QString shards;
    for (const Server &shard : m_servers) {
        shards += QStringLiteral("            <shard><replica><host>127.0.0.1</host>"
                                 "<port>%1</port></replica></shard>\n")
                      .arg(shard.tcpPort);
    }
    const QString dir = server.dir->path();
    // The multi-argument arg() substitutes in one pass, so a folder name holding "%2" stays whole.
    const QString config =
        QString::fromUtf8(configTemplate)
            .arg(dir.toHtmlEscaped(), QString::number(server.httpPort),
                 QString::number(server.tcpPort), QString::number(server.interserverPort), shards);
    if (const QString error = writeFile(dir + QStringLiteral("/config.xml"), config.toUtf8());
        !error.isEmpty()) {
        return error;
    }
    return writeFile(dir + QStringLiteral("/users.xml"), QByteArray(usersConfig));
}

QString ClickHouseCluster::whyNotReady(int index, const QDeadlineTimer &deadline) const
{
    const Server &server = m_servers.at(index);
    QProcess &process = *server.process;
    QString what;
    if (!process.waitForStarted(5000)) {
        what = QStringLiteral("could not be started: %1").arg(process.errorString());
    } else {
        for (;;) {
            if (answersPing(server.httpPort))
                return {};
            // The wait for its end is also the pause between pings, so a server that gives up (a
            // port taken meanwhile, a setting it rejects) is reported at once, not after 60 s.
            if (process.state() == QProcess::NotRunning || process.waitForFinished(25)) {
                // On Unix Qt reports a crash's signal number as its exit code.
                what =
                    process.exitStatus() == QProcess::NormalExit
                        ? QStringLiteral("exited during start with code %1").arg(process.exitCode())
                        : QStringLiteral("crashed during start (signal %1)")
                              .arg(process.exitCode());
                break;
            }
            if (deadline.hasExpired()) {
                what = QStringLiteral("did not answer GET /ping with \"Ok.\" within %1 s")
                           .arg(std::chrono::seconds(startTimeout).count());
                break;
            }
        }
    }
    const QString dir = server.dir->path();
    return QStringLiteral("clickhouse-server %1 of %2 (%3, http port %4, tcp port %5) %6.\n"
                          "Its stderr ends:\n%7\nIts server.err.log ends:\n%8")
        .arg(QString::number(index + 1), QString::number(serverCount()), serverBinary(),
             QString::number(server.httpPort), QString::number(server.tcpPort), what,
             tailOf(dir + QStringLiteral("/stderr.log")),
             tailOf(dir + QStringLiteral("/server.err.log")));
}

void ClickHouseCluster::stop()
{
    // Every server is told first so that they shut down side by side (each takes 0.3 to 0.6 s to
    // close its listeners), then each is waited for under one shared limit.
    for (Server &server : m_servers) {
        if (server.process && server.process->state() != QProcess::NotRunning)
            server.process->terminate();
    }
    const QDeadlineTimer deadline(stopTimeout);
    for (Server &server : m_servers) {
        if (!server.process || server.process->state() == QProcess::NotRunning)
            continue;
        if (!server.process->waitForFinished(int(deadline.remainingTime()))) {
            server.process->kill();
            server.process->waitForFinished(5000);
        }
    }
}
