<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActorTreeModel</name>
    <message>
        <location filename="../../app/itemmodels/actortreemodel.cpp" line="+18"/>
        <source>States</source>
        <translation>Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factions</source>
        <translation>Fraktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media</source>
        <extracomment>The actors of kind &quot;Media&quot;: newspapers, broadcasters and other news outlets</extracomment>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Also: %1</source>
        <translation>Auch bekannt als: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick to show only the ticked actors on the timeline.</source>
        <translation>Setzen Sie Häkchen, um nur die angehakten Akteure auf der Zeitleiste anzuzeigen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <extracomment>A column of the actor list: an actor&apos;s role or office (&quot;Prime Minister&quot;)</extracomment>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <extracomment>A column of the actor list: what kind of actor it is (state, person, ...)</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <extracomment>A column of the actor list: how many events the actor takes part in</extracomment>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>ArchiveActorCounts</name>
    <message>
        <location filename="../../app/archive/archiveactorcounts.cpp" line="+35"/>
        <source>The actors&apos; counts could not be read.</source>
        <translation>Die Zahlen der Akteure konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ArchiveAddress</name>
    <message>
        <location filename="../../app/archive/archiveaddress.cpp" line="+26"/>
        <source>&apos;%1&apos; is not an archive address; expected clickhouse://host:port/database?table=events</source>
        <translation>„%1“ ist keine Archivadresse; erwartet wird clickhouse://host:port/datenbank?table=events</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive address holds a password; give it in TIDELINE_ARCHIVE_PASSWORD instead, where other users cannot read it</source>
        <translation>die Archivadresse enthält ein Passwort; geben Sie es stattdessen in TIDELINE_ARCHIVE_PASSWORD an, wo andere Benutzer es nicht lesen können</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; is not a plain database name (letters, digits and _)</source>
        <translation>„%1“ ist kein einfacher Datenbankname (Buchstaben, Ziffern und _)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a plain table name (letters, digits and _)</source>
        <translation>„%1“ ist kein einfacher Tabellenname (Buchstaben, Ziffern und _)</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/archivecommand.cpp" line="+81"/>
        <source>made %1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis erzeugt</numerusform>
            <numerusform>%1 von %Ln Ereignissen erzeugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln event(s) made in %2 s (%3 events/s)</source>
        <translation>
            <numerusform>%1: %Ln Ereignis in %2 s erzeugt (%3 Ereignisse/s)</numerusform>
            <numerusform>%1: %Ln Ereignisse in %2 s erzeugt (%3 Ereignisse/s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>pushed %1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 von %Ln Ereignis übertragen</numerusform>
            <numerusform>%1 von %Ln Ereignissen übertragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln new event(s) of %L1</source>
        <translation>
            <numerusform>%Ln neues Ereignis von %L1</numerusform>
            <numerusform>%Ln neue Ereignisse von %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new actor(s)</source>
        <translation>
            <numerusform>%Ln neuer Akteur</numerusform>
            <numerusform>%Ln neue Akteure</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3, in %4 s (%L5 events/s)</source>
        <translation>%1: %2, %3, in %4 s (%L5 Ereignisse/s)</translation>
    </message>
</context>
<context>
    <name>ArchiveDataset</name>
    <message>
        <location filename="../../app/archive/archivedataset.cpp" line="+45"/>
        <source>%1: the archive&apos;s copy of this part&apos;s actors and positions cannot be read (%2)</source>
        <translation>%1: die Kopie der Akteure und Positionen dieses Teils im Archiv kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No room to read the archive&apos;s actors and positions: %1</source>
        <translation>Kein Platz, um die Akteure und Positionen des Archivs zu lesen: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveEventListModel</name>
    <message>
        <location filename="../../app/archive/archiveeventlistmodel.cpp" line="+42"/>
        <location line="+36"/>
        <source>the archive answered with rows that cannot be read</source>
        <translation>das Archiv antwortete mit Zeilen, die sich nicht lesen lassen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
</context>
<context>
    <name>ArchiveEventStepper</name>
    <message>
        <location filename="../../app/archive/archiveeventstepper.cpp" line="+51"/>
        <source>The archive&apos;s answer could not be read.</source>
        <translation>Die Antwort des Archivs konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ArchiveImage</name>
    <message>
        <location filename="../../app/archive/archiveimage.cpp" line="+47"/>
        <source>size %1x%2 is out of range (200x150 to 20000x20000)</source>
        <translation>Größe %1x%2 liegt außerhalb des Bereichs (200x150 bis 20000x20000)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+32"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>not enough memory for a %1x%2 image</source>
        <translation>nicht genug Speicher für ein Bild von %1x%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot paint the SVG picture</source>
        <translation>das SVG-Bild kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot paint the PDF page</source>
        <translation>die PDF-Seite kann nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>ArchiveLaneSource</name>
    <message>
        <location filename="../../app/archive/archivelanesource.cpp" line="+163"/>
        <location line="+226"/>
        <source>the archive at %1 answered with rows that cannot be read</source>
        <translation>das Archiv unter %1 antwortete mit Zeilen, die sich nicht lesen lassen</translation>
    </message>
</context>
<context>
    <name>ArchiveOverviewSource</name>
    <message>
        <location filename="../../app/archive/archiveoverviewsource.cpp" line="+47"/>
        <source>The archive&apos;s span could not be read.</source>
        <translation>Die Zeitspanne des Archivs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The archive&apos;s events per period could not be read.</source>
        <translation>Die Ereignisse des Archivs je Zeitraum konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events</source>
        <extracomment>The one series of an archive&apos;s overview: every event that passes the filter</extracomment>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>ArchivePush</name>
    <message>
        <location filename="../../app/archive/archivepush.cpp" line="+43"/>
        <source>the archive answered with rows that cannot be read</source>
        <translation>das Archiv antwortete mit Zeilen, die sich nicht lesen lassen</translation>
    </message>
</context>
<context>
    <name>ArchiveSpanExport</name>
    <message>
        <location filename="../../app/archive/archivespanexport.cpp" line="+54"/>
        <source>the archive did not answer: %1</source>
        <translation>das Archiv hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no event in the archive passes the filter</source>
        <translation>kein Ereignis im Archiv passt zum Filter</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the archive&apos;s answers for the whole span do not fit in memory at once; export a narrower filter</source>
        <translation>die Antworten des Archivs für den ganzen Zeitraum passen nicht auf einmal in den Speicher; exportieren Sie mit einem engeren Filter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  ·  the busiest %1 of %2 actors</source>
        <translation>  ·  die %1 aktivsten von %2 Akteuren</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/cachecommand.cpp" line="+28"/>
        <source>removed %n dataset image(s) from %1</source>
        <translation>
            <numerusform>%n Datensatz-Abbild aus %1 entfernt</numerusform>
            <numerusform>%n Datensatz-Abbilder aus %1 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cache: off</source>
        <translation>Cache: aus</translation>
    </message>
</context>
<context>
    <name>CachedLoad</name>
    <message>
        <location filename="../../app/cache/cachedload.cpp" line="+49"/>
        <source>cache: read the dataset&apos;s image instead of its files</source>
        <translation>Cache: das Abbild des Datensatzes statt seiner Dateien gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cache: not used (%1)</source>
        <extracomment>%1 says why (&quot;no image in …&quot;)</extracomment>
        <translation>Cache: nicht verwendet (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cache: not kept: the files changed while they were read</source>
        <translation>Cache: nicht behalten: die Dateien haben sich beim Lesen geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cache: kept the dataset&apos;s image in %1</source>
        <translation>Cache: Abbild des Datensatzes in %1 behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cache: not kept: %1</source>
        <translation>Cache: nicht behalten: %1</translation>
    </message>
</context>
<context>
    <name>ClickHouseClient</name>
    <message>
        <location filename="../../app/archive/clickhouseclient.cpp" line="+72"/>
        <source>the archive at %1 refused the request (HTTP %2): %3</source>
        <translation>das Archiv unter %1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archive at %1 did not answer within %2 s</source>
        <translation>das Archiv unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach the archive at %1: %2</source>
        <translation>das Archiv unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../app/import/columnmapping.cpp" line="+29"/>
        <source>(not imported)</source>
        <extracomment>What a column is read as: nothing, the column is left out</extracomment>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>What a column is read as: the event&apos;s start date</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (latest)</source>
        <extracomment>What a column is read as: the latest the event&apos;s start may be (a start known between two dates)</extracomment>
        <translation>Beginn (spätestens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <extracomment>What a column is read as: the event&apos;s end date</extracomment>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End (latest)</source>
        <extracomment>What a column is read as: the latest the event&apos;s end may be (an end known between two dates)</extracomment>
        <translation>Ende (spätestens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <extracomment>What a column is read as: the identifier of the event or position</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Streitfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stance</source>
        <extracomment>What a column is read as: the actor&apos;s stance on the issue (supports, opposes, ...)</extracomment>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Äußerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <extracomment>What a column is read as: where a position is reported (a URL or a source&apos;s name)</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <extracomment>What a column is read as: the date a position was stated</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>the profile is not JSON: %1 at byte %2</source>
        <translation>das Profil ist kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the profile must be a JSON object, like {&quot;title&quot;: &quot;Headline&quot;, &quot;start&quot;: &quot;Date&quot;}</source>
        <translation>das Profil muss ein JSON-Objekt sein, etwa {&quot;title&quot;: &quot;Überschrift&quot;, &quot;start&quot;: &quot;Datum&quot;}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; in the profile must be a string (a column&apos;s name)</source>
        <translation>&quot;%1&quot; im Profil muss eine Zeichenkette sein (der Name einer Spalte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;kind&quot; in the profile must be &quot;events&quot; or &quot;positions&quot;, not &quot;%1&quot;</source>
        <translation>&quot;kind&quot; im Profil muss &quot;events&quot; oder &quot;positions&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown key &quot;%1&quot; in the profile; the profile&apos;s keys are: %2</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; im Profil; die Schlüssel des Profils sind: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;format&quot; in the profile must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; im Profil muss &quot;%1&quot; sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>&quot;%1&quot; in the profile must be a column&apos;s name or a list of them</source>
        <translation>&quot;%1&quot; im Profil muss ein Spaltenname oder eine Liste von Spaltennamen sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list separator in the profile must not be empty</source>
        <translation>ein Listentrennzeichen im Profil darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;dateValue&quot; in the profile must be an ISO date like &quot;2022-09&quot;: %1</source>
        <translation>&quot;dateValue&quot; im Profil muss ein ISO-Datum wie &quot;2022-09&quot; sein: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;stanceValues&quot; in the profile must be an object from the file&apos;s words to stances, like {&quot;Fully denied&quot;: &quot;opposes&quot;}</source>
        <translation>&quot;stanceValues&quot; im Profil muss ein Objekt sein, das Wörtern der Datei Haltungen zuordnet, etwa {&quot;Strikt abgelehnt&quot;: &quot;opposes&quot;}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;stanceValues&quot; in the profile: &quot;%1&quot; must map to one of %2</source>
        <translation>&quot;stanceValues&quot; im Profil: &quot;%1&quot; muss einem der Werte %2 zugeordnet sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;visibility&quot; in the profile must be one of %1, not &quot;%2&quot;</source>
        <translation>&quot;visibility&quot; im Profil muss einer der Werte %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;actorKind&quot; in the profile must be one of %1, not &quot;%2&quot;</source>
        <translation>&quot;actorKind&quot; im Profil muss einer der Werte %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;dateOrder&quot; in the profile must be &quot;dmy&quot; (03/04/2021 is 3 April) or &quot;mdy&quot; (March 4), not &quot;%1&quot;</source>
        <translation>&quot;dateOrder&quot; im Profil muss &quot;dmy&quot; (03/04/2021 ist der 3. April) oder &quot;mdy&quot; (der 4. März) sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;years&quot; in the profile must be &quot;astronomical&quot; (0 is 1 BC) or &quot;historical&quot; (-1 is 1 BC, no year 0), not &quot;%1&quot;</source>
        <translation>&quot;years&quot; im Profil muss &quot;astronomical&quot; (0 ist 1 v. Chr.) oder &quot;historical&quot; (-1 ist 1 v. Chr., kein Jahr 0) sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;delimiter&quot; in the profile must be one of &quot;,&quot;, &quot;;&quot;, &quot;\t&quot;, &quot;|&quot;, not &quot;%1&quot;</source>
        <translation>&quot;delimiter&quot; im Profil muss einer der Werte &quot;,&quot;, &quot;;&quot;, &quot;\t&quot;, &quot;|&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;header&quot; in the profile must be true or false</source>
        <translation>&quot;header&quot; im Profil muss true oder false sein</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no column is mapped to the title</source>
        <translation>keine Spalte ist dem Titel zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the start date</source>
        <translation>keine Spalte ist dem Anfangsdatum zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a start known between two bounds needs the earliest bound too (&quot;start&quot;)</source>
        <translation>ein nur zwischen zwei Grenzen bekannter Beginn braucht auch die früheste Grenze (&quot;start&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an end known between two bounds needs the earliest bound too (&quot;end&quot;)</source>
        <translation>ein nur zwischen zwei Grenzen bekanntes Ende braucht auch die früheste Grenze (&quot;end&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column is mapped to the actor</source>
        <translation>keine Spalte ist dem Akteur zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the issue, and no issue is given for the whole file (&quot;issueTitle&quot;)</source>
        <translation>keine Spalte ist der Streitfrage zugeordnet, und für die ganze Datei ist keine Streitfrage angegeben (&quot;issueTitle&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column is mapped to the stance</source>
        <translation>keine Spalte ist der Haltung zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the date, and no date is given for the whole file (&quot;dateValue&quot;, like &quot;2022-09&quot;)</source>
        <translation>keine Spalte ist dem Datum zugeordnet, und für die ganze Datei ist kein Datum angegeben (&quot;dateValue&quot;, etwa &quot;2022-09&quot;)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+74"/>
        <source>generate --format must be tideline or gdelt, found &apos;%1&apos;</source>
        <translation>generate --format muss tideline oder gdelt sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+132"/>
        <location line="+38"/>
        <location line="+72"/>
        <location line="+113"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>%1 needs a number</source>
        <translation>%1 erwartet eine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a whole number &gt;= 0, found &apos;%2&apos;</source>
        <translation>%1 erwartet eine ganze Zahl &gt;= 0, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--actors must be 4 to 1000000</source>
        <translation>--actors muss zwischen 4 und 1000000 liegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--files must be 1 to 10000</source>
        <translation>--files muss zwischen 1 und 10000 liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>generate needs --events N</source>
        <translation>generate benötigt --events N</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>generate needs exactly one OUTPUT</source>
        <translation>generate benötigt genau eine AUSGABE</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+70"/>
        <location line="+74"/>
        <location line="+38"/>
        <location line="+72"/>
        <location line="+104"/>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>generate --archive writes into the archive, not OUTPUT</source>
        <translation>generate --archive schreibt in das Archiv, nicht in AUSGABE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate --archive takes no --files or --format</source>
        <translation>generate --archive nimmt weder --files noch --format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate --table is for --archive</source>
        <translation>generate --table gilt nur mit --archive</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 muss einer der Werte %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--group-as must be actor or tag, not &apos;%1&apos;</source>
        <translation>--group-as muss actor oder tag sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cache takes one command: clear</source>
        <translation>cache kennt nur einen Befehl: clear</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>convert needs --output FILE</source>
        <translation>convert benötigt --output DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>convert needs at least one INPUT to read</source>
        <translation>convert benötigt mindestens eine DATEI zum Lesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>archive takes one command: push</source>
        <translation>archive kennt einen Befehl: push</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--batch must be a number of events from 1 to 10000000, not &apos;%1&apos;</source>
        <translation>--batch muss eine Anzahl von Ereignissen von 1 bis 10000000 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>archive push needs --url clickhouse://host:port/database</source>
        <translation>archive push braucht --url clickhouse://host:port/datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive push needs at least one FILE or FOLDER to read</source>
        <translation>archive push braucht mindestens eine DATEI oder einen ORDNER zum Lesen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--format must be png, svg or pdf, not &apos;%1&apos;</source>
        <translation>--format muss png, svg oder pdf sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size must be WIDTHxHEIGHT from 200x150 to 20000x20000, not &apos;%1&apos;</source>
        <translation>--size muss BREITExHÖHE zwischen 200x150 und 20000x20000 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--theme must be light, dark or transparent, not &apos;%1&apos;</source>
        <translation>--theme muss light, dark oder transparent sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export needs --output FILE</source>
        <translation>export benötigt --output DATEI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot tell the format from &apos;%1&apos;; add --format png|svg|pdf</source>
        <translation>das Format lässt sich aus &apos;%1&apos; nicht ermitteln; geben Sie --format png|svg|pdf an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--theme transparent is for PNG only</source>
        <translation>--theme transparent gilt nur für PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--one-page is for PDF only (PNG and SVG are one picture)</source>
        <translation>--one-page gilt nur für PDF (PNG und SVG sind immer ein einziges Bild)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--fixed-size is for PNG and SVG; a PDF takes --one-page</source>
        <translation>--fixed-size gilt nur für PNG und SVG; für PDF gibt es --one-page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export needs at least one FILE or FOLDER to read</source>
        <translation>export benötigt mindestens eine DATEI oder einen ORDNER zum Lesen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>validate needs at least one FILE or FOLDER</source>
        <translation>validate benötigt mindestens eine DATEI oder einen ORDNER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage:
  tideline [FILTER] [--no-cache] [FILE|FOLDER...]
                                      open the files in a window (no files: the
                                      sample dataset)
  tideline ARCHIVE                    browse an event archive in a window; ARCHIVE
                                      is clickhouse://HOST[:PORT]/DB?table=NAME
  tideline validate [INPUT] FILE|FOLDER...
                                      check files; print every problem as
                                      file:line:col: error: ...; exit 1 on error
  tideline convert --output OUT.json [INPUT] [CACHE] [--force] FILE...
                                      write the files as one tideline/1 file
  tideline generate --events N [--actors K] [--seed S] [--files F] [--force]
                   [--format tideline|gdelt]
                   OUTPUT             write a synthetic dataset (F &gt; 1: a folder),
                                      or a GDELT 2.0 events export of N rows
  tideline generate --events N [--actors K] [--seed S] --archive URL
                   [--table NAME]     make N synthetic events in an archive
  tideline export --output FILE [--format png|svg|pdf] [--size WxH]
                  [--fixed-size] [--one-page] [--no-breaks]
                  [--theme light|dark|transparent] [--title TEXT] [--force]
                  [FILTER] [INPUT] [CACHE] FILE|FOLDER...
                                      write a timeline image; needs no display.
                                      Every lane with an event is drawn: a PNG
                                      or SVG grows taller than WxH if need be
                                      (--fixed-size: compact lanes instead), a
                                      PDF gets more pages (--one-page: scaled).
                                      Long empty stretches are collapsed into
                                      a break mark unless --no-breaks.
  tideline cache clear                remove every dataset image from the cache
  tideline archive push --url URL [--table NAME] [--batch N] [INPUT] [CACHE]
                        FILE|FOLDER...
                                      put the files&apos; events into a ClickHouse
                                      archive (URL: clickhouse://host:port/db);
                                      events it holds already are not sent again.
                                      A password is read from
                                      TIDELINE_ARCHIVE_PASSWORD
  tideline --help | --version

FILTER: --actor ID (repeat for several), --from DATE, --to DATE, --query TEXT,
--tag TAG (repeat). DATE as in the data files: 2024, 2024-04, 2024-07-15.
INPUT: --format NAME (export: --input-format NAME), one of tideline, timelinejs,
vis, csv, records, gdelt, icews, acled (default: recognised from each file);
--profile FILE, a column mapping for CSV/TSV and JSON records; --skip-bad-rows,
leave out rows that cannot be read (and say how many) instead of failing;
--group-as actor|tag, what TimelineJS and vis.js groups become (default actor).
CACHE: --no-cache, read the files even when the cache holds their image, and
keep none; --verbose, say what the cache did and why. Reopening unchanged files
reads their image from the user&apos;s cache folder instead of parsing them; validate
always reads the files.
A FOLDER stands for the *.json files in it. The format is described in
docs/FORMAT.md.
</source>
        <translation>Aufruf:
  tideline [FILTER] [--no-cache] [DATEI|ORDNER...]
                                      öffnet die Dateien in einem Fenster (ohne
                                      Dateien: den Beispieldatensatz)
  tideline ARCHIV                     zeigt ein Ereignisarchiv in einem Fenster;
                                      ARCHIV ist clickhouse://HOST[:PORT]/DB?table=NAME
  tideline validate [EINGABE] DATEI|ORDNER...
                                      prüft Dateien (Exit 1 bei Fehlern); meldet
                                      jedes Problem als datei:zeile:spalte: error: ...
  tideline convert --output AUSGABE.json [EINGABE] [CACHE] [--force] DATEI...
                                      schreibt die Dateien als eine tideline/1-Datei
  tideline generate --events N [--actors K] [--seed S] [--files F] [--force]
                   [--format tideline|gdelt]
                   AUSGABE            schreibt einen synthetischen Datensatz (F &gt; 1:
                                      ein Ordner) oder N Zeilen als GDELT-2.0-Export
  tideline generate --events N [--actors K] [--seed S] --archive URL
                   [--table NAME]     erzeugt N synthetische Ereignisse in einem Archiv
  tideline export --output DATEI [--format png|svg|pdf] [--size BxH]
                  [--fixed-size] [--one-page] [--no-breaks]
                  [--theme light|dark|transparent] [--title TEXT] [--force]
                  [FILTER] [EINGABE] [CACHE] DATEI|ORDNER...
                                      schreibt ein Bild der Zeitleiste; braucht keine
                                      Anzeige. Jede Spur mit Ereignissen wird
                                      gezeichnet: PNG und SVG werden bei Bedarf höher
                                      als BxH (--fixed-size: dafür kompakte Spuren),
                                      PDF erhält mehr Seiten (--one-page: skaliert).
                                      Lange leere Abschnitte werden verkürzt und als
                                      Unterbrechung markiert, außer mit --no-breaks.
  tideline cache clear                entfernt alle Datensatz-Abbilder aus dem Cache
  tideline archive push --url URL [--table NAME] [--batch N] [INPUT] [CACHE]
                        FILE|FOLDER...
                                      legt die Ereignisse der Dateien in einem
                                      ClickHouse-Archiv ab (URL:
                                      clickhouse://host:port/db); was es schon
                                      enthält, wird nicht erneut gesendet. Ein
                                      Passwort wird aus TIDELINE_ARCHIVE_PASSWORD
                                      gelesen
  tideline --help | --version

FILTER: --actor ID (wiederholbar), --from DATUM, --to DATUM, --query TEXT,
--tag SCHLAGWORT (wiederholbar). DATUM wie in den Daten: 2024, 2024-04, 2024-07-15.
EINGABE: --format NAME (export: --input-format NAME), einer von tideline,
timelinejs, vis, csv, records, gdelt, icews, acled (Standard: je Datei erkannt);
--profile DATEI, Spaltenzuordnung für CSV/TSV und JSON-Einträge; --skip-bad-rows,
nicht lesbare Zeilen auslassen (und ihre Anzahl melden), statt abzubrechen;
--group-as actor|tag, wozu TimelineJS- und vis.js-Gruppen werden (Standard: actor).
CACHE: --no-cache, die Dateien auch lesen, wenn der Cache ihr Abbild enthält, und
keines behalten; --verbose, melden, was der Cache getan hat und warum. Unveränderte
Dateien werden beim erneuten Öffnen als Abbild aus dem Cache-Ordner des Benutzers
gelesen, statt sie zu parsen; validate liest immer die Dateien.
Ein ORDNER steht für die darin enthaltenen *.json-Dateien. Das Format ist in
docs/FORMAT.md beschrieben.
</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <location filename="../../app/cli/convertcommand.cpp" line="+28"/>
        <source>%1 exists; use --force to overwrite it</source>
        <translation>%1 existiert bereits; verwenden Sie --force, um die Datei zu überschreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is also an input; Tideline never writes over a file it reads</source>
        <translation>%1 ist auch eine Eingabedatei; Tideline überschreibt nie eine Datei, die es liest</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>nothing written: %n error(s)</source>
        <translation>
            <numerusform>nichts geschrieben: %n Fehler</numerusform>
            <numerusform>nichts geschrieben: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>wrote %1 (%2, %3, %4) in %5 ms</source>
        <extracomment>What `tideline convert` prints: %1 is the file written, %2 to %4 what it holds (&quot;23 events&quot;, &quot;5 actors&quot;, &quot;40 positions&quot;), %5 the time it took in milliseconds</extracomment>
        <translation>%1 geschrieben (%2, %3, %4) in %5 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actors</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n positions</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../app/import/csvreader.cpp" line="+152"/>
        <source>a quoted cell is never closed: its quote runs to the end of the file</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen: ihr Anführungszeichen reicht bis zum Dateiende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text after a quoted cell&apos;s closing quote (a quote inside a quoted cell must be doubled: &quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen einer Zelle (ein Anführungszeichen innerhalb einer Zelle in Anführungszeichen muss verdoppelt werden: &quot;&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>more than %n cells in one row</source>
        <translation>
            <numerusform>mehr als %n Zelle in einer Zeile</numerusform>
            <numerusform>mehr als %n Zellen in einer Zeile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The name of a CSV file&apos;s delimiter: the tab character</extracomment>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipe</source>
        <extracomment>The name of a CSV file&apos;s delimiter: the character |</extracomment>
        <translation>senkrechter Strich</translation>
    </message>
</context>
<context>
    <name>DatasetBuilder</name>
    <message>
        <location filename="../../app/io/actorhierarchy.cpp" line="+51"/>
        <source>actor %1 is its own ancestor: %2</source>
        <translation>Akteur %1 ist sein eigener Vorfahre: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>actor %1 has more than %n levels of parents above it (%2); at most %n are allowed</source>
        <translation>
            <numerusform>Akteur %1 hat mehr als %n Ebene übergeordneter Akteure (%2); höchstens %n ist erlaubt</numerusform>
            <numerusform>Akteur %1 hat mehr als %n Ebenen übergeordneter Akteure (%2); höchstens %n sind erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/io/datasetbuilder.cpp" line="+99"/>
        <location filename="../../app/io/datasetfieldreader.h" line="+51"/>
        <location line="+130"/>
        <source>field %1 appears twice in one object</source>
        <translation>Feld %1 kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/io/datasetfieldreader.h" line="-132"/>
        <location line="+126"/>
        <source>unknown field %1 (ignored)</source>
        <translation>unbekanntes Feld %1 (ignoriert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/io/datasetfieldreader.h" line="+25"/>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;%1&quot;, found %2; this build reads %1 only</source>
        <translation>&quot;%1&quot; erwartet, gefunden: %2; diese Version liest nur %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing &quot;format&quot;: &quot;%1&quot;; is this a Tideline dataset?</source>
        <translation>&quot;format&quot;: &quot;%1&quot; fehlt; ist das ein Tideline-Datensatz?</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+16"/>
        <location line="+80"/>
        <location line="+47"/>
        <source>%1 id %2 is already used</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;, &quot;event&quot;), %2 the id</extracomment>
        <translation>ID %2 (%1) ist bereits vergeben</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+15"/>
        <location line="+79"/>
        <location line="+48"/>
        <location line="+125"/>
        <source>first defined at</source>
        <extracomment>Introduces where an id was first defined: &quot;first defined at FILE:2:19&quot;</extracomment>
        <translation>erstmals definiert in</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 id %2 is also made up by an import; the first definition is kept</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;source&quot;), %2 the id</extracomment>
        <translation>ID %2 (%1) wird auch von einem Import erzeugt; die erste Definition bleibt erhalten</translation>
    </message>
    <message>
        <location line="+161"/>
        <location line="+52"/>
        <source>ends (%1) before it starts (%2)</source>
        <translation>Ende (%1) liegt vor dem Beginn (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>needs a &quot;statement&quot; (in your words) or a &quot;quote&quot; (verbatim), or both</source>
        <translation>benötigt ein &quot;statement&quot; (in eigenen Worten) oder ein &quot;quote&quot; (wörtlich) oder beides</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown %1 id %2</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;), %2 the id</extracomment>
        <translation>unbekannte ID %2 (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown %1 id %2; did you mean %3? (ids are compared exactly)</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;), %2 the id, %3 an id that differs from it only in letter case or accents</extracomment>
        <translation>unbekannte ID %2 (%1); meinten Sie %3? (IDs werden exakt verglichen)</translation>
    </message>
    <message>
        <location filename="../../app/io/datasetfieldreader.h" line="-163"/>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>missing required field %1</source>
        <translation>Pflichtfeld %1 fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+147"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>expected a colour as #rrggbb, found %1</source>
        <translation>Farbe im Format #rrggbb erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a date string or an object {&quot;earliest&quot;: date, &quot;latest&quot;: date}, found %1</source>
        <translation>Datumszeichenkette oder Objekt {&quot;earliest&quot;: Datum, &quot;latest&quot;: Datum} erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>missing required field %1 (a date known between two bounds needs both &quot;earliest&quot; and &quot;latest&quot;)</source>
        <translation>Pflichtfeld %1 fehlt (ein nur zwischen zwei Grenzen bekanntes Datum braucht sowohl &quot;earliest&quot; als auch &quot;latest&quot;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the latest bound (%1) lies before the earliest (%2)</source>
        <translation>die späteste Grenze (%1) liegt vor der frühesten (%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>expected one of %1, found %2</source>
        <translation>einer der Werte %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../../app/io/lookalikeids.cpp" line="+91"/>
        <source>%1 id %2 differs from %3 only in how its accents are encoded (Unicode normalisation)</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;), %2 and %3 two ids</extracomment>
        <translation>ID %2 (%1) unterscheidet sich von %3 nur in der Kodierung der Akzente (Unicode-Normalisierung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 id %2 differs from %3 only in letter case</source>
        <translation>ID %2 (%1) unterscheidet sich von %3 nur in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 id %2 differs from %3 only in letter case and in how its accents are encoded</source>
        <translation>ID %2 (%1) unterscheidet sich von %3 nur in der Groß-/Kleinschreibung und in der Kodierung der Akzente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; ids are compared exactly, so these are two different %1 records</source>
        <extracomment>Follows &quot;%1 id %2 differs from %3 …&quot;: %1 is the same kind of record as the file names it, not translated (&quot;actor&quot;): &quot;two different actor records&quot;</extracomment>
        <translation>; IDs werden exakt verglichen, daher sind dies zwei verschiedene Einträge vom Typ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is first defined at</source>
        <extracomment>Introduces where an id was first defined: %1 is the id, as in: &quot;Hamas&quot; is first defined at FILE:2:19</extracomment>
        <translation>%1 ist erstmals definiert in</translation>
    </message>
</context>
<context>
    <name>DatasetCache</name>
    <message>
        <location filename="../../app/cache/datasetcache.cpp" line="+53"/>
        <source>no image in %1</source>
        <translation>kein Abbild in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <extracomment>%1 is a dataset image&apos;s path, %2 what is wrong with it (&quot;corrupt or truncated&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing to keep</source>
        <translation>nichts zu behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot make the cache folder %1</source>
        <translation>der Cache-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no error writing to /dev/full</source>
        <translation>kein Fehler beim Schreiben nach /dev/full</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>DatasetFileReader</name>
    <message>
        <location filename="../../app/io/datasetfilereader.cpp" line="+53"/>
        <source>the number %1%2 is too large to read (beyond ±1.8e308)</source>
        <translation>die Zahl %1%2 ist zu groß zum Einlesen (jenseits von ±1.8e308)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON: a NUL byte (zero), which JSON does not allow anywhere; is this a binary file?</source>
        <translation>kein gültiges JSON: ein NUL-Byte (Null), das JSON nirgends zulässt; ist das eine Binärdatei?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON: control character U+%1 inside a string; write it as \u%1</source>
        <translation>kein gültiges JSON: Steuerzeichen U+%1 in einer Zeichenkette; schreiben Sie es als \u%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON: a line break or tab inside a string; write it as \n or \t</source>
        <translation>kein gültiges JSON: ein Zeilenumbruch oder Tabulator in einer Zeichenkette; schreiben Sie ihn als \n bzw. \t</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON: %1 is not a JSON value (JSON has no NaN or Infinity; use null, or leave the field out)</source>
        <translation>kein gültiges JSON: %1 ist kein JSON-Wert (JSON kennt weder NaN noch Infinity; verwenden Sie null oder lassen Sie das Feld weg)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>expected a JSON object with &quot;format&quot;: &quot;tideline/1&quot; at the top, found %1</source>
        <translation>JSON-Objekt mit &quot;format&quot;: &quot;tideline/1&quot; auf oberster Ebene erwartet, gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>Werte tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>Werte tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON object with &quot;format&quot;: &quot;tideline/1&quot; at the top, found an array</source>
        <translation>JSON-Objekt mit &quot;format&quot;: &quot;tideline/1&quot; auf oberster Ebene erwartet, gefunden: ein Array</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>more than %n values in one record; Tideline stops reading here</source>
        <translation>
            <numerusform>mehr als %n Wert in einem Eintrag; Tideline liest hier nicht weiter</numerusform>
            <numerusform>mehr als %n Werte in einem Eintrag; Tideline liest hier nicht weiter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+361"/>
        <source>the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>die Datei ist UTF-16; Tideline liest UTF-8-JSON (speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> (the file ends early: is it cut off?)</source>
        <translation> (die Datei endet vorzeitig: ist sie abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is the JSON parser&apos;s own description of the error, in English</extracomment>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid JSON: unexpected text after the top-level object</source>
        <translation>kein gültiges JSON: unerwarteter Text nach dem Objekt der obersten Ebene</translation>
    </message>
</context>
<context>
    <name>DatasetGenerator</name>
    <message>
        <location filename="../../app/io/datasetgenerator.cpp" line="+478"/>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>need events &gt;= 0, actors &gt;= 4 and files &gt;= 1</source>
        <translation>erforderlich sind events &gt;= 0, actors &gt;= 4 und files &gt;= 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GDELT export is one file: --files must be 1</source>
        <translation>ein GDELT-Export ist eine einzige Datei: --files muss 1 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>DatasetImage</name>
    <message>
        <location filename="../../app/cache/datasetimage.cpp" line="+406"/>
        <source>read</source>
        <extracomment>What came of reading a dataset&apos;s cached image: it was read and is good</extracomment>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a dataset image (truncated?)</source>
        <translation>kein Datensatz-Abbild (abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by another version</source>
        <translation>von einer anderen Version geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the files changed since it was written</source>
        <translation>die Dateien haben sich seit dem Schreiben geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrupt or truncated</source>
        <translation>beschädigt oder abgeschnitten</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <location filename="../../app/import/datasetimport.cpp" line="+59"/>
        <source>reading %1 files is not built yet</source>
        <translation>Dateien im Format %1 kann diese Version noch nicht lesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the profile %1: %2</source>
        <translation>das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <location filename="../../app/io/changedetectingreader.cpp" line="+23"/>
        <location line="+14"/>
        <location line="+9"/>
        <location filename="../../app/io/pathkind.cpp" line="+34"/>
        <source>cannot open: %1</source>
        <translation>Öffnen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../app/io/pathkind.cpp" line="+16"/>
        <source>is not an ordinary file; Tideline reads ordinary files only</source>
        <translation>ist keine gewöhnliche Datei; Tideline liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the file does not hold the %1 bytes its size says; is it a special file (such as one under /proc)?</source>
        <translation>die Datei enthält nicht die %1 Bytes, die ihre Größe angibt; ist es eine Spezialdatei (etwa unter /proc)?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location filename="../../app/io/sourcefile.cpp" line="+167"/>
        <source>the file changed while it was being read; try again</source>
        <translation>die Datei hat sich beim Lesen geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../app/io/datasetloader.cpp" line="+169"/>
        <source>cannot read the folder: permission denied</source>
        <translation>der Ordner kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a folder, not a file; skipped (folders inside a folder are not read)</source>
        <translation>ist ein Ordner, keine Datei; übersprungen (Ordner in einem Ordner werden nicht gelesen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the folder holds no .json files</source>
        <translation>der Ordner enthält keine .json-Dateien</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no files given</source>
        <translation>keine Dateien angegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>loading was cancelled; nothing was opened</source>
        <translation>Laden abgebrochen; nichts wurde geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>stopped after %n errors; more errors not shown</source>
        <translation>
            <numerusform>nach %n Fehler abgebrochen; weitere Fehler werden nicht angezeigt</numerusform>
            <numerusform>nach %n Fehlern abgebrochen; weitere Fehler werden nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/io/filewindowstream.cpp" line="+35"/>
        <location line="+57"/>
        <location filename="../../app/io/sourcefile.cpp" line="-44"/>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../../app/io/foreignformat.cpp" line="+19"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive (or an .xlsx, .docx or .odt document)</source>
        <translation>ein ZIP-Archiv (oder ein .xlsx-, .docx- oder .odt-Dokument)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gzip-compressed file (unpack it first)</source>
        <translation>eine gzip-komprimierte Datei (bitte zuerst entpacken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this looks like %1, not JSON</source>
        <extracomment>%1 is the kind of file it looks like (&quot;a PNG image&quot;)</extracomment>
        <translation>das ist offenbar %1, kein JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is UTF-32; Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>die Datei ist UTF-32; Tideline liest UTF-8-JSON (speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file looks like UTF-16 (every other byte is zero); Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>die Datei ist offenbar UTF-16 (jedes zweite Byte ist null); Tideline liest UTF-8-JSON (speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file starts with NUL bytes (zeros), not text; it may have been damaged while it was written</source>
        <translation>die Datei beginnt mit NUL-Bytes (Nullen) statt mit Text; sie wurde möglicherweise beim Schreiben beschädigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this looks like an HTML page, not JSON (a page saved from a browser, or an error page instead of the file?)</source>
        <translation>das ist offenbar eine HTML-Seite, kein JSON (eine im Browser gespeicherte Seite oder eine Fehlerseite statt der Datei?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this looks like XML or HTML, not JSON</source>
        <translation>das ist offenbar XML oder HTML, kein JSON</translation>
    </message>
    <message>
        <location filename="../../app/io/pathkind.cpp" line="-23"/>
        <source>the symbolic link leads back to itself (a loop); it names no file</source>
        <translation>der symbolische Link verweist auf sich selbst (eine Schleife); er bezeichnet keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the symbolic link points to %1, which does not exist</source>
        <translation>der symbolische Link verweist auf %1, doch dieses Ziel existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is a named pipe (FIFO), not a file; Tideline reads ordinary files only</source>
        <translation>ist eine benannte Pipe (FIFO), keine Datei; Tideline liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a device, not a file; Tideline reads ordinary files only</source>
        <translation>ist ein Gerät, keine Datei; Tideline liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a socket, not a file; Tideline reads ordinary files only</source>
        <translation>ist ein Socket, keine Datei; Tideline liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the symbolic link names no file</source>
        <translation>der symbolische Link bezeichnet keine Datei</translation>
    </message>
    <message>
        <location filename="../../app/io/sourcefile.cpp" line="-17"/>
        <source>not enough memory to read the file (%1 MB)</source>
        <translation>nicht genug Speicher, um die Datei zu lesen (%1 MB)</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <location filename="../../app/io/datasetwriter.cpp" line="+293"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../../app/time/dateformat.cpp" line="+17"/>
        <source>c. %1</source>
        <extracomment>%1 is a date; &quot;c.&quot; (circa) marks it as approximate: &quot;c. 1200&quot;</extracomment>
        <translation>ca. %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 %2</source>
        <extracomment>A month: %1 is its name, %2 the year: &quot;April 2024&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3</source>
        <extracomment>A day: %1 is the day of the month, %2 the month&apos;s name, %3 the year: &quot;15 July 2024&quot;</extracomment>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %3, %4</source>
        <extracomment>A moment: %1 is the day of the month, %2 the month&apos;s name, %3 the year, %4 the time of day: &quot;15 July 2024, 14:30&quot;</extracomment>
        <translation>%1. %2 %3, %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 BC</source>
        <extracomment>A year before year 1: %1 is its number counted back from 1 BC: &quot;44 BC&quot;</extracomment>
        <translation>%1 v. Chr.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1%2%3 %4</source>
        <extracomment>Months of one year: %1 is the first month&apos;s name, %2 a dash, %3 the last month&apos;s name, %4 the year: &quot;May–June 2024&quot;</extracomment>
        <translation>%1%2%3 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1%2%3 %4 %5</source>
        <extracomment>Days of one month: %1 is the first day, %2 a dash, %3 the last day, %4 the month&apos;s name, %5 the year: &quot;21–23 July 2024&quot;</extracomment>
        <translation>%1.%2%3. %4 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %3 %4 %5 %6</source>
        <extracomment>Days of one year: %1 is the first day, %2 its month&apos;s name, %3 a dash, %4 the last day, %5 its month&apos;s name, %6 the year: &quot;28 June – 3 July 2024&quot;</extracomment>
        <translation>%1. %2 %3 %4. %5 %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>between %1 and %2</source>
        <extracomment>A date known only between two bounds: %1 is the earliest date, %2 the latest</extracomment>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from %1 to %2</source>
        <extracomment>%1 is the start date, %2 the end date; either may read &quot;between … and …&quot;</extracomment>
        <translation>Beginn %1, Ende %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>known to the year</source>
        <translation>auf das Jahr genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the month</source>
        <translation>auf den Monat genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the day</source>
        <translation>auf den Tag genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the minute</source>
        <translation>auf die Minute genau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the second</source>
        <translation>auf die Sekunde genau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, approximate</source>
        <extracomment>%1 says how exact a date is: &quot;known to the month&quot;</extracomment>
        <translation>%1, ungefähr</translation>
    </message>
</context>
<context>
    <name>EventDataImport</name>
    <message>
        <location filename="../../app/import/acledimporter.cpp" line="+140"/>
        <source>not an ACLED file: the header has no %1</source>
        <translation>keine ACLED-Datei: in der Kopfzeile fehlt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an ACLED file: the header has no &quot;event_id_cnty&quot;</source>
        <translation>keine ACLED-Datei: in der Kopfzeile fehlt &quot;event_id_cnty&quot;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the event has no id</source>
        <translation>das Ereignis hat keine ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date such as 2023-02-16, 16/02/2023 or 16 February 2023, found &quot;%1&quot;</source>
        <translation>Datum wie 2023-02-16, 16/02/2023 oder 16 February 2023 erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a time precision of 1 (the day), 2 (the week) or 3 (the month), found &quot;%1&quot;</source>
        <translation>Zeitgenauigkeit 1 (Tag), 2 (Woche) oder 3 (Monat) erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/import/eventdataimport.cpp" line="+74"/>
        <source>unknown country code &quot;%1&quot;: the actor is left without a country</source>
        <translation>unbekannter Ländercode &quot;%1&quot;: der Akteur bleibt ohne Land</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the file is not UTF-8: read as Windows-1252</source>
        <translation>die Datei ist nicht UTF-8: als Windows-1252 gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty: expected a header row</source>
        <translation>die Datei ist leer: Kopfzeile erwartet</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>expected %n cells like the header, found %1</source>
        <translation>
            <numerusform>%n Zelle wie in der Kopfzeile erwartet, gefunden: %1</numerusform>
            <numerusform>%n Zellen wie in der Kopfzeile erwartet, gefunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../app/import/gdeltimporter.cpp" line="+137"/>
        <source>not UTF-8 text, or holds control characters</source>
        <translation>kein UTF-8-Text oder enthält Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../../app/import/gdeltimporter.cpp" line="+62"/>
        <source>expected the 61 tab-separated columns of a GDELT 2.0 events export (or GDELT 1.0&apos;s 58 or 57), found %1</source>
        <translation>die 61 tabulatorgetrennten Spalten eines GDELT-2.0-Ereignisexports erwartet (oder 58 bzw. 57 bei GDELT 1.0), gefunden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected %1 tab-separated columns like the first row, found %2</source>
        <translation>%1 tabulatorgetrennte Spalten wie in der ersten Zeile erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expected the event&apos;s number, found %1</source>
        <translation>Nummer des Ereignisses erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected the event&apos;s day as YYYYMMDD, found %1</source>
        <translation>Tag des Ereignisses im Format JJJJMMTT erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a CAMEO event code such as &quot;040&quot;, found %1</source>
        <translation>CAMEO-Ereigniscode wie &quot;040&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a quad class from 1 to 4, found %1</source>
        <translation>QuadClass von 1 bis 4 erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CAMEO event code %1 is not in the CAMEO codebook; its events are titled by the code</source>
        <translation>CAMEO-Ereigniscode %1 steht nicht im CAMEO-Codebuch; seine Ereignisse werden nach dem Code benannt</translation>
    </message>
    <message>
        <location filename="../../app/import/icewsimporter.cpp" line="+56"/>
        <source>not an ICEWS events file: the header has no %1</source>
        <translation>keine ICEWS-Ereignisdatei: in der Kopfzeile fehlt %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the event has no number</source>
        <translation>das Ereignis hat keine Nummer</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../app/itemmodels/eventtablemodel.cpp" line="+78"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>ExportCaption</name>
    <message>
        <location filename="../../app/render/exportcaption.cpp" line="+30"/>
        <source>with all of %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 lists actors, events have all of them</extracomment>
        <translation>mit allen von: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with any of %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 lists actors, events have at least one of them</extracomment>
        <translation>mit mindestens einem von: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 is the first date shown</extracomment>
        <translation>ab %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 is the last date shown</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mentioning “%1”</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 is the text searched for</extracomment>
        <translation>mit Erwähnung von „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tagged %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 lists tags</extracomment>
        <translation>mit Schlagwort %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <extracomment>A source in an exported timeline&apos;s caption: %1 is its title, %2 its publisher</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All events</source>
        <extracomment>An exported timeline&apos;s caption when no filter is set</extracomment>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events %1</source>
        <extracomment>An exported timeline&apos;s caption: %1 lists the filter&apos;s parts (&quot;with any of …; from …; tagged …&quot;)</extracomment>
        <translation>Ereignisse %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — Source: %1</source>
        <extracomment>Added to an exported timeline&apos;s caption: %1 lists up to three sources</extracomment>
        <translation> — Quelle: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <extracomment>Added after &quot; — Source: %1&quot; when the dataset has more sources than it lists</extracomment>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — Tideline</source>
        <extracomment>Ends an exported timeline&apos;s caption: the program that made the picture</extracomment>
        <translation> — Tideline</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="+31"/>
        <source>%1 exists; use --force to overwrite it</source>
        <translation>%1 existiert bereits; verwenden Sie --force, um die Datei zu überschreiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing written: the dataset has errors</source>
        <translation>nichts geschrieben: der Datensatz enthält Fehler</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>, %n pages</source>
        <extracomment>Follows the format in what `tideline export` prints (&quot;PDF, 3 pages&quot;); %n is 2 or more</extracomment>
        <translation>
            <numerusform>, %n Seite</numerusform>
            <numerusform>, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 lane</source>
        <translation>1 Spur</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lanes</source>
        <extracomment>%n is 0, or 2 or more</extracomment>
        <translation>
            <numerusform>%n Spur</numerusform>
            <numerusform>%n Spuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n events</source>
        <extracomment>%1 is the events shown, %n all events of the dataset</extracomment>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote %1 (%2x%3 %4%5, %6, %7)</source>
        <extracomment>What `tideline export` prints: %1 is the file written, %2 its width and %3 its height in pixels, %4 its format (&quot;PNG&quot;), %5 its pages when more than one (&quot;, 3 pages&quot;), %6 the events shown (&quot;20 of 80 events&quot;), %7 the lanes (&quot;3 lanes&quot;)</extracomment>
        <translation>%1 geschrieben (%2x%3 %4%5, %6, %7)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n lanes did not fit at %1x%2; the caption says so</source>
        <extracomment>%1 is a width, %2 a height, in pixels</extracomment>
        <translation>
            <numerusform>%n Spur passte nicht in %1x%2; die Bildunterschrift weist darauf hin</numerusform>
            <numerusform>%n Spuren passten nicht in %1x%2; die Bildunterschrift weist darauf hin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message>
        <location filename="../../app/render/exportplan.cpp" line="+106"/>
        <source>%1 · %2</source>
        <extracomment>A line of the key under an exported timeline: %1 is an event&apos;s title, %2 its date</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+185"/>
        <source> — 1 member folded into their state&apos;s or faction&apos;s lane to fit</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation> — 1 Mitglied aus Platzgründen in die Spur seines Staates oder seiner Fraktion eingeklappt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> — %n members folded into their states&apos; or factions&apos; lanes to fit</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation>
            <numerusform> — %n Mitglied aus Platzgründen in die Spur seines Staates oder seiner Fraktion eingeklappt</numerusform>
            <numerusform> — %n Mitglieder aus Platzgründen in die Spuren ihrer Staaten oder Fraktionen eingeklappt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source> — 1 more lane with events did not fit; export a taller picture or a PDF to see them</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation> — 1 weitere Spur mit Ereignissen passte nicht ins Bild; exportieren Sie ein höheres Bild oder ein PDF, um sie zu sehen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> — %n more lanes with events did not fit; export a taller picture or a PDF to see them</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation>
            <numerusform> — %n weitere Spur mit Ereignissen passte nicht ins Bild; exportieren Sie ein höheres Bild oder ein PDF, um sie zu sehen</numerusform>
            <numerusform> — %n weitere Spuren mit Ereignissen passten nicht ins Bild; exportieren Sie ein höheres Bild oder ein PDF, um sie zu sehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterSpec</name>
    <message>
        <location filename="../../app/filter/filterspec.cpp" line="+17"/>
        <source>%1: %2</source>
        <extracomment>%1 is a command-line option (&quot;--from&quot;), %2 what is wrong with its date</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) liegt vor --from (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown actor kind &apos;%1&apos;; expected one of %2</source>
        <translation>unbekannte Akteursart &apos;%1&apos;; erwartet wird einer der Werte %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown visibility &apos;%1&apos;; expected one of %2</source>
        <translation>unbekannte Sichtbarkeit &apos;%1&apos;; erwartet wird einer der Werte %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown actor &apos;%1&apos;: no actor in the dataset has that &quot;id&quot;</source>
        <translation>unbekannter Akteur &apos;%1&apos;: kein Akteur im Datensatz hat diese &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>unbekanntes Schlagwort &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <location filename="../../app/import/importcontext.cpp" line="+81"/>
        <source>%1 (row skipped)</source>
        <extracomment>%1 says what is wrong with a row of the imported file</extracomment>
        <translation>%1 (Zeile übersprungen)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>skipped %n row(s) that could not be read</source>
        <translation>
            <numerusform>%n nicht lesbare Zeile übersprungen</numerusform>
            <numerusform>%n nicht lesbare Zeilen übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <location filename="../../app/import/importformat.cpp" line="+22"/>
        <source>Tideline</source>
        <translation>Tideline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TimelineJS</source>
        <translation>TimelineJS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vis.js Timeline</source>
        <translation>vis.js Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV/TSV</source>
        <translation>CSV/TSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON records</source>
        <translation>JSON-Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDELT 2.0 events</source>
        <translation>GDELT-2.0-Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICEWS events</source>
        <translation>ICEWS-Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACLED events</source>
        <translation>ACLED-Ereignisse</translation>
    </message>
</context>
<context>
    <name>JsonRecord</name>
    <message>
        <location filename="../../app/io/jsonrecord.cpp" line="+52"/>
        <source>null</source>
        <extracomment>The JSON types, in &quot;expected a string, found %1&quot;</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <location filename="../../app/import/jsonrecordstream.cpp" line="+128"/>
        <source>expected a JSON object or array at the top, found %1</source>
        <translation>JSON-Objekt oder -Array auf oberster Ebene erwartet, gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>Werte tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>Werte tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>more than %n values in one record; Tideline stops reading here</source>
        <translation>
            <numerusform>mehr als %n Wert in einem Eintrag; Tideline liest hier nicht weiter</numerusform>
            <numerusform>mehr als %n Werte in einem Eintrag; Tideline liest hier nicht weiter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>die Datei ist UTF-16; Tideline liest UTF-8-JSON (speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (the file ends early: is it cut off?)</source>
        <translation> (die Datei endet vorzeitig: ist sie abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL byte (zero), which JSON does not allow anywhere; is this a binary file?</source>
        <translation>ein NUL-Byte (Null), das JSON nirgends zulässt; ist das eine Binärdatei?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is the JSON parser&apos;s own description of the error, in English</extracomment>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid JSON: unexpected text after the top-level value</source>
        <translation>kein gültiges JSON: unerwarteter Text nach dem Wert der obersten Ebene</translation>
    </message>
</context>
<context>
    <name>LoadSummary</name>
    <message>
        <location filename="../../app/session/loadsummary.cpp" line="+11"/>
        <source>Cancelled opening %1; the data already open is unchanged</source>
        <translation>Öffnen von %1 abgebrochen; die bereits geöffneten Daten bleiben unverändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open %1</source>
        <translation>Fehler beim Öffnen von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 could not be opened: %n error(s). The data already open is unchanged.</source>
        <translation>
            <numerusform>Öffnen von %1 fehlgeschlagen: %n Fehler. Die bereits geöffneten Daten bleiben unverändert.</numerusform>
            <numerusform>Öffnen von %1 fehlgeschlagen: %n Fehler. Die bereits geöffneten Daten bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>%1 geöffnet, mit %n Warnung</numerusform>
            <numerusform>%1 geöffnet, mit %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 opened, with %n warning(s):</source>
        <translation>
            <numerusform>%1 geöffnet, mit %n Warnung:</numerusform>
            <numerusform>%1 geöffnet, mit %n Warnungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reload of %1 failed; showing the last good version</source>
        <translation>Neuladen von %1 fehlgeschlagen; die letzte fehlerfreie Version wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 changed on disk and now has %n error(s); the last good version stays on screen until it is fixed.</source>
        <translation>
            <numerusform>In %1 (auf dem Datenträger geändert) gibt es jetzt %n Fehler; die letzte fehlerfreie Version bleibt angezeigt, bis er behoben ist.</numerusform>
            <numerusform>In %1 (auf dem Datenträger geändert) gibt es jetzt %n Fehler; die letzte fehlerfreie Version bleibt angezeigt, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reloaded %1: %2, %n warning(s)</source>
        <extracomment>%1 names the files reloaded, %2 says how many events they hold (&quot;1,200 events&quot;)</extracomment>
        <translation>
            <numerusform>%1 neu geladen: %2, %n Warnung</numerusform>
            <numerusform>%1 neu geladen: %2, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappedTable</name>
    <message>
        <location filename="../../app/import/mappedtable.cpp" line="+99"/>
        <source>column</source>
        <extracomment>Where a row&apos;s problem is, before the problem: a CSV column or a JSON record&apos;s field</extracomment>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot;</source>
        <extracomment>A column or field named in a message: %1 is &quot;column&quot; or &quot;field&quot;, %2 its name</extracomment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the title is empty</source>
        <translation>kein Titel angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the start date is empty</source>
        <translation>kein Anfangsdatum angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the latest start (%1) is before the earliest (%2)</source>
        <translation>der späteste Beginn (%1) liegt vor dem frühesten (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the latest end is given without the earliest</source>
        <translation>das späteste Ende ist ohne das früheste angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the latest end (%1) is before the earliest (%2)</source>
        <translation>das späteste Ende (%1) liegt vor dem frühesten (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the actor is empty</source>
        <translation>kein Akteur angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the issue is empty</source>
        <translation>keine Streitfrage angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stance is empty</source>
        <translation>keine Haltung angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a stance Tideline knows: map it to one of %2 (the import dialog&apos;s stance map, or the profile&apos;s &quot;stanceValues&quot;)</source>
        <translation>&quot;%1&quot; ist keine Haltung, die Tideline kennt: ordnen Sie es einer der Haltungen %2 zu (in der Haltungszuordnung des Importdialogs oder in &quot;stanceValues&quot; des Profils)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date is empty</source>
        <translation>kein Datum angegeben</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
</context>
<context>
    <name>OverviewHistogram</name>
    <message>
        <location filename="../../app/render/overviewhistogram.cpp" line="+89"/>
        <source>Others</source>
        <extracomment>The overview&apos;s group of every actor not shown on its own</extracomment>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <location filename="../../app/time/partialdate.cpp" line="+143"/>
        <source>expected an ISO 8601 date such as 2007, 2024-04, 2024-07-15 or 2024-07-13T10:30+03:00, found %1</source>
        <translation>ISO-8601-Datum wie 2007, 2024-04, 2024-07-15 oder 2024-07-13T10:30+03:00 erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an ISO 8601 date, found an empty string</source>
        <translation>ISO-8601-Datum erwartet, gefunden: eine leere Zeichenkette</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>year %1 is out of range (%2 to %3)</source>
        <translation>Jahr %1 liegt außerhalb des zulässigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month %1 does not exist in %2</source>
        <translation>Monat %1 gibt es in %2 nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>day %1 does not exist in %2 (that month has %n days)</source>
        <translation>
            <numerusform>Tag %1 gibt es in %2 nicht (dieser Monat hat %n Tag)</numerusform>
            <numerusform>Tag %1 gibt es in %2 nicht (dieser Monat hat %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>time %1:%2 does not exist in %3</source>
        <translation>die Uhrzeit %1:%2 gibt es in %3 nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>second %1 does not exist in %2</source>
        <translation>Sekunde %1 gibt es in %2 nicht</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>time zone offset in %1 does not exist</source>
        <translation>den Zeitzonenversatz in %1 gibt es nicht</translation>
    </message>
</context>
<context>
    <name>RecordsImporter</name>
    <message>
        <location filename="../../app/import/recordsimporter.cpp" line="+70"/>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is the JSON parser&apos;s own description of the error, in English</extracomment>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no records found: expected an array of objects, or an object with one (like {&quot;data&quot;: [...]})</source>
        <translation>keine Einträge gefunden: erwartet wird ein Array von Objekten oder ein Objekt, das ein solches enthält (etwa {&quot;data&quot;: [...]})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no array of records under &quot;%1&quot;</source>
        <translation>kein Array von Einträgen unter &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a record must be an object, found %1</source>
        <translation>ein Eintrag muss ein Objekt sein, gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>more than %n values in one record</source>
        <translation>
            <numerusform>mehr als %n Wert in einem Eintrag</numerusform>
            <numerusform>mehr als %n Werte in einem Eintrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>Werte tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>Werte tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a record must be an object, found an array</source>
        <translation>ein Eintrag muss ein Objekt sein, gefunden: ein Array</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>a list may hold only strings and numbers</source>
        <translation>eine Liste darf nur Zeichenketten und Zahlen enthalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the field holds an object: map one of its fields with a dotted path, like &quot;%1.start&quot;</source>
        <translation>das Feld enthält ein Objekt: ordnen Sie eines seiner Felder über einen Pfad mit Punkt zu, etwa &quot;%1.start&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot tell which field holds what: %1. The records&apos; fields are %2. Give a mapping with --profile FILE</source>
        <translation>es lässt sich nicht erkennen, welches Feld was enthält: %1. Die Felder der Einträge sind %2. Geben Sie mit --profile DATEI eine Zuordnung an</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the dates in this field are written both day first (&quot;%1&quot;) and month first (&quot;%2&quot;): correct them so that one order holds</source>
        <translation>die Datumsangaben in diesem Feld sind teils mit dem Tag zuerst (&quot;%1&quot;), teils mit dem Monat zuerst (&quot;%2&quot;) geschrieben: korrigieren Sie sie, sodass durchgehend eine Reihenfolge gilt</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>every date in this field (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (&quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>
            <numerusform>jedes Datum in diesem Feld (insgesamt %n, etwa &quot;%1&quot;) kann Tag/Monat oder Monat/Tag sein: geben Sie die Reihenfolge an (&quot;dateOrder&quot;: &quot;dmy&quot; oder &quot;mdy&quot;)</numerusform>
            <numerusform>jedes Datum in diesem Feld (insgesamt %n, etwa &quot;%1&quot;) kann Tag/Monat oder Monat/Tag sein: geben Sie die Reihenfolge an (&quot;dateOrder&quot;: &quot;dmy&quot; oder &quot;mdy&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the mapping</source>
        <translation>die Zuordnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <extracomment>%1 is the profile file, or &quot;the mapping&quot;, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mapping is not complete: %1</source>
        <translation>die Zuordnung ist unvollständig: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <location filename="../../app/session/settingscheck.cpp" line="+36"/>
        <source>The settings file %1 could not be read; Tideline starts with its defaults and will write a new file when a setting changes.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; Tideline startet mit den Standardeinstellungen und schreibt eine neue Datei, sobald sich eine Einstellung ändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These settings were written by a newer Tideline (version %1); those this version does not understand are ignored.</source>
        <translation>Diese Einstellungen wurden von einer neueren Tideline-Version (%1) geschrieben; Einstellungen, die diese Version nicht versteht, werden ignoriert.</translation>
    </message>
</context>
<context>
    <name>SourceFingerprint</name>
    <message>
        <location filename="../../app/cache/sourcefingerprint.cpp" line="+71"/>
        <source>%1 is built into Tideline</source>
        <translation>%1 ist in Tideline eingebaut</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDates</name>
    <message>
        <location filename="../../app/import/spreadsheetdates.cpp" line="+191"/>
        <source>expected a date like 2021-03-04, 04/03/2021, 4 March 2021, March 4, 2021, a year, or an Excel date number</source>
        <translation>erwartet: ein Datum wie 2021-03-04, 04/03/2021, 4 March 2021, March 4, 2021, eine Jahreszahl oder eine Excel-Datumszahl</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+102"/>
        <location line="+48"/>
        <location line="+94"/>
        <source>cannot read %1 as a date: %2</source>
        <translation>%1 kann nicht als Datum gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>%1 is not an Excel date number (1 is 1 January 1900, 2958465 is 31 December 9999)</source>
        <translation>%1 ist keine Excel-Datumszahl (1 ist der 1. Januar 1900, 2958465 der 31. Dezember 9999)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the Excel date number of 29 February 1900, a day that never was (Excel&apos;s leap-year bug): correct it in the spreadsheet</source>
        <translation>%1 ist die Excel-Datumszahl des 29. Februar 1900, eines Tages, den es nie gab (Schaltjahrfehler von Excel): korrigieren Sie sie in der Tabelle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: there is no year 0 in historical numbering (1 BC is followed by AD 1); the mapping&apos;s years are historical</source>
        <translation>%1: in historischer Zählung gibt es kein Jahr 0 (auf 1 v. Chr. folgt 1 n. Chr.); die Jahre der Zuordnung sind historisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+64"/>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation>das Jahr %1 liegt außerhalb des zulässigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>the date is empty</source>
        <translation>kein Datum angegeben</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: there is no year 0 BC</source>
        <translation>%1: ein Jahr 0 v. Chr. gibt es nicht</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 has a two-digit year: write the year in full (the century would be a guess)</source>
        <translation>%1 hat eine zweistellige Jahreszahl: schreiben Sie das Jahr vollständig aus (das Jahrhundert wäre geraten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could be day/month or month/day: the column&apos;s order must be given (dateOrder &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>%1 kann Tag/Monat oder Monat/Tag sein: die Reihenfolge der Spalte muss angegeben werden (dateOrder &quot;dmy&quot; oder &quot;mdy&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a date read day first (the column&apos;s order)</source>
        <translation>%1 ist kein gültiges Datum, wenn der Tag zuerst gelesen wird (Reihenfolge der Spalte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date read month first (the column&apos;s order)</source>
        <translation>%1 ist kein gültiges Datum, wenn der Monat zuerst gelesen wird (Reihenfolge der Spalte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the time in %1: expected HH:MM or HH:MM:SS</source>
        <translation>die Uhrzeit in %1 kann nicht gelesen werden: erwartet wird HH:MM oder HH:MM:SS</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is not a day of that month</source>
        <translation>%1 ist kein Tag dieses Monats</translation>
    </message>
</context>
<context>
    <name>StanceMatrixModel</name>
    <message>
        <location filename="../../app/itemmodels/stancematrixmodel.cpp" line="+138"/>
        <source>%1 · %2</source>
        <extracomment>A cell of the stance matrix: %1 is the latest stance (&quot;Supports&quot;), %2 how many positions the actor took on the issue</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2:</source>
        <extracomment>Heads a cell&apos;s tooltip: %1 is an actor&apos;s name, %2 an issue&apos;s title</extracomment>
        <translation>%1 zu %2:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2 (%3): %4</source>
        <extracomment>A position in a cell&apos;s tooltip: %1 is its date, %2 the stance (&quot;Supports&quot;), %3 how it became known (&quot;Public statement&quot;), %4 the statement or quote</extracomment>
        <translation>%1 — %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, %2</source>
        <extracomment>%1 is an actor&apos;s name, %2 its role</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1
%2</source>
        <extracomment>%1 is an issue&apos;s title, %2 its description</extracomment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <location filename="../../app/import/tableimporter.cpp" line="+74"/>
        <source>the file is not UTF-8 (byte 0x%1 here is not UTF-8): it was read as Windows-1252; if letters look wrong, save it from the spreadsheet as &quot;CSV UTF-8&quot;</source>
        <translation>die Datei ist kein UTF-8 (Byte 0x%1 an dieser Stelle ist kein UTF-8): sie wurde als Windows-1252 gelesen; falls Buchstaben falsch aussehen, speichern Sie sie aus der Tabellenkalkulation als „CSV UTF-8“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file holds no rows</source>
        <translation>die Datei enthält keine Zeilen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot tell which column holds what: %1. The columns are %2. Give a column mapping with --profile FILE, or open the file with the import dialog</source>
        <translation>es lässt sich nicht erkennen, welche Spalte was enthält: %1. Die Spalten sind %2. Geben Sie mit --profile DATEI eine Spaltenzuordnung an oder öffnen Sie die Datei mit dem Importdialog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has no header row naming its columns, so which column holds what cannot be guessed. Give a column mapping with --profile FILE, or open the file with the import dialog</source>
        <translation>die Datei hat keine Kopfzeile mit den Spaltennamen, daher lässt sich nicht erraten, welche Spalte was enthält. Geben Sie mit --profile DATEI eine Spaltenzuordnung an oder öffnen Sie die Datei mit dem Importdialog</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the column mapping is not complete: %1</source>
        <translation>die Spaltenzuordnung ist unvollständig: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping reads a column &quot;%1&quot;, which the file does not have; its columns are %2</source>
        <translation>die Spaltenzuordnung liest eine Spalte &quot;%1&quot;, die es in der Datei nicht gibt; ihre Spalten sind %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the dates in this column are written both day first (&quot;%1&quot;) and month first (&quot;%2&quot;): correct them so that one order holds for the whole column</source>
        <translation>die Datumsangaben in dieser Spalte sind teils mit dem Tag zuerst (&quot;%1&quot;), teils mit dem Monat zuerst (&quot;%2&quot;) geschrieben: korrigieren Sie sie, sodass für die ganze Spalte eine Reihenfolge gilt</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>every date in this column (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (the import dialog asks; in a profile, &quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>
            <numerusform>jedes Datum in dieser Spalte (insgesamt %n, etwa &quot;%1&quot;) kann Tag/Monat oder Monat/Tag sein: geben Sie die Reihenfolge an (der Importdialog fragt danach; in einem Profil &quot;dateOrder&quot;: &quot;dmy&quot; oder &quot;mdy&quot;)</numerusform>
            <numerusform>jedes Datum in dieser Spalte (insgesamt %n, etwa &quot;%1&quot;) kann Tag/Monat oder Monat/Tag sein: geben Sie die Reihenfolge an (der Importdialog fragt danach; in einem Profil &quot;dateOrder&quot;: &quot;dmy&quot; oder &quot;mdy&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the column mapping</source>
        <translation>die Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <extracomment>%1 is the profile file, or &quot;the column mapping&quot;, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>%n of the stance column&apos;s words have no stance: %1</source>
        <translation>
            <numerusform>%n Wort der Haltungsspalte ist keine Haltung zugeordnet: %1</numerusform>
            <numerusform>%n Wörtern der Haltungsspalte ist keine Haltung zugeordnet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <location filename="../../app/time/timeaxis.cpp" line="+65"/>
        <source>%1 billion</source>
        <extracomment>A year number on a time axis, in billions of years: &quot;13.8 billion&quot;</extracomment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 million</source>
        <extracomment>A year number on a time axis, in millions of years: &quot;1.5 million&quot;</extracomment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>%1 BC</source>
        <extracomment>A year before year 1: %1 is its number counted back from 1 BC: &quot;1.5 million BC&quot;</extracomment>
        <translation>%1 v. Chr.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+37"/>
        <source>%1–%2</source>
        <extracomment>A range of years AD: %1 is the first year, %2 the last: &quot;1600–1699&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1–%2 BC</source>
        <extracomment>A range of years BC: %1 is the first year, %2 the last: &quot;200–101 BC&quot;</extracomment>
        <translation>%1–%2 v. Chr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1 BC–AD %2</source>
        <extracomment>A range of years from BC to AD: %1 is the first year, %2 the last: &quot;100 BC–AD 99&quot;</extracomment>
        <translation>%1 v. Chr. – %2 n. Chr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1–%2 billion</source>
        <extracomment>A range of years in billions: %1 is the first, %2 the last: &quot;1.1–0.9 billion&quot;</extracomment>
        <translation>%1–%2 Mrd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2 million</source>
        <extracomment>A range of years in millions: %1 is the first, %2 the last: &quot;20–10 million&quot;</extracomment>
        <translation>%1–%2 Mio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <extracomment>A day on a time axis: %1 is the day of the month, %2 the month&apos;s name: &quot;10 July&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+378"/>
        <source>Q%1</source>
        <extracomment>A quarter of a year on a time axis: %1 is its number, 1 to 4</extracomment>
        <translation>Q%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2</source>
        <comment>day, then year</comment>
        <extracomment>A day on a time axis: %1 is the day and month (&quot;10 Jul&quot;), %2 the year: &quot;10 Jul 2024&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <comment>month, then year</comment>
        <extracomment>A month on a time axis: %1 is its short name, %2 the year: &quot;Jul 2024&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1s</source>
        <extracomment>A decade on a time axis: %1 is its first year: &quot;1960s&quot;</extracomment>
        <translation>%1er</translation>
    </message>
</context>
<context>
    <name>TimelineImage</name>
    <message>
        <location filename="../../app/render/timelineimage.cpp" line="+171"/>
        <source> — page %1 of %2</source>
        <extracomment>Added to the caption of each page of a PDF export</extracomment>
        <translation> — Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>size %1x%2 is out of range (200x150 to 20000x20000)</source>
        <extracomment>%1 is a width, %2 a height, in pixels</extracomment>
        <translation>Größe %1x%2 liegt außerhalb des zulässigen Bereichs (200x150 bis 20000x20000)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <location line="+50"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>not enough memory for a %1x%2 image</source>
        <extracomment>%1 is a width, %2 a height, in pixels</extracomment>
        <translation>nicht genug Speicher für ein Bild mit %1x%2 Pixeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot paint the image</source>
        <translation>das Bild kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Timeline exported by Tideline</source>
        <translation>Mit Tideline exportierte Zeitleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot paint the SVG picture</source>
        <translation>die SVG-Grafik kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot paint the PDF page</source>
        <translation>die PDF-Seite kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot add page %1 to the PDF</source>
        <translation>Seite %1 kann dem PDF nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>TimelineJsImporter</name>
    <message>
        <location filename="../../app/import/timelinejsimporter.cpp" line="+100"/>
        <source>a TimelineJS file is a JSON object with &quot;events&quot;, but this one is an array (a vis.js file? read it with --format vis)</source>
        <translation>eine TimelineJS-Datei ist ein JSON-Objekt mit &quot;events&quot;, diese ist aber ein Array (eine vis.js-Datei? Lesen Sie sie mit --format vis)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of slides, found %1</source>
        <translation>Array von Folien erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected &quot;human&quot; or &quot;cosmological&quot;; ignored</source>
        <translation>&quot;human&quot; oder &quot;cosmological&quot; erwartet; ignoriert</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>this build of Tideline has no periods: %n era(s) left out</source>
        <translation>
            <numerusform>diese Tideline-Version unterstützt keine Zeiträume: %n Ära ausgelassen</numerusform>
            <numerusform>diese Tideline-Version unterstützt keine Zeiträume: %n Ären ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a TimelineJS field; ignored (said once for every file)</source>
        <translation>kein TimelineJS-Feld; ignoriert (wird je Datei nur einmal gemeldet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a TimelineJS field; ignored (said once for every %1)</source>
        <extracomment>%1 is the name of an array in the file (&quot;events&quot;, &quot;eras&quot;), as the file writes it</extracomment>
        <translation>kein TimelineJS-Feld; ignoriert (wird für alle %1 nur einmal gemeldet)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an object with &quot;headline&quot; and &quot;text&quot;, found %1</source>
        <translation>Objekt mit &quot;headline&quot; und &quot;text&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected a whole number (or a string of one), found %1</source>
        <translation>ganze Zahl (oder Zeichenkette mit einer ganzen Zahl) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the number %1 is too large</source>
        <translation>die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>ganze Zahl erwartet, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a date object such as {&quot;year&quot;: 1066, &quot;month&quot;: 10}, found %1</source>
        <translation>Datumsobjekt wie {&quot;year&quot;: 1066, &quot;month&quot;: 10} erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the date has no year</source>
        <translation>das Datum hat kein Jahr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is given but %2 is not</source>
        <extracomment>%1 and %2 are the names of two fields of a TimelineJS date, as the file writes them: &quot;minute&quot;, &quot;hour&quot;</extracomment>
        <translation>%1 ist angegeben, %2 aber nicht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TimelineJS shows year 0 as &quot;0&quot;, a year BC/AD counting does not have; read as 1 BC (said once)</source>
        <translation>TimelineJS zeigt das Jahr 0 als &quot;0&quot; an, ein Jahr, das es in der Zählung v. Chr./n. Chr. nicht gibt; als 1 v. Chr. gelesen (wird einmal gemeldet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the year %1 is outside the years Tideline reads (back to -20,000,000,000 and up to 99,999)</source>
        <translation>das Jahr %1 liegt außerhalb der Jahre, die Tideline liest (zurück bis -20.000.000.000 und bis 99.999)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 does not exist (expected %3 to %4)</source>
        <extracomment>%1 is the name of a field of a TimelineJS date, as the file writes it (&quot;month&quot;), %2 its value, %3 and %4 the smallest and largest allowed: &quot;month 13 does not exist (expected 1 to 12)&quot;</extracomment>
        <translation>%1 %2 gibt es nicht (erwartet: %3 bis %4)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tideline keeps whole seconds: milliseconds are dropped (said once)</source>
        <translation>Tideline speichert nur ganze Sekunden: Millisekunden werden verworfen (wird einmal gemeldet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected an object with &quot;url&quot;, found %1</source>
        <translation>Objekt mit &quot;url&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected the title slide (an object), found %1</source>
        <translation>Titelfolie (ein Objekt) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>expected a slide (an object), found %1</source>
        <translation>Folie (ein Objekt) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the slide has no start_date (only the title slide may have none)</source>
        <translation>die Folie hat kein start_date (nur die Titelfolie darf keines haben)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date shown in TimelineJS: %1</source>
        <translation>In TimelineJS angezeigtes Datum: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>expected an era (an object), found %1</source>
        <translation>Ära (ein Objekt) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the era has no start_date</source>
        <translation>die Ära hat kein start_date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the era has no end_date</source>
        <translation>die Ära hat kein end_date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Era %1</source>
        <extracomment>The title of an era the file gives none: %1 is its number in the file</extracomment>
        <translation>Ära %1</translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <location filename="../../app/render/timelinelanes.cpp" line="+136"/>
        <source>(no actor)</source>
        <translation>(kein Akteur)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no tag)</source>
        <translation>(kein Schlagwort)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <location filename="../../app/render/timelinerenderer.cpp" line="+436"/>
        <source>+1 member</source>
        <extracomment>Under a lane&apos;s title: one more actor&apos;s events are folded into the lane</extracomment>
        <translation>+1 Mitglied</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+%n members</source>
        <extracomment>Under a lane&apos;s title: more actors&apos; events are folded into the lane</extracomment>
        <translation>
            <numerusform>+%n Mitglied</numerusform>
            <numerusform>+%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Periods</source>
        <extracomment>The title of the strip that shows the dataset&apos;s periods (eras)</extracomment>
        <translation>Zeiträume</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/validatecommand.cpp" line="+34"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Streitfrage</numerusform>
            <numerusform>%n Streitfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n Zeitraum</numerusform>
            <numerusform>%n Zeiträume</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok: %1 in %2; %3</source>
        <extracomment>What `tideline validate` prints for files without errors: %1 lists what they hold (&quot;3 event(s), 2 actor(s), …&quot;), %2 says how many files (&quot;2 file(s)&quot;), %3 how many warnings (&quot;0 warning(s)&quot;)</extracomment>
        <translation>OK: %1 in %2; %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisImporter</name>
    <message>
        <location filename="../../app/import/visimporter.cpp" line="+229"/>
        <location line="+14"/>
        <source>%1 milliseconds since 1970 is not a date (a JavaScript date reaches ±8.64e15)</source>
        <translation>%1 Millisekunden seit 1970 sind kein Datum (ein JavaScript-Datum reicht bis ±8.64e15)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a date, found an empty string</source>
        <translation>Datum erwartet, gefunden: eine leere Zeichenkette</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 could be day/month or month/day; write it as ISO 8601 (2015-04-03)</source>
        <translation>%1 kann Tag/Monat oder Monat/Tag sein; schreiben Sie es als ISO 8601 (2015-04-03)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a date: %2</source>
        <translation>%1 ist kein Datum: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1 as a date; expected epoch milliseconds, ISO 8601 (2015-02-25, 2015-02-25T10:00:00Z) or a date such as &quot;Feb 25 2015&quot;</source>
        <translation>%1 kann nicht als Datum gelesen werden; erwartet werden Epoch-Millisekunden, ISO 8601 (2015-02-25, 2015-02-25T10:00:00Z) oder ein Datum wie &quot;Feb 25 2015&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a second list of items; read as well</source>
        <translation>eine zweite Liste von Elementen; wird ebenfalls gelesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Tideline keeps whole seconds: the milliseconds of %n date(s) are dropped</source>
        <translation>
            <numerusform>Tideline speichert nur ganze Sekunden: die Millisekunden von %n Datumsangabe werden verworfen</numerusform>
            <numerusform>Tideline speichert nur ganze Sekunden: die Millisekunden von %n Datumsangaben werden verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not a vis.js field; ignored (said once for every file)</source>
        <translation>kein vis.js-Feld; ignoriert (wird je Datei nur einmal gemeldet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a vis.js field; ignored (said once for every %1)</source>
        <extracomment>%1 is the name of an array in the file (&quot;items&quot;, &quot;groups&quot;), as the file writes it</extracomment>
        <translation>kein vis.js-Feld; ignoriert (wird für alle %1 nur einmal gemeldet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a string or a number, found %1</source>
        <translation>Zeichenkette oder Zahl erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a group (an object), found %1</source>
        <translation>Gruppe (ein Objekt) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an array of group ids, found %1</source>
        <translation>Array von Gruppen-IDs erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the group has no id</source>
        <translation>die Gruppe hat keine ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group id %1 is already used</source>
        <translation>Gruppen-ID %1 ist bereits vergeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group %1 lists itself among its nested groups; ignored</source>
        <translation>Gruppe %1 führt sich selbst unter ihren verschachtelten Gruppen auf; ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group %1 is already nested in group %2; kept there</source>
        <translation>Gruppe %1 ist bereits in Gruppe %2 verschachtelt; bleibt dort</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a date (milliseconds since 1970 or a date string), found %1</source>
        <translation>Datum (Millisekunden seit 1970 oder Datumszeichenkette) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected an item (an object), found %1</source>
        <translation>Element (ein Objekt) erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expected &quot;point&quot;, &quot;box&quot;, &quot;range&quot; or &quot;background&quot;, found %1</source>
        <translation>&quot;point&quot;, &quot;box&quot;, &quot;range&quot; oder &quot;background&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the item has no start</source>
        <translation>das Element hat keinen Beginn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a background item needs an end</source>
        <translation>ein Hintergrundelement braucht ein Ende</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a background item of one group becomes a period behind every lane (said once)</source>
        <translation>ein Hintergrundelement einer Gruppe wird zu einem Zeitraum hinter allen Spuren (wird einmal gemeldet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this build of Tideline has no periods: background items are left out</source>
        <translation>diese Tideline-Version unterstützt keine Zeiträume: Hintergrundelemente werden ausgelassen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../app/model/datasetvocabulary.cpp" line="+78"/>
        <source>State</source>
        <extracomment>A kind of actor: a country, as in &quot;member state&quot;, not a condition</extracomment>
        <translation>Staat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <extracomment>A kind of actor: an international or non-governmental organisation</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faction</source>
        <extracomment>A kind of actor: a party or camp within a larger actor</extracomment>
        <translation>Fraktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <extracomment>A kind of actor: one person</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <extracomment>A kind of actor: a group of people</extracomment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media</source>
        <extracomment>A kind of actor: a newspaper, broadcaster or other news outlet</extracomment>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <extracomment>A kind of actor: none of the other kinds</extracomment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supports</source>
        <extracomment>An actor&apos;s stance on an issue: the actor supports it</extracomment>
        <translation>Befürwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opposes</source>
        <extracomment>An actor&apos;s stance on an issue: the actor opposes it</extracomment>
        <translation>Lehnt ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditional</source>
        <extracomment>An actor&apos;s stance on an issue: supports it under conditions</extracomment>
        <translation>Unter Bedingungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral</source>
        <extracomment>An actor&apos;s stance on an issue: neither for nor against</extracomment>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unclear</source>
        <extracomment>An actor&apos;s stance on an issue: not clear which way</extracomment>
        <translation>Unklar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public statement</source>
        <extracomment>How a position became known: the actor said it openly</extracomment>
        <translation>Öffentliche Äußerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <extracomment>How a position became known: said in private, known through others</extracomment>
        <translation>Nicht öffentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported by others</source>
        <extracomment>How a position became known: attributed by others, not confirmed</extracomment>
        <translation>Von Dritten berichtet</translation>
    </message>
</context>
</TS>
