// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The window's colours: the system's, or Tideline's own light or dark palette (Fusion style), so
// that a report can be prepared in either look whatever the desktop uses.
namespace AppTheme {

// HighContrast: white and yellow on black, for readers who need the most contrast.
enum class Choice { System, Light, Dark, HighContrast };

void apply(Choice choice);
Choice fromKey(const QString &key);
QString key(Choice choice);

} // namespace AppTheme
