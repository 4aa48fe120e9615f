// SPDX-License-Identifier: MIT
// CSV/TSV and JSON records through a column mapping: the tokenizer, encodings, dates, the
// mapping and its profile, the importers and their messages.
#include "columnmapping.h"
#include "csvreader.h"
#include "datasetimport.h"
#include "datasetwriter.h"
#include "recordsimporter.h"
#include "spreadsheetdates.h"
#include "tableimporter.h"
#include "textencoding.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every row as cells joined by '|', rows by '/'; quoted cells marked with *.
QString rowsOf(std::string_view text, char delimiter)
{
    CsvReader reader(text, delimiter);
    QStringList rows;
    while (reader.readRow()) {
        QStringList cells;
        for (int c = 0; c < reader.cellCount(); ++c) {
            const std::string_view cell = reader.cell(c);
            cells << QString::fromUtf8(cell.data(), qsizetype(cell.size())) +
                         (reader.cellQuoted(c) ? u"*"_s : QString());
        }
        rows << cells.join(u'|');
    }
    return rows.join(u'/');
}

QString fixture(const QString &name)
{
    return QStringLiteral(TIDELINE_TEST_DATA "/import/csv/") + name;
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

LoadResult importFixture(const QString &name, const QString &profile = {}, bool skipBadRows = false)
{
    ImportOptions options;
    if (!profile.isEmpty()) {
        options.profileFile = fixture(profile);
        if (!DatasetImport::readProfileFile(&options).isEmpty())
            qFatal("cannot read %s", qPrintable(profile));
    }
    options.skipBadRows = skipBadRows;
    return DatasetImport::load({fixture(name)}, options);
}

QString messagesOf(const LoadResult &result)
{
    QStringList lines;
    for (const LoadMessage &message : result.messages)
        lines << message.toString().mid(message.file.lastIndexOf(u'/') + 1);
    return lines.join(u'\n');
}

int eventIndex(const Dataset &dataset, const QString &id)
{
    for (int e = 0; e < dataset.events.count(); ++e) {
        if (dataset.events.id(e) == id)
            return e;
    }
    return -1;
}

QStringList actorNames(const Dataset &dataset, int event)
{
    QStringList names;
    for (quint32 a : dataset.events.actors(event))
        names << dataset.actors[a].name;
    return names;
}

} // namespace

class TestImportCsv : public QObject
{
    Q_OBJECT

private slots:
    void tokenizerSplitsRows_data();
    void tokenizerSplitsRows();
    void tokenizerGivesEachCellsOffset();
    void tokenizerReportsQuoteProblems_data();
    void tokenizerReportsQuoteProblems();
    void tokenizerWithoutQuotingKeepsQuotes();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void sniffsHeader_data();
    void sniffsHeader();
    void decodesEncodings_data();
    void decodesEncodings();
    void mapsTextOffsetsBackToTheFile();
    void profileRoundTrips();
    void profileErrorsNameTheKey_data();
    void profileErrorsNameTheKey();
    void guessesMappingFromHeader();
    void assignMovesAColumn();
    void readsSpreadsheetDates_data();
    void readsSpreadsheetDates();
    void decidesColumnDateOrderOnce();
    void importsEventsTable();
    void importsEveryDateShape();
    void importsEncodings_data();
    void importsEncodings();
    void warnsAboutWindows1252();
    void importsPositionTableWithProfile();
    void reportsProblemsWithPlaces_data();
    void reportsProblemsWithPlaces();
    void skipsBadRowsWhenAsked();
    void dateOrderFromProfileResolvesAmbiguity();
    void previewShowsRowsAsRead();
    void previewAsksForDateOrder();
    void previewListsStanceWords();
    void startBetweenTwoBounds();
    void roundTripsThroughTidelineFormat();
    void importsJsonRecords();
    void importsNestedRecordsWithProfile();
    void reportsRecordProblems_data();
    void reportsRecordProblems();
};

void TestImportCsv::tokenizerSplitsRows_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("rows");
    QTest::newRow("plain") << "a,b,c\n1,2,3\n"_ba << u","_s << u"a|b|c/1|2|3"_s;
    QTest::newRow("no final newline") << "a,b\n1,2"_ba << u","_s << u"a|b/1|2"_s;
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n"_ba << u","_s << u"a|b/1|2"_s;
    QTest::newRow("lone cr") << "a,b\r1,2\r"_ba << u","_s << u"a|b/1|2"_s;
    QTest::newRow("empty cells") << ",a,,\n"_ba << u","_s << u"|a||"_s;
    QTest::newRow("empty last cell at end") << "a,"_ba << u","_s << u"a|"_s;
    QTest::newRow("blank lines skipped") << "a\n\n\r\nb\n"_ba << u","_s << u"a/b"_s;
    QTest::newRow("quoted delimiter") << "\"a,b\",c\n"_ba << u","_s << u"a,b*|c"_s;
    QTest::newRow("quoted newline")
        << "\"line 1\nline 2\",x\ny,z"_ba << u","_s << u"line 1\nline 2*|x/y|z"_s;
    QTest::newRow("doubled quotes")
        << "\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << u","_s << u"say \"hi\"*|\"*"_s;
    QTest::newRow("two buffered cells") << "\"a\"\"\",\"b\"\"\"\n"_ba << u","_s << u"a\"*|b\"*"_s;
    QTest::newRow("empty quoted") << "\"\",x"_ba << u","_s << u"*|x"_s;
    QTest::newRow("quote inside unquoted") << "5\" pipe,x"_ba << u","_s << u"5\" pipe|x"_s;
    QTest::newRow("tab") << "a\tb,c\n"_ba << u"\t"_s << u"a|b,c"_s;
    QTest::newRow("semicolon") << "a;\"b;c\"\n"_ba << u";"_s << u"a|b;c*"_s;
    QTest::newRow("utf-8") << "Zoë,Łódź\n"_ba << u","_s << u"Zoë|Łódź"_s;
}

void TestImportCsv::tokenizerSplitsRows()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, delimiter);
    QFETCH(QString, rows);
    QCOMPARE(rowsOf(std::string_view(text.constData(), size_t(text.size())),
                    char(delimiter.at(0).unicode())),
             rows);
}

