// SPDX-License-Identifier: MIT
#pragma once

#include "filterstate.h"
#include "timelineimage.h"
#include "visiblewindow.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QDoubleSpinBox;

// File → Export Image…: format, the visible window or the whole filtered span, size presets,
// scale, theme, title, legend and caption, with a live preview drawn by the same code that
// writes the file, in the lanes the timeline shows (`grouping`). Choices are remembered. While a
// text query is on its way the preview says so and Export waits for it, so that the picture and
// its caption describe the same filter.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(FilterState *filter, VisibleWindow *window, LaneGrouping grouping,
                 QWidget *parent = nullptr);

    TimelineImage::Options options() const;
    // Writes the image; an empty string on success, else the problem (also shown to the user by
    // the caller).
    QString exportTo(const QString &path) const;
    QImage previewImage() const { return m_preview; }

    QComboBox *formatBox() const { return m_format; }
    QComboBox *sizeBox() const { return m_sizePreset; }
    QRadioButton *wholeSpanButton() const { return m_whole; }
    QPushButton *exportButton() const { return m_exportButton; }
    QCheckBox *fitBox() const { return m_fit; }
    QCheckBox *breaksBox() const { return m_breaks; }
    // The size of the picture's (first) page as the choices stand: taller than asked when the
    // lanes need it.
    QSize pictureSize() const { return m_pictureSize; }

    // The picture of the visible window at 1920x1080, for the clipboard; a null image while the
    // filter's result is on its way (FilterState::isBusy()).
    static QImage clipboardImage(FilterState *filter, VisibleWindow *window, LaneGrouping grouping);

private:
    void updatePreview();
    void chooseFileAndExport();
    void remember() const;

    FilterState *m_filter;
    VisibleWindow *m_window;
    LaneGrouping m_grouping;
    QPushButton *m_exportButton = nullptr;
    QComboBox *m_format;
    QRadioButton *m_visible;
    QRadioButton *m_whole;
    QComboBox *m_sizePreset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QComboBox *m_theme;
    QCheckBox *m_useTitle;
    QLineEdit *m_title;
    QCheckBox *m_legend;
    QCheckBox *m_caption;
    QCheckBox *m_fit;    // PNG, SVG: exactly this size; PDF: one page
    QCheckBox *m_breaks; // collapse long empty stretches (the whole span only)
    QLabel *m_previewLabel;
    QImage m_preview;
    QSize m_pictureSize;
};
