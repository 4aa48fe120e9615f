// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>
#include <QList>

class QComboBox;

// A horizontal table header with a combo box in each section, above the column's name: the
// import dialog's field chooser ("what does this column hold?"). The choices are the same for
// every section (a label and a value each); the header keeps one box per section, placed over
// it as sections are resized, moved or scrolled, and says when the user picks another value.
// Sections are at least as wide as their box.
class FieldHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    struct Choice
    {
        QString label;
        int value;
    };

    explicit FieldHeaderView(QWidget *parent = nullptr);

    // The choices every box offers; the boxes keep their values where they still exist.
    void setChoices(const QList<Choice> &choices);
    // The value chosen in each section (as many as the model has columns), without signals.
    void setChosen(const QList<int> &values);
    int chosen(int section) const;
    QComboBox *chooser(int section) const;
    // What each box's tooltip says, with %1 the section's name.
    void setToolTipTemplate(const QString &text);

    QSize sizeHint() const override;

signals:
    void choiceMade(int section, int value);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    void syncBoxes();
    void placeBoxes();
    int boxHeight() const;

    QList<Choice> m_choices;
    QList<QComboBox *> m_boxes;
    QString m_toolTip;
};
