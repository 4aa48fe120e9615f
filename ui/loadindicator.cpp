// SPDX-License-Identifier: MIT
#include "loadindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

LoadIndicator::LoadIndicator(DatasetSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_label->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a button, not a bar
    // Esc is not this button's shortcut: a shortcut would take Esc from the timeline and the
    // search field, and cancel reloads the user never asked for. The window has it instead.
    m_cancel->setToolTip(tr("Stop loading; the data already open stays (Esc, where the "
                            "focused panel has no use for it)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QPushButton::clicked, m_session, &DatasetSession::cancelLoad);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &LoadIndicator::showProgress);
    connect(m_session, &DatasetSession::loadStarted, this, [this] {
        m_progress->setValue(0);
        m_label->setText(tr("Opening %1…").arg(DatasetSession::describe(m_session->loadingPaths())));
        show();
        m_timer.start();
    });
    const auto done = [this] {
        m_timer.stop();
        hide();
    };
    connect(m_session, &DatasetSession::loadAbandoned, this, done);
    connect(m_session, &DatasetSession::loadFinished, this, done);
}

void LoadIndicator::showProgress()
{
    const auto progress = m_session->progress();
    if (!progress)
        return;
    const qint64 total = std::max<qint64>(progress->totalBytes(), 1);
    m_progress->setValue(int(1000 * progress->bytesRead() / total));
    m_label->setText(tr("Reading %1 of %2 MB, %3 events")
                         .arg(progress->bytesRead() / (1024 * 1024))
                         .arg(progress->totalBytes() / (1024 * 1024))
                         .arg(QLocale().toString(progress->events())));
}
