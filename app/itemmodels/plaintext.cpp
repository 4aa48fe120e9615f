// SPDX-License-Identifier: MIT
#include "plaintext.h"

#include <QTextDocument>

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {}; // an empty tooltip is no tooltip
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QString PlainText::forHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString PlainText::forMnemonic(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'&', QStringLiteral("&&"));
}

QString PlainText::shownText(const QString &richText)
{
    QTextDocument document;
    document.setHtml(richText);
    return document.toPlainText();
}
