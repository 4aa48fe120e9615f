// SPDX-License-Identifier: MIT
#pragma once

#include "loadmessage.h"

#include <QDialog>

class QLabel;
class QPushButton;
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
    // Offers "Skip Bad Rows" when some errors are about rows of an imported file that a second
    // read could leave out (LoadMessage::skippableRow); setMessages() decides it.
    QPushButton *skipBadRowsButton() const { return m_skipBadRows; }

signals:
    void skipBadRowsRequested();

private:
    void copyAll() const;

    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_skipBadRows;
    LoadMessages m_messages;
};
