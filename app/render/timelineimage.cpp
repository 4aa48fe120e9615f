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

// TimelineImage is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct TimelineImageText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineImage)
};

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

ExportPlan::Plan TimelineImage::plan(const Dataset &dataset, const FilterResult *filter,
                                    const Options &options)
{
    ExportPlan::Request request;
    request.size = options.size;
    request.fit = options.format == Format::Pdf
        ? (options.onePage ? ExportPlan::Fit::Grow : ExportPlan::Fit::Pages)
        : (options.fixedSize ? ExportPlan::Fit::Fixed : ExportPlan::Fit::Grow);
    if (options.format == Format::Pdf && options.onePage)
        request.maxHeight = 200000; // scaled onto the page: vector text stays sharp when zoomed
    // A PNG's pixels are the logical size times the scale: keep the image a sane allocation.
    if (options.format == Format::Png)
        request.maxHeight = int(std::min(16000.0, 32000.0 / std::max(1.0, options.scale)));
    request.grouping = options.grouping;
    request.start = options.start;
    request.end = options.end;
    request.breaks = options.breaks;
    request.title = options.title;
    request.legend = options.legend;
    request.caption = options.caption;
    return ExportPlan::make(dataset, filter, request);
}

TimelineFrame TimelineImage::paintPage(QPainter &painter, const ExportPlan::Plan &plan,
                                       int pageIndex, Theme themeName)
{
    // The picture reads left to right in every language, like the timeline in it.
    painter.setLayoutDirection(Qt::LeftToRight);
    TimelineFrame frame;
    using ExportPlan::Plan;
    const TimelineTheme theme = themeFor(themeName);
    const ExportPlan::Page &page = plan.pages[size_t(pageIndex)];
    const QSizeF size(plan.pageSize);
    const double margin = Plan::margin;
    const double width = size.width() - 2 * margin;
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), theme.background);
    double y = margin;

    if (page.title && !plan.title.isEmpty()) {
        painter.setFont(plan.titleFont);
        painter.setPen(theme.text);
        const QFontMetricsF metrics(plan.titleFont);
        painter.drawText(QRectF(margin, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(plan.title, Qt::ElideRight, width));
        y += plan.titleHeight();
    }

    const TimelineRenderer renderer(*plan.lanes, plan.dataset->events, theme, plan.geometry);
    if (page.endLane > page.firstLane) {
        const int lanesTop = int(renderer.laneTop(page.firstLane, 0)) - plan.geometry.axisHeight;
        const int lanesBottom = page.endLane < plan.lanes->laneCount()
            ? int(renderer.laneTop(page.endLane, 0)) - plan.geometry.axisHeight
            : renderer.contentHeight() - plan.geometry.axisHeight;
        TimelineRenderRequest request;
        request.mapping = plan.mapping;
        request.size = QSize(int(width), plan.geometry.axisHeight + lanesBottom - lanesTop);
        request.verticalOffset = lanesTop;
        request.font = plan.font;
        request.locale = QLocale();
        request.crowdedLabels = LaneLayout::CrowdedLabels::Number;
        request.finestStep = plan.finestStep;
        request.labelNumbers = &plan.numbers;
        request.periods = plan.dataset->periods;
        painter.save();
        painter.translate(margin, y);
        painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(request.size)));
        frame = renderer.paint(painter, request);
        painter.restore();
        y += request.size.height() + 8;
    }

    // The key: each numbered label's box again, then the event's title and date.
    painter.setFont(plan.font);
    const QFontMetricsF metrics(plan.font);
    for (int k = page.firstKey; k < page.endKey; ++k) {
        const TimelineKeyEntry &entry = plan.key[size_t(k)];
        const double height = plan.keyLineHeight(k);
        // An event too crowded for a number of its own is listed with a dash.
        const QString number = entry.number > 0 ? QString::number(entry.number) : QStringLiteral("–");
        const QRectF box(margin, y + 1, std::max(22.0, metrics.horizontalAdvance(number) + 8),
                         metrics.height());
        painter.setPen(QPen(theme.itemColor(plan.lanes->laneInfo(entry.lane).color), 1.0));
        painter.setBrush(theme.background);
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter.setPen(theme.text);
        painter.drawText(box, Qt::AlignCenter, number);
        painter.drawText(QRectF(margin + 40, y, width - 40, height), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         plan.keyTexts[size_t(k)]);
        y += height;
    }
    if (page.endKey > page.firstKey)
        y += 8;

    if (page.legend && !plan.legend.empty()) {
        const std::vector<int> lines = ExportPlan::legendLines(plan, width);
        const double h = metrics.height();
        for (size_t line = 0; line < lines.size(); ++line) {
            const int end = line + 1 < lines.size() ? lines[line + 1] : int(plan.legend.size());
            double x = margin;
            for (int i = lines[line]; i < end; ++i) {
                const ExportPlan::LegendEntry &entry = plan.legend[size_t(i)];
                const double textWidth = metrics.horizontalAdvance(entry.title);
                painter.fillRect(QRectF(x, y + (h - 12) / 2, 14, 12), entry.color);
                painter.setPen(theme.text);
                painter.drawText(QRectF(x + 18, y, textWidth + 2, h), Qt::AlignLeft | Qt::AlignVCenter,
                                 entry.title);
                x += 18 + textWidth + 16;
            }
            y += h;
        }
    }

    QString caption = plan.caption;
    if (plan.pages.size() > 1)
        //: Added to the caption of each page of a PDF export
        caption +=
            TimelineImageText::tr(" — page %1 of %2").arg(pageIndex + 1).arg(plan.pages.size());
    if (!caption.isEmpty()) {
        painter.setFont(plan.captionFont);
        painter.setPen(theme.mutedText);
        const QRectF box = QFontMetricsF(plan.captionFont)
                               .boundingRect(QRectF(0, 0, width, 1e6),
                                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption);
        painter.drawText(QRectF(margin, size.height() - margin - box.height(), width, box.height()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption);
    }
    painter.restore();
    return frame;
}