void TestImportCsv::tokenizerGivesEachCellsOffset()
{
    const std::string_view text = "id,title\n1,\"two\nlines\"\n22,x";
    CsvReader reader(text);
    QVERIFY(reader.readRow());
    QCOMPARE(reader.rowOffset(), 0);
    QCOMPARE(reader.cellOffset(1), 3);
    QVERIFY(reader.readRow());
    QCOMPARE(reader.rowOffset(), 9);
    QCOMPARE(reader.cellOffset(0), 9);
    QCOMPARE(reader.cellOffset(1), 11); // the opening quote
    QVERIFY(reader.readRow());
    QCOMPARE(reader.rowOffset(), 23);
    QCOMPARE(reader.cellOffset(1), 26);
    QCOMPARE(reader.rowNumber(), 3);
    QVERIFY(!reader.readRow());
    QVERIFY(reader.atEnd());
}

void TestImportCsv::tokenizerReportsQuoteProblems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("problem");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("rows");
    QTest::newRow("unclosed") << "a,\"b\nc,d"_ba << int(CsvReader::Problem::UnclosedQuote)
                              << qint64(2) << u"a|b\nc,d*"_s;
    QTest::newRow("unclosed after doubled")
        << "\"a\"\"b"_ba << int(CsvReader::Problem::UnclosedQuote) << qint64(0) << u"a\"b*"_s;
    QTest::newRow("text after quote")
        << "\"a\"b,c\n"_ba << int(CsvReader::Problem::TextAfterQuote) << qint64(3) << u"ab*|c"_s;
    QTest::newRow("text after buffered")
        << "\"a\"\"\"b,c"_ba << int(CsvReader::Problem::TextAfterQuote) << qint64(5)
        << u"a\"b*|c"_s;
    QTest::newRow("fine") << "\"a\",b"_ba << int(CsvReader::Problem::None) << qint64(-1)
                          << u"a*|b"_s;
}

void TestImportCsv::tokenizerReportsQuoteProblems()
{
    QFETCH(QByteArray, text);
    QFETCH(int, problem);
    QFETCH(qint64, offset);
    QFETCH(QString, rows);
    const std::string_view view(text.constData(), size_t(text.size()));
    CsvReader reader(view);
    int seen = int(CsvReader::Problem::None);
    qint64 seenOffset = -1;
    while (reader.readRow()) {
        if (reader.problem() != CsvReader::Problem::None && seen == int(CsvReader::Problem::None)) {
            seen = int(reader.problem());
            seenOffset = reader.problemOffset();
            QVERIFY(!CsvReader::describe(reader.problem()).isEmpty());
        }
    }
    QCOMPARE(seen, problem);
    QCOMPARE(seenOffset, offset);
    QCOMPARE(rowsOf(view, ','), rows);
}

void TestImportCsv::tokenizerWithoutQuotingKeepsQuotes()
{
    CsvReader reader("\"a\tb\"\tc\n", '\t', CsvReader::Quoting::None);
    QVERIFY(reader.readRow());
    QCOMPARE(reader.cellCount(), 3);
    QCOMPARE(reader.cell(0), "\"a");
    QCOMPARE(reader.cell(1), "b\"");
}

void TestImportCsv::sniffsDelimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("preferTab");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n"_ba << false << u","_s;
    QTest::newRow("tab with commas in text")
        << "a\tb\nx, y\t2\nz, w, v\t3\n"_ba << false << u"\t"_s;
    QTest::newRow("semicolon with decimal commas") << "a;b\n1,5;2,25\n3;4\n"_ba << false << u";"_s;
    QTest::newRow("pipe") << "a|b|c\n1|2|3"_ba << false << u"|"_s;
    QTest::newRow("quoted commas do not count") << "a;b\n\"x,y,z\";1\n"_ba << false << u";"_s;
    QTest::newRow("single column") << "title\nfoo\n"_ba << false << u","_s;
    QTest::newRow("single column tsv") << "title\nfoo\n"_ba << true << u"\t"_s;
}

void TestImportCsv::sniffsDelimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, preferTab);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(QLatin1Char(CsvReader::sniffDelimiter(
                 std::string_view(text.constData(), size_t(text.size())), preferTab))),
             delimiter);
}

void TestImportCsv::sniffsHeader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("header");
    QTest::newRow("names") << "Title,Date\nA,2020\n"_ba << true;
    QTest::newRow("data") << "Battle,1066-10-14\n"_ba << false;
    QTest::newRow("year") << "Battle,1066\n"_ba << false;
    QTest::newRow("empty name") << "Title,,Date\n"_ba << false;
    QTest::newRow("repeated name") << "Date,Date\n"_ba << false;
}

void TestImportCsv::sniffsHeader()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, header);
    QCOMPARE(CsvReader::sniffHeader(std::string_view(text.constData(), size_t(text.size())), ','),
             header);
}

void TestImportCsv::decodesEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("invalid");
    QTest::newRow("utf-8") << "Zoë"_ba << int(DecodedText::Encoding::Utf8) << u"Zoë"_s
                           << qint64(-1);
    QTest::newRow("utf-8 bom") << "\xEF\xBB\xBFZoë"_ba << int(DecodedText::Encoding::Utf8WithBom)
                               << u"Zoë"_s << qint64(-1);
    QTest::newRow("utf-16le") << QByteArray("\xFF\xFEZ\0o\0\xEB\0", 8)
                              << int(DecodedText::Encoding::Utf16LE) << u"Zoë"_s << qint64(-1);
    QTest::newRow("utf-16be") << QByteArray("\xFE\xFF\0Z\0o\0\xEB\xD8\x3D\xDE\x00", 12)
                              << int(DecodedText::Encoding::Utf16BE) << u"Zoë😀"_s << qint64(-1);
    QTest::newRow("windows-1252") << "caf\xE9 \x93quoted\x94 \x80"_ba
                                  << int(DecodedText::Encoding::Windows1252) << u"café “quoted” €"_s
                                  << qint64(3);
    QTest::newRow("truncated utf-8")
        << "ab\xC3"_ba << int(DecodedText::Encoding::Windows1252) << u"abÃ"_s << qint64(2);
    QTest::newRow("overlong") << "\xC0\xAF"_ba << int(DecodedText::Encoding::Windows1252) << u"À¯"_s
                              << qint64(0);
    QTest::newRow("surrogate") << "\xED\xA0\x80"_ba << int(DecodedText::Encoding::Windows1252)
                               << u"í\u00A0€"_s << qint64(0);
    QTest::newRow("undefined 1252 byte")
        << "a\x81"_ba << int(DecodedText::Encoding::Windows1252) << u"a\uFFFD"_s << qint64(1);
}

