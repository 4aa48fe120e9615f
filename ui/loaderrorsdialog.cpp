// SPDX-License-Identifier: MIT
#include "loaderrorsdialog.h"
#include "plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

LoadErrorsDialog::LoadErrorsDialog(QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Problems in the Dataset"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Where"), tr("Field"), tr("Problem")});
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy every message as text, one per line"));
    connect(copy, &QPushButton::clicked, this, &LoadErrorsDialog::copyAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_skipBadRows = buttons->addButton(tr("&Skip Bad Rows"), QDialogButtonBox::AcceptRole);
    m_skipBadRows->setToolTip(tr("Open the files again, leaving out the rows that cannot be "
                                 "read; the status bar says how many were left out"));
    connect(m_skipBadRows, &QPushButton::clicked, this, [this] {
        accept();
        emit skipBadRowsRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

void LoadErrorsDialog::setMessages(const QString &summary, const LoadMessages &messages)
{
    m_messages = messages;
    m_summary->setText(summary);
    m_skipBadRows->setVisible(std::any_of(messages.begin(), messages.end(), [](const LoadMessage &m) {
        return m.skippableRow && m.isError();
    }));
    m_list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const LoadMessage &message : messages) {
        QString where = message.file;
        if (message.line > 0)
            where += QStringLiteral(":%1:%2").arg(message.line).arg(message.column);
        auto *item = new QTreeWidgetItem(m_list, {where, message.path, message.fullText()});
        item->setIcon(0, message.isError() ? errorIcon : warningIcon);
        item->setToolTip(2, PlainText::toolTip(message.toString()));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

void LoadErrorsDialog::copyAll() const
{
    QStringList lines;
    for (const LoadMessage &message : m_messages)
        lines << message.toString();
    QApplication::clipboard()->setText(lines.join(u'\n'));
}
