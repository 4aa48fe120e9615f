// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QToolButton>

#include <utility>
#include <vector>

// A filter menu on a button: checkable items, each a value and its text. The button names itself
// after how many are ticked ("Kinds (2)") and says what is ticked whenever a tick changes.
class CheckMenuButton : public QToolButton
{
    Q_OBJECT
public:
    CheckMenuButton(const QString &name, const QString &toolTip, QWidget *parent = nullptr);

    // The items, in menu order; a value still offered stays ticked. Disabled when there are none.
    void setItems(const std::vector<std::pair<int, QString>> &items);
    QSet<int> checkedValues() const;
    // Ticks these and no others, without checkedChanged().
    void setCheckedValues(const QSet<int> &values);

signals:
    void checkedChanged(const QSet<int> &values);

private:
    void showCount();

    QString m_name;
};
