// SPDX-License-Identifier: MIT
#pragma once

#include "columnmapping.h"
#include "importoptions.h"
#include "tableimporter.h"

#include <QByteArray>
#include <QDialog>
#include <QFutureWatcher>
#include <QMap>
#include <QPointer>

class FieldHeaderView;
class MessageBar;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFileDialog;
class QFormLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QSplitter;
class QVBoxLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QTableView;
class QTimer;
class TableCellsModel;
class TableReadingModel;

// The import dialog for spreadsheets (CSV/TSV) and JSON records: the file's first rows with a
// field chooser above each column, the same rows as Tideline will read them (rows that cannot be
// read say why), events or position table, the day/month question when a date column does not
// decide it, a position table's stance value map and its issue and date for the whole file,
// list separators, and how the file was read (delimiter, encoding, with a warning for
// Windows-1252). Open stays disabled, with the reason beside it, until the mapping can be read.
//
// The mapping is a ColumnMapping; the previews come from TableImporter::preview or
// RecordsImporter::preview, run on a worker (the whole file is scanned for the date order and
// the stance words), the newest request winning. The mapping is remembered per header (QSettings,
// "import/" + ColumnMapping::headerKey) when the file is opened or the profile saved, and can be
// saved to and loaded from a profile file. The result is options() for
// MainWindow::openPathsInBackground.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads `path` (never written). A mapping given here is used as it is; without one, the one
    // remembered for the file's header, else the one guessed from it.
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);
    ImportDialog(const QString &path, const ColumnMapping &mapping, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Whether opening `path` (File → Open, a drop, a recent file, the command line) should show
    // this dialog first: a spreadsheet or JSON records file whose mapping is remembered (shown
    // to confirm), cannot be guessed completely, or leaves a question (the date order, stance
    // words). Reads the start of the file only.
    static bool wanted(const QString &path);
    // The mapping remembered for a header, if any.
    static std::optional<ColumnMapping> remembered(const QStringList &header);

    QString path() const { return m_path; }
    ImportFormat format() const { return m_format; }
    ColumnMapping mapping() const { return m_mapping; }
    // How to open the file as the dialog says: its format and the mapping as a profile.
    ImportOptions options() const;
    // Why Open is disabled (sentences), empty when it is enabled.
    QStringList openBlockers() const { return m_blockers; }
    const TablePreview &preview() const { return m_preview; }
    // A preview is on its way (tests wait for it; the window shows the last one meanwhile).
    bool isPreviewing() const;

    // The parts, for tests and the window.
    QTableView *cellsView() const { return m_cellsView; }
    QTableView *readingView() const { return m_readingView; }
    TableReadingModel *readingModel() const { return m_readingModel; }
    TableCellsModel *cellsModel() const { return m_cellsModel; }
    FieldHeaderView *fieldHeader() const { return m_fieldHeader; }
    QComboBox *fieldChooser(const QString &column) const;
    QRadioButton *eventsButton() const { return m_eventsButton; }
    QRadioButton *positionsButton() const { return m_positionsButton; }
    QGroupBox *dateOrderBox() const { return m_dateOrderBox; }
    QLabel *dateOrderQuestion() const { return m_dateOrderQuestion; }
    QRadioButton *dayFirstButton() const { return m_dayFirst; }
    QRadioButton *monthFirstButton() const { return m_monthFirst; }
    QGroupBox *stanceBox() const { return m_stanceBox; }
    QComboBox *stanceChooser(const QString &word) const;
    QLineEdit *issueEdit() const { return m_issueEdit; }
    QLineEdit *asOfEdit() const { return m_asOfEdit; }
    QLineEdit *actorSeparatorEdit() const { return m_actorSeparator; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QLabel *readingLabel() const { return m_readingInfo; }
    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *saveProfileButton() const { return m_saveButton; }
    QPushButton *loadProfileButton() const { return m_loadButton; }
    QLabel *blockerLabel() const { return m_blockerLabel; }

    // Writes the mapping as a profile to `file` and remembers it for the header; false (and the
    // message bar says why) when it cannot be written.
    bool saveProfile(const QString &file);
    // Reads a profile and applies it; false (and the message bar says why) when it cannot.
    bool loadProfile(const QString &file);

    void accept() override;

signals:
    // Each time a preview has been shown.
    void previewShown();

private:
    struct Result
    {
        TablePreview preview;
        // The date columns whose day/month order the values do not decide, whatever the mapping
        // says: where the dialog asks (or shows the answer given).
        QStringList ambiguousDates;
        // The rows were read with stand-ins for fields not chosen yet (their values left out).
        bool standIns = false;
    };

    void build();
    void readFile();
    void requestPreview(int delay = 0);
    void startPreview();
    void showPreview(const Result &result);
    void fitToPreview();
    void updateFieldChoosers();
    void updateDateOrder(const Result &result);
    void updateStances();
    void updateReadingInfo();
    void updateSideControls();
    void updateOpenButton();
    void setKind(ColumnMapping::Kind kind);
    void chooseField(int section, int value);
    void askProfileFile(bool save);
    void remember() const;
    QString describeAmbiguity(const QString &column) const;

    QString m_path;
    QByteArray m_bytes;
    QString m_readError;
    ImportFormat m_format = ImportFormat::Csv;
    ColumnMapping m_mapping;
    // No mapping yet: the first preview guesses one, and the one remembered for its header
    // replaces it.
    bool m_fromHeader = true;
    // The reading options (delimiter, header) changed: the columns are new, the fields guessed
    // again.
    bool m_guessAgain = false;
    TablePreview m_preview;
    QStringList m_ambiguousDates;
    bool m_standIns = false;
    QStringList m_blockers;
    int m_generation = 0;
    QPointer<QFutureWatcher<Result>> m_running;
    QTimer *m_previewTimer;
    bool m_fitted = false;

    MessageBar *m_messageBar;
    QSplitter *m_split;
    QVBoxLayout *m_tablesLayout;
    QLabel *m_readingInfo;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiter;
    QCheckBox *m_headerBox;
    QRadioButton *m_eventsButton;
    QRadioButton *m_positionsButton;
    QLabel *m_columnsLabel;
    QTableView *m_cellsView;
    TableCellsModel *m_cellsModel;
    FieldHeaderView *m_fieldHeader;
    QLabel *m_readingLabel;
    QTableView *m_readingView;
    QLabel *m_problemsLabel;
    TableReadingModel *m_readingModel;
    QGroupBox *m_listsBox;
    QFormLayout *m_listsForm;
    QLineEdit *m_actorSeparator;
    QLineEdit *m_tagSeparator;
    QComboBox *m_actorKind;
    QComboBox *m_years;
    QGroupBox *m_wholeFileBox;
    QLineEdit *m_issueEdit;
    QLineEdit *m_asOfEdit;
    QLabel *m_asOfProblem;
    QGroupBox *m_dateOrderBox;
    QLabel *m_dateOrderQuestion;
    QRadioButton *m_dayFirst;
    QRadioButton *m_monthFirst;
    QButtonGroup *m_dateOrderGroup;
    QGroupBox *m_stanceBox;
    QGridLayout *m_stanceForm;
    QStringList m_stanceWords; // as the stance box shows them
    QList<QComboBox *> m_stanceBoxes;
    QLabel *m_blockerLabel;
    QPushButton *m_openButton;
    QPushButton *m_saveButton;
    QPushButton *m_loadButton;
    QPointer<QFileDialog> m_fileDialog;
};
