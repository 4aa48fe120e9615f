// SPDX-License-Identifier: MIT
#pragma once

#include "actorcolors.h"
#include "dataset.h"

#include <QAbstractTableModel>

#include <memory>

// The events of a dataset as a table (date as written, title, actors, location), in time
// order. A thin adapter: it reads the EventStore on demand and stores nothing per row; the
// actors' colours (shown beside the title) are worked out once per dataset.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, LocationColumn, ColumnCount };
    enum Role { EventIndexRole = Qt::UserRole + 1, BeginSecondRole };

    explicit EventTableModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString actorNames(int event) const;

private:
    std::shared_ptr<const Dataset> m_dataset;
    ActorColors m_colors;
};
