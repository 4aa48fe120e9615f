// SPDX-License-Identifier: MIT
#include "actortreeview.h"

#include "actortreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyledItemDelegate>
#include <QToolTip>

namespace {

// A column drawn as its icons alone, each named in its tooltip: the actor kinds, whose labels
// would take the names' room.
class IconOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(), index.data().toString(), view);
        return true;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text.clear();
        option->features &= ~QStyleOptionViewItem::HasDisplay;
        option->decorationPosition = QStyleOptionViewItem::Top; // centred under the header
    }
};

} // namespace

ActorTreeView::ActorTreeView(QWidget *parent) : QTreeView(parent)
{
    // Fitting columns measures this many rows, not every one.
    header()->setResizeContentsPrecision(120);
    setAccessibleName(tr("Actors"));
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
}

void ActorTreeView::setUpColumns(const QByteArray &savedHeader)
{
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(ActorTreeModel::NameColumn, QHeaderView::Stretch);
    for (const int column : {ActorTreeModel::EventCountColumn, ActorTreeModel::KindColumn})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setItemDelegateForColumn(ActorTreeModel::KindColumn, new IconOnlyDelegate(this));
    setColumnHidden(ActorTreeModel::RoleColumn, true);
    if (!savedHeader.isEmpty())
        columns->restoreState(savedHeader);
    columns->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = ActorTreeModel::EventCountColumn; column < ActorTreeModel::ColumnCount;
         ++column) {
        auto *shown = new QAction(model()->headerData(column, Qt::Horizontal).toString(), columns);
        shown->setCheckable(true);
        shown->setChecked(!isColumnHidden(column));
        connect(shown, &QAction::toggled, this,
                [this, column](bool on) { setColumnHidden(column, !on); });
        columns->addAction(shown);
    }
}

int ActorTreeView::preferredWidth() const
{
    const QFontMetrics metrics = fontMetrics();
    const int name = 3 * indentation() + 3 * metrics.height() + 36 * metrics.averageCharWidth();
    const QHeaderView *columns = header();
    return name + columns->sectionSizeHint(ActorTreeModel::EventCountColumn)
        + columns->sectionSizeHint(ActorTreeModel::KindColumn)
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4 * frameWidth();
}
