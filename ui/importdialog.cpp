// SPDX-License-Identifier: MIT
// Long (about 800 lines) because the dialog has many small controls that all edit one
// ColumnMapping and follow one preview; the tables' models and the field chooser header are in
// files of their own.
#include "importdialog.h"
#include "mappedtable.h"

#include "datasetvocabulary.h"
#include "fieldheaderview.h"
#include "importformat.h"
#include "messagebar.h"
#include "partialdate.h"
#include "plaintext.h"
#include "recordsimporter.h"
#include "tablecellsmodel.h"
#include "tablereadingmodel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

using Field = ColumnMapping::Field;
using Kind = ColumnMapping::Kind;

// Rows shown in the preview tables.
constexpr int previewRows = 50;
// What wanted() reads of a spreadsheet to decide: enough for the header and many rows.
constexpr qint64 wantedHeadBytes = 1 << 20;
// JSON records are read whole to decide (a cut array is not JSON); bigger ones open directly.
constexpr qint64 wantedRecordsBytes = 32 << 20;

QString settingsKey(const QStringList &header)
{
    return QStringLiteral("import/") + ColumnMapping::headerKey(header);
}

TablePreview previewOf(const QByteArray &bytes, const QString &fileName, ImportFormat format,
                       const ColumnMapping &mapping, int rows)
{
    if (format == ImportFormat::Records)
        return RecordsImporter::preview(bytes.constData(), bytes.size(), fileName, mapping, rows);
    return TableImporter::preview(bytes.constData(), bytes.size(), fileName, mapping, rows);
}

// The mapping with what it lacks filled by stand-ins that change no column's facts (the stance
// words, the date orders) and no other field's values: the start column as the title, the
// stance column as the actor, an issue and a date for the whole file. `standIns` gets the fields
// filled so. Unchanged when the columns those facts come from are not chosen.
ColumnMapping withStandIns(ColumnMapping m, QList<Field> *standIns)
{
    if (m.kind == ColumnMapping::Kind::Events) {
        if (m.title.isEmpty() && !m.start.isEmpty()) {
            m.title = m.start;
            *standIns << Field::Title;
        }
        return m;
    }
    if (m.stance.isEmpty())
        return m;
    if (m.actor.isEmpty()) {
        m.actor = m.stance;
        *standIns << Field::Actor;
    }
    if (m.issue.isEmpty() && m.issueTitle.isEmpty()) {
        m.issueTitle = QStringLiteral("-");
        *standIns << Field::Issue;
    }
    if (m.date.isEmpty() && m.dateValue.isEmpty()) {
        m.dateValue = QStringLiteral("2000");
        *standIns << Field::Date;
    }
    return m;
}

// A first guess at what a position table's stance word means, for the user to check: the
// dialog shows it pre-filled in the stance map. The order matters: "Accepted with
// reservations" is conditional, "No comment" is not "no", "disagree" is not "agree".
Stance guessStance(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (const auto known = Vocabulary::stanceFromKey(w.toStdString()))
        return *known;
    const auto has = [&](std::initializer_list<const char *> parts) {
        for (const char *part : parts) {
            if (w.contains(QLatin1String(part)))
                return true;
        }
        return false;
    };
    const auto isWord = [&](std::initializer_list<const char *> words) {
        const QStringList split = w.split(QRegularExpression(QStringLiteral("\\W+")),
                                          Qt::SkipEmptyParts);
        for (const char *one : words) {
            if (split.contains(QLatin1String(one)))
                return true;
        }
        return false;
    };
    if (has({"unclear", "unknown", "avoid", "declin", "evad", "dodg", "no comment", "n/a",
             "no answer", "no response", "not stated"}))
        return Stance::Unclear;
    if (has({"neutral", "undecided", "abstain", "no position", "both sides"}))
        return Stance::Neutral;
    if (has({"reserv", "condition", "partial", "partly", "question", "doubt", "mixed",
             "qualified", "somewhat", "leaning", "lean "}))
        return Stance::Conditional;
    if (has({"deni", "deny", "reject", "oppos", "against", "refus", "disagree", "disput",
             "contest", "object"}) || isWord({"no", "con", "anti", "nay"}))
        return Stance::Opposes;
    if (has({"accept", "support", "agree", "favo", "endorse", "approv", "affirm", "back"})
        || isWord({"yes", "pro", "for", "aye"}))
        return Stance::Supports;
    return Stance::Unclear;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QCoreApplication::translate("ImportDialog", "comma-separated");
    case ';':
        return QCoreApplication::translate("ImportDialog", "semicolon-separated");
    case '\t':
        return QCoreApplication::translate("ImportDialog", "tab-separated");
    case '|':
        return QCoreApplication::translate("ImportDialog", "separated by |");
    default:
        return QCoreApplication::translate("ImportDialog", "separated by %1")
            .arg(QLatin1Char(delimiter));
    }
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent), m_path(path), m_previewTimer(new QTimer(this))
{
    build();
    readFile();
    startPreview();
}

ImportDialog::ImportDialog(const QString &path, const ColumnMapping &mapping, QWidget *parent)
    : QDialog(parent), m_path(path), m_mapping(mapping), m_fromHeader(false),
      m_previewTimer(new QTimer(this))
{
    build();
    readFile();
    startPreview();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::readFile()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_readError = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path),
                                                      file.errorString());
        m_messageBar->showMessage(MessageBar::Kind::Error, m_readError);
        return;
    }
    m_bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_readError = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path),
                                                      file.errorString());
        m_messageBar->showMessage(MessageBar::Kind::Error, m_readError);
        m_bytes.clear();
        return;
    }
    m_format = ImportFormats::recognise(m_bytes.constData(), m_bytes.size(), m_path)
            == ImportFormat::Records
        ? ImportFormat::Records
        : ImportFormat::Csv;
    const bool csv = m_format == ImportFormat::Csv;
    m_delimiter->setVisible(csv);
    m_headerBox->setVisible(csv);
    m_delimiterLabel->setVisible(csv);
}

