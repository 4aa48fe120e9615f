<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/archivecommand.cpp" line="+81"/>
        <source>made %1 of %Ln event(s)</source>
        <translation>
            <numerusform>made %1 of %Ln event</numerusform>
            <numerusform>made %1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln event(s) made in %2 s (%3 events/s)</source>
        <translation>
            <numerusform>%1: %Ln event made in %2 s (%3 events/s)</numerusform>
            <numerusform>%1: %Ln events made in %2 s (%3 events/s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>pushed %1 of %Ln event(s)</source>
        <translation>
            <numerusform>pushed %1 of %Ln event</numerusform>
            <numerusform>pushed %1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln new event(s) of %L1</source>
        <translation>
            <numerusform>%Ln new event of %L1</numerusform>
            <numerusform>%Ln new events of %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new actor(s)</source>
        <translation>
            <numerusform>%Ln new actor</numerusform>
            <numerusform>%Ln new actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/cachecommand.cpp" line="+28"/>
        <source>removed %n dataset image(s) from %1</source>
        <translation>
            <numerusform>removed %n dataset image from %1</numerusform>
            <numerusform>removed %n dataset images from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/convertcommand.cpp" line="+55"/>
        <source>nothing written: %n error(s)</source>
        <translation>
            <numerusform>nothing written: %n error</numerusform>
            <numerusform>nothing written: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actors</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n positions</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <location filename="../../app/import/csvreader.cpp" line="+159"/>
        <source>more than %n cells in one row</source>
        <translation>
            <numerusform>more than %n cell in one row</numerusform>
            <numerusform>more than %n cells in one row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetBuilder</name>
    <message numerus="yes">
        <location filename="../../app/io/actorhierarchy.cpp" line="+69"/>
        <source>actor %1 has more than %n levels of parents above it (%2); at most %n are allowed</source>
        <translation>
            <numerusform>actor %1 has more than %n level of parents above it (%2); at most %n is allowed</numerusform>
            <numerusform>actor %1 has more than %n levels of parents above it (%2); at most %n are allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetFileReader</name>
    <message numerus="yes">
        <location filename="../../app/io/datasetfilereader.cpp" line="+229"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>values nested deeper than %n level</numerusform>
            <numerusform>values nested deeper than %n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>more than %n values in one record; Tideline stops reading here</source>
        <translation>
            <numerusform>more than %n value in one record; Tideline stops reading here</numerusform>
            <numerusform>more than %n values in one record; Tideline stops reading here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message numerus="yes">
        <location filename="../../app/io/datasetloader.cpp" line="+277"/>
        <source>stopped after %n errors; more errors not shown</source>
        <translation>
            <numerusform>stopped after %n error; more errors not shown</numerusform>
            <numerusform>stopped after %n errors; more errors not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDataImport</name>
    <message numerus="yes">
        <location filename="../../app/import/eventdataimport.cpp" line="+224"/>
        <source>expected %n cells like the header, found %1</source>
        <translation>
            <numerusform>expected %n cell like the header, found %1</numerusform>
            <numerusform>expected %n cells like the header, found %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCaption</name>
    <message numerus="yes">
        <location filename="../../app/render/exportcaption.cpp" line="+71"/>
        <source> and %n more</source>
        <extracomment>Added after &quot; — Source: %1&quot; when the dataset has more sources than it lists</extracomment>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/exportcommand.cpp" line="+76"/>
        <source>, %n pages</source>
        <extracomment>Follows the format in what `tideline export` prints (&quot;PDF, 3 pages&quot;); %n is 2 or more</extracomment>
        <translation>
            <numerusform>, %n page</numerusform>
            <numerusform>, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n lanes</source>
        <extracomment>%n is 0, or 2 or more</extracomment>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n events</source>
        <extracomment>%1 is the events shown, %n all events of the dataset</extracomment>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n lanes did not fit at %1x%2; the caption says so</source>
        <extracomment>%1 is a width, %2 a height, in pixels</extracomment>
        <translation>
            <numerusform>%n lane did not fit at %1x%2; the caption says so</numerusform>
            <numerusform>%n lanes did not fit at %1x%2; the caption says so</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPlan</name>
    <message numerus="yes">
        <location filename="../../app/render/exportplan.cpp" line="+295"/>
        <source> — %n members folded into their states&apos; or factions&apos; lanes to fit</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation>
            <numerusform> — %n member folded into its state&apos;s or faction&apos;s lane to fit</numerusform>
            <numerusform> — %n members folded into their states&apos; or factions&apos; lanes to fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source> — %n more lanes with events did not fit; export a taller picture or a PDF to see them</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation>
            <numerusform> — %n more lane with events did not fit; export a taller picture or a PDF to see it</numerusform>
            <numerusform> — %n more lanes with events did not fit; export a taller picture or a PDF to see them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message numerus="yes">
        <location filename="../../app/import/importcontext.cpp" line="+127"/>
        <source>skipped %n row(s) that could not be read</source>
        <translation>
            <numerusform>skipped %n row that could not be read</numerusform>
            <numerusform>skipped %n rows that could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message numerus="yes">
        <location filename="../../app/import/jsonrecordstream.cpp" line="+161"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>values nested deeper than %n level</numerusform>
            <numerusform>values nested deeper than %n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>more than %n values in one record; Tideline stops reading here</source>
        <translation>
            <numerusform>more than %n value in one record; Tideline stops reading here</numerusform>
            <numerusform>more than %n values in one record; Tideline stops reading here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadSummary</name>
    <message numerus="yes">
        <location filename="../../app/session/loadsummary.cpp" line="+16"/>
        <source>%1 could not be opened: %n error(s). The data already open is unchanged.</source>
        <translation>
            <numerusform>%1 could not be opened: %n error. The data already open is unchanged.</numerusform>
            <numerusform>%1 could not be opened: %n errors. The data already open is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>Opened %1 with %n warning</numerusform>
            <numerusform>Opened %1 with %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 opened, with %n warning(s):</source>
        <translation>
            <numerusform>%1 opened, with %n warning:</numerusform>
            <numerusform>%1 opened, with %n warnings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 changed on disk and now has %n error(s); the last good version stays on screen until it is fixed.</source>
        <translation>
            <numerusform>%1 changed on disk and now has %n error; the last good version stays on screen until it is fixed.</numerusform>
            <numerusform>%1 changed on disk and now has %n errors; the last good version stays on screen until it is fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reloaded %1: %2, %n warning(s)</source>
        <extracomment>%1 names the files reloaded, %2 says how many events they hold (&quot;1,200 events&quot;)</extracomment>
        <translation>
            <numerusform>Reloaded %1: %2, %n warning</numerusform>
            <numerusform>Reloaded %1: %2, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message numerus="yes">
        <location filename="../../app/time/partialdate.cpp" line="+194"/>
        <source>day %1 does not exist in %2 (that month has %n days)</source>
        <translation>
            <numerusform>day %1 does not exist in %2 (that month has %n day)</numerusform>
            <numerusform>day %1 does not exist in %2 (that month has %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsImporter</name>
    <message numerus="yes">
        <location filename="../../app/import/recordsimporter.cpp" line="+171"/>
        <source>more than %n values in one record</source>
        <translation>
            <numerusform>more than %n value in one record</numerusform>
            <numerusform>more than %n values in one record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>values nested deeper than %n level</numerusform>
            <numerusform>values nested deeper than %n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+244"/>
        <source>every date in this field (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (&quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>
            <numerusform>every date in this field (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (&quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</numerusform>
            <numerusform>every date in this field (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (&quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message numerus="yes">
        <location filename="../../app/import/tableimporter.cpp" line="+197"/>
        <source>every date in this column (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (the import dialog asks; in a profile, &quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>
            <numerusform>every date in this column (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (the import dialog asks; in a profile, &quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</numerusform>
            <numerusform>every date in this column (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (the import dialog asks; in a profile, &quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+185"/>
        <source>%n of the stance column&apos;s words have no stance: %1</source>
        <translation>
            <numerusform>%n of the stance column&apos;s words has no stance: %1</numerusform>
            <numerusform>%n of the stance column&apos;s words have no stance: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineJsImporter</name>
    <message numerus="yes">
        <location filename="../../app/import/timelinejsimporter.cpp" line="+140"/>
        <source>this build of Tideline has no periods: %n era(s) left out</source>
        <translation>
            <numerusform>this build of Tideline has no periods: %n era left out</numerusform>
            <numerusform>this build of Tideline has no periods: %n eras left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message numerus="yes">
        <location filename="../../app/render/timelinerenderer.cpp" line="+439"/>
        <source>+%n members</source>
        <extracomment>Under a lane&apos;s title: more actors&apos; events are folded into the lane</extracomment>
        <translation>
            <numerusform>+%n member</numerusform>
            <numerusform>+%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/validatecommand.cpp" line="+34"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisImporter</name>
    <message numerus="yes">
        <location filename="../../app/import/visimporter.cpp" line="+431"/>
        <source>Tideline keeps whole seconds: the milliseconds of %n date(s) are dropped</source>
        <translation>
            <numerusform>Tideline keeps whole seconds: the milliseconds of %n date are dropped</numerusform>
            <numerusform>Tideline keeps whole seconds: the milliseconds of %n dates are dropped</numerusform>
        </translation>
    </message>
</context>
</TS>
