// SPDX-License-Identifier: MIT
#include "loadmessage.h"

QString LoadMessage::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    const QString prefix = path.isEmpty() ? QString() : path + QStringLiteral(": ");
    return QStringLiteral("%1: %2: %3%4").arg(where, kind, prefix, fullText());
}

QString LoadMessage::relatedPlace() const
{
    return QStringLiteral("%1:%2:%3").arg(relatedFile).arg(relatedLine).arg(relatedColumn);
}

QString LoadMessage::fullText() const
{
    if (!hasRelated())
        return text;
    return text + QStringLiteral("; ") + relatedText + u' ' + relatedPlace();
}