void ImportDialog::build()
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_path).fileName()));
    setObjectName(QStringLiteral("importDialog"));
    setSizeGripEnabled(true);
    m_previewTimer->setSingleShot(true);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::startPreview);

    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    layout->addWidget(m_messageBar);

    // How the file was read, and the reading choices that change its columns.
    auto *readingRow = new QHBoxLayout;
    m_readingInfo = new QLabel(this);
    m_readingInfo->setTextFormat(Qt::PlainText);
    m_readingInfo->setWordWrap(true);
    readingRow->addWidget(m_readingInfo, 1);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    for (const auto &[text, delimiter] :
         {std::pair{tr("Comma ( , )"), ','}, std::pair{tr("Semicolon ( ; )"), ';'},
          std::pair{tr("Tab"), '\t'}, std::pair{tr("Vertical bar ( | )"), '|'}})
        m_delimiter->addItem(text, int(delimiter));
    m_delimiter->setToolTip(tr("What separates the cells of a row; found from the file, change "
                               "it if the columns look wrong"));
    m_delimiterLabel = new QLabel(tr("Deli&miter:"), this);
    m_delimiterLabel->setBuddy(m_delimiter);
    readingRow->addWidget(m_delimiterLabel);
    readingRow->addWidget(m_delimiter);
    m_headerBox = new QCheckBox(tr("First row is the &header"), this);
    m_headerBox->setToolTip(tr("Whether the first row names the columns; found from the file"));
    readingRow->addWidget(m_headerBox);
    layout->addLayout(readingRow);

    const auto readingChanged = [this] {
        m_mapping = ColumnMapping();
        m_mapping.delimiter = char(m_delimiter->currentData().toInt());
        m_mapping.header = m_headerBox->isChecked();
        m_guessAgain = true;
        requestPreview();
    };
    connect(m_delimiter, &QComboBox::activated, this, readingChanged);
    connect(m_headerBox, &QCheckBox::clicked, this, readingChanged);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Each row is:"), this));
    m_eventsButton = new QRadioButton(tr("an &event (title, dates, actors…)"), this);
    m_positionsButton =
        new QRadioButton(tr("an actor's &position on an issue (actor, issue, stance…)"), this);
    m_eventsButton->setToolTip(tr("An events table: each row becomes an event on the timeline"));
    m_positionsButton->setToolTip(tr("A position table: each row is what an actor said or how "
                                     "they stand on an issue, as of a date"));
    kindRow->addWidget(m_eventsButton);
    kindRow->addWidget(m_positionsButton);
    kindRow->addStretch(1);
    layout->addLayout(kindRow);
    connect(m_eventsButton, &QRadioButton::clicked, this, [this] { setKind(Kind::Events); });
    connect(m_positionsButton, &QRadioButton::clicked, this, [this] { setKind(Kind::Positions); });

    // The tables, and beside them the questions and choices.
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_split = split;
    auto *tables = new QWidget(split);
    auto *tablesLayout = new QVBoxLayout(tables);
    m_tablesLayout = tablesLayout;
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLabel = new QLabel(tr("&Columns in the file: choose what each one holds in the box "
                                   "above it"),
                                tables);
    tablesLayout->addWidget(m_columnsLabel);
    m_cellsView = new QTableView(tables);
    m_cellsView->setObjectName(QStringLiteral("cells"));
    m_cellsModel = new TableCellsModel(this);
    m_fieldHeader = new FieldHeaderView(m_cellsView);
    m_cellsView->setHorizontalHeader(m_fieldHeader);
    m_cellsView->setModel(m_cellsModel);
    m_fieldHeader->setToolTipTemplate(tr("What Tideline reads column \"%1\" as; Ignore leaves it "
                                         "out"));
    connect(m_fieldHeader, &FieldHeaderView::choiceMade, this, &ImportDialog::chooseField);
    tablesLayout->addWidget(m_cellsView, 1);
    m_readingLabel = new QLabel(tables);
    tablesLayout->addWidget(m_readingLabel);
    m_readingView = new QTableView(tables);
    m_readingView->setObjectName(QStringLiteral("reading"));
    m_readingModel = new TableReadingModel(this);
    m_readingView->setModel(m_readingModel);
    m_readingLabel->setBuddy(m_readingView);
    tablesLayout->addWidget(m_readingView, 1);
    m_problemsLabel = new QLabel(tables);
    m_problemsLabel->setObjectName(QStringLiteral("columnProblems"));
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->hide();
    tablesLayout->addWidget(m_problemsLabel);
    for (QTableView *view : {m_cellsView, m_readingView}) {
        view->setTabKeyNavigation(false); // Tab moves on to the next control
        view->setWordWrap(false);
        view->setSelectionMode(QAbstractItemView::NoSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_readingView->setAlternatingRowColors(true);
    m_readingView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *sideArea = new QScrollArea(split);
    sideArea->setWidgetResizable(true);
    sideArea->setFrameShape(QFrame::NoFrame);
    sideArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *side = new QWidget(sideArea);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);

    // The day/month question: only when a date column does not decide it.
    m_dateOrderBox = new QGroupBox(tr("Order of day and month"), side);
    auto *orderLayout = new QVBoxLayout(m_dateOrderBox);
    m_dateOrderQuestion = new QLabel(m_dateOrderBox);
    m_dateOrderQuestion->setTextFormat(Qt::PlainText);
    m_dateOrderQuestion->setWordWrap(true);
    orderLayout->addWidget(m_dateOrderQuestion);
    m_dayFirst = new QRadioButton(tr("Day &first (DD/MM/YYYY)"), m_dateOrderBox);
    m_monthFirst = new QRadioButton(tr("Month fi&rst (MM/DD/YYYY)"), m_dateOrderBox);
    m_dateOrderGroup = new QButtonGroup(this);
    m_dateOrderGroup->addButton(m_dayFirst, int(ColumnMapping::DateOrder::DayMonth));
    m_dateOrderGroup->addButton(m_monthFirst, int(ColumnMapping::DateOrder::MonthDay));
    orderLayout->addWidget(m_dayFirst);
    orderLayout->addWidget(m_monthFirst);
    connect(m_dateOrderGroup, &QButtonGroup::idClicked, this, [this](int id) {
        m_mapping.dateOrder = ColumnMapping::DateOrder(id);
        requestPreview();
    });
    m_dateOrderBox->hide();
    sideLayout->addWidget(m_dateOrderBox);

    // A position table's stances.
    m_stanceBox = new QGroupBox(tr("Stance values"), side);
    m_stanceForm = new QGridLayout(m_stanceBox);
    m_stanceForm->setColumnStretch(0, 1);
    m_stanceBox->hide();
    sideLayout->addWidget(m_stanceBox);

    m_wholeFileBox = new QGroupBox(tr("For the whole file"), side);
    auto *wholeLayout = new QFormLayout(m_wholeFileBox);
    m_issueEdit = new QLineEdit(m_wholeFileBox);
    m_issueEdit->setObjectName(QStringLiteral("issue"));
    m_issueEdit->setPlaceholderText(tr("e.g. The 2020 election result is legitimate"));
    m_issueEdit->setToolTip(tr("The one issue every row states a position on, when no column "
                               "names it; the stances are for or against this"));
    auto *issueLabel = new QLabel(tr("&Issue:"), m_wholeFileBox);
    issueLabel->setBuddy(m_issueEdit);
    wholeLayout->addRow(issueLabel, m_issueEdit);
    m_asOfEdit = new QLineEdit(m_wholeFileBox);
    m_asOfEdit->setObjectName(QStringLiteral("asOf"));
    m_asOfEdit->setPlaceholderText(tr("e.g. 2022-09"));
    m_asOfEdit->setToolTip(tr("The date of every position, when no column gives one (or for the "
                              "rows whose date is empty): a year, month or day, like 2022-09 for "
                              "\"as of September 2022\""));
    auto *asOfLabel = new QLabel(tr("&As of:"), m_wholeFileBox);
    asOfLabel->setBuddy(m_asOfEdit);
    wholeLayout->addRow(asOfLabel, m_asOfEdit);
    m_asOfProblem = new QLabel(m_wholeFileBox);
    m_asOfProblem->setTextFormat(Qt::PlainText);
    m_asOfProblem->setWordWrap(true);
    m_asOfProblem->setForegroundRole(QPalette::PlaceholderText);
    m_asOfProblem->hide();
    wholeLayout->addRow(QString(), m_asOfProblem);
    connect(m_issueEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_mapping.issueTitle = text.trimmed();
        updateOpenButton();
        requestPreview(300);
    });
    connect(m_asOfEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString error;
        const QString value = text.trimmed();
        const bool valid = value.isEmpty() || PartialDate::parse(value, &error).isValid();
        m_mapping.dateValue = valid ? value : QString();
        m_asOfProblem->setText(valid ? QString() : capitalised(error));
        m_asOfProblem->setVisible(!valid);
        m_asOfEdit->setProperty("invalid", !valid);
        updateOpenButton();
        requestPreview(300);
    });
    m_wholeFileBox->hide();
    sideLayout->addWidget(m_wholeFileBox);

    m_listsBox = new QGroupBox(tr("Reading"), side);
    auto *listsLayout = new QFormLayout(m_listsBox);
    m_listsForm = listsLayout;
    m_actorSeparator = new QLineEdit(m_mapping.actorSeparator, m_listsBox);
    m_actorSeparator->setObjectName(QStringLiteral("actorSeparator"));
    m_actorSeparator->setMaxLength(5);
    m_actorSeparator->setToolTip(tr("What separates the actors in one cell, as in \"Israel; "
                                    "Hamas\"; spaces around names are dropped"));
    auto *actorSeparatorLabel = new QLabel(tr("Actors separated &by:"), m_listsBox);
    actorSeparatorLabel->setBuddy(m_actorSeparator);
    listsLayout->addRow(actorSeparatorLabel, m_actorSeparator);
    m_tagSeparator = new QLineEdit(m_mapping.tagSeparator, m_listsBox);
    m_tagSeparator->setObjectName(QStringLiteral("tagSeparator"));
    m_tagSeparator->setMaxLength(5);
    m_tagSeparator->setToolTip(tr("What separates the tags in one cell"));
    auto *tagSeparatorLabel = new QLabel(tr("&Tags separated by:"), m_listsBox);
    tagSeparatorLabel->setBuddy(m_tagSeparator);
    listsLayout->addRow(tagSeparatorLabel, m_tagSeparator);
    connect(m_actorSeparator, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_mapping.actorSeparator = text;
        updateOpenButton();
        requestPreview(300);
    });
    connect(m_tagSeparator, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_mapping.tagSeparator = text;
        updateOpenButton();
        requestPreview(300);
    });
    m_actorKind = new QComboBox(m_listsBox);
    m_actorKind->setObjectName(QStringLiteral("actorKind"));
    for (const ActorKind kind : {ActorKind::Other, ActorKind::Person, ActorKind::State,
                                 ActorKind::Organisation, ActorKind::Faction, ActorKind::Group,
                                 ActorKind::Media})
        m_actorKind->addItem(Vocabulary::label(kind), int(kind));
    m_actorKind->setToolTip(tr("What the actors this file names are: people, states, ..."));
    auto *actorKindLabel = new QLabel(tr("Actors are &kind:"), m_listsBox);
    actorKindLabel->setBuddy(m_actorKind);
    listsLayout->addRow(actorKindLabel, m_actorKind);
    connect(m_actorKind, &QComboBox::activated, this, [this] {
        m_mapping.actorKind = ActorKind(m_actorKind->currentData().toInt());
    });
    m_years = new QComboBox(m_listsBox);
    m_years->setObjectName(QStringLiteral("years"));
    m_years->addItem(tr("astronomical: 0 is 1 BC"),
                     int(ColumnMapping::YearNumbering::Astronomical));
    m_years->addItem(tr("historical: -1 is 1 BC"), int(ColumnMapping::YearNumbering::Historical));
    m_years->setToolTip(tr("How a year written as a number before year 1 counts: astronomers "
                           "have a year 0 (1 BC), historians go from 1 BC to AD 1. Years written "
                           "\"500 BC\" are read as written either way"));
    auto *yearsLabel = new QLabel(tr("Negative &years:"), m_listsBox);
    yearsLabel->setBuddy(m_years);
    listsLayout->addRow(yearsLabel, m_years);
    connect(m_years, &QComboBox::activated, this, [this] {
        m_mapping.yearNumbering = ColumnMapping::YearNumbering(m_years->currentData().toInt());
        requestPreview();
    });
    sideLayout->addWidget(m_listsBox);
    sideLayout->addStretch(1);
    sideArea->setWidget(side);

    split->addWidget(tables);
    split->addWidget(sideArea);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    // Why Open is disabled, and the buttons.
    auto *bottom = new QHBoxLayout;
    m_blockerLabel = new QLabel(this);
    m_blockerLabel->setTextFormat(Qt::PlainText);
    m_blockerLabel->setWordWrap(true);
    bottom->addWidget(m_blockerLabel, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save Profile…"), QDialogButtonBox::ActionRole);
    m_saveButton->setToolTip(tr("Write this column mapping to a small JSON file, for another "
                                "file like this one or for tideline convert --profile"));
    m_loadButton = buttons->addButton(tr("&Load Profile…"), QDialogButtonBox::ActionRole);
    m_loadButton->setToolTip(tr("Read a column mapping saved before"));
    m_openButton = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_openButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { askProfileFile(true); });
    connect(m_loadButton, &QPushButton::clicked, this, [this] { askProfileFile(false); });

    // Room for a dozen columns and the side panel, within the screen.
    const QFontMetrics metrics = fontMetrics();
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(qMax(900, screen.width() * 85 / 100), metrics.averageCharWidth() * 260),
           qMin(qMax(600, screen.height() * 85 / 100), metrics.height() * 64));
    const int sideWidth = metrics.averageCharWidth() * 64;
    split->setSizes({width() - sideWidth, sideWidth});
    updateOpenButton();
}