void TestImportCsv::decodesEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, text);
    QFETCH(qint64, invalid);
    const DecodedText decoded = DecodedText::decode(bytes.constData(), bytes.size());
    QCOMPARE(int(decoded.encoding()), encoding);
    QCOMPARE(QString::fromUtf8(decoded.data(), decoded.size()), text);
    QCOMPARE(decoded.firstInvalidUtf8(), invalid);
}

void TestImportCsv::mapsTextOffsetsBackToTheFile()
{
    // "é,x" in each encoding: the 'x' is at text offset 3 (é is two UTF-8 bytes).
    const QByteArray bom = "\xEF\xBB\xBF\xC3\xA9,x"_ba;
    QCOMPARE(DecodedText::decode(bom.constData(), bom.size()).fileOffset(3), 6);
    const QByteArray cp1252 = "\xE9,x"_ba;
    const DecodedText latin = DecodedText::decode(cp1252.constData(), cp1252.size());
    QCOMPARE(latin.fileOffset(3), 2);
    QCOMPARE(latin.fileOffset(0), 0); // backwards works too
    QCOMPARE(latin.fileOffset(2), 1);
    const QByteArray utf16(QByteArray("\xFF\xFE\xE9\0,\0x\0", 8));
    const DecodedText wide = DecodedText::decode(utf16.constData(), utf16.size());
    QCOMPARE(wide.fileOffset(3), 6);
    // A character beyond U+FFFF is two UTF-16 units, four UTF-8 bytes.
    const QByteArray astral(QByteArray("\xFF\xFE\x3D\xD8\x00\xDE,\0", 8));
    QCOMPARE(DecodedText::decode(astral.constData(), astral.size()).fileOffset(4), 6);
}

void TestImportCsv::profileRoundTrips()
{
    ColumnMapping events;
    events.title = u"Headline"_s;
    events.start = u"Date"_s;
    events.startLatest = u"Date (latest)"_s;
    events.actors = QStringList{u"Who"_s, u"With"_s};
    events.tags = QStringList{u"Tags"_s};
    events.tagSeparator = u","_s;
    events.dateOrder = ColumnMapping::DateOrder::DayMonth;
    events.yearNumbering = ColumnMapping::YearNumbering::Historical;
    events.delimiter = '\t';
    events.header = true;
    events.actorKind = ActorKind::State;
    QString error;
    const auto back = ColumnMapping::fromJson(events.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, events);

    ColumnMapping positions;
    positions.kind = ColumnMapping::Kind::Positions;
    positions.actor = u"Candidate"_s;
    positions.issueTitle = u"Accepts the result"_s;
    positions.stance = u"Stance"_s;
    positions.stanceValues.insert(u"Fully denied"_s, Stance::Opposes);
    positions.dateValue = u"2022-09"_s;
    positions.visibility = Visibility::Reported;
    const auto back2 = ColumnMapping::fromJson(positions.toJson(), &error);
    QVERIFY2(back2, qPrintable(error));
    QCOMPARE(*back2, positions);
}

void TestImportCsv::profileErrorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << "{\"title\": "_ba << u"not JSON"_s;
    QTest::newRow("array") << "[]"_ba << u"must be a JSON object"_s;
    QTest::newRow("unknown key") << "{\"titel\": \"A\"}"_ba << u"unknown key \"titel\""_s;
    QTest::newRow("number column")
        << "{\"title\": 3}"_ba << u"\"title\" in the profile must be a string"_s;
    QTest::newRow("bad kind") << "{\"kind\": \"people\"}"_ba << u"\"kind\""_s;
    QTest::newRow("bad stance") << "{\"stanceValues\": {\"No\": \"against\"}}"_ba
                                << u"\"No\" must map to one of"_s;
    QTest::newRow("bad order") << "{\"dateOrder\": \"ymd\"}"_ba << u"\"dateOrder\""_s;
    QTest::newRow("bad date value") << "{\"dateValue\": \"Sept 2022\"}"_ba << u"\"dateValue\""_s;
    QTest::newRow("bad delimiter") << "{\"delimiter\": \":\"}"_ba << u"\"delimiter\""_s;
    QTest::newRow("bad years") << "{\"years\": \"bc\"}"_ba << u"\"years\""_s;
}

