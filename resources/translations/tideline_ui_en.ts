<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveWindow</name>
    <message numerus="yes">
        <location filename="../../ui/archivewindow.cpp" line="+659"/>
        <source>%1 (%n actor(s))</source>
        <extracomment>A kind in the archive window&apos;s kinds menu: %1 is the kind, %2 its actors</extracomment>
        <translation>
            <numerusform>%1 (%n actor)</numerusform>
            <numerusform>%1 (%n actors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>fetching %n part(s) of the view</source>
        <translation>
            <numerusform>fetching %n part of the view</numerusform>
            <numerusform>fetching %n parts of the view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/importdialog.cpp" line="+859"/>
        <location line="+39"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>As Tideline &amp;will read the first %n row(s)</source>
        <extracomment>The English for one row is &quot;As Tideline &amp;will read the first row&quot;.</extracomment>
        <translation>
            <numerusform>As Tideline &amp;will read the first row</numerusform>
            <numerusform>As Tideline &amp;will read the first %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n cannot be read: the reason(s) are at the right)</source>
        <translation>
            <numerusform> (%n cannot be read: the reason is at the right)</numerusform>
            <numerusform> (%n cannot be read: the reasons are at the right)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StanceChartView</name>
    <message numerus="yes">
        <location filename="../../ui/stancechartview.cpp" line="+178"/>
        <source>%1 (%n statement(s))</source>
        <translation>
            <numerusform>%1 (%n statement)</numerusform>
            <numerusform>%1 (%n statements)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <location filename="../../ui/timelineaccessible.cpp" line="+231"/>
        <source>%Ln event(s), %1</source>
        <extracomment>A period of a lane too dense to list its events: &quot;1,204 events, 2024&quot;.</extracomment>
        <translation>
            <numerusform>%Ln event, %1</numerusform>
            <numerusform>%Ln events, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Drawn as a density strip: %n period(s) with events</source>
        <translation>
            <numerusform>Drawn as a density strip: %n period with events</numerusform>
            <numerusform>Drawn as a density strip: %n periods with events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n event in view</numerusform>
            <numerusform>%n events in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; %n event(s) in view</source>
        <translation>
            <numerusform>%1; %n event in view</numerusform>
            <numerusform>%1; %n events in view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../ui/timelineview.cpp" line="+236"/>
        <source>This dataset has no events. Its %n stated position(s) are in Actors × Issues and Stance over Time.</source>
        <translation>
            <numerusform>This dataset has no events. Its %n stated position is in Actors × Issues and Stance over Time.</numerusform>
            <numerusform>This dataset has no events. Its %n stated positions are in Actors × Issues and Stance over Time.</numerusform>
        </translation>
    </message>
</context>
</TS>
