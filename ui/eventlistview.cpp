// SPDX-License-Identifier: MIT
#include "eventlistview.h"

#include <QHeaderView>

EventListView::EventListView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Fitting a column measures this many rows, not Qt's default thousand: the actors column
    // joins every actor's name per row, 170 ms when a million events land.
    horizontalHeader()->setResizeContentsPrecision(120);
    horizontalHeader()->setStretchLastSection(false);
}

void EventListView::setUpColumns(int titleColumn)
{
    horizontalHeader()->setSectionResizeMode(titleColumn, QHeaderView::Stretch);
}
