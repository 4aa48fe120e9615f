// SPDX-License-Identifier: MIT
#pragma once

#include "archiveaddress.h"
#include "dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// What an archive knows beside its events: the actors, issues, positions, sources and periods of
// every dataset pushed into it (<table>_dataset, one tideline/1 document per part), read back as
// one Dataset for the actors and positions panels. Its events are only those a position names.
class ArchiveDataset
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveDataset)

public:
    struct Part
    {
        QString name;
        QByteArray document;
    };

    // The newest document of each part (a re-push of a file adds a row; parts merge lazily).
    static QByteArray documents(const ArchiveAddress &address);
    static std::optional<std::vector<Part>> readDocuments(const QByteArray &rowBinary);

    // One tideline/1 document holding every part: each collection's records by id, the first
    // part (by name) that defines an id winning, so that parts pushed from files that share
    // actors (two days of GDELT) do not clash. Records without an id are all kept.
    // A part that is not a JSON object is left out and named in `problems`.
    static QByteArray merge(const std::vector<Part> &parts, QStringList *problems);

    struct Result
    {
        std::shared_ptr<const Dataset> dataset; // null when the merged document does not load
        QStringList problems;
    };
    // merge(), then the document loaded as a file is. Safe to call on a worker thread.
    static Result build(const std::vector<Part> &parts);

    // The ids of the actors of any of these kinds (ActorKind values), for ArchiveFilter::kindActors.
    static QStringList actorsOfKinds(const Dataset &dataset, const QSet<int> &kinds);
};
