// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"
#include "positionquery.h"
#include "stancechart.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;

// For one issue, each actor's stance over time as a Qt Charts step line (stance on an ordinal
// axis, time on the other), with public, private and reported statements told apart by marker
// shape. Which lines, colours and points is StanceChart's; this widget makes series of them and
// says in the title when only the actors with most statements are shown. The seed dataset shows
// why: Israel's public "remain on the corridor" beside its envoys' private "might withdraw".
// The actors are listed beside the chart, not in Qt Charts' legend: that one drops the entries
// its height cannot hold (a short dock lost the last actor), where a list scrolls. Its order is
// the lines' order, top down, within a stance they share.
class StanceChartView : public QWidget
{
    Q_OBJECT
public:
    explicit StanceChartView(QWidget *parent = nullptr);

    // A dataset with at least workerThreshold() statements has them counted per issue on a
    // worker (a million statements: 18 ms on the GUI thread): until then the issue list is empty
    // and the chart says so; an issue chosen meanwhile stays chosen.
    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setIssue(int issue);
    int workerThreshold() const { return m_workerThreshold; }
    void setWorkerThreshold(int statements) { m_workerThreshold = statements; }
    // True while the issues of the dataset are being counted.
    bool isCountingIssues() const { return m_countingIssues; }
    void setFilterResult(std::shared_ptr<const FilterResult> result);
    int issue() const { return m_issue; }
    // Brings the chart up to date first if it was left stale while hidden, with every line
    // still to be added.
    QChart *chart();
    // A chart's lines are added a turn of the event loop at a time, each turn's lines holding
    // about this many statements (at least one line a turn).
    int statementsPerTurn() const { return m_statementsPerTurn; }
    void setStatementsPerTurn(int statements) { m_statementsPerTurn = statements; }
    // True while lines of the chart shown are still to be added.
    bool isAddingLines() const { return m_linesToAdd != nullptr; }

signals:
    // A new chart is shown, with its first lines; isAddingLines() says whether more follow.
    void chartShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Rebuilds when visible on the next turn of the event loop (a new dataset and its filter's
    // result, given one after the other, build one chart), else when next shown: a hidden tab
    // costs nothing on a reload.
    void rebuild();
    void rebuildNow();
    // The same with the stances worked out on a worker (a statement per ten events at a million
    // events: 200 ms); the chart is made of them on this thread when they land, unless a newer
    // rebuild came meanwhile.
    void rebuildOnWorker();
    // A new chart with the stances' axes, title and legend, and as many of their lines as one
    // turn adds; the rest follow.
    void showStances(StanceChart stances);
    // Adds the next lines of m_linesToAdd to the chart, up to about `statements` statements (at
    // least one line), and forgets them once every line is in.
    void addLines(QChart *chart, int statements);
    // Fills the issue list, most statements first, and shows the issue chosen meanwhile or else
    // the first.
    void showIssues(const std::vector<PositionQuery::IssueStatements> &issues);

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const FilterResult> m_filter;
    QComboBox *m_issues;
    QChartView *m_view;
    QLabel *m_legend;
    QListWidget *m_actors;
    int m_issue = -1;
    bool m_stale = true;
    QTimer m_rebuildSoon;
    std::shared_ptr<const StanceChart> m_linesToAdd; // of the chart shown, from m_nextLine on
    size_t m_nextLine = 0;
    QTimer m_addLinesSoon;
    int m_statementsPerTurn = 200;
    quint64 m_computeGeneration = 0;
    quint64 m_datasetGeneration = 0; // issues counted for an older dataset are dropped
    bool m_countingIssues = false;
    int m_workerThreshold = 100'000;
};
