<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActorTreeModel</name>
    <message>
        <location filename="../../app/itemmodels/actortreemodel.cpp" line="+18"/>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factions</source>
        <translation>الفصائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media</source>
        <extracomment>The actors of kind &quot;Media&quot;: newspapers, broadcasters and other news outlets</extracomment>
        <translation>وسائل الإعلام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Also: %1</source>
        <translation>يُعرف أيضًا باسم: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick to show only the ticked actors on the timeline.</source>
        <translation>أشِّر على الأطراف لعرض المؤشَّر عليها وحدها على الخط الزمني.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Actor</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <extracomment>A column of the actor list: an actor&apos;s role or office (&quot;Prime Minister&quot;)</extracomment>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <extracomment>A column of the actor list: what kind of actor it is (state, person, ...)</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <extracomment>A column of the actor list: how many events the actor takes part in</extracomment>
        <translation>الأحداث</translation>
    </message>
</context>
<context>
    <name>ArchiveActorCounts</name>
    <message>
        <location filename="../../app/archive/archiveactorcounts.cpp" line="+35"/>
        <source>The actors&apos; counts could not be read.</source>
        <translation>تعذّرت قراءة أعداد الأطراف.</translation>
    </message>
</context>
<context>
    <name>ArchiveAddress</name>
    <message>
        <location filename="../../app/archive/archiveaddress.cpp" line="+26"/>
        <source>&apos;%1&apos; is not an archive address; expected clickhouse://host:port/database?table=events</source>
        <translation>‏«%1» ليس عنوان أرشيف؛ المتوقع clickhouse://host:port/database?table=events</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive address holds a password; give it in TIDELINE_ARCHIVE_PASSWORD instead, where other users cannot read it</source>
        <translation>عنوان الأرشيف يحوي كلمة مرور؛ ضعها بدلًا من ذلك في TIDELINE_ARCHIVE_PASSWORD حيث لا يقرؤها المستخدمون الآخرون</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;%1&apos; is not a plain database name (letters, digits and _)</source>
        <translation>‏«%1» ليس اسم قاعدة بيانات بسيطًا (حروف وأرقام و _)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a plain table name (letters, digits and _)</source>
        <translation>‏«%1» ليس اسم جدول بسيطًا (حروف وأرقام و _)</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/archivecommand.cpp" line="+81"/>
        <source>made %1 of %Ln event(s)</source>
        <translation>
            <numerusform>أُنشئ %1 من %Ln حدث</numerusform>
            <numerusform>أُنشئ %1 من %Ln حدث</numerusform>
            <numerusform>أُنشئ %1 من %Ln حدث</numerusform>
            <numerusform>أُنشئ %1 من %Ln حدث</numerusform>
            <numerusform>أُنشئ %1 من %Ln حدث</numerusform>
            <numerusform>أُنشئ %1 من %Ln حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln event(s) made in %2 s (%3 events/s)</source>
        <translation>
            <numerusform>%1: أُنشئ %Ln حدث في %2 ث (%3 حدث/ث)</numerusform>
            <numerusform>%1: أُنشئ %Ln حدث في %2 ث (%3 حدث/ث)</numerusform>
            <numerusform>%1: أُنشئ %Ln حدث في %2 ث (%3 حدث/ث)</numerusform>
            <numerusform>%1: أُنشئ %Ln حدث في %2 ث (%3 حدث/ث)</numerusform>
            <numerusform>%1: أُنشئ %Ln حدث في %2 ث (%3 حدث/ث)</numerusform>
            <numerusform>%1: أُنشئ %Ln حدث في %2 ث (%3 حدث/ث)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>pushed %1 of %Ln event(s)</source>
        <translation>
            <numerusform>أُرسل %1 من %Ln حدث</numerusform>
            <numerusform>أُرسل %1 من %Ln حدث</numerusform>
            <numerusform>أُرسل %1 من %Ln حدث</numerusform>
            <numerusform>أُرسل %1 من %Ln حدث</numerusform>
            <numerusform>أُرسل %1 من %Ln حدث</numerusform>
            <numerusform>أُرسل %1 من %Ln حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln new event(s) of %L1</source>
        <translation>
            <numerusform>%Ln حدث جديد من %L1</numerusform>
            <numerusform>%Ln حدث جديد من %L1</numerusform>
            <numerusform>%Ln حدث جديد من %L1</numerusform>
            <numerusform>%Ln حدث جديد من %L1</numerusform>
            <numerusform>%Ln حدث جديد من %L1</numerusform>
            <numerusform>%Ln حدث جديد من %L1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new actor(s)</source>
        <translation>
            <numerusform>%Ln طرف جديد</numerusform>
            <numerusform>%Ln طرف جديد</numerusform>
            <numerusform>%Ln طرف جديد</numerusform>
            <numerusform>%Ln طرف جديد</numerusform>
            <numerusform>%Ln طرف جديد</numerusform>
            <numerusform>%Ln طرف جديد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3, in %4 s (%L5 events/s)</source>
        <translation>%1: %2، %3، في %4 ث (%L5 حدث/ث)</translation>
    </message>
