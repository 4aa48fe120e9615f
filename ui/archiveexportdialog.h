// SPDX-License-Identifier: MIT
#pragma once

#include "timelineimage.h"

#include <QDialog>

class QComboBox;
class QRadioButton;
class QSpinBox;

// The archive window's File → Export Image…: a picture of the window on screen as it is, or of
// the whole span of the events that pass the filter at a chosen width, as PNG, SVG or PDF. The
// choices are remembered; the file is asked for after it.
class ArchiveExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        bool wholeSpan = false;
        int width = 1920; // the whole span's picture, lane titles included
        TimelineImage::Format format = TimelineImage::Format::Png;
    };

    explicit ArchiveExportDialog(QWidget *parent = nullptr);

    Options options() const;
    // Writes the choices to the settings (done on accept()).
    void remember() const;

    QRadioButton *screenButton() const { return m_screen; }
    QRadioButton *wholeSpanButton() const { return m_whole; }
    QSpinBox *widthBox() const { return m_width; }
    QComboBox *formatBox() const { return m_format; }

    void accept() override;

private:
    QRadioButton *m_screen;
    QRadioButton *m_whole;
    QSpinBox *m_width;
    QComboBox *m_format;
};
