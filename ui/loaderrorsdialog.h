// SPDX-License-Identifier: MIT
#pragma once

#include "loadmessage.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

// Lists what the loader said about a failed (or warned-about) load, one row per message, with
// a button that copies them all as text. Every string is shown as plain text.
class LoadErrorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoadErrorsDialog(QWidget *parent = nullptr);

    void setMessages(const QString &summary, const LoadMessages &messages);
    QTreeWidget *messageList() const { return m_list; }

private:
    void copyAll() const;

    QLabel *m_summary;
    QTreeWidget *m_list;
    LoadMessages m_messages;
};
