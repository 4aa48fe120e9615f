// SPDX-License-Identifier: MIT
#pragma once

#include "columnmapping.h"

#include <QAbstractTableModel>
#include <QStringList>

// The import dialog's upper table: a file's first rows cell by cell as they are in the file, one
// column per file column (a CSV column, a JSON record's dotted field). Columns the mapping does
// not read are drawn in the placeholder colour, so what is ignored shows at a glance. A view over
// TablePreview's `columns` and `cells`; the dialog hands it each new preview.
class TableCellsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setCells(const QStringList &columns, const QList<QStringList> &cells,
                  const ColumnMapping &mapping);
    // Only the greying follows: the cells are unchanged.
    void setMapping(const ColumnMapping &mapping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString columnName(int column) const { return m_columns.value(column); }

private:
    QStringList m_columns;
    QList<QStringList> m_cells;
    ColumnMapping m_mapping;
};
