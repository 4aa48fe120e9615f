// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Archive passwords in the desktop's keychain through QtKeychain (the Secret Service of GNOME
// Keyring or KWallet on Linux), filed under the archive's address with its user
// (ArchiveAddress::toString). Never in the settings file and never in plain text: QtKeychain's
// insecure fallback stays off, so without a keychain nothing is stored and the user is asked.
// Every call is asynchronous; `done` runs on the caller's thread, unless `context` is gone.
namespace ArchivePasswords {

// The password, or an empty one and what went wrong (no keychain, no entry).
void read(const QString &key, QObject *context,
          std::function<void(const QString &password, const QString &error)> done);
// An empty error on success.
void write(const QString &key, const QString &password, QObject *context,
           std::function<void(const QString &error)> done = {});
void forget(const QString &key, QObject *context, std::function<void(const QString &error)> done = {});

} // namespace ArchivePasswords
