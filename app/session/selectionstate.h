// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

// The one selection every view follows: the selected event and the selected actor (indices
// into the open Dataset, -1 for none). Views set it and react to its signals; none keeps a
// selection of its own.
class SelectionState : public QObject
{
    Q_OBJECT
public:
    explicit SelectionState(QObject *parent = nullptr) : QObject(parent) {}

    int event() const { return m_event; }
    int actor() const { return m_actor; }

    void setEvent(int event)
    {
        if (event == m_event)
            return;
        m_event = event;
        emit eventChanged(event);
    }
    void setActor(int actor)
    {
        if (actor == m_actor)
            return;
        m_actor = actor;
        emit actorChanged(actor);
    }
    void clear()
    {
        setEvent(-1);
        setActor(-1);
    }

signals:
    void eventChanged(int event);
    void actorChanged(int actor);

private:
    int m_event = -1;
    int m_actor = -1;
};