void TestImportCsv::profileErrorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ColumnMapping::fromJson(json, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestImportCsv::guessesMappingFromHeader()
{
    const ColumnMapping events =
        ColumnMapping::guess({u"ID"_s, u"Headline"_s, u"Start_Date"_s, u"End Date"_s, u"Who"_s,
                              u"Location"_s, u"Notes"_s, u"Link"_s, u"Tags"_s});
    QCOMPARE(events.kind, ColumnMapping::Kind::Events);
    QCOMPARE(events.id, u"ID"_s);
    QCOMPARE(events.title, u"Headline"_s);
    QCOMPARE(events.start, u"Start_Date"_s);
    QCOMPARE(events.end, u"End Date"_s);
    QCOMPARE(events.actors, QStringList{u"Who"_s});
    QCOMPARE(events.place, u"Location"_s);
    QCOMPARE(events.description, u"Notes"_s);
    QCOMPARE(events.sourceUrl, u"Link"_s);
    QCOMPARE(events.tags, QStringList{u"Tags"_s});
    QVERIFY(events.missing().isEmpty());

    const ColumnMapping positions =
        ColumnMapping::guess({u"Candidate"_s, u"Stance"_s, u"Source"_s});
    QCOMPARE(positions.kind, ColumnMapping::Kind::Positions);
    QCOMPARE(positions.actor, u"Candidate"_s);
    QCOMPARE(positions.stance, u"Stance"_s);
    QCOMPARE(positions.missing().size(), 2); // no issue, no date

    QCOMPARE(ColumnMapping::headerKey({u"a"_s, u"b"_s}),
             ColumnMapping::headerKey({u" a"_s, u"b"_s}));
    QVERIFY(ColumnMapping::headerKey({u"a"_s, u"b"_s}) != ColumnMapping::headerKey({u"ab"_s}));
}

void TestImportCsv::assignMovesAColumn()
{
    ColumnMapping m;
    m.assign(u"A"_s, ColumnMapping::Field::Title);
    m.assign(u"B"_s, ColumnMapping::Field::Title); // B takes the title from A
    QCOMPARE(m.title, u"B"_s);
    QCOMPARE(m.fieldOf(u"A"_s), ColumnMapping::Field::None);
    m.assign(u"A"_s, ColumnMapping::Field::Actors);
    m.assign(u"C"_s, ColumnMapping::Field::Actors);
    QCOMPARE(m.actors, (QStringList{u"A"_s, u"C"_s}));
    m.assign(u"A"_s, ColumnMapping::Field::Start);
    QCOMPARE(m.actors, QStringList{u"C"_s});
    QCOMPARE(m.fieldOf(u"A"_s), ColumnMapping::Field::Start);
    QCOMPARE(m.columns(), (QStringList{u"B"_s, u"A"_s, u"C"_s}));
}

void TestImportCsv::readsSpreadsheetDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("historical");
    QTest::addColumn<QString>("iso"); // empty: an error
    const int dmy = int(ColumnMapping::DateOrder::DayMonth);
    const int mdy = int(ColumnMapping::DateOrder::MonthDay);
    const int unknown = int(ColumnMapping::DateOrder::Unknown);
    QTest::newRow("iso day") << "2021-03-04"_ba << unknown << false << u"2021-03-04"_s;
    QTest::newRow("iso month") << "2021-03"_ba << unknown << false << u"2021-03"_s;
    QTest::newRow("iso minute with space")
        << "2021-03-04 10:30"_ba << unknown << false << u"2021-03-04T10:30"_s;
    QTest::newRow("iso bc") << "-0043-03-15"_ba << unknown << false << u"-0043-03-15"_s;
    QTest::newRow("year first slashes") << "2021/03/04"_ba << unknown << false << u"2021-03-04"_s;
    QTest::newRow("dmy") << "04/03/2021"_ba << dmy << false << u"2021-03-04"_s;
    QTest::newRow("mdy") << "04/03/2021"_ba << mdy << false << u"2021-04-03"_s;
    QTest::newRow("dmy dots") << "4.3.2021"_ba << dmy << false << u"2021-03-04"_s;
    QTest::newRow("dmy with time")
        << "04/03/2021 14:30"_ba << dmy << false << u"2021-03-04T14:30"_s;
    QTest::newRow("ambiguous without order") << "04/03/2021"_ba << unknown << false << QString();
    QTest::newRow("unambiguous without order")
        << "25/03/2021"_ba << unknown << false << u"2021-03-25"_s;
    QTest::newRow("wrong order") << "25/03/2021"_ba << mdy << false << QString();
    QTest::newRow("two-digit year") << "04/03/21"_ba << dmy << false << QString();
    QTest::newRow("day month name") << "4 March 2021"_ba << unknown << false << u"2021-03-04"_s;
    QTest::newRow("abbreviated") << "4 Sept 2021"_ba << unknown << false << u"2021-09-04"_s;
    QTest::newRow("excel style") << "4-Mar-2021"_ba << unknown << false << u"2021-03-04"_s;
    QTest::newRow("month day year") << "March 4, 2021"_ba << unknown << false << u"2021-03-04"_s;
    QTest::newRow("ordinal") << "March 4th, 2021"_ba << unknown << false << u"2021-03-04"_s;
    QTest::newRow("month year") << "March 2021"_ba << unknown << false << u"2021-03"_s;
    QTest::newRow("no such day") << "31 April 2021"_ba << unknown << false << QString();
    QTest::newRow("year") << "1066"_ba << unknown << false << u"1066"_s;
    QTest::newRow("short year") << "800"_ba << unknown << false << u"0800"_s;
    QTest::newRow("negative year astronomical") << "-500"_ba << unknown << false << u"-0500"_s;
    QTest::newRow("negative year historical") << "-500"_ba << unknown << true << u"-0499"_s;
    QTest::newRow("year zero historical") << "0"_ba << unknown << true << QString();
    QTest::newRow("bc") << "500 BC"_ba << unknown << false << u"-0499"_s;
    QTest::newRow("bce day") << "15 March 44 BCE"_ba << unknown << false << u"-0043-03-15"_s;
    QTest::newRow("two-digit year in words") << "15 March 44"_ba << unknown << false << QString();
    QTest::newRow("ad") << "AD 800"_ba << unknown << false << u"0800"_s;
    QTest::newRow("big bang") << "-13800000000"_ba << unknown << false << u"-13800000000"_s;
    QTest::newRow("excel serial") << "44197"_ba << unknown << false << u"2021-01-01"_s;
    QTest::newRow("excel serial with time")
        << "44197.5"_ba << unknown << false << u"2021-01-01T12:00"_s;
    QTest::newRow("excel phantom leap day") << "60"_ba << unknown << false << u"0060"_s;
    QTest::newRow("excel after bug") << "61.0"_ba << unknown << false << u"1900-03-01"_s;
    QTest::newRow("excel before bug") << "59.25"_ba << unknown << false << u"1900-02-28T06:00"_s;
    QTest::newRow("excel 29 feb 1900") << "60.5"_ba << unknown << false << QString();
    QTest::newRow("words") << "sometime soon"_ba << unknown << false << QString();
    QTest::newRow("empty") << "  "_ba << unknown << false << QString();
}

void TestImportCsv::readsSpreadsheetDates()
{
    QFETCH(QByteArray, text);
    QFETCH(int, order);
    QFETCH(bool, historical);
    QFETCH(QString, iso);
    QString error;
    const PartialDate date = SpreadsheetDates::parse(
        std::string_view(text.constData(), size_t(text.size())), ColumnMapping::DateOrder(order),
        historical ? ColumnMapping::YearNumbering::Historical
                   : ColumnMapping::YearNumbering::Astronomical,
        &error);
    QCOMPARE(date.isValid() ? date.toIsoString() : QString(), iso);
    QCOMPARE(error.isEmpty(), !iso.isEmpty());
}

void TestImportCsv::decidesColumnDateOrderOnce()
{
    using Order = ColumnMapping::DateOrder;
    SpreadsheetDates::ColumnOrder ambiguous;
    ambiguous.add("03/04/2021", 10);
    ambiguous.add("2021-05-06", 20); // ISO values do not vote
    QVERIFY(ambiguous.ambiguous());
    QCOMPARE(ambiguous.decided(), Order::Unknown);
    QCOMPARE(ambiguous.orderFor(Order::MonthDay), Order::MonthDay);
    QCOMPARE(ambiguous.ambiguousOffset(), 10);

    SpreadsheetDates::ColumnOrder dayFirst;
    dayFirst.add("03/04/2021", 0);
    dayFirst.add("13/04/2021", 1); // one value decides the whole column, earlier rows too
    QCOMPARE(dayFirst.decided(), Order::DayMonth);
    QVERIFY(!dayFirst.ambiguous());

    SpreadsheetDates::ColumnOrder mixed;
    mixed.add("13/04/2021", 0);
    mixed.add("04/13/2021", 5);
    QVERIFY(mixed.conflicting());
    QCOMPARE(mixed.decided(), Order::Unknown);
    QCOMPARE(mixed.monthFirstOffset(), 5);
}

