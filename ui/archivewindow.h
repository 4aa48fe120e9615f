// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"
#include "archivequery.h"
#include "timelineimage.h"

#include <QMainWindow>

class ArchiveLaneSource;
class ArchiveView;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTimer;
class QToolButton;
class VisibleWindow;

// A window on an event archive in ClickHouse: its lanes (one per actor, busiest first) drawn
// from tiles fetched in the background, a filter (text, dates, an actor), the selected event's
// details, and pictures of what is on screen. Nothing in it waits for the server: what has not
// arrived is drawn when it does, and a server that fails says so in the view and the status bar.
class ArchiveWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ArchiveWindow(const ArchiveAddress &address, QWidget *parent = nullptr);
    ~ArchiveWindow() override;

    ArchiveView *view() const { return m_view; }
    ArchiveLaneSource *source() const { return m_source; }
    VisibleWindow *visibleWindow() const { return m_window; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    QTextBrowser *details() const { return m_details; }
    QString statusText() const;

    // Narrows the lanes to the events of one actor (by id; empty: every actor).
    void setActorFilter(const QString &actorId);
    // Writes a picture of the timeline as it is on screen; an empty string, or what went wrong.
    QString exportImage(const QString &path, TimelineImage::Format format);

    // File → Open Archive…, and the recent archives (shared with the file window's menu).
    // `address` preselects an archive (a recent one) in the dialog.
    // Returns the window opened, or null when the dialog was cancelled.
    static ArchiveWindow *openArchiveDialog(QWidget *parent, const QString &address = {});
    static ArchiveWindow *openArchive(const ArchiveAddress &address);
    // Opens an archive whose password may be in the keychain (a recent archive, the command
    // line): without a user, or with the password given, at once; else with the keychain's
    // password, or through the dialog when the keychain has none.
    static void openWithStoredPassword(const ArchiveAddress &address, QWidget *parent);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void applyFilter();
    void updateStatus();
    void showDetails(const QString &id);
    void exportDialog();

    ArchiveAddress m_address;
    ArchiveLaneSource *m_source;
    VisibleWindow *m_window;
    ArchiveView *m_view;
    QLineEdit *m_search;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QToolButton *m_actorChip;
    QTextBrowser *m_details;
    QLabel *m_status;
    QTimer *m_searchDelay;
    ArchiveFilter m_filter;
    QString m_detailsRequest; // the query asking for the shown event's description
};
