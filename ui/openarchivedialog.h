// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// File → Open Archive…: where the archive is (an address, with the recent ones to choose from),
// the user, and the password. The password goes only into the ArchiveAddress handed back: it is
// never written to the settings, and the address shown or remembered never holds it.
class OpenArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenArchiveDialog(const QStringList &recent, QWidget *parent = nullptr);

    // The archive asked for; valid only after the dialog was accepted.
    ArchiveAddress address() const { return m_address; }

    QComboBox *addressBox() const { return m_addressBox; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    // Keep the password in the desktop's keychain (and forget it there when unticked).
    bool remembersPassword() const;
    QString problem() const;

    void accept() override;

private:
    void check();

    QComboBox *m_addressBox;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    ArchiveAddress m_address;
};