void TestImportCsv::importsEventsTable()
{
    const LoadResult result = importFixture(u"events.csv"_s);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    QCOMPARE(result.warningCount(), 0);
    const Dataset &d = *result.dataset;
    QCOMPARE(d.events.count(), 5);
    const int hastings = eventIndex(d, u"hastings"_s);
    QVERIFY(hastings >= 0);
    QCOMPARE(d.events.title(hastings), u"Battle of Hastings"_s);
    QCOMPARE(d.events.start(hastings).toIsoString(), u"1066-10-14"_s);
    QCOMPARE(actorNames(d, hastings), (QStringList{u"Normans"_s, u"Anglo-Saxons"_s}));
    QCOMPARE(d.events.location(hastings), u"Senlac Hill, Sussex"_s);
    // A quoted cell with a line break and doubled quotes.
    QCOMPARE(d.events.description(hastings),
             u"Harold II is killed; \"the end\" of\nAnglo-Saxon England"_s);
    QCOMPARE(d.events.tags(hastings).size(), size_t(2));
    QCOMPARE(d.events.sources(hastings).size(), size_t(1));
    QCOMPARE(d.sources[d.events.sources(hastings)[0]].url, u"https://example.org/hastings"_s);
    // Spaces around list items are not part of names.
    QCOMPARE(actorNames(d, eventIndex(d, u"magna"_s)), (QStringList{u"King John"_s, u"Barons"_s}));
    const int moon = eventIndex(d, u"moon"_s);
    QCOMPARE(d.events.end(moon).toIsoString(), u"1969-07-24"_s);
    // Precision kept: a month stays a month, a year a year.
    const int crash = eventIndex(d, u"crash"_s);
    QCOMPARE(d.events.start(crash).precision, DatePrecision::Month);
    QCOMPARE(d.events.end(crash).toIsoString(), u"1929-11"_s);
    const int cold = eventIndex(d, u"cold"_s);
    QCOMPARE(d.events.start(cold).precision, DatePrecision::Year);
    QCOMPARE(d.actors.size(), size_t(7)); // each actor once
}

void TestImportCsv::importsEveryDateShape()
{
    const LoadResult result = importFixture(u"semicolon_dates.csv"_s);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    const Dataset &d = *result.dataset;
    QStringList dates;
    for (int e = 0; e < d.events.count(); ++e)
        dates << d.events.title(e) + u'=' + d.events.start(e).toIsoString();
    dates.sort();
    QCOMPARE(dates, (QStringList{u"Fifth=2021-03-12"_s, u"First=2021-03-07"_s,
                                 u"Fourth=2021-03-10T18:00"_s, u"Second=2021-03-08"_s,
                                 u"Third=2021-03-10"_s}));
    // Generated ids: the file's name and the row.
    QVERIFY(eventIndex(d, u"semicolon_dates.csv:1"_s) >= 0);
}

void TestImportCsv::importsEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("actor");
    QTest::newRow("utf-16le with bom")
        << u"utf16le_bom.tsv"_s << u"Zoë’s café opens"_s << u"Zoë Ångström"_s;
    QTest::newRow("windows-1252") << u"windows1252.csv"_s << u"Café “Le Dôme” opens"_s
                                  << u"François Müller"_s;
    QTest::newRow("utf-8 with bom") << u"utf8_bom.csv"_s << u"Naïve café"_s << QString();
}

void TestImportCsv::importsEncodings()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, actor);
    const LoadResult result = importFixture(file);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    const Dataset &d = *result.dataset;
    QStringList titles;
    for (int e = 0; e < d.events.count(); ++e)
        titles << d.events.title(e);
    QVERIFY2(titles.contains(title), qPrintable(titles.join(u", ")));
    if (!actor.isEmpty())
        QCOMPARE(d.actors.front().name, actor);
}

