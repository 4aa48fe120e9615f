// SPDX-License-Identifier: MIT
#pragma once

// Links in a QTextBrowser, found and clicked as a user would: with the mouse, where the link is
// drawn. Shared by the suites whose panels are text with links (positions, details).
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QtTest>

// A text cursor in the middle of the link to `href`, or a null cursor when there is none.
inline QTextCursor cursorInAnchor(QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                return cursor;
            }
        }
    }
    return {};
}

// Scrolls the link into view and clicks it; false (with a warning) when it is not there.
inline bool clickAnchor(QTextBrowser *browser, const QString &href)
{
    const QTextCursor cursor = cursorInAnchor(browser->document(), href);
    if (cursor.isNull()) {
        qWarning("no link to %s", qPrintable(href));
        return false;
    }
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QPoint at = browser->cursorRect(cursor).center();
    if (!browser->viewport()->rect().contains(at) || browser->anchorAt(at) != href) {
        qWarning("the link to %s is not at (%d, %d)", qPrintable(href), at.x(), at.y());
        return false;
    }
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    return true;
}
