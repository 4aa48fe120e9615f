// SPDX-License-Identifier: MIT
#pragma once

#include "datasetbuilder.h"
#include "importoptions.h"
#include "loadprogress.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

// What an importer works with while it reads one file: the file's bytes, the options, and the
// DatasetBuilder it hands tideline/1-shaped records to. Messages point at byte offsets in the
// file (the loader turns them into line and column) and name the source's own field, such as
// `column "EVENT_DATE"` or `events[3].start_date.year`, so that a message says where in *that*
// file the problem is.
//
// Rows: an importer reads a row (a CSV line, a JSON item) between beginRow() and endRow(), and
// reports what it cannot read with rowError(). Without skipBadRows every such problem is an
// error and the load fails; with it, a bad row is left out and counted, and the first few are
// kept as warnings.
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(ImportContext)

public:
    ImportContext(const char *data, qint64 size, const QString &fileName, int file,
                  DatasetBuilder &builder, LoadProgress *progress, const ImportOptions &options);

    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }
    const QString &fileName() const { return m_fileName; }
    const ImportOptions &options() const { return m_options; }
    int file() const { return m_file; }

    // The dataset's title and description, when the source has them; the first file's win.
    // Without one, finish() titles the dataset after the file.
    void setTitle(std::string_view text, qint64 offset);
    void setDescription(std::string_view text, qint64 offset);

    // One record of a collection, in tideline/1 shape, with offsets into this file. The
    // builder checks it like any record of a tideline/1 file (ids unique, references known);
    // an actor, issue or source whose id another file (or this one) already defined is left
    // out: importers make those up from names and codes, alike in every file.
    void add(DatasetCollection collection, const JsonRecord &record);

    // A problem with the file as a whole or with something that is not a row.
    void error(qint64 offset, const QString &field, const QString &text);
    void warning(qint64 offset, const QString &field, const QString &text);

    void beginRow(qint64 offset);
    void rowError(qint64 offset, const QString &field, const QString &text);
    bool rowIsBad() const { return m_rowBad; }
    // True when the row may be added: nothing was wrong with it.
    bool endRow();
    qint64 skippedRows() const { return m_skippedRows; }

    // Cancelled, or too many errors to go on.
    bool shouldStop() const;
    // How far the importer has got, as a byte offset into the file; cheap enough to call for
    // every row (it reports every few thousand).
    void reportProgress(qint64 offset);

    // Ends the file: the final progress and the count of skipped rows. The dispatcher calls it.
    void finish();

private:
    void flushProgress(qint64 offset);

    const char *m_data;
    qint64 m_size;
    QString m_fileName;
    int m_file;
    DatasetBuilder &m_builder;
    LoadProgress *m_progress;
    const ImportOptions &m_options;
    quint32 m_recordCount[DatasetCollections::all.size()] = {};
    qint64 m_rowOffset = 0;
    bool m_rowBad = false;
    bool m_hasTitle = false;
    qint64 m_skippedRows = 0;
    qint64 m_firstSkippedOffset = -1;
    qint64 m_calls = 0;
    qint64 m_reportedBytes = 0;
    qint64 m_reportedEvents = 0;
};