void TestImportCsv::warnsAboutWindows1252()
{
    const LoadResult result = importFixture(u"windows1252.csv"_s);
    QCOMPARE(result.warningCount(), 1);
    const QString text = messagesOf(result);
    QVERIFY2(text.startsWith(u"windows1252.csv:2:4: warning: the file is not UTF-8"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Windows-1252"_s));
    QCOMPARE(importFixture(u"utf16le_bom.tsv"_s).warningCount(), 0);
}

void TestImportCsv::importsPositionTableWithProfile()
{
    const LoadResult result =
        importFixture(u"tram_positions.csv"_s, u"tram_positions.profile.json"_s);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    const Dataset &d = *result.dataset;
    QCOMPARE(d.events.count(), 0);
    QCOMPARE(d.positions.size(), size_t(6));
    QCOMPARE(d.issues.size(), size_t(1));
    QCOMPARE(d.issues.front().title, u"Building the regional tram line"_s);
    QCOMPARE(d.actors.size(), size_t(6));
    QCOMPARE(d.actors.front().kind, ActorKind::Person);
    QMap<QString, Stance> stances;
    for (const Position &p : d.positions) {
        stances.insert(d.actors[size_t(p.actor)].name, p.stance);
        QCOMPARE(p.date.toIsoString(), u"2022-09"_s); // the file's one date, as precise as given
        QCOMPARE(p.visibility, Visibility::Public);
    }
    QCOMPARE(stances.value(u"Ana Ferreira"_s), Stance::Supports);
    QCOMPARE(stances.value(u"Bruno Keller"_s), Stance::Opposes);
    QCOMPARE(stances.value(u"Clara Osei"_s), Stance::Conditional);
    QCOMPARE(stances.value(u"Dmitri Volkov"_s), Stance::Neutral);
    QCOMPARE(stances.value(u"Emma Lindqvist"_s), Stance::Unclear);
    QCOMPARE(stances.value(u"Farid Haddad"_s), Stance::Supports); // the map ignores case
    const Position &ana = d.positions.front();
    QCOMPARE(ana.statement, u"Backs it"_s); // no statement column: the file's own word
    QVERIFY(ana.source >= 0);
    QCOMPARE(d.sources[size_t(ana.source)].title, u"Northport Courier"_s);
    QCOMPARE(d.sources[size_t(ana.source)].url, u"https://example.org/courier/ferreira"_s);
    // Two rows name "Candidate questionnaire" without a URL: one source.
    QCOMPARE(d.sources.size(), size_t(5));
}

void TestImportCsv::reportsProblemsWithPlaces_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("messages");
    QTest::newRow("ambiguous dates")
        << u"ambiguous_dates.csv"_s << QByteArray()
        << u"ambiguous_dates.csv:2:15: error: column \"date\": every date in this column (3 of "
           "them, such as \"03/04/2021\") could be day/month or month/day: say which (the import "
           "dialog asks; in a profile, \"dateOrder\": \"dmy\" or \"mdy\")"_s;
    QTest::newRow("mixed orders")
        << u"mixed_dates.csv"_s << QByteArray()
        << u"mixed_dates.csv:3:11: error: column \"date\": the dates in this column are written "
           "both day first (\"25/04/2021\") and month first (\"06/25/2021\"): correct them so "
           "that one order holds for the whole column"_s;
    QTest::newRow("bad rows")
        << u"bad_rows.csv"_s << QByteArray()
        << u"bad_rows.csv:3:1: error: column \"title\": the title is empty\n"
           "bad_rows.csv:4:10: error: column \"date\": cannot read \"2021-02-30\" as a date: "
           "day 30 does not exist in \"2021-02-30\" (that month has 28 days)"_s;
    QTest::newRow("no title or start to guess")
        << u"no_title.csv"_s << QByteArray()
        << u"no_title.csv:1:1: error: cannot tell which column holds what: no column is mapped "
           "to the title; no column is mapped to the start date. The columns are \"Name of "
           "thing\", \"When it was\", \"Why\". Give a column mapping with --profile FILE, or "
           "open the file with the import dialog"_s;
    QTest::newRow("unclosed quote")
        << u"unclosed_quote.csv"_s << QByteArray()
        << u"unclosed_quote.csv:3:1: error: a quoted cell is never closed: its quote runs to the "
           "end of the file"_s;
    QTest::newRow("profile names a missing column")
        << u"events.csv"_s << "{\"title\": \"Headline\", \"start\": \"Begins\"}"_ba
        << u"events.csv:1:1: error: the column mapping reads a column \"Begins\", which the "
           "file does not have; its columns are \"Id\", \"Headline\", \"Start Date\", \"End "
           "Date\", \"Who\", \"Tags\", \"Location\", \"Notes\", \"Link\""_s;
    QTest::newRow("unknown stance word")
        << u"tram_positions.csv"_s
        << "{\"kind\": \"positions\", \"actor\": \"Candidate\", \"issueTitle\": \"Tram\", "
           "\"stance\": \"Stance\", \"dateValue\": \"2022\", \"stanceValues\": "
           "{\"Backs it\": \"supports\", \"Against\": \"opposes\", \"Undecided\": "
           "\"neutral\", \"Declined to say\": \"unclear\"}}"_ba
        << u"tram_positions.csv:4:30: error: column \"Stance\": \"Backs with conditions\" is not "
           "a stance Tideline knows: map it to one of supports, opposes, conditional, neutral, "
           "unclear (the import dialog's stance map, or the profile's \"stanceValues\")"_s;
    QTest::newRow("utf-16 places")
        << u"utf16le_bom.tsv"_s << "{\"title\": \"Title\", \"start\": \"Who\"}"_ba
        << u"utf16le_bom.tsv:2:29: error: column \"Who\": cannot read \"Zoë Ångström\" as a date: "
           "expected a date like 2021-03-04, 04/03/2021, 4 March 2021, March 4, 2021, a year, or "
           "an Excel date number\n"
           "utf16le_bom.tsv:3:27: error: column \"Who\": cannot read \"Δήμος\" as a date: expected "
           "a date like 2021-03-04, 04/03/2021, 4 March 2021, March 4, 2021, a year, or an Excel "
           "date number"_s;
}

void TestImportCsv::reportsProblemsWithPlaces()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, profile);
    QFETCH(QString, messages);
    ImportOptions options;
    options.profile = profile;
    const LoadResult result = DatasetImport::load({fixture(file)}, options);
    QVERIFY(!result.ok());
    QCOMPARE(messagesOf(result), messages);
}

void TestImportCsv::skipsBadRowsWhenAsked()
{
    const LoadResult result = importFixture(u"bad_rows.csv"_s, {}, true);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    QCOMPARE(result.dataset->events.count(), 2);
    QVERIFY2(messagesOf(result).contains(u"skipped 2 row(s) that could not be read"_s),
             qPrintable(messagesOf(result)));
}

void TestImportCsv::dateOrderFromProfileResolvesAmbiguity()
{
    ImportOptions options;
    options.profile = "{\"title\": \"title\", \"start\": \"date\", \"dateOrder\": \"mdy\"}"_ba;
    const LoadResult result = DatasetImport::load({fixture(u"ambiguous_dates.csv"_s)}, options);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    QCOMPARE(result.dataset->events.start(0).toIsoString(), u"2021-03-04"_s);
    // A column whose values decide it needs no order, and is read in that order throughout:
    // 03/04/2021 is 3 April because 25/06/2021 is day first.
    const LoadResult decided = importFixture(u"day_first_dates.csv"_s);
    QVERIFY2(decided.ok(), qPrintable(messagesOf(decided)));
    QCOMPARE(decided.dataset->events.start(0).toIsoString(), u"2021-04-03"_s);
}

void TestImportCsv::previewShowsRowsAsRead()
{
    const QByteArray bytes = readFixture(u"events.csv"_s);
    const TablePreview preview =
        TableImporter::preview(bytes.constData(), bytes.size(), u"events.csv"_s, {}, 2);
    QVERIFY(preview.error.isEmpty());
    QCOMPARE(preview.encoding, u"UTF-8"_s);
    QCOMPARE(preview.delimiter, ',');
    QVERIFY(preview.header);
    QCOMPARE(preview.columns.size(), 9);
    QCOMPARE(preview.rowCount, 5);
    QCOMPARE(preview.cells.size(), 2);
    QCOMPARE(preview.cells[0][1], u"Battle of Hastings"_s);
    QCOMPARE(preview.rows.size(), 2);
    using Field = ColumnMapping::Field;
    QCOMPARE(preview.rows[0].values.value(Field::Title), u"Battle of Hastings"_s);
    QCOMPARE(preview.rows[0].values.value(Field::Start), u"1066-10-14"_s);
    QCOMPARE(preview.rows[0].values.value(Field::Actors), u"Normans; Anglo-Saxons"_s);
    QCOMPARE(preview.mapping.title, u"Headline"_s); // guessed
    QVERIFY(preview.missing.isEmpty());

    // A mapping that is not complete still shows the file.
    ColumnMapping partial;
    partial.title = u"Headline"_s;
    const TablePreview incomplete =
        TableImporter::preview(bytes.constData(), bytes.size(), u"events.csv"_s, partial, 3);
    QCOMPARE(incomplete.cells.size(), 3);
    QCOMPARE(incomplete.missing, QStringList{u"no column is mapped to the start date"_s});
    QVERIFY(incomplete.rows.isEmpty());
}

