// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>

// Whether the settings file as a whole can be trusted. Every value is checked where it is read
// and falls back to its default; this names the cases where the whole file is ignored or only
// partly understood, for the window to say so in its message bar.
namespace SettingsCheck {

// The settings' format version this Tideline writes.
constexpr int currentVersion = 1;

// Empty when all is well. `status` is what the first QSettings to read the file reported (Qt
// reports a file it cannot parse only to that one). Stamps a file without a version with ours.
QString problem(QSettings::Status status, QSettings &settings);

} // namespace SettingsCheck
