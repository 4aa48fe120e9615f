// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A non-modal bar above the timeline for things the user should know but need not act on at
// once (a reload that failed, settings that could not be read): a plain-text message, an
// optional action button and a close button. Nothing else waits for it.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text` (always as plain text); an empty `actionText` hides the action button.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_action; }
    QToolButton *closeButton() const { return m_close; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};
