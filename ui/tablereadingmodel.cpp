// SPDX-License-Identifier: MIT
#include "tablereadingmodel.h"

#include "plaintext.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

void TableReadingModel::setPreview(const TablePreview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    m_fields.clear();
    m_anyProblem = false;
    // Every field the mapping reads, even when the first rows leave it empty, and the ones the
    // rows show without a column (a position table's issue or date for the whole file).
    const QStringList mapped = preview.mapping.columns();
    for (const ColumnMapping::Field field : ColumnMapping::fields(preview.mapping.kind)) {
        bool shown = false;
        for (const QString &column : mapped)
            shown = shown || preview.mapping.fieldOf(column) == field;
        for (const TablePreview::Row &row : m_rows)
            shown = shown || row.values.contains(field);
        if (shown)
            m_fields << field;
    }
    for (const TablePreview::Row &row : m_rows)
        m_anyProblem = m_anyProblem || !row.problems.isEmpty();
    endResetModel();
}

ColumnMapping::Field TableReadingModel::fieldAt(int column) const
{
    return m_fields.value(column, ColumnMapping::Field::None);
}

int TableReadingModel::columnOf(ColumnMapping::Field field) const
{
    return int(m_fields.indexOf(field));
}

int TableReadingModel::problemsColumn() const
{
    return m_anyProblem ? int(m_fields.size()) : -1;
}

int TableReadingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableReadingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size()) + (m_anyProblem ? 1 : 0);
}

QVariant TableReadingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TablePreview::Row &row = m_rows[index.row()];
    const bool problems = index.column() == problemsColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (problems)
            return row.problems.join(QStringLiteral("; "));
        return row.values.value(m_fields[index.column()]);
    case Qt::ToolTipRole:
        if (!row.problems.isEmpty())
            return PlainText::toolTip(tr("Row %1 cannot be read:\n%2")
                                          .arg(index.row() + 1)
                                          .arg(row.problems.join(u'\n')));
        if (const QString value = row.values.value(m_fields[index.column()]); value.size() > 40)
            return PlainText::toolTip(value);
        return {};
    case Qt::BackgroundRole:
        if (!row.problems.isEmpty())
            return QColor(220, 50, 47, 40); // a red tint that reads on light and dark themes
        return {};
    case ProblemRole:
        return !row.problems.isEmpty();
    default:
        return {};
    }
}

QVariant TableReadingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return section + 1;
        if (role == Qt::DecorationRole && !m_rows[section].problems.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    }
    if (section < 0 || section >= columnCount() || role != Qt::DisplayRole)
        return {};
    if (section == problemsColumn())
        return tr("Why the row cannot be read");
    return ColumnMapping::fieldLabel(m_fields[section]);
}
