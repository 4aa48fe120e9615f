// SPDX-License-Identifier: MIT
#pragma once

#include "tableimporter.h"

#include <QAbstractTableModel>

// The import dialog's lower table: the first rows as Tideline will read them through the
// mapping, one column per field read (title, start, actors, ...; for position tables actor,
// issue, stance, ...) and a last column with what is wrong with a row, when any row has a
// problem. Rows that cannot be read are tinted and marked with a warning icon. A view over
// TablePreview's `rows`.
class TableReadingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // True for a row that cannot be read.
    static constexpr int ProblemRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const TablePreview &preview);

    // The field a column shows; Field::None for the problems column.
    ColumnMapping::Field fieldAt(int column) const;
    // The column showing `field`, or -1.
    int columnOf(ColumnMapping::Field field) const;
    // The problems column, or -1 when no row has a problem.
    int problemsColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ColumnMapping::Field> m_fields;
    QList<TablePreview::Row> m_rows;
    bool m_anyProblem = false;
};
