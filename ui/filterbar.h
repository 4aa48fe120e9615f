// SPDX-License-Identifier: MIT
#pragma once

#include "filterstate.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

// The filter as controls: a search field that filters as you type (after a short pause, on a
// worker thread), from/to fields that take dates as the data files write them ("2024",
// "2024-04", "2024-07-15"), a chip per filtered actor with a remove button, menus for tags,
// actor kinds and position visibility, and Clear. It edits the shared FilterState and shows
// whatever that state holds, however it was set.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(FilterState *state, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QLineEdit *fromField() const { return m_from; }
    QLineEdit *toField() const { return m_to; }
    QToolButton *clearButton() const { return m_clear; }
    QWidget *chips() const { return m_chips; }

    // Typing pauses this long before the query runs.
    static constexpr int typingDelayMs = 180;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showState();
    // The filter's count of events, or "indexing…" while a query waits for the text index.
    void showCount();
    void rebuildMenus();
    void applyQuery();
    void applyDates();
    void toggle(QSet<int> EventFilter::*member, int value, bool on);

    FilterState *m_state;
    QLineEdit *m_search;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QComboBox *m_actorMatch;
    QToolButton *m_tags;
    QToolButton *m_kinds;
    QToolButton *m_visibility;
    QToolButton *m_clear;
    QLabel *m_count;
    QTimer m_typing;
    std::shared_ptr<const Dataset> m_menusFor;
};