// ---------------------------------------------------------------------------------------------
// Previews

bool ImportDialog::isPreviewing() const
{
    return m_running || m_previewTimer->isActive();
}

void ImportDialog::requestPreview(int delay)
{
    updateFieldChoosers();
    updateSideControls();
    updateOpenButton();
    m_previewTimer->start(delay);
}

void ImportDialog::startPreview()
{
    m_previewTimer->stop();
    if (!m_readError.isEmpty())
        return;
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    m_running = watcher;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer preview is on its way
        m_running = nullptr;
        showPreview(watcher->result());
    });
    // The guess (an empty mapping) until the header is known.
    const ColumnMapping mapping = m_fromHeader ? ColumnMapping() : m_mapping;
    watcher->setFuture(QtConcurrent::run(
        [bytes = m_bytes, fileName = m_path, format = m_format, mapping] {
            Result result;
            result.preview = previewOf(bytes, fileName, format, mapping, previewRows);
            TablePreview &preview = result.preview;
            if (!preview.missing.isEmpty() && preview.error.isEmpty()) {
                // The preview of a mapping not yet complete has no rows and no column facts;
                // the stance words and the date question are wanted while it is being
                // completed, so they come from the mapping completed with stand-ins.
                QList<Field> standIns;
                const ColumnMapping completed = withStandIns(preview.mapping, &standIns);
                if (completed.missing().isEmpty()) {
                    const TablePreview facts =
                        previewOf(bytes, fileName, format, completed, previewRows);
                    preview.stanceWords = facts.stanceWords;
                    preview.unmappedStances = facts.unmappedStances;
                    preview.ambiguousDateColumns = facts.ambiguousDateColumns;
                    // The rows too, without the stand-ins' values.
                    const QString standInActor =
                        MappedTable::named(QStringLiteral("column"), completed.stance)
                        + QStringLiteral(": ")
                        + QCoreApplication::translate("MappedTable", "the actor is empty");
                    preview.rows = facts.rows;
                    for (TablePreview::Row &row : preview.rows) {
                        for (const Field field : std::as_const(standIns))
                            row.values.remove(field);
                        row.problems.removeAll(standInActor);
                    }
                    result.standIns = !standIns.isEmpty();
                }
            }
            if (mapping.dateOrder == ColumnMapping::DateOrder::Unknown) {
                result.ambiguousDates = result.preview.ambiguousDateColumns;
            } else if (result.preview.error.isEmpty() && result.preview.missing.isEmpty()) {
                // Whether the question is needed, to show it with the answer given.
                ColumnMapping unordered = result.preview.mapping;
                unordered.dateOrder = ColumnMapping::DateOrder::Unknown;
                result.ambiguousDates =
                    previewOf(bytes, fileName, format, unordered, 0).ambiguousDateColumns;
            }
            return result;
        }));
}

