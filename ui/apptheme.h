// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The window's colours: the system's, or Tideline's own light or dark palette (Fusion style), so
// that a report can be prepared in either look whatever the desktop uses.
namespace AppTheme {

enum class Choice { System, Light, Dark };

void apply(Choice choice);
Choice fromKey(const QString &key);
QString key(Choice choice);

} // namespace AppTheme
