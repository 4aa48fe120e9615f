// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

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
    // Datasets with at least this many positions have their cells worked out on a worker: a new
    // dataset shows no rows until they land, a new filter the previous filter's cells.
    int workerThreshold() const { return m_workerThreshold; }
    void setWorkerThreshold(int positions) { m_workerThreshold = positions; }
    // True while the cells shown are not yet those of the last dataset and filter given.
    bool isPreparing() const { return m_shownGeneration != m_generation; }

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

    // Rows and cells, worked out from a dataset and a filter apart from the model.
    struct Cells
    {
        std::vector<int> actors; // row -> actor
        std::unordered_map<quint64, Cell> cells;
    };
    static std::shared_ptr<Cells> compute(const Dataset &dataset, const FilterResult *filter);
    void rebuild();
    void show(std::shared_ptr<Cells> cells, quint64 generation);

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const FilterResult> m_filter;
    std::vector<int> m_actors; // row -> actor
    // Only the cells with statements: at most one per position. A dense actors × issues table
    // grows with the product (a file of 50,000 actors and 50,000 issues asked for 20 GB).
    std::unordered_map<quint64, Cell> m_cells;
    int m_workerThreshold = 20'000;
    // Every dataset or filter given is a new generation; a worker's cells are shown only if
    // nothing came after what they were worked out for.
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    QFutureWatcher<std::shared_ptr<Cells>> m_worker; // reports only the newest future it was given
    quint64 m_workerGeneration = 0;
};
