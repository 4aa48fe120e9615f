// SPDX-License-Identifier: MIT
#include "archivepasswords.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace {

const QString service = QStringLiteral("Tideline archives");

template<typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(service);
    job->setKey(key);
    job->setInsecureFallback(false); // a keychain or nothing, never a plain-text file
    job->setAutoDelete(true);
    return job;
}

QString problemOf(const QKeychain::Job *job)
{
    return job->error() == QKeychain::NoError ? QString() : job->errorString();
}

} // namespace

void ArchivePasswords::read(const QString &key, QObject *context,
                            std::function<void(const QString &, const QString &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         const QString problem = problemOf(read);
                         done(problem.isEmpty() ? read->textData() : QString(), problem);
                     });
    job->start();
}

void ArchivePasswords::write(const QString &key, const QString &password, QObject *context,
                             std::function<void(const QString &)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (done)
                             done(problemOf(finished));
                     });
    job->start();
}

void ArchivePasswords::forget(const QString &key, QObject *context,
                              std::function<void(const QString &)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (done)
                             done(problemOf(finished));
                     });
    job->start();
}