void ImportDialog::showPreview(const Result &result)
{
    const TablePreview &preview = result.preview;
    if (m_fromHeader) {
        m_fromHeader = false;
        const bool named = m_format == ImportFormat::Records || preview.header;
        if (const auto known = named ? remembered(preview.columns) : std::nullopt) {
            m_mapping = *known;
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      tr("The columns are read as they were the last time a file "
                                         "with this header was opened."));
            startPreview();
            return;
        }
        m_mapping = preview.mapping;
    }
    if (m_guessAgain) {
        m_guessAgain = false;
        ColumnMapping guessed = ColumnMapping::guess(preview.header ? preview.columns : QStringList());
        guessed.delimiter = m_mapping.delimiter;
        guessed.header = m_mapping.header;
        m_mapping = guessed;
        startPreview();
        return;
    }
    // The delimiter and header found, so that a saved profile reads the file the same way.
    if (m_format == ImportFormat::Csv) {
        m_mapping.delimiter = preview.delimiter;
        m_mapping.header = preview.header;
    }
    // Stance words with no stance get a first guess, shown in the stance map to check.
    if (m_mapping.kind == Kind::Positions && !preview.unmappedStances.isEmpty()) {
        bool guessed = false;
        for (const QString &word : preview.unmappedStances) {
            if (!m_mapping.stanceOf(word)) {
                m_mapping.stanceValues.insert(word.trimmed(), guessStance(word));
                guessed = true;
            }
        }
        if (guessed) {
            startPreview();
            return;
        }
    }

    m_preview = preview;
    m_ambiguousDates = result.ambiguousDates;
    m_standIns = result.standIns;
    const int oldColumns = m_cellsModel->columnCount();
    m_cellsModel->setCells(preview.columns, preview.cells, m_mapping);
    m_readingModel->setPreview(preview);
    updateFieldChoosers();
    if (oldColumns != m_cellsModel->columnCount() || oldColumns == 0) {
        m_cellsView->resizeColumnsToContents();
        const int widest = fontMetrics().averageCharWidth() * 36;
        for (int column = 0; column < m_cellsModel->columnCount(); ++column) {
            const int fit = m_fieldHeader->sectionSizeHint(column);
            m_cellsView->setColumnWidth(column,
                                        qMax(fit, qMin(m_cellsView->columnWidth(column), widest)));
        }
    }
    m_readingView->resizeColumnsToContents();
    for (int column = 0; column < m_readingModel->columnCount(); ++column) {
        m_readingView->setColumnWidth(
            column, qMin(m_readingView->columnWidth(column), fontMetrics().averageCharWidth() * 40));
    }
    if (!m_fitted) {
        m_fitted = true;
        fitToPreview();
    }
    updateDateOrder(result);
    updateStances();
    updateReadingInfo();
    updateSideControls();
    updateOpenButton();
    emit previewShown();
}

