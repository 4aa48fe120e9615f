// SPDX-License-Identifier: MIT
#include "checkmenubutton.h"

#include "plaintext.h"

#include <QMenu>

CheckMenuButton::CheckMenuButton(const QString &name, const QString &toolTip, QWidget *parent)
    : QToolButton(parent), m_name(name)
{
    setText(name);
    setToolTip(toolTip);
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    setEnabled(false);
}

void CheckMenuButton::setItems(const std::vector<std::pair<int, QString>> &items)
{
    const QSet<int> ticked = checkedValues();
    menu()->clear();
    for (const auto &[value, text] : items) {
        QAction *action = menu()->addAction(PlainText::forMnemonic(text));
        action->setCheckable(true);
        action->setData(value);
        action->setChecked(ticked.contains(value));
        connect(action, &QAction::toggled, this, [this] {
            showCount();
            emit checkedChanged(checkedValues());
        });
    }
    setEnabled(!items.empty());
    showCount();
    if (checkedValues() != ticked)
        emit checkedChanged(checkedValues());
}

QSet<int> CheckMenuButton::checkedValues() const
{
    QSet<int> values;
    for (const QAction *action : menu()->actions())
        if (action->isChecked())
            values.insert(action->data().toInt());
    return values;
}

void CheckMenuButton::setCheckedValues(const QSet<int> &values)
{
    for (QAction *action : menu()->actions()) {
        const QSignalBlocker quiet(action);
        action->setChecked(values.contains(action->data().toInt()));
    }
    showCount();
}

void CheckMenuButton::showCount()
{
    const qsizetype ticked = checkedValues().size();
    setText(ticked == 0 ? m_name : QStringLiteral("%1 (%2)").arg(m_name).arg(ticked));
}
