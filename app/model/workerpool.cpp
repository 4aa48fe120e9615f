// SPDX-License-Identifier: MIT
#include "workerpool.h"

#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

QThreadPool *WorkerPool::instance()
{
    // Never destroyed: its workers hold their own references to what they read, and nothing
    // waits for them at exit (a QThreadPool's destructor would).
    static QThreadPool *const pool = [] {
        auto *threads = new QThreadPool;
        threads->setObjectName(QStringLiteral("TidelineWorkers"));
        return threads;
    }();
    return pool;
}

void WorkerPool::runBelowTheWindow()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    // Never the main (GUI) thread itself: waiting for a future that has not started yet runs its
    // task right there.
    const pid_t self = pid_t(syscall(SYS_gettid));
    if (self == getpid())
        return;
    lowered = true;
    // Relative to the main thread's, not to this thread's own: a thread may have been started by
    // a worker, and have its lowered value already.
    errno = 0;
    const int window = getpriority(PRIO_PROCESS, id_t(getpid()));
    if (errno == 0)
        setpriority(PRIO_PROCESS, id_t(self), std::min(window + 10, 19));
#endif
}

namespace {

// Takes pieces until none is left, beside the thread that called forEachPiece.
class PieceHelper : public QRunnable
{
public:
    explicit PieceHelper(const std::function<void()> &takePieces) : m_takePieces(takePieces)
    {
        setAutoDelete(false);
    }
    void run() override
    {
        WorkerPool::runBelowTheWindow();
        m_takePieces();
        m_done.release();
    }
    void waitUntilDone() { m_done.acquire(); }

private:
    const std::function<void()> &m_takePieces;
    QSemaphore m_done;
};

} // namespace

void WorkerPool::forEachPiece(int count, const std::function<void(int)> &work)
{
    std::atomic<int> next{0};
    // Every thread takes the next piece until none is left, so uneven pieces even out.
    const std::function<void()> takePieces = [&] {
        for (int piece = next++; piece < count; piece = next++)
            work(piece);
    };
    // Helpers are queued, not only started on idle threads: a thread that finishes other work
    // while the pieces are being done joins in then.
    QThreadPool *pool = instance();
    std::vector<std::unique_ptr<PieceHelper>> helpers;
    for (int i = 1; i < count && i < pool->maxThreadCount(); ++i) {
        helpers.push_back(std::make_unique<PieceHelper>(takePieces));
        pool->start(helpers.back().get());
    }
    takePieces();
    // A helper still queued is taken back; one that started may be doing the last pieces, and
    // it is running, not waiting for a thread, so this wait ends.
    for (const auto &helper : helpers) {
        if (!pool->tryTake(helper.get()))
            helper->waitUntilDone();
    }
}
