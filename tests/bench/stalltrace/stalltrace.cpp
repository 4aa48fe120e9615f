// SPDX-License-Identifier: MIT
// tideline-stalltrace: what the window's longest stall is made of. Opens FILE in the real window
// (offscreen) as tideline-bench's "event-loop stall in the window" row does, and prints every
// event the GUI thread took longer than THRESHOLD ms to deliver while the load lands and for
// 1.5 s after, nested as delivered, with its receiver's class, name and parent. A queued slot
// shows as type 43 (MetaCall) on its receiver, a future's result as type 180 on its watcher.
//
//   tideline-stalltrace FILE [THRESHOLD] [QUERY]   (Release build; THRESHOLD defaults to 8)
//
// Each line starts with when the event's delivery began (ms since the trace started); a line
// "gap" is a stretch of the trace in which a 5 ms timer could not tick, as tideline-bench's stall
// meter sees it, with when it ended: the events inside it are the stall.
//
// With STALLTRACE_SERIES set, it ends by printing the stance chart's series and points by kind.
//
// Under `perf record -k CLOCK_MONOTONIC`, the trace's first line gives its 0 as perf's timestamp, so
// that the samples inside one event can be picked out of `perf script`.
//
// With QUERY, the trace goes on past the load: once the text index is ready, QUERY is typed into
// the filter as tideline-bench's "first text query" row does, and its result's delivery to every
// view is traced until 1 s after it is shown.
#include "datasetsession.h"
#include "filterstate.h"
#include "mainwindow.h"
#include "workerpool.h"
#include "stancechartview.h"

#include <QChart>
#include <QXYSeries>
#include <map>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool tracing = false;
    double threshold = 8;
    QElapsedTimer clock;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!tracing)
            return QApplication::notify(receiver, event);
        // Read before delivery: the receiver may be gone after it.
        const int type = event->type();
        QByteArray who = receiver->metaObject()->className();
        who += " '" + receiver->objectName().toUtf8() + '\'';
        if (QObject *parent = receiver->parent())
            who += QByteArray(" in ") + parent->metaObject()->className() + " '"
                + parent->objectName().toUtf8() + '\'';
        const double began = double(clock.nsecsElapsed()) / 1e6;
        QElapsedTimer timer;
        timer.start();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms >= threshold) // printed after what it contains
            fprintf(stderr, "at %7.1f %*s%7.1f ms  type %3d  %s\n", began, 2 * m_depth, "", ms,
                    type, who.constData());
        return handled;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    TracingApplication app(argc, argv);
    if (argc < 2) {
        fprintf(stderr, "usage: tideline-stalltrace FILE [THRESHOLD_MS] [QUERY]\n");
        return 2;
    }
    if (argc >= 3)
        app.threshold = QByteArray(argv[2]).toDouble();
    QApplication::setOrganizationName(QStringLiteral("Tideline"));
    QApplication::setApplicationName(QStringLiteral("tideline-bench"));
    MainWindow window;
    window.resize(1480, 920);
    window.show();
    window.openAtStart({});
    // The window's first paints are not a load landing (as in tideline-bench).
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QEventLoop loop;
    QObject::connect(window.session(), &DatasetSession::loadFinished, &loop, [&] {
        fprintf(stderr, "---- the load landed at %.1f ms\n", double(app.clock.nsecsElapsed()) / 1e6);
        QTimer::singleShot(1500, &loop, &QEventLoop::quit);
    });
    app.clock.start();
    // For `perf record -k CLOCK_MONOTONIC`: a line's time plus this origin is perf's timestamp.
    timespec origin;
    clock_gettime(CLOCK_MONOTONIC, &origin);
    fprintf(stderr, "---- the trace's 0 is CLOCK_MONOTONIC %lld.%09ld s\n", (long long)origin.tv_sec,
            origin.tv_nsec);
    QTimer tick;
    double lastTick = 0;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const double now = double(app.clock.nsecsElapsed()) / 1e6;
        if (app.tracing && now - lastTick >= 5 + app.threshold) // a tick late by the threshold
            fprintf(stderr, "at %7.1f gap of %.1f ms (no 5 ms tick)\n", now, now - lastTick);
        lastTick = now;
    });
    tick.start(5);
    app.tracing = true;
    window.openPathsInBackground({QString::fromLocal8Bit(argv[1])});
    loop.exec();
    if (argc >= 4) {
        FilterState *filter = window.filterState();
        app.tracing = false;
        if (filter->isIndexing()) {
            QEventLoop indexing;
            QObject::connect(filter, &FilterState::indexingChanged, &indexing, [&] {
                if (!filter->isIndexing())
                    indexing.quit();
            });
            indexing.exec();
        }
        app.tracing = true;
        QEventLoop answering;
        QElapsedTimer answer;
        QObject::connect(filter, &FilterState::resultChanged, &answering, [&] {
            fprintf(stderr, "---- the query's result is published after %.1f ms\n",
                    double(answer.nsecsElapsed()) / 1e6);
            QTimer::singleShot(1000, &answering, &QEventLoop::quit);
        });
        EventFilter query = filter->filter();
        query.query = QString::fromLocal8Bit(argv[3]);
        fprintf(stderr, "---- the index is ready; the query starts with %d of %d workers busy\n",
                WorkerPool::instance()->activeThreadCount(), WorkerPool::instance()->maxThreadCount());
        answer.start();
        filter->setFilter(query);
        answering.exec();
    }
    app.tracing = false;
    if (qEnvironmentVariableIsSet("STALLTRACE_SERIES")) {
        std::map<QString, std::pair<int, int>> kinds;
        for (QAbstractSeries *series : window.stanceChart()->chart()->series()) {
            auto &k = kinds[QString::fromLatin1(series->metaObject()->className())];
            ++k.first;
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                k.second += xy->count();
        }
        for (const auto &[kind, n] : kinds)
            fprintf(stderr, "stance chart: %d %s, %d points\n", n.first, qPrintable(kind), n.second);
    }
    return 0;
}
