// SPDX-License-Identifier: MIT
#include "archivespanexport.h"

#include "archiveimage.h"
#include "archivelanesource.h"
#include "civilcalendar.h"
#include "dateformat.h"
#include "partialdate.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>

namespace {

struct SpanExportText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveSpanExport)
};

} // namespace

ArchiveSpanExport::ArchiveSpanExport(Request request, QObject *parent)
    : QObject(parent), m_request(std::move(request))
{
}

ArchiveSpanExport::~ArchiveSpanExport() = default;

QString ArchiveSpanExport::spanText(qint64 first, qint64 last, const QLocale &locale)
{
    const auto day = [](qint64 second) {
        const CivilCalendar::CivilDay civil =
            CivilCalendar::civilFromDays(CivilCalendar::floorDiv(second, 86'400));
        return PartialDate::fromYearMonthDay(civil.year, civil.month, civil.day);
    };
    return DateFormat::range(day(first), day(std::max(first, last)), locale);
}

void ArchiveSpanExport::start()
{
    m_running = true;
    m_rounds = 0;
    m_arrived = 0;
    m_lastAsked = 0;
    m_source = std::make_unique<ArchiveLaneSource>(m_request.address);
    m_source->setFilter(m_request.filter);
    m_source->setActorColors(m_request.actorColors);
    connect(m_source.get(), &ArchiveLaneSource::lanesChanged, this, &ArchiveSpanExport::lanesReady);
    connect(m_source.get(), &ArchiveLaneSource::tilesArrived, this, &ArchiveSpanExport::tilesIn);
    connect(m_source.get(), &ArchiveLaneSource::eventsReplaced, this, &ArchiveSpanExport::tilesIn);
    connect(m_source.get(), &ArchiveLaneSource::failed, this, [this](const QString &problem) {
        finish(SpanExportText::tr("the archive did not answer: %1").arg(problem));
    });
    m_source->open(m_request.longestEvent);
    emit progress(0, 1);
}

void ArchiveSpanExport::cancel()
{
    if (m_running)
        finish(SpanExportText::tr("cancelled"));
}

void ArchiveSpanExport::lanesReady()
{
    if (!m_running || m_source->state() != ArchiveLaneSource::State::Ready)
        return;
    if (m_source->laneCount() == 0) {
        finish(SpanExportText::tr("no event in the archive passes the filter"));
        return;
    }
    // The events' span with a twentieth to spare on each side (as Fit All shows it on screen),
    // and never less than ten minutes.
    const qint64 first = m_source->earliestBegin();
    const qint64 last = std::max(m_source->latestEnd(), first + 1);
    const qint64 length = std::max<qint64>(last - first, 600);
    const qint64 pad = qint64(double(length) * 0.05);
    m_start = first + (last - first) / 2 - length / 2 - pad;
    m_end = m_start + length + 2 * pad;
    m_laneCount = m_source->laneCount();
    // As many lanes as the tallest picture holds, busiest first.
    const TimelineRenderer renderer(*m_source, m_source->events(), TimelineTheme::light());
    const int axis = renderer.geometry().axisHeight;
    m_lanesShown = 0;
    m_timelineHeight = axis;
    while (m_lanesShown < m_source->laneCount()
           && m_timelineHeight + renderer.laneHeight(m_lanesShown) <= maxTimelineHeight)
        m_timelineHeight += renderer.laneHeight(m_lanesShown++);
    m_timelineHeight = std::max(m_timelineHeight, 150);
    layOut();
}

void ArchiveSpanExport::tilesIn()
{
    // Painted again only once everything asked for is in: a paint with half its counts would
    // only ask for what is already on its way.
    if (!m_running || m_source->state() != ArchiveLaneSource::State::Ready || m_start >= m_end)
        return;
    const int pending = std::min(m_source->pendingRequests(), m_lastAsked);
    emit progress(m_arrived + m_lastAsked - pending, m_arrived + m_lastAsked);
    if (pending == 0)
        layOut();
}

TimelineRenderRequest ArchiveSpanExport::renderRequest(const TimelineRenderer &renderer) const
{
    TimelineRenderRequest request;
    request.size = QSize(m_request.width, m_timelineHeight);
    const int width = std::max(1, m_request.width - renderer.geometry().headerWidth);
    request.mapping = TimeMapping(m_start, double(m_end - m_start) / width);
    request.font = m_request.font;
    request.locale = m_request.locale;
    return request;
}

void ArchiveSpanExport::layOut()
{
    if (++m_rounds > maxRounds) {
        finish(SpanExportText::tr("the archive's answers for the whole span do not fit in memory "
                                  "at once; export a narrower filter"));
        return;
    }
    const TimelineRenderer renderer(*m_source, m_source->events(), TimelineTheme::light());
    const TimelineRenderRequest request = renderRequest(renderer);
    // A new view for the source: the tiles this paint asks for are kept until the next one.
    // Painted, not measured: a paint asks only for the lanes the picture holds, and the pixels
    // do not matter (the renderer culls by the request's size, not by the device's).
    m_source->beginView();
    QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&scratch);
    renderer.paint(painter, request);
    painter.end();
    m_arrived += m_lastAsked;
    m_lastAsked = m_source->pendingRequests();
    if (m_lastAsked > 0) {
        emit progress(m_arrived, m_arrived + m_lastAsked);
        return;
    }
    // Everything this paint needed had arrived: its picture is the whole one.
    QString caption = m_request.caption;
    if (m_lanesShown < m_source->laneCount())
        caption += SpanExportText::tr("  ·  the busiest %1 of %2 actors")
                       .arg(m_request.locale.toString(m_lanesShown),
                            m_request.locale.toString(m_source->laneCount()));
    caption += QStringLiteral("  ·  ")
               + spanText(m_source->earliestBegin(), m_source->latestEnd() - 1, m_request.locale);
    emit progress(m_arrived, m_arrived);
    finish(ArchiveImage::write(m_request.path, m_request.format, *m_source, request, caption));
}

void ArchiveSpanExport::finish(const QString &problem)
{
    m_running = false;
    // The source goes later: this may be called from one of its signals.
    if (m_source) {
        m_source->disconnect(this);
        m_source.release()->deleteLater();
    }
    emit finished(problem);
}
