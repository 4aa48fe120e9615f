// SPDX-License-Identifier: MIT
// The timeline renderer and the lanes it draws from: markers and spans at the right pixels in the
// right colours, labels that never overlap, density strips for dense data, only the visible events
// touched, and the lane groupings. Datasets are small tideline/1 files written for each test and
// loaded the way the application loads them; pictures are rendered into images and inspected.
// Long because most picture cases write their own small dataset inline, so that the pixels they
// check stand next to the data. The lanes' cases (groupings, counts per column, visible events,
// laneAt) stay here because they load through the same builders (the actor tree, the scattered
// events) as the pictures do.
#include "actorcolors.h"
#include "datasetloader.h"
#include "datasetsession.h"
#include "datasetvocabulary.h"
#include "overviewhistogram.h"
#include "timelinelanes.h"
#include "timelinerenderer.h"
#include "timelinetheme.h"
#include "visiblewindow.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>

Q_DECLARE_METATYPE(LaneGrouping)

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 day = 86400;
const QSize imageSize(1200, 600);

enum Zoom { FitAll, Widest, OneHour, Narrowest };

qint64 at(const char *iso)
{
    return PartialDate::parse(std::string_view(iso)).firstSecond();
}

QString isoMinute(qint64 second)
{
    return QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QFont timelineFont()
{
    return QFont(QStringLiteral("DejaVu Sans"), 9);
}

QLocale ukEnglish()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QJsonObject actorJson(const QString &id, const QString &kind, const QString &parent = {},
                      const QString &color = {})
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), id.at(0).toUpper() + id.mid(1)},
                       {QStringLiteral("kind"), kind}};
    if (!parent.isEmpty())
        object.insert(QStringLiteral("parent"), parent);
    if (!color.isEmpty())
        object.insert(QStringLiteral("color"), color);
    return object;
}

QJsonObject eventJson(const QString &id, const QString &title, const QString &start,
                      const QString &end = {}, const QStringList &actors = {},
                      const QStringList &tags = {})
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("start"), start}};
    if (!end.isEmpty())
        object.insert(QStringLiteral("end"), end);
    if (!actors.isEmpty())
        object.insert(QStringLiteral("actors"), QJsonArray::fromStringList(actors));
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return object;
}

int eventById(const Dataset &dataset, const QString &id)
{
    for (int i = 0; i < dataset.events.count(); ++i) {
        if (dataset.events.id(i) == id)
            return i;
    }
    return -1;
}

const TimelineFrame::Item *itemOf(const TimelineFrame &frame, int event)
{
    for (const TimelineFrame::Item &item : frame.items) {
        if (item.event == event)
            return &item;
    }
    return nullptr;
}

int itemsInLane(const TimelineFrame &frame, int lane)
{
    return int(
        std::count_if(frame.items.begin(), frame.items.end(),
                      [lane](const TimelineFrame::Item &item) { return item.lane == lane; }));
}

bool contains(const std::vector<int> &values, int value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

QString colourAt(const QImage &image, double x, double y)
{
    return image.pixelColor(int(std::floor(x)), int(std::floor(y))).name();
}

// An x in the timeline area that no grid line passes through: between two minor ticks.
double xBetweenTicks(const TimelineFrame &frame, const TimeMapping &mapping, double left)
{
    const auto &minor = frame.axis.minor;
    if (minor.size() < 2)
        return left + 3.5;
    return left + std::floor((mapping.xOf(minor[0].second) + mapping.xOf(minor[1].second)) / 2) +
           0.5;
}

struct Rendered
{
    QImage image;
    TimelineFrame frame;
};

Rendered render(const TimelineRenderer &renderer, const TimeMapping &mapping, int selected = -1,
                QSize size = imageSize, const QFont &font = timelineFont())
{
    Rendered rendered;
    rendered.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    // Magenta shows through wherever the renderer forgot to paint.
    rendered.image.fill(Qt::magenta);
    QPainter painter(&rendered.image);
    TimelineRenderRequest request;
    request.mapping = mapping;
    request.size = size;
    request.selectedEvent = selected;
    request.font = font;
    request.locale = ukEnglish();
    rendered.frame = renderer.paint(painter, request);
    painter.end();
    return rendered;
}

// The visible events of a lane by brute force, against which the binary searches are checked.
std::vector<quint32> eventsMeeting(const EventStore &store, const std::vector<quint32> &laneEvents,
                                   qint64 t0, qint64 t1)
{
    std::vector<quint32> events;
    for (quint32 event : laneEvents) {
        if (store.beginSecond(int(event)) < t1 && store.endSecond(int(event)) > t0)
            events.push_back(event);
    }
    return events;
}

std::vector<quint32> allEventsOf(const TimelineLanes &lanes, int lane)
{
    std::vector<quint32> events;
    lanes.visibleEvents(lane, std::numeric_limits<qint64>::min() / 4,
                        std::numeric_limits<qint64>::max() / 4, &events);
    return events;
}

} // namespace

class TestTimelineRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<const Dataset> load(const QJsonArray &actors, const QJsonArray &events)
    {
        const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tideline/1")},
                               {QStringLiteral("title"), QStringLiteral("Renderer test")},
                               {QStringLiteral("actors"), actors},
                               {QStringLiteral("events"), events}};
        const QString path = m_dir.filePath(QStringLiteral("dataset-%1.json").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const LoadResult result = DatasetLoader::load({path});
        for (const LoadMessage &message : result.messages)
            qWarning("%s", qPrintable(message.toString()));
        return result.dataset;
    }

    static std::shared_ptr<const Dataset> loadSample()
    {
        const LoadResult result = DatasetLoader::load({DatasetSession::samplePath()});
        return result.dataset;
    }

    // Two states, their people, an organisation and a person without events, one event without
    // actors; tags "war" and "talks".
    std::shared_ptr<const Dataset> loadActorTree()
    {
        const QJsonArray actors{
            actorJson(QStringLiteral("israel"), QStringLiteral("state"), {},
                      QStringLiteral("#3a7ccc")),
            actorJson(QStringLiteral("netanyahu"), QStringLiteral("person"),
                      QStringLiteral("israel")),
            actorJson(QStringLiteral("gallant"), QStringLiteral("person"),
                      QStringLiteral("israel")),
            actorJson(QStringLiteral("egypt"), QStringLiteral("state"), {},
                      QStringLiteral("#c23b4a")),
            actorJson(QStringLiteral("sisi"), QStringLiteral("person"), QStringLiteral("egypt")),
            actorJson(QStringLiteral("shoukry"), QStringLiteral("person"), QStringLiteral("egypt")),
            actorJson(QStringLiteral("un"), QStringLiteral("organisation")),
        };
        const auto e = [](const char *id, const char *start, const QStringList &actors,
                          const QStringList &tags) {
            return eventJson(QLatin1String(id), QStringLiteral("Event %1").arg(QLatin1String(id)),
                             QLatin1String(start), {}, actors, tags);
        };
        const QString war = QStringLiteral("war");
        const QString talks = QStringLiteral("talks");
        const QJsonArray events{
            e("e1", "2024-07-01", {QStringLiteral("israel")}, {war}),
            e("e2", "2024-07-02", {QStringLiteral("netanyahu")}, {talks}),
            e("e3", "2024-07-03", {QStringLiteral("netanyahu"), QStringLiteral("gallant")},
              {talks, war}),
            e("e4", "2024-07-04", {QStringLiteral("gallant")}, {}),
            e("e5", "2024-07-05", {QStringLiteral("sisi")}, {talks}),
            e("e6", "2024-07-06", {QStringLiteral("egypt")}, {}),
            e("e7", "2024-07-07", {}, {war}),
        };
        return load(actors, events);
    }

