// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "exportcaption.h"
#include "filterspec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

#include <cmath>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

struct Preset
{
    const char *name;
    QSize size;
};
// A4 and Letter landscape at 96 pixels per inch: one page of that paper size in a PDF.
const Preset presets[] = {{QT_TRANSLATE_NOOP("ExportDialog", "1920 × 1080 (Full HD)"), {1920, 1080}},
                          {QT_TRANSLATE_NOOP("ExportDialog", "3840 × 2160 (4K)"), {3840, 2160}},
                          {QT_TRANSLATE_NOOP("ExportDialog", "A4 landscape"), {1123, 794}},
                          {QT_TRANSLATE_NOOP("ExportDialog", "Letter landscape"), {1056, 816}},
                          //: A picture size the user types in
                          {QT_TRANSLATE_NOOP("ExportDialog", "Custom"), {}}};

} // namespace

ExportDialog::ExportDialog(FilterState *filter, VisibleWindow *window, LaneGrouping grouping,
                           QWidget *parent)
    : QDialog(parent), m_filter(filter), m_window(window), m_grouping(grouping),
      m_format(new QComboBox(this)),
      m_visible(new QRadioButton(tr("The visible window"), this)),
      m_whole(new QRadioButton(tr("Everything the filter passes"), this)),
      m_sizePreset(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QDoubleSpinBox(this)), m_theme(new QComboBox(this)),
      m_useTitle(new QCheckBox(tr("Title:"), this)), m_title(new QLineEdit(this)),
      m_legend(new QCheckBox(tr("Legend of actors"), this)),
      m_caption(new QCheckBox(tr("Caption with the filter and the sources"), this)),
      m_fit(new QCheckBox(this)),
      m_breaks(new QCheckBox(tr("Collapse long empty stretches into a break mark"), this)),
      m_previewLabel(new QLabel(this))
{
    setWindowTitle(tr("Export Timeline Image"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF page (vector, searchable text)"), QStringLiteral("pdf"));
    for (const Preset &preset : presets)
        m_sizePreset->addItem(tr(preset.name), preset.size);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 20000);
        box->setSuffix(tr(" px"));
    }
    m_height->setMinimum(150);
    m_scale->setRange(1.0, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setToolTip(tr("Pixels per logical pixel in a PNG, for high-DPI screens and print"));
    m_theme->addItem(tr("Light"), int(TimelineImage::Theme::Light));
    m_theme->addItem(tr("Dark"), int(TimelineImage::Theme::Dark));
    m_theme->addItem(tr("Transparent background (PNG)"), int(TimelineImage::Theme::Transparent));
    m_previewLabel->setMinimumSize(480, 270);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_sizePreset);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_useTitle);
    titleRow->addWidget(m_title, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Show:"), m_visible);
    form->addRow(QString(), m_whole);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(QString(), m_fit);
    m_breaks->setToolTip(tr("A stretch without events that would take more than 15% of the "
                            "picture is drawn narrow, with a break mark"));
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(titleRow);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_caption);
    form->addRow(QString(), m_breaks);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_previewLabel, 1);
    layout->addWidget(buttons);

    // Remembered choices.
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.value("format", "png"))));
    (settings.value("wholeSpan", false).toBool() ? m_whole : m_visible)->setChecked(true);
    const QSize size = settings.value("size", QSize(1920, 1080)).toSize();
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    const int preset = m_sizePreset->findData(size);
    m_sizePreset->setCurrentIndex(preset >= 0 ? preset : m_sizePreset->count() - 1);
    const double scale = settings.value("scale", 1.0).toDouble();
    m_scale->setValue(std::isfinite(scale) ? scale : 1.0); // the spin box clamps the rest
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(settings.value("theme", 0))));
    m_useTitle->setChecked(settings.value("withTitle", true).toBool());
    m_legend->setChecked(settings.value("legend", true).toBool());
    m_caption->setChecked(settings.value("caption", true).toBool());
    m_fit->setChecked(settings.value("fit", false).toBool());
    m_breaks->setChecked(settings.value("breaks", true).toBool());
    settings.endGroup();
    m_title->setText(m_filter->dataset()->title);

    connect(m_sizePreset, &QComboBox::activated, this, [this](int row) {
        const QSize size = m_sizePreset->itemData(row).toSize();
        if (size.isValid()) {
            m_width->setValue(size.width());
            m_height->setValue(size.height());
        }
    });
    const auto changed = [this] { updatePreview(); };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_visible, &QRadioButton::toggled, this, changed);
    connect(m_width, &QSpinBox::valueChanged, this, changed);
    connect(m_height, &QSpinBox::valueChanged, this, changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_useTitle, &QCheckBox::toggled, this, changed);
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_legend, &QCheckBox::toggled, this, changed);
    connect(m_caption, &QCheckBox::toggled, this, changed);
    connect(m_fit, &QCheckBox::toggled, this, changed);
    connect(m_breaks, &QCheckBox::toggled, this, changed);
    // The filter may change under the dialog (a text query typed just before it opened).
    connect(m_filter, &FilterState::filterChanged, this, changed);
    connect(m_filter, &FilterState::resultChanged, this, changed);
    updatePreview();
}

