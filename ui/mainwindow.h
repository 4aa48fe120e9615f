// SPDX-License-Identifier: MIT
#pragma once

#include "datasetsession.h"

#include <QMainWindow>

class ActorTreeModel;
class EventTableModel;
class LoadErrorsDialog;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QTreeView;

// The application window: the open dataset's events beside its actors, the File menu (open
// files or a folder, recent files, the sample), drag and drop of files, and the dialog that
// lists loader messages. Views read the DatasetSession; the window only wires them up.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `paths`, or the embedded sample dataset when there are none.
    void openAtStart(const QStringList &paths);
    // Opens `paths` as one dataset; on failure keeps what is open and lists the errors.
    bool openPaths(const QStringList &paths);

    DatasetSession *session() { return &m_session; }
    QTableView *eventView() const { return m_eventView; }
    QTreeView *actorView() const { return m_actorView; }
    LoadErrorsDialog *errorsDialog() const { return m_errorsDialog; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showDataset();
    void openFilesDialog();
    void openFolderDialog();
    void rememberRecent(const QStringList &paths);
    void rebuildRecentMenu();
    void showMessages(const QString &summary, const LoadMessages &messages);

    DatasetSession m_session;
    EventTableModel *m_eventModel;
    ActorTreeModel *m_actorModel;
    QTableView *m_eventView;
    QTreeView *m_actorView;
    QSplitter *m_splitter;
    QLabel *m_titleLabel;
    QLabel *m_descriptionLabel;
    QMenu *m_recentMenu = nullptr;
    LoadErrorsDialog *m_errorsDialog = nullptr;
};