private slots:
    // Dragging a range on the overview sets the date filter as exactly as the bins are: month
    // bins give months, year bins years, never a made-up day. The end of a range is the date of
    // the second before it (a range ending at 1 August ends in July).
    void overviewDatesAreAsExactAsItsBins_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("end");
        QTest::addColumn<QString>("expected");
        using K = TimeAxis::StepKind;
        QTest::addRow("day bins") << int(K::Days) << "2024-07-15T13:00:00" << false << "2024-07-15";
        QTest::addRow("week bins give days") << int(K::Weeks) << "2024-07-15T00:00:00" << false << "2024-07-15";
        QTest::addRow("month bins") << int(K::Months) << "2024-07-15T13:00:00" << false << "2024-07";
        QTest::addRow("month bins, a range's end") << int(K::Months) << "2024-08-01T00:00:00" << true << "2024-07";
        QTest::addRow("year bins") << int(K::Years) << "2024-07-15T13:00:00" << false << "2024";
        QTest::addRow("year bins, a range's end") << int(K::Years) << "2024-01-01T00:00:00" << true << "2023";
    }

    void overviewDatesAreAsExactAsItsBins()
    {
        QFETCH(int, kind);
        QFETCH(QString, at);
        QFETCH(bool, end);
        QFETCH(QString, expected);
        OverviewHistogram histogram;
        histogram.step.kind = TimeAxis::StepKind(kind);
        const qint64 second = QDateTime::fromString(at + u'Z', Qt::ISODate).toSecsSinceEpoch();
        QCOMPARE(histogram.dateAt(second, end).toIsoString(), expected);
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Markers

    void pointEventMarkersSitAtTheMiddleOfTheirDayInTheActorColour_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<double>("secondsPerPixel");
        // A day narrower than 5 px is a diamond, filled with the colour; a wider one a bar
        // hatched with it.
        QTest::addRow("light theme, 3 px a day") << false << day / 3.0;
        QTest::addRow("dark theme, 3 px a day") << true << day / 3.0;
        QTest::addRow("light theme, a day in 4.5 px") << false << day / 4.5;
        QTest::addRow("light theme, 40 px a day") << false << day / 40.0;
        QTest::addRow("dark theme, 40 px a day") << true << day / 40.0;
    }

    void pointEventMarkersSitAtTheMiddleOfTheirDayInTheActorColour()
    {
        QFETCH(bool, dark);
        QFETCH(double, secondsPerPixel);

        // A mid-tone blue, and a light yellow that the light theme deepens.
        const auto dataset = load(
            {actorJson(QStringLiteral("a"), QStringLiteral("state"), {}, QStringLiteral("#1f6fb4")),
             actorJson(QStringLiteral("b"), QStringLiteral("state"), {},
                       QStringLiteral("#f2c14e"))},
            {eventJson(QStringLiteral("first"), QStringLiteral("First"),
                       QStringLiteral("2024-07-13"), {}, {QStringLiteral("a")}),
             eventJson(QStringLiteral("second"), QStringLiteral("Second"),
                       QStringLiteral("2024-07-15"), {}, {QStringLiteral("b")}),
             eventJson(QStringLiteral("third"), QStringLiteral("Third"),
                       QStringLiteral("2024-07-20"), {}, {QStringLiteral("a")})});
        QVERIFY(dataset);
        const ActorColors colors(*dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        QCOMPARE(lanes.laneCount(), 2);
        const TimelineTheme theme = dark ? TimelineTheme::darkTheme() : TimelineTheme::light();
        const TimelineRenderer renderer(lanes, dataset->events, theme);
        const TimeMapping mapping{at("2024-07-10"), secondsPerPixel};
        const Rendered rendered = render(renderer, mapping);
        QCOMPARE(rendered.frame.items.size(), size_t(3));
        const TimelineGeometry &geometry = renderer.geometry();

        for (const char *id : {"first", "second", "third"}) {
            const int e = eventById(*dataset, QLatin1String(id));
            QVERIFY(e >= 0);
            const TimelineFrame::Item *item = itemOf(rendered.frame, e);
            QVERIFY2(item, id);
            const int actorIndex = int(dataset->events.actors(e)[0]);
            QCOMPARE(item->lane, lanes.laneOfActor(actorIndex));

            const qint64 middle = dataset->events.beginSecond(e) + day / 2;
            const double x =
                geometry.headerWidth + double(middle - mapping.start) / secondsPerPixel;
            const double y =
                renderer.laneTop(item->lane, 0) + geometry.lanePadding + geometry.markerBand / 2.0;
            QVERIFY2(std::abs(item->marker.center().x() - x) <= 0.5,
                     qPrintable(QStringLiteral("%1: %2 instead of %3")
                                    .arg(QLatin1String(id))
                                    .arg(item->marker.center().x())
                                    .arg(x)));
            // Point markers sit on the middle of the marker band; spans sit on one of its two
            // tracks, inside the band.
            const double bandTop = renderer.laneTop(item->lane, 0) + geometry.lanePadding;
            if (day / secondsPerPixel < 5)
                QVERIFY(std::abs(item->marker.center().y() - y) <= 1.0);
            else
                QVERIFY(item->marker.top() >= bandTop - 1
                        && item->marker.bottom() <= bandTop + geometry.markerBand + 1);
            QVERIFY(item->marker.width() >= 8);

            const QString expected = theme.itemColor(colors.of(actorIndex)).name();
            if (day / secondsPerPixel < 5) {
                QCOMPARE(colourAt(rendered.image, item->marker.center().x(), y), expected);
            } else {
                QVERIFY(std::abs(item->marker.width() - day / secondsPerPixel) <= 1);
                int hatched = 0;
                for (int x = int(item->marker.left()) + 2; x < int(item->marker.right()) - 2; ++x) {
                    const QString colour = colourAt(rendered.image, x, item->marker.center().y());
                    QVERIFY(colour != theme.background.name());
                    hatched += colour == expected;
                }
                QVERIFY2(hatched >= 3, qPrintable(QString::number(hatched)));
            }
        }
        // The light theme deepens the light yellow; the dark theme lifts nothing that is light.
        const QColor yellow(0xf2c14e);
        QCOMPARE(theme.itemColor(yellow) == yellow, dark);
    }

    void periodsSpanTheirWholePeriod_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<qint64>("windowStart");
        QTest::addColumn<double>("secondsPerPixel");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last"); // the first second after the period

        QTest::addRow("a month at 4 px a day")
            << QStringLiteral("2024-02") << QString() << at("2024-01-01") << day / 4.0
            << at("2024-02-01") << at("2024-03-01");
        QTest::addRow("a month 12 px wide")
            << QStringLiteral("2024-02") << QString() << at("2023-06-01") << 29.0 * day / 12
            << at("2024-02-01") << at("2024-03-01");
        QTest::addRow("approximate month")
            << QStringLiteral("2024-03~") << QString() << at("2024-01-01") << day / 4.0
            << at("2024-03-01") << at("2024-04-01");
        QTest::addRow("May to June")
            << QStringLiteral("2024-05") << QStringLiteral("2024-06") << at("2024-04-01")
            << day / 4.0 << at("2024-05-01") << at("2024-07-01");
        QTest::addRow("a year") << QStringLiteral("2023") << QString() << at("2022-06-01")
                                << day * 2.0 << at("2023-01-01") << at("2024-01-01");
        QTest::addRow("a day at 96 px a day")
            << QStringLiteral("2024-07-13") << QString() << at("2024-07-12") << day / 96.0
            << at("2024-07-13") << at("2024-07-14");
        QTest::addRow("a week of days")
            << QStringLiteral("2024-07-08") << QStringLiteral("2024-07-14") << at("2024-07-01")
            << day / 40.0 << at("2024-07-08") << at("2024-07-15");
        QTest::addRow("years BC") << QStringLiteral("-0043") << QStringLiteral("-0040")
                                  << at("-0050") << day * 5.0 << at("-0043") << at("-0039");
    }

    void periodsSpanTheirWholePeriod()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(qint64, windowStart);
        QFETCH(double, secondsPerPixel);
        QFETCH(qint64, first);
        QFETCH(qint64, last);

        const auto dataset = load({actorJson(QStringLiteral("a"), QStringLiteral("state"), {},
                                             QStringLiteral("#1f6fb4"))},
                                  {eventJson(QStringLiteral("p"), QStringLiteral("Period"), start,
                                             end, {QStringLiteral("a")})});
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineTheme theme = TimelineTheme::light();
        const TimelineRenderer renderer(lanes, dataset->events, theme);
        const TimeMapping mapping{windowStart, secondsPerPixel};
        const Rendered rendered = render(renderer, mapping);
        QCOMPARE(rendered.frame.items.size(), size_t(1));
        const TimelineFrame::Item &item = rendered.frame.items.front();

        const double left = renderer.geometry().headerWidth;
        const double x0 = left + mapping.xOf(first);
        const double x1 = left + mapping.xOf(last);
        QVERIFY(x1 - x0 > 5);
        QVERIFY2(std::abs(item.marker.left() - x0) <= 1 && std::abs(item.marker.right() - x1) <= 1,
                 qPrintable(QStringLiteral("marker %1..%2, period %3..%4")
                                .arg(item.marker.left())
                                .arg(item.marker.right())
                                .arg(x0)
                                .arg(x1)));

        // Every pixel of the span in the marker band is painted; just outside it, lane and grid.
        const QString background = theme.background.name();
        const double y = item.marker.center().y();
        for (int x = int(std::ceil(x0)) + 1; x < int(std::floor(x1)) - 1; ++x)
            QVERIFY2(colourAt(rendered.image, x, y) != background, qPrintable(QString::number(x)));
        const QStringList bare{background, theme.grid.name(), theme.majorGrid.name()};
        QVERIFY(bare.contains(colourAt(rendered.image, x0 - 4, y)));
        QVERIFY(bare.contains(colourAt(rendered.image, x1 + 4, y)));
    }

    // Labels

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<QList<int>>("minutes"); // event times, minutes after the first
        QTest::addColumn<double>("secondsPerPixel");
        QTest::addColumn<bool>("crowded"); // some labels must give way

        QList<int> hourly;
        for (int i = 0; i < 40; ++i)
            hourly << i * 60;
        QList<int> bursts;
        for (int burst = 0; burst < 8; ++burst) {
            for (int i = 0; i < 5; ++i)
                bursts << burst * 180 + i * 5;
        }
        QTest::addRow("hourly, 30 px apart") << hourly << hour / 30.0 << false;
        QTest::addRow("hourly, 15 px apart") << hourly << hour / 15.0 << true;
        QTest::addRow("hourly, 60 px apart, past the right edge") << hourly << hour / 60.0 << false;
        QTest::addRow("bursts of five") << bursts << 60.0 << true;
        QTest::addRow("forty at one minute") << QList<int>(40, 0) << 60.0 << true;
    }

    void labelsNeverOverlap()
    {
        QFETCH(QList<int>, minutes);
        QFETCH(double, secondsPerPixel);
        QFETCH(bool, crowded);

        const qint64 first = at("2024-07-13T06:00");
        QJsonArray events;
        for (int i = 0; i < minutes.size(); ++i) {
            events.append(
                eventJson(QStringLiteral("m%1").arg(i),
                          QStringLiteral("Meeting %1 on the Philadelphi Corridor").arg(i + 1),
                          isoMinute(first + minutes[i] * minute), {}, {QStringLiteral("a")}));
        }
        const auto dataset =
            load({actorJson(QStringLiteral("a"), QStringLiteral("state"))}, events);
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineRenderer renderer(lanes, dataset->events, TimelineTheme::light());
        const TimeMapping mapping{first - 10 * minute, secondsPerPixel};
        const Rendered rendered = render(renderer, mapping);
        const auto &items = rendered.frame.items;
        QVERIFY(rendered.frame.densityLanes.empty());

        std::vector<quint32> visible;
        const double areaWidth = imageSize.width() - renderer.geometry().headerWidth;
        lanes.visibleEvents(0, mapping.start, mapping.secondAt(areaWidth) + 1, &visible);
        QCOMPARE(items.size(), visible.size());

        const QRectF area(renderer.geometry().headerWidth, renderer.laneTop(0, 0), areaWidth,
                          renderer.geometry().laneHeight());
        const QFontMetricsF metrics(timelineFont());
        int shown = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            const TimelineFrame::Item &item = items[i];
            QCOMPARE(item.label.isEmpty(), item.labelText.isEmpty());
            if (item.label.isEmpty())
                continue;
            ++shown;
            QVERIFY2(area.contains(item.label), qPrintable(item.labelText));
            // The title, or its beginning elided.
            const QString title = dataset->events.title(item.event);
            QVERIFY2(item.labelText == title ||
                         (item.labelText.endsWith(QChar(0x2026)) &&
                          title.startsWith(item.labelText.chopped(1).trimmed())),
                     qPrintable(item.labelText));
            QVERIFY(std::abs(item.label.width() - metrics.horizontalAdvance(item.labelText)) < 0.5);
            for (size_t j = i + 1; j < items.size(); ++j) {
                QVERIFY2(!item.label.intersects(items[j].label),
                         qPrintable(QStringLiteral("\"%1\" and \"%2\"")
                                        .arg(item.labelText, items[j].labelText)));
            }
        }
        QVERIFY(shown >= 2);
        if (crowded)
            QVERIFY2(shown < int(items.size()), qPrintable(QString::number(shown)));
    }

    void hostileTextStaysInsideItsLane_data()
    {
        QTest::addColumn<QString>("text"); // used as an event title and as its actor's name
        QTest::addRow("20,000 characters") << QString(20000, u'W');
        QTest::addRow("long words without spaces")
            << QStringLiteral("Negotiations").repeated(400);
        QTest::addRow("Arabic, right to left")
            << QStringLiteral("محادثات وقف إطلاق النار في القاهرة والدوحة حول محور فيلادلفيا");
        QTest::addRow("Hebrew with numbers")
            << QStringLiteral("שיחות על הפסקת אש 2024 ציר פילדלפי 15 יולי");
        QTest::addRow("mixed directions")
            << QStringLiteral("Talks (שיחות) in Cairo القاهرة 12-15 July");
        QString stacked = QStringLiteral("Z");
        for (int i = 0; i < 80; ++i)
            stacked += QChar(0x0300 + i % 0x30); // combining marks piled on one letter
        QTest::addRow("80 combining marks on one letter") << stacked + QStringLiteral("algo");
        QTest::addRow("newlines and tabs") << QStringLiteral("Line one\nLine two\tand\rmore");
        QTest::addRow("emoji sequences")
            << QStringLiteral("Talks 👩‍👩‍👧‍👦🏳️‍🌈🇪🇬 resume");
        QTest::addRow("bidi override")
            << QString(QChar(0x202E)) + QStringLiteral("reversed text that never ends");
    }

    void hostileTextStaysInsideItsLane()
    {
        // Three lanes; the middle one's actor and event carry the text. Everything outside the
        // middle lane's band must look exactly as it does with a harmless "x" there instead.
        QFETCH(QString, text);
        const auto build = [this](const QString &middle) {
            QJsonArray actors;
            for (const char *id : {"first", "second", "third"}) {
                QJsonObject actor = actorJson(QLatin1String(id), QStringLiteral("state"));
                if (QLatin1String(id) == QLatin1String("second"))
                    actor.insert(QStringLiteral("name"), middle);
                actors.append(actor);
            }
            const QJsonArray events{
                eventJson(QStringLiteral("a"), QStringLiteral("Above"), QStringLiteral("2024-07-12"),
                          {}, {QStringLiteral("first")}),
                eventJson(QStringLiteral("m"), middle, QStringLiteral("2024-07-12"), {},
                          {QStringLiteral("second")}),
                eventJson(QStringLiteral("b"), QStringLiteral("Below"), QStringLiteral("2024-07-12"),
                          {}, {QStringLiteral("third")})};
            return load(actors, events);
        };
        const auto hostile = build(text);
        const auto harmless = build(QStringLiteral("x"));
        QVERIFY(hostile && harmless);
        QCOMPARE(hostile->events.title(1), text);
        TimelineLanes hostileLanes, harmlessLanes;
        hostileLanes.build(*hostile, LaneGrouping::Actors, {});
        harmlessLanes.build(*harmless, LaneGrouping::Actors, {});
        const TimelineRenderer hostileRenderer(hostileLanes, hostile->events, TimelineTheme::light());
        const TimelineRenderer harmlessRenderer(harmlessLanes, harmless->events, TimelineTheme::light());
        const TimeMapping mapping{at("2024-07-10T00:00"), 400.0};
        QElapsedTimer timer;
        timer.start();
        const Rendered a = render(hostileRenderer, mapping);
        QVERIFY2(timer.elapsed() < 5000, "a hostile title must not make a frame crawl");
        const Rendered b = render(harmlessRenderer, mapping);

        const int top = int(hostileRenderer.laneTop(1, 0));
        const int bottom = top + hostileRenderer.geometry().laneHeight();
        int differing = 0;
        for (int y = 0; y < a.image.height(); ++y) {
            if (y >= top && y < bottom)
                continue;
            for (int x = 0; x < a.image.width(); ++x)
                differing += a.image.pixel(x, y) != b.image.pixel(x, y);
        }
        QCOMPARE(differing, 0);

        // Its label, if shown, lies within the lane's drawing area.
        const QRectF area(hostileRenderer.geometry().headerWidth, top,
                          imageSize.width() - hostileRenderer.geometry().headerWidth,
                          hostileRenderer.geometry().laneHeight());
        for (const TimelineFrame::Item &item : a.frame.items) {
            if (item.event == 1 && !item.label.isEmpty())
                QVERIFY2(area.contains(item.label), qPrintable(item.labelText.left(40)));
        }
    }

    // Level of detail

    void denseLanesSwitchToDensityStrips_data()
    {
        QTest::addColumn<qint64>("span"); // seconds across the 1000 px of the timeline area
        QTest::addColumn<bool>("density");
        // The lane holds an event a minute; the threshold is in events per pixel column.
        const double threshold = 1000 * TimelineRenderer::densityThreshold;
        QTest::addRow("all 5000 events") << 5000 * minute << true;
        QTest::addRow("a quarter more events than the threshold")
            << qint64(threshold * 1.25) * minute << true;
        QTest::addRow("a fifth fewer events than the threshold")
            << qint64(threshold * 0.8) * minute << false;
        QTest::addRow("30 minutes") << 30 * minute << false;
    }

    void denseLanesSwitchToDensityStrips()
    {
        QFETCH(qint64, span);
        QFETCH(bool, density);

        const qint64 first = at("2024-07-01T00:00");
        QJsonArray events;
        for (int i = 0; i < 5000; ++i) {
            events.append(eventJson(QStringLiteral("d%1").arg(i), QStringLiteral("Dense %1").arg(i),
                                    isoMinute(first + i * minute), {}, {QStringLiteral("dense")}));
        }
        for (int i = 0; i < 3; ++i) {
            events.append(eventJson(
                QStringLiteral("s%1").arg(i), QStringLiteral("Sparse %1").arg(i),
                QStringLiteral("2024-07-0%1").arg(i + 1), {}, {QStringLiteral("sparse")}));
        }
        const auto dataset = load({actorJson(QStringLiteral("dense"), QStringLiteral("group"), {},
                                             QStringLiteral("#3a9a4c")),
                                   actorJson(QStringLiteral("sparse"), QStringLiteral("group"))},
                                  events);
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const int denseLane = lanes.laneOfActor(dataset->actorIndex(QStringLiteral("dense")));
        const int sparseLane = lanes.laneOfActor(dataset->actorIndex(QStringLiteral("sparse")));
        QCOMPARE(lanes.laneCount(), 2);

        const TimelineTheme theme = TimelineTheme::light();
        const TimelineRenderer renderer(lanes, dataset->events, theme);
        const double areaWidth = imageSize.width() - renderer.geometry().headerWidth;
        QCOMPARE(areaWidth, 1000.0);
        const TimeMapping mapping{first, double(span) / areaWidth};
        const Rendered rendered = render(renderer, mapping);
        const TimelineFrame &frame = rendered.frame;

        std::vector<quint32> visible;
        lanes.visibleEvents(denseLane, mapping.start, mapping.secondAt(areaWidth) + 1, &visible);
        QCOMPARE(contains(frame.densityLanes, denseLane), density);
        QCOMPARE(itemsInLane(frame, denseLane), density ? 0 : int(visible.size()));
        // The sparse lane keeps its markers whatever its neighbour does.
        QVERIFY(!contains(frame.densityLanes, sparseLane));
        lanes.visibleEvents(sparseLane, mapping.start, mapping.secondAt(areaWidth) + 1, &visible);
        QVERIFY(!visible.empty());
        QCOMPARE(itemsInLane(frame, sparseLane), int(visible.size()));

        if (density) {
            // A column with events has a bar in the lane colour at the foot of the lane; an
            // empty column has none.
            std::vector<quint32> counts;
            lanes.countPerColumn(denseLane, mapping, int(areaWidth), &counts);
            const double y =
                renderer.laneTop(denseLane, 0) + renderer.geometry().laneHeight() - 4.5;
            const QString colour = theme.itemColor(QColor(0x3a9a4c)).name();
            const auto full =
                std::find_if(counts.begin(), counts.end(), [](quint32 count) { return count > 0; });
            QVERIFY(full != counts.end());
            const double left = renderer.geometry().headerWidth;
            QCOMPARE(colourAt(rendered.image, left + double(full - counts.begin()), y), colour);
            const auto empty = std::find(counts.begin(), counts.end(), 0u);
            if (empty != counts.end())
                QVERIFY(colourAt(rendered.image, left + double(empty - counts.begin()), y) !=
                        colour);
        }
    }

    void onlyEventsMeetingTheWindowAreDrawn()
    {
        const QStringList a{QStringLiteral("a")};
        const auto dataset =
            load({actorJson(QStringLiteral("a"), QStringLiteral("state"))},
                 {eventJson(QStringLiteral("long-before"), QStringLiteral("Long before"),
                            QStringLiteral("2024-06-01"), {}, a),
                  eventJson(QStringLiteral("ended-at-start"),
                            QStringLiteral("Ended as the window opens"),
                            QStringLiteral("2024-07-05"), QStringLiteral("2024-07-09"), a),
                  eventJson(QStringLiteral("inside"), QStringLiteral("Inside"),
                            QStringLiteral("2024-07-13"), {}, a),
                  eventJson(QStringLiteral("long-range"), QStringLiteral("Long range"),
                            QStringLiteral("2023-01"), QStringLiteral("2025-12"), a),
                  eventJson(QStringLiteral("after"), QStringLiteral("After"),
                            QStringLiteral("2024-08-20"), {}, a),
                  eventJson(QStringLiteral("far-after"), QStringLiteral("Far after"),
                            QStringLiteral("2030"), {}, a)});
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineRenderer renderer(lanes, dataset->events, TimelineTheme::light());
        // 25 days from 10 July: 40 px a day.
        const Rendered rendered = render(renderer, {at("2024-07-10"), day / 40.0});
        QStringList drawn;
        for (const TimelineFrame::Item &item : rendered.frame.items)
            drawn << dataset->events.id(item.event);
        drawn.sort();
        QCOMPARE(drawn, (QStringList{QStringLiteral("inside"), QStringLiteral("long-range")}));
    }

    // Selection

    void selectedEventIsDrawnDifferently()
    {
        const QStringList a{QStringLiteral("a")};
        const auto dataset = load({actorJson(QStringLiteral("a"), QStringLiteral("state"), {},
                                             QStringLiteral("#1f6fb4"))},
                                  {eventJson(QStringLiteral("x"), QStringLiteral("Cabinet meets"),
                                             QStringLiteral("2024-07-12"), {}, a),
                                   eventJson(QStringLiteral("y"), QStringLiteral("Talks in Cairo"),
                                             QStringLiteral("2024-07-16"), {}, a),
                                   eventJson(QStringLiteral("z"), QStringLiteral("Envoys return"),
                                             QStringLiteral("2024-07-22"), {}, a)});
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineRenderer renderer(lanes, dataset->events, TimelineTheme::light());
        const TimeMapping mapping{at("2024-07-10"), day / 40.0};
        const int selected = eventById(*dataset, QStringLiteral("y"));
        const int other = eventById(*dataset, QStringLiteral("z"));
        const Rendered plain = render(renderer, mapping);
        const Rendered highlighted = render(renderer, mapping, selected);

        const auto region = [&](const QImage &image, int event) {
            const TimelineFrame::Item *item = itemOf(plain.frame, event);
            return item ? image.copy(item->marker.adjusted(-5, -5, 5, 5).toAlignedRect())
                        : QImage();
        };
        QVERIFY(!region(plain.image, selected).isNull());
        QVERIFY(region(plain.image, selected) != region(highlighted.image, selected));
        QCOMPARE(region(plain.image, other), region(highlighted.image, other));
        // Same items in the same places; the axis is untouched.
        QCOMPARE(highlighted.frame.items.size(), plain.frame.items.size());
        QCOMPARE(itemOf(highlighted.frame, selected)->marker,
                 itemOf(plain.frame, selected)->marker);
        const QRect axis(0, 0, imageSize.width(), renderer.geometry().axisHeight);
        QCOMPARE(plain.image.copy(axis), highlighted.image.copy(axis));
    }

    void selectedLabelIsMeasuredInItsBoldFont()
    {
        const auto dataset =
            load({actorJson(QStringLiteral("a"), QStringLiteral("state"))},
                 {eventJson(QStringLiteral("x"), QStringLiteral("Cabinet meets"),
                            QStringLiteral("2024-07-12"), {}, {QStringLiteral("a")})});
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineRenderer renderer(lanes, dataset->events, TimelineTheme::light());
        const Rendered rendered = render(renderer, {at("2024-07-10"), day / 40.0}, 0);
        QCOMPARE(rendered.frame.items.size(), size_t(1));
        const TimelineFrame::Item &item = rendered.frame.items.front();
        QCOMPARE(item.labelText, QStringLiteral("Cabinet meets"));
        // The bold title is wider than the regular one: measured in regular, it would be cut.
        QFont bold = timelineFont();
        bold.setBold(true);
        const double boldWidth = QFontMetricsF(bold).horizontalAdvance(item.labelText);
        QVERIFY(boldWidth > QFontMetricsF(timelineFont()).horizontalAdvance(item.labelText));
        QVERIFY2(item.label.width() >= boldWidth - 0.5,
                 qPrintable(QStringLiteral("%1 < %2").arg(item.label.width()).arg(boldWidth)));
    }

    // Lanes

    void actorLanesNestPeopleUnderTheirState()
    {
        const auto dataset = loadActorTree();
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        QCOMPARE(lanes.laneCount(), 6);
        const auto actorOf = [&](const char *id) { return dataset->actorIndex(QLatin1String(id)); };
        const ActorColors colors(*dataset);
        struct Expected
        {
            const char *actor;
            int depth;
            bool hasChildren;
        };
        const Expected expected[] = {{"israel", 0, true},
                                     {"netanyahu", 1, false},
                                     {"gallant", 1, false},
                                     {"egypt", 0, true},
                                     {"sisi", 1, false}};
        for (int lane = 0; lane < 5; ++lane) {
            const LaneSource::LaneInfo &info = lanes.laneInfo(lane);
            const Expected &e = expected[lane];
            QCOMPARE(info.actor, actorOf(e.actor));
            QCOMPARE(info.depth, e.depth);
            QCOMPARE(info.hasChildren, e.hasChildren);
            QVERIFY(!info.collapsed);
            QCOMPARE(lanes.laneOfActor(actorOf(e.actor)), lane);
            QCOMPARE(info.color, colors.of(info.actor));
        }
        QCOMPARE(lanes.laneInfo(0).color, QColor(0x3a7ccc));
        // An event no actor takes part in has a lane of its own, last.
        QCOMPARE(lanes.laneInfo(5).title, QStringLiteral("(no actor)"));
        QCOMPARE(lanes.laneInfo(5).actor, -1);
        QCOMPARE(lanes.lanesOfEvent(eventById(*dataset, QStringLiteral("e7"))), (std::vector<int>{5}));
        // Actors without events in their whole subtree have no lane.
        QCOMPARE(lanes.laneOfActor(actorOf("shoukry")), -1);
        QCOMPARE(lanes.laneOfActor(actorOf("un")), -1);
        QCOMPARE(lanes.laneOfActor(-1), -1);
        QCOMPARE(lanes.laneOfActor(1000), -1);
        // An event of two people appears in both their lanes, not in their state's.
        QCOMPARE(lanes.lanesOfEvent(eventById(*dataset, QStringLiteral("e3"))),
                 (std::vector<int>{1, 2}));
    }

    // Keyboard browsing's questions to the lanes: the next and previous event of a lane in time
    // (from one of its events, from any other event, from nowhere) and the event starting
    // nearest a moment, checked against every event of the sample.
    void aLaneIsSteppedThroughInTime()
    {
        const auto dataset = loadSample();
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const EventStore &events = dataset->events;
        for (int lane = 0; lane < lanes.laneCount(); ++lane) {
            std::vector<int> own; // the lane's events in time (event numbers are in time order)
            for (int event = 0; event < events.count(); ++event) {
                const std::vector<int> of = lanes.lanesOfEvent(event);
                if (std::find(of.begin(), of.end(), lane) != of.end())
                    own.push_back(event);
            }
            std::vector<int> forward;
            for (int event = lanes.stepFrom(lane, -1, 1); event >= 0;
                 event = lanes.stepFrom(lane, event, 1))
                forward.push_back(event);
            QCOMPARE(forward, own);
            std::vector<int> backward;
            for (int event = lanes.stepFrom(lane, -1, -1); event >= 0;
                 event = lanes.stepFrom(lane, event, -1))
                backward.push_back(event);
            QCOMPARE(backward, std::vector<int>(own.rbegin(), own.rend()));
            for (int from = 0; from < events.count(); ++from) {
                const auto after = std::upper_bound(own.begin(), own.end(), from);
                QCOMPARE(lanes.stepFrom(lane, from, 1), after == own.end() ? -1 : *after);
                const auto at = std::lower_bound(own.begin(), own.end(), from);
                QCOMPARE(lanes.stepFrom(lane, from, -1), at == own.begin() ? -1 : *(at - 1));
                // The event nearest this one's start: none of the lane's starts nearer.
                const qint64 moment = events.beginSecond(from) + 3600;
                const int nearest = lanes.nearestTo(lane, moment);
                if (own.empty()) { // a state's lane whose events are all its people's
                    QCOMPARE(nearest, -1);
                    continue;
                }
                QVERIFY(std::binary_search(own.begin(), own.end(), nearest));
                const qint64 distance = std::abs(events.beginSecond(nearest) - moment);
                for (int event : own)
                    QVERIFY(std::abs(events.beginSecond(event) - moment) >= distance);
            }
        }
    }

    void collapsingAParentMergesItsMembersIntoItsLane()
    {
        const auto dataset = loadActorTree();
        QVERIFY(dataset);
        const int israel = dataset->actorIndex(QStringLiteral("israel"));
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {israel});
        QCOMPARE(lanes.laneCount(), 4); // Israel, Egypt, Sisi, (no actor)
        const LaneSource::LaneInfo &info = lanes.laneInfo(0);
        QCOMPARE(info.actor, israel);
        QVERIFY(info.collapsed);
        QVERIFY(info.hasChildren);
        // Its people's events joined it, each once, in time order.
        std::vector<quint32> expected;
        for (const char *id : {"e1", "e2", "e3", "e4"})
            expected.push_back(quint32(eventById(*dataset, QLatin1String(id))));
        QCOMPARE(allEventsOf(lanes, 0), expected);
        for (const char *id : {"israel", "netanyahu", "gallant"})
            QCOMPARE(lanes.laneOfActor(dataset->actorIndex(QLatin1String(id))), 0);
        QCOMPARE(lanes.lanesOfEvent(eventById(*dataset, QStringLiteral("e3"))),
                 std::vector<int>{0});
        // The other state is untouched.
        QCOMPARE(lanes.laneInfo(1).actor, dataset->actorIndex(QStringLiteral("egypt")));
        QCOMPARE(lanes.laneInfo(2).depth, 1);
        QVERIFY(!lanes.laneInfo(1).collapsed);
    }

    void manyActorsLayOutInLinearTime()
    {
        // Hostile input: a file of 100,000 actors, 10,000 of them at the top with nine members
        // each. A scan of every actor for the children of each actor took tens of
        // seconds; the lanes must be laid out in well under the bound, which leaves room for
        // sanitizer builds.
        auto dataset = std::make_shared<Dataset>();
        constexpr int count = 100000;
        dataset->actors.resize(count);
        for (int i = 0; i < count; ++i)
            dataset->actors[size_t(i)].parent = i % 10 == 0 ? -1 : i - i % 10;
        const quint32 first = 0, last = count - 1;
        EventStore::NewEvent event;
        event.id = "a";
        event.title = "a";
        event.start = PartialDate::fromYear(2024);
        event.actors = std::span(&first, 1);
        dataset->events.append(event);
        event.id = "b";
        event.actors = std::span(&last, 1);
        dataset->events.append(event);
        std::vector<quint32> identity(count);
        std::iota(identity.begin(), identity.end(), 0u);
        dataset->events.finish(count, identity, {});

        QElapsedTimer timer;
        timer.start();
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        // The first actor, and the last one under its parent.
        QCOMPARE(lanes.laneCount(), 3);
        QCOMPARE(lanes.laneOfActor(0), 0);
        QCOMPARE(lanes.laneOfActor(count - 10), 1);
        QCOMPARE(lanes.laneOfActor(count - 1), 2);
        QCOMPARE(lanes.laneInfo(2).depth, 1);
    }

    void groupingsProduceTheirLanes_data()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::addColumn<QStringList>("collapsed");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QList<int>>("counts"); // events per lane

        const QString israel = QStringLiteral("Israel");
        const QString egypt = QStringLiteral("Egypt");
        QTest::addRow("actors") << LaneGrouping::Actors << QStringList()
                                << QStringList{israel, QStringLiteral("Netanyahu"),
                                               QStringLiteral("Gallant"), egypt,
                                               QStringLiteral("Sisi"), QStringLiteral("(no actor)")}
                                << QList<int>{1, 2, 2, 1, 1, 1};
        QTest::addRow("actors, Israel collapsed")
            << LaneGrouping::Actors << QStringList{QStringLiteral("israel")}
            << QStringList{israel, egypt, QStringLiteral("Sisi"), QStringLiteral("(no actor)")}
            << QList<int>{4, 1, 1, 1};
        QTest::addRow("actors, both states collapsed")
            << LaneGrouping::Actors
            << QStringList{QStringLiteral("israel"), QStringLiteral("egypt")}
            << QStringList{israel, egypt, QStringLiteral("(no actor)")} << QList<int>{4, 2, 1};
        QTest::addRow("actors, a person collapsed changes nothing")
            << LaneGrouping::Actors << QStringList{QStringLiteral("netanyahu")}
            << QStringList{israel, QStringLiteral("Netanyahu"), QStringLiteral("Gallant"), egypt,
                           QStringLiteral("Sisi"), QStringLiteral("(no actor)")}
            << QList<int>{1, 2, 2, 1, 1, 1};
        QTest::addRow("actor kinds") << LaneGrouping::ActorKinds << QStringList()
                                     << QStringList{Vocabulary::label(ActorKind::State),
                                                    Vocabulary::label(ActorKind::Person)}
                                     << QList<int>{2, 4};
        QTest::addRow("tags") << LaneGrouping::Tags << QStringList()
                              << QStringList{QStringLiteral("war"), QStringLiteral("talks"),
                                             QStringLiteral("(no tag)")}
                              << QList<int>{3, 3, 2};
        QTest::addRow("single") << LaneGrouping::Single << QStringList()
                                << QStringList{QStringLiteral("All events")} << QList<int>{7};
    }

    void groupingsProduceTheirLanes()
    {
        QFETCH(LaneGrouping, grouping);
        QFETCH(QStringList, collapsed);
        QFETCH(QStringList, titles);
        QFETCH(QList<int>, counts);

        const auto dataset = loadActorTree();
        QVERIFY(dataset);
        QSet<int> collapsedActors;
        for (const QString &id : collapsed)
            collapsedActors.insert(dataset->actorIndex(id));
        TimelineLanes lanes;
        lanes.build(*dataset, grouping, collapsedActors);
        QStringList laneTitles;
        QList<int> laneCounts;
        for (int lane = 0; lane < lanes.laneCount(); ++lane) {
            laneTitles << lanes.laneInfo(lane).title;
            const std::vector<quint32> events = allEventsOf(lanes, lane);
            laneCounts << int(events.size());
            QVERIFY(std::is_sorted(events.begin(), events.end()));
            QVERIFY(lanes.laneInfo(lane).color.isValid());
        }
        QCOMPARE(laneTitles, titles);
        QCOMPARE(laneCounts, counts);
    }

    void countPerColumnCountsEventsStartingInEachColumn_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<double>("secondsPerPixel");
        QTest::addColumn<int>("columns");

        QTest::addRow("July in 1000 columns") << at("2024-07-01") << 31.0 * day / 1000 << 1000;
        QTest::addRow("a day in 700 columns") << at("2024-07-13") << double(day) / 700 << 700;
        QTest::addRow("an hour in 333 columns") << at("2024-07-13T10:00") << 3600.0 / 333 << 333;
        QTest::addRow("half a second per column") << at("2024-07-13T10:00") << 0.5 << 1000;
        QTest::addRow("a year in 1000 columns") << at("2024-01-01") << 366.0 * day / 1000 << 1000;
        QTest::addRow("before all data") << at("2020-01-01") << 60.0 << 1000;
        QTest::addRow("no columns") << at("2024-07-01") << 60.0 << 0;
    }

    void countPerColumnCountsEventsStartingInEachColumn()
    {
        QFETCH(qint64, start);
        QFETCH(double, secondsPerPixel);
        QFETCH(int, columns);

        const auto dataset = loadScattered();
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Single, {});
        const TimeMapping mapping{start, secondsPerPixel};
        std::vector<quint32> counts{99};
        lanes.countPerColumn(0, mapping, columns, &counts);
        QCOMPARE(counts.size(), size_t(columns));

        const EventStore &store = dataset->events;
        qint64 inWindow = 0;
        qint64 total = 0;
        for (int event = 0; event < store.count(); ++event) {
            const qint64 begin = store.beginSecond(event);
            if (begin >= mapping.secondAt(0) && begin < mapping.secondAt(columns))
                ++inWindow;
        }
        for (int column = 0; column < columns; ++column) {
            quint32 expected = 0;
            for (int event = 0; event < store.count(); ++event) {
                const qint64 begin = store.beginSecond(event);
                expected +=
                    begin >= mapping.secondAt(column) && begin < mapping.secondAt(column + 1);
            }
            QCOMPARE(counts[size_t(column)], expected);
            total += counts[size_t(column)];
        }
        QCOMPARE(total, inWindow);
    }

    void visibleEventsIncludeRangesBegunBeforeTheWindow_data()
    {
        QTest::addColumn<qint64>("t0");
        QTest::addColumn<qint64>("t1");
        QTest::addColumn<bool>("longRangeVisible");

        QTest::addRow("a day in July") << at("2024-07-13") << at("2024-07-14") << true;
        QTest::addRow("an hour") << at("2024-07-13T10:00") << at("2024-07-13T11:00") << true;
        QTest::addRow("all of 2024") << at("2024-01-01") << at("2025-01-01") << true;
        QTest::addRow("before the long range") << at("2019-01-01") << at("2019-06-01") << false;
        QTest::addRow("as the long range ends") << at("2026-01-01") << at("2026-06-01") << false;
        QTest::addRow("the last second of the long range")
            << at("2025-12-31T23:59") + 59 << at("2026-01-01") << true;
    }

    void visibleEventsIncludeRangesBegunBeforeTheWindow()
    {
        QFETCH(qint64, t0);
        QFETCH(qint64, t1);
        QFETCH(bool, longRangeVisible);

        const auto dataset = loadScattered();
        QVERIFY(dataset);
        const int longRange = eventById(*dataset, QStringLiteral("long-range"));
        QVERIFY(longRange >= 0);
        for (LaneGrouping grouping : {LaneGrouping::Single, LaneGrouping::Actors}) {
            TimelineLanes lanes;
            lanes.build(*dataset, grouping, {});
            for (int lane = 0; lane < lanes.laneCount(); ++lane) {
                std::vector<quint32> visible;
                lanes.visibleEvents(lane, t0, t1, &visible);
                QCOMPARE(visible, eventsMeeting(dataset->events, allEventsOf(lanes, lane), t0, t1));
                QVERIFY(lanes.countCandidates(lane, t0, t1) >= qint64(visible.size()));
            }
            std::vector<quint32> visible;
            const int lane =
                grouping == LaneGrouping::Single ? 0 : lanes.lanesOfEvent(longRange).front();
            lanes.visibleEvents(lane, t0, t1, &visible);
            QCOMPARE(contains(std::vector<int>(visible.begin(), visible.end()), longRange),
                     longRangeVisible);
        }
    }

    // Whole pictures

    void laneAtFindsTheLaneUnderAPoint()
    {
        const auto dataset = loadActorTree();
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineRenderer renderer(lanes, dataset->events, TimelineTheme::light());
        const TimelineGeometry &geometry = renderer.geometry();
        // Lanes as tall as their label rows: one event, one row; more, two.
        int expectedHeight = geometry.axisHeight;
        bool shortLane = false;
        for (int lane = 0; lane < lanes.laneCount(); ++lane) {
            const int rows = lanes.laneInfo(lane).labelRows;
            QCOMPARE(renderer.laneHeight(lane), geometry.laneHeight(rows));
            shortLane = shortLane || rows == 1;
            expectedHeight += geometry.laneHeight(rows);
        }
        QVERIFY(shortLane);
        QVERIFY(geometry.laneHeight(1) < geometry.laneHeight(2));
        QCOMPARE(renderer.contentHeight(), expectedHeight);
        for (int offset : {0, 30}) {
            for (int lane = 0; lane < lanes.laneCount(); ++lane) {
                const double top = renderer.laneTop(lane, offset);
                if (top >= geometry.axisHeight)
                    QCOMPARE(renderer.laneAt(top + 1, offset), lane);
                QCOMPARE(renderer.laneAt(top + renderer.laneHeight(lane) - 1, offset), lane);
                if (lane + 1 < lanes.laneCount())
                    QCOMPARE(renderer.laneTop(lane + 1, offset), top + renderer.laneHeight(lane));
            }
        }
        QCOMPARE(renderer.laneAt(geometry.axisHeight - 1, 0), -1);
        QCOMPARE(renderer.laneAt(renderer.contentHeight() + 1, 0), -1);
    }

    void sampleDatasetRendersAtEveryZoom_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::addColumn<bool>("dark");
        QTest::addRow("fit all") << int(FitAll) << false;
        QTest::addRow("fit all, dark") << int(FitAll) << true;
        QTest::addRow("widest window") << int(Widest) << false;
        QTest::addRow("one hour on 15 July 2024") << int(OneHour) << false;
        QTest::addRow("one hour, dark") << int(OneHour) << true;
        QTest::addRow("ten minutes") << int(Narrowest) << false;
    }

    void sampleDatasetRendersAtEveryZoom()
    {
        QFETCH(int, zoom);
        QFETCH(bool, dark);

        const auto dataset = loadSample();
        QVERIFY(dataset);
        QVERIFY(dataset->events.count() > 10);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineTheme theme = dark ? TimelineTheme::darkTheme() : TimelineTheme::light();
        const TimelineRenderer renderer(lanes, dataset->events, theme);

        VisibleWindow window;
        window.setWidth(imageSize.width() - renderer.geometry().headerWidth);
        window.setDataBounds(dataset->events.earliestBegin(), dataset->events.latestEnd());
        switch (zoom) {
        case FitAll:
            window.fitAll();
            break;
        case Widest:
            window.zoomAround(500, 1e-30);
            break;
        case OneHour:
            window.setRange(at("2024-07-15T09:30"), at("2024-07-15T10:30"));
            break;
        default:
            window.setRange(at("2024-07-15T10:00"), at("2024-07-15T10:00"));
            break;
        }
        const TimeMapping mapping = window.mapping();
        const Rendered rendered = render(renderer, mapping);
        const TimelineFrame &frame = rendered.frame;

        QCOMPARE(frame.contentHeight, renderer.contentHeight());
        QVERIFY(!frame.axis.minor.empty());
        QVERIFY(!frame.axis.major.empty());
        for (const TimelineFrame::Item &item : frame.items) {
            QVERIFY(item.lane >= 0 && item.lane < lanes.laneCount());
            QVERIFY(item.event >= 0 && item.event < dataset->events.count());
            const auto eventLanes = lanes.lanesOfEvent(item.event);
            QVERIFY(contains(eventLanes, item.lane));
            QVERIFY(dataset->events.endSecond(item.event) > window.start());
            QVERIFY(dataset->events.beginSecond(item.event) <= window.end() + 1);
        }
        if (zoom == FitAll)
            QVERIFY(frame.items.size() >= 10);
        // Everything painted: no magenta shows through.
        for (int y = 0; y < imageSize.height(); y += 7) {
            for (int x = 0; x < imageSize.width(); x += 7)
                QVERIFY(rendered.image.pixelColor(x, y) != QColor(Qt::magenta));
        }
        QCOMPARE(colourAt(rendered.image, 1, 1), theme.axisBackground.name());
    }

    // A renderer keeps its labels measured and shaped from frame to frame: its second frame,
    // and a frame after a font change, are the pixels a fresh renderer paints.
    void repaintsMatchAFreshRenderer_data()
    {
        QTest::addColumn<int>("selected");
        QTest::addRow("nothing selected") << -1;
        QTest::addRow("an event selected (bold label)") << 0;
    }

    void repaintsMatchAFreshRenderer()
    {
        QFETCH(int, selected);
        const auto dataset = loadSample();
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineRenderer kept(lanes, dataset->events, TimelineTheme::light());
        VisibleWindow window;
        window.setWidth(imageSize.width() - kept.geometry().headerWidth);
        window.setRange(at("2024-07-10T00:00"), at("2024-07-20T00:00"));
        const TimeMapping mapping = window.mapping();
        QFont large = timelineFont();
        large.setPointSize(13);

        const Rendered first = render(kept, mapping, selected);
        QVERIFY(std::any_of(first.frame.items.begin(), first.frame.items.end(),
                            [](const TimelineFrame::Item &item) { return !item.label.isEmpty(); }));
        const Rendered again = render(kept, mapping, selected);
        QCOMPARE(again.image, first.image);
        const Rendered keptLarge = render(kept, mapping, selected, imageSize, large);
        const TimelineRenderer fresh(lanes, dataset->events, TimelineTheme::light());
        const Rendered freshLarge = render(fresh, mapping, selected, imageSize, large);
        QVERIFY(keptLarge.image != first.image);
        QCOMPARE(keptLarge.image, freshLarge.image);
    }

    void themeColoursFillTheEmptyParts_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void themeColoursFillTheEmptyParts()
    {
        QFETCH(bool, dark);

        const auto dataset = loadSample();
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineTheme theme = dark ? TimelineTheme::darkTheme() : TimelineTheme::light();
        const TimelineRenderer renderer(lanes, dataset->events, theme);
        VisibleWindow window;
        window.setWidth(1000);
        window.setDataBounds(dataset->events.earliestBegin(), dataset->events.latestEnd());
        window.fitAll();
        // Taller than every lane: below them only the background and the grid.
        const QSize size(1200, renderer.contentHeight() + 40);
        const Rendered rendered = render(renderer, window.mapping(), -1, size);
        const double left = renderer.geometry().headerWidth;
        const double x = xBetweenTicks(rendered.frame, window.mapping(), left);
        const double y = renderer.contentHeight() + 20;
        QCOMPARE(colourAt(rendered.image, x, y), theme.background.name());
        QCOMPARE(colourAt(rendered.image, 2, y), theme.headerBackground.name());
        QCOMPARE(colourAt(rendered.image, 1, 1), theme.axisBackground.name());
        if (dark)
            QCOMPARE(theme.background, QColor(0x24272b));
    }

    void rendersWithAPixelSizedFontWithoutWarnings()
    {
        const auto dataset = loadSample();
        QVERIFY(dataset);
        TimelineLanes lanes;
        lanes.build(*dataset, LaneGrouping::Actors, {});
        const TimelineRenderer renderer(lanes, dataset->events, TimelineTheme::light());
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(12);
        // Neither the fonts nor the painter may complain about it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(QFont|QPainter)")));
        const Rendered rendered =
            render(renderer, {at("2024-07-01"), 31.0 * day / 1000}, -1, imageSize, font);
        QVERIFY(!rendered.frame.items.empty());
    }

