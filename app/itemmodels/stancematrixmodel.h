// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"

#include <QAbstractTableModel>

#include <memory>
#include <unordered_map>
#include <vector>

// Actors × issues: each cell the actor's latest stance on the issue, with the number of its
// statements and, as a tooltip, their history; empty where the actor said nothing. Rows are the
// actors that stated any position, in dataset order; columns are the issues.
class StanceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ActorIndexRole = Qt::UserRole + 1,
        IssueIndexRole,
        StatementCountRole,
        LatestPositionRole, // index into Dataset::positions, -1 for an empty cell
    };

    explicit StanceMatrixModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Only positions that pass the filter count; null: all.
    void setFilterResult(std::shared_ptr<const FilterResult> result);
    int rowOfActor(int actor) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        int latest = -1;
        int count = 0;
    };
    static quint64 key(int row, int column) { return quint64(quint32(row)) << 32 | quint32(column); }
    const Cell &cell(int row, int column) const
    {
        static const Cell empty;
        const auto it = m_cells.find(key(row, column));
        return it == m_cells.end() ? empty : it->second;
    }

    void rebuild();

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const FilterResult> m_filter;
    std::vector<int> m_actors; // row -> actor
    // Only the cells with statements: at most one per position. A dense actors × issues table
    // grows with the product (a file of 50,000 actors and 50,000 issues asked for 20 GB).
    std::unordered_map<quint64, Cell> m_cells;
};