// The tables as tall as the rows they show (up to a dozen of the file's, twenty read) and as
// wide as their columns, the dialog as big as that within 85% of the screen: a small file gets a
// small dialog, a big one the room it needs. Once, when the first preview is in.
void ImportDialog::fitToPreview()
{
    const int rows = qMax(1, m_cellsModel->rowCount());
    const auto tableHeight = [](QTableView *view, int shown) {
        return view->horizontalHeader()->sizeHint().height()
            + shown * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth()
            + view->horizontalScrollBar()->sizeHint().height();
    };
    const auto tableWidth = [](QTableView *view) {
        int width = view->verticalHeader()->sizeHint().width() + 2 * view->frameWidth()
            + view->verticalScrollBar()->sizeHint().width();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            width += view->columnWidth(column);
        return width;
    };
    const int cells = tableHeight(m_cellsView, qMin(rows, 12));
    const int reading = tableHeight(m_readingView, qMin(rows, 20));
    m_tablesLayout->setStretchFactor(m_cellsView, cells);
    m_tablesLayout->setStretchFactor(m_readingView, reading);
    const int sideWidth = m_split->sizes().value(1);
    const int tables = qMax(tableWidth(m_cellsView), tableWidth(m_readingView));
    const QRect screen = this->screen()->availableGeometry();
    // Wanted, but no smaller than a minimum and never beyond 85% of the screen, even when the
    // screen itself is smaller than the minimum (qBound asserts min <= max).
    const auto within = [](int minimum, int wanted, int maximum) {
        return qMin(qMax(wanted, minimum), maximum);
    };
    const QSize size(
        within(900, width() - m_cellsView->width() + tables, screen.width() * 85 / 100),
        within(560, height() - m_cellsView->height() - m_readingView->height() + cells + reading,
               screen.height() * 85 / 100));
    if (size == this->size())
        return;
    resize(size);
    m_split->setSizes({size.width() - sideWidth, sideWidth});
    // Centred where it was.
    const QRect around = parentWidget() ? parentWidget()->window()->frameGeometry() : screen;
    QRect frame = frameGeometry();
    frame.moveCenter(around.center());
    move(frame.topLeft().x() < screen.left() ? screen.left() : frame.topLeft().x(),
         frame.topLeft().y() < screen.top() ? screen.top() : frame.topLeft().y());
}

// ---------------------------------------------------------------------------------------------
// The controls follow the mapping

