// SPDX-License-Identifier: MIT
// The CSV/TSV and JSON records importers on hostile bytes: the tokenizer (every delimiter, with and
// without quotes), the encodings and their offset maps, the spreadsheet date parser on every cell,
// the dialog's preview, and whole imports through DatasetImport as `convert --format csv` runs
// them, with the guessed mapping and with profiles that read the first columns as events or
// positions. Checks: cells and offsets stay inside the text, rows always advance, file offsets map
// inside the file and keep their order, every message names a place inside the file, a load gives a
// dataset or an error, the preview never shows more rows than asked.
#include "fuzzcommon.h"

#include "csvreader.h"
#include "datasetimport.h"
#include "recordsimporter.h"
#include "spreadsheetdates.h"
#include "tableimporter.h"
#include "textencoding.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

#include <cstdint>

namespace {

void writeFile(const QString &path, const char *data, qsizetype size)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        std::abort();
    for (qsizetype done = 0; done < size;) {
        const ssize_t n = ::write(fd, data + done, size_t(size - done));
        if (n <= 0)
            std::abort();
        done += n;
    }
    ::close(fd);
}

void checkTokenizer(std::string_view text, char delimiter, CsvReader::Quoting quoting,
                    bool parseDates)
{
    CsvReader reader(text, delimiter, quoting);
    qint64 last = -1;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    while (reader.readRow()) {
        FUZZ_CHECK(reader.position() > last, "no progress at %lld", static_cast<long long>(last));
        FUZZ_CHECK(reader.rowOffset() >= 0 && reader.rowOffset() < qint64(text.size()),
                   "row offset out of range");
        last = reader.position();
        FUZZ_CHECK(reader.cellCount() >= 1 && reader.cellCount() <= CsvReader::maxCells, "%d cells",
                   reader.cellCount());
        qint64 previous = reader.rowOffset() - 1;
        for (int c = 0; c < reader.cellCount(); ++c) {
            const qint64 offset = reader.cellOffset(c);
            FUZZ_CHECK(offset > previous && offset <= qint64(text.size()),
                       "cell offset %lld out of order", static_cast<long long>(offset));
            previous = offset;
            const std::string_view cell = reader.cell(c);
            FUZZ_CHECK(cell.size() <= text.size(), "cell longer than the text");
            if (!reader.cellQuoted(c) || (cell.data() >= begin && cell.data() <= end))
                FUZZ_CHECK(cell.data() >= begin && cell.data() + cell.size() <= end,
                           "cell outside the text");
            if (quoting == CsvReader::Quoting::None || !reader.cellQuoted(c))
                FUZZ_CHECK(cell.find(delimiter) == std::string_view::npos &&
                               cell.find('\n') == std::string_view::npos,
                           "an unquoted cell holds a delimiter or line break");
            if (parseDates && c < 4) {
                QString error;
                const PartialDate date =
                    SpreadsheetDates::parse(cell, ColumnMapping::DateOrder::Unknown,
                                            ColumnMapping::YearNumbering(c % 2), &error, c != 3);
                FUZZ_CHECK(date.isValid() != !error.isEmpty(), "a date and an error, or neither");
                if (date.isValid()) {
                    FUZZ_CHECK(date.year >= PartialDate::minYear &&
                                   date.year <= PartialDate::maxYear,
                               "year out of range");
                    FUZZ_CHECK(!date.toIsoString().isEmpty(), "a date without text");
                }
            }
        }
        if (reader.problem() != CsvReader::Problem::None)
            FUZZ_CHECK(reader.problemOffset() >= reader.rowOffset() &&
                           reader.problemOffset() <= qint64(text.size()),
                       "problem offset out of range");
    }
    FUZZ_CHECK(reader.atEnd(), "stopped before the end");
}

int countLines(const QByteArray &bytes)
{
    return int(bytes.count('\n')) + 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses how to read the rest.
    const std::uint8_t mode = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    const DecodedText decoded = DecodedText::decode(input.constData(), input.size());
    qint64 previous = -1;
    for (qint64 t = 0; t <= decoded.size(); t += 1 + decoded.size() / 64) {
        const qint64 f = decoded.fileOffset(t);
        FUZZ_CHECK(f >= 0 && f <= input.size(), "file offset %lld out of range",
                   static_cast<long long>(f));
        FUZZ_CHECK(f >= previous, "file offsets out of order");
        previous = f;
    }
    FUZZ_CHECK(decoded.fileOffset(0) <= decoded.fileOffset(decoded.size()), "backwards");

    for (char delimiter : {',', '\t', ';', '|'})
        checkTokenizer(decoded.text(), delimiter, CsvReader::Quoting::Rfc4180, delimiter == ',');
    checkTokenizer(decoded.text(), '\t', CsvReader::Quoting::None, false);
    (void)CsvReader::sniffDelimiter(decoded.text(), mode & 1);

    // The dialog's preview.
    const TablePreview preview = mode & 0x20
                                     ? RecordsImporter::preview(input.constData(), input.size(),
                                                                QStringLiteral("f.json"), {}, 5)
                                     : TableImporter::preview(input.constData(), input.size(),
                                                              QStringLiteral("f.csv"), {}, 5);
    FUZZ_CHECK(preview.rows.size() <= 5 && preview.cells.size() <= 5, "preview too long");
    FUZZ_CHECK(preview.rowCount >= preview.cells.size(), "preview counts too few rows");

    // A whole import.
    static const QByteArray profiles[] = {
        QByteArray(),
        R"({"title": "1", "start": "2", "end": "3", "actors": "4", "tags": ["5", "6"],
            "header": false, "dateOrder": "dmy"})",
        R"({"title": "1", "start": "2", "startLatest": "3", "years": "historical", "place": "4",
            "sourceUrl": "5", "id": "6", "header": false})",
        R"({"kind": "positions", "actor": "1", "issue": "2", "stance": "3", "date": "4",
            "source": "5", "sourceUrl": "6", "header": false, "dateValue": "2022-09",
            "stanceValues": {"yes": "supports", "no": "opposes"}})",
    };
    ImportOptions options;
    // JSON records through the same mappings (dotted paths "1", "2"... are just keys).
    options.format = mode & 0x20 ? ImportFormat::Records : ImportFormat::Csv;
    options.profile = profiles[(mode >> 1) % 4];
    options.skipBadRows = mode & 0x10;
    const QString path = FuzzCommon::scratchFile(QStringLiteral("table.csv"));
    writeFile(path, input.constData(), input.size());
    const LoadResult result = DatasetImport::load({path}, options);
    FUZZ_CHECK(result.ok() || result.errorCount() > 0, "no dataset and no error");
    FUZZ_CHECK(!result.ok() || result.errorCount() == 0, "a dataset despite errors");
    const bool utf16 = input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF");
    for (const LoadMessage &message : result.messages) {
        FUZZ_CHECK(!message.text.isEmpty(), "a message without text");
        if (message.file != path)
            continue;
        // UTF-16 lines end at units, not bytes: counted by the finder, not here.
        if (!utf16)
            FUZZ_CHECK(message.line >= 0 && message.line <= countLines(input),
                       "line out of range: %s", qPrintable(message.toString()));
        FUZZ_CHECK(message.line == 0 ? message.column == 0 : message.column >= 1,
                   "column out of range: %s", qPrintable(message.toString()));
        FUZZ_CHECK(message.column <= input.size() + 1, "column out of range: %s",
                   qPrintable(message.toString()));
    }
    return 0;
}
