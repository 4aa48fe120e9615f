// SPDX-License-Identifier: MIT
// Timeline images: PNG, SVG and PDF from the same renderer, checked as files a reader would
// open, and the headless `tideline export` command with every error it can meet.
//
// The PNG is compared with tests/data/reference/sample-960.png (960 wide, as tall as its lanes). After an intended change
// to the picture, look at the new image, then update the reference with
//   TIDELINE_UPDATE_REFERENCE=1 build/tests/tst_export
#include "datasetloader.h"
#include "datasetsession.h"
#include "filterengine.h"
#include "timelineimage.h"

#include <QDir>
#include <QDomDocument>
#include <QFileInfo>
#include <QRegularExpression>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString reference = QStringLiteral(TIDELINE_TEST_DATA "/reference/sample-960.png");

// Share of pixels whose colour differs noticeably between two images of one size.
double differingShare(const QImage &a, const QImage &b)
{
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int d = std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                + std::abs(qBlue(p) - qBlue(q)) + std::abs(qAlpha(p) - qAlpha(q));
            differing += d > 60;
        }
    }
    return double(differing) / double(a.width() * a.height());
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTideline(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Export must work with no display and no platform chosen by the user.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIDELINE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_sample;

private slots:
    void initTestCase()
    {
        const LoadResult result = DatasetLoader::load({DatasetSession::samplePath()});
        QVERIFY(result.ok());
        m_sample = result.dataset;
    }

    void pngIsAsTallAsItsLanesAndMatchesTheReference()
    {
        TimelineImage::Options options;
        options.size = QSize(960, 540);
        options.title = m_sample->title;
        options.caption = QStringLiteral("All events — Tideline");
        const QString path = m_dir.filePath(QStringLiteral("sample.png"));
        TimelineImage::Written written;
        QCOMPARE(TimelineImage::write(path, *m_sample, nullptr, options, &written), QString());
        const QImage image(path);
        QCOMPARE(image.width(), 960);
        QVERIFY(image.height() > 540); // the sample's 30 lanes need more than 540 px
        QCOMPARE(image.size(), written.size);

        // Not blank: many colours, and the actor colours among them.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

        if (qEnvironmentVariableIsSet("TIDELINE_UPDATE_REFERENCE")) {
            QFile::remove(reference);
            QVERIFY(QFile::copy(path, reference));
            QSKIP("reference updated");
        }
        const QImage expected(reference);
        QVERIFY2(!expected.isNull(), qPrintable(reference));
        QCOMPARE(expected.size(), image.size());
        const double share = differingShare(image.convertToFormat(QImage::Format_ARGB32),
                                            expected.convertToFormat(QImage::Format_ARGB32));
        QVERIFY2(share < 0.01, qPrintable(QStringLiteral("%1 % of pixels differ").arg(share * 100)));
    }

    void pngScalesForHighDpi()
    {
        TimelineImage::Options options;
        options.size = QSize(800, 450);
        options.scale = 2.0;
        const QString path = m_dir.filePath(QStringLiteral("hidpi.png"));
        TimelineImage::Written written;
        QCOMPARE(TimelineImage::write(path, *m_sample, nullptr, options, &written), QString());
        QCOMPARE(written.size.width(), 800);
        QVERIFY(written.size.height() >= 450); // taller when the lanes need it
        QCOMPARE(QImage(path).size(), written.size * 2);
    }

    // High DPI: a PNG at 1.25, 1.5 or 2 pixels per logical pixel is drawn at that resolution,
    // not enlarged from 1. Lines and text scale with it, so the ink covers scale² as many
    // pixels as at 1 (a cosmetic one-pixel line would not), and edges stay one pixel sharp:
    // the squared contrast between neighbouring pixels, which blurring spreads thin, is well
    // above that of the 1x picture enlarged to the same size.
    void pngIsDrawnSharpAtEveryScale_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addRow("1.25") << 1.25;
        QTest::addRow("1.5") << 1.5;
        QTest::addRow("2") << 2.0;
    }
    void pngIsDrawnSharpAtEveryScale()
    {
        QFETCH(double, scale);
        const auto render = [this](double factor) {
            TimelineImage::Options options;
            options.size = QSize(800, 450);
            options.scale = factor;
            const QString path = m_dir.filePath(QStringLiteral("scale-%1.png").arg(factor));
            const QString problem = TimelineImage::write(path, *m_sample, nullptr, options);
            return problem.isEmpty() ? QImage(path).convertToFormat(QImage::Format_RGB32)
                                     : QImage();
        };
        const QImage base = render(1.0);
        const QImage sharp = render(scale);
        QVERIFY(!base.isNull() && !sharp.isNull());
        QCOMPARE(sharp.size(), (QSizeF(base.size()) * scale).toSize());

        const QRgb paper = base.pixel(2, 2);
        const auto ink = [paper](const QImage &image) {
            qint64 count = 0;
            for (int y = 0; y < image.height(); ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = 0; x < image.width(); ++x)
                    count += qAbs(qGray(line[x]) - qGray(paper)) > 48;
            }
            return double(count);
        };
        const double inkRatio = ink(sharp) / ink(base) / (scale * scale);
        QVERIFY2(inkRatio > 0.75 && inkRatio < 1.3, qPrintable(QString::number(inkRatio)));

        const auto edges = [](const QImage &image) {
            double energy = 0;
            for (int y = 0; y + 1 < image.height(); ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                const auto *next = reinterpret_cast<const QRgb *>(image.constScanLine(y + 1));
                for (int x = 0; x + 1 < image.width(); ++x) {
                    const double dx = qGray(line[x + 1]) - qGray(line[x]);
                    const double dy = qGray(next[x]) - qGray(line[x]);
                    energy += dx * dx + dy * dy;
                }
            }
            return energy;
        };
        const QImage enlarged =
            base.scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double sharpness = edges(sharp) / edges(enlarged);
        qInfo("scale %.2f: ink %.2f of scale², edges %.2fx the enlarged 1x picture's", scale,
              inkRatio, sharpness);
        QVERIFY2(sharpness > 1.0 + (scale - 1.0) * 0.5, qPrintable(QString::number(sharpness)));
    }

    void transparentPngHasATransparentBackground()
    {
        TimelineImage::Options options;
        options.size = QSize(800, 450);
        options.theme = TimelineImage::Theme::Transparent;
        const QString path = m_dir.filePath(QStringLiteral("clear.png"));
        QCOMPARE(TimelineImage::write(path, *m_sample, nullptr, options), QString());
        const QImage image = QImage(path).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
    }

    void svgIsValidXmlWithTheTitlesAsText()
    {
        TimelineImage::Options options;
        options.format = TimelineImage::Format::Svg;
        options.size = QSize(1920, 1080);
        options.title = QStringLiteral("Gaza <talks> & more");
        const QString path = m_dir.filePath(QStringLiteral("sample.svg"));
        QCOMPARE(TimelineImage::write(path, *m_sample, nullptr, options), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument document;
        QString error;
        QVERIFY2(document.setContent(&file, &error), qPrintable(error));
        QCOMPARE(document.documentElement().tagName(), QStringLiteral("svg"));
        const QString text = document.documentElement().text();
        QVERIFY(text.contains(QStringLiteral("Gaza <talks> & more"))); // escaped in the file
        QVERIFY(text.contains(QStringLiteral("Hamas and Fatah fight over control of G")));
        QVERIFY(text.contains(QStringLiteral("Benjamin Netanyahu")));
    }

    void pdfHasOnePageOfTheRequestedSizeAndSearchableText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed; dev.sh installs it");
        TimelineImage::Options options;
        options.format = TimelineImage::Format::Pdf;
        options.size = QSize(1920, 1080);
        options.title = QStringLiteral("Gaza cease-fire talks");
        options.onePage = true;
        const QString path = m_dir.filePath(QStringLiteral("sample.pdf"));
        QCOMPARE(TimelineImage::write(path, *m_sample, nullptr, options), QString());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.waitForFinished(30000));
        const QString details = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(details.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(details));
        // 1920x1080 at 96 per inch is 1440x810 points.
        QVERIFY2(details.contains(QStringLiteral("1440 x 810 pts")), qPrintable(details));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Gaza cease-fire talks")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Hamas and Fatah fight over control of G")));
    }

    void theFilterDecidesWhatIsDrawn()
    {
        EventFilter filter;
        filter.actors = {m_sample->actorIndex(QStringLiteral("gallant"))};
        const FilterResult result = FilterEngine::apply(*m_sample, filter, nullptr);
        TimelineImage::Options options;
        options.format = TimelineImage::Format::Svg;
        const QString path = m_dir.filePath(QStringLiteral("gallant.svg"));
        QCOMPARE(TimelineImage::write(path, *m_sample, &result, options), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(QStringLiteral("Yoav Gallant")));
        QVERIFY(!svg.contains(QStringLiteral("Mousa Abu Marzouk"))); // no lane without events
        const auto [first, last] = TimelineImage::filteredSpan(*m_sample, &result);
        const int event = int(m_sample->events.eventsOfActor(*filter.actors.begin()).front());
        QVERIFY(first <= m_sample->events.beginSecond(event));
        QVERIFY(last >= m_sample->events.endSecond(event));
        QVERIFY(last - first < 60LL * 86400); // the span of Gallant's events, not of the dataset
    }

    void commandLineWritesEachFormatWithoutADisplay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extra");
        QTest::addRow("png by suffix") << "cli.png" << QStringList{};
        QTest::addRow("svg by suffix, filtered")
            << "cli.svg" << QStringList{"--actor", "hamas", "--actor", "fatah", "--from", "2024-04"};
        QTest::addRow("pdf by --format, dark") << "cli.out" << QStringList{"--format", "pdf", "--theme", "dark"};
        QTest::addRow("png with size and title")
            << "sized.png" << QStringList{"--size", "800x600", "--title", "Talks", "--query", "Beijing"};
    }

    void commandLineWritesEachFormatWithoutADisplay()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, extra);
        const QString output = m_dir.filePath(name);
        const Run run = runTideline(QStringList{"export", "--output", output} + extra
                                    + QStringList{QStringLiteral(TIDELINE_SAMPLE)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("wrote ")));
        QVERIFY(QFileInfo(output).size() > 1000);
        if (name == QLatin1String("sized.png")) {
            const QImage image(output);
            QCOMPARE(image.width(), 800);
            QVERIFY(image.height() >= 600);
            QVERIFY2(run.out.contains(QStringLiteral("(800x%1 PNG").arg(image.height())),
                     qPrintable(run.out));
        }
    }

    void commandLineErrorsExitNonZeroAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString sample = QStringLiteral(TIDELINE_SAMPLE);
        const QString broken = QStringLiteral(TIDELINE_TEST_DATA "/broken/broken.json");
        QTest::addRow("no output") << QStringList{"export", sample} << 2 << "export needs --output FILE";
        QTest::addRow("no input") << QStringList{"export", "--output", "OUT.png"} << 2
                                  << "export needs at least one FILE or FOLDER";
        QTest::addRow("unknown format") << QStringList{"export", "--output", "OUT.gif", sample} << 2
                                        << "cannot tell the format";
        QTest::addRow("bad --format") << QStringList{"export", "--output", "OUT.png", "--format", "bmp", sample}
                                      << 2 << "--format must be png, svg or pdf";
        QTest::addRow("bad size") << QStringList{"export", "--output", "OUT.png", "--size", "10x10", sample}
                                  << 2 << "--size must be WIDTHxHEIGHT";
        QTest::addRow("bad theme") << QStringList{"export", "--output", "OUT.png", "--theme", "pink", sample}
                                   << 2 << "--theme must be light, dark or transparent";
        QTest::addRow("transparent svg") << QStringList{"export", "--output", "OUT.svg", "--theme", "transparent", sample}
                                         << 2 << "transparent is for PNG only";
        QTest::addRow("bad date") << QStringList{"export", "--output", "OUT.png", "--from", "2024-13", sample}
                                  << 2 << "month 13 does not exist";
        QTest::addRow("unknown option") << QStringList{"export", "--output", "OUT.png", "--colour", "x", sample}
                                        << 2 << "unknown option '--colour'";
        QTest::addRow("unknown actor") << QStringList{"export", "--output", "OUT.png", "--actor", "atlantis", sample}
                                       << 2 << "unknown actor 'atlantis'";
        QTest::addRow("broken input") << QStringList{"export", "--output", "OUT.png", broken} << 1
                                      << "broken.json:4:48: error: events[0].start";
        QTest::addRow("missing input") << QStringList{"export", "--output", "OUT.png", "/nonexistent.json"} << 1
                                       << "no such file or folder";
        QTest::addRow("unwritable folder") << QStringList{"export", "--output", "/nonexistent-folder/x.png", sample}
                                           << 1 << "cannot write /nonexistent-folder/x.png";
    }

    void commandLineErrorsExitNonZeroAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("OUT"));
        for (QString &argument : arguments)
            argument.replace(QStringLiteral("OUT"), output);
        const Run run = runTideline(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Nothing left behind: no output, no temporary file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void commandLineRefusesToOverwriteWithoutForce()
    {
        const QString output = m_dir.filePath(QStringLiteral("existing.png"));
        QFile file(output);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        Run run = runTideline({"export", "--output", output, QStringLiteral(TIDELINE_SAMPLE)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("exists; use --force")));
        QFile kept(output);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        kept.close();
        run = runTideline({"export", "--force", "--output", output, QStringLiteral(TIDELINE_SAMPLE)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QImage(output).width(), 1920);
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
