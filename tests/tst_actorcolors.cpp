// SPDX-License-Identifier: MIT
// The colour each actor is drawn in (ActorColors): a file's colour is kept, a member without one
// takes its parent's, tops take palette colours in file order. Each case is a list of actors
// built in memory, no file.
#include "actorcolors.h"
#include "dataset.h"

#include <QTest>

namespace {

// Palette colour `i` by name, as the expectations below write it: "p0", "p1", ...
QString paletteName(size_t i)
{
    return QColor::fromRgb(ActorColors::palette[i]).name();
}

// "pN" stands for palette colour N; anything else is a colour name.
QString expectedName(const QString &expected)
{
    if (expected.startsWith(u'p'))
        return paletteName(expected.mid(1).toULong());
    return QColor(expected).name();
}

} // namespace

class TestActorColors : public QObject
{
    Q_OBJECT

private slots:
    void everyActorIsDrawnInItsResolvedColour_data()
    {
        // Per actor, in file order: its parent's index (-1: a top), the colour its file gives
        // ("": none), and the colour it is drawn in.
        QTest::addColumn<QList<int>>("parents");
        QTest::addColumn<QStringList>("fileColours");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("a file colour is kept")
            << QList<int>{-1} << QStringList{"#336699"} << QStringList{"#336699"};
        QTest::addRow("a member without one takes its parent's")
            << QList<int>{-1, 0} << QStringList{"#336699", ""} << QStringList{"#336699", "#336699"};
        QTest::addRow("a member's own colour is kept")
            << QList<int>{-1, 0} << QStringList{"#336699", "#aa3300"}
            << QStringList{"#336699", "#aa3300"};
        QTest::addRow("a member takes its parent's palette colour")
            << QList<int>{-1, 0} << QStringList{"", ""} << QStringList{"p0", "p0"};
        QTest::addRow("a member listed before its parent")
            << QList<int>{1, -1} << QStringList{"", "#336699"} << QStringList{"#336699", "#336699"};
        QTest::addRow("tops take palette colours in file order")
            << QList<int>{-1, -1, -1} << QStringList{"", "", ""} << QStringList{"p0", "p1", "p2"};
        QTest::addRow("a top with its own colour takes no palette colour")
            << QList<int>{-1, -1, -1} << QStringList{"", "#336699", ""}
            << QStringList{"p0", "#336699", "p1"};
        QTest::addRow("members take no palette colour")
            << QList<int>{-1, 0, 1, -1, 3} << QStringList{"", "", "", "", ""}
            << QStringList{"p0", "p0", "p0", "p1", "p1"};
        QTest::addRow("a grandchild takes its parent's own colour, not the top's")
            << QList<int>{-1, 0, 1} << QStringList{"#336699", "#aa3300", ""}
            << QStringList{"#336699", "#aa3300", "#aa3300"};

        QList<int> wrapParents;
        QStringList wrapColours;
        QStringList wrapExpected;
        for (size_t i = 0; i < ActorColors::palette.size() + 2; ++i) {
            wrapParents << -1;
            wrapColours << QString();
            wrapExpected << QStringLiteral("p%1").arg(i % ActorColors::palette.size());
        }
        QTest::addRow("the palette starts again after its last colour")
            << wrapParents << wrapColours << wrapExpected;

        // Deep enough that a recursive walk would overflow the stack.
        constexpr int depth = 100000;
        QList<int> downParents;
        QList<int> upParents;
        QStringList downColours(depth);
        downColours[0] = QStringLiteral("#336699");
        for (int i = 0; i < depth; ++i) {
            downParents << i - 1;
            upParents << (i + 1 < depth ? i + 1 : -1);
        }
        QTest::addRow("a deep chain, parents first")
            << downParents << downColours << QStringList(depth, QStringLiteral("#336699"));
        QTest::addRow("a deep chain, members first")
            << upParents << QStringList(depth) << QStringList(depth, QStringLiteral("p0"));
    }

    void everyActorIsDrawnInItsResolvedColour()
    {
        QFETCH(QList<int>, parents);
        QFETCH(QStringList, fileColours);
        QFETCH(QStringList, expected);
        Dataset dataset;
        for (qsizetype i = 0; i < parents.size(); ++i) {
            Actor actor;
            actor.id = QStringLiteral("a%1").arg(i);
            actor.parent = parents[i];
            if (!fileColours[i].isEmpty())
                actor.color = QColor(fileColours[i]);
            dataset.actors.push_back(actor);
        }
        const ActorColors colors(dataset);
        QCOMPARE(colors.size(), dataset.actors.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(colors.of(int(i)).isValid(), qPrintable(QString::number(i)));
            if (colors.of(int(i)).name() != expectedName(expected[i]))
                QFAIL(qPrintable(QStringLiteral("actor %1: %2 instead of %3")
                                     .arg(i)
                                     .arg(colors.of(int(i)).name(), expectedName(expected[i]))));
        }
    }
};

QTEST_GUILESS_MAIN(TestActorColors)
#include "tst_actorcolors.moc"
