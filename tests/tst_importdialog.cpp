// SPDX-License-Identifier: MIT
// The import dialog with real clicks and keys, offscreen: field choosers change the preview,
// the day/month question appears and its answer changes the dates, a position table's stance
// map, profiles saved, remembered per header and loaded, Open disabled until the mapping can be
// read; the window shows the dialog where it should and opens the file with its mapping. The
// preview's item models pass QAbstractItemModelTester.
#include "fieldheaderview.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "messagebar.h"
#include "tablecellsmodel.h"
#include "tablereadingmodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Field = ColumnMapping::Field;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TIDELINE_TEST_DATA "/import/dialog/") + QLatin1String(name);
}

// The reading table's text for a row and field.
QString reading(const ImportDialog &dialog, int row, Field field)
{
    const TableReadingModel *model = dialog.readingModel();
    const int column = model->columnOf(field);
    if (column < 0)
        return QStringLiteral("<no column for %1>").arg(ColumnMapping::fieldKey(field));
    return model->index(row, column).data().toString();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_out;

    // Opens the dialog on `file` and waits for its first preview.
    static std::unique_ptr<ImportDialog> openDialog(const QString &file)
    {
        auto dialog = std::make_unique<ImportDialog>(file);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        dialog->activateWindow();
        (void)QTest::qWaitForWindowActive(dialog.get());
        if (!QTest::qWaitFor([&] { return !dialog->isPreviewing(); }, 10000))
            return nullptr;
        return dialog;
    }

    // Scrolls the side panel to `widget`, as a user would before clicking it.
    static void reveal(QWidget *widget)
    {
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(parent)) {
                area->ensureWidgetVisible(widget);
                QCoreApplication::processEvents();
            }
        }
    }

    // A radio button or check box is clicked on its mark: the rest of a wide one is not the
    // button.
    static void click(QAbstractButton *button)
    {
        reveal(button);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    // Picks `text` in a combo box as a user does: a click opens the list, a click on the item
    // chooses it.
    static void choose(QComboBox *box, const QString &text)
    {
        QVERIFY(box);
        QVERIFY2(box->isVisible(), qPrintable(box->objectName()));
        reveal(box);
        const int row = box->findText(text);
        QVERIFY2(row >= 0, qPrintable(text));
        QTest::mouseClick(box, Qt::LeftButton);
        QAbstractItemView *view = box->view();
        QTRY_VERIFY(view->isVisible());
        // The pointer goes to the item; the list ignores a release that comes right after it
        // opened (press-drag-release), by a coarse timer.
        const QRect item = view->visualRect(view->model()->index(row, box->modelColumn()));
        QTest::mouseMove(view->viewport(), item.center());
        QTest::qWait(QApplication::doubleClickInterval() * 3 / 2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, item.center());
        QTRY_VERIFY2(!view->isVisible(),
                     qPrintable(QStringLiteral("%1: item %2 at %3,%4 of a list %5x%6 at %7,%8, current %9")
                                    .arg(box->objectName(), text)
                                    .arg(item.center().x()).arg(item.center().y())
                                    .arg(view->viewport()->width()).arg(view->viewport()->height())
                                    .arg(view->window()->x()).arg(view->window()->y())
                                    .arg(view->currentIndex().row())));
        QCOMPARE(box->currentText(), text);
    }

    static void waitForPreview(ImportDialog &dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 10000);
    }

    // Answers a file dialog the dialog or the window opened: goes to the file's folder, types
    // its name and presses Enter.
    static void answerFileDialog(QWidget *parent, const char *name, const QString &path)
    {
        QFileDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = parent->findChild<QFileDialog *>(QLatin1String(name)))
                    && chooser->isVisible());
        chooser->setDirectory(QFileInfo(path).absolutePath());
        auto *edit = chooser->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QFileInfo(path).fileName());
        // The completer's list, open on a file that exists, takes the first Enter.
        if (QCompleter *completer = edit->completer(); completer && completer->popup()->isVisible())
            QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!parent->findChild<QFileDialog *>(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_out.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        // The English a user reads, plural forms and all ("3 records", "1 row").
        QVERIFY(UiLanguage::install(QStringLiteral("en"),
                                    {QStringLiteral("core"), QStringLiteral("ui")}));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
    }

    void init() { QSettings().clear(); }

    void choosingFieldsChangesThePreviewAndOpensOpen()
    {
        auto dialog = openDialog(fixture("events.csv"));
        QVERIFY(dialog);
        // Only "Participants" could be guessed: nothing can be read yet, and Open says why.
        QCOMPARE(dialog->mapping().actors, QStringList{QStringLiteral("Participants")});
        QCOMPARE(dialog->cellsModel()->rowCount(), 4);
        QCOMPARE(dialog->cellsModel()->columnCount(), 4);
        QVERIFY(!dialog->openButton()->isEnabled());
        QVERIFY(dialog->blockerLabel()->text().contains(QLatin1String("title")));
        QVERIFY(dialog->blockerLabel()->text().contains(QLatin1String("start date")));
        QCOMPARE(dialog->fieldChooser(QStringLiteral("Participants"))->currentText(),
                 ColumnMapping::fieldLabel(Field::Actors));
        QCOMPARE(dialog->fieldChooser(QStringLiteral("Name of event"))->currentText(),
                 QStringLiteral("Ignore"));
        // Every field chooser has a tooltip naming its column.
        QVERIFY(dialog->fieldChooser(QStringLiteral("Day"))->toolTip().contains(QLatin1String("Day")));

        choose(dialog->fieldChooser(QStringLiteral("Name of event")),
               ColumnMapping::fieldLabel(Field::Title));
        waitForPreview(*dialog);
        QCOMPARE(dialog->mapping().title, QStringLiteral("Name of event"));
        QVERIFY(!dialog->openButton()->isEnabled()); // still no start
        QVERIFY(!dialog->blockerLabel()->text().contains(QLatin1String("title")));

        choose(dialog->fieldChooser(QStringLiteral("Day")), ColumnMapping::fieldLabel(Field::Start));
        waitForPreview(*dialog);
        QVERIFY2(dialog->openButton()->isEnabled(), qPrintable(dialog->blockerLabel()->text()));
        QVERIFY(dialog->blockerLabel()->text().isEmpty());
        // The rows as Tideline reads them: titles, dates, the actor list split.
        QCOMPARE(dialog->readingModel()->rowCount(), 4);
        QCOMPARE(reading(*dialog, 0, Field::Title), QStringLiteral("Talks open in Doha"));
        QCOMPARE(reading(*dialog, 0, Field::Start), QStringLiteral("2024-03-01"));
        QCOMPARE(reading(*dialog, 1, Field::Actors), QStringLiteral("Egypt; Qatar; United States"));
        // The row with a bad date is marked, with the reason.
        const int problems = dialog->readingModel()->problemsColumn();
        QVERIFY(problems >= 0);
        QVERIFY(!dialog->readingModel()->index(0, 0).data(TableReadingModel::ProblemRole).toBool());
        QVERIFY(dialog->readingModel()->index(3, 0).data(TableReadingModel::ProblemRole).toBool());
        QVERIFY2(dialog->readingModel()->index(3, problems).data().toString().contains(QLatin1String("Day")),
                 qPrintable(dialog->readingModel()->index(3, problems).data().toString()));

        // Another column takes the title: the first one goes back to Ignore.
        choose(dialog->fieldChooser(QStringLiteral("Comment")), ColumnMapping::fieldLabel(Field::Title));
        QCOMPARE(dialog->fieldChooser(QStringLiteral("Name of event"))->currentText(), QStringLiteral("Ignore"));
        waitForPreview(*dialog);
        QCOMPARE(reading(*dialog, 0, Field::Title), QStringLiteral("First round"));
        // A description column appears in the preview when one is chosen.
        QCOMPARE(dialog->readingModel()->columnOf(Field::Description), -1);
        choose(dialog->fieldChooser(QStringLiteral("Name of event")),
               ColumnMapping::fieldLabel(Field::Description));
        waitForPreview(*dialog);
        QCOMPARE(reading(*dialog, 2, Field::Description), QStringLiteral("Meeting in Beijing"));

        // Ignoring the start column closes Open again.
        choose(dialog->fieldChooser(QStringLiteral("Day")), QStringLiteral("Ignore"));
        waitForPreview(*dialog);
        QVERIFY(!dialog->openButton()->isEnabled());
        QVERIFY(dialog->openButton()->toolTip().contains(QLatin1String("start date")));
    }

    void actorSeparatorSplitsTheList()
    {
        auto dialog = openDialog(fixture("events.csv"));
        QVERIFY(dialog);
        choose(dialog->fieldChooser(QStringLiteral("Name of event")), ColumnMapping::fieldLabel(Field::Title));
        choose(dialog->fieldChooser(QStringLiteral("Day")), ColumnMapping::fieldLabel(Field::Start));
        waitForPreview(*dialog);
        QLineEdit *separator = dialog->actorSeparatorEdit();
        QVERIFY(separator->isEnabled());
        separator->selectAll();
        QTest::keyClick(separator, Qt::Key_Backspace);
        QVERIFY(!dialog->openButton()->isEnabled()); // no separator
        QTest::keyClicks(separator, QStringLiteral(","));
        waitForPreview(*dialog);
        QCOMPARE(dialog->mapping().actorSeparator, QStringLiteral(","));
        // "Israel; Hamas; Qatar" is one actor now.
        QCOMPARE(reading(*dialog, 0, Field::Actors), QStringLiteral("Israel; Hamas; Qatar"));
        QVERIFY(dialog->openButton()->isEnabled());
    }

    void ambiguousDatesAskAndTheAnswerChangesTheDates()
    {
        auto dialog = openDialog(fixture("ambiguous-dates.csv"));
        QVERIFY(dialog);
        QCOMPARE(dialog->mapping().start, QStringLiteral("Date"));
        QVERIFY(dialog->dateOrderBox()->isVisible());
        const QString question = dialog->dateOrderQuestion()->text();
        QVERIFY2(question.contains(QLatin1String("Column \"Date\": 03/04/2024 could be 3 April or 4 March")),
                 qPrintable(question));
        QVERIFY(!dialog->dayFirstButton()->isChecked() && !dialog->monthFirstButton()->isChecked());
        QVERIFY(!dialog->openButton()->isEnabled());
        QVERIFY(dialog->blockerLabel()->text().contains(QLatin1String("day first or month first")));

        click(dialog->dayFirstButton());
        waitForPreview(*dialog);

        QCOMPARE(dialog->mapping().dateOrder, ColumnMapping::DateOrder::DayMonth);
        QCOMPARE(reading(*dialog, 0, Field::Start), QStringLiteral("2024-04-03"));
        QCOMPARE(reading(*dialog, 2, Field::Start), QStringLiteral("2023-02-01"));
        // The question stays, answered, so the answer can be changed.
        QVERIFY(dialog->dateOrderBox()->isVisible());
        QVERIFY(dialog->dayFirstButton()->isChecked());
        QVERIFY(dialog->openButton()->isEnabled());

        click(dialog->monthFirstButton());
        waitForPreview(*dialog);
        QCOMPARE(reading(*dialog, 0, Field::Start), QStringLiteral("2024-03-04"));
        QCOMPARE(reading(*dialog, 2, Field::Start), QStringLiteral("2023-01-02"));
        QVERIFY(dialog->monthFirstButton()->isChecked());
    }

    void unambiguousDatesDoNotAsk()
    {
        auto dialog = openDialog(fixture("events-same-header.csv"));
        QVERIFY(dialog);
        choose(dialog->fieldChooser(QStringLiteral("Name of event")), ColumnMapping::fieldLabel(Field::Title));
        choose(dialog->fieldChooser(QStringLiteral("Day")), ColumnMapping::fieldLabel(Field::Start));
        waitForPreview(*dialog);
        QVERIFY(!dialog->dateOrderBox()->isVisible());
        QVERIFY(dialog->openButton()->isEnabled());
    }

    void positionTableWithAStanceMap()
    {
        auto dialog = openDialog(fixture("positions.csv"));
        QVERIFY(dialog);
        // A stance column and no title: a position table, guessed.
        QVERIFY(dialog->positionsButton()->isChecked());
        QCOMPARE(dialog->mapping().kind, ColumnMapping::Kind::Positions);
        QCOMPARE(dialog->mapping().actor, QStringLiteral("Candidate"));
        QCOMPARE(dialog->mapping().stance, QStringLiteral("Stance"));
        // Every word of the stance column, pre-filled with a guess.
        QVERIFY(dialog->stanceBox()->isVisible());
        const std::pair<const char *, const char *> guesses[] = {
            {"Fully denied", "opposes"},   {"Accepted with reservations", "conditional"},
            {"No comment", "unclear"},     {"Fully accepted", "supports"},
            {"Raised questions", "conditional"}};
        for (const auto &[word, stance] : guesses) {
            QComboBox *box = dialog->stanceChooser(QLatin1String(word));
            QVERIFY2(box, word);
            QCOMPARE(box->currentText(),
                     Vocabulary::label(*Vocabulary::stanceFromKey(stance)));
            QCOMPARE(dialog->mapping().stanceOf(QString::fromLatin1(word)),
                     Vocabulary::stanceFromKey(stance));
        }
        // No issue and no date yet: Open says so.
        QVERIFY(!dialog->openButton()->isEnabled());
        QVERIFY(dialog->blockerLabel()->text().contains(QLatin1String("issue")));
        QVERIFY(dialog->blockerLabel()->text().contains(QLatin1String("date")));

        QTest::keyClicks(dialog->issueEdit(), QStringLiteral("The 2020 result is legitimate"));
        QTest::keyClicks(dialog->asOfEdit(), QStringLiteral("2022-13"));
        waitForPreview(*dialog);
        QVERIFY(!dialog->openButton()->isEnabled()); // no 13th month
        QVERIFY(dialog->blockerLabel()->text().contains(QLatin1String("date for the whole file")));
        QTest::keyClick(dialog->asOfEdit(), Qt::Key_Backspace);
        QTest::keyClick(dialog->asOfEdit(), Qt::Key_Backspace);
        QTest::keyClicks(dialog->asOfEdit(), QStringLiteral("09"));
        waitForPreview(*dialog);
        QVERIFY2(dialog->openButton()->isEnabled(), qPrintable(dialog->blockerLabel()->text()));
        QCOMPARE(dialog->mapping().issueTitle, QStringLiteral("The 2020 result is legitimate"));
        QCOMPARE(dialog->mapping().dateValue, QStringLiteral("2022-09"));
        QCOMPARE(reading(*dialog, 0, Field::Actor), QStringLiteral("Anna Alder"));
        QCOMPARE(reading(*dialog, 0, Field::Stance), QStringLiteral("opposes"));
        QCOMPARE(reading(*dialog, 2, Field::Stance), QStringLiteral("unclear"));
        QCOMPARE(reading(*dialog, 0, Field::Issue), QStringLiteral("The 2020 result is legitimate"));
        QVERIFY(reading(*dialog, 0, Field::Date).startsWith(QLatin1String("2022-09")));

        // "No comment" means neutral in this file.
        choose(dialog->stanceChooser(QStringLiteral("No comment")),
               Vocabulary::label(Stance::Neutral));
        waitForPreview(*dialog);
        QCOMPARE(dialog->mapping().stanceOf(u"no comment"), Stance::Neutral);
        QCOMPARE(reading(*dialog, 2, Field::Stance), QStringLiteral("neutral"));
        // The profile has the map.
        QString error;
        const auto profile = ColumnMapping::fromJson(dialog->options().profile, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->stanceValues.value(QStringLiteral("No comment")), Stance::Neutral);
        QCOMPARE(dialog->options().format, ImportFormat::Csv);
    }

    void switchingToAPositionTable()
    {
        auto dialog = openDialog(fixture("events.csv"));
        QVERIFY(dialog);
        click(dialog->positionsButton());
        waitForPreview(*dialog);
        QCOMPARE(dialog->mapping().kind, ColumnMapping::Kind::Positions);
        // The field choosers offer the position fields; the actor list became the actor.
        QComboBox *box = dialog->fieldChooser(QStringLiteral("Participants"));
        QVERIFY(box->findText(ColumnMapping::fieldLabel(Field::Stance)) >= 0);
        QVERIFY(box->findText(ColumnMapping::fieldLabel(Field::Title)) < 0);
        QCOMPARE(box->currentText(), ColumnMapping::fieldLabel(Field::Actor));
        QVERIFY(dialog->issueEdit()->isVisible());
        QVERIFY(dialog->blockerLabel()->text().contains(QLatin1String("stance")));
        click(dialog->eventsButton());
        waitForPreview(*dialog);
        QCOMPARE(dialog->mapping().kind, ColumnMapping::Kind::Events);
        QVERIFY(!dialog->issueEdit()->isVisible());
    }

    void profileSavedIsRememberedForTheHeader()
    {
        const QString profilePath = m_out.filePath(QStringLiteral("events.profile.json"));
        {
            auto dialog = openDialog(fixture("events.csv"));
            QVERIFY(dialog);
            choose(dialog->fieldChooser(QStringLiteral("Name of event")), ColumnMapping::fieldLabel(Field::Title));
            choose(dialog->fieldChooser(QStringLiteral("Day")), ColumnMapping::fieldLabel(Field::Start));
            choose(dialog->fieldChooser(QStringLiteral("Comment")), ColumnMapping::fieldLabel(Field::Description));
            waitForPreview(*dialog);
            QTest::mouseClick(dialog->saveProfileButton(), Qt::LeftButton);
            answerFileDialog(dialog.get(), "profileFileDialog", profilePath);
            QVERIFY(dialog->messageBar()->text().contains(QLatin1String("Saved")));
            QFile saved(profilePath);
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QString error;
            const auto profile = ColumnMapping::fromJson(saved.readAll(), &error);
            QVERIFY2(profile, qPrintable(error));
            QCOMPARE(*profile, dialog->mapping());
            QCOMPARE(profile->description, QStringLiteral("Comment"));
            // Closed without opening: the saved profile is remembered all the same.
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancel")), Qt::LeftButton);
            QVERIFY(!dialog->isVisible());
        }
        // Another file with the same header: the dialog comes pre-filled, ready to open.
        QVERIFY(ImportDialog::wanted(fixture("events-same-header.csv")));
        auto again = openDialog(fixture("events-same-header.csv"));
        QVERIFY(again);
        QCOMPARE(again->mapping().title, QStringLiteral("Name of event"));
        QCOMPARE(again->mapping().description, QStringLiteral("Comment"));
        QCOMPARE(again->fieldChooser(QStringLiteral("Day"))->currentText(),
                 ColumnMapping::fieldLabel(Field::Start));
        QVERIFY(again->openButton()->isEnabled());
        QCOMPARE(reading(*again, 0, Field::Title), QStringLiteral("Summit in Cairo"));
        QCOMPARE(again->messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(again->messageBar()->isVisible());
        // A header never seen has nothing remembered.
        QVERIFY(!ImportDialog::remembered({QStringLiteral("Name of event"), QStringLiteral("Day")}));
    }

    void openingRemembersTheMapping()
    {
        {
            auto dialog = openDialog(fixture("ambiguous-dates.csv"));
            QVERIFY(dialog);
            click(dialog->monthFirstButton());
            waitForPreview(*dialog);
            QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        }
        // Remembered with its answer, which is shown (and can be changed) the next time.
        auto again = openDialog(fixture("ambiguous-dates.csv"));
        QVERIFY(again);
        QCOMPARE(again->mapping().dateOrder, ColumnMapping::DateOrder::MonthDay);
        QVERIFY(again->dateOrderBox()->isVisible());
        QVERIFY(again->monthFirstButton()->isChecked());
        QCOMPARE(reading(*again, 0, Field::Start), QStringLiteral("2024-03-04"));
        QVERIFY(again->openButton()->isEnabled());
    }

    void loadedProfileApplies()
    {
        const QString profilePath = m_out.filePath(QStringLiteral("loaded.profile.json"));
        ColumnMapping mapping;
        mapping.title = QStringLiteral("Comment");
        mapping.start = QStringLiteral("Day");
        mapping.actors = QStringList{QStringLiteral("Participants")};
        mapping.place = QStringLiteral("Name of event");
        {
            QFile file(profilePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(mapping.toJson());
        }
        auto dialog = openDialog(fixture("events-same-header.csv"));
        QVERIFY(dialog);
        QVERIFY(!dialog->openButton()->isEnabled());
        QTest::mouseClick(dialog->loadProfileButton(), Qt::LeftButton);
        answerFileDialog(dialog.get(), "profileFileDialog", profilePath);
        waitForPreview(*dialog);
        QCOMPARE(dialog->mapping().place, QStringLiteral("Name of event"));
        QCOMPARE(dialog->fieldChooser(QStringLiteral("Name of event"))->currentText(),
                 ColumnMapping::fieldLabel(Field::Place));
        QCOMPARE(reading(*dialog, 0, Field::Place), QStringLiteral("Summit in Cairo"));
        QCOMPARE(reading(*dialog, 0, Field::Title), QStringLiteral("Another file with the same header"));
        QVERIFY(dialog->openButton()->isEnabled());

        // A profile that is not one says why and changes nothing.
        const QString bad = m_out.filePath(QStringLiteral("bad.profile.json"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"title\": 3}");
        }
        QTest::mouseClick(dialog->loadProfileButton(), Qt::LeftButton);
        answerFileDialog(dialog.get(), "profileFileDialog", bad);
        QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(dialog->messageBar()->text().contains(QLatin1String("\"title\"")),
                 qPrintable(dialog->messageBar()->text()));
        QCOMPARE(dialog->mapping().place, QStringLiteral("Name of event"));
    }

    void windows1252IsShownWithAWarning()
    {
        auto dialog = openDialog(fixture("windows-1252.csv"));
        QVERIFY(dialog);
        QVERIFY(dialog->readingLabel()->text().contains(QLatin1String("Windows-1252")));
        QVERIFY(dialog->readingLabel()->text().contains(QLatin1String("comma-separated")));
        QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY(dialog->messageBar()->isVisible());
        QCOMPARE(reading(*dialog, 0, Field::Title), QStringLiteral("Café meeting"));
    }

    void jsonRecordsAreMappedByDottedPath()
    {
        auto dialog = openDialog(fixture("records.json"));
        QVERIFY(dialog);
        QCOMPARE(dialog->format(), ImportFormat::Records);
        QVERIFY(!dialog->delimiterBox()->isVisible()); // not a spreadsheet's choice
        QVERIFY(dialog->readingLabel()->text().contains(QLatin1String("3 records")));
        QVERIFY2(dialog->preview().columns.contains(QLatin1String("when.start")),
                 qPrintable(dialog->preview().columns.join(u',')));
        QVERIFY(!dialog->openButton()->isEnabled());
        choose(dialog->fieldChooser(QStringLiteral("name")), ColumnMapping::fieldLabel(Field::Title));
        choose(dialog->fieldChooser(QStringLiteral("when.start")), ColumnMapping::fieldLabel(Field::Start));
        choose(dialog->fieldChooser(QStringLiteral("who")), ColumnMapping::fieldLabel(Field::Actors));
        waitForPreview(*dialog);
        QVERIFY2(dialog->openButton()->isEnabled(), qPrintable(dialog->blockerLabel()->text()));
        QCOMPARE(reading(*dialog, 0, Field::Title), QStringLiteral("Battle of Hastings"));
        QCOMPARE(reading(*dialog, 1, Field::Start), QStringLiteral("1215-06-15"));
        QCOMPARE(reading(*dialog, 1, Field::Actors), QStringLiteral("King John; Barons"));
        // A number is a year: astronomical unless the file counts like historians.
        const QString astronomical = reading(*dialog, 2, Field::Start);
        QVERIFY2(astronomical.contains(QLatin1String("753 BC")), qPrintable(astronomical));
        choose(dialog->findChild<QComboBox *>(QStringLiteral("years")),
               dialog->findChild<QComboBox *>(QStringLiteral("years"))->itemText(1));
        waitForPreview(*dialog);
        const QString historical = reading(*dialog, 2, Field::Start);
        QVERIFY2(historical.contains(QLatin1String("752 BC")), qPrintable(historical));
        QCOMPARE(dialog->options().format, ImportFormat::Records);
        QString error;
        const auto profile = ColumnMapping::fromJson(dialog->options().profile, &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->start, QStringLiteral("when.start"));
        QCOMPARE(profile->yearNumbering, ColumnMapping::YearNumbering::Historical);
    }

    void delimiterChosenReadsTheColumnsAgain()
    {
        auto dialog = openDialog(fixture("ambiguous-dates.csv"));
        QVERIFY(dialog);
        QCOMPARE(dialog->cellsModel()->columnCount(), 3);
        QCOMPARE(dialog->delimiterBox()->currentData().toInt(), int(','));
        choose(dialog->delimiterBox(), dialog->delimiterBox()->itemText(2)); // Tab
        waitForPreview(*dialog);
        QCOMPARE(dialog->cellsModel()->columnCount(), 1);
        QVERIFY(!dialog->openButton()->isEnabled());
        choose(dialog->delimiterBox(), dialog->delimiterBox()->itemText(0)); // comma
        waitForPreview(*dialog);
        QCOMPARE(dialog->cellsModel()->columnCount(), 3);
        QCOMPARE(dialog->mapping().title, QStringLiteral("Title")); // guessed again
    }

    void everyControlIsReachableByTabAndMnemonicsAreUnique()
    {
        auto dialog = openDialog(fixture("positions.csv"));
        QVERIFY(dialog);
        // Walk the focus chain from the first control.
        QWidget *first = dialog->positionsButton();
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QSet<QWidget *> reached;
        for (int i = 0; i < 200; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QList<QWidget *> all = dialog->findChildren<QWidget *>();
        for (QWidget *widget : all) {
            if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus)
                || widget->focusProxy())
                continue;
            if (auto *radio = qobject_cast<QRadioButton *>(widget); radio && !radio->isChecked())
                continue; // arrows move between radio buttons, Tab reaches the checked one
            if (widget->inherits("QScrollBar") || widget->parentWidget()->inherits("QFileDialog"))
                continue;
            QVERIFY2(reached.contains(widget),
                     qPrintable(QStringLiteral("not reached by Tab: %1 %2")
                                    .arg(QLatin1String(widget->metaObject()->className()),
                                         widget->objectName())));
        }
        // Each field chooser is reached.
        for (int column = 0; column < dialog->cellsModel()->columnCount(); ++column)
            QVERIFY(reached.contains(dialog->fieldHeader()->chooser(column)));

        // No two visible labels or buttons share a shortcut letter.
        QMap<QChar, QString> letters;
        const auto check = [&](const QString &text, bool shown) {
            const qsizetype amp = text.indexOf(u'&');
            if (!shown || amp < 0 || amp + 1 >= text.size())
                return;
            const QChar letter = text.at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter),
                     qPrintable(QStringLiteral("%1 and %2").arg(letters.value(letter), text)));
            letters.insert(letter, text);
        };
        for (QLabel *label : dialog->findChildren<QLabel *>())
            check(label->buddy() ? label->text() : QString(), label->isVisible());
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            check(button->text(), button->isVisible());
        QVERIFY(letters.contains(u'o')); // &Open
    }

    void previewModelsPassTheModelTester()
    {
        TableCellsModel cells;
        TableReadingModel readingModel;
        QAbstractItemModelTester cellsTester(&cells, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester readingTester(&readingModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QFile file(fixture("events.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ColumnMapping mapping;
        mapping.title = QStringLiteral("Name of event");
        mapping.start = QStringLiteral("Day");
        mapping.actors = QStringList{QStringLiteral("Participants")};
        const TablePreview preview =
            TableImporter::preview(bytes.constData(), bytes.size(), file.fileName(), mapping, 50);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        cells.setCells(preview.columns, preview.cells, preview.mapping);
        readingModel.setPreview(preview);
        QCOMPARE(cells.rowCount(), 4);
        QCOMPARE(readingModel.rowCount(), 4);
        // Title, Start, Actors and the problems column.
        QCOMPARE(readingModel.columnCount(), 4);
        QCOMPARE(readingModel.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Why the row cannot be read"));
        // The embedded line break shows on one line, the whole cell in the tooltip.
        QVERIFY(!cells.index(1, 3).data().toString().contains(u'\n'));
        QVERIFY(cells.index(1, 3).data(Qt::ToolTipRole).toString().contains(QLatin1String("six weeks")));
        // Ignored columns are greyed; mapped ones are not.
        QVERIFY(cells.index(0, 3).data(Qt::ForegroundRole).isValid());
        QVERIFY(!cells.index(0, 0).data(Qt::ForegroundRole).isValid());
        mapping.description = QStringLiteral("Comment");
        cells.setMapping(mapping);
        QVERIFY(!cells.index(0, 3).data(Qt::ForegroundRole).isValid());
        // An empty preview, and back.
        cells.setCells({}, {}, ColumnMapping());
        readingModel.setPreview(TablePreview());
        QCOMPARE(cells.columnCount(), 0);
        QCOMPARE(readingModel.columnCount(), 0);
        cells.setCells(preview.columns, preview.cells, preview.mapping);
        readingModel.setPreview(preview);
    }

    void wantedOnlyWhereAQuestionIsLeft()
    {
        // Not guessed completely, or a question left: the dialog first.
        QVERIFY(ImportDialog::wanted(fixture("events.csv")));
        QVERIFY(ImportDialog::wanted(fixture("positions.csv")));
        QVERIFY(ImportDialog::wanted(fixture("ambiguous-dates.csv")));
        // Guessed completely, nothing remembered: opened directly.
        QVERIFY(!ImportDialog::wanted(fixture("windows-1252.csv")));
        // Not a spreadsheet, or not a file.
        QVERIFY(!ImportDialog::wanted(QStringLiteral(TIDELINE_SAMPLE)));
        QVERIFY(!ImportDialog::wanted(QStringLiteral(TIDELINE_TEST_DATA)));
        QVERIFY(!ImportDialog::wanted(m_out.filePath(QStringLiteral("no such file.csv"))));
    }

    void windowShowsTheDialogAndOpensWithItsMapping()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // As File → Open, a drop or a recent file would: the mapping cannot be guessed.
        QVERIFY(ImportDialog::wanted(fixture("events-same-header.csv")));
        window.openPathsInBackground({fixture("events-same-header.csv")});
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(!dialog->isPreviewing());
        choose(dialog->fieldChooser(QStringLiteral("Name of event")), ColumnMapping::fieldLabel(Field::Title));
        choose(dialog->fieldChooser(QStringLiteral("Day")), ColumnMapping::fieldLabel(Field::Start));
        QTRY_VERIFY(!dialog->isPreviewing());
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ImportDialog *>());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->paths(), QStringList{fixture("events-same-header.csv")}, 10000);
        const auto dataset = window.session()->dataset();
        QCOMPARE(dataset->events.count(), 2);
        QCOMPARE(window.session()->importOptions().format, ImportFormat::Csv);
        QVERIFY(!window.session()->importOptions().profile.isEmpty());

        // File → Import Spreadsheet… asks for a file, then always shows the dialog, pre-filled
        // with what was remembered.
        QAction *import = nullptr;
        for (QAction *action : window.menuBar()->actions().first()->menu()->actions()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                import = action;
        }
        QVERIFY(import);
        QVERIFY(import->text().contains(QLatin1String("Import Spreadsheet")));
        import->trigger();
        answerFileDialog(&window, "importFileChooser", fixture("events.csv"));
        QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(!dialog->isPreviewing());
        QCOMPARE(dialog->mapping().title, QStringLiteral("Name of event"));
        QVERIFY(dialog->openButton()->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancel")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ImportDialog *>());
        QCOMPARE(window.session()->paths(), QStringList{fixture("events-same-header.csv")});
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