</context>
<context>
    <name>ArchiveDataset</name>
    <message>
        <location filename="../../app/archive/archivedataset.cpp" line="+45"/>
        <source>%1: the archive&apos;s copy of this part&apos;s actors and positions cannot be read (%2)</source>
        <translation>%1: تتعذّر قراءة نسخة الأرشيف من الأطراف والمواقف في هذا الجزء (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No room to read the archive&apos;s actors and positions: %1</source>
        <translation>لا مساحة لقراءة الأطراف والمواقف في الأرشيف: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveEventListModel</name>
    <message>
        <location filename="../../app/archive/archiveeventlistmodel.cpp" line="+42"/>
        <location line="+36"/>
        <source>the archive answered with rows that cannot be read</source>
        <translation>أجاب الأرشيف بصفوف لا يمكن قراءتها</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
</context>
<context>
    <name>ArchiveEventStepper</name>
    <message>
        <location filename="../../app/archive/archiveeventstepper.cpp" line="+51"/>
        <source>The archive&apos;s answer could not be read.</source>
        <translation>تعذّرت قراءة ردّ الأرشيف.</translation>
    </message>
</context>
<context>
    <name>ArchiveImage</name>
    <message>
        <location filename="../../app/archive/archiveimage.cpp" line="+47"/>
        <source>size %1x%2 is out of range (200x150 to 20000x20000)</source>
        <translation>الحجم %1x%2 خارج النطاق (من 200x150 إلى 20000x20000)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+32"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>not enough memory for a %1x%2 image</source>
        <translation>لا تكفي الذاكرة لصورة بحجم %1x%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot paint the SVG picture</source>
        <translation>تعذّر رسم صورة SVG</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot paint the PDF page</source>
        <translation>تعذّر رسم صفحة PDF</translation>
    </message>
</context>
<context>
    <name>ArchiveLaneSource</name>
    <message>
        <location filename="../../app/archive/archivelanesource.cpp" line="+163"/>
        <location line="+226"/>
        <source>the archive at %1 answered with rows that cannot be read</source>
        <translation>أجاب الأرشيف في %1 بصفوف لا يمكن قراءتها</translation>
    </message>
</context>
<context>
    <name>ArchiveOverviewSource</name>
    <message>
        <location filename="../../app/archive/archiveoverviewsource.cpp" line="+47"/>
        <source>The archive&apos;s span could not be read.</source>
        <translation>تعذّرت قراءة المدى الزمني للأرشيف.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The archive&apos;s events per period could not be read.</source>
        <translation>تعذّرت قراءة أحداث الأرشيف لكل فترة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events</source>
        <extracomment>The one series of an archive&apos;s overview: every event that passes the filter</extracomment>
        <translation>الأحداث</translation>
    </message>
</context>
<context>
    <name>ArchivePush</name>
    <message>
        <location filename="../../app/archive/archivepush.cpp" line="+43"/>
        <source>the archive answered with rows that cannot be read</source>
        <translation>أجاب الأرشيف بصفوف لا يمكن قراءتها</translation>
    </message>
</context>
<context>
    <name>ArchiveSpanExport</name>
    <message>
        <location filename="../../app/archive/archivespanexport.cpp" line="+54"/>
        <source>the archive did not answer: %1</source>
        <translation>لم يُجب الأرشيف: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no event in the archive passes the filter</source>
        <translation>لا حدث في الأرشيف يطابق عامل التصفية</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the archive&apos;s answers for the whole span do not fit in memory at once; export a narrower filter</source>
        <translation>لا تتّسع الذاكرة لردود الأرشيف عن المدى كله دفعة واحدة؛ صدِّر بعامل تصفية أضيق</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  ·  the busiest %1 of %2 actors</source>
        <translation>  ·  أنشط %1 من %2 طرفًا</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/cachecommand.cpp" line="+28"/>
        <source>removed %n dataset image(s) from %1</source>
        <translation>
            <numerusform>أُزيلت %n نسخة مخزَّنة لمجموعات البيانات من %1</numerusform>
            <numerusform>أُزيلت %n نسخة مخزَّنة لمجموعة بيانات من %1</numerusform>
            <numerusform>أُزيلت %n نسختان مخزَّنتان لمجموعات البيانات من %1</numerusform>
            <numerusform>أُزيلت %n نسخ مخزَّنة لمجموعات البيانات من %1</numerusform>
            <numerusform>أُزيلت %n نسخةً مخزَّنة لمجموعات البيانات من %1</numerusform>
            <numerusform>أُزيلت %n نسخة مخزَّنة لمجموعات البيانات من %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cache: off</source>
        <translation>التخزين المؤقت: معطَّل</translation>
    </message>
</context>
<context>
    <name>CachedLoad</name>
    <message>
        <location filename="../../app/cache/cachedload.cpp" line="+49"/>
        <source>cache: read the dataset&apos;s image instead of its files</source>
        <translation>التخزين المؤقت: قُرئت النسخة المخزَّنة من مجموعة البيانات بدلًا من ملفاتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cache: not used (%1)</source>
        <extracomment>%1 says why (&quot;no image in …&quot;)</extracomment>
        <translation>التخزين المؤقت: لم يُستخدم (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cache: not kept: the files changed while they were read</source>
        <translation>التخزين المؤقت: لم تُحفظ نسخة: تغيّرت الملفات أثناء قراءتها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cache: kept the dataset&apos;s image in %1</source>
        <translation>التخزين المؤقت: حُفظت النسخة المخزَّنة من مجموعة البيانات في %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cache: not kept: %1</source>
        <translation>التخزين المؤقت: لم تُحفظ نسخة: %1</translation>
    </message>
</context>
<context>
    <name>ClickHouseClient</name>
    <message>
        <location filename="../../app/archive/clickhouseclient.cpp" line="+72"/>
        <source>the archive at %1 refused the request (HTTP %2): %3</source>
        <translation>رفض الأرشيف في %1 الطلب (HTTP %2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archive at %1 did not answer within %2 s</source>
        <translation>لم يُجب الأرشيف في %1 خلال %2 ث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach the archive at %1: %2</source>
        <translation>تعذّر الوصول إلى الأرشيف في %1: %2</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../app/import/columnmapping.cpp" line="+29"/>
        <source>(not imported)</source>
        <extracomment>What a column is read as: nothing, the column is left out</extracomment>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>What a column is read as: the event&apos;s start date</extracomment>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (latest)</source>
        <extracomment>What a column is read as: the latest the event&apos;s start may be (a start known between two dates)</extracomment>
        <translation>البداية (الحد الأخير)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <extracomment>What a column is read as: the event&apos;s end date</extracomment>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End (latest)</source>
        <extracomment>What a column is read as: the latest the event&apos;s end may be (an end known between two dates)</extracomment>
        <translation>النهاية (الحد الأخير)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <extracomment>What a column is read as: the identifier of the event or position</extracomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>القضية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stance</source>
        <extracomment>What a column is read as: the actor&apos;s stance on the issue (supports, opposes, ...)</extracomment>
        <translation>الموقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>التصريح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <extracomment>What a column is read as: where a position is reported (a URL or a source&apos;s name)</extracomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <extracomment>What a column is read as: the date a position was stated</extracomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>the profile is not JSON: %1 at byte %2</source>
        <translation>ملف التعريف ليس بصيغة JSON: %1 عند البايت %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the profile must be a JSON object, like {&quot;title&quot;: &quot;Headline&quot;, &quot;start&quot;: &quot;Date&quot;}</source>
        <translation>يجب أن يكون ملف التعريف كائن JSON، مثل {&quot;title&quot;: &quot;Headline&quot;, &quot;start&quot;: &quot;Date&quot;}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; in the profile must be a string (a column&apos;s name)</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; في ملف التعريف سلسلة نصية (اسم عمود)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;kind&quot; in the profile must be &quot;events&quot; or &quot;positions&quot;, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة &quot;kind&quot; في ملف التعريف &quot;events&quot; أو &quot;positions&quot;، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown key &quot;%1&quot; in the profile; the profile&apos;s keys are: %2</source>
        <translation>مفتاح غير معروف &quot;%1&quot; في ملف التعريف؛ مفاتيح ملف التعريف هي: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;format&quot; in the profile must be &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة &quot;format&quot; في ملف التعريف &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>&quot;%1&quot; in the profile must be a column&apos;s name or a list of them</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; في ملف التعريف اسم عمود أو قائمة بأسماء أعمدة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list separator in the profile must not be empty</source>
        <translation>يجب ألا يكون فاصل القوائم في ملف التعريف فارغًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;dateValue&quot; in the profile must be an ISO date like &quot;2022-09&quot;: %1</source>
        <translation>يجب أن تكون قيمة &quot;dateValue&quot; في ملف التعريف تاريخًا بصيغة ISO مثل &quot;2022-09&quot;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;stanceValues&quot; in the profile must be an object from the file&apos;s words to stances, like {&quot;Fully denied&quot;: &quot;opposes&quot;}</source>
        <translation>يجب أن تكون قيمة &quot;stanceValues&quot; في ملف التعريف كائنًا يربط كلمات الملف بالمواقف، مثل {&quot;Fully denied&quot;: &quot;opposes&quot;}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;stanceValues&quot; in the profile: &quot;%1&quot; must map to one of %2</source>
        <translation>في &quot;stanceValues&quot; بملف التعريف: يجب ربط &quot;%1&quot; بواحدة من %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;visibility&quot; in the profile must be one of %1, not &quot;%2&quot;</source>
        <translation>يجب أن تكون قيمة &quot;visibility&quot; في ملف التعريف واحدة من %1، لا &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;actorKind&quot; in the profile must be one of %1, not &quot;%2&quot;</source>
        <translation>يجب أن تكون قيمة &quot;actorKind&quot; في ملف التعريف واحدة من %1، لا &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;dateOrder&quot; in the profile must be &quot;dmy&quot; (03/04/2021 is 3 April) or &quot;mdy&quot; (March 4), not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة &quot;dateOrder&quot; في ملف التعريف &quot;dmy&quot; (التاريخ 03/04/2021 هو 3 أبريل) أو &quot;mdy&quot; (4 مارس)، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;years&quot; in the profile must be &quot;astronomical&quot; (0 is 1 BC) or &quot;historical&quot; (-1 is 1 BC, no year 0), not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة &quot;years&quot; في ملف التعريف &quot;astronomical&quot; (السنة 0 هي 1 ق.م) أو &quot;historical&quot; (السنة -1 هي 1 ق.م، ولا وجود للسنة 0)، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;delimiter&quot; in the profile must be one of &quot;,&quot;, &quot;;&quot;, &quot;\t&quot;, &quot;|&quot;, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة &quot;delimiter&quot; في ملف التعريف واحدة من &quot;,&quot;، &quot;;&quot;، &quot;\t&quot;، &quot;|&quot;، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;header&quot; in the profile must be true or false</source>
        <translation>يجب أن تكون قيمة &quot;header&quot; في ملف التعريف true أو false</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no column is mapped to the title</source>
        <translation>لم يُعيَّن أي عمود للعنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the start date</source>
        <translation>لم يُعيَّن أي عمود لتاريخ البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a start known between two bounds needs the earliest bound too (&quot;start&quot;)</source>
        <translation>البداية المعروفة بين حدّين تحتاج أيضًا إلى الحد الأبكر (&quot;start&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an end known between two bounds needs the earliest bound too (&quot;end&quot;)</source>
        <translation>النهاية المعروفة بين حدّين تحتاج أيضًا إلى الحد الأبكر (&quot;end&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column is mapped to the actor</source>
        <translation>لم يُعيَّن أي عمود للطرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the issue, and no issue is given for the whole file (&quot;issueTitle&quot;)</source>
        <translation>لم يُعيَّن أي عمود للقضية، ولم تُحدَّد قضية للملف كله (&quot;issueTitle&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column is mapped to the stance</source>
        <translation>لم يُعيَّن أي عمود للموقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the date, and no date is given for the whole file (&quot;dateValue&quot;, like &quot;2022-09&quot;)</source>
        <translation>لم يُعيَّن أي عمود للتاريخ، ولم يُحدَّد تاريخ للملف كله (&quot;dateValue&quot;، مثل &quot;2022-09&quot;)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+74"/>
        <source>generate --format must be tideline or gdelt, found &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة --format في الأمر generate هي tideline أو gdelt، لكن وُجد &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+132"/>
        <location line="+38"/>
        <location line="+72"/>
        <location line="+113"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>خيار غير معروف &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>%1 needs a number</source>
        <translation>يحتاج الخيار %1 إلى رقم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a whole number &gt;= 0, found &apos;%2&apos;</source>
        <translation>يحتاج الخيار %1 إلى عدد صحيح &gt;= 0، لكن وُجد &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--actors must be 4 to 1000000</source>
        <translation>يجب أن تكون قيمة --actors من 4 إلى 1000000</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--files must be 1 to 10000</source>
        <translation>يجب أن تكون قيمة --files من 1 إلى 10000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>generate needs --events N</source>
        <translation>يحتاج الأمر generate إلى --events N</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>generate needs exactly one OUTPUT</source>
        <translation>يحتاج الأمر generate إلى مُخرَج (OUTPUT) واحد بالضبط</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+70"/>
        <location line="+74"/>
        <location line="+38"/>
        <location line="+72"/>
        <location line="+104"/>
        <source>%1 needs a value</source>
        <translation>يحتاج الخيار %1 إلى قيمة</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>generate --archive writes into the archive, not OUTPUT</source>
        <translation>يكتب generate --archive في الأرشيف لا في OUTPUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate --archive takes no --files or --format</source>
        <translation>لا يقبل generate --archive الخيارين ‎--files و‎--format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate --table is for --archive</source>
        <translation>الخيار ‎--table في generate هو لـ ‎--archive فقط</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>يجب أن تكون قيمة %1 واحدة من %2، لا &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--group-as must be actor or tag, not &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة --group-as هي actor أو tag، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cache takes one command: clear</source>
        <translation>لا يقبل الأمر cache إلا أمرًا واحدًا: clear</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>convert needs --output FILE</source>
        <translation>يحتاج الأمر convert إلى --output FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>convert needs at least one INPUT to read</source>
        <translation>يحتاج الأمر convert إلى ملف إدخال (INPUT) واحد على الأقل لقراءته</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>archive takes one command: push</source>
        <translation>يقبل archive أمرًا واحدًا: push</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--batch must be a number of events from 1 to 10000000, not &apos;%1&apos;</source>
        <translation>يجب أن يكون ‎--batch عدد أحداث من 1 إلى 10000000، لا «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>archive push needs --url clickhouse://host:port/database</source>
        <translation>يحتاج archive push إلى ‎--url clickhouse://host:port/database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive push needs at least one FILE or FOLDER to read</source>
        <translation>يحتاج archive push إلى ملف أو مجلد واحد على الأقل ليقرأه</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--format must be png, svg or pdf, not &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة --format هي png أو svg أو pdf، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size must be WIDTHxHEIGHT from 200x150 to 20000x20000, not &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة --size بالصيغة WIDTHxHEIGHT (العرض×الارتفاع) من 200x150 إلى 20000x20000، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--theme must be light, dark or transparent, not &apos;%1&apos;</source>
        <translation>يجب أن تكون قيمة --theme هي light أو dark أو transparent، لا &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export needs --output FILE</source>
        <translation>يحتاج الأمر export إلى --output FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot tell the format from &apos;%1&apos;; add --format png|svg|pdf</source>
        <translation>تعذّر تحديد الصيغة من &apos;%1&apos;؛ أضف --format png|svg|pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--theme transparent is for PNG only</source>
        <translation>الخيار --theme transparent مخصص لصيغة PNG فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--one-page is for PDF only (PNG and SVG are one picture)</source>
        <translation>الخيار --one-page مخصص لصيغة PDF فقط (ملف PNG أو SVG صورة واحدة أصلًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--fixed-size is for PNG and SVG; a PDF takes --one-page</source>
        <translation>الخيار --fixed-size مخصص لصيغتي PNG وSVG؛ أما ملف PDF فيقبل --one-page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export needs at least one FILE or FOLDER to read</source>
        <translation>يحتاج الأمر export إلى ملف (FILE) أو مجلد (FOLDER) واحد على الأقل لقراءته</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>validate needs at least one FILE or FOLDER</source>
        <translation>يحتاج الأمر validate إلى ملف (FILE) أو مجلد (FOLDER) واحد على الأقل</translation>
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
        <translation>الاستخدام:
  tideline [FILTER] [--no-cache] [FILE|FOLDER...]
                                      يفتح الملفات في نافذة (دون ملفات: تُفتح
                                      مجموعة البيانات النموذجية)
  tideline ARCHIVE                    يتصفّح أرشيف أحداث في نافذة؛ وARCHIVE هو
                                      clickhouse://HOST[:PORT]/DB?table=NAME
  tideline validate [INPUT] FILE|FOLDER...
                                      يفحص الملفات؛ ويطبع كل مشكلة بالشكل
                                      file:line:col: error: ...؛ ويخرج بالرمز 1 عند وجود خطأ
  tideline convert --output OUT.json [INPUT] [CACHE] [--force] FILE...
                                      يكتب الملفات في ملف واحد بصيغة tideline/1
  tideline generate --events N [--actors K] [--seed S] [--files F] [--force]
                   [--format tideline|gdelt]
                   OUTPUT             يكتب مجموعة بيانات اصطناعية (F &gt; 1: مجلدًا)،
                                      أو تصديرًا لأحداث GDELT 2.0 من N صف
  tideline generate --events N [--actors K] [--seed S] --archive URL
                   [--table NAME]     ينشئ N حدثًا اصطناعيًا في أرشيف
  tideline export --output FILE [--format png|svg|pdf] [--size WxH]
                  [--fixed-size] [--one-page] [--no-breaks]
                  [--theme light|dark|transparent] [--title TEXT] [--force]
                  [FILTER] [INPUT] [CACHE] FILE|FOLDER...
                                      يكتب صورة للخط الزمني؛ ولا يحتاج إلى شاشة.
                                      يُرسم كل مسار فيه حدث: فتزداد صورة PNG
                                      أو SVG ارتفاعًا عن WxH عند الحاجة
                                      (--fixed-size: تُضغط المسارات بدلًا من ذلك)،
                                      ويُضاف إلى ملف PDF مزيد من الصفحات (--one-page: بالتصغير).
                                      وتُطوى الامتدادات الفارغة الطويلة في
                                      علامة انقطاع ما لم يُستخدم --no-breaks.
  tideline cache clear                يزيل كل النسخ المخزَّنة لمجموعات البيانات من ذاكرة التخزين المؤقت
  tideline archive push --url URL [--table NAME] [--batch N] [INPUT] [CACHE]
                        FILE|FOLDER...
                                      يضع أحداث الملفات في أرشيف ClickHouse
                                      (URL: clickhouse://host:port/db)؛ ولا يُرسل
                                      ثانيةً ما يحويه الأرشيف. تُقرأ كلمة المرور من
                                      TIDELINE_ARCHIVE_PASSWORD
  tideline --help | --version

FILTER: --actor ID (كرِّره لتحديد عدة أطراف)، --from DATE، --to DATE، --query TEXT،
--tag TAG (يمكن تكراره). DATE كما في ملفات البيانات: 2024، 2024-04، 2024-07-15.
INPUT: --format NAME (في export: --input-format NAME)، وهو واحد من tideline، timelinejs،
vis، csv، records، gdelt، icews، acled (الافتراضي: يُتعرَّف عليها من كل ملف)؛
--profile FILE، تعيين أعمدة لملفات CSV/TSV ولسجلات JSON؛ --skip-bad-rows،
يُسقط الصفوف التي تتعذّر قراءتها (ويذكر عددها) بدلًا من الإخفاق؛
--group-as actor|tag، ما تصير إليه مجموعات TimelineJS وvis.js (الافتراضي actor).
CACHE: --no-cache، يقرأ الملفات حتى إن كانت ذاكرة التخزين المؤقت تحوي نسختها، ولا
يحفظ أي نسخة؛ --verbose، يذكر ما فعله التخزين المؤقت ولماذا. عند إعادة فتح ملفات لم تتغير
تُقرأ نسختها المخزَّنة من مجلد التخزين المؤقت للمستخدم بدلًا من تحليلها؛ أما validate
فيقرأ الملفات دائمًا.
يمثّل FOLDER ملفات *.json الموجودة فيه. الصيغة موصوفة في
docs/FORMAT.md.
</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <location filename="../../app/cli/convertcommand.cpp" line="+28"/>
        <source>%1 exists; use --force to overwrite it</source>
        <translation>الملف %1 موجود؛ استخدم --force للكتابة فوقه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is also an input; Tideline never writes over a file it reads</source>
        <translation>الملف %1 من ملفات الإدخال أيضًا؛ لا يكتب Tideline أبدًا فوق ملف يقرؤه</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>nothing written: %n error(s)</source>
        <translation>
            <numerusform>لم يُكتب شيء: %n خطأ</numerusform>
            <numerusform>لم يُكتب شيء: %n خطأ</numerusform>
            <numerusform>لم يُكتب شيء: %n خطآن</numerusform>
            <numerusform>لم يُكتب شيء: %n أخطاء</numerusform>
            <numerusform>لم يُكتب شيء: %n خطأً</numerusform>
            <numerusform>لم يُكتب شيء: %n خطأ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>wrote %1 (%2, %3, %4) in %5 ms</source>
        <extracomment>What `tideline convert` prints: %1 is the file written, %2 to %4 what it holds (&quot;23 events&quot;, &quot;5 actors&quot;, &quot;40 positions&quot;), %5 the time it took in milliseconds</extracomment>
        <translation>كُتب %1 (%2، %3، %4) خلال %5 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actors</source>
        <translation>
            <numerusform>%n طرف</numerusform>
            <numerusform>%n طرف</numerusform>
            <numerusform>%n طرفان</numerusform>
            <numerusform>%n أطراف</numerusform>
            <numerusform>%n طرفًا</numerusform>
            <numerusform>%n طرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n positions</source>
        <translation>
            <numerusform>%n موقف معلن</numerusform>
            <numerusform>%n موقف معلن</numerusform>
            <numerusform>%n موقفان معلنان</numerusform>
            <numerusform>%n مواقف معلنة</numerusform>
            <numerusform>%n موقفًا معلنًا</numerusform>
            <numerusform>%n موقف معلن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../app/import/csvreader.cpp" line="+152"/>
        <source>a quoted cell is never closed: its quote runs to the end of the file</source>
        <translation>خلية مقتبسة لا تُغلق أبدًا: يمتد اقتباسها حتى نهاية الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text after a quoted cell&apos;s closing quote (a quote inside a quoted cell must be doubled: &quot;&quot;)</source>
        <translation>نص بعد علامة الاقتباس الختامية لخلية مقتبسة (يجب مضاعفة علامة الاقتباس داخل الخلية المقتبسة: &quot;&quot;)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>more than %n cells in one row</source>
        <translation>
            <numerusform>أكثر من %n خلية في صف واحد</numerusform>
            <numerusform>أكثر من %n خلية في صف واحد</numerusform>
            <numerusform>أكثر من %n خليتين في صف واحد</numerusform>
            <numerusform>أكثر من %n خلايا في صف واحد</numerusform>
            <numerusform>أكثر من %n خليةً في صف واحد</numerusform>
            <numerusform>أكثر من %n خلية في صف واحد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tab</source>
        <extracomment>The name of a CSV file&apos;s delimiter: the tab character</extracomment>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipe</source>
        <extracomment>The name of a CSV file&apos;s delimiter: the character |</extracomment>
        <translation>خط عمودي</translation>
    </message>
</context>
<context>
    <name>DatasetBuilder</name>
    <message>
        <location filename="../../app/io/actorhierarchy.cpp" line="+51"/>
        <source>actor %1 is its own ancestor: %2</source>
        <translation>الطرف %1 من أسلاف نفسه: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>actor %1 has more than %n levels of parents above it (%2); at most %n are allowed</source>
        <translation>
            <numerusform>للطرف %1 أكثر من %n مستوى من الأطراف الأم فوقه (%2)؛ والحد الأقصى المسموح به %n</numerusform>
            <numerusform>للطرف %1 أكثر من %n مستوى من الأطراف الأم فوقه (%2)؛ والحد الأقصى المسموح به %n</numerusform>
            <numerusform>للطرف %1 أكثر من %n مستويين من الأطراف الأم فوقه (%2)؛ والحد الأقصى المسموح به %n</numerusform>
            <numerusform>للطرف %1 أكثر من %n مستويات من الأطراف الأم فوقه (%2)؛ والحد الأقصى المسموح به %n</numerusform>
            <numerusform>للطرف %1 أكثر من %n مستوًى من الأطراف الأم فوقه (%2)؛ والحد الأقصى المسموح به %n</numerusform>
            <numerusform>للطرف %1 أكثر من %n مستوى من الأطراف الأم فوقه (%2)؛ والحد الأقصى المسموح به %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/io/datasetbuilder.cpp" line="+99"/>
        <location filename="../../app/io/datasetfieldreader.h" line="+51"/>
        <location line="+130"/>
        <source>field %1 appears twice in one object</source>
        <translation>يرد الحقل %1 مرتين في كائن واحد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected an array, found %1</source>
        <translation>كان المتوقع مصفوفة، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/io/datasetfieldreader.h" line="-132"/>
        <location line="+126"/>
        <source>unknown field %1 (ignored)</source>
        <translation>حقل غير معروف %1 (تم تجاهله)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/io/datasetfieldreader.h" line="+25"/>
        <source>expected a string, found %1</source>
        <translation>كان المتوقع سلسلة نصية، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;%1&quot;, found %2; this build reads %1 only</source>
        <translation>كان المتوقع &quot;%1&quot;، لكن وُجد %2؛ هذا الإصدار لا يقرأ إلا %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing &quot;format&quot;: &quot;%1&quot;; is this a Tideline dataset?</source>
        <translation>الحقل &quot;format&quot;: &quot;%1&quot; مفقود؛ هل هذه مجموعة بيانات Tideline؟</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+16"/>
        <location line="+80"/>
        <location line="+47"/>
        <source>%1 id %2 is already used</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;, &quot;event&quot;), %2 the id</extracomment>
        <translation>المعرّف %2 من نوع %1 مستخدم من قبل</translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+15"/>
        <location line="+79"/>
        <location line="+48"/>
        <location line="+125"/>
        <source>first defined at</source>
        <extracomment>Introduces where an id was first defined: &quot;first defined at FILE:2:19&quot;</extracomment>
        <translation>عُرِّف أول مرة في</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 id %2 is also made up by an import; the first definition is kept</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;source&quot;), %2 the id</extracomment>
        <translation>المعرّف %2 من نوع %1 يولّده استيراد أيضًا؛ أُبقي على التعريف الأول</translation>
    </message>
    <message>
        <location line="+161"/>
        <location line="+52"/>
        <source>ends (%1) before it starts (%2)</source>
        <translation>ينتهي (%1) قبل أن يبدأ (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>needs a &quot;statement&quot; (in your words) or a &quot;quote&quot; (verbatim), or both</source>
        <translation>يحتاج إلى &quot;statement&quot; (بصياغتك) أو &quot;quote&quot; (بالنص الحرفي)، أو كليهما</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown %1 id %2</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;), %2 the id</extracomment>
        <translation>المعرّف %2 من نوع %1 غير معروف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown %1 id %2; did you mean %3? (ids are compared exactly)</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;), %2 the id, %3 an id that differs from it only in letter case or accents</extracomment>
        <translation>المعرّف %2 من نوع %1 غير معروف؛ هل تقصد %3؟ (تُقارَن المعرّفات حرفيًا)</translation>
    </message>
    <message>
        <location filename="../../app/io/datasetfieldreader.h" line="-163"/>
        <source>expected an object, found %1</source>
        <translation>كان المتوقع كائنًا، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>missing required field %1</source>
        <translation>الحقل المطلوب %1 مفقود</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+147"/>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>expected a colour as #rrggbb, found %1</source>
        <translation>كان المتوقع لونًا بالصيغة #rrggbb، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a date string or an object {&quot;earliest&quot;: date, &quot;latest&quot;: date}, found %1</source>
        <translation>كان المتوقع سلسلة تاريخ أو كائنًا {&quot;earliest&quot;: date, &quot;latest&quot;: date}، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>missing required field %1 (a date known between two bounds needs both &quot;earliest&quot; and &quot;latest&quot;)</source>
        <translation>الحقل المطلوب %1 مفقود (التاريخ المعروف بين حدّين يحتاج إلى &quot;earliest&quot; و&quot;latest&quot; معًا)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the latest bound (%1) lies before the earliest (%2)</source>
        <translation>الحد الأخير (%1) يقع قبل الحد الأبكر (%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>expected one of %1, found %2</source>
        <translation>كان المتوقع واحدة من القيم %1، لكن وُجد %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected %1, found %2</source>
        <translation>كان المتوقع %1، لكن وُجد %2</translation>
    </message>
    <message>
        <location filename="../../app/io/lookalikeids.cpp" line="+91"/>
        <source>%1 id %2 differs from %3 only in how its accents are encoded (Unicode normalisation)</source>
        <extracomment>%1 is a kind of record as the file names it, not translated (&quot;actor&quot;, &quot;issue&quot;), %2 and %3 two ids</extracomment>
        <translation>المعرّف %2 من نوع %1 لا يختلف عن %3 إلا في طريقة ترميز علامات التشكيل (تطبيع Unicode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 id %2 differs from %3 only in letter case</source>
        <translation>المعرّف %2 من نوع %1 لا يختلف عن %3 إلا في حالة الأحرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 id %2 differs from %3 only in letter case and in how its accents are encoded</source>
        <translation>المعرّف %2 من نوع %1 لا يختلف عن %3 إلا في حالة الأحرف وطريقة ترميز علامات التشكيل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; ids are compared exactly, so these are two different %1 records</source>
        <extracomment>Follows &quot;%1 id %2 differs from %3 …&quot;: %1 is the same kind of record as the file names it, not translated (&quot;actor&quot;): &quot;two different actor records&quot;</extracomment>
        <translation>؛ تُقارَن المعرّفات حرفيًا، لذا فهذان سجلّان مختلفان من نوع %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is first defined at</source>
        <extracomment>Introduces where an id was first defined: %1 is the id, as in: &quot;Hamas&quot; is first defined at FILE:2:19</extracomment>
        <translation>عُرِّف %1 أول مرة في</translation>
    </message>
</context>
<context>
    <name>DatasetCache</name>
    <message>
        <location filename="../../app/cache/datasetcache.cpp" line="+53"/>
        <source>no image in %1</source>
        <translation>لا توجد نسخة مخزَّنة في %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
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
        <translation>لا شيء للحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot make the cache folder %1</source>
        <translation>تعذّر إنشاء مجلد التخزين المؤقت %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no error writing to /dev/full</source>
        <translation>لم يقع خطأ عند الكتابة إلى /dev/full</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot remove %1: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
</context>
<context>
    <name>DatasetFileReader</name>
    <message>
        <location filename="../../app/io/datasetfilereader.cpp" line="+53"/>
        <source>the number %1%2 is too large to read (beyond ±1.8e308)</source>
        <translation>العدد %1%2 أكبر من أن يُقرأ (يتجاوز ±1.8e308)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON: a NUL byte (zero), which JSON does not allow anywhere; is this a binary file?</source>
        <translation>ليس JSON صالحًا: بايت NUL (صفر)، وهو غير مسموح في أي موضع من JSON؛ هل هذا ملف ثنائي؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON: control character U+%1 inside a string; write it as \u%1</source>
        <translation>ليس JSON صالحًا: محرف التحكم U+%1 داخل سلسلة نصية؛ اكتبه بالشكل \u%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON: a line break or tab inside a string; write it as \n or \t</source>
        <translation>ليس JSON صالحًا: فاصل أسطر أو علامة جدولة داخل سلسلة نصية؛ اكتبه بالشكل \n أو \t</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON: %1 is not a JSON value (JSON has no NaN or Infinity; use null, or leave the field out)</source>
        <translation>ليس JSON صالحًا: %1 ليست قيمة JSON (لا يعرف JSON القيمتين NaN وInfinity؛ استخدم null، أو احذف الحقل)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>expected a JSON object with &quot;format&quot;: &quot;tideline/1&quot; at the top, found %1</source>
        <translation>كان المتوقع كائن JSON في المستوى الأعلى يحوي &quot;format&quot;: &quot;tideline/1&quot;، لكن وُجد %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستويين</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستويات</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوًى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a JSON object with &quot;format&quot;: &quot;tideline/1&quot; at the top, found an array</source>
        <translation>كان المتوقع كائن JSON في المستوى الأعلى يحوي &quot;format&quot;: &quot;tideline/1&quot;، لكن وُجدت مصفوفة</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>more than %n values in one record; Tideline stops reading here</source>
        <translation>
            <numerusform>أكثر من %n قيمة في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمة في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمتين في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيم في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمةً في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمة في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+361"/>
        <source>the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>الملف بترميز UTF-16؛ يقرأ Tideline ملفات JSON بترميز UTF-8 (احفظه بترميز UTF-8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> (the file ends early: is it cut off?)</source>
        <translation> (ينتهي الملف قبل أوانه: هل هو مبتور؟)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is the JSON parser&apos;s own description of the error, in English</extracomment>
        <translation>ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid JSON: unexpected text after the top-level object</source>
        <translation>ليس JSON صالحًا: نص غير متوقع بعد كائن المستوى الأعلى</translation>
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
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>need events &gt;= 0, actors &gt;= 4 and files &gt;= 1</source>
        <translation>يلزم أن يكون عدد الأحداث &gt;= 0، وعدد الأطراف &gt;= 4، وعدد الملفات &gt;= 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a GDELT export is one file: --files must be 1</source>
        <translation>تصدير GDELT ملف واحد: يجب أن تكون قيمة --files هي 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
</context>
<context>
    <name>DatasetImage</name>
    <message>
        <location filename="../../app/cache/datasetimage.cpp" line="+406"/>
        <source>read</source>
        <extracomment>What came of reading a dataset&apos;s cached image: it was read and is good</extracomment>
        <translation>قُرئت بنجاح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a dataset image (truncated?)</source>
        <translation>ليست نسخة مخزَّنة لمجموعة بيانات (مبتورة؟)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by another version</source>
        <translation>كتبها إصدار آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the files changed since it was written</source>
        <translation>تغيّرت الملفات منذ كتابتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrupt or truncated</source>
        <translation>تالفة أو مبتورة</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <location filename="../../app/import/datasetimport.cpp" line="+59"/>
        <source>reading %1 files is not built yet</source>
        <translation>قراءة ملفات %1 غير مدعومة بعد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the profile %1: %2</source>
        <translation>تعذّرت قراءة ملف التعريف %1: %2</translation>
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
        <translation>تعذّر الفتح: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <location filename="../../app/io/pathkind.cpp" line="+16"/>
        <source>is not an ordinary file; Tideline reads ordinary files only</source>
        <translation>ليس ملفًا عاديًا؛ لا يقرأ Tideline إلا الملفات العادية</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the file does not hold the %1 bytes its size says; is it a special file (such as one under /proc)?</source>
        <translation>لا يحوي الملف %1 بايت كما يشير حجمه؛ هل هو ملف خاص (مثل الملفات الموجودة تحت /proc)؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location filename="../../app/io/sourcefile.cpp" line="+167"/>
        <source>the file changed while it was being read; try again</source>
        <translation>تغيّر الملف أثناء قراءته؛ حاول مجددًا</translation>
    </message>
    <message>
        <location filename="../../app/io/datasetloader.cpp" line="+169"/>
        <source>cannot read the folder: permission denied</source>
        <translation>تعذّرت قراءة المجلد: الإذن مرفوض</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is a folder, not a file; skipped (folders inside a folder are not read)</source>
        <translation>مجلد وليس ملفًا؛ تم تخطيه (لا تُقرأ المجلدات الموجودة داخل مجلد)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the folder holds no .json files</source>
        <translation>لا يحوي المجلد أي ملفات .json</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no files given</source>
        <translation>لم تُحدَّد أي ملفات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>loading was cancelled; nothing was opened</source>
        <translation>أُلغي التحميل؛ لم يُفتح شيء</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>stopped after %n errors; more errors not shown</source>
        <translation>
            <numerusform>توقف بعد %n خطأ؛ لا تُعرض الأخطاء الأخرى</numerusform>
            <numerusform>توقف بعد %n خطأ؛ لا تُعرض الأخطاء الأخرى</numerusform>
            <numerusform>توقف بعد %n خطأين؛ لا تُعرض الأخطاء الأخرى</numerusform>
            <numerusform>توقف بعد %n أخطاء؛ لا تُعرض الأخطاء الأخرى</numerusform>
            <numerusform>توقف بعد %n خطأً؛ لا تُعرض الأخطاء الأخرى</numerusform>
            <numerusform>توقف بعد %n خطأ؛ لا تُعرض الأخطاء الأخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/io/filewindowstream.cpp" line="+35"/>
        <location line="+57"/>
        <location filename="../../app/io/sourcefile.cpp" line="-44"/>
        <source>cannot read: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <location filename="../../app/io/foreignformat.cpp" line="+19"/>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive (or an .xlsx, .docx or .odt document)</source>
        <translation>أرشيف ZIP (أو مستند .xlsx أو .docx أو .odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gzip-compressed file (unpack it first)</source>
        <translation>ملف مضغوط بـ gzip (فُكَّ ضغطه أولًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this looks like %1, not JSON</source>
        <extracomment>%1 is the kind of file it looks like (&quot;a PNG image&quot;)</extracomment>
        <translation>يبدو أن هذا %1 وليس JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is UTF-32; Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>الملف بترميز UTF-32؛ يقرأ Tideline ملفات JSON بترميز UTF-8 (احفظه بترميز UTF-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file looks like UTF-16 (every other byte is zero); Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>يبدو أن الملف بترميز UTF-16 (كل بايت ثانٍ صفر)؛ يقرأ Tideline ملفات JSON بترميز UTF-8 (احفظه بترميز UTF-8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file starts with NUL bytes (zeros), not text; it may have been damaged while it was written</source>
        <translation>يبدأ الملف ببايتات NUL (أصفار) لا بنص؛ ربما تلف أثناء كتابته</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this looks like an HTML page, not JSON (a page saved from a browser, or an error page instead of the file?)</source>
        <translation>يبدو أن هذه صفحة HTML وليست JSON (صفحة محفوظة من متصفح، أو صفحة خطأ بدلًا من الملف؟)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this looks like XML or HTML, not JSON</source>
        <translation>يبدو أن هذا XML أو HTML وليس JSON</translation>
    </message>
    <message>
        <location filename="../../app/io/pathkind.cpp" line="-23"/>
        <source>the symbolic link leads back to itself (a loop); it names no file</source>
        <translation>الرابط الرمزي يشير إلى نفسه (حلقة)؛ ولا يدل على أي ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the symbolic link points to %1, which does not exist</source>
        <translation>الرابط الرمزي يشير إلى %1، وهو غير موجود</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is a named pipe (FIFO), not a file; Tideline reads ordinary files only</source>
        <translation>أنبوب مسمّى (FIFO) وليس ملفًا؛ لا يقرأ Tideline إلا الملفات العادية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a device, not a file; Tideline reads ordinary files only</source>
        <translation>جهاز وليس ملفًا؛ لا يقرأ Tideline إلا الملفات العادية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a socket, not a file; Tideline reads ordinary files only</source>
        <translation>مقبس وليس ملفًا؛ لا يقرأ Tideline إلا الملفات العادية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the symbolic link names no file</source>
        <translation>الرابط الرمزي لا يدل على أي ملف</translation>
    </message>
    <message>
        <location filename="../../app/io/sourcefile.cpp" line="-17"/>
        <source>not enough memory to read the file (%1 MB)</source>
        <translation>لا تكفي الذاكرة لقراءة الملف (%1 MB)</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <location filename="../../app/io/datasetwriter.cpp" line="+293"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../../app/time/dateformat.cpp" line="+17"/>
        <source>c. %1</source>
        <extracomment>%1 is a date; &quot;c.&quot; (circa) marks it as approximate: &quot;c. 1200&quot;</extracomment>
        <translation>نحو %1</translation>
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
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %3, %4</source>
        <extracomment>A moment: %1 is the day of the month, %2 the month&apos;s name, %3 the year, %4 the time of day: &quot;15 July 2024, 14:30&quot;</extracomment>
        <translation>%1 %2 %3، %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 BC</source>
        <extracomment>A year before year 1: %1 is its number counted back from 1 BC: &quot;44 BC&quot;</extracomment>
        <translation>%1 ق.م</translation>
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
        <translation>%1%2%3 %4 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %3 %4 %5 %6</source>
        <extracomment>Days of one year: %1 is the first day, %2 its month&apos;s name, %3 a dash, %4 the last day, %5 its month&apos;s name, %6 the year: &quot;28 June – 3 July 2024&quot;</extracomment>
        <translation>%1 %2 %3 %4 %5 %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>between %1 and %2</source>
        <extracomment>A date known only between two bounds: %1 is the earliest date, %2 the latest</extracomment>
        <translation>بين %1 و%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>from %1 to %2</source>
        <extracomment>%1 is the start date, %2 the end date; either may read &quot;between … and …&quot;</extracomment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>known to the year</source>
        <translation>معروف بدقة السنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the month</source>
        <translation>معروف بدقة الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the day</source>
        <translation>معروف بدقة اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the minute</source>
        <translation>معروف بدقة الدقيقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known to the second</source>
        <translation>معروف بدقة الثانية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, approximate</source>
        <extracomment>%1 says how exact a date is: &quot;known to the month&quot;</extracomment>
        <translation>%1، تقريبي</translation>
    </message>
</context>
<context>
    <name>EventDataImport</name>
    <message>
        <location filename="../../app/import/acledimporter.cpp" line="+140"/>
        <source>not an ACLED file: the header has no %1</source>
        <translation>ليس ملف ACLED: لا يحوي صف العناوين %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an ACLED file: the header has no &quot;event_id_cnty&quot;</source>
        <translation>ليس ملف ACLED: لا يحوي صف العناوين &quot;event_id_cnty&quot;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the event has no id</source>
        <translation>ليس للحدث معرّف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date such as 2023-02-16, 16/02/2023 or 16 February 2023, found &quot;%1&quot;</source>
        <translation>كان المتوقع تاريخًا مثل 2023-02-16 أو 16/02/2023 أو 16 February 2023، لكن وُجد &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a time precision of 1 (the day), 2 (the week) or 3 (the month), found &quot;%1&quot;</source>
        <translation>كان المتوقع دقة زمنية 1 (اليوم) أو 2 (الأسبوع) أو 3 (الشهر)، لكن وُجد &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/import/eventdataimport.cpp" line="+74"/>
        <source>unknown country code &quot;%1&quot;: the actor is left without a country</source>
        <translation>رمز بلد غير معروف &quot;%1&quot;: تُرك الطرف بلا بلد</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the file is not UTF-8: read as Windows-1252</source>
        <translation>الملف ليس بترميز UTF-8: قُرئ بترميز Windows-1252</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty: expected a header row</source>
        <translation>الملف فارغ: كان المتوقع صف عناوين</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>expected %n cells like the header, found %1</source>
        <translation>
            <numerusform>كان المتوقع %n خلية كما في صف العناوين، لكن وُجد %1</numerusform>
            <numerusform>كان المتوقع %n خلية كما في صف العناوين، لكن وُجد %1</numerusform>
            <numerusform>كان المتوقع %n خليتين كما في صف العناوين، لكن وُجد %1</numerusform>
            <numerusform>كان المتوقع %n خلايا كما في صف العناوين، لكن وُجد %1</numerusform>
            <numerusform>كان المتوقع %n خليةً كما في صف العناوين، لكن وُجد %1</numerusform>
            <numerusform>كان المتوقع %n خلية كما في صف العناوين، لكن وُجد %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../app/import/gdeltimporter.cpp" line="+137"/>
        <source>not UTF-8 text, or holds control characters</source>
        <translation>ليس نصًا بترميز UTF-8، أو يحوي محارف تحكم</translation>
    </message>
    <message>
        <location filename="../../app/import/gdeltimporter.cpp" line="+62"/>
        <source>expected the 61 tab-separated columns of a GDELT 2.0 events export (or GDELT 1.0&apos;s 58 or 57), found %1</source>
        <translation>كان المتوقع 61 عمودًا مفصولًا بعلامات جدولة كما في تصدير أحداث GDELT 2.0 (أو 58 أو 57 في GDELT 1.0)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected %1 tab-separated columns like the first row, found %2</source>
        <translation>كان المتوقع %1 عمودًا مفصولًا بعلامات جدولة كما في الصف الأول، لكن وُجد %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expected the event&apos;s number, found %1</source>
        <translation>كان المتوقع رقم الحدث، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected the event&apos;s day as YYYYMMDD, found %1</source>
        <translation>كان المتوقع يوم الحدث بالصيغة YYYYMMDD، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a CAMEO event code such as &quot;040&quot;, found %1</source>
        <translation>كان المتوقع رمز حدث CAMEO مثل &quot;040&quot;، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a quad class from 1 to 4, found %1</source>
        <translation>كان المتوقع فئة رباعية (QuadClass) من 1 إلى 4، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CAMEO event code %1 is not in the CAMEO codebook; its events are titled by the code</source>
        <translation>رمز الحدث %1 غير موجود في دليل رموز CAMEO؛ تُعنوَن أحداثه بالرمز نفسه</translation>
    </message>
    <message>
        <location filename="../../app/import/icewsimporter.cpp" line="+56"/>
        <source>not an ICEWS events file: the header has no %1</source>
        <translation>ليس ملف أحداث ICEWS: لا يحوي صف العناوين %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the event has no number</source>
        <translation>ليس للحدث رقم</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../app/itemmodels/eventtablemodel.cpp" line="+78"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>ExportCaption</name>
    <message>
        <location filename="../../app/render/exportcaption.cpp" line="+30"/>
        <source>with all of %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 lists actors, events have all of them</extracomment>
        <translation>التي يشارك فيها كلٌّ من %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with any of %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 lists actors, events have at least one of them</extracomment>
        <translation>التي يشارك فيها أيٌّ من %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 is the first date shown</extracomment>
        <translation>من %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 is the last date shown</extracomment>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mentioning “%1”</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 is the text searched for</extracomment>
        <translation>التي تذكر «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tagged %1</source>
        <extracomment>Part of an exported timeline&apos;s caption, &quot;Events %1&quot;: %1 lists tags</extracomment>
        <translation>الموسومة بـ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <extracomment>A source in an exported timeline&apos;s caption: %1 is its title, %2 its publisher</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All events</source>
        <extracomment>An exported timeline&apos;s caption when no filter is set</extracomment>
        <translation>جميع الأحداث</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events %1</source>
        <extracomment>An exported timeline&apos;s caption: %1 lists the filter&apos;s parts (&quot;with any of …; from …; tagged …&quot;)</extracomment>
        <translation>الأحداث %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — Source: %1</source>
        <extracomment>Added to an exported timeline&apos;s caption: %1 lists up to three sources</extracomment>
        <translation> — المصدر: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <extracomment>Added after &quot; — Source: %1&quot; when the dataset has more sources than it lists</extracomment>
        <translation>
            <numerusform> و%n مصادر أخرى</numerusform>
            <numerusform> و%n مصدر آخر</numerusform>
            <numerusform> و%n مصدران آخران</numerusform>
            <numerusform> و%n مصادر أخرى</numerusform>
            <numerusform> و%n مصدرًا آخر</numerusform>
            <numerusform> و%n مصدر آخر</numerusform>
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
        <translation>الملف %1 موجود؛ استخدم --force للكتابة فوقه</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing written: the dataset has errors</source>
        <translation>لم يُكتب شيء: في مجموعة البيانات أخطاء</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>, %n pages</source>
        <extracomment>Follows the format in what `tideline export` prints (&quot;PDF, 3 pages&quot;); %n is 2 or more</extracomment>
        <translation>
            <numerusform>، %n صفحة</numerusform>
            <numerusform>، %n صفحة</numerusform>
            <numerusform>، %n صفحتان</numerusform>
            <numerusform>، %n صفحات</numerusform>
            <numerusform>، %n صفحةً</numerusform>
            <numerusform>، %n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 lane</source>
        <translation>مسار واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lanes</source>
        <extracomment>%n is 0, or 2 or more</extracomment>
        <translation>
            <numerusform>%n مسار</numerusform>
            <numerusform>%n مسار</numerusform>
            <numerusform>%n مساران</numerusform>
            <numerusform>%n مسارات</numerusform>
            <numerusform>%n مسارًا</numerusform>
            <numerusform>%n مسار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n events</source>
        <extracomment>%1 is the events shown, %n all events of the dataset</extracomment>
        <translation>
            <numerusform>%1 من أصل %n حدث</numerusform>
            <numerusform>%1 من أصل %n حدث</numerusform>
            <numerusform>%1 من أصل %n حدثين</numerusform>
            <numerusform>%1 من أصل %n أحداث</numerusform>
            <numerusform>%1 من أصل %n حدثًا</numerusform>
            <numerusform>%1 من أصل %n حدث</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wrote %1 (%2x%3 %4%5, %6, %7)</source>
        <extracomment>What `tideline export` prints: %1 is the file written, %2 its width and %3 its height in pixels, %4 its format (&quot;PNG&quot;), %5 its pages when more than one (&quot;, 3 pages&quot;), %6 the events shown (&quot;20 of 80 events&quot;), %7 the lanes (&quot;3 lanes&quot;)</extracomment>
        <translation>كُتب %1 (%2x%3 %4%5، %6، %7)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n lanes did not fit at %1x%2; the caption says so</source>
        <extracomment>%1 is a width, %2 a height, in pixels</extracomment>
        <translation>
            <numerusform>تعذّر إدراج %n مسار في المقاس %1x%2؛ ويذكر التعليق ذلك</numerusform>
            <numerusform>تعذّر إدراج %n مسار في المقاس %1x%2؛ ويذكر التعليق ذلك</numerusform>
            <numerusform>تعذّر إدراج %n مسارين في المقاس %1x%2؛ ويذكر التعليق ذلك</numerusform>
            <numerusform>تعذّر إدراج %n مسارات في المقاس %1x%2؛ ويذكر التعليق ذلك</numerusform>
            <numerusform>تعذّر إدراج %n مسارًا في المقاس %1x%2؛ ويذكر التعليق ذلك</numerusform>
            <numerusform>تعذّر إدراج %n مسار في المقاس %1x%2؛ ويذكر التعليق ذلك</numerusform>
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
        <translation> — طُوي عضو واحد في مسار دولته أو فصيله لضيق المساحة</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> — %n members folded into their states&apos; or factions&apos; lanes to fit</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation>
            <numerusform> — طُوي %n عضو في مسارات دولهم أو فصائلهم لضيق المساحة</numerusform>
            <numerusform> — طُوي %n عضو في مسار دولته أو فصيله لضيق المساحة</numerusform>
            <numerusform> — طُوي %n عضوان في مسارات دولهما أو فصائلهما لضيق المساحة</numerusform>
            <numerusform> — طُوي %n أعضاء في مسارات دولهم أو فصائلهم لضيق المساحة</numerusform>
            <numerusform> — طُوي %n عضوًا في مسارات دولهم أو فصائلهم لضيق المساحة</numerusform>
            <numerusform> — طُوي %n عضو في مسارات دولهم أو فصائلهم لضيق المساحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source> — 1 more lane with events did not fit; export a taller picture or a PDF to see them</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation> — لم تتّسع الصورة لمسار آخر فيه أحداث؛ صدِّر صورة أطول أو ملف PDF لرؤيته</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> — %n more lanes with events did not fit; export a taller picture or a PDF to see them</source>
        <extracomment>Added to an exported timeline&apos;s caption</extracomment>
        <translation>
            <numerusform> — لم تتّسع الصورة لـ %n مسار آخر فيها أحداث؛ صدِّر صورة أطول أو ملف PDF لرؤيتها</numerusform>
            <numerusform> — لم تتّسع الصورة لـ %n مسار آخر فيه أحداث؛ صدِّر صورة أطول أو ملف PDF لرؤيته</numerusform>
            <numerusform> — لم تتّسع الصورة لـ %n مسارين آخرين فيهما أحداث؛ صدِّر صورة أطول أو ملف PDF لرؤيتهما</numerusform>
            <numerusform> — لم تتّسع الصورة لـ %n مسارات أخرى فيها أحداث؛ صدِّر صورة أطول أو ملف PDF لرؤيتها</numerusform>
            <numerusform> — لم تتّسع الصورة لـ %n مسارًا آخر فيها أحداث؛ صدِّر صورة أطول أو ملف PDF لرؤيتها</numerusform>
            <numerusform> — لم تتّسع الصورة لـ %n مسار آخر فيها أحداث؛ صدِّر صورة أطول أو ملف PDF لرؤيتها</numerusform>
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
        <translation>قيمة --to (%1) تسبق قيمة --from (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown actor kind &apos;%1&apos;; expected one of %2</source>
        <translation>نوع طرف غير معروف &apos;%1&apos;؛ كان المتوقع واحدًا من %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown visibility &apos;%1&apos;; expected one of %2</source>
        <translation>مستوى علنية غير معروف &apos;%1&apos;؛ كان المتوقع واحدًا من %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown actor &apos;%1&apos;: no actor in the dataset has that &quot;id&quot;</source>
        <translation>طرف غير معروف &apos;%1&apos;: لا يوجد في مجموعة البيانات طرف له هذا &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>وسم غير معروف &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <location filename="../../app/import/importcontext.cpp" line="+81"/>
        <source>%1 (row skipped)</source>
        <extracomment>%1 says what is wrong with a row of the imported file</extracomment>
        <translation>%1 (تم تخطي الصف)</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>skipped %n row(s) that could not be read</source>
        <translation>
            <numerusform>تم تخطي %n صف تعذّرت قراءته</numerusform>
            <numerusform>تم تخطي %n صف تعذّرت قراءته</numerusform>
            <numerusform>تم تخطي %n صفين تعذّرت قراءتهما</numerusform>
            <numerusform>تم تخطي %n صفوف تعذّرت قراءتها</numerusform>
            <numerusform>تم تخطي %n صفًا تعذّرت قراءتها</numerusform>
            <numerusform>تم تخطي %n صف تعذّرت قراءتها</numerusform>
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
        <translation>سجلات JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDELT 2.0 events</source>
        <translation>أحداث GDELT 2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICEWS events</source>
        <translation>أحداث ICEWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACLED events</source>
        <translation>أحداث ACLED</translation>
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
        <translation>قيمة منطقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
</context>
<context>
    <name>JsonRecordStream</name>
    <message>
        <location filename="../../app/import/jsonrecordstream.cpp" line="+128"/>
        <source>expected a JSON object or array at the top, found %1</source>
        <translation>كان المتوقع كائن JSON أو مصفوفة في المستوى الأعلى، لكن وُجد %1</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستويين</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستويات</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوًى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>more than %n values in one record; Tideline stops reading here</source>
        <translation>
            <numerusform>أكثر من %n قيمة في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمة في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمتين في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيم في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمةً في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
            <numerusform>أكثر من %n قيمة في سجل واحد؛ يتوقف Tideline عن القراءة هنا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is UTF-16; Tideline reads UTF-8 JSON (save it as UTF-8)</source>
        <translation>الملف بترميز UTF-16؛ يقرأ Tideline ملفات JSON بترميز UTF-8 (احفظه بترميز UTF-8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (the file ends early: is it cut off?)</source>
        <translation> (ينتهي الملف قبل أوانه: هل هو مبتور؟)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a NUL byte (zero), which JSON does not allow anywhere; is this a binary file?</source>
        <translation>بايت NUL (صفر)، وهو غير مسموح في أي موضع من JSON؛ هل هذا ملف ثنائي؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is the JSON parser&apos;s own description of the error, in English</extracomment>
        <translation>ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid JSON: unexpected text after the top-level value</source>
        <translation>ليس JSON صالحًا: نص غير متوقع بعد قيمة المستوى الأعلى</translation>
    </message>
</context>
<context>
    <name>LoadSummary</name>
    <message>
        <location filename="../../app/session/loadsummary.cpp" line="+11"/>
        <source>Cancelled opening %1; the data already open is unchanged</source>
        <translation>أُلغي فتح %1؛ لم تتغير البيانات المفتوحة من قبل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open %1</source>
        <translation>تعذّر فتح %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 could not be opened: %n error(s). The data already open is unchanged.</source>
        <translation>
            <numerusform>تعذّر فتح %1: %n خطأ. لم تتغير البيانات المفتوحة من قبل.</numerusform>
            <numerusform>تعذّر فتح %1: %n خطأ. لم تتغير البيانات المفتوحة من قبل.</numerusform>
            <numerusform>تعذّر فتح %1: %n خطآن. لم تتغير البيانات المفتوحة من قبل.</numerusform>
            <numerusform>تعذّر فتح %1: %n أخطاء. لم تتغير البيانات المفتوحة من قبل.</numerusform>
            <numerusform>تعذّر فتح %1: %n خطأً. لم تتغير البيانات المفتوحة من قبل.</numerusform>
            <numerusform>تعذّر فتح %1: %n خطأ. لم تتغير البيانات المفتوحة من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>فُتح %1 مع %n تحذير</numerusform>
            <numerusform>فُتح %1 مع %n تحذير</numerusform>
            <numerusform>فُتح %1 مع %n تحذيرين</numerusform>
            <numerusform>فُتح %1 مع %n تحذيرات</numerusform>
            <numerusform>فُتح %1 مع %n تحذيرًا</numerusform>
            <numerusform>فُتح %1 مع %n تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 opened, with %n warning(s):</source>
        <translation>
            <numerusform>فُتح %1، مع %n تحذير:</numerusform>
            <numerusform>فُتح %1، مع %n تحذير:</numerusform>
            <numerusform>فُتح %1، مع %n تحذيرين:</numerusform>
            <numerusform>فُتح %1، مع %n تحذيرات:</numerusform>
            <numerusform>فُتح %1، مع %n تحذيرًا:</numerusform>
            <numerusform>فُتح %1، مع %n تحذير:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reload of %1 failed; showing the last good version</source>
        <translation>فشلت إعادة تحميل %1؛ تُعرض آخر نسخة سليمة</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 changed on disk and now has %n error(s); the last good version stays on screen until it is fixed.</source>
        <translation>
            <numerusform>تغيّر %1 على القرص وفيه الآن %n خطأ؛ ستبقى آخر نسخة سليمة معروضة حتى يُصلَح.</numerusform>
            <numerusform>تغيّر %1 على القرص وفيه الآن %n خطأ؛ ستبقى آخر نسخة سليمة معروضة حتى يُصلَح.</numerusform>
            <numerusform>تغيّر %1 على القرص وفيه الآن %n خطآن؛ ستبقى آخر نسخة سليمة معروضة حتى يُصلَح.</numerusform>
            <numerusform>تغيّر %1 على القرص وفيه الآن %n أخطاء؛ ستبقى آخر نسخة سليمة معروضة حتى يُصلَح.</numerusform>
            <numerusform>تغيّر %1 على القرص وفيه الآن %n خطأً؛ ستبقى آخر نسخة سليمة معروضة حتى يُصلَح.</numerusform>
            <numerusform>تغيّر %1 على القرص وفيه الآن %n خطأ؛ ستبقى آخر نسخة سليمة معروضة حتى يُصلَح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Reloaded %1: %2, %n warning(s)</source>
        <extracomment>%1 names the files reloaded, %2 says how many events they hold (&quot;1,200 events&quot;)</extracomment>
        <translation>
            <numerusform>أُعيد تحميل %1: %2، %n تحذير</numerusform>
            <numerusform>أُعيد تحميل %1: %2، %n تحذير</numerusform>
            <numerusform>أُعيد تحميل %1: %2، %n تحذيران</numerusform>
            <numerusform>أُعيد تحميل %1: %2، %n تحذيرات</numerusform>
            <numerusform>أُعيد تحميل %1: %2، %n تحذيرًا</numerusform>
            <numerusform>أُعيد تحميل %1: %2، %n تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln حدث</numerusform>
            <numerusform>%Ln حدث</numerusform>
            <numerusform>%Ln حدثان</numerusform>
            <numerusform>%Ln أحداث</numerusform>
            <numerusform>%Ln حدثًا</numerusform>
            <numerusform>%Ln حدث</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappedTable</name>
    <message>
        <location filename="../../app/import/mappedtable.cpp" line="+99"/>
        <source>column</source>
        <extracomment>Where a row&apos;s problem is, before the problem: a CSV column or a JSON record&apos;s field</extracomment>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot;</source>
        <extracomment>A column or field named in a message: %1 is &quot;column&quot; or &quot;field&quot;, %2 its name</extracomment>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the title is empty</source>
        <translation>العنوان فارغ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the start date is empty</source>
        <translation>تاريخ البداية فارغ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the latest start (%1) is before the earliest (%2)</source>
        <translation>الحد الأخير للبداية (%1) يسبق الحد الأبكر (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the latest end is given without the earliest</source>
        <translation>الحد الأخير للنهاية معطى دون الحد الأبكر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the latest end (%1) is before the earliest (%2)</source>
        <translation>الحد الأخير للنهاية (%1) يسبق الحد الأبكر (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the actor is empty</source>
        <translation>الطرف فارغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the issue is empty</source>
        <translation>القضية فارغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stance is empty</source>
        <translation>الموقف فارغ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a stance Tideline knows: map it to one of %2 (the import dialog&apos;s stance map, or the profile&apos;s &quot;stanceValues&quot;)</source>
        <translation>القيمة &quot;%1&quot; ليست موقفًا يعرفه Tideline: اربطها بواحد من %2 (في جدول المواقف بمربع حوار الاستيراد، أو في &quot;stanceValues&quot; بملف التعريف)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>between %1 and %2</source>
        <translation>بين %1 و%2</translation>
    </message>
</context>
<context>
    <name>OverviewHistogram</name>
    <message>
        <location filename="../../app/render/overviewhistogram.cpp" line="+89"/>
        <source>Others</source>
        <extracomment>The overview&apos;s group of every actor not shown on its own</extracomment>
        <translation>أطراف أخرى</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <location filename="../../app/time/partialdate.cpp" line="+143"/>
        <source>expected an ISO 8601 date such as 2007, 2024-04, 2024-07-15 or 2024-07-13T10:30+03:00, found %1</source>
        <translation>كان المتوقع تاريخًا بصيغة ISO 8601 مثل 2007 أو 2024-04 أو 2024-07-15 أو 2024-07-13T10:30+03:00، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an ISO 8601 date, found an empty string</source>
        <translation>كان المتوقع تاريخًا بصيغة ISO 8601، لكن وُجدت سلسلة نصية فارغة</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>year %1 is out of range (%2 to %3)</source>
        <translation>السنة %1 خارج النطاق (من %2 إلى %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>month %1 does not exist in %2</source>
        <translation>لا وجود للشهر %1 في %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>day %1 does not exist in %2 (that month has %n days)</source>
        <translation>
            <numerusform>لا وجود لليوم %1 في %2 (في ذلك الشهر %n يوم)</numerusform>
            <numerusform>لا وجود لليوم %1 في %2 (في ذلك الشهر %n يوم)</numerusform>
            <numerusform>لا وجود لليوم %1 في %2 (في ذلك الشهر %n يومان)</numerusform>
            <numerusform>لا وجود لليوم %1 في %2 (في ذلك الشهر %n أيام)</numerusform>
            <numerusform>لا وجود لليوم %1 في %2 (في ذلك الشهر %n يومًا)</numerusform>
            <numerusform>لا وجود لليوم %1 في %2 (في ذلك الشهر %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>time %1:%2 does not exist in %3</source>
        <translation>لا وجود للوقت %1:%2 في %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>second %1 does not exist in %2</source>
        <translation>لا وجود للثانية %1 في %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>time zone offset in %1 does not exist</source>
        <translation>لا وجود لفارق المنطقة الزمنية الوارد في %1</translation>
    </message>
</context>
<context>
    <name>RecordsImporter</name>
    <message>
        <location filename="../../app/import/recordsimporter.cpp" line="+70"/>
        <source>not valid JSON: %1</source>
        <extracomment>%1 is the JSON parser&apos;s own description of the error, in English</extracomment>
        <translation>ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no records found: expected an array of objects, or an object with one (like {&quot;data&quot;: [...]})</source>
        <translation>لم يُعثر على سجلات: كان المتوقع مصفوفة من الكائنات، أو كائنًا يحوي مصفوفة كهذه (مثل {&quot;data&quot;: [...]})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no array of records under &quot;%1&quot;</source>
        <translation>لا توجد مصفوفة سجلات تحت &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a record must be an object, found %1</source>
        <translation>يجب أن يكون السجل كائنًا، لكن وُجد %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>more than %n values in one record</source>
        <translation>
            <numerusform>أكثر من %n قيمة في سجل واحد</numerusform>
            <numerusform>أكثر من %n قيمة في سجل واحد</numerusform>
            <numerusform>أكثر من %n قيمتين في سجل واحد</numerusform>
            <numerusform>أكثر من %n قيم في سجل واحد</numerusform>
            <numerusform>أكثر من %n قيمةً في سجل واحد</numerusform>
            <numerusform>أكثر من %n قيمة في سجل واحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>values nested deeper than %n levels</source>
        <translation>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستويين</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستويات</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوًى</numerusform>
            <numerusform>قيم متداخلة بعمق يتجاوز %n مستوى</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a record must be an object, found an array</source>
        <translation>يجب أن يكون السجل كائنًا، لكن وُجدت مصفوفة</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>a list may hold only strings and numbers</source>
        <translation>لا يجوز أن تحوي القائمة إلا سلاسل نصية وأرقامًا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the field holds an object: map one of its fields with a dotted path, like &quot;%1.start&quot;</source>
        <translation>يحوي الحقل كائنًا: عيِّن أحد حقوله بمسار منقّط، مثل &quot;%1.start&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot tell which field holds what: %1. The records&apos; fields are %2. Give a mapping with --profile FILE</source>
        <translation>تعذّر تحديد ما يحويه كل حقل: %1. حقول السجلات هي %2. حدِّد تعيينًا باستخدام --profile FILE</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the dates in this field are written both day first (&quot;%1&quot;) and month first (&quot;%2&quot;): correct them so that one order holds</source>
        <translation>التواريخ في هذا الحقل مكتوبة بتقديم اليوم (&quot;%1&quot;) وبتقديم الشهر (&quot;%2&quot;) معًا: صحِّحها لتتبع ترتيبًا واحدًا</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>every date in this field (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (&quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>
            <numerusform>كل تاريخ في هذا الحقل (وهي %n تاريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (&quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا الحقل (وهو %n تاريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (&quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا الحقل (وهما %n تاريخان، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (&quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا الحقل (وهي %n تواريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (&quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا الحقل (وهي %n تاريخًا، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (&quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا الحقل (وهي %n تاريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (&quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the mapping</source>
        <translation>التعيين</translation>
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
        <translation>التعيين غير مكتمل: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <location filename="../../app/session/settingscheck.cpp" line="+36"/>
        <source>The settings file %1 could not be read; Tideline starts with its defaults and will write a new file when a setting changes.</source>
        <translation>تعذّرت قراءة ملف الإعدادات %1؛ سيبدأ Tideline بإعداداته الافتراضية وسيكتب ملفًا جديدًا عند تغيير أي إعداد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>These settings were written by a newer Tideline (version %1); those this version does not understand are ignored.</source>
        <translation>كتب هذه الإعداداتِ إصدارٌ أحدث من Tideline (الإصدار %1)؛ وستُتجاهل الإعدادات التي لا يفهمها هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>SourceFingerprint</name>
    <message>
        <location filename="../../app/cache/sourcefingerprint.cpp" line="+71"/>
        <source>%1 is built into Tideline</source>
        <translation>الملف %1 مضمَّن في Tideline</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>cannot read %1</source>
        <translation>تعذّرت قراءة %1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetDates</name>
    <message>
        <location filename="../../app/import/spreadsheetdates.cpp" line="+191"/>
        <source>expected a date like 2021-03-04, 04/03/2021, 4 March 2021, March 4, 2021, a year, or an Excel date number</source>
        <translation>كان المتوقع تاريخًا مثل 2021-03-04 أو 04/03/2021 أو 4 March 2021 أو March 4, 2021، أو سنة، أو رقم تاريخ Excel</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+102"/>
        <location line="+48"/>
        <location line="+94"/>
        <source>cannot read %1 as a date: %2</source>
        <translation>تعذّرت قراءة %1 بوصفه تاريخًا: %2</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>%1 is not an Excel date number (1 is 1 January 1900, 2958465 is 31 December 9999)</source>
        <translation>القيمة %1 ليست رقم تاريخ Excel (الرقم 1 هو 1 يناير 1900، والرقم 2958465 هو 31 ديسمبر 9999)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the Excel date number of 29 February 1900, a day that never was (Excel&apos;s leap-year bug): correct it in the spreadsheet</source>
        <translation>القيمة %1 هي رقم تاريخ Excel ليوم 29 فبراير 1900، وهو يوم لم يوجد قط (خلل السنة الكبيسة في Excel): صحِّحها في جدول البيانات</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: there is no year 0 in historical numbering (1 BC is followed by AD 1); the mapping&apos;s years are historical</source>
        <translation>%1: لا توجد سنة 0 في الترقيم التاريخي (تلي السنةَ 1 ق.م السنةُ 1 م)؛ وسنوات التعيين تاريخية</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+64"/>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation>السنة %1 خارج النطاق (من %2 إلى %3)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>the date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: there is no year 0 BC</source>
        <translation>%1: لا توجد سنة 0 ق.م</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 has a two-digit year: write the year in full (the century would be a guess)</source>
        <translation>السنة في %1 مكتوبة برقمين: اكتب السنة كاملة (وإلا كان القرن مجرد تخمين)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could be day/month or month/day: the column&apos;s order must be given (dateOrder &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>التاريخ %1 يحتمل ترتيب يوم/شهر أو شهر/يوم: يجب تحديد ترتيب العمود (dateOrder &quot;dmy&quot; أو &quot;mdy&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a date read day first (the column&apos;s order)</source>
        <translation>القيمة %1 ليست تاريخًا صالحًا عند قراءتها بتقديم اليوم (ترتيب العمود)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date read month first (the column&apos;s order)</source>
        <translation>القيمة %1 ليست تاريخًا صالحًا عند قراءتها بتقديم الشهر (ترتيب العمود)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the time in %1: expected HH:MM or HH:MM:SS</source>
        <translation>تعذّرت قراءة الوقت في %1: كان المتوقع HH:MM أو HH:MM:SS</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is not a day of that month</source>
        <translation>القيمة %1 ليست يومًا من أيام ذلك الشهر</translation>
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
        <translation>موقف %1 من %2:</translation>
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
        <translation>%1، %2</translation>
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
        <translation>الملف ليس بترميز UTF-8 (البايت 0x%1 هنا ليس من UTF-8): قُرئ بترميز Windows-1252؛ إذا بدت الحروف خاطئة، فاحفظه من برنامج جداول البيانات بصيغة &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file holds no rows</source>
        <translation>لا يحوي الملف أي صفوف</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot tell which column holds what: %1. The columns are %2. Give a column mapping with --profile FILE, or open the file with the import dialog</source>
        <translation>تعذّر تحديد ما يحويه كل عمود: %1. الأعمدة هي %2. حدِّد تعيينًا للأعمدة باستخدام --profile FILE، أو افتح الملف عبر مربع حوار الاستيراد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file has no header row naming its columns, so which column holds what cannot be guessed. Give a column mapping with --profile FILE, or open the file with the import dialog</source>
        <translation>لا يحوي الملف صف عناوين يسمّي أعمدته، لذا لا يمكن تخمين ما يحويه كل عمود. حدِّد تعيينًا للأعمدة باستخدام --profile FILE، أو افتح الملف عبر مربع حوار الاستيراد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the column mapping is not complete: %1</source>
        <translation>تعيين الأعمدة غير مكتمل: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the column mapping reads a column &quot;%1&quot;, which the file does not have; its columns are %2</source>
        <translation>يقرأ تعيين الأعمدة عمودًا باسم &quot;%1&quot; لا يوجد في الملف؛ أعمدة الملف هي %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the dates in this column are written both day first (&quot;%1&quot;) and month first (&quot;%2&quot;): correct them so that one order holds for the whole column</source>
        <translation>التواريخ في هذا العمود مكتوبة بتقديم اليوم (&quot;%1&quot;) وبتقديم الشهر (&quot;%2&quot;) معًا: صحِّحها ليتبع العمود كله ترتيبًا واحدًا</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>every date in this column (%n of them, such as &quot;%1&quot;) could be day/month or month/day: say which (the import dialog asks; in a profile, &quot;dateOrder&quot;: &quot;dmy&quot; or &quot;mdy&quot;)</source>
        <translation>
            <numerusform>كل تاريخ في هذا العمود (وهي %n تاريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (يسألك مربع حوار الاستيراد عن ذلك؛ وفي ملف التعريف: &quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا العمود (وهو %n تاريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (يسألك مربع حوار الاستيراد عن ذلك؛ وفي ملف التعريف: &quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا العمود (وهما %n تاريخان، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (يسألك مربع حوار الاستيراد عن ذلك؛ وفي ملف التعريف: &quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا العمود (وهي %n تواريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (يسألك مربع حوار الاستيراد عن ذلك؛ وفي ملف التعريف: &quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا العمود (وهي %n تاريخًا، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (يسألك مربع حوار الاستيراد عن ذلك؛ وفي ملف التعريف: &quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
            <numerusform>كل تاريخ في هذا العمود (وهي %n تاريخ، مثل &quot;%1&quot;) يحتمل ترتيب يوم/شهر أو شهر/يوم: حدِّد أيهما (يسألك مربع حوار الاستيراد عن ذلك؛ وفي ملف التعريف: &quot;dateOrder&quot;: &quot;dmy&quot; أو &quot;mdy&quot;)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the column mapping</source>
        <translation>تعيين الأعمدة</translation>
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
            <numerusform>%n كلمة من كلمات عمود الموقف لا يقابلها موقف: %1</numerusform>
            <numerusform>%n كلمة من كلمات عمود الموقف لا يقابلها موقف: %1</numerusform>
            <numerusform>%n كلمتان من كلمات عمود الموقف لا يقابلهما موقف: %1</numerusform>
            <numerusform>%n كلمات من كلمات عمود الموقف لا يقابلها موقف: %1</numerusform>
            <numerusform>%n كلمةً من كلمات عمود الموقف لا يقابلها موقف: %1</numerusform>
            <numerusform>%n كلمة من كلمات عمود الموقف لا يقابلها موقف: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <location filename="../../app/time/timeaxis.cpp" line="+65"/>
        <source>%1 billion</source>
        <extracomment>A year number on a time axis, in billions of years: &quot;13.8 billion&quot;</extracomment>
        <translation>%1 مليار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 million</source>
        <extracomment>A year number on a time axis, in millions of years: &quot;1.5 million&quot;</extracomment>
        <translation>%1 مليون</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>%1 BC</source>
        <extracomment>A year before year 1: %1 is its number counted back from 1 BC: &quot;1.5 million BC&quot;</extracomment>
        <translation>%1 ق.م</translation>
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
        <translation>%1–%2 ق.م</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>%1 BC–AD %2</source>
        <extracomment>A range of years from BC to AD: %1 is the first year, %2 the last: &quot;100 BC–AD 99&quot;</extracomment>
        <translation>%1 ق.م–%2 م</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1–%2 billion</source>
        <extracomment>A range of years in billions: %1 is the first, %2 the last: &quot;1.1–0.9 billion&quot;</extracomment>
        <translation>%1–%2 مليار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2 million</source>
        <extracomment>A range of years in millions: %1 is the first, %2 the last: &quot;20–10 million&quot;</extracomment>
        <translation>%1–%2 مليون</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <extracomment>A day on a time axis: %1 is the day of the month, %2 the month&apos;s name: &quot;10 July&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+378"/>
        <source>Q%1</source>
        <extracomment>A quarter of a year on a time axis: %1 is its number, 1 to 4</extracomment>
        <translation>الربع %1</translation>
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
        <translation>عقد %1</translation>
    </message>
</context>
<context>
    <name>TimelineImage</name>
    <message>
        <location filename="../../app/render/timelineimage.cpp" line="+171"/>
        <source> — page %1 of %2</source>
        <extracomment>Added to the caption of each page of a PDF export</extracomment>
        <translation> — الصفحة %1 من %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>size %1x%2 is out of range (200x150 to 20000x20000)</source>
        <extracomment>%1 is a width, %2 a height, in pixels</extracomment>
        <translation>المقاس %1x%2 خارج النطاق (من 200x150 إلى 20000x20000)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <location line="+50"/>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>not enough memory for a %1x%2 image</source>
        <extracomment>%1 is a width, %2 a height, in pixels</extracomment>
        <translation>لا تكفي الذاكرة لصورة بمقاس %1x%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot paint the image</source>
        <translation>تعذّر رسم الصورة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Timeline exported by Tideline</source>
        <translation>خط زمني صدَّره Tideline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot paint the SVG picture</source>
        <translation>تعذّر رسم صورة SVG</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot paint the PDF page</source>
        <translation>تعذّر رسم صفحة PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot add page %1 to the PDF</source>
        <translation>تعذّرت إضافة الصفحة %1 إلى ملف PDF</translation>
    </message>
</context>
<context>
    <name>TimelineJsImporter</name>
    <message>
        <location filename="../../app/import/timelinejsimporter.cpp" line="+100"/>
        <source>a TimelineJS file is a JSON object with &quot;events&quot;, but this one is an array (a vis.js file? read it with --format vis)</source>
        <translation>ملف TimelineJS هو كائن JSON يحوي &quot;events&quot;، لكن هذا الملف مصفوفة (هل هو ملف vis.js؟ اقرأه باستخدام --format vis)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected an array of slides, found %1</source>
        <translation>كان المتوقع مصفوفة من الشرائح، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected &quot;human&quot; or &quot;cosmological&quot;; ignored</source>
        <translation>كان المتوقع &quot;human&quot; أو &quot;cosmological&quot;؛ تم تجاهله</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>this build of Tideline has no periods: %n era(s) left out</source>
        <translation>
            <numerusform>هذا الإصدار من Tideline لا يدعم الفترات: أُسقطت %n حقبة</numerusform>
            <numerusform>هذا الإصدار من Tideline لا يدعم الفترات: أُسقطت %n حقبة</numerusform>
            <numerusform>هذا الإصدار من Tideline لا يدعم الفترات: أُسقطت %n حقبتان</numerusform>
            <numerusform>هذا الإصدار من Tideline لا يدعم الفترات: أُسقطت %n حقب</numerusform>
            <numerusform>هذا الإصدار من Tideline لا يدعم الفترات: أُسقطت %n حقبةً</numerusform>
            <numerusform>هذا الإصدار من Tideline لا يدعم الفترات: أُسقطت %n حقبة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a TimelineJS field; ignored (said once for every file)</source>
        <translation>ليس حقلًا من حقول TimelineJS؛ تم تجاهله (يُذكر مرة واحدة لكل ملف)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a TimelineJS field; ignored (said once for every %1)</source>
        <extracomment>%1 is the name of an array in the file (&quot;events&quot;, &quot;eras&quot;), as the file writes it</extracomment>
        <translation>ليس حقلًا من حقول TimelineJS؛ تم تجاهله (يُذكر مرة واحدة لكل عناصر %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a string, found %1</source>
        <translation>كان المتوقع سلسلة نصية، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an object with &quot;headline&quot; and &quot;text&quot;, found %1</source>
        <translation>كان المتوقع كائنًا يحوي &quot;headline&quot; و&quot;text&quot;، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected a whole number (or a string of one), found %1</source>
        <translation>كان المتوقع عددًا صحيحًا (أو سلسلة نصية تمثّله)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the number %1 is too large</source>
        <translation>العدد %1 كبير جدًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a whole number, found &quot;%1&quot;</source>
        <translation>كان المتوقع عددًا صحيحًا، لكن وُجد &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a date object such as {&quot;year&quot;: 1066, &quot;month&quot;: 10}, found %1</source>
        <translation>كان المتوقع كائن تاريخ مثل {&quot;year&quot;: 1066, &quot;month&quot;: 10}، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the date has no year</source>
        <translation>التاريخ بلا سنة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is given but %2 is not</source>
        <extracomment>%1 and %2 are the names of two fields of a TimelineJS date, as the file writes them: &quot;minute&quot;, &quot;hour&quot;</extracomment>
        <translation>حُدِّد %1 ولم يُحدَّد %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TimelineJS shows year 0 as &quot;0&quot;, a year BC/AD counting does not have; read as 1 BC (said once)</source>
        <translation>يعرض TimelineJS السنة 0 بالشكل &quot;0&quot;، وهي سنة لا وجود لها في العدّ قبل الميلاد/بعد الميلاد؛ قُرئت على أنها 1 ق.م (يُذكر مرة واحدة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the year %1 is outside the years Tideline reads (back to -20,000,000,000 and up to 99,999)</source>
        <translation>السنة %1 خارج نطاق السنوات التي يقرؤها Tideline (من -20,000,000,000 حتى 99,999)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 does not exist (expected %3 to %4)</source>
        <extracomment>%1 is the name of a field of a TimelineJS date, as the file writes it (&quot;month&quot;), %2 its value, %3 and %4 the smallest and largest allowed: &quot;month 13 does not exist (expected 1 to 12)&quot;</extracomment>
        <translation>القيمة %2 غير صالحة للحقل %1 (المتوقع من %3 إلى %4)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tideline keeps whole seconds: milliseconds are dropped (said once)</source>
        <translation>يحتفظ Tideline بالثواني الكاملة فقط: أُسقطت أجزاء الثانية (يُذكر مرة واحدة)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected an object with &quot;url&quot;, found %1</source>
        <translation>كان المتوقع كائنًا يحوي &quot;url&quot;، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected the title slide (an object), found %1</source>
        <translation>كان المتوقع شريحة العنوان (كائنًا)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>expected a slide (an object), found %1</source>
        <translation>كان المتوقع شريحة (كائنًا)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the slide has no start_date (only the title slide may have none)</source>
        <translation>ليس للشريحة start_date (شريحة العنوان وحدها يجوز أن تخلو منه)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date shown in TimelineJS: %1</source>
        <translation>التاريخ المعروض في TimelineJS: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>expected an era (an object), found %1</source>
        <translation>كان المتوقع حقبة (كائنًا)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the era has no start_date</source>
        <translation>ليس للحقبة start_date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the era has no end_date</source>
        <translation>ليس للحقبة end_date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Era %1</source>
        <extracomment>The title of an era the file gives none: %1 is its number in the file</extracomment>
        <translation>الحقبة %1</translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <location filename="../../app/render/timelinelanes.cpp" line="+136"/>
        <source>(no actor)</source>
        <translation>(بلا طرف)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(no tag)</source>
        <translation>(بلا وسم)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All events</source>
        <translation>جميع الأحداث</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <location filename="../../app/render/timelinerenderer.cpp" line="+436"/>
        <source>+1 member</source>
        <extracomment>Under a lane&apos;s title: one more actor&apos;s events are folded into the lane</extracomment>
        <translation>+عضو واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+%n members</source>
        <extracomment>Under a lane&apos;s title: more actors&apos; events are folded into the lane</extracomment>
        <translation>
            <numerusform>+%n عضو</numerusform>
            <numerusform>+%n عضو</numerusform>
            <numerusform>+%n عضوان</numerusform>
            <numerusform>+%n أعضاء</numerusform>
            <numerusform>+%n عضوًا</numerusform>
            <numerusform>+%n عضو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Periods</source>
        <extracomment>The title of the strip that shows the dataset&apos;s periods (eras)</extracomment>
        <translation>الفترات</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <location filename="../../app/cli/validatecommand.cpp" line="+34"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>%n خطأ</numerusform>
            <numerusform>%n خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدث</numerusform>
            <numerusform>%n حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n طرف</numerusform>
            <numerusform>%n طرف</numerusform>
            <numerusform>%n طرفان</numerusform>
            <numerusform>%n أطراف</numerusform>
            <numerusform>%n طرفًا</numerusform>
            <numerusform>%n طرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n قضية</numerusform>
            <numerusform>%n قضية</numerusform>
            <numerusform>%n قضيتان</numerusform>
            <numerusform>%n قضايا</numerusform>
            <numerusform>%n قضيةً</numerusform>
            <numerusform>%n قضية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n موقف معلن</numerusform>
            <numerusform>%n موقف معلن</numerusform>
            <numerusform>%n موقفان معلنان</numerusform>
            <numerusform>%n مواقف معلنة</numerusform>
            <numerusform>%n موقفًا معلنًا</numerusform>
            <numerusform>%n موقف معلن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n مصدر</numerusform>
            <numerusform>%n مصدر</numerusform>
            <numerusform>%n مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n فترة</numerusform>
            <numerusform>%n فترة</numerusform>
            <numerusform>%n فترتان</numerusform>
            <numerusform>%n فترات</numerusform>
            <numerusform>%n فترةً</numerusform>
            <numerusform>%n فترة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok: %1 in %2; %3</source>
        <extracomment>What `tideline validate` prints for files without errors: %1 lists what they hold (&quot;3 event(s), 2 actor(s), …&quot;), %2 says how many files (&quot;2 file(s)&quot;), %3 how many warnings (&quot;0 warning(s)&quot;)</extracomment>
        <translation>سليم: %1 في %2؛ %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملفين</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n تحذير</numerusform>
            <numerusform>%n تحذير</numerusform>
            <numerusform>%n تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisImporter</name>
    <message>
        <location filename="../../app/import/visimporter.cpp" line="+229"/>
        <location line="+14"/>
        <source>%1 milliseconds since 1970 is not a date (a JavaScript date reaches ±8.64e15)</source>
        <translation>القيمة %1 ميلي ثانية منذ 1970 ليست تاريخًا (يبلغ تاريخ JavaScript حدًّا أقصاه ±8.64e15)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>expected a date, found an empty string</source>
        <translation>كان المتوقع تاريخًا، لكن وُجدت سلسلة نصية فارغة</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 could be day/month or month/day; write it as ISO 8601 (2015-04-03)</source>
        <translation>التاريخ %1 يحتمل ترتيب يوم/شهر أو شهر/يوم؛ اكتبه بصيغة ISO 8601 (2015-04-03)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a date: %2</source>
        <translation>القيمة %1 ليست تاريخًا: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1 as a date; expected epoch milliseconds, ISO 8601 (2015-02-25, 2015-02-25T10:00:00Z) or a date such as &quot;Feb 25 2015&quot;</source>
        <translation>تعذّرت قراءة %1 بوصفه تاريخًا؛ كان المتوقع عدد الميلي ثواني منذ 1970، أو ISO 8601 (2015-02-25، 2015-02-25T10:00:00Z)، أو تاريخًا مثل &quot;Feb 25 2015&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a second list of items; read as well</source>
        <translation>قائمة عناصر ثانية؛ قُرئت هي أيضًا</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected an array, found %1</source>
        <translation>كان المتوقع مصفوفة، لكن وُجد %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Tideline keeps whole seconds: the milliseconds of %n date(s) are dropped</source>
        <translation>
            <numerusform>يحتفظ Tideline بالثواني الكاملة فقط: أُسقطت أجزاء الثانية من %n تاريخ</numerusform>
            <numerusform>يحتفظ Tideline بالثواني الكاملة فقط: أُسقطت أجزاء الثانية من %n تاريخ</numerusform>
            <numerusform>يحتفظ Tideline بالثواني الكاملة فقط: أُسقطت أجزاء الثانية من %n تاريخين</numerusform>
            <numerusform>يحتفظ Tideline بالثواني الكاملة فقط: أُسقطت أجزاء الثانية من %n تواريخ</numerusform>
            <numerusform>يحتفظ Tideline بالثواني الكاملة فقط: أُسقطت أجزاء الثانية من %n تاريخًا</numerusform>
            <numerusform>يحتفظ Tideline بالثواني الكاملة فقط: أُسقطت أجزاء الثانية من %n تاريخ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not a vis.js field; ignored (said once for every file)</source>
        <translation>ليس حقلًا من حقول vis.js؛ تم تجاهله (يُذكر مرة واحدة لكل ملف)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a vis.js field; ignored (said once for every %1)</source>
        <extracomment>%1 is the name of an array in the file (&quot;items&quot;, &quot;groups&quot;), as the file writes it</extracomment>
        <translation>ليس حقلًا من حقول vis.js؛ تم تجاهله (يُذكر مرة واحدة لكل عناصر %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a string or a number, found %1</source>
        <translation>كان المتوقع سلسلة نصية أو رقمًا، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a group (an object), found %1</source>
        <translation>كان المتوقع مجموعة (كائنًا)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected an array of group ids, found %1</source>
        <translation>كان المتوقع مصفوفة من معرّفات المجموعات، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the group has no id</source>
        <translation>ليس للمجموعة معرّف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group id %1 is already used</source>
        <translation>معرّف المجموعة %1 مستخدم من قبل</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>group %1 lists itself among its nested groups; ignored</source>
        <translation>المجموعة %1 تُدرج نفسها ضمن مجموعاتها المتداخلة؛ تم تجاهل ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group %1 is already nested in group %2; kept there</source>
        <translation>المجموعة %1 متداخلة من قبل في المجموعة %2؛ أُبقيت هناك</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a date (milliseconds since 1970 or a date string), found %1</source>
        <translation>كان المتوقع تاريخًا (عدد الميلي ثواني منذ 1970 أو سلسلة تاريخ)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>expected an item (an object), found %1</source>
        <translation>كان المتوقع عنصرًا (كائنًا)، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>expected &quot;point&quot;, &quot;box&quot;, &quot;range&quot; or &quot;background&quot;, found %1</source>
        <translation>كان المتوقع &quot;point&quot; أو &quot;box&quot; أو &quot;range&quot; أو &quot;background&quot;، لكن وُجد %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the item has no start</source>
        <translation>ليس للعنصر بداية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a background item needs an end</source>
        <translation>يحتاج عنصر الخلفية إلى نهاية</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a background item of one group becomes a period behind every lane (said once)</source>
        <translation>عنصر الخلفية التابع لمجموعة واحدة يصبح فترة خلف كل المسارات (يُذكر مرة واحدة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this build of Tideline has no periods: background items are left out</source>
        <translation>هذا الإصدار من Tideline لا يدعم الفترات: أُسقطت عناصر الخلفية</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../app/model/datasetvocabulary.cpp" line="+78"/>
        <source>State</source>
        <extracomment>A kind of actor: a country, as in &quot;member state&quot;, not a condition</extracomment>
        <translation>دولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <extracomment>A kind of actor: an international or non-governmental organisation</extracomment>
        <translation>منظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faction</source>
        <extracomment>A kind of actor: a party or camp within a larger actor</extracomment>
        <translation>فصيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <extracomment>A kind of actor: one person</extracomment>
        <translation>شخص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <extracomment>A kind of actor: a group of people</extracomment>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media</source>
        <extracomment>A kind of actor: a newspaper, broadcaster or other news outlet</extracomment>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <extracomment>A kind of actor: none of the other kinds</extracomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supports</source>
        <extracomment>An actor&apos;s stance on an issue: the actor supports it</extracomment>
        <translation>يؤيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opposes</source>
        <extracomment>An actor&apos;s stance on an issue: the actor opposes it</extracomment>
        <translation>يعارض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditional</source>
        <extracomment>An actor&apos;s stance on an issue: supports it under conditions</extracomment>
        <translation>يؤيد بشروط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral</source>
        <extracomment>An actor&apos;s stance on an issue: neither for nor against</extracomment>
        <translation>محايد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unclear</source>
        <extracomment>An actor&apos;s stance on an issue: not clear which way</extracomment>
        <translation>غير واضح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Public statement</source>
        <extracomment>How a position became known: the actor said it openly</extracomment>
        <translation>تصريح علني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private</source>
        <extracomment>How a position became known: said in private, known through others</extracomment>
        <translation>غير علني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported by others</source>
        <extracomment>How a position became known: attributed by others, not confirmed</extracomment>
        <translation>نقلًا عن آخرين</translation>
    </message>
</context>
</TS>
