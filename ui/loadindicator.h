// SPDX-License-Identifier: MIT
#pragma once

#include "datasetsession.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The status bar's sign of a background load: what is being opened, how far it got (read ten
// times a second from the load's progress) and a Cancel button. Shown from loadStarted() until
// the load finishes or is abandoned for a newer one.
class LoadIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit LoadIndicator(DatasetSession *session, QWidget *parent = nullptr);

private:
    void showProgress();

    DatasetSession *m_session;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer m_timer;
};
