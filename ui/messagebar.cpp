// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_action(new QPushButton(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setTextFormat(Qt::PlainText); // file names and messages come from the data
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    const QStyle::StandardPixmap icon = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                              ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColors();
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !signalsBlocked()) {
        const QSignalBlocker blocker(this); // applyColors() changes the palette itself
        applyColors();
    }
}

void MessageBar::applyColors()
{
    // A tint of the kind's colour over the window's own background, so that the bar reads in
    // light and dark themes alike and its text keeps the theme's contrast.
    const QColor tint = m_kind == Kind::Error ? QColor(0xd0, 0x3a, 0x3a)
        : m_kind == Kind::Warning              ? QColor(0xe0, 0xa0, 0x20)
                                               : QColor(0x3b, 0x78, 0xc2);
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = p.color(QPalette::Window);
    const double alpha = 0.22;
    const QColor mixed = QColor::fromRgbF(base.redF() * (1 - alpha) + tint.redF() * alpha,
                                          base.greenF() * (1 - alpha) + tint.greenF() * alpha,
                                          base.blueF() * (1 - alpha) + tint.blueF() * alpha);
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
}
