// SPDX-License-Identifier: MIT
#include "stancematrixview.h"

#include <QHeaderView>

StanceMatrixView::StanceMatrixView(QWidget *parent) : QTableView(parent)
{
    // Fitting columns measures this many rows, not every one: hundreds of actors would stall
    // the window each time a dataset opens.
    horizontalHeader()->setResizeContentsPrecision(120);
    setAccessibleName(tr("Actors by issue"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    horizontalHeader()->setDefaultSectionSize(150);
    // Issue titles are sentences: wrap them over three lines rather than cut them.
    horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    horizontalHeader()->setFixedHeight(fontMetrics().height() * 4 + 10);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    verticalHeader()->setMaximumWidth(260);
    verticalHeader()->setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setMinimumSectionSize(80);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

void StanceMatrixView::fitColumns()
{
    resizeColumnsToContents();
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column)
        setColumnWidth(column, qBound(110, columnWidth(column), 190));
}
