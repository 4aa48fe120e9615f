// SPDX-License-Identifier: MIT
#include "importcontext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

// Warnings kept for skipped rows: enough to see what kind of problem it was.
constexpr qint64 skippedRowsShown = 20;

JsonRecord textRecord(std::string_view text, qint64 offset)
{
    JsonRecord record;
    record.addScalar(JsonRecord::Type::String, {}, text, false, offset);
    return record;
}

} // namespace

ImportContext::ImportContext(const char *data, qint64 size, const QString &fileName, int file,
                             DatasetBuilder &builder, LoadProgress *progress,
                             const ImportOptions &options)
    : m_data(data), m_size(size), m_fileName(fileName), m_file(file), m_builder(builder),
      m_progress(progress), m_options(options), m_reportedEvents(builder.eventCount())
{
    // What is read here is tideline/1 by the time the builder sees it.
    m_builder.addTopLevelValue(file, "format", textRecord("tideline/1", 0));
}

void ImportContext::setTitle(std::string_view text, qint64 offset)
{
    if (text.empty())
        return;
    m_builder.addTopLevelValue(m_file, "title", textRecord(text, offset));
    m_hasTitle = true;
}

void ImportContext::setDescription(std::string_view text, qint64 offset)
{
    if (!text.empty())
        m_builder.addTopLevelValue(m_file, "description", textRecord(text, offset));
}

void ImportContext::add(DatasetCollection collection, const JsonRecord &record)
{
    // Actors, issues and sources an importer makes up from names and codes are the same thing
    // in every file it reads: a second definition is left out, not an error.
    const quint32 index = m_recordCount[size_t(collection)]++;
    if (collection == DatasetCollection::Actors || collection == DatasetCollection::Issues
        || collection == DatasetCollection::Sources)
        m_builder.addSharedRecord(m_file, collection, index, record);
    else
        m_builder.addRecord(m_file, collection, index, record);
}

void ImportContext::error(qint64 offset, const QString &field, const QString &text)
{
    m_builder.error({m_file, offset}, field, text);
}

void ImportContext::warning(qint64 offset, const QString &field, const QString &text)
{
    m_builder.warning({m_file, offset}, field, text);
}

void ImportContext::beginRow(qint64 offset)
{
    m_rowOffset = offset;
    m_rowBad = false;
}

void ImportContext::rowError(qint64 offset, const QString &field, const QString &text)
{
    const bool first = !m_rowBad;
    m_rowBad = true;
    if (!m_options.skipBadRows)
        m_builder.rowError({m_file, offset}, field, text);
    else if (first && m_skippedRows < skippedRowsShown)
        //: %1 says what is wrong with a row of the imported file
        warning(offset, field, tr("%1 (row skipped)").arg(text));
}

bool ImportContext::endRow()
{
    if (!m_rowBad)
        return true;
    if (m_options.skipBadRows) {
        if (m_firstSkippedOffset < 0)
            m_firstSkippedOffset = m_rowOffset;
        ++m_skippedRows;
    }
    return false;
}

bool ImportContext::shouldStop() const
{
    return m_builder.tooManyErrors() || (m_progress && m_progress->isCancelled());
}

void ImportContext::reportProgress(qint64 offset)
{
    if (m_progress && ++m_calls % 4096 == 0)
        flushProgress(offset);
}

void ImportContext::flushProgress(qint64 offset)
{
    const qint64 events = m_builder.eventCount();
    m_progress->addRead(offset - m_reportedBytes, events - m_reportedEvents);
    m_reportedBytes = offset;
    m_reportedEvents = events;
}

void ImportContext::finish()
{
    if (m_progress)
        flushProgress(m_size);
    // A spreadsheet or an event export has no title of its own: the window and the pictures
    // name it after its file rather than "Untitled dataset".
    if (!m_hasTitle) {
        const QByteArray name = QFileInfo(m_fileName).completeBaseName().toUtf8();
        setTitle(std::string_view(name.constData(), size_t(name.size())), 0);
    }
    if (m_skippedRows > 0)
        warning(m_firstSkippedOffset, QString(),
                tr("skipped %n row(s) that could not be read", nullptr,
                   int(std::min<qint64>(m_skippedRows, INT_MAX))));
    m_builder.endFile(m_file);
}
