// SPDX-License-Identifier: MIT
// The filter bar in the window on the sample dataset, offscreen, under real key and mouse
// events: typing narrows the timeline, the counts and the actor list; Esc, Ctrl+F, the date
// fields, the actor checkboxes and chips and Clear do what they say; the filter outlives a
// restart.
#include "actortreemodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "textindex.h"
#include "timelineview.h"
#include "workerpool.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSemaphore>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

// Every view agrees with a filter that leaves `count` of the sample's 23 events: the shared
// result, the timeline (it lays out exactly the passing events), the event list, the filter
// bar's count and the status bar. Waits for a text query that is still running.
#define VERIFY_VIEWS_SHOW(count)                                                                   \
    do {                                                                                           \
        QTRY_COMPARE(eventCount(), (count));                                                       \
        QTRY_COMPARE(countLabel(), QStringLiteral("%1 of 23 events").arg(count));                  \
        QVERIFY2(statusText().startsWith(QStringLiteral("%1 of 23 events, ").arg(count)),          \
                 qPrintable(statusText()));                                                        \
        QCOMPARE(passing().size(), (count));                                                       \
        QCOMPARE(m_window->eventView()->model()->rowCount(), (count));                             \
        QCOMPARE(laidOut(), passing());                                                            \
    } while (false)

class TestFilterBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    std::unique_ptr<MainWindow> m_window;

    FilterState *state() const { return m_window->filterState(); }
    FilterBar *bar() const { return m_window->filterBar(); }
    const Dataset &dataset() const { return *m_window->session()->dataset(); }
    int actor(const QString &id) const
    {
        const int index = dataset().actorIndex(id);
        if (index < 0)
            qFatal("the sample has no actor %s", qPrintable(id));
        return index;
    }
    int eventCount() const { return state()->result() ? state()->result()->eventCount : -1; }
    QString countLabel() const
    {
        const auto *label = bar()->findChild<QLabel *>(QStringLiteral("filterCount"));
        return label ? label->text() : QString();
    }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    // The actor list's Events column.
    int actorListCount(const QString &id) const
    {
        const ActorTreeModel *model = m_window->actorModel();
        const QModelIndex index = model->indexOfActor(actor(id), ActorTreeModel::EventCountColumn);
        return model->data(index).toInt();
    }
    bool actorTicked(const QString &id) const
    {
        const ActorTreeModel *model = m_window->actorModel();
        const QVariant check = model->data(model->indexOfActor(actor(id)), Qt::CheckStateRole);
        return check.toInt() == Qt::Checked;
    }
    // Ticks an actor's checkbox through the model, as the view's delegate does.
    bool tick(const QString &id) const
    {
        ActorTreeModel *model = m_window->actorModel();
        return model->setData(model->indexOfActor(actor(id)), Qt::Checked, Qt::CheckStateRole);
    }
    QToolButton *chip(const QString &id) const
    {
        return bar()->chips()->findChild<QToolButton *>(QStringLiteral("chip-") + id);
    }
    // Every event the timeline lays out, over all of time.
    QSet<int> laidOut() const
    {
        const TimelineLanes &lanes = m_window->timelineView()->lanes();
        const EventStore &events = dataset().events;
        QSet<int> shown;
        std::vector<quint32> found;
        for (int lane = 0; lane < lanes.laneCount(); ++lane) {
            found.clear();
            lanes.visibleEvents(lane, events.earliestBegin() - 1, events.latestEnd() + 1, &found);
            for (quint32 event : found)
                shown.insert(int(event));
        }
        return shown;
    }
    QSet<int> passing() const
    {
        QSet<int> events;
        for (int event = 0; event < dataset().events.count(); ++event) {
            if (state()->result()->passes(event))
                events.insert(event);
        }
        return events;
    }
    void typeDate(QLineEdit *field, const QString &text)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }
    // Clicks an actor's checkbox in the actor list.
    void clickCheckBox(const QString &id)
    {
        QTreeView *view = m_window->actorView();
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
        QVERIFY(proxy);
        const QModelIndex index =
            proxy->mapFromSource(m_window->actorModel()->indexOfActor(actor(id)));
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.rect = view->visualRect(index);
        option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay
            | QStyleOptionViewItem::HasDecoration;
        const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                        &option, view);
        QVERIFY(!box.isEmpty());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    }