private:
    // 300 events scattered over July 2024 between two actors, of every length: minutes, hours,
    // days, weeks, the month; and one range from 2020 to 2025.
    std::shared_ptr<const Dataset> loadScattered()
    {
        QJsonArray events;
        quint32 state = 12345;
        const qint64 july = at("2024-07-01");
        for (int i = 0; i < 300; ++i) {
            state = state * 1103515245u + 12345u;
            const qint64 offset = qint64(state >> 8) % (31 * day / minute);
            const qint64 start = july + offset * minute;
            const QString startText = isoMinute(start);
            QString startDate = startText, endDate;
            if (i % 5 == 1) // hours
                endDate = isoMinute(std::min(start + (i % 7 + 1) * hour, at("2024-07-31T23:59")));
            else if (i % 5 == 2) // a day
                startDate = startText.left(10);
            else if (i % 10 == 3) { // days to weeks
                const int first = i % 9 + 1;
                startDate = QStringLiteral("2024-07-%1").arg(first, 2, 10, QLatin1Char('0'));
                endDate = QStringLiteral("2024-07-%1").arg(first + i % 20, 2, 10, QLatin1Char('0'));
            } else if (i % 50 == 8) // the whole month
                startDate = QStringLiteral("2024-07");
            events.append(eventJson(QStringLiteral("s%1").arg(i),
                                    QStringLiteral("Scattered %1").arg(i), startDate, endDate,
                                    {i % 3 ? QStringLiteral("a") : QStringLiteral("b")}));
        }
        events.append(eventJson(QStringLiteral("long-range"), QStringLiteral("The long range"),
                                QStringLiteral("2020"), QStringLiteral("2025"),
                                {QStringLiteral("b")}));
        return load({actorJson(QStringLiteral("a"), QStringLiteral("state")),
                     actorJson(QStringLiteral("b"), QStringLiteral("state"))},
                    events);
    }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
