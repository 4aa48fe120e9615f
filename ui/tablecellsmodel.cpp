// SPDX-License-Identifier: MIT
#include "tablecellsmodel.h"

#include "plaintext.h"

#include <QGuiApplication>
#include <QPalette>

namespace {
// A cell on one line: a quoted cell may hold line breaks, which would make its row tall.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QStringLiteral(" ⏎ "));
    line.replace(u'\n', QStringLiteral(" ⏎ "));
    line.replace(u'\r', QStringLiteral(" ⏎ "));
    return line;
}
} // namespace

void TableCellsModel::setCells(const QStringList &columns, const QList<QStringList> &cells,
                               const ColumnMapping &mapping)
{
    beginResetModel();
    m_columns = columns;
    m_cells = cells;
    m_mapping = mapping;
    endResetModel();
}

void TableCellsModel::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    if (!m_columns.isEmpty() && !m_cells.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::ForegroundRole});
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int TableCellsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int TableCellsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableCellsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    // A row may have fewer cells than the header has columns.
    const QString cell = m_cells[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(cell);
    case Qt::ToolTipRole:
        return cell.size() > 40 || cell.contains(u'\n') ? PlainText::toolTip(cell) : QVariant();
    case Qt::ForegroundRole:
        if (m_mapping.fieldOf(m_columns[index.column()]) == ColumnMapping::Field::None)
            return QGuiApplication::palette().placeholderText();
        return {};
    default:
        return {};
    }
}

QVariant TableCellsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_columns[section];
    case Qt::ToolTipRole: {
        const ColumnMapping::Field field = m_mapping.fieldOf(m_columns[section]);
        return PlainText::toolTip(
            field == ColumnMapping::Field::None
                ? tr("Column \"%1\" is not imported").arg(m_columns[section])
                : tr("Column \"%1\" is read as: %2")
                      .arg(m_columns[section], ColumnMapping::fieldLabel(field)));
    }
    default:
        return {};
    }
}
