// SPDX-License-Identifier: MIT
#include "archiveexportdialog.h"

#include "archivespanexport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

ArchiveExportDialog::ArchiveExportDialog(QWidget *parent)
    : QDialog(parent),
      m_screen(new QRadioButton(tr("The timeline as it is on &screen"), this)),
      m_whole(new QRadioButton(tr("The &whole span of the events that pass the filter"), this)),
      m_width(new QSpinBox(this)), m_format(new QComboBox(this))
{
    setWindowTitle(tr("Export Image"));
    m_screen->setToolTip(tr("The lanes and the time window in view, the size of the view"));
    m_whole->setToolTip(tr("Every lane, busiest first, from the first event that passes the "
                           "filter to the last; the archive is asked for what the screen has "
                           "not shown"));
    m_width->setRange(800, 16000);
    m_width->setSingleStep(160);
    m_width->setSuffix(tr(" px"));
    m_width->setToolTip(tr("The whole span's picture is this wide, and as tall as its lanes need "
                           "(at most %1 pixels)")
                            .arg(ArchiveSpanExport::maxTimelineHeight));
    m_format->addItem(tr("PNG image"), int(TimelineImage::Format::Png));
    m_format->addItem(tr("SVG picture"), int(TimelineImage::Format::Svg));
    m_format->addItem(tr("PDF document"), int(TimelineImage::Format::Pdf));

    QSettings settings;
    settings.beginGroup(QStringLiteral("archiveExport"));
    (settings.value(QStringLiteral("wholeSpan"), false).toBool() ? m_whole : m_screen)
        ->setChecked(true);
    m_width->setValue(settings.value(QStringLiteral("width"), 1920).toInt());
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(QStringLiteral("format"), 0).toInt())));
    m_width->setEnabled(m_whole->isChecked());
    connect(m_whole, &QRadioButton::toggled, m_width, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("Picture of:"), m_screen);
    form->addRow(QString(), m_whole);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Format:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ArchiveExportDialog::Options ArchiveExportDialog::options() const
{
    Options options;
    options.wholeSpan = m_whole->isChecked();
    options.width = m_width->value();
    options.format = TimelineImage::Format(m_format->currentData().toInt());
    return options;
}

void ArchiveExportDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("archiveExport"));
    settings.setValue(QStringLiteral("wholeSpan"), m_whole->isChecked());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("format"), m_format->currentData().toInt());
}

void ArchiveExportDialog::accept()
{
    remember();
    QDialog::accept();
}
