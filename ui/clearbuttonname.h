// SPDX-License-Identifier: MIT
#pragma once

class QLineEdit;

// Names the clear button a line edit shows with setClearButtonEnabled(true): Qt leaves it
// without one, so a screen reader announced an unnamed button in every search and date field.
// Call it after enabling the button.
void nameClearButton(QLineEdit *field);
