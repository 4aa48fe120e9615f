// SPDX-License-Identifier: MIT
#include "clearbuttonname.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

void nameClearButton(QLineEdit *field)
{
    // The button is the field's own tool button, made when the clear action was added.
    for (QToolButton *button : field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(QCoreApplication::translate("ClearButton", "Clear"));
        button->setAccessibleDescription(
            QCoreApplication::translate("ClearButton", "Empties the field"));
    }
}
