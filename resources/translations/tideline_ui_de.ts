<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActorTreeView</name>
    <message>
        <location filename="../../ui/actortreeview.cpp" line="+45"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <location filename="../../ui/archiveexportdialog.cpp" line="+17"/>
        <source>The timeline as it is on &amp;screen</source>
        <translation>Die Zeitleiste, wie sie auf dem &amp;Bildschirm steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;whole span of the events that pass the filter</source>
        <translation>Der &amp;ganze Zeitraum der Ereignisse, die zum Filter passen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lanes and the time window in view, the size of the view</source>
        <translation>Die sichtbaren Spuren und das sichtbare Zeitfenster, in der Größe der Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every lane, busiest first, from the first event that passes the filter to the last; the archive is asked for what the screen has not shown</source>
        <translation>Jede Spur, die aktivste zuerst, vom ersten Ereignis, das zum Filter passt, bis zum letzten; was der Bildschirm nicht gezeigt hat, wird beim Archiv erfragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole span&apos;s picture is this wide, and as tall as its lanes need (at most %1 pixels)</source>
        <translation>Das Bild des ganzen Zeitraums ist so breit und so hoch, wie seine Spuren es brauchen (höchstens %1 Pixel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG picture</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Picture of:</source>
        <translation>Bild von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../../ui/archiveview.cpp" line="+35"/>
        <source>Archive timeline</source>
        <translation>Zeitleiste des Archivs</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No archive open</source>
        <translation>Kein Archiv geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking %1 for its actors…</source>
        <translation>Frage %1 nach seinen Akteuren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive did not answer: %1
Press F5 to ask again.</source>
        <translation>Das Archiv hat nicht geantwortet: %1
F5 fragt erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No event in the archive passes the filter</source>
        <translation>Kein Ereignis im Archiv passt zum Filter</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../ui/archivewindow.cpp" line="+110"/>
        <source>%1 — Tideline archive</source>
        <translation>%1 — Tideline-Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles and descriptions</source>
        <translation>Titel und Beschreibungen durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 2024-04</source>
        <translation>ab 2024-04</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to 2024-07-15</source>
        <translation>bis 2024-07-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A year, a month, a day or a minute (ISO 8601: 2024, 2024-07, 2024-07-15); years before 1 AD as -0043</source>
        <translation>Ein Jahr, ein Monat, ein Tag oder eine Minute (ISO 8601: 2024, 2024-07, 2024-07-15); Jahre vor 1 n. Chr. als -0043</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click to show every actor again</source>
        <translation>Klicken, um wieder alle Akteure zu zeigen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+131"/>
        <location line="+349"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="-479"/>
        <source>Actors × Issues</source>
        <translation>Akteure × Streitfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance over Time</source>
        <translation>Haltung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+351"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-350"/>
        <location line="+422"/>
        <source>Only events with any of the ticked tags</source>
        <translation>Nur Ereignisse mit mindestens einem der angehakten Schlagwörter</translation>
    </message>
    <message>
        <location line="-416"/>
        <source>Kinds</source>
        <translation>Akteursarten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only events with an actor of a ticked kind</source>
        <translation>Nur Ereignisse mit einem Akteur einer angehakten Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statements</source>
        <translation>Äußerungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+521"/>
        <source>Which stated positions count: public, private, reported</source>
        <translation>Welche erklärten Positionen zählen: öffentliche, nicht öffentliche, von Dritten berichtete</translation>
    </message>
    <message>
        <location line="-478"/>
        <source>Click an event to see its details</source>
        <translation>Ein Ereignis anklicken, um seine Details zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Events in view</source>
        <translation>Ereignisse in der Ansicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Events: %L1 in view; zoom in to list them</source>
        <translation>Ereignisse: %L1 in der Ansicht; zum Auflisten hineinzoomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events: %L1 in view</source>
        <translation>Ereignisse: %L1 in der Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events in view could not be listed: %1</source>
        <translation>Die Ereignisse in der Ansicht konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stance over time</source>
        <translation>Haltung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The next event could not be found: %1</source>
        <translation>Das nächste Ereignis konnte nicht gefunden werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The overview could not be counted: %1</source>
        <translation>Die Übersicht konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Archive…</source>
        <translation>&amp;Archiv öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Image…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG, SVG or PDF picture of the timeline as it is on screen, or of the whole span of the events that pass the filter</source>
        <translation>Ein PNG-, SVG- oder PDF-Bild der Zeitleiste, wie sie auf dem Bildschirm steht, oder des ganzen Zeitraums der Ereignisse, die zum Filter passen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit All</source>
        <translation>Alles &amp;einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask the Server Again</source>
        <translation>Server erneut &amp;fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops what was fetched and asks the archive again</source>
        <translation>Verwirft das Geholte und fragt das Archiv erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Overview</source>
        <translation>Ü&amp;bersicht anzeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From: %1</source>
        <translation>Ab: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>Bis: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Actor: %1 ✕</source>
        <translation>Akteur: %1 ✕</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actors: %1 ✕</source>
        <translation>Akteure: %1 ✕</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (%L2)</source>
        <extracomment>A tag in the archive window&apos;s tags menu: %1 is the tag, %2 its events</extracomment>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The archive&apos;s events have no tags</source>
        <translation>Die Ereignisse des Archivs haben keine Schlagwörter</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The archive&apos;s actors and positions could not be read: %1</source>
        <translation>Die Akteure und Positionen des Archivs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its answer makes no sense</source>
        <translation>seine Antwort ergibt keinen Sinn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some of the archive&apos;s actors and positions could not be read: %1</source>
        <translation>Einige Akteure und Positionen des Archivs konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1 (%n actor(s))</source>
        <extracomment>A kind in the archive window&apos;s kinds menu: %1 is the kind, %2 its actors</extracomment>
        <translation>
            <numerusform>%1 (%n Akteur)</numerusform>
            <numerusform>%1 (%n Akteure)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stated positions were pushed with the archive&apos;s events</source>
        <translation>Mit den Ereignissen des Archivs wurden keine erklärten Positionen hochgeladen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from the archive: %1</source>
        <translation>Keine Antwort vom Archiv: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n Spur</numerusform>
            <numerusform>%n Spuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>fetching %n part(s) of the view</source>
        <translation>
            <numerusform>hole %n Teil der Ansicht</numerusform>
            <numerusform>hole %n Teile der Ansicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Asking for the description…</source>
        <translation>Frage nach der Beschreibung…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>actor %1</source>
        <translation>Akteur %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actors %1</source>
        <translation>Akteure %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tags %1</source>
        <translation>Schlagwörter %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kind %1</source>
        <translation>Art %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kinds %1</source>
        <translation>Arten %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking the archive for the whole span…</source>
        <translation>Das Archiv wird nach dem ganzen Zeitraum gefragt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+25"/>
        <location line="+14"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG picture (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The password was not kept in the keychain: %1</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <location filename="../../ui/clearbuttonname.cpp" line="+12"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empties the field</source>
        <translation>Leert das Feld</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <location filename="../../ui/eventdetailspanel.cpp" line="+29"/>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected event: its dates, actors, quotes and sources</source>
        <translation>Das ausgewählte Ereignis: Daten, Akteure, Zitate und Quellen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open Address</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in another program?</source>
        <translation>Diese Adresse in einem anderen Programm öffnen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click an event on the timeline to see its details here.</source>
        <translation>Klicken Sie in der Zeitleiste auf ein Ereignis, um hier seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>from %1 to %2</source>
        <translation>Beginn: %1; Ende: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>In summary:</source>
        <translation>Zusammengefasst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, according to %2</source>
        <translation>%1, laut %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Positions stated</source>
        <translation>Erklärte Positionen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exportdialog.cpp" line="+34"/>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter landscape</source>
        <translation>Letter quer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <extracomment>A picture size the user types in</extracomment>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The visible window</source>
        <translation>Den sichtbaren Ausschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the filter passes</source>
        <translation>Alles, was der Filter durchlässt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend of actors</source>
        <translation>Legende der Akteure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption with the filter and the sources</source>
        <translation>Bildunterschrift mit Filter und Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse long empty stretches into a break mark</source>
        <translation>Lange leere Abschnitte zu einem Bruchzeichen zusammenziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>Export Timeline Image</source>
        <translation>Zeitleiste als Bild exportieren</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF page (vector, searchable text)</source>
        <translation>PDF-Seite (Vektor, durchsuchbarer Text)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pixels per logical pixel in a PNG, for high-DPI screens and print</source>
        <translation>Pixel pro logischem Pixel in einer PNG-Datei, für hochauflösende Bildschirme und den Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent background (PNG)</source>
        <translation>Transparenter Hintergrund (PNG)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch without events that would take more than 15% of the picture is drawn narrow, with a break mark</source>
        <translation>Ein Abschnitt ohne Ereignisse, der mehr als 15 % des Bildes einnehmen würde, wird schmal und mit einem Bruchzeichen gezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Everything on one page, scaled to fit</source>
        <translation>Alles auf einer Seite, passend skaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly this size (compact lanes, members folded)</source>
        <translation>Genau diese Größe (kompakte Spuren, Mitglieder eingeklappt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise lanes that do not fit continue on further pages</source>
        <translation>Sonst werden Spuren, die nicht mehr passen, auf weiteren Seiten fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise the picture grows taller until every lane fits</source>
        <translation>Sonst wird das Bild so weit erhöht, bis alle Spuren hineinpassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applying the filter…</source>
        <translation>Filter wird angewendet …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The filter is still being applied; export again in a moment.</source>
        <translation>Der Filter wird noch angewendet; exportieren Sie bitte gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FieldHeaderView</name>
    <message>
        <location filename="../../ui/fieldheaderview.cpp" line="+137"/>
        <source>What column &quot;%1&quot; holds</source>
        <translation>Inhalt der Spalte „%1“</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+33"/>
        <location line="+209"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Only events with any of the ticked tags</source>
        <translation>Nur Ereignisse mit mindestens einem der angehakten Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Kinds</source>
        <translation>Akteursarten</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Only events with an actor of a ticked kind</source>
        <translation>Nur Ereignisse mit einem Akteur einer angehakten Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Statements</source>
        <translation>Äußerungen</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Which stated positions count: public, private, reported</source>
        <translation>Welche erklärten Positionen zählen: öffentliche, nicht öffentliche, von Dritten berichtete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: titles, descriptions, quotes, actors (Ctrl+F)</source>
        <translation>Titel, Texte, Zitate, Akteure filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from 2024-04</source>
        <extracomment>A hint in the empty &quot;from&quot; date field: an example of what to type</extracomment>
        <translation>ab 2024-04</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to 2024-07-23</source>
        <extracomment>A hint in the empty &quot;to&quot; date field: an example of what to type</extracomment>
        <translation>bis 2024-07-23</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earliest date: a year, a month or a day (2024, 2024-04, 2024-07-15)</source>
        <translation>Frühestes Datum: ein Jahr, ein Monat oder ein Tag (2024, 2024-04, 2024-07-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest date: a year, a month or a day; the whole period counts</source>
        <translation>Spätestes Datum: ein Jahr, ein Monat oder ein Tag; der ganze Zeitraum zählt mit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any of</source>
        <translation>mindestens einer von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of</source>
        <translation>alle von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events with any of these actors, or with all of them together</source>
        <translation>Ereignisse mit mindestens einem dieser Akteure oder mit allen zusammen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>indexing…</source>
        <translation>Indizierung …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of every event is being prepared for searching; the filter is applied when it is ready</source>
        <translation>Der Text aller Ereignisse wird für die Suche vorbereitet; der Filter wird angewendet, sobald das erledigt ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+70"/>
        <source>A year, a month or a day: 2024, 2024-04, 2024-07-15</source>
        <translation>Ein Jahr, ein Monat oder ein Tag: 2024, 2024-04, 2024-07-15</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the filter</source>
        <translation>%1 aus dem Filter entfernen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+150"/>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>separated by |</source>
        <translation>getrennt durch |</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>separated by %1</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What separates the cells of a row; found from the file, change it if the columns look wrong</source>
        <translation>Was die Zellen einer Zeile trennt; aus der Datei ermittelt – ändern Sie es, wenn die Spalten falsch aussehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deli&amp;miter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First row is the &amp;header</source>
        <translation>Erste Zeile ist &amp;Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the first row names the columns; found from the file</source>
        <translation>Ob die erste Zeile die Spalten benennt; aus der Datei ermittelt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each row is:</source>
        <translation>Jede Zeile ist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an &amp;event (title, dates, actors…)</source>
        <translation>ein &amp;Ereignis (Titel, Daten, Akteure …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an actor&apos;s &amp;position on an issue (actor, issue, stance…)</source>
        <translation>die &amp;Position eines Akteurs zu einer Streitfrage (Akteur, Streitfrage, Haltung …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An events table: each row becomes an event on the timeline</source>
        <translation>Eine Ereignistabelle: Jede Zeile wird zu einem Ereignis auf der Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A position table: each row is what an actor said or how they stand on an issue, as of a date</source>
        <translation>Eine Positionstabelle: Jede Zeile gibt an, was ein Akteur zu einer Streitfrage gesagt hat oder wie er zu ihr steht, jeweils zu einem bestimmten Datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Columns in the file: choose what each one holds in the box above it</source>
        <translation>Spalten &amp;in der Datei: Wählen Sie jeweils im Feld darüber aus, was die Spalte enthält</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What Tideline reads column &quot;%1&quot; as; Ignore leaves it out</source>
        <translation>Als was Tideline die Spalte „%1“ liest; „Ignorieren“ lässt sie aus</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order of day and month</source>
        <translation>Reihenfolge von Tag und Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day &amp;first (DD/MM/YYYY)</source>
        <translation>Ta&amp;g zuerst (TT/MM/JJJJ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month fi&amp;rst (MM/DD/YYYY)</source>
        <translation>&amp;Monat zuerst (MM/TT/JJJJ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stance values</source>
        <translation>Haltungswerte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the whole file</source>
        <translation>Für die ganze Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+587"/>
        <source>e.g. The 2020 election result is legitimate</source>
        <translation>z. B. Das Wahlergebnis von 2020 ist rechtmäßig</translation>
    </message>
    <message>
        <location line="-586"/>
        <source>The one issue every row states a position on, when no column names it; the stances are for or against this</source>
        <translation>Die eine Streitfrage, zu der jede Zeile eine Position angibt, wenn keine Spalte sie nennt; die Haltungen sind dafür oder dagegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue:</source>
        <translation>St&amp;reitfrage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 2022-09</source>
        <translation>z. B. 2022-09</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of every position, when no column gives one (or for the rows whose date is empty): a year, month or day, like 2022-09 for &quot;as of September 2022&quot;</source>
        <translation>Das Datum jeder Position, wenn keine Spalte eines angibt (oder für die Zeilen ohne Datum): ein Jahr, ein Monat oder ein Tag, etwa 2022-09 für „Stand: September 2022“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;As of:</source>
        <translation>Sta&amp;nd:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What separates the actors in one cell, as in &quot;Israel; Hamas&quot;; spaces around names are dropped</source>
        <translation>Was die Akteure in einer Zelle trennt, wie in „Israel; Hamas“; Leerzeichen um die Namen werden entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors separated &amp;by:</source>
        <translation>Akteure getrennt &amp;durch:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What separates the tags in one cell</source>
        <translation>Was die Schlagwörter in einer Zelle trennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags separated by:</source>
        <translation>Schlagwörter getrennt d&amp;urch:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the actors this file names are: people, states, ...</source>
        <translation>Was die in dieser Datei genannten Akteure sind: Personen, Staaten, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors are &amp;kind:</source>
        <translation>&amp;Art der Akteure:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>astronomical: 0 is 1 BC</source>
        <translation>astronomisch: 0 ist 1 v. Chr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>historical: -1 is 1 BC</source>
        <translation>historisch: -1 ist 1 v. Chr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a year written as a number before year 1 counts: astronomers have a year 0 (1 BC), historians go from 1 BC to AD 1. Years written &quot;500 BC&quot; are read as written either way</source>
        <translation>Wie eine als Zahl geschriebene Jahreszahl vor dem Jahr 1 gezählt wird: Die Astronomie kennt ein Jahr 0 (1 v. Chr.), die Geschichtswissenschaft geht von 1 v. Chr. direkt zu 1 n. Chr. Jahreszahlen in der Form „500 BC“ werden in beiden Fällen so gelesen, wie sie geschrieben sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative &amp;years:</source>
        <translation>Negative &amp;Jahreszahlen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Save Profile…</source>
        <translation>Profil &amp;speichern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this column mapping to a small JSON file, for another file like this one or for tideline convert --profile</source>
        <translation>Diese Spaltenzuordnung in eine kleine JSON-Datei schreiben, für eine weitere Datei dieser Art oder für tideline convert --profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load Profile…</source>
        <translation>Profil &amp;laden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a column mapping saved before</source>
        <translation>Eine früher gespeicherte Spaltenzuordnung einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The columns are read as they were the last time a file with this header was opened.</source>
        <translation>Die Spalten werden so gelesen wie beim letzten Öffnen einer Datei mit dieser Kopfzeile.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Column &quot;%1&quot;: %2 could be %3 or %4.</source>
        <translation>Spalte „%1“: %2 könnte %3 oder %4 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column &quot;%1&quot;: every date could be day/month or month/day.</source>
        <translation>Spalte „%1“: Jedes Datum könnte Tag/Monat oder Monat/Tag sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which order does this file use?</source>
        <translation>Welche Reihenfolge verwendet diese Datei?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What each word in column &quot;%1&quot; says about the issue:</source>
        <translation>Was jedes Wort in der Spalte „%1“ über die Streitfrage aussagt:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+39"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>As Tideline &amp;will read the first %n row(s)</source>
        <extracomment>The English for one row is &quot;As Tideline &amp;will read the first row&quot;.</extracomment>
        <translation>
            <numerusform>So &amp;wird Tideline die erste Zeile lesen</numerusform>
            <numerusform>So &amp;wird Tideline die ersten %n Zeilen lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n cannot be read: the reason(s) are at the right)</source>
        <translation>
            <numerusform> (%n ist nicht lesbar: der Grund steht daneben)</numerusform>
            <numerusform> (%n sind nicht lesbar: die Gründe stehen daneben)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The stance &quot;%1&quot; stands for</source>
        <translation>Die Haltung, für die „%1“ steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance for &quot;%1&quot;</source>
        <translation>Haltung für „%1“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>JSON records</source>
        <translation>JSON-Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first row names the columns</source>
        <translation>die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>As Tideline &amp;will read the rows: nothing yet, choose the columns above</source>
        <translation>So &amp;wird Tideline die Zeilen lesen: noch nichts – wählen Sie oben die Spalten aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As Tideline &amp;will read the first rows, once the mapping is complete:</source>
        <translation>So &amp;wird Tideline die ersten Zeilen lesen, sobald die Zuordnung vollständig ist:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from column &quot;%1&quot;</source>
        <translation>aus Spalte „%1“</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>choose the column that holds the title</source>
        <translation>Spalte mit dem Titel auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the column that holds the start date</source>
        <translation>Spalte mit dem Datum des Beginns auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a latest start needs a start column too</source>
        <translation>ein spätester Beginn erfordert auch eine Spalte für den Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a latest end needs an end column too</source>
        <translation>ein spätestes Ende erfordert auch eine Spalte für das Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what separates the actors in a cell</source>
        <translation>angeben, was die Akteure in einer Zelle trennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what separates the tags in a cell</source>
        <translation>angeben, was die Schlagwörter in einer Zelle trennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the column that names the actor</source>
        <translation>Spalte mit dem Akteur auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the column that holds the stance</source>
        <translation>Spalte mit der Haltung auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the issue column, or name one issue for the whole file</source>
        <translation>Spalte mit der Streitfrage auswählen oder eine Streitfrage für die ganze Datei angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date for the whole file cannot be read: %1</source>
        <translation>das Datum für die ganze Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the date column, or give one date for the whole file (As of)</source>
        <translation>Spalte mit dem Datum auswählen oder ein Datum für die ganze Datei angeben (Stand)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say whether the dates in column &quot;%1&quot; are day first or month first</source>
        <translation>angeben, ob die Daten in Spalte &quot;%1&quot; mit dem Tag oder mit dem Monat beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To open the file: %1.</source>
        <translation>Zum Öffnen der Datei: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the file as the preview shows it</source>
        <translation>Die Datei so öffnen, wie die Vorschau sie zeigt</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Save Column Mapping Profile</source>
        <translation>Profil der Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load Column Mapping Profile</source>
        <translation>Profil der Spaltenzuordnung laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping profiles (*.json);;All files (*)</source>
        <translation>Profile der Spaltenzuordnung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The profile could not be saved to %1: %2</source>
        <translation>Das Profil konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the column mapping to %1</source>
        <translation>Spaltenzuordnung unter %1 gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile %1 cannot be read: %2</source>
        <translation>Das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile %1 cannot be used: %2</source>
        <translation>Das Profil %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read the column mapping from %1</source>
        <translation>Spaltenzuordnung aus %1 eingelesen</translation>
    </message>
</context>
<context>
    <name>LoadErrorsDialog</name>
    <message>
        <location filename="../../ui/loaderrorsdialog.cpp" line="+20"/>
        <source>Problems in the Dataset</source>
        <translation>Probleme im Datensatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy All</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every message as text, one per line</source>
        <translation>Alle Meldungen als Text kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip Bad Rows</source>
        <translation>Fehlerhafte Zeilen &amp;überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the files again, leaving out the rows that cannot be read; the status bar says how many were left out</source>
        <translation>Die Dateien erneut öffnen und dabei die nicht lesbaren Zeilen auslassen; die Statusleiste zeigt, wie viele ausgelassen wurden</translation>
    </message>
</context>
<context>
    <name>LoadIndicator</name>
    <message>
        <location filename="../../ui/loadindicator.cpp" line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop loading; the data already open stays (Esc, where the focused panel has no use for it)</source>
        <translation>Laden abbrechen; die bereits geöffneten Daten bleiben erhalten (Esc, sofern der Bereich mit dem Fokus die Taste nicht selbst verwendet)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening %1…</source>
        <translation>Öffnen von %1 …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1 of %2 MB, %3 events</source>
        <translation>%1 von %2 MB gelesen, %3 Ereignisse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+110"/>
        <location line="+144"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Search actors by name, alias or role (Ctrl+K)</source>
        <translation>Akteure nach Name, Alias oder Rolle suchen (Strg+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search actors</source>
        <translation>Akteure suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Actor</source>
        <translation>Akteur suchen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not opened: %1 (only http, https and mailto addresses are opened)</source>
        <translation>Nicht geöffnet: %1 (nur http-, https- und mailto-Adressen werden geöffnet)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actors × Issues</source>
        <translation>Akteure × Streitfragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stance over time</source>
        <translation>Haltung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stance over Time</source>
        <translation>Haltung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Files…</source>
        <translation>Dateien ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open one or more files as one dataset: Tideline, TimelineJS, vis.js, CSV/TSV, GDELT, ICEWS or ACLED</source>
        <translation>Eine oder mehrere Dateien als einen Datensatz öffnen: Tideline, TimelineJS, vis.js, CSV/TSV, GDELT, ICEWS oder ACLED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>Tabelle &amp;importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a CSV/TSV or JSON records file choosing what each column holds, with a preview</source>
        <translation>Eine CSV/TSV-Datei oder eine JSON-Datei mit Einträgen öffnen und dabei mit Vorschau festlegen, was jede Spalte enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open every .json file in a folder as one dataset</source>
        <translation>Alle .json-Dateien eines Ordners als einen Datensatz öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Archive…</source>
        <translation>&amp;Archiv öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse an event archive too large for memory, held by a ClickHouse server, in a window of its own</source>
        <translation>Ein Ereignisarchiv, zu groß für den Speicher, von einem ClickHouse-Server in einem eigenen Fenster durchsehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Sample Dataset</source>
        <translation>Beispiel&amp;datensatz öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Gaza cease-fire talks of July 2024, from a news article</source>
        <translation>Die Gespräche über eine Waffenruhe in Gaza im Juli 2024, nach einem Nachrichtenartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Groups as &amp;Tags</source>
        <translation>Gruppen als &amp;Schlagwörter lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TimelineJS and vis.js groups become tags instead of lanes of their own; the open files are read again</source>
        <translation>Gruppen aus TimelineJS und vis.js werden zu Schlagwörtern statt zu eigenen Spuren; die geöffneten Dateien werden neu eingelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep a Cache of Opened Datasets</source>
        <translation>Geöffnete Datensätze im &amp;Cache behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen unchanged files in a moment: a compact copy of each dataset opened is kept in your cache folder</source>
        <translation>Unveränderte Dateien im Nu wieder öffnen: Von jedem geöffneten Datensatz wird eine kompakte Kopie in Ihrem Cache-Ordner aufbewahrt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export Image…</source>
        <translation>Bild e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the timeline as a PNG, SVG or PDF file</source>
        <translation>Die Zeitleiste als PNG-, SVG- oder PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Timeline Image</source>
        <translation>Zeitleiste als Bild &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in around the middle; the wheel zooms around the pointer</source>
        <translation>Um die Mitte vergrößern; das Mausrad zoomt um den Mauszeiger herum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit All</source>
        <translation>&amp;Alles einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every event (Home in the timeline)</source>
        <translation>Alle Ereignisse zeigen (Pos1 in der Zeitleiste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Selection</source>
        <translation>Aus&amp;wahl einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected event or time range (F in the timeline)</source>
        <translation>Das ausgewählte Ereignis oder den ausgewählten Zeitraum zeigen (F in der Zeitleiste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next &amp;Pane</source>
        <translation>Nächster Bere&amp;ich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the keyboard to the next panel</source>
        <translation>Tastatur in den nächsten Bereich bewegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Pa&amp;ne</source>
        <translation>Vorheriger Berei&amp;ch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the keyboard to the previous panel</source>
        <translation>Tastatur in den vorherigen Bereich bewegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Overview</source>
        <translation>Ü&amp;bersicht anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collapse &amp;Empty Stretches</source>
        <translation>Leere Abschnitte &amp;zusammenziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw long stretches without events narrow, behind a break mark</source>
        <translation>Lange Abschnitte ohne Ereignisse schmal zeichnen, hinter einem Bruchzeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tideline will be in %1 from its next start</source>
        <translation>Tideline erscheint ab dem nächsten Start auf %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lanes</source>
        <translation>&amp;Spuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One Lane per &amp;Actor</source>
        <translation>Eine Spur je A&amp;kteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Actor &amp;Kind</source>
        <translation>Nach Akteurs&amp;art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Tag</source>
        <translation>Nach Schlag&amp;wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Single Lane</source>
        <translation>&amp;Nur eine Spur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How events are split into lanes</source>
        <translation>Wie die Ereignisse auf Spuren verteilt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline &amp;Keys</source>
        <translation>&amp;Tastenbelegung der Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline Keys</source>
        <translation>Tastenbelegung der Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel or pinch: zoom around the pointer
Drag: pan   Shift+wheel: scroll lanes
Shift+drag, or drag on the axis: select a time range and zoom into it
Click: select an event   Double-click: zoom to it
+ / -: zoom   Arrows: pan and scroll   Home: fit all
F: fit the selection   Esc: clear the selection
Click a lane&apos;s triangle to fold its members into it.</source>
        <translation>Mausrad oder Zoomgeste: um den Mauszeiger zoomen
Ziehen: verschieben   Umschalt+Mausrad: Spuren blättern
Umschalt+Ziehen oder Ziehen auf der Achse: Zeitraum auswählen und hineinzoomen
Klick: Ereignis auswählen   Doppelklick: auf das Ereignis zoomen
+ / -: zoomen   Pfeiltasten: verschieben und blättern   Pos1: alles einpassen
F: Auswahl einpassen   Esc: Auswahl aufheben
Klicken Sie auf das Dreieck einer Spur, um ihre Mitglieder in sie einzuklappen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Right / Ctrl+Left: the next / previous event in the lane
Ctrl+Down / Ctrl+Up: the nearest event in the next / previous lane
Enter: the event&apos;s details   A: the lane&apos;s actor
F6 / Shift+F6: the next / previous panel</source>
        <translation>Strg+Rechts / Strg+Links: nächstes / vorheriges Ereignis der Spur
Strg+Ab / Strg+Auf: nächstgelegenes Ereignis der nächsten / vorherigen Spur
Eingabe: Details des Ereignisses   A: Akteur der Spur
F6 / Umschalt+F6: nächster / vorheriger Bereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Tideline</source>
        <translation>Ü&amp;ber Tideline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Tideline</source>
        <translation>Über Tideline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tideline %1&lt;/h3&gt;&lt;p&gt;A timeline of events beside the actors and their stated positions, for people who follow negotiations, conflicts and politics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tideline %1&lt;/h3&gt;&lt;p&gt;Eine Zeitleiste der Ereignisse neben den Akteuren und ihren erklärten Positionen – für alle, die Verhandlungen, Konflikte und Politik verfolgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 changed on disk; reading it again…</source>
        <translation>Auf dem Datenträger geändert: %1 – wird neu eingelesen …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show Messages…</source>
        <translation>Meldungen anzeigen …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copying the timeline once the filter is applied…</source>
        <translation>Die Zeitleiste wird kopiert, sobald der Filter angewendet ist …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied the visible timeline as a %1×%2 image</source>
        <translation>Sichtbare Zeitleiste als %1×%2-Bild kopiert</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Untitled dataset</source>
        <translation>Unbenannter Datensatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Tideline</source>
        <translation>%1 — Tideline</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 of %2 events, %3 actors, %4 positions</source>
        <translation>%1 von %2 Ereignissen, %3 Akteure, %4 Positionen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Dataset Files</source>
        <translation>Datensatzdateien öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timelines and event data (*.json *.csv *.tsv *.tab *.txt);;Tideline datasets (*.json);;TimelineJS and vis.js timelines (*.json);;Spreadsheets: CSV and TSV (*.csv *.tsv *.tab *.txt);;GDELT, ICEWS and ACLED event data (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>Zeitleisten und Ereignisdaten (*.json *.csv *.tsv *.tab *.txt);;Tideline-Datensätze (*.json);;TimelineJS- und vis.js-Zeitleisten (*.json);;Tabellen: CSV und TSV (*.csv *.tsv *.tab *.txt);;Ereignisdaten von GDELT, ICEWS und ACLED (*.csv *.tsv *.tab *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Spreadsheet</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and JSON records (*.csv *.tsv *.tab *.txt *.json);;All files (*)</source>
        <translation>Tabellen und JSON-Einträge (*.csv *.tsv *.tab *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open Dataset Folder</source>
        <translation>Datensatzordner öffnen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open the archive %1</source>
        <translation>Das Archiv %1 öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>MappedTable</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="-613"/>
        <source>the actor is empty</source>
        <translation>kein Akteur angegeben</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/messagebar.cpp" line="+23"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>OpenArchiveDialog</name>
    <message>
        <location filename="../../ui/openarchivedialog.cpp" line="+17"/>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A ClickHouse server&apos;s HTTP interface, the database and the events table, as tideline archive push was given</source>
        <translation>Die HTTP-Schnittstelle eines ClickHouse-Servers, die Datenbank und die Ereignistabelle, wie sie tideline archive push erhielt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s default user</source>
        <translation>der Standardbenutzer des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the server only; never saved in the settings</source>
        <translation>Wird nur an den Server geschickt, nie in den Einstellungen gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GNOME Keyring or KWallet keeps it, locked with your login; Tideline&apos;s settings never hold it</source>
        <translation>GNOME Keyring oder KWallet verwahrt es, gesperrt mit Ihrer Anmeldung; Tidelines Einstellungen enthalten es nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/overviewview.cpp" line="+18"/>
        <source>Drag Sets the Date Filter</source>
        <translation>Ziehen setzt den Datumsfilter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events per period across the whole dataset, with the timeline&apos;s visible window</source>
        <translation>Ereignisse pro Zeitraum im gesamten Datensatz, mit dem sichtbaren Ausschnitt der Zeitleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag the shaded window to pan the timeline; drag elsewhere to show another period; hold Ctrl (or turn on &quot;Drag Sets the Date Filter&quot;) to filter by the dragged dates</source>
        <translation>Ziehen Sie den schattierten Ausschnitt, um die Zeitleiste zu verschieben; ziehen Sie anderswo, um einen anderen Zeitraum zu zeigen; halten Sie Strg gedrückt (oder schalten Sie „Ziehen setzt den Datumsfilter“ ein), um nach dem gezogenen Zeitraum zu filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A range dragged on the overview becomes the date filter</source>
        <translation>Ein in der Übersicht gezogener Bereich wird zum Datumsfilter</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <location filename="../../ui/positionspanel.cpp" line="+26"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stated positions of the selected actor, by issue</source>
        <translation>Die erklärten Positionen des ausgewählten Akteurs, nach Streitfrage</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>position of %1</source>
        <translation>Position von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In summary:</source>
        <translation>Zusammengefasst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, according to %2</source>
        <translation>%1, laut %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an actor to see the positions it has stated.</source>
        <translation>Wählen Sie einen Akteur aus, um seine erklärten Positionen zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On one issue only.</source>
        <translation>Nur zu einer Streitfrage.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every issue</source>
        <translation>Alle Streitfragen zeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stated positions pass the filter.</source>
        <translation>Der Filter lässt keine erklärten Positionen durch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stated positions in this dataset.</source>
        <translation>Dieser Datensatz enthält keine erklärten Positionen.</translation>
    </message>
</context>
<context>
    <name>StanceChartView</name>
    <message>
        <location filename="../../ui/stancechartview.cpp" line="+62"/>
        <source>The issue whose stances are charted</source>
        <translation>Die Streitfrage, deren Haltungen dargestellt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>● public statement   ■ private   ▲ reported by others</source>
        <translation>● öffentliche Äußerung   ■ nicht öffentlich   ▲ von Dritten berichtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stance over time</source>
        <translation>Haltung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each actor&apos;s stance on the chosen issue as it changed</source>
        <translation>Wie sich die Haltung jedes Akteurs zur gewählten Streitfrage verändert hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actors charted</source>
        <translation>Dargestellte Akteure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issue:</source>
        <translation>&amp;Streitfrage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue</source>
        <translation>Streitfrage</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%1 (%n statement(s))</source>
        <translation>
            <numerusform>%1 (%n Äußerung)</numerusform>
            <numerusform>%1 (%n Äußerungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Counting the statements on each issue…</source>
        <translation>Die Äußerungen zu jeder Streitfrage werden gezählt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stated positions</source>
        <translation>Keine erklärten Positionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no statements pass the filter</source>
        <translation>%1: Der Filter lässt keine Äußerungen durch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — the %2 actors with most statements, of %3</source>
        <translation>%1 — die %2 Akteure mit den meisten Äußerungen (von %3)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StanceMatrixView</name>
    <message>
        <location filename="../../ui/stancematrixview.cpp" line="+11"/>
        <source>Actors by issue</source>
        <translation>Akteure nach Streitfrage</translation>
    </message>
</context>
<context>
    <name>TableCellsModel</name>
    <message>
        <location filename="../../ui/tablecellsmodel.cpp" line="+87"/>
        <source>Column &quot;%1&quot; is not imported</source>
        <translation>Spalte „%1“ wird nicht importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &quot;%1&quot; is read as: %2</source>
        <translation>Spalte „%1“ wird gelesen als: %2</translation>
    </message>
</context>
<context>
    <name>TableReadingModel</name>
    <message>
        <location filename="../../ui/tablereadingmodel.cpp" line="+71"/>
        <source>Row %1 cannot be read:
%2</source>
        <translation>Zeile %1 kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Why the row cannot be read</source>
        <translation>Warum die Zeile nicht gelesen werden kann</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <location filename="../../ui/timelineaccessible.cpp" line="+231"/>
        <source>%Ln event(s), %1</source>
        <extracomment>A period of a lane too dense to list its events: &quot;1,204 events, 2024&quot;.</extracomment>
        <translation>
            <numerusform>%Ln Ereignis, %1</numerusform>
            <numerusform>%Ln Ereignisse, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Drawn as a density strip: %n period(s) with events</source>
        <translation>
            <numerusform>Als Dichtestreifen gezeichnet: %n Zeitraum mit Ereignissen</numerusform>
            <numerusform>Als Dichtestreifen gezeichnet: %n Zeiträume mit Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n Ereignis sichtbar</numerusform>
            <numerusform>%n Ereignisse sichtbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; %n event(s) in view</source>
        <translation>
            <numerusform>%1; %n Ereignis sichtbar</numerusform>
            <numerusform>%1; %n Ereignisse sichtbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timelineview.cpp" line="+42"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The events of each lane in time; the overview above it shows the whole dataset</source>
        <translation>Die Ereignisse jeder Spur im zeitlichen Verlauf; die Übersicht darüber zeigt den gesamten Datensatz</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>No events to show</source>
        <translation>Keine Ereignisse zum Anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This dataset has no events. Its %n stated position(s) are in Actors × Issues and Stance over Time.</source>
        <translation>
            <numerusform>Dieser Datensatz enthält keine Ereignisse. Seine %n erklärte Position finden Sie unter „Akteure × Streitfragen“ und „Haltung im Zeitverlauf“.</numerusform>
            <numerusform>Dieser Datensatz enthält keine Ereignisse. Seine %n erklärten Positionen finden Sie unter „Akteure × Streitfragen“ und „Haltung im Zeitverlauf“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event passes the filter</source>
        <translation>Der Filter lässt kein Ereignis durch</translation>
    </message>
</context>
</TS>
