// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

// The list of events as both windows show it (the file's filtered events, an archive's events in
// view): whole rows selected one at a time, one line per row with alternating colours, no row
// numbers, the title's column taking the width left.
class EventListView : public QTableView
{
    Q_OBJECT
public:
    explicit EventListView(QWidget *parent = nullptr);

    // Call once the model is set: `titleColumn` stretches, the others keep their widths.
    void setUpColumns(int titleColumn);
};