void TimelineImage::paint(QPainter &painter, const Dataset &dataset, const FilterResult *filter,
                          const Options &options)
{
    paintPage(painter, plan(dataset, filter, options), 0, options.theme);
}

QString TimelineImage::write(const QString &path, const Dataset &dataset, const FilterResult *filter,
                             const Options &options, Written *written)
{
    if (options.size.width() < 200 || options.size.height() < 150 || options.size.width() > 20000
        || options.size.height() > 20000)
        //: %1 is a width, %2 a height, in pixels
        return TimelineImageText::tr("size %1x%2 is out of range (200x150 to 20000x20000)")
            .arg(options.size.width())
            .arg(options.size.height());
    const ExportPlan::Plan layout = plan(dataset, filter, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return TimelineImageText::tr("cannot write %1: %2").arg(path, file.errorString());
    QSize pageSize = layout.pageSize;
    switch (options.format) {
    case Format::Png: {
        const QSize pixels = (QSizeF(pageSize) * options.scale).toSize();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            //: %1 is a width, %2 a height, in pixels
            return TimelineImageText::tr("not enough memory for a %1x%2 image")
                .arg(pixels.width())
                .arg(pixels.height());
        image.setDevicePixelRatio(options.scale);
        image.fill(Qt::transparent);
        QPainter painter;
        if (!painter.begin(&image))
            return TimelineImageText::tr("cannot paint the image");
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintPage(painter, layout, 0, options.theme);
        painter.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image))
            return TimelineImageText::tr("cannot write %1: %2").arg(path, writer.errorString());
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(pageSize);
        generator.setViewBox(QRect(QPoint(0, 0), pageSize));
        // QSvgGenerator writes these into the XML as they are: escape them, or a title with
        // "&" or "<" makes the file unreadable.
        generator.setTitle((options.title.isEmpty() ? dataset.title : options.title).toHtmlEscaped());
        generator.setDescription(
            TimelineImageText::tr("Timeline exported by Tideline").toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&generator))
            return TimelineImageText::tr("cannot paint the SVG picture");
        paintPage(painter, layout, 0, options.theme);
        painter.end();
        break;
    }
    case Format::Pdf: {
        pageSize = options.size;
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(pageSize) * 72.0 / 96.0, QPageSize::Point,
                                     QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(options.title.isEmpty() ? dataset.title : options.title);
        writer.setCreator(QStringLiteral("Tideline"));
        QPainter painter;
        if (!painter.begin(&writer))
            return TimelineImageText::tr("cannot paint the PDF page");
        if (options.onePage) {
            // The whole picture, scaled down onto the page and centred across it.
            const double factor = std::min(1.0, double(pageSize.height()) / layout.pageSize.height());
            painter.translate((pageSize.width() - layout.pageSize.width() * factor) / 2, 0);
            painter.scale(factor, factor);
            paintPage(painter, layout, 0, options.theme);
        } else {
            for (int page = 0; page < int(layout.pages.size()); ++page) {
                if (page > 0 && !writer.newPage())
                    return TimelineImageText::tr("cannot add page %1 to the PDF").arg(page + 1);
                paintPage(painter, layout, page, options.theme);
            }
        }
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return TimelineImageText::tr("cannot write %1: %2").arg(path, file.errorString());
    if (written) {
        written->size = pageSize;
        written->pages = options.format == Format::Pdf && !options.onePage ? int(layout.pages.size()) : 1;
        written->lanes = layout.lanes->laneCount() - layout.lanesLeftOut;
        written->lanesLeftOut = layout.lanesLeftOut;
        written->foldedMembers = layout.foldedMembers;
    }
    return {};
}