void TestImportCsv::previewAsksForDateOrder()
{
    const QByteArray bytes = readFixture(u"ambiguous_dates.csv"_s);
    const TablePreview preview =
        TableImporter::preview(bytes.constData(), bytes.size(), u"ambiguous_dates.csv"_s, {});
    QCOMPARE(preview.ambiguousDateColumns, QStringList{u"date"_s});
    QCOMPARE(preview.problems.size(), 1);
    QCOMPARE(preview.problems[0].field, ColumnMapping::Field::Start);
    QVERIFY(!preview.rows[0].values.contains(ColumnMapping::Field::Start));
    QVERIFY(!preview.rows[0].problems.isEmpty());
    // The user answers: day first.
    ColumnMapping answered = preview.mapping;
    answered.dateOrder = ColumnMapping::DateOrder::DayMonth;
    const TablePreview again =
        TableImporter::preview(bytes.constData(), bytes.size(), u"ambiguous_dates.csv"_s, answered);
    QVERIFY(again.ambiguousDateColumns.isEmpty());
    QCOMPARE(again.rows[0].values.value(ColumnMapping::Field::Start), u"2021-04-03"_s);
}

void TestImportCsv::previewListsStanceWords()
{
    const QByteArray bytes = readFixture(u"tram_positions.csv"_s);
    QString error;
    std::optional<ColumnMapping> mapping =
        ColumnMapping::fromJson(readFixture(u"tram_positions.profile.json"_s), &error);
    QVERIFY2(mapping, qPrintable(error));
    mapping->stanceValues.remove(u"Undecided"_s);
    const TablePreview preview =
        TableImporter::preview(bytes.constData(), bytes.size(), u"tram_positions.csv"_s, *mapping);
    QCOMPARE(preview.stanceWords.size(), 5);
    QCOMPARE(preview.stanceWords.value(u"Backs it"_s), 2); // "backs it" counted with it
    QCOMPARE(preview.unmappedStances, QStringList{u"Undecided"_s});
    QCOMPARE(preview.rows[0].values.value(ColumnMapping::Field::Stance), u"supports"_s);
    QCOMPARE(preview.rows[0].values.value(ColumnMapping::Field::Date), u"2022-09"_s);
}

void TestImportCsv::startBetweenTwoBounds()
{
    const QByteArray bytes = readFixture(u"between.csv"_s);
    QString error;
    const std::optional<ColumnMapping> mapping =
        ColumnMapping::fromJson(readFixture(u"between.profile.json"_s), &error);
    QVERIFY2(mapping, qPrintable(error));
    const TablePreview preview =
        TableImporter::preview(bytes.constData(), bytes.size(), u"between.csv"_s, *mapping);
    // Historical -1119 is 1119 BC, astronomical -1118.
    QCOMPARE(preview.rows[0].values.value(ColumnMapping::Field::Start),
             u"between -1118 (1119 BC) and -1088 (1089 BC)"_s);
    const LoadResult result = importFixture(u"between.csv"_s, u"between.profile.json"_s);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    const EventStore &events = result.dataset->events;
    QCOMPARE(events.start(0).toIsoString(), u"-1118"_s);
    QCOMPARE(events.startLatest(0).toIsoString(), u"-1088"_s);
    QVERIFY(!events.endIsUncertain(0));
}

void TestImportCsv::roundTripsThroughTidelineFormat()
{
    for (const auto &[file, profile] :
         {std::pair(u"events.csv"_s, QString()),
          std::pair(u"tram_positions.csv"_s, u"tram_positions.profile.json"_s),
          std::pair(u"between.csv"_s, u"between.profile.json"_s)}) {
        const LoadResult imported = importFixture(file, profile);
        QVERIFY2(imported.ok(), qPrintable(messagesOf(imported)));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"converted.json"_s);
        QCOMPARE(DatasetWriter::write(*imported.dataset, path), QString());
        const LoadResult loaded = DatasetImport::load({path});
        QVERIFY2(loaded.ok() && loaded.messages.isEmpty(), qPrintable(messagesOf(loaded)));
        const Dataset &a = *imported.dataset;
        const Dataset &b = *loaded.dataset;
        QCOMPARE(b.events.count(), a.events.count());
        for (int e = 0; e < a.events.count(); ++e) {
            QCOMPARE(b.events.id(e), a.events.id(e));
            QCOMPARE(b.events.title(e), a.events.title(e));
            QCOMPARE(b.events.start(e), a.events.start(e));
            QCOMPARE(b.events.end(e), a.events.end(e));
            QCOMPARE(b.events.startLatest(e), a.events.startLatest(e));
            QCOMPARE(b.events.endLatest(e), a.events.endLatest(e));
            QCOMPARE(b.events.location(e), a.events.location(e));
            QCOMPARE(b.events.description(e), a.events.description(e));
            QCOMPARE(actorNames(b, e), actorNames(a, e));
            QCOMPARE(b.events.tags(e).size(), a.events.tags(e).size());
            QCOMPARE(b.events.sources(e).size(), a.events.sources(e).size());
        }
        QCOMPARE(b.actors.size(), a.actors.size());
        for (size_t i = 0; i < a.actors.size(); ++i) {
            QCOMPARE(b.actors[i].id, a.actors[i].id);
            QCOMPARE(b.actors[i].name, a.actors[i].name);
            QCOMPARE(b.actors[i].kind, a.actors[i].kind);
        }
        QCOMPARE(b.positions.size(), a.positions.size());
        for (size_t i = 0; i < a.positions.size(); ++i) {
            QCOMPARE(b.positions[i].id, a.positions[i].id);
            QCOMPARE(b.positions[i].stance, a.positions[i].stance);
            QCOMPARE(b.positions[i].date, a.positions[i].date);
            QCOMPARE(b.positions[i].statement, a.positions[i].statement);
            QCOMPARE(b.positions[i].actor, a.positions[i].actor);
            QCOMPARE(b.positions[i].source, a.positions[i].source);
        }
        QCOMPARE(b.sources.size(), a.sources.size());
        for (size_t i = 0; i < a.sources.size(); ++i) {
            QCOMPARE(b.sources[i].title, a.sources[i].title);
            QCOMPARE(b.sources[i].url, a.sources[i].url);
        }
    }
}

