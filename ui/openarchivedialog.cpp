// SPDX-License-Identifier: MIT
#include "openarchivedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

OpenArchiveDialog::OpenArchiveDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent), m_addressBox(new QComboBox(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the desktop's keychain"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Archive"));
    m_addressBox->setEditable(true);
    m_addressBox->addItems(recent);
    m_addressBox->setMinimumContentsLength(48);
    m_addressBox->lineEdit()->setPlaceholderText(
        QStringLiteral("clickhouse://host:8123/database?table=events"));
    m_addressBox->setToolTip(tr("A ClickHouse server's HTTP interface, the database and the "
                                "events table, as tideline archive push was given"));
    m_user->setPlaceholderText(tr("the server's default user"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Sent to the server only; never saved in the settings"));
    m_remember->setChecked(QSettings().value(QStringLiteral("archives/rememberPassword")).toBool());
    m_remember->setToolTip(tr("GNOME Keyring or KWallet keeps it, locked with your login; "
                              "Tideline's settings never hold it"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_addressBox);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addressBox, &QComboBox::editTextChanged, this, &OpenArchiveDialog::check);
    connect(m_addressBox, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        // A recent address names its user: show it, so that only the password is left to give.
        QString problem;
        const ArchiveAddress parsed = ArchiveAddress::parse(text, &problem);
        if (problem.isEmpty() && !parsed.user.isEmpty())
            m_user->setText(parsed.user);
    });
    if (!recent.isEmpty())
        m_addressBox->setCurrentIndex(0);
    // The last archive is offered selected: typing another address replaces it.
    m_addressBox->lineEdit()->selectAll();
    check();
}

bool OpenArchiveDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

QString OpenArchiveDialog::problem() const
{
    return m_problem->text();
}

void OpenArchiveDialog::check()
{
    const QString text = m_addressBox->currentText().trimmed();
    QString problem;
    if (!text.isEmpty())
        ArchiveAddress::parse(text, &problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!text.isEmpty() && problem.isEmpty());
}

void OpenArchiveDialog::accept()
{
    QString problem;
    ArchiveAddress address = ArchiveAddress::parse(m_addressBox->currentText(), &problem);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->setVisible(true);
        return;
    }
    if (!m_user->text().trimmed().isEmpty())
        address.user = m_user->text().trimmed();
    address.password = m_password->text();
    m_address = std::move(address);
    QSettings().setValue(QStringLiteral("archives/rememberPassword"), m_remember->isChecked());
    QDialog::accept();
}
