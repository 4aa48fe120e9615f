// SPDX-License-Identifier: MIT
// The colour each actor is drawn in (ActorColors): a file's colour is kept, a member without one
// takes its parent's, tops take palette colours in file order. Each case is a list of actors
// built in memory, no file.
#include "actorcolors.h"
#include "dataset.h"

#include <QTest>

#include <array>
#include <cmath>

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// How a colour looks to a reader with a colour-vision deficiency, in CIELAB: Machado, Oliveira
// and Fernandes (2009), severity 1, applied to linear sRGB.
std::array<double, 3> seenAs(QRgb rgb, const Matrix &vision)
{
    const auto linear = [](int channel) {
        const double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const std::array<double, 3> in{linear(qRed(rgb)), linear(qGreen(rgb)), linear(qBlue(rgb))};
    std::array<double, 3> v{};
    for (int i = 0; i < 3; ++i)
        v[size_t(i)] = std::clamp(vision[size_t(i)][0] * in[0] + vision[size_t(i)][1] * in[1]
                                      + vision[size_t(i)][2] * in[2],
                                  0.0, 1.0);
    const double x = (0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2]) / 0.95047;
    const double y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    const double z = (0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

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
    // Neighbouring top-level actors take palette colours that follow each other: those stay
    // far apart (CIE76 distance) for readers with full colour vision and with the two common
    // red-green deficiencies.
    void paletteNeighboursStayApartForColourBlindReaders_data()
    {
        QTest::addColumn<Matrix>("vision");
        QTest::addRow("full colour vision") << Matrix{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
        QTest::addRow("protanopia") << Matrix{{{0.152286, 1.052583, -0.204868},
                                               {0.114503, 0.786281, 0.099216},
                                               {-0.003882, -0.048116, 1.051998}}};
        QTest::addRow("deuteranopia") << Matrix{{{0.367322, 0.860646, -0.227968},
                                                 {0.280085, 0.672501, 0.047413},
                                                 {-0.011820, 0.042940, 0.968881}}};
    }
    void paletteNeighboursStayApartForColourBlindReaders()
    {
        QFETCH(Matrix, vision);
        const auto &palette = ActorColors::palette;
        for (size_t i = 0; i < palette.size(); ++i) {
            const QRgb a = palette[i];
            const QRgb b = palette[(i + 1) % palette.size()]; // the last is followed by the first
            const auto la = seenAs(a, vision);
            const auto lb = seenAs(b, vision);
            const double distance = std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
            QVERIFY2(distance >= 40, qPrintable(QStringLiteral("%1 beside %2: %3")
                                                    .arg(QColor(a).name(), QColor(b).name())
                                                    .arg(distance)));
        }
    }

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