void ImportDialog::updateFieldChoosers()
{
    QList<FieldHeaderView::Choice> choices{{tr("Ignore"), int(Field::None)}};
    for (const Field field : ColumnMapping::fields(m_mapping.kind))
        choices.append({ColumnMapping::fieldLabel(field), int(field)});
    m_fieldHeader->setChoices(choices);
    QList<int> chosen;
    for (int column = 0; column < m_cellsModel->columnCount(); ++column)
        chosen << int(m_mapping.fieldOf(m_cellsModel->columnName(column)));
    m_fieldHeader->setChosen(chosen);
    m_cellsModel->setMapping(m_mapping);
    {
        const QSignalBlocker events(m_eventsButton);
        const QSignalBlocker positions(m_positionsButton);
        m_eventsButton->setChecked(m_mapping.kind == Kind::Events);
        m_positionsButton->setChecked(m_mapping.kind == Kind::Positions);
    }
    if (QComboBox *first = m_fieldHeader->chooser(0))
        m_columnsLabel->setBuddy(first);
    // The boxes come and go with the columns: keep Tab going through the dialog in reading order.
    QList<QWidget *> order{m_delimiter, m_headerBox,
                           m_mapping.kind == Kind::Events ? m_eventsButton : m_positionsButton};
    for (int column = 0; column < m_cellsModel->columnCount(); ++column) {
        if (QComboBox *box = m_fieldHeader->chooser(m_fieldHeader->logicalIndex(column)))
            order << box;
    }
    order << m_cellsView << m_readingView << m_dayFirst << m_monthFirst;
    for (QComboBox *box : std::as_const(m_stanceBoxes))
        order << box;
    order << m_issueEdit << m_asOfEdit << m_actorSeparator << m_tagSeparator << m_actorKind
          << m_years << m_saveButton << m_loadButton << m_openButton
          << findChild<QPushButton *>(QStringLiteral("cancel"));
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void ImportDialog::chooseField(int section, int value)
{
    const QString column = m_cellsModel->columnName(section);
    const Field field = Field(value);
    if (field == Field::Stance || m_mapping.fieldOf(column) == Field::Stance)
        m_mapping.stanceValues.clear(); // another column's words
    m_mapping.assign(column, field);
    requestPreview();
}

void ImportDialog::setKind(ColumnMapping::Kind kind)
{
    if (m_mapping.kind == kind)
        return;
    m_mapping.kind = kind;
    // What the other kind read carries over where it means the same.
    if (kind == Kind::Positions) {
        if (m_mapping.actor.isEmpty() && !m_mapping.actors.isEmpty())
            m_mapping.actor = m_mapping.actors.first();
        if (m_mapping.date.isEmpty() && !m_mapping.start.isEmpty())
            m_mapping.date = m_mapping.start;
    } else {
        if (m_mapping.actors.isEmpty() && !m_mapping.actor.isEmpty())
            m_mapping.actors = QStringList{m_mapping.actor};
        if (m_mapping.start.isEmpty() && !m_mapping.date.isEmpty())
            m_mapping.start = m_mapping.date;
    }
    requestPreview();
}

QString ImportDialog::describeAmbiguity(const QString &column) const
{
    // An example from the rows shown: a value whose two readings differ (not 03/03/2021).
    static const QRegularExpression dayMonth(
        QStringLiteral("^\\s*(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{3,})"));
    const qsizetype index = m_preview.columns.indexOf(column);
    const auto name = [](int day, int month) {
        return QLocale().toString(QDate(2000, month, day), QStringLiteral("d MMMM"));
    };
    QString fallback;
    for (const QStringList &row : m_preview.cells) {
        const QString cell = row.value(index);
        const QRegularExpressionMatch match = dayMonth.match(cell);
        if (!match.hasMatch())
            continue;
        const int first = match.captured(1).toInt();
        const int second = match.captured(2).toInt();
        if (first < 1 || second < 1 || first > 12 || second > 12)
            continue;
        const QString text = tr("Column \"%1\": %2 could be %3 or %4.")
                                 .arg(column, cell.trimmed(), name(first, second),
                                      name(second, first));
        if (first != second)
            return text;
        if (fallback.isEmpty())
            fallback = text;
    }
    return fallback.isEmpty()
        ? tr("Column \"%1\": every date could be day/month or month/day.").arg(column)
        : fallback;
}

void ImportDialog::updateDateOrder(const Result &result)
{
    if (result.ambiguousDates.isEmpty()) {
        m_dateOrderBox->hide();
        return;
    }
    QStringList lines;
    for (const QString &column : result.ambiguousDates)
        lines << describeAmbiguity(column);
    lines << tr("Which order does this file use?");
    m_dateOrderQuestion->setText(lines.join(u'\n'));
    const QSignalBlocker blocker(m_dateOrderGroup);
    m_dateOrderGroup->setExclusive(false);
    m_dayFirst->setChecked(m_mapping.dateOrder == ColumnMapping::DateOrder::DayMonth);
    m_monthFirst->setChecked(m_mapping.dateOrder == ColumnMapping::DateOrder::MonthDay);
    m_dateOrderGroup->setExclusive(true);
    m_dateOrderBox->show();
}

void ImportDialog::updateStances()
{
    const bool shown = m_mapping.kind == Kind::Positions && !m_mapping.stance.isEmpty()
        && !m_preview.stanceWords.isEmpty();
    m_stanceBox->setVisible(shown);
    if (!shown)
        return;
    // The most frequent words first.
    QStringList words = m_preview.stanceWords.keys();
    std::stable_sort(words.begin(), words.end(), [this](const QString &a, const QString &b) {
        return m_preview.stanceWords.value(a) > m_preview.stanceWords.value(b);
    });
    if (words != m_stanceWords) {
        // Made anew only when the words change, so that the box in use keeps the focus.
        while (QLayoutItem *item = m_stanceForm->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        m_stanceBoxes.clear();
        m_stanceWords = words;
        auto *intro = new QLabel(tr("What each word in column \"%1\" says about the issue:")
                                     .arg(m_mapping.stance),
                                 m_stanceBox);
        intro->setTextFormat(Qt::PlainText);
        intro->setWordWrap(true);
        m_stanceForm->addWidget(intro, 0, 0, 1, 3);
        int line = 1;
        for (const QString &word : std::as_const(words)) {
            auto *label = new QLabel(word, m_stanceBox);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            auto *count =
                new QLabel(tr("%Ln row(s)", nullptr, m_preview.stanceWords.value(word)), m_stanceBox);
            count->setForegroundRole(QPalette::PlaceholderText);
            count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *box = new QComboBox(m_stanceBox);
            box->setObjectName(QStringLiteral("stance:%1").arg(word));
            for (const Stance stance : {Stance::Supports, Stance::Opposes, Stance::Conditional,
                                        Stance::Neutral, Stance::Unclear})
                box->addItem(Vocabulary::label(stance), int(stance));
            box->setToolTip(PlainText::toolTip(tr("The stance \"%1\" stands for").arg(word)));
            box->setAccessibleName(tr("Stance for \"%1\"").arg(word));
            label->setBuddy(box);
            connect(box, &QComboBox::activated, this, [this, box, word] {
                m_mapping.stanceValues.insert(word.trimmed(), Stance(box->currentData().toInt()));
                requestPreview();
            });
            m_stanceForm->addWidget(label, line, 0);
            m_stanceForm->addWidget(count, line, 1);
            m_stanceForm->addWidget(box, line, 2);
            m_stanceBoxes << box;
            ++line;
        }
        updateFieldChoosers(); // the tab order takes the new boxes
    }
    for (int i = 0; i < m_stanceBoxes.size(); ++i) {
        QComboBox *box = m_stanceBoxes[i];
        const QSignalBlocker blocker(box);
        const std::optional<Stance> stance = m_mapping.stanceOf(m_stanceWords[i]);
        box->setCurrentIndex(box->findData(int(stance.value_or(Stance::Unclear))));
    }
}

void ImportDialog::updateReadingInfo()
{
    const TablePreview &p = m_preview;
    QStringList parts{QFileInfo(m_path).fileName()};
    if (m_format == ImportFormat::Records) {
        parts << tr("JSON records")
              << tr("%Ln record(s)", nullptr, int(p.rowCount));
    } else {
        parts << tr("%Ln row(s)", nullptr, int(p.rowCount))
              << delimiterName(p.delimiter)
              << (p.header ? tr("the first row names the columns") : tr("no header row"));
        const QSignalBlocker delimiterBlocker(m_delimiter);
        const QSignalBlocker headerBlocker(m_headerBox);
        const int index = m_delimiter->findData(int(p.delimiter));
        if (index >= 0)
            m_delimiter->setCurrentIndex(index);
        m_headerBox->setChecked(p.header);
    }
    if (!p.encoding.isEmpty())
        parts << p.encoding;
    m_readingInfo->setText(parts.join(QStringLiteral(" · ")));
    if (!p.encodingWarning.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Warning, capitalised(p.encodingWarning));
    else if (!p.error.isEmpty() && p.columns.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Error, capitalised(p.error));

    const int shown = m_readingModel->rowCount();
    int bad = 0;
    for (const TablePreview::Row &row : p.rows)
        bad += row.problems.isEmpty() ? 0 : 1;
    QString text;
    if (shown == 0)
        text = tr("As Tideline &will read the rows: nothing yet, choose the columns above");
    else if (m_standIns)
        text = tr("As Tideline &will read the first rows, once the mapping is complete:");
    else
        //: The English for one row is "As Tideline &will read the first row".
        text = tr("As Tideline &will read the first %n row(s)", nullptr, shown);
    if (bad > 0)
        text += tr(" (%n cannot be read: the reason(s) are at the right)", nullptr, bad);
    m_readingLabel->setText(text);
    QStringList problems;
    for (const TablePreview::ColumnProblem &problem : p.problems) {
        if (p.ambiguousDateColumns.contains(problem.column) || problem.field == Field::Stance)
            continue; // asked beside the tables
        problems << tr("Column \"%1\": %2").arg(problem.column, problem.text);
    }
    m_problemsLabel->setText(problems.join(u'\n'));
    m_problemsLabel->setVisible(!problems.isEmpty());
}

void ImportDialog::updateSideControls()
{
    const bool positions = m_mapping.kind == Kind::Positions;
    m_wholeFileBox->setVisible(positions);
    if (m_issueEdit->text().trimmed() != m_mapping.issueTitle)
        m_issueEdit->setText(m_mapping.issueTitle);
    m_issueEdit->setEnabled(m_mapping.issue.isEmpty());
    if (!m_mapping.issue.isEmpty())
        m_issueEdit->setPlaceholderText(tr("from column \"%1\"").arg(m_mapping.issue));
    else
        m_issueEdit->setPlaceholderText(tr("e.g. The 2020 election result is legitimate"));
    if (!m_asOfEdit->property("invalid").toBool() && m_asOfEdit->text().trimmed() != m_mapping.dateValue)
        m_asOfEdit->setText(m_mapping.dateValue);
    const bool oneActorColumn = !positions && m_mapping.actors.size() == 1;
    const bool oneTagColumn = !positions && m_mapping.tags.size() == 1;
    m_actorSeparator->setEnabled(oneActorColumn);
    m_tagSeparator->setEnabled(oneTagColumn);
    m_listsForm->setRowVisible(m_actorSeparator, !positions);
    m_listsForm->setRowVisible(m_tagSeparator, !positions);
    if (m_actorSeparator->text().isEmpty() ? false : m_actorSeparator->text() != m_mapping.actorSeparator)
        m_actorSeparator->setText(m_mapping.actorSeparator);
    if (m_tagSeparator->text().isEmpty() ? false : m_tagSeparator->text() != m_mapping.tagSeparator)
        m_tagSeparator->setText(m_mapping.tagSeparator);
    m_actorKind->setCurrentIndex(qMax(0, m_actorKind->findData(int(m_mapping.actorKind))));
    m_years->setCurrentIndex(qMax(0, m_years->findData(int(m_mapping.yearNumbering))));
}

void ImportDialog::updateOpenButton()
{
    QStringList blockers;
    if (!m_readError.isEmpty())
        blockers << m_readError;
    const ColumnMapping &m = m_mapping;
    if (m.kind == Kind::Events) {
        if (m.title.isEmpty())
            blockers << tr("choose the column that holds the title");
        if (m.start.isEmpty())
            blockers << tr("choose the column that holds the start date");
        if (!m.startLatest.isEmpty() && m.start.isEmpty())
            blockers << tr("a latest start needs a start column too");
        if (!m.endLatest.isEmpty() && m.end.isEmpty())
            blockers << tr("a latest end needs an end column too");
        if (m.actors.size() == 1 && m_actorSeparator->text().isEmpty())
            blockers << tr("say what separates the actors in a cell");
        if (m.tags.size() == 1 && m_tagSeparator->text().isEmpty())
            blockers << tr("say what separates the tags in a cell");
    } else {
        if (m.actor.isEmpty())
            blockers << tr("choose the column that names the actor");
        if (m.stance.isEmpty())
            blockers << tr("choose the column that holds the stance");
        if (m.issue.isEmpty() && m.issueTitle.isEmpty())
            blockers << tr("choose the issue column, or name one issue for the whole file");
        if (m_asOfEdit->property("invalid").toBool())
            blockers << tr("the date for the whole file cannot be read: %1")
                            .arg(m_asOfProblem->text());
        else if (m.date.isEmpty() && m.dateValue.isEmpty())
            blockers << tr("choose the date column, or give one date for the whole file "
                           "(As of)");
    }
    if (blockers.isEmpty()) {
        // Anything else the mapping lacks, in its own words.
        for (const QString &missing : m.missing())
            blockers << missing;
    }
    if (blockers.isEmpty() && !m_running && !m_previewTimer->isActive()) {
        if (!m_ambiguousDates.isEmpty() && m.dateOrder == ColumnMapping::DateOrder::Unknown)
            blockers << tr("say whether the dates in column \"%1\" are day first or month first")
                            .arg(m_ambiguousDates.join(QStringLiteral("\", \"")));
        if (!m_preview.error.isEmpty())
            blockers << m_preview.error;
    }
    m_blockers = blockers;
    m_openButton->setEnabled(blockers.isEmpty());
    const QString text =
        blockers.isEmpty() ? QString() : tr("To open the file: %1.").arg(blockers.join(QStringLiteral("; ")));
    m_blockerLabel->setText(text);
    m_openButton->setToolTip(blockers.isEmpty() ? tr("Open the file as the preview shows it")
                                                : text);
}

// ---------------------------------------------------------------------------------------------
// Results, profiles and memory

QComboBox *ImportDialog::fieldChooser(const QString &column) const
{
    const int section = int(m_preview.columns.indexOf(column));
    return section < 0 ? nullptr : m_fieldHeader->chooser(section);
}

QComboBox *ImportDialog::stanceChooser(const QString &word) const
{
    const qsizetype index = m_stanceWords.indexOf(word);
    return index < 0 ? nullptr : m_stanceBoxes.value(index);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.format = m_format;
    options.profile = m_mapping.toJson();
    return options;
}

void ImportDialog::accept()
{
    updateOpenButton();
    if (!m_blockers.isEmpty())
        return;
    remember();
    QDialog::accept();
}

void ImportDialog::remember() const
{
    const bool named = m_format == ImportFormat::Records || m_preview.header;
    if (!named || m_preview.columns.isEmpty())
        return; // "1", "2", ... would be every headerless file of that width
    QSettings().setValue(settingsKey(m_preview.columns), QString::fromUtf8(m_mapping.toJson()));
}

std::optional<ColumnMapping> ImportDialog::remembered(const QStringList &header)
{
    const QString profile = QSettings().value(settingsKey(header)).toString();
    if (profile.isEmpty())
        return std::nullopt;
    QString error;
    return ColumnMapping::fromJson(profile.toUtf8(), &error);
}

bool ImportDialog::wanted(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // the loader says why
    QByteArray head = file.read(wantedHeadBytes);
    const ImportFormat format = ImportFormats::recognise(head.constData(), head.size(), path);
    if (format != ImportFormat::Csv && format != ImportFormat::Records)
        return false;
    if (!file.atEnd()) {
        if (format == ImportFormat::Records) {
            if (info.size() > wantedRecordsBytes)
                return false;
            head += file.readAll();
        } else {
            // Whole lines only (a quoted cell cut short would look like a broken row).
            head.truncate(head.lastIndexOf('\n') + 1);
        }
    }
    const TablePreview preview = previewOf(head, path, format, ColumnMapping(), 0);
    if (preview.columns.isEmpty())
        return false; // nothing to map: the loader reports what it is
    const bool named = format == ImportFormat::Records || preview.header;
    if (named && remembered(preview.columns))
        return true;
    return !preview.missing.isEmpty() || !preview.ambiguousDateColumns.isEmpty()
        || !preview.unmappedStances.isEmpty() || !preview.error.isEmpty();
}

void ImportDialog::askProfileFile(bool save)
{
    if (m_fileDialog)
        return;
    QSettings settings;
    const QString folder =
        settings.value("import/profileFolder", QFileInfo(m_path).absolutePath()).toString();
    auto *dialog = new QFileDialog(this, save ? tr("Save Column Mapping Profile")
                                              : tr("Load Column Mapping Profile"),
                                   folder, tr("Column mapping profiles (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("profileFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save) {
        dialog->setDefaultSuffix(QStringLiteral("json"));
        dialog->selectFile(QFileInfo(m_path).completeBaseName() + QStringLiteral(".profile.json"));
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString &file) {
        QSettings().setValue("import/profileFolder", QFileInfo(file).absolutePath());
        if (save)
            saveProfile(file);
        else
            loadProfile(file);
    });
    m_fileDialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}

bool ImportDialog::saveProfile(const QString &file)
{
    QSaveFile out(file);
    const QByteArray json = m_mapping.toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The profile could not be saved to %1: %2")
                                      .arg(QDir::toNativeSeparators(file), out.errorString()));
        return false;
    }
    remember();
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              tr("Saved the column mapping to %1").arg(QDir::toNativeSeparators(file)));
    return true;
}

bool ImportDialog::loadProfile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The profile %1 cannot be read: %2")
                                      .arg(QDir::toNativeSeparators(file), in.errorString()));
        return false;
    }
    QString error;
    const std::optional<ColumnMapping> mapping = ColumnMapping::fromJson(in.readAll(), &error);
    if (!mapping) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The profile %1 cannot be used: %2")
                                      .arg(QDir::toNativeSeparators(file), error));
        return false;
    }
    m_mapping = *mapping;
    m_fromHeader = false;
    m_guessAgain = false;
    m_asOfEdit->setProperty("invalid", false);
    m_asOfProblem->hide();
    m_actorSeparator->setText(m_mapping.actorSeparator);
    m_tagSeparator->setText(m_mapping.tagSeparator);
    m_messageBar->showMessage(MessageBar::Kind::Information,
                              tr("Read the column mapping from %1").arg(QDir::toNativeSeparators(file)));
    requestPreview();
    return true;
}
