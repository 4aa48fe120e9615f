// SPDX-License-Identifier: MIT
#pragma once

#include "tableimporter.h"

#include <QCoreApplication>

// JSON records through a ColumnMapping: an array of objects, or one under a key
// ({"data": [...]}, found when the mapping's recordsPath does not name it), each object mapped
// field by field like a CSV row, nested fields by dotted paths ("date.start"). Numbers in date
// fields are years (the mapping says astronomical or historical), null is missing, a field pair
// (start and startLatest) gives a date known only between two bounds.
class RecordsImporter
{
    Q_DECLARE_TR_FUNCTIONS(RecordsImporter)

public:
    static void read(ImportContext &context);
    // As TableImporter::preview: columns are the dotted paths the first records have.
    static TablePreview preview(const char *data, qint64 size, const QString &fileName,
                                const ColumnMapping &mapping, int rows = 20);
};
