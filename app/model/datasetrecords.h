// SPDX-License-Identifier: MIT
#pragma once

#include "datasetvocabulary.h"
#include "partialdate.h"

#include <QColor>
#include <QString>
#include <QStringList>

// The small collections of a dataset as plain value structs. There are tens to thousands of
// these, so readable structs beat columns; events, of which there may be millions, live in
// EventStore instead. Cross references are indices into the Dataset's vectors, -1 for none.

struct Actor
{
    QString id;
    QString name;
    QString role;
    QString description;
    QStringList aliases;
    // The file's colour, or an invalid QColor when it gives none: the colour an actor is drawn
    // in is presentation, worked out by ActorColors (app/render).
    QColor color;
    int parent = -1;
    ActorKind kind = ActorKind::Other;
};

struct Issue
{
    QString id;
    QString title;
    QString description;
};

struct Source
{
    QString id;
    QString title;
    QString publisher;
    QString url;
    PartialDate date;
};

struct Position
{
    QString id;
    QString statement;
    QString quote;
    QString attribution;
    PartialDate date;
    int actor = -1;
    int issue = -1;
    int source = -1;
    int event = -1; // index into the EventStore
    Stance stance = Stance::Unclear;
    Visibility visibility = Visibility::Public;
};

// A labelled span of time drawn behind the timeline ("Roman Republic", a TimelineJS era, a
// vis.js background item). Without an end it covers its start's whole period: a year, a month,
// a day.
struct Period
{
    QString id;
    QString title;
    QString description;
    QColor color; // the file's, or invalid: the renderer tints in alternating greys
    PartialDate start;
    PartialDate end; // invalid: the period is its start's

    qint64 beginSecond() const { return start.firstSecond(); }
    qint64 endSecond() const { return (end.isValid() ? end : start).endSecond(); }
};
