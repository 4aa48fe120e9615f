// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterengine.h"
#include "selectionstate.h"

#include <QTextBrowser>

#include <memory>

// The stated positions of the selected actor as cards, grouped by issue, newest first: a stance
// badge (name and colour), the date as written, the quote in quotation marks or the paraphrase
// marked as such, who made it known (public, private, reported, with the attribution), and the
// source. A person's list includes the positions of the state or faction it belongs to, marked
// as such. Clicking a card's date moves the timeline there (positionActivated).
class PositionsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PositionsPanel(SelectionState *selection, QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    // Only positions that pass the filter are shown; null: all.
    void setFilterResult(std::shared_ptr<const FilterResult> result);
    // Shows the actor's positions; `issue` >= 0 shows only those on one issue.
    void showActor(int actor, int issue = -1);
    int shownActor() const { return m_actor; }
    int shownIssue() const { return m_issue; }
    // Positions shown now, in display order (for tests and keyboard navigation).
    const std::vector<int> &shownPositions() const { return m_shown; }

signals:
    void positionActivated(int position);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QUrl &url);
    QString card(int position, bool inherited) const;

    SelectionState *m_selection;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const FilterResult> m_filter;
    int m_actor = -1;
    int m_issue = -1;
    std::vector<int> m_shown;
};
