// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

// The actors × issues matrix (a StanceMatrixModel) as both windows show it: issue titles wrapped
// over three lines in the header, actor names cut rather than widening the table, one cell
// selected at a time.
class StanceMatrixView : public QTableView
{
    Q_OBJECT
public:
    explicit StanceMatrixView(QWidget *parent = nullptr);

    // Columns as wide as their titles and cells need, within reason (110 to 190 pixels).
    // Measures about a hundred rows, not every one: call it when the matrix is on screen.
    void fitColumns();
};
