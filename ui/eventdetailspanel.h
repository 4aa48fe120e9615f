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

signals:
    // A link the panel refused to open (shown, never followed), for tests and the status bar.
    void linkRefused(const QUrl &url);

private:
    void openLink(const QUrl &url);
    QString html(int event) const;

    SelectionState *m_selection;
    std::shared_ptr<const Dataset> m_dataset;
    int m_event = -1;
};
