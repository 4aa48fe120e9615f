// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "eventfilter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

// A filter written the way people and files name things: actor ids, tag names, dates as text.
// The command line (`--actor ID --from DATE --to DATE --query TEXT --tag TAG`), the settings
// that carry a filter across restarts and, later, the export command all speak it; resolve()
// turns it into an EventFilter for one dataset, with a clear error for anything unknown.
struct FilterSpec
{
    Q_DECLARE_TR_FUNCTIONS(FilterSpec)

public:
    QStringList actors;
    bool allActors = false;
    QString from;
    QString to;
    QString query;
    QStringList tags;
    QStringList kinds;
    QStringList visibilities;

    bool isEmpty() const;
    // Checks what can be checked without a dataset (dates, vocabularies); empty when fine.
    QString validate() const;
    // Empty error on success.
    EventFilter resolve(const Dataset &dataset, QString *error) const;
    static FilterSpec describe(const Dataset &dataset, const EventFilter &filter);

    void save(QSettings &settings) const;
    static FilterSpec load(QSettings &settings);

    friend bool operator==(const FilterSpec &, const FilterSpec &) = default;
};
