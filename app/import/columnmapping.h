// SPDX-License-Identifier: MIT
#pragma once

#include "datasetvocabulary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Which column of a table (CSV/TSV) or which field of a JSON record holds what Tideline reads,
// and how to read it: the "column mapping". The import dialog edits one, saves it as a small
// JSON "profile" (toJson/fromJson, `tideline convert --profile FILE`) and remembers it per header
// (headerKey); without either, guess() proposes one from the header's names.
//
// A table is one of two kinds:
//   Events: a row is an event (title, start, ... ).
//   Positions: a row is an actor's stated position on an issue (actor, issue, stance, ...); the
//     importer creates the actors, issues and sources the rows name.
//
// Columns are named by their header text, exactly as in the file (surrounding spaces ignored);
// in a file without a header by their number from 1 ("3"); in JSON records by the field's dotted
// path ("date.start" for {"date": {"start": ...}}). Empty: not mapped.
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    enum class Kind { Events, Positions };
    // How to read a date like 03/04/2021 when the column does not decide it.
    enum class DateOrder { Unknown, DayMonth, MonthDay };
    // How to read a bare number as a year: astronomical (0 = 1 BC, -1 = 2 BC) or historical
    // (no year 0: -1 = 1 BC, as people write "-500" for 500 BC).
    enum class YearNumbering { Astronomical, Historical };

    // One thing a column can be read as; the dialog's field chooser lists these for the kind.
    enum class Field {
        None,
        // events
        Title,
        Start,       // the start date, or the earliest the start may be when StartLatest is set
        StartLatest, // the latest the start may be: a start known only between two bounds
        End,
        EndLatest,
        Actors, // one column with a list (actorSeparator), or several columns
        Tags,
        Place,
        Description,
        SourceUrl,
        Id,
        // positions
        Actor,
        Issue,
        Stance,
        Quote,
        Statement,
        Source, // a URL or a source's name
        Date,
    };

    Kind kind = Kind::Events;

    // Events.
    QString title;
    QString start;
    QString startLatest;
    QString end;
    QString endLatest;
    QStringList actors;
    QString actorSeparator = QStringLiteral(";");
    QStringList tags;
    QString tagSeparator = QStringLiteral(";");
    QString place;
    QString description;
    QString sourceUrl;
    QString id;

    // Positions.
    QString actor;
    QString issue;      // a column naming each row's issue...
    QString issueTitle; // ...or one issue for the whole file ("Accepts the 2020 result")
    QString stance;
    // The file's words (compared without regard to case or surrounding spaces) to Tideline's
    // stances; a stance cell that is already a Tideline stance key needs no entry.
    QMap<QString, Stance> stanceValues;
    QString quote;
    QString statement;
    QString source;
    QString date;      // a column with each row's date...
    QString dateValue; // ...or one date for the whole file ("2022-09": "as of September 2022")
    Visibility visibility = Visibility::Public;

    // Actors the table names (events' actors, positions' actor) are created with this kind.
    ActorKind actorKind = ActorKind::Other;

    // Reading.
    DateOrder dateOrder = DateOrder::Unknown;
    YearNumbering yearNumbering = YearNumbering::Astronomical;
    char delimiter = 0;         // CSV: 0 = sniffed
    std::optional<bool> header; // CSV: none = sniffed
    QString recordsPath;        // JSON records: the key holding the array ("data"); empty: found

    // The mapping as a profile, and back. fromJson sets *error (and returns nothing) on anything
    // it cannot read: not JSON, an unknown key, a value of the wrong type, an unknown stance,
    // kind, order or numbering; each message names the key.
    QByteArray toJson() const;
    static std::optional<ColumnMapping> fromJson(const QByteArray &bytes, QString *error);

    // A mapping proposed from a header's names (case, spaces, '_' and '-' ignored): title,
    // headline, event → Title; date, start, start date → Start; end → End; actor, actors, who →
    // Actors; tags → Tags; place, location → Place; description, notes → Description; url, link,
    // source url → SourceUrl; id → Id. A header with a stance column and no title is a position
    // table: actor/candidate/name/who → Actor, issue, stance/position, quote, statement, source,
    // date.
    static ColumnMapping guess(const QStringList &header);
    // The key under which a mapping is remembered for this header (the same names in the same
    // order give the same key): "header/" followed by a hash of the names.
    static QString headerKey(const QStringList &header);

    // What is still missing before a table can be read, as sentences for messages ("no column
    // is mapped to the title"); empty when the mapping is complete.
    QStringList missing() const;

    // The field a column is mapped to (the first, for a column mapped twice), and setting it:
    // assign() takes the column off any field it had and, for the single-column fields, off the
    // column that had the field before. Actors and Tags gather several columns.
    Field fieldOf(const QString &column) const;
    void assign(const QString &column, Field field);
    // Every column the mapping reads, in field order.
    QStringList columns() const;

    // The profile's spelling of a field ("title", "startLatest", "sourceUrl") and what people
    // call it ("Start (latest)"), and the fields of a kind in the dialog's order.
    static QString fieldKey(Field field);
    static QString fieldLabel(Field field);
    static QList<Field> fields(Kind kind);

    // The stance a cell says: the stanceValues entry, else a Tideline stance key; none when the
    // cell says something the map does not know.
    std::optional<Stance> stanceOf(QStringView cell) const;

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};