TimelineImage::Options ExportDialog::options() const
{
    TimelineImage::Options options;
    TimelineImage::formatFromName(m_format->currentData().toString(), &options.format);
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = options.format == TimelineImage::Format::Png ? m_scale->value() : 1.0;
    options.theme = TimelineImage::Theme(m_theme->currentData().toInt());
    options.grouping = m_grouping;
    if (options.theme == TimelineImage::Theme::Transparent && options.format != TimelineImage::Format::Png)
        options.theme = TimelineImage::Theme::Light; // only PNG has a transparent background
    if (m_visible->isChecked()) {
        options.start = m_window->start();
        options.end = m_window->end();
    }
    if (m_useTitle->isChecked())
        options.title = m_title->text();
    options.legend = m_legend->isChecked();
    options.fixedSize = options.format != TimelineImage::Format::Pdf && m_fit->isChecked();
    options.onePage = options.format == TimelineImage::Format::Pdf && m_fit->isChecked();
    options.breaks = m_breaks->isChecked();
    if (m_caption->isChecked())
        options.caption = ExportCaption::text(*m_filter->dataset(),
                                                 FilterSpec::describe(*m_filter->dataset(), m_filter->filter()));
    return options;
}

void ExportDialog::updatePreview()
{
    const bool pdf = m_format->currentData() == QStringLiteral("pdf");
    m_scale->setEnabled(m_format->currentData() == QStringLiteral("png"));
    m_fit->setText(pdf ? tr("Everything on one page, scaled to fit")
                       : tr("Exactly this size (compact lanes, members folded)"));
    m_fit->setToolTip(pdf ? tr("Otherwise lanes that do not fit continue on further pages")
                          : tr("Otherwise the picture grows taller until every lane fits"));
    m_breaks->setEnabled(m_whole->isChecked());
    m_exportButton->setEnabled(!m_filter->isBusy());
    if (m_filter->isBusy()) {
        // The result on hand is an older filter's; drawing it under this caption would mislead.
        m_previewLabel->setText(tr("Applying the filter…"));
        return;
    }
    const TimelineImage::Options o = options();
    // The preview is the picture itself (a PDF's first page), drawn smaller: same layout, same
    // fonts, and as tall as the lanes make it.
    const auto result = m_filter->result();
    const ExportPlan::Plan plan = TimelineImage::plan(*m_filter->dataset(), result.get(), o);
    m_pictureSize = plan.pageSize;
    const QSize box = m_previewLabel->contentsRect().size().boundedTo(QSize(960, 540)).expandedTo(QSize(320, 180));
    const double factor = std::min(double(box.width()) / m_pictureSize.width(),
                                   double(box.height()) / m_pictureSize.height());
    m_preview = QImage((QSizeF(m_pictureSize) * factor).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_preview.fill(Qt::transparent);
    QPainter painter(&m_preview);
    painter.scale(factor, factor);
    TimelineImage::paintPage(painter, plan, 0, o.theme);
    painter.end();
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

QString ExportDialog::exportTo(const QString &path) const
{
    if (m_filter->isBusy())
        return tr("The filter is still being applied; export again in a moment.");
    remember();
    const auto result = m_filter->result();
    return TimelineImage::write(path, *m_filter->dataset(), result.get(), options());
}

void ExportDialog::chooseFileAndExport()
{
    const QString format = m_format->currentData().toString();
    QSettings settings;
    const QString folder = settings.value("export/folder", QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Timeline Image"), QDir(folder).filePath(QStringLiteral("timeline.%1").arg(format)),
        tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    settings.setValue("export/folder", QFileInfo(path).absolutePath());
    const QString problem = exportTo(path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), problem);
        return;
    }
    accept();
}

void ExportDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue("format", m_format->currentData());
    settings.setValue("wholeSpan", m_whole->isChecked());
    settings.setValue("size", QSize(m_width->value(), m_height->value()));
    settings.setValue("scale", m_scale->value());
    settings.setValue("theme", m_theme->currentData());
    settings.setValue("withTitle", m_useTitle->isChecked());
    settings.setValue("legend", m_legend->isChecked());
    settings.setValue("caption", m_caption->isChecked());
    settings.setValue("fit", m_fit->isChecked());
    settings.setValue("breaks", m_breaks->isChecked());
    settings.endGroup();
}

QImage ExportDialog::clipboardImage(FilterState *filter, VisibleWindow *window, LaneGrouping grouping)
{
    if (filter->isBusy())
        return {};
    TimelineImage::Options options;
    options.grouping = grouping;
    options.start = window->start();
    options.end = window->end();
    options.title = filter->dataset()->title;
    options.caption = ExportCaption::text(*filter->dataset(),
                                             FilterSpec::describe(*filter->dataset(), filter->filter()));
    // As wide as asked and as tall as the lanes need: a pasted picture leaves no lane out.
    const auto result = filter->result();
    const ExportPlan::Plan plan = TimelineImage::plan(*filter->dataset(), result.get(), options);
    QImage image(plan.pageSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    TimelineImage::paintPage(painter, plan, 0, options.theme);
    return image;
}
