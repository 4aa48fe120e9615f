// SPDX-License-Identifier: MIT
// Tideline in other languages: the language chosen, every string of the window translated in
// German and in Arabic, English plurals, and an Arabic window that mirrors while time on the
// timeline still runs left to right.
#include "mainwindow.h"
#include "timelineview.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The English sources a .ts file translates into something else: text the window must never
// show in that language. Names kept as they are ("PNG", "Tideline") are left out.
QSet<QString> translatedSources(const QString &path)
{
    QSet<QString> sources;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!translation.isEmpty() && translation != source)
                sources.insert(source);
        }
    }
    return sources;
}

// Every text the window shows a reader: menus, buttons, labels, tabs, dock titles, field hints,
// column headers and tooltips.
QStringList shownTexts(QWidget *window)
{
    QStringList texts;
    const auto addAction = [&texts](QAction *action) {
        texts << action->text() << action->toolTip() << action->statusTip();
    };
    for (QAction *action : window->findChildren<QAction *>())
        addAction(action);
    for (QMenu *menu : window->findChildren<QMenu *>())
        texts << menu->title();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->accessibleName()
              << widget->accessibleDescription();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *field = qobject_cast<QLineEdit *>(widget))
            texts << field->placeholderText();
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            texts << dock->windowTitle();
        if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    }

    void cleanup()
    {
        UiLanguage::install(QStringLiteral("en"), {QStringLiteral("core"), QStringLiteral("ui")});
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void theLanguageIsTheSavedOneElseTheSystems_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("chosen");
        QTest::addRow("saved") << "ar" << QStringList{"de-DE"} << "ar";
        QTest::addRow("system") << "" << QStringList{"de-AT", "en-GB"} << "de";
        QTest::addRow("system's second") << "" << QStringList{"fr-FR", "ar_EG"} << "ar";
        QTest::addRow("unknown saved") << "xx" << QStringList{"de"} << "de";
        QTest::addRow("none of ours") << "" << QStringList{"fr-FR", "ja-JP"} << "en";
    }
    void theLanguageIsTheSavedOneElseTheSystems()
    {
        QFETCH(QString, saved);
        QFETCH(QStringList, system);
        QFETCH(QString, chosen);
        QCOMPARE(UiLanguage::chosen(saved, system), chosen);
    }

    // English says "1 event" and "2 events", not "1 event(s)".
    void englishHasItsPlurals()
    {
        QVERIFY(UiLanguage::install(QStringLiteral("en"),
                                    {QStringLiteral("core"), QStringLiteral("ui")}));
        QCOMPARE(QCoreApplication::translate("ValidateCommand", "%n event(s)", nullptr, 1),
                 QStringLiteral("1 event"));
        QCOMPARE(QCoreApplication::translate("ValidateCommand", "%n event(s)", nullptr, 2),
                 QStringLiteral("2 events"));
        QCOMPARE(QCoreApplication::translate("StanceChartView", "%1 (%n statement(s))", nullptr, 1)
                     .arg(QStringLiteral("Hamas")),
                 QStringLiteral("Hamas (1 statement)"));
    }

    // Each language's window: no string a reader sees is left in English.
    void theWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << "de";
        QTest::addRow("Arabic") << "ar";
    }
    void theWindowIsTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(UiLanguage::install(language, {QStringLiteral("core"), QStringLiteral("ui")}));
        QSet<QString> english;
        for (const QString &part : {QStringLiteral("core"), QStringLiteral("ui")})
            english += translatedSources(QStringLiteral(TIDELINE_TRANSLATIONS "/tideline_%1_%2.ts")
                                             .arg(part, language));
        QVERIFY(english.size() > 600);
        MainWindow window;
        window.resize(1500, 950);
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList texts = shownTexts(&window);
        QVERIFY(texts.size() > 100);
        QStringList untranslated;
        for (const QString &text : texts)
            if (english.contains(text))
                untranslated << text;
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
        // The strings are the language's: the View menu, for one.
        const QString view = QCoreApplication::translate("MainWindow", "&View");
        QVERIFY(view != QStringLiteral("&View"));
        const auto menus = window.menuBar()->actions();
        QVERIFY(std::any_of(menus.begin(), menus.end(),
                            [&view](QAction *menu) { return menu->text() == view; }));
    }

    // Arabic: the window mirrors, dates and digits are Arabic, and time on the timeline runs
    // left to right as everywhere (an earlier event is drawn left of a later one).
    void arabicMirrorsTheWindowButNotTime()
    {
        QVERIFY(UiLanguage::install(QStringLiteral("ar"),
                                    {QStringLiteral("core"), QStringLiteral("ui")}));
        QGuiApplication::setLayoutDirection(QLocale().textDirection());
        MainWindow window;
        window.resize(1500, 950);
        window.openAtStart({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isRightToLeft());
        QVERIFY(window.menuBar()->isRightToLeft());
        TimelineView *timeline = window.timelineView();
        QVERIFY(timeline->isLeftToRight());
        timeline->repaint();
        const auto &items = timeline->lastFrame().items;
        QVERIFY(items.size() >= 2);
        const EventStore &events = timeline->shownDataset().events;
        for (const auto &a : items)
            for (const auto &b : items)
                if (events.beginSecond(a.event) < events.beginSecond(b.event)
                    && a.lane == b.lane)
                    QVERIFY(a.marker.left() <= b.marker.left()); // a bar is drawn from its start
        // The lane titles start at the left of their column, beside the time they start:
        // the picture is not mirrored piecemeal by the painter's direction.
        const QImage picture = timeline->grab().toImage();
        const int top = int(timeline->renderer().laneTop(0, timeline->verticalOffset()));
        const int header = timeline->renderer().geometry().headerWidth;
        int firstInk = header;
        for (int y = top + 4; y < top + 22 && y < picture.height(); ++y)
            for (int x = 0; x < header; ++x)
                if (qGray(picture.pixel(x, y)) < 100)
                    firstInk = std::min(firstInk, x);
        QVERIFY2(firstInk < header / 3, qPrintable(QString::number(firstInk)));

        // "15 July 2024" as Arabic writes it: the month's Arabic name, Arabic-Indic digits.
        QString description;
        for (const auto &item : items)
            if (events.title(item.event).contains(QStringLiteral("Deif's fate")))
                description = timeline->eventDescription(item.event);
        QVERIFY(!description.isEmpty());
        QVERIFY2(description.contains(QStringLiteral("يوليو")), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("٢٠٢٤")), qPrintable(description));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
