// SPDX-License-Identifier: MIT
#include "apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b2e33), base(0x232529), text(0xe8eaed), disabled(0x80868b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a2d31));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a3d42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33363b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8ab4f8));
    p.setColor(QPalette::Highlight, QColor(0x3d6fb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// White on black, yellow for what is selected, every secondary colour still at 7:1 or more
// (WCAG AAA) against its background.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xffff00), muted(0xc8c8c8);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase})
        p.setColor(role, black);
    p.setColor(QPalette::AlternateBase, QColor(0x141414));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                      QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, white);
    p.setColor(QPalette::Link, QColor(0x66e0ff));
    p.setColor(QPalette::LinkVisited, QColor(0xd0a0ff));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, muted);
    p.setColor(QPalette::Mid, muted);
    p.setColor(QPalette::Dark, muted);
    p.setColor(QPalette::Shadow, white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a9a9a));
    return p;
}

} // namespace

void AppTheme::apply(Choice choice)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (choice) {
    case Choice::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Choice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Choice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    case Choice::HighContrast:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(highContrastPalette());
        break;
    }
}

AppTheme::Choice AppTheme::fromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Choice::Light;
    if (key == QLatin1String("dark"))
        return Choice::Dark;
    if (key == QLatin1String("high-contrast"))
        return Choice::HighContrast;
    return Choice::System;
}

QString AppTheme::key(Choice choice)
{
    switch (choice) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::HighContrast: return QStringLiteral("high-contrast");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}
