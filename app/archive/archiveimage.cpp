// SPDX-License-Identifier: MIT
#include "archiveimage.h"

#include "archivelanesource.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

struct ArchiveImageText
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveImage)
};

void paintPicture(QPainter &painter, const ArchiveLaneSource &source,
                  const TimelineRenderRequest &request, const QString &caption)
{
    const TimelineTheme theme = TimelineTheme::light();
    const QSize size(request.size.width(), request.size.height() + ArchiveImage::captionHeight);
    painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
    painter.setRenderHint(QPainter::TextAntialiasing);
    TimelineRenderer renderer(source, source.events(), theme);
    painter.save();
    painter.setClipRect(QRect(QPoint(0, 0), request.size));
    renderer.paint(painter, request);
    painter.restore();
    painter.setPen(theme.mutedText);
    painter.setFont(request.font);
    const QRect strip(8, request.size.height(), request.size.width() - 16,
                      ArchiveImage::captionHeight);
    painter.drawText(strip, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(caption, Qt::ElideMiddle, strip.width()));
}

} // namespace

QString ArchiveImage::write(const QString &path, TimelineImage::Format format,
                            const ArchiveLaneSource &source, const TimelineRenderRequest &request,
                            const QString &caption)
{
    const QSize size(request.size.width(), request.size.height() + captionHeight);
    if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000)
        return ArchiveImageText::tr("size %1x%2 is out of range (200x150 to 20000x20000)")
            .arg(size.width())
            .arg(size.height());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ArchiveImageText::tr("cannot write %1: %2").arg(path, file.errorString());
    QPainter painter;
    switch (format) {
    case TimelineImage::Format::Png: {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull() || !painter.begin(&image))
            return ArchiveImageText::tr("not enough memory for a %1x%2 image")
                .arg(size.width())
                .arg(size.height());
        paintPicture(painter, source, request, caption);
        painter.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image))
            return ArchiveImageText::tr("cannot write %1: %2").arg(path, writer.errorString());
        break;
    }
    case TimelineImage::Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // QSvgGenerator writes the description into the XML as it is.
        generator.setDescription(caption.toHtmlEscaped());
        if (!painter.begin(&generator))
            return ArchiveImageText::tr("cannot paint the SVG picture");
        paintPicture(painter, source, request, caption);
        painter.end();
        break;
    }
    case TimelineImage::Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(caption);
        writer.setCreator(QStringLiteral("Tideline"));
        if (!painter.begin(&writer))
            return ArchiveImageText::tr("cannot paint the PDF page");
        paintPicture(painter, source, request, caption);
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return ArchiveImageText::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}
