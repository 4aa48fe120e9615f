// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"
#include "archivequery.h"
#include "timelineimage.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QObject>

#include <memory>

class ArchiveLaneSource;
class TimelineRenderer;
struct TimelineRenderRequest;

// A picture of an archive's whole span under a filter, which no screen has drawn: every lane
// (busiest first) across the span of the events that pass, at a width of the user's choosing.
//
// It opens a lane source of its own, because the window's lets go of the tiles its view no
// longer shows and would cancel what the picture waits for. Then it paints the picture to a
// scratch image until a paint asks for nothing that has not arrived, and paints that one to the
// file (ArchiveImage). Nothing waits: progress() says how far it is, finished()
// when it is done, failed, or cancelled. The file is written all-or-nothing.
class ArchiveSpanExport : public QObject
{
    Q_OBJECT
public:
    // The picture never grows taller than this: the busiest lanes that fit are drawn and the
    // caption says how many of all.
    static constexpr int maxTimelineHeight = 16000;
    // Paints that may ask again for what a tile bound let go before it gives up.
    static constexpr int maxRounds = 40;

    struct Request
    {
        ArchiveAddress address;
        ArchiveFilter filter;
        QHash<QString, QColor> actorColors; // as the window's lanes are drawn
        qint64 longestEvent = -1;           // the window's source's, when known (saves a scan)
        QString path;
        TimelineImage::Format format = TimelineImage::Format::Png;
        int width = 1920;                   // the whole picture's, lane titles included
        QString caption;                    // what the picture is of; the span's dates follow
        QFont font;
        QLocale locale;
    };

    explicit ArchiveSpanExport(Request request, QObject *parent = nullptr);
    ~ArchiveSpanExport() override;

    void start();
    // Stops asking; finished() with the reason, and no file.
    void cancel();
    bool isRunning() const { return m_running; }

    // What the picture shows, once the lanes are known: [start, end) of time, and how many
    // lanes of how many.
    qint64 spanStart() const { return m_start; }
    qint64 spanEnd() const { return m_end; }
    int lanesShown() const { return m_lanesShown; }
    int laneCount() const { return m_laneCount; }
    int rounds() const { return m_rounds; }

    // "15 July 2024 – 3 March 2025": the days from the first second to the last.
    static QString spanText(qint64 first, qint64 last, const QLocale &locale);

signals:
    // `done` of `asked` requests have arrived so far (asked grows as the layout learns more).
    void progress(int done, int asked);
    // An empty problem: the file is written.
    void finished(const QString &problem);

private:
    void lanesReady();
    void tilesIn();
    void layOut();
    TimelineRenderRequest renderRequest(const TimelineRenderer &renderer) const;
    void finish(const QString &problem);

    Request m_request;
    std::unique_ptr<ArchiveLaneSource> m_source;
    qint64 m_start = 0;
    qint64 m_end = 0;
    int m_lanesShown = 0;
    int m_laneCount = 0;
    int m_timelineHeight = 0;
    int m_rounds = 0;
    int m_arrived = 0;     // requests of the layouts before the last, all arrived
    int m_lastAsked = 0;   // requests the last layout was waiting for
    bool m_running = false;
};
