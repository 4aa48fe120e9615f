// SPDX-License-Identifier: MIT
#include "panelstyle.h"

#include <QPalette>
#include <QTextBrowser>

#include <cmath>

namespace {

// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

double PanelStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor PanelStyle::mutedColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor muted = palette.color(QPalette::PlaceholderText);
    // A translucent placeholder colour (Qt's default) as it shows on the background.
    muted = mix(base, QColor(muted.red(), muted.green(), muted.blue()), muted.alphaF());
    // Then toward the text colour until it reads at WCAG AA's 4.5:1 on the background.
    for (int step = 0; step < 10 && contrast(muted, base) < minimumContrast; ++step)
        muted = mix(muted, text, 0.2);
    return QColor((contrast(muted, base) < minimumContrast ? text : muted).rgb());
}

void PanelStyle::apply(QTextBrowser *panel)
{
    panel->document()->setDefaultStyleSheet(
        QStringLiteral(".muted { color: %1; }").arg(mutedColor(panel->palette()).name()));
}
