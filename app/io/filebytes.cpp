// SPDX-License-Identifier: MIT
#include "filebytes.h"

#include "changedetectingreader.h"
#include "loadertext.h"

#include <algorithm>

using LoaderText::tr;

namespace {

struct ReadHook
{
    std::function<void(const QString &, qint64)> hook;
    qint64 chunkBytes = 0;
};
ReadHook &readHook()
{
    static ReadHook hook;
    return hook;
}

} // namespace

void FileBytes::setReadHook(std::function<void(const QString &, qint64)> hook, qint64 chunkBytes)
{
    readHook() = {std::move(hook), chunkBytes};
}

FileBytes::Outcome FileBytes::read(LoadProgress *progress, QString *error)
{
    ChangeDetectingReader file;
    if (!file.open(name, error))
        return Outcome::Failed;
    const qint64 expected = file.expectedSize();
    if (expected > 0) {
        if (!owned.allocate(expected)) {
            *error = tr("not enough memory to read the file (%1 MB)").arg(expected >> 20);
            return Outcome::Failed;
        }
    }
    // In chunks, so that a cancelled load stops soon even on a slow disk.
    const ReadHook &hook = readHook();
    const qint64 chunk = hook.chunkBytes > 0 ? hook.chunkBytes : qint64(16) << 20;
    qint64 done = 0;
    while (done < expected) {
        if (progress && progress->isCancelled())
            return Outcome::Cancelled;
        const qint64 n = file.read(owned.data() + done, std::min(chunk, expected - done));
        if (n < 0) {
            *error = tr("cannot read: %1").arg(file.errorString());
            return Outcome::Failed;
        }
        if (n == 0) // the file has shrunk; isUnchanged() says so
            break;
        done += n;
        if (hook.hook)
            hook.hook(name, done);
    }
    if (!file.isUnchanged(error))
        return Outcome::Failed;
    data = owned.data() ? owned.data() : "";
    size = expected;
    return Outcome::Read;
}
