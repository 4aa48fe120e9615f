// SPDX-License-Identifier: MIT
#include "timelineimage.h"

#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TimelineImage", text);
}

TimelineTheme themeFor(TimelineImage::Theme theme)
{
    TimelineTheme t = theme == TimelineImage::Theme::Dark ? TimelineTheme::darkTheme()
                                                          : TimelineTheme::light();
    if (theme == TimelineImage::Theme::Transparent) {
        t.background = Qt::transparent;
        t.alternateLane = QColor(0, 0, 0, 12);
        t.headerBackground = QColor(255, 255, 255, 200);
        t.axisBackground = QColor(238, 241, 245, 220);
    }
    return t;
}

} // namespace

std::pair<qint64, qint64> TimelineImage::filteredSpan(const Dataset &dataset, const FilterResult *filter)
{
    const EventStore &events = dataset.events;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    const bool filtered = filter && !filter->everything && filter->events.size() == size_t(events.count());
    for (int event = 0; event < events.count(); ++event) {
        if (filtered && !filter->events[size_t(event)])
            continue;
        first = std::min(first, events.beginSecond(event));
        last = std::max(last, events.endSecond(event));
    }
    if (first > last) {
        first = events.earliestBegin();
        last = std::max(events.latestEnd(), first + 86400);
    }
    const qint64 margin = std::max<qint64>((last - first) / 25, 3600);
    return {first - margin, last + margin};
}

bool TimelineImage::formatFromName(const QString &name, Format *format)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("png"))
        *format = Format::Png;
    else if (lower == QLatin1String("svg"))
        *format = Format::Svg;
    else if (lower == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

void TimelineImage::paint(QPainter &painter, const Dataset &dataset, const FilterResult *filter,
                          const Options &options)
{
    const TimelineTheme theme = themeFor(options.theme);
    const QSizeF size(options.size);
    painter.fillRect(QRectF(QPointF(0, 0), size), theme.background);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    // No ligatures where the script does not need them: "fi" stays two letters, so that text
    // in a PDF or SVG is found by search exactly as it is written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF metrics(font);
    const double margin = 16;
    double top = margin;
    double bottom = size.height() - margin;

    if (!options.title.isEmpty()) {
        QFont titleFont = font;
        titleFont.setPixelSize(22);
        titleFont.setBold(true);
        painter.setFont(titleFont);
        painter.setPen(theme.text);
        const double h = QFontMetricsF(titleFont).height();
        painter.drawText(QRectF(margin, top, size.width() - 2 * margin, h),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(titleFont).elidedText(options.title, Qt::ElideRight,
                                                             size.width() - 2 * margin));
        top += h + 8;
    }
    if (!options.caption.isEmpty()) {
        QFont small = font;
        small.setPixelSize(11);
        painter.setFont(small);
        painter.setPen(theme.mutedText);
        const double h = QFontMetricsF(small).height();
        bottom -= h;
        painter.drawText(QRectF(margin, bottom, size.width() - 2 * margin, h),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small).elidedText(options.caption, Qt::ElideRight,
                                                         size.width() - 2 * margin));
        bottom -= 6;
    }

    const bool filtered = filter && !filter->everything
        && filter->events.size() == size_t(dataset.events.count());
    TimelineLanes lanes;
    lanes.build(dataset, options.grouping, {}, filtered ? &filter->events : nullptr);

    if (options.legend && lanes.laneCount() > 0) {
        // The top-level lanes' colours, as many as fit on one line.
        painter.setFont(font);
        const double h = metrics.height();
        bottom -= h;
        double x = margin;
        for (int lane = 0; lane < lanes.laneCount(); ++lane) {
            const LaneSource::LaneInfo &info = lanes.laneInfo(lane);
            if (info.depth > 0)
                continue;
            const double width = 14 + 4 + metrics.horizontalAdvance(info.title) + 16;
            if (x + width > size.width() - margin)
                break;
            painter.fillRect(QRectF(x, bottom + (h - 12) / 2, 14, 12), theme.itemColor(info.color));
            painter.setPen(theme.text);
            painter.drawText(QRectF(x + 18, bottom, width - 18, h), Qt::AlignLeft | Qt::AlignVCenter,
                             info.title);
            x += width;
        }
        bottom -= 8;
    }

    const QRectF area(margin, top, size.width() - 2 * margin, std::max(bottom - top, 50.0));
    auto [start, end] = std::pair{options.start, options.end};
    if (end <= start)
        std::tie(start, end) = filteredSpan(dataset, filter);
    TimelineGeometry geometry;
    geometry.headerWidth = int(std::min(200.0, area.width() / 5));
    const TimelineRenderer renderer(lanes, dataset.events, theme, geometry);
    TimelineRenderRequest request;
    request.size = area.size().toSize();
    request.mapping = {start, double(end - start) / std::max(1.0, area.width() - geometry.headerWidth)};
    request.font = font;
    request.locale = QLocale();
    painter.save();
    painter.translate(area.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), area.size()));
    renderer.paint(painter, request);
    painter.restore();
}

QString TimelineImage::write(const QString &path, const Dataset &dataset, const FilterResult *filter,
                             const Options &options)
{
    if (options.size.width() < 200 || options.size.height() < 150 || options.size.width() > 20000
        || options.size.height() > 20000)
        return tr("size %1x%2 is out of range (200x150 to 20000x20000)")
            .arg(options.size.width())
            .arg(options.size.height());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    switch (options.format) {
    case Format::Png: {
        const QSize pixels = (QSizeF(options.size) * options.scale).toSize();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return tr("not enough memory for a %1x%2 image").arg(pixels.width()).arg(pixels.height());
        image.setDevicePixelRatio(options.scale);
        image.fill(Qt::transparent);
        QPainter painter;
        if (!painter.begin(&image))
            return tr("cannot paint the image");
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(painter, dataset, filter, options);
        painter.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image))
            return tr("cannot write %1: %2").arg(path, writer.errorString());
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(options.size);
        generator.setViewBox(QRect(QPoint(0, 0), options.size));
        // QSvgGenerator writes these into the XML as they are: escape them, or a title with
        // "&" or "<" makes the file unreadable.
        generator.setTitle((options.title.isEmpty() ? dataset.title : options.title).toHtmlEscaped());
        generator.setDescription(tr("Timeline exported by Tideline").toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("cannot paint the SVG picture");
        paint(painter, dataset, filter, options);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(options.size) * 72.0 / 96.0, QPageSize::Point,
                                     QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(options.title.isEmpty() ? dataset.title : options.title);
        writer.setCreator(QStringLiteral("Tideline"));
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("cannot paint the PDF page");
        paint(painter, dataset, filter, options);
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}