private slots:
    void initTestCase()
    {
        // Settings go to a throwaway folder, never the user's.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_filterbar"));
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 900);
        m_window->openAtStart({});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(dataset().events.count(), 23);
        VERIFY_VIEWS_SHOW(23);
    }

    void cleanup() { m_window.reset(); }

    void typingNarrowsTheTimelineAndTheCounts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("events");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("actorEvents");
        QTest::addColumn<QString>("otherActor"); // none of whose events match
        // Titles "...in Beijing" (April, July) and the China-host announcement, through its
        // positions' words.
        QTest::addRow("a place") << "beijing" << 3 << "hamas" << 3 << "israel";
        // His own two events and the two of his office, whose alias is "Netanyahu's office".
        QTest::addRow("a person, in another case") << "NETANYAHU" << 4 << "netanyahu" << 2
                                                   << "hamas";
        QTest::addRow("a name in titles") << "Deif" << 2 << "deif" << 2 << "fatah";
    }

    void typingNarrowsTheTimelineAndTheCounts()
    {
        QFETCH(QString, typed);
        QFETCH(int, events);
        QFETCH(QString, actor);
        QFETCH(int, actorEvents);
        QFETCH(QString, otherActor);
        QLineEdit *search = bar()->searchField();
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, typed);
        // Nothing runs while the user types...
        QCOMPARE(state()->filter().query, QString());
        // ...and everything follows after the pause.
        QTRY_COMPARE(state()->filter().query, typed);
        QTRY_COMPARE(eventCount(), events);
        VERIFY_VIEWS_SHOW(events);
        QTRY_COMPARE(actorListCount(actor), actorEvents);
        QCOMPARE(actorListCount(otherActor), 0);
    }

    // The text index is built on a worker as a dataset opens; a query typed before it is ready
    // says "indexing…" in the bar, and every view follows it once it is.
    void aQueryTypedWhileIndexingSaysSoThenAnswers()
    {
        QSemaphore gate;
        TextIndex::setBuildHookForTesting([&] { gate.tryAcquire(1, 10000); });
        QVERIFY(m_window->openPaths({DatasetSession::samplePath()})); // a new index, held
        QVERIFY(state()->isIndexing());
        QLineEdit *search = bar()->searchField();
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("beijing"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(state()->filter().query, QStringLiteral("beijing"));
        QVERIFY(state()->isBusy());
        QCOMPARE(countLabel(), QStringLiteral("indexing…"));
        QTest::qWait(50);
        QCOMPARE(countLabel(), QStringLiteral("indexing…")); // nothing answers before the index
        gate.release();
        VERIFY_VIEWS_SHOW(3);
        QVERIFY(!state()->isIndexing());
        WorkerPool::instance()->waitForDone();
        TextIndex::setBuildHookForTesting({});
    }

    void escapeClearsTheSearchAndTheFilter()
    {
        QLineEdit *search = bar()->searchField();
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("beijing"));
        VERIFY_VIEWS_SHOW(3);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(state()->filter().isEmpty());
        VERIFY_VIEWS_SHOW(23);
        QCOMPARE(actorListCount(QStringLiteral("israel")), 7);
    }

    void ctrlFFocusesTheSearchField()
    {
        QLineEdit *search = bar()->searchField();
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("gaza"));
        m_window->timelineView()->setFocus();
        QVERIFY(!search->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        // What was typed is selected, so typing replaces it.
        QCOMPARE(search->selectedText(), QStringLiteral("gaza"));
    }

    void aDateFieldTakesAPartialDate_data()
    {
        QTest::addColumn<bool>("isFrom");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("events");
        QTest::addRow("from a month") << true << "2024-07" << 18;
        QTest::addRow("from a day") << true << "2024-07-21" << 5;
        QTest::addRow("to a year") << false << "2023" << 3;
        QTest::addRow("to a day") << false << "2024-07-14" << 15;
    }

    void aDateFieldTakesAPartialDate()
    {
        QFETCH(bool, isFrom);
        QFETCH(QString, typed);
        QFETCH(int, events);
        QLineEdit *field = isFrom ? bar()->fromField() : bar()->toField();
        typeDate(field, typed);
        QCOMPARE((isFrom ? state()->filter().from : state()->filter().to).toIsoString(), typed);
        VERIFY_VIEWS_SHOW(events);
        QVERIFY(field->styleSheet().isEmpty());
    }

    void anInvalidDateKeepsThePreviousFilterAndMarksTheField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("problem"); // in the tooltip
        QTest::addRow("a month that does not exist") << "2024-13" << "month 13";
        QTest::addRow("a day that does not exist") << "2024-02-30" << "day 30";
        QTest::addRow("words") << "July" << "ISO 8601";
    }

    void anInvalidDateKeepsThePreviousFilterAndMarksTheField()
    {
        QFETCH(QString, typed);
        QFETCH(QString, problem);
        QLineEdit *from = bar()->fromField();
        typeDate(from, QStringLiteral("2024-07"));
        VERIFY_VIEWS_SHOW(18);
        const EventFilter before = state()->filter();

        typeDate(from, typed);
        QCOMPARE(state()->filter(), before);
        VERIFY_VIEWS_SHOW(18);
        QVERIFY(!from->styleSheet().isEmpty());
        QVERIFY2(from->toolTip().contains(problem), qPrintable(from->toolTip()));

        // Corrected, it applies and the mark goes.
        typeDate(from, QStringLiteral("2024-04"));
        VERIFY_VIEWS_SHOW(20);
        QVERIFY(from->styleSheet().isEmpty());
        QVERIFY(!from->toolTip().contains(problem));
    }

    void tickingActorsAddsChipsAndAChipRemovesItsActor()
    {
        // Through the model, as a view's delegate does...
        QVERIFY(tick(QStringLiteral("hamas")));
        QCOMPARE(state()->filter().actors, QSet<int>{actor("hamas")});
        QTRY_VERIFY(chip(QStringLiteral("hamas")));
        VERIFY_VIEWS_SHOW(12);
        // ...and with a real click on the checkbox.
        clickCheckBox(QStringLiteral("fatah"));
        QTRY_COMPARE(state()->filter().actors, (QSet<int>{actor("hamas"), actor("fatah")}));
        QVERIFY(actorTicked(QStringLiteral("fatah")));
        QTRY_VERIFY(chip(QStringLiteral("fatah")));
        QVERIFY(chip(QStringLiteral("hamas")));
        VERIFY_VIEWS_SHOW(12); // every Fatah event has Hamas too

        // With two actors, "all of" can be chosen.
        auto *match = bar()->findChild<QComboBox *>();
        QVERIFY(match);
        QVERIFY(match->isVisible());
        QTest::keyClick(match, Qt::Key_Down);
        QCOMPARE(state()->filter().actorMatch, EventFilter::ActorMatch::All);
        VERIFY_VIEWS_SHOW(7);

        QPointer<QToolButton> hamasChip = chip(QStringLiteral("hamas"));
        QTest::mouseClick(hamasChip, Qt::LeftButton);
        QTRY_COMPARE(state()->filter().actors, QSet<int>{actor("fatah")});
        QTRY_VERIFY(!chip(QStringLiteral("hamas")));
        QVERIFY(chip(QStringLiteral("fatah")));
        QVERIFY(!actorTicked(QStringLiteral("hamas")));
        QVERIFY(actorTicked(QStringLiteral("fatah")));
        VERIFY_VIEWS_SHOW(7);
        QCOMPARE(actorListCount(QStringLiteral("hamas")), 7);
        QCOMPARE(actorListCount(QStringLiteral("israel")), 0);
    }

    // A filter can name actors the dataset does not have (one set for another dataset, before
    // the filter moves): the bar shows chips for the actors it has and reads no name out of range.
    void chipsIgnoreActorsTheDatasetDoesNotHave()
    {
        EventFilter filter;
        filter.actors = {actor("hamas"), 100000, -5, actor("egypt")};
        state()->setFilter(filter);
        const auto chips = bar()->chips()->findChildren<QToolButton *>();
        QCOMPARE(chips.size(), 2);
        QVERIFY(chip(QStringLiteral("hamas")));
        QVERIFY(chip(QStringLiteral("egypt")));
    }

    void clearEmptiesTheFilterAndTheControls_data()
    {
        QTest::addColumn<QString>("wrongTo"); // typed into the to field last, if any
        QTest::addRow("right after typing a from date") << QString();
        QTest::addRow("with a wrong to date left marked") << "2024-13";
    }

    void clearEmptiesTheFilterAndTheControls()
    {
        QFETCH(QString, wrongTo);
        QVERIFY(tick(QStringLiteral("fatah")));
        QLineEdit *search = bar()->searchField();
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, QStringLiteral("beijing"));
        QTRY_COMPARE(state()->filter().query, QStringLiteral("beijing"));
        typeDate(bar()->fromField(), QStringLiteral("2024-07"));
        VERIFY_VIEWS_SHOW(2);
        if (!wrongTo.isEmpty()) {
            typeDate(bar()->toField(), wrongTo);
            QVERIFY(!bar()->toField()->styleSheet().isEmpty());
        }
        QVERIFY(bar()->clearButton()->isEnabled());

        // The Clear button takes no focus: the date field just typed in keeps it.
        QTest::mouseClick(bar()->clearButton(), Qt::LeftButton);
        QVERIFY(state()->filter().isEmpty());
        VERIFY_VIEWS_SHOW(23);
        QCOMPARE(search->text(), QString());
        QCOMPARE(bar()->fromField()->text(), QString());
        QCOMPARE(bar()->toField()->text(), QString());
        QVERIFY(bar()->toField()->styleSheet().isEmpty());
        QTRY_VERIFY(!chip(QStringLiteral("fatah")));
        QVERIFY(!actorTicked(QStringLiteral("fatah")));
        QVERIFY(!bar()->clearButton()->isEnabled());
        QCOMPARE(actorListCount(QStringLiteral("israel")), 7);

        // Leaving the field does not bring the old date back.
        m_window->timelineView()->setFocus();
        QTRY_VERIFY(!bar()->fromField()->hasFocus() && !bar()->toField()->hasFocus());
        QVERIFY(state()->filter().isEmpty());
    }

    void theFilterSurvivesARestart_data()
    {
        QTest::addColumn<bool>("withActors");
        QTest::addRow("dates and text") << false;
        QTest::addRow("actors, dates and text") << true;
    }

    void theFilterSurvivesARestart()
    {
        QFETCH(bool, withActors);
        const QSet<int> actors =
            withActors ? QSet<int>{actor("hamas"), actor("fatah")} : QSet<int>{};
        if (withActors) {
            QVERIFY(tick(QStringLiteral("hamas")));
            QVERIFY(tick(QStringLiteral("fatah")));
        }
        typeDate(bar()->fromField(), QStringLiteral("2024-04"));
        typeDate(bar()->toField(), QStringLiteral("2024-07"));
        QTest::mouseClick(bar()->searchField(), Qt::LeftButton);
        QTest::keyClicks(bar()->searchField(), QStringLiteral("beijing"));
        QTRY_COMPARE(state()->filter().query, QStringLiteral("beijing"));
        // "beijing" within April to July 2024: all three such events have Hamas and Fatah.
        VERIFY_VIEWS_SHOW(3);
        QVERIFY(m_window->close()); // saves the settings

        m_window = std::make_unique<MainWindow>();
        m_window->openAtStart({});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const EventFilter &filter = state()->filter();
        // The saved filter is restored once the first dataset is open, actors by id.
        QCOMPARE(filter.actors, actors);
        QCOMPARE(filter.actorMatch, EventFilter::ActorMatch::Any);
        QCOMPARE(filter.from.toIsoString(), QStringLiteral("2024-04"));
        QCOMPARE(filter.to.toIsoString(), QStringLiteral("2024-07"));
        QCOMPARE(filter.query, QStringLiteral("beijing"));
        VERIFY_VIEWS_SHOW(3);
        QCOMPARE(bar()->searchField()->text(), QStringLiteral("beijing"));
        QCOMPARE(bar()->fromField()->text(), QStringLiteral("2024-04"));
        QCOMPARE(bar()->toField()->text(), QStringLiteral("2024-07"));
        for (const QString &id : {QStringLiteral("hamas"), QStringLiteral("fatah")}) {
            QCOMPARE(bool(chip(id)), withActors);
            QCOMPARE(actorTicked(id), withActors);
        }
    }

    void reopeningTheDatasetKeepsTheFilter()
    {
        QVERIFY(tick(QStringLiteral("hamas")));
        typeDate(bar()->fromField(), QStringLiteral("2024-04"));
        VERIFY_VIEWS_SHOW(10);
        QVERIFY(m_window->openPaths({DatasetSession::samplePath()}));
        QCOMPARE(state()->filter().from.toIsoString(), QStringLiteral("2024-04"));
        // Reopening keeps the filter's actors by id; the actor tree's reset is not an untick.
        QCOMPARE(state()->filter().actors, QSet<int>{actor("hamas")});
        VERIFY_VIEWS_SHOW(10);
        QVERIFY(chip(QStringLiteral("hamas")));
        QVERIFY(actorTicked(QStringLiteral("hamas")));
    }

    void richTextInAQueryIsPlainText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("events");
        QTest::addRow("markup that matches nothing") << "<b>x</b>" << 0;
        QTest::addRow("an entity is not decoded") << "&amp;" << 0;
        QTest::addRow("markup around a word that would match") << "<i>gaza</i>" << 0;
    }

    void richTextInAQueryIsPlainText()
    {
        QFETCH(QString, typed);
        QFETCH(int, events);
        QLineEdit *search = bar()->searchField();
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, typed);
        QTRY_COMPARE(state()->filter().query, typed);
        VERIFY_VIEWS_SHOW(events);
        QCOMPARE(search->text(), typed);
        QVERIFY(laidOut().isEmpty());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
