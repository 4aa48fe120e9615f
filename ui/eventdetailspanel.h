// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "selectionstate.h"

#include <QTextBrowser>

#include <memory>

// The selected event in full: title, date as written and how exact it is, actors (a click
// selects the actor), place, description, the positions stated at it, and its sources. Dataset
// text is always escaped; only http, https and mailto links are ever opened.
class EventDetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    EventDetailsPanel(SelectionState *selection, QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void showEvent(int event);
    int shownEvent() const { return m_event; }

    // Whether Tideline will open a link of this scheme in another program.
    static bool isSafeToOpen(const QUrl &url);

    // Follows a link of the panel: actors are selected; http, https and mailto addresses open
    // in the user's programs once the user has seen the whole address and agreed (unless they
    // chose not to be asked again); anything else is refused.
    void openLink(const QUrl &url);

    // The settings key of "do not ask again before opening addresses".
    static QString confirmSetting() { return QStringLiteral("links/confirmBeforeOpening"); }

signals:
    // A link the panel refused to open (shown, never followed), for tests and the status bar.
    void linkRefused(const QUrl &url);
    void linkOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool confirmOpening(const QUrl &url);
    QString html(int event) const;

    SelectionState *m_selection;
    std::shared_ptr<const Dataset> m_dataset;
    int m_event = -1;
};
