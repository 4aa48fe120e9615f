// SPDX-License-Identifier: MIT
#include "fieldheaderview.h"

#include "plaintext.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QTableView>

namespace {
constexpr int margin = 3;
}

FieldHeaderView::FieldHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    // The name sits under the box.
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    setSectionsClickable(false);
    setHighlightSections(false);
    connect(this, &QHeaderView::sectionResized, this, &FieldHeaderView::placeBoxes);
    connect(this, &QHeaderView::sectionMoved, this, &FieldHeaderView::placeBoxes);
    connect(this, &QHeaderView::sectionCountChanged, this, &FieldHeaderView::syncBoxes);
    connect(this, &QHeaderView::geometriesChanged, this, &FieldHeaderView::placeBoxes);
    if (auto *table = qobject_cast<QTableView *>(parent)) {
        // Scrolling moves the sections; the boxes follow once the header has its new offset.
        connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this,
                &FieldHeaderView::placeBoxes);
    }
}

void FieldHeaderView::setChoices(const QList<Choice> &choices)
{
    const auto same = [](const Choice &a, const Choice &b) {
        return a.label == b.label && a.value == b.value;
    };
    if (std::equal(choices.begin(), choices.end(), m_choices.begin(), m_choices.end(), same)) {
        syncBoxes();
        return; // an open list stays as it is
    }
    m_choices = choices;
    for (QComboBox *box : std::as_const(m_boxes)) {
        const int value = box->currentData().toInt();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const Choice &choice : m_choices)
            box->addItem(choice.label, choice.value);
        box->setCurrentIndex(qMax(0, box->findData(value)));
    }
    syncBoxes();
    updateGeometries();
}

void FieldHeaderView::setChosen(const QList<int> &values)
{
    syncBoxes();
    for (int section = 0; section < m_boxes.size(); ++section) {
        QComboBox *box = m_boxes[section];
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(qMax(0, box->findData(values.value(section))));
    }
}

int FieldHeaderView::chosen(int section) const
{
    QComboBox *box = chooser(section);
    return box ? box->currentData().toInt() : -1;
}

QComboBox *FieldHeaderView::chooser(int section) const
{
    return m_boxes.value(section);
}

void FieldHeaderView::setToolTipTemplate(const QString &text)
{
    m_toolTip = text;
    syncBoxes();
}

int FieldHeaderView::boxHeight() const
{
    if (!m_boxes.isEmpty())
        return m_boxes.first()->sizeHint().height();
    QComboBox probe;
    return probe.sizeHint().height();
}

QSize FieldHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(boxHeight() + fontMetrics().height() + 4 * margin);
    return size;
}

QSize FieldHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (QComboBox *box = chooser(logicalIndex))
        size.setWidth(qMax(size.width(), box->sizeHint().width() + 2 * margin));
    size.setHeight(boxHeight() + fontMetrics().height() + 4 * margin);
    return size;
}

bool FieldHeaderView::viewportEvent(QEvent *event)
{
    const bool result = QHeaderView::viewportEvent(event);
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        placeBoxes();
    return result;
}

// One box per section; the boxes are made and removed, never all made anew, so the one the user
// is in keeps the focus while a preview comes back.
void FieldHeaderView::syncBoxes()
{
    const int sections = model() ? count() : 0;
    while (m_boxes.size() > sections)
        delete m_boxes.takeLast();
    while (m_boxes.size() < sections) {
        auto *box = new QComboBox(viewport());
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const Choice &choice : m_choices)
            box->addItem(choice.label, choice.value);
        const int section = int(m_boxes.size());
        connect(box, &QComboBox::activated, this,
                [this, box, section] { emit choiceMade(section, box->currentData().toInt()); });
        m_boxes << box;
        box->show();
    }
    for (int section = 0; section < m_boxes.size(); ++section) {
        const QString name = model()->headerData(section, Qt::Horizontal).toString();
        m_boxes[section]->setObjectName(QStringLiteral("field:%1").arg(name));
        m_boxes[section]->setToolTip(
            PlainText::toolTip(m_toolTip.isEmpty() ? name : m_toolTip.arg(name)));
        m_boxes[section]->setAccessibleName(tr("What column \"%1\" holds").arg(name));
    }
    placeBoxes();
}

void FieldHeaderView::placeBoxes()
{
    const int height = boxHeight();
    for (int section = 0; section < m_boxes.size(); ++section) {
        QComboBox *box = m_boxes[section];
        if (isSectionHidden(section)) {
            box->hide();
            continue;
        }
        // As wide as the section, but not across a last section stretched over the view.
        const int x = sectionViewportPosition(section);
        const int width = qMin(sectionSize(section) - 2 * margin,
                               qMax(box->sizeHint().width(), fontMetrics().averageCharWidth() * 28));
        box->setGeometry(x + margin, margin, qMax(0, width), height);
        box->show();
    }
}