void TestImportCsv::importsJsonRecords()
{
    ImportOptions options;
    options.format = ImportFormat::Records;
    const LoadResult result = DatasetImport::load(
        {QStringLiteral(TIDELINE_TEST_DATA "/import/records/flat.json")}, options);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    const Dataset &d = *result.dataset;
    QCOMPARE(d.events.count(), 2);
    const int treaty = eventIndex(d, u"e1"_s);
    QCOMPARE(d.events.title(treaty), u"Treaty signed"_s);
    QCOMPARE(d.events.location(treaty), u"Geneva"_s);
    QCOMPARE(actorNames(d, treaty), (QStringList{u"A"_s, u"B"_s}));
    const int talks = eventIndex(d, u"e2"_s);
    QCOMPARE(d.events.start(talks).toIsoString(), u"2020"_s); // a number is a year
    QVERIFY(d.events.location(talks).isEmpty());              // null is missing
}

void TestImportCsv::importsNestedRecordsWithProfile()
{
    QFile file(QStringLiteral(TIDELINE_TEST_DATA "/import/records/rulers.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QFile profileFile(QStringLiteral(TIDELINE_TEST_DATA "/import/records/rulers.profile.json"));
    QVERIFY(profileFile.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<ColumnMapping> mapping =
        ColumnMapping::fromJson(profileFile.readAll(), &error);
    QVERIFY2(mapping, qPrintable(error));
    const TablePreview preview =
        RecordsImporter::preview(bytes.constData(), bytes.size(), u"rulers.json"_s, *mapping, 10);
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(preview.rowCount, 4);
    QVERIFY(preview.columns.contains(u"born.after"_s));
    QVERIFY(preview.columns.contains(u"ref.url"_s));
    using Field = ColumnMapping::Field;
    // Historical numbering: -1119 is 1119 BC (astronomical -1118); both bounds kept.
    QCOMPARE(preview.rows[0].values.value(Field::Start),
             u"between -1118 (1119 BC) and -1088 (1089 BC)"_s);
    QCOMPARE(preview.rows[0].values.value(Field::End), u"-1042 (1043 BC)"_s);
    QCOMPARE(preview.rows[0].values.value(Field::Tags), u"king; zhou"_s);
    QCOMPARE(preview.rows[0].values.value(Field::SourceUrl), u"https://example.org/wu"_s);
    // A null latest bound: the start is just the earliest.
    QCOMPARE(preview.rows[1].values.value(Field::Start), u"-0062 (63 BC)"_s);
    QVERIFY(!preview.rows[1].values.contains(Field::SourceUrl));
    // A text date in a column that one value decides (28/01 is day first).
    QCOMPARE(preview.rows[2].values.value(Field::End), u"0814-01-28"_s);
    QCOMPARE(preview.rows[3].values.value(Field::Start), u"1533-09-07"_s);
    for (const TablePreview::Row &row : preview.rows)
        QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.join(u", ")));

    ImportOptions options;
    options.profileFile = QStringLiteral(TIDELINE_TEST_DATA "/import/records/rulers.profile.json");
    QCOMPARE(DatasetImport::readProfileFile(&options), QString());
    const LoadResult result = DatasetImport::load(
        {QStringLiteral(TIDELINE_TEST_DATA "/import/records/rulers.json")}, options);
    QVERIFY2(result.ok(), qPrintable(messagesOf(result)));
    const Dataset &d = *result.dataset;
    QCOMPARE(d.events.count(), 4);
    const int wu = eventIndex(d, u"rulers.json:1"_s);
    QCOMPARE(d.events.start(wu).toIsoString(), u"-1118"_s);
    QCOMPARE(d.events.startLatest(wu).toIsoString(), u"-1088"_s);
    QCOMPARE(actorNames(d, wu), QStringList{u"Zhou"_s});
    QCOMPARE(d.actors.front().kind, ActorKind::State);
}

void TestImportCsv::reportsRecordProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("messages");
    QTest::newRow("no array") << "{\"name\": \"x\"}"_ba << QByteArray()
                              << u"r.json:1:1: error: no records found: expected an array of "
                                 "objects, or an object with one (like {\"data\": [...]})"_s;
    QTest::newRow("not an object") << "[{\"title\": \"A\", \"date\": 2000}, 5]"_ba << QByteArray()
                                   << u"r.json:1:32: error: a record must be an object, found a "
                                      "number"_s;
    QTest::newRow("object where a date goes")
        << "[{\"title\": \"A\", \"date\": {\"y\": 1}}]"_ba
        << "{\"title\": \"title\", \"start\": \"date\"}"_ba
        << u"r.json:1:25: error: field \"date\": the field holds an object: map one of its "
           "fields with a dotted path, like \"date.start\"\n"
           "r.json:1:25: error: field \"date\": the start date is empty"_s;
    QTest::newRow("missing path")
        << "{\"items\": []}"_ba
        << "{\"records\": \"data\", \"title\": \"t\", \"start\": \"d\"}"_ba
        << u"r.json:1:1: error: no array of records under \"data\""_s;
    QTest::newRow("historical year zero")
        << "[{\"title\": \"A\", \"date\": 0}]"_ba
        << "{\"title\": \"title\", \"start\": \"date\", \"years\": \"historical\"}"_ba
        << u"r.json:1:25: error: field \"date\": \"0\": there is no year 0 in historical "
           "numbering (1 BC is followed by AD 1); the mapping's years are historical"_s;
}

void TestImportCsv::reportsRecordProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, profile);
    QFETCH(QString, messages);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    ImportOptions options;
    options.format = ImportFormat::Records;
    options.profile = profile;
    const LoadResult result = DatasetImport::load({path}, options);
    QVERIFY(!result.ok());
    QCOMPARE(messagesOf(result), messages);
}

QTEST_GUILESS_MAIN(TestImportCsv)
#include "tst_importcsv.moc"
