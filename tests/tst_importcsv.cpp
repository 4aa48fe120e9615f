// SPDX-License-Identifier: MIT
// CSV/TSV and JSON records through a column mapping: the tokenizer, encodings, dates, the
// mapping and its profile, the importers and their messages.
#include "columnmapping.h"
#include "csvreader.h"
#include "textencoding.h"

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

QTEST_GUILESS_MAIN(TestImportCsv)
#include "tst_importcsv.moc"
