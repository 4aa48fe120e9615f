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
class QRadioButton;
class QSpinBox;
class QDoubleSpinBox;

// File → Export Image…: format, the visible window or the whole filtered span, size presets,
// scale, theme, title, legend and caption, with a live preview drawn by the same code that
// writes the file. Choices are remembered.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(FilterState *filter, VisibleWindow *window, QWidget *parent = nullptr);

    TimelineImage::Options options() const;
    // Writes the image; an empty string on success, else the problem (also shown to the user by
    // the caller).
    QString exportTo(const QString &path) const;
    QImage previewImage() const { return m_preview; }

    QComboBox *formatBox() const { return m_format; }
    QComboBox *sizeBox() const { return m_sizePreset; }
    QRadioButton *wholeSpanButton() const { return m_whole; }

    // The picture of the visible window at 1920x1080, for the clipboard.
    static QImage clipboardImage(FilterState *filter, VisibleWindow *window);

private:
    void updatePreview();
    void chooseFileAndExport();
    void remember() const;

    FilterState *m_filter;
    VisibleWindow *m_window;
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
    QLabel *m_previewLabel;
    QImage m_preview;
};
