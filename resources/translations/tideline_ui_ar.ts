<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActorTreeView</name>
    <message>
        <location filename="../../ui/actortreeview.cpp" line="+45"/>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <location filename="../../ui/archiveexportdialog.cpp" line="+17"/>
        <source>The timeline as it is on &amp;screen</source>
        <translation>الخط الزمني كما هو على ال&amp;شاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;whole span of the events that pass the filter</source>
        <translation>&amp;المدى الكامل للأحداث المطابقة لعامل التصفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Image</source>
        <translation>تصدير صورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lanes and the time window in view, the size of the view</source>
        <translation>المسارات والنافذة الزمنية الظاهرة، بحجم العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every lane, busiest first, from the first event that passes the filter to the last; the archive is asked for what the screen has not shown</source>
        <translation>كل المسارات، الأنشط أولًا، من أول حدث مطابق لعامل التصفية إلى آخره؛ ويُسأل الأرشيف عمّا لم تعرضه الشاشة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole span&apos;s picture is this wide, and as tall as its lanes need (at most %1 pixels)</source>
        <translation>صورة المدى الكامل بهذا العرض، وبالارتفاع الذي تحتاجه مساراتها (%1 بكسل على الأكثر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG picture</source>
        <translation>رسم SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Picture of:</source>
        <translation>صورة لـ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Width:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../../ui/archiveview.cpp" line="+35"/>
        <source>Archive timeline</source>
        <translation>الخط الزمني للأرشيف</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No archive open</source>
        <translation>لا أرشيف مفتوحًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking %1 for its actors…</source>
        <translation>يُسأل %1 عن أطرافه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive did not answer: %1
Press F5 to ask again.</source>
        <translation>لم يُجب الأرشيف: %1
اضغط F5 للسؤال مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No event in the archive passes the filter</source>
        <translation>لا حدث في الأرشيف يجتاز عامل التصفية</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../ui/archivewindow.cpp" line="+110"/>
        <source>%1 — Tideline archive</source>
        <translation>%1 — أرشيف Tideline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles and descriptions</source>
        <translation>ابحث في العناوين والأوصاف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from 2024-04</source>
        <translation>من 2024-04</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to 2024-07-15</source>
        <translation>إلى 2024-07-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A year, a month, a day or a minute (ISO 8601: 2024, 2024-07, 2024-07-15); years before 1 AD as -0043</source>
        <translation>سنة أو شهر أو يوم أو دقيقة (ISO 8601: 2024، 2024-07، 2024-07-15)؛ والسنوات قبل 1 م بالشكل -0043</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click to show every actor again</source>
        <translation>انقر لإظهار كل الأطراف مجددًا</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+131"/>
        <location line="+349"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location line="-479"/>
        <source>Actors × Issues</source>
        <translation>الأطراف × القضايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance over Time</source>
        <translation>الموقف عبر الزمن</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+351"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="-350"/>
        <location line="+422"/>
        <source>Only events with any of the ticked tags</source>
        <translation>الأحداث التي تحمل أيًّا من الوسوم المؤشَّر عليها فقط</translation>
    </message>
    <message>
        <location line="-416"/>
        <source>Kinds</source>
        <translation>أنواع الأطراف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only events with an actor of a ticked kind</source>
        <translation>الأحداث التي يشارك فيها طرف من نوع مؤشَّر عليه فقط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+521"/>
        <source>Which stated positions count: public, private, reported</source>
        <translation>المواقف المعلنة التي تُحتسَب: العلنية، وغير العلنية، والمنقولة عن آخرين</translation>
    </message>
    <message>
        <location line="-478"/>
        <source>Click an event to see its details</source>
        <translation>انقر حدثًا لترى تفاصيله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event details</source>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Events in view</source>
        <translation>الأحداث المعروضة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Events: %L1 in view; zoom in to list them</source>
        <translation>الأحداث: %L1 معروضة؛ كبّر لسردها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events: %L1 in view</source>
        <translation>الأحداث: %L1 معروضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events in view could not be listed: %1</source>
        <translation>تعذّر سرد الأحداث المعروضة: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stance over time</source>
        <translation>الموقف عبر الزمن</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The next event could not be found: %1</source>
        <translation>تعذّر العثور على الحدث التالي: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The overview could not be counted: %1</source>
        <translation>تعذّر عدّ النظرة العامة: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Archive…</source>
        <translation>افتح &amp;أرشيفًا…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;صدّر صورة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG, SVG or PDF picture of the timeline as it is on screen, or of the whole span of the events that pass the filter</source>
        <translation>صورة PNG أو SVG أو PDF للخط الزمني كما هو على الشاشة، أو للمدى الكامل للأحداث المطابقة لعامل التصفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;أغلق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit All</source>
        <translation>&amp;ملاءمة الكل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask the Server Again</source>
        <translation>&amp;اسأل الخادم مجددًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops what was fetched and asks the archive again</source>
        <translation>يتخلّى عمّا جُلب ويسأل الأرشيف مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;Overview</source>
        <translation>إظهار ال&amp;نظرة العامة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From: %1</source>
        <translation>من: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>إلى: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Actor: %1 ✕</source>
        <translation>الطرف: %1 ✕</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actors: %1 ✕</source>
        <translation>الأطراف: %1 ✕</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
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
        <translation>لا تحمل أحداث الأرشيف أي وسوم</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The archive&apos;s actors and positions could not be read: %1</source>
        <translation>تعذّرت قراءة الأطراف والمواقف في الأرشيف: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its answer makes no sense</source>
        <translation>إجابته لا معنى لها</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some of the archive&apos;s actors and positions could not be read: %1</source>
        <translation>تعذّرت قراءة بعض الأطراف والمواقف في الأرشيف: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1 (%n actor(s))</source>
        <extracomment>A kind in the archive window&apos;s kinds menu: %1 is the kind, %2 its actors</extracomment>
        <translation>
            <numerusform>%1 (لا أطراف)</numerusform>
            <numerusform>%1 (طرف واحد)</numerusform>
            <numerusform>%1 (طرفان)</numerusform>
            <numerusform>%1 (%n أطراف)</numerusform>
            <numerusform>%1 (%n طرفًا)</numerusform>
            <numerusform>%1 (%n طرف)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No stated positions were pushed with the archive&apos;s events</source>
        <translation>لم تُرفع مواقف معلنة مع أحداث الأرشيف</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opening %1…</source>
        <translation>يُفتح %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from the archive: %1</source>
        <translation>لا جواب من الأرشيف: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lane(s)</source>
        <translation>
            <numerusform>لا مسارات</numerusform>
            <numerusform>مسار واحد</numerusform>
            <numerusform>مساران</numerusform>
            <numerusform>%n مسارات</numerusform>
            <numerusform>%n مسارًا</numerusform>
            <numerusform>%n مسار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>fetching %n part(s) of the view</source>
        <translation>
            <numerusform>لا أجزاء تُجلب</numerusform>
            <numerusform>يُجلب جزء واحد من العرض</numerusform>
            <numerusform>يُجلب جزآن من العرض</numerusform>
            <numerusform>تُجلب %n أجزاء من العرض</numerusform>
            <numerusform>يُجلب %n جزءًا من العرض</numerusform>
            <numerusform>يُجلب %n جزء من العرض</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Asking for the description…</source>
        <translation>يُسأل عن الوصف…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Location:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text “%1”</source>
        <translation>النص «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>actor %1</source>
        <translation>الطرف %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actors %1</source>
        <translation>الأطراف %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tag %1</source>
        <translation>الوسم %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tags %1</source>
        <translation>الوسوم %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kind %1</source>
        <translation>النوع %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kinds %1</source>
        <translation>الأنواع %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Asking the archive for the whole span…</source>
        <translation>يُسأل الأرشيف عن المدى الكامل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+25"/>
        <location line="+14"/>
        <source>Export Image</source>
        <translation>تصدير صورة</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Could not export %1: %2</source>
        <translation>تعذّر تصدير %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG picture (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The password was not kept in the keychain: %1</source>
        <translation>لم تُحفظ كلمة المرور في سلسلة المفاتيح: %1</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <location filename="../../ui/clearbuttonname.cpp" line="+12"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empties the field</source>
        <translation>يُفرِّغ الحقل</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <location filename="../../ui/eventdetailspanel.cpp" line="+29"/>
        <source>Event details</source>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected event: its dates, actors, quotes and sources</source>
        <translation>الحدث المحدَّد: تواريخه وأطرافه واقتباساته ومصادره</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open Address</source>
        <translation>فتح العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this address in another program?</source>
        <translation>أتريد فتح هذا العنوان في برنامج آخر؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not ask again</source>
        <translation>لا تسألني مجددًا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click an event on the timeline to see its details here.</source>
        <translation>انقر حدثًا على الخط الزمني لتظهر تفاصيله هنا.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>from %1 to %2</source>
        <translation>البداية: %1؛ النهاية: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>In summary:</source>
        <translation>الملخّص:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, according to %2</source>
        <translation>%1، بحسب %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Positions stated</source>
        <translation>المواقف المعلنة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sources</source>
        <translation>المصادر</translation>
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
        <translation>A4 بالعرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter landscape</source>
        <translation>Letter بالعرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <extracomment>A picture size the user types in</extracomment>
        <translation>مخصّص</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The visible window</source>
        <translation>النطاق الظاهر حاليًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the filter passes</source>
        <translation>كل ما يجتاز التصفية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend of actors</source>
        <translation>مفتاح ألوان الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption with the filter and the sources</source>
        <translation>تعليق يبيّن التصفية والمصادر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse long empty stretches into a break mark</source>
        <translation>طيّ الامتدادات الطويلة الخالية في علامة انقطاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>Export Timeline Image</source>
        <translation>تصدير صورة الخط الزمني</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (vector)</source>
        <translation>رسم SVG (متّجهي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF page (vector, searchable text)</source>
        <translation>صفحة PDF (متّجهية، بنص قابل للبحث)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pixels per logical pixel in a PNG, for high-DPI screens and print</source>
        <translation>عدد البكسلات لكل بكسل منطقي في صورة PNG، للشاشات عالية الكثافة وللطباعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent background (PNG)</source>
        <translation>خلفية شفافة (PNG)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>المعروض:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stretch without events that would take more than 15% of the picture is drawn narrow, with a break mark</source>
        <translation>كل امتداد خالٍ من الأحداث قد يشغل أكثر من 15% من الصورة يُرسَم ضيّقًا، مع علامة انقطاع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview:</source>
        <translation>المعاينة:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Everything on one page, scaled to fit</source>
        <translation>كل شيء في صفحة واحدة، بمقياس يلائمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly this size (compact lanes, members folded)</source>
        <translation>بهذا الحجم تمامًا (مسارات مضغوطة، مع طيّ الأعضاء)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise lanes that do not fit continue on further pages</source>
        <translation>وإلا فإن المسارات التي لا تتسع لها الصفحة تُستكمَل في الصفحات التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise the picture grows taller until every lane fits</source>
        <translation>وإلا فإن ارتفاع الصورة يزداد حتى تتسع لكل المسارات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applying the filter…</source>
        <translation>جارٍ تطبيق التصفية…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The filter is still being applied; export again in a moment.</source>
        <translation>لا يزال تطبيق التصفية جاريًا؛ أعِد التصدير بعد لحظات.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 files (*.%2)</source>
        <translation>ملفات %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>FieldHeaderView</name>
    <message>
        <location filename="../../ui/fieldheaderview.cpp" line="+137"/>
        <source>What column &quot;%1&quot; holds</source>
        <translation>ما يحويه العمود &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filterbar.cpp" line="+33"/>
        <location line="+209"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Only events with any of the ticked tags</source>
        <translation>الأحداث التي تحمل أيًّا من الوسوم المؤشَّر عليها فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Kinds</source>
        <translation>أنواع الأطراف</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Only events with an actor of a ticked kind</source>
        <translation>الأحداث التي يشارك فيها طرف من نوع مؤشَّر عليه فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Statements</source>
        <translation>التصريحات</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Which stated positions count: public, private, reported</source>
        <translation>المواقف المعلنة التي تُحتسَب: العلنية، وغير العلنية، والمنقولة عن آخرين</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: titles, descriptions, quotes, actors (Ctrl+F)</source>
        <translation>تصفية: العناوين، الأوصاف، الاقتباسات، الأطراف (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter text</source>
        <translation>نص التصفية</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from 2024-04</source>
        <extracomment>A hint in the empty &quot;from&quot; date field: an example of what to type</extracomment>
        <translation>من 2024-04</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to 2024-07-23</source>
        <extracomment>A hint in the empty &quot;to&quot; date field: an example of what to type</extracomment>
        <translation>إلى 2024-07-23</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earliest date: a year, a month or a day (2024, 2024-04, 2024-07-15)</source>
        <translation>أقدم تاريخ: سنة أو شهر أو يوم (2024، 2024-04، 2024-07-15)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest date: a year, a month or a day; the whole period counts</source>
        <translation>أحدث تاريخ: سنة أو شهر أو يوم؛ وتُحتسَب الفترة كلها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any of</source>
        <translation>أيٌّ من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of</source>
        <translation>جميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events with any of these actors, or with all of them together</source>
        <translation>الأحداث التي يشارك فيها أيٌّ من هذه الأطراف، أو التي تشارك فيها جميعًا معًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter</source>
        <translation>إزالة كل عوامل التصفية</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>indexing…</source>
        <translation>جارٍ الفهرسة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of every event is being prepared for searching; the filter is applied when it is ready</source>
        <translation>يجري تجهيز نص كل حدث للبحث؛ وتُطبَّق التصفية حين يكتمل ذلك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 events</source>
        <translation>الأحداث: %1 من %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+70"/>
        <source>A year, a month or a day: 2024, 2024-04, 2024-07-15</source>
        <translation>سنة أو شهر أو يوم: 2024، 2024-04، 2024-07-15</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the filter</source>
        <translation>إزالة %1 من التصفية</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+150"/>
        <source>comma-separated</source>
        <translation>مفصول بفواصل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon-separated</source>
        <translation>مفصول بفواصل منقوطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab-separated</source>
        <translation>مفصول بعلامات جدولة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>separated by |</source>
        <translation>مفصول بالرمز |</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>separated by %1</source>
        <translation>مفصول بالرمز %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vertical bar ( | )</source>
        <translation>خط عمودي ( | )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What separates the cells of a row; found from the file, change it if the columns look wrong</source>
        <translation>ما يفصل بين خلايا الصف؛ يُستنتَج من الملف، فغيِّره إن بدت الأعمدة خاطئة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deli&amp;miter:</source>
        <translation>الفا&amp;صل:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First row is the &amp;header</source>
        <translation>الصف الأول يحوي &amp;عناوين الأعمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the first row names the columns; found from the file</source>
        <translation>هل يحوي الصف الأول أسماء الأعمدة؛ يُستنتَج من الملف</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each row is:</source>
        <translation>كل صف هو:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an &amp;event (title, dates, actors…)</source>
        <translation>ح&amp;دث (العنوان، التواريخ، الأطراف…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an actor&apos;s &amp;position on an issue (actor, issue, stance…)</source>
        <translation>&amp;موقف طرف من قضية (الطرف، القضية، الموقف…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An events table: each row becomes an event on the timeline</source>
        <translation>جدول أحداث: يصبح كل صف حدثًا على الخط الزمني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A position table: each row is what an actor said or how they stand on an issue, as of a date</source>
        <translation>جدول مواقف: كل صف هو ما قاله طرف أو موقفه من قضية في تاريخ معيَّن</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Columns in the file: choose what each one holds in the box above it</source>
        <translation>&amp;أعمدة الملف: اختر ما يحويه كل عمود من القائمة التي فوقه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What Tideline reads column &quot;%1&quot; as; Ignore leaves it out</source>
        <translation>كيف يقرأ Tideline العمود &quot;%1&quot;؛ و«تجاهل» يستبعده</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order of day and month</source>
        <translation>ترتيب اليوم والشهر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day &amp;first (DD/MM/YYYY)</source>
        <translation>ال&amp;يوم أولًا (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month fi&amp;rst (MM/DD/YYYY)</source>
        <translation>ال&amp;شهر أولًا (MM/DD/YYYY)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stance values</source>
        <translation>قيم المواقف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the whole file</source>
        <translation>للملف كله</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+587"/>
        <source>e.g. The 2020 election result is legitimate</source>
        <translation>مثلًا: نتيجة انتخابات 2020 شرعية</translation>
    </message>
    <message>
        <location line="-586"/>
        <source>The one issue every row states a position on, when no column names it; the stances are for or against this</source>
        <translation>القضية الوحيدة التي يعبّر كل صف عن موقف منها، إن لم يحدّدها عمود؛ فتكون المواقف تأييدًا لها أو معارضة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue:</source>
        <translation>ال&amp;قضية:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 2022-09</source>
        <translation>مثلًا 2022-09</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of every position, when no column gives one (or for the rows whose date is empty): a year, month or day, like 2022-09 for &quot;as of September 2022&quot;</source>
        <translation>تاريخ كل موقف، إن لم يحدّده عمود (أو للصفوف التي تاريخها فارغ): سنة أو شهر أو يوم، مثل 2022-09 بمعنى «كما في أيلول/سبتمبر 2022»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;As of:</source>
        <translation>&amp;بتاريخ:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What separates the actors in one cell, as in &quot;Israel; Hamas&quot;; spaces around names are dropped</source>
        <translation>ما يفصل بين الأطراف في الخلية الواحدة، كما في «إسرائيل; حماس»؛ وتُحذَف المسافات المحيطة بالأسماء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actors separated &amp;by:</source>
        <translation>فاصل الأ&amp;طراف:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What separates the tags in one cell</source>
        <translation>ما يفصل بين الوسوم في الخلية الواحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags separated by:</source>
        <translation>فاصل الوس&amp;وم:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the actors this file names are: people, states, ...</source>
        <translation>نوع الأطراف التي يذكرها هذا الملف: أشخاص، دول، ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actors are &amp;kind:</source>
        <translation>&amp;نوع الأطراف:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>astronomical: 0 is 1 BC</source>
        <translation>فلكي: 0 هي سنة 1 ق.م</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>historical: -1 is 1 BC</source>
        <translation>تاريخي: -1 هي سنة 1 ق.م</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a year written as a number before year 1 counts: astronomers have a year 0 (1 BC), historians go from 1 BC to AD 1. Years written &quot;500 BC&quot; are read as written either way</source>
        <translation>كيف تُحتسَب السنة المكتوبة رقمًا قبل السنة 1: لدى الفلكيين سنة 0 (وهي سنة 1 ق.م)، أما المؤرخون فينتقلون من سنة 1 ق.م إلى سنة 1 م مباشرة. والسنوات المكتوبة بصيغة &quot;500 BC&quot; تُقرأ كما كُتبت في الحالتين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative &amp;years:</source>
        <translation>السنوات السا&amp;لبة:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Save Profile…</source>
        <translation>&amp;حفظ ملف التعريف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this column mapping to a small JSON file, for another file like this one or for tideline convert --profile</source>
        <translation>حفظ تعيين الأعمدة هذا في ملف JSON صغير، لاستخدامه مع ملف آخر مماثل أو مع tideline convert --profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load Profile…</source>
        <translation>&amp;تحميل ملف التعريف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a column mapping saved before</source>
        <translation>قراءة تعيين أعمدة محفوظ سابقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The columns are read as they were the last time a file with this header was opened.</source>
        <translation>تُقرأ الأعمدة كما قُرئت آخر مرة فُتح فيها ملف بهذه العناوين.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Column &quot;%1&quot;: %2 could be %3 or %4.</source>
        <translation>العمود &quot;%1&quot;: القيمة %2 قد تعني %3 أو %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column &quot;%1&quot;: every date could be day/month or month/day.</source>
        <translation>العمود &quot;%1&quot;: كل تاريخ فيه يحتمل الترتيب يوم/شهر أو شهر/يوم.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Which order does this file use?</source>
        <translation>أيّ ترتيب يستخدمه هذا الملف؟</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What each word in column &quot;%1&quot; says about the issue:</source>
        <translation>ما تعنيه كل كلمة في العمود &quot;%1&quot; بشأن القضية:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+39"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>As Tideline &amp;will read the first %n row(s)</source>
        <extracomment>The English for one row is &quot;As Tideline &amp;will read the first row&quot;.</extracomment>
        <translation>
            <numerusform>كما &amp;سيقرأ Tideline الصفوف</numerusform>
            <numerusform>كما &amp;سيقرأ Tideline الصف الأول</numerusform>
            <numerusform>كما &amp;سيقرأ Tideline الصفين الأولين</numerusform>
            <numerusform>كما &amp;سيقرأ Tideline أول %n صفوف</numerusform>
            <numerusform>كما &amp;سيقرأ Tideline أول %n صفًا</numerusform>
            <numerusform>كما &amp;سيقرأ Tideline أول %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n cannot be read: the reason(s) are at the right)</source>
        <translation>
            <numerusform> (تتعذّر قراءة %n: السبب بجانبها)</numerusform>
            <numerusform> (تتعذّر قراءة صف واحد: السبب بجانبه)</numerusform>
            <numerusform> (تتعذّر قراءة صفين: السبب بجانبهما)</numerusform>
            <numerusform> (تتعذّر قراءة %n صفوف: الأسباب بجانبها)</numerusform>
            <numerusform> (تتعذّر قراءة %n صفًا: الأسباب بجانبها)</numerusform>
            <numerusform> (تتعذّر قراءة %n صف: الأسباب بجانبها)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The stance &quot;%1&quot; stands for</source>
        <translation>الموقف الذي تعنيه «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stance for &quot;%1&quot;</source>
        <translation>الموقف المقابل لـ«%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>JSON records</source>
        <translation>سجلات JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the first row names the columns</source>
        <translation>الصف الأول يحوي أسماء الأعمدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header row</source>
        <translation>بلا صف عناوين</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>As Tideline &amp;will read the rows: nothing yet, choose the columns above</source>
        <translation>كما &amp;سيقرأ Tideline الصفوف: لا شيء بعد، اختر الأعمدة أعلاه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As Tideline &amp;will read the first rows, once the mapping is complete:</source>
        <translation>كما &amp;سيقرأ Tideline الصفوف الأولى بعد اكتمال التعيين:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>العمود &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>from column &quot;%1&quot;</source>
        <translation>من العمود &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>choose the column that holds the title</source>
        <translation>اختر العمود الذي يحوي العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the column that holds the start date</source>
        <translation>اختر العمود الذي يحوي تاريخ البداية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a latest start needs a start column too</source>
        <translation>عمود أحدث بداية ممكنة يتطلب عمود بداية أيضًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a latest end needs an end column too</source>
        <translation>عمود أحدث نهاية ممكنة يتطلب عمود نهاية أيضًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what separates the actors in a cell</source>
        <translation>حدِّد ما يفصل بين الأطراف في الخلية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what separates the tags in a cell</source>
        <translation>حدِّد ما يفصل بين الوسوم في الخلية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the column that names the actor</source>
        <translation>اختر العمود الذي يحوي اسم الطرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the column that holds the stance</source>
        <translation>اختر العمود الذي يحوي الموقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the issue column, or name one issue for the whole file</source>
        <translation>اختر عمود القضية، أو سمِّ قضية واحدة للملف كله</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date for the whole file cannot be read: %1</source>
        <translation>تتعذّر قراءة التاريخ المحدَّد للملف كله: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose the date column, or give one date for the whole file (As of)</source>
        <translation>اختر عمود التاريخ، أو أدخِل تاريخًا واحدًا للملف كله («بتاريخ»)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say whether the dates in column &quot;%1&quot; are day first or month first</source>
        <translation>حدِّد هل تبدأ التواريخ في العمود &quot;%1&quot; باليوم أم بالشهر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To open the file: %1.</source>
        <translation>لفتح الملف: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the file as the preview shows it</source>
        <translation>فتح الملف كما تعرضه المعاينة</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Save Column Mapping Profile</source>
        <translation>حفظ ملف تعريف تعيين الأعمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load Column Mapping Profile</source>
        <translation>تحميل ملف تعريف تعيين الأعمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping profiles (*.json);;All files (*)</source>
        <translation>ملفات تعريف تعيين الأعمدة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The profile could not be saved to %1: %2</source>
        <translation>تعذّر حفظ ملف التعريف في %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the column mapping to %1</source>
        <translation>حُفظ تعيين الأعمدة في %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة ملف التعريف %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile %1 cannot be used: %2</source>
        <translation>يتعذّر استخدام ملف التعريف %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read the column mapping from %1</source>
        <translation>قُرئ تعيين الأعمدة من %1</translation>
    </message>
</context>
<context>
    <name>LoadErrorsDialog</name>
    <message>
        <location filename="../../ui/loaderrorsdialog.cpp" line="+20"/>
        <source>Problems in the Dataset</source>
        <translation>مشكلات في مجموعة البيانات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy All</source>
        <translation>&amp;نسخ الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy every message as text, one per line</source>
        <translation>نسخ كل الرسائل نصًّا، رسالة في كل سطر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip Bad Rows</source>
        <translation>ت&amp;خطّي الصفوف المعيبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the files again, leaving out the rows that cannot be read; the status bar says how many were left out</source>
        <translation>إعادة فتح الملفات مع استبعاد الصفوف التي تتعذّر قراءتها؛ ويبيّن شريط الحالة عدد ما استُبعِد منها</translation>
    </message>
</context>
<context>
    <name>LoadIndicator</name>
    <message>
        <location filename="../../ui/loadindicator.cpp" line="+12"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop loading; the data already open stays (Esc, where the focused panel has no use for it)</source>
        <translation>إيقاف التحميل؛ وتبقى البيانات المفتوحة حاليًا كما هي (Esc، حيث لا تستخدمه اللوحة التي عليها التركيز)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1 of %2 MB, %3 events</source>
        <translation>جارٍ قراءة %1 من %2 MB، الأحداث: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+110"/>
        <location line="+144"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Search actors by name, alias or role (Ctrl+K)</source>
        <translation>ابحث في الأطراف بالاسم أو الاسم البديل أو الدور (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search actors</source>
        <translation>البحث في الأطراف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find Actor</source>
        <translation>البحث عن طرف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not opened: %1 (only http, https and mailto addresses are opened)</source>
        <translation>لم يُفتَح: %1 (لا تُفتَح إلا عناوين http وhttps وmailto)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actors × Issues</source>
        <translation>الأطراف × القضايا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stance over time</source>
        <translation>الموقف عبر الزمن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stance over Time</source>
        <translation>الموقف عبر الزمن</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Files…</source>
        <translation>&amp;فتح ملفات…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open one or more files as one dataset: Tideline, TimelineJS, vis.js, CSV/TSV, GDELT, ICEWS or ACLED</source>
        <translation>فتح ملف أو أكثر بوصفها مجموعة بيانات واحدة: Tideline أو TimelineJS أو vis.js أو CSV/TSV أو GDELT أو ICEWS أو ACLED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>استيراد &amp;جدول بيانات…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a CSV/TSV or JSON records file choosing what each column holds, with a preview</source>
        <translation>فتح ملف CSV/TSV أو ملف سجلات JSON مع اختيار ما يحويه كل عمود، وبمعاينة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Folder…</source>
        <translation>فتح مجلّ&amp;د…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open every .json file in a folder as one dataset</source>
        <translation>فتح كل ملفات JSON (ذات الامتداد json) في مجلد بوصفها مجموعة بيانات واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Archive…</source>
        <translation>افتح &amp;أرشيفًا…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse an event archive too large for memory, held by a ClickHouse server, in a window of its own</source>
        <translation>تصفّح أرشيف أحداث أكبر من الذاكرة يحفظه خادم ClickHouse، في نافذة خاصة به</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;حديثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Sample Dataset</source>
        <translation>فتح مجموعة بيانات &amp;نموذجية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Gaza cease-fire talks of July 2024, from a news article</source>
        <translation>مفاوضات وقف إطلاق النار في غزة في تموز/يوليو 2024، مستقاة من مقال إخباري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read Groups as &amp;Tags</source>
        <translation>قراءة المجموعات &amp;وسومًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TimelineJS and vis.js groups become tags instead of lanes of their own; the open files are read again</source>
        <translation>تصبح مجموعات TimelineJS وvis.js وسومًا بدلًا من أن تكون مسارات مستقلة؛ وتُعاد قراءة الملفات المفتوحة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep a Cache of Opened Datasets</source>
        <translation>&amp;الاحتفاظ بنسخة مخبَّأة من مجموعات البيانات المفتوحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen unchanged files in a moment: a compact copy of each dataset opened is kept in your cache folder</source>
        <translation>إعادة فتح الملفات غير المعدَّلة في لحظة: تُحفَظ نسخة مضغوطة من كل مجموعة بيانات تُفتَح في مجلد التخزين المؤقت لديك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;تصدير صورة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the timeline as a PNG, SVG or PDF file</source>
        <translation>حفظ الخط الزمني في ملف PNG أو SVG أو PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Timeline Image</source>
        <translation>ن&amp;سخ صورة الخط الزمني</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in around the middle; the wheel zooms around the pointer</source>
        <translation>التكبير حول المنتصف؛ أما عجلة الفأرة فتكبِّر حول المؤشر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit All</source>
        <translation>&amp;ملاءمة الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every event (Home in the timeline)</source>
        <translation>إظهار كل الأحداث (Home في الخط الزمني)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit &amp;Selection</source>
        <translation>ملاءمة التح&amp;ديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected event or time range (F in the timeline)</source>
        <translation>إظهار الحدث أو النطاق الزمني المحدَّد (F في الخط الزمني)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next &amp;Pane</source>
        <translation>الل&amp;وحة التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the keyboard to the next panel</source>
        <translation>نقل لوحة المفاتيح إلى اللوحة التالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Pa&amp;ne</source>
        <translation>اللوحة السا&amp;بقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the keyboard to the previous panel</source>
        <translation>نقل لوحة المفاتيح إلى اللوحة السابقة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;Overview</source>
        <translation>إظهار ال&amp;نظرة العامة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collapse &amp;Empty Stretches</source>
        <translation>طيّ الامتدادات ال&amp;خالية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw long stretches without events narrow, behind a break mark</source>
        <translation>رسم الامتدادات الطويلة الخالية من الأحداث ضيّقةً خلف علامة انقطاع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;حسب النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High Contrast</source>
        <translation>تباين &amp;عالٍ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lan&amp;guage</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tideline will be in %1 from its next start</source>
        <translation>سيظهر Tideline باللغة %1 عند تشغيله التالي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lanes</source>
        <translation>المسا&amp;رات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One Lane per &amp;Actor</source>
        <translation>مسار لكل &amp;طرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Actor &amp;Kind</source>
        <translation>حسب &amp;نوع الطرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;Tag</source>
        <translation>حسب ال&amp;وسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Single Lane</source>
        <translation>مسار وا&amp;حد</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lanes</source>
        <translation>المسارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How events are split into lanes</source>
        <translation>كيفية توزيع الأحداث على المسارات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline &amp;Keys</source>
        <translation>&amp;مفاتيح الخط الزمني</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline Keys</source>
        <translation>مفاتيح الخط الزمني</translation>
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
        <translation>العجلة أو ضمّ الإصبعين: التكبير والتصغير حول المؤشر
السحب: تحريك العرض   Shift+العجلة: تمرير المسارات
السحب مع Shift، أو السحب على المحور: تحديد نطاق زمني والتكبير إليه
النقر: تحديد حدث   النقر المزدوج: التكبير إليه
المفتاحان + و-: التكبير والتصغير   الأسهم: تحريك العرض والتمرير   Home: ملاءمة الكل
المفتاح F: ملاءمة التحديد   Esc: إلغاء التحديد
انقر مثلث المسار لطيّ أعضائه فيه.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Right / Ctrl+Left: the next / previous event in the lane
Ctrl+Down / Ctrl+Up: the nearest event in the next / previous lane
Enter: the event&apos;s details   A: the lane&apos;s actor
F6 / Shift+F6: the next / previous panel</source>
        <translation>مفتاحا Ctrl+Right / Ctrl+Left: الحدث التالي / السابق في المسار
مفتاحا Ctrl+Down / Ctrl+Up: أقرب حدث في المسار التالي / السابق
مفتاح Enter: تفاصيل الحدث   مفتاح A: طرف المسار
مفتاحا F6 / Shift+F6: اللوحة التالية / السابقة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Tideline</source>
        <translation>&amp;عن Tideline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Tideline</source>
        <translation>عن Tideline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tideline %1&lt;/h3&gt;&lt;p&gt;A timeline of events beside the actors and their stated positions, for people who follow negotiations, conflicts and politics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tideline %1&lt;/h3&gt;&lt;p&gt;خط زمني للأحداث إلى جانب الأطراف ومواقفها المعلنة، لمن يتابعون المفاوضات والنزاعات والشؤون السياسية.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 changed on disk; reading it again…</source>
        <translation>طرأ تغيير على %1 في القرص؛ جارٍ إعادة القراءة…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show Messages…</source>
        <translation>عرض الرسائل…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copying the timeline once the filter is applied…</source>
        <translation>سيُنسَخ الخط الزمني بعد تطبيق التصفية…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied the visible timeline as a %1×%2 image</source>
        <translation>نُسخ الجزء الظاهر من الخط الزمني صورةً بعرض %1 وارتفاع %2 بكسل</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Untitled dataset</source>
        <translation>مجموعة بيانات بلا عنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Tideline</source>
        <translation>%1 — Tideline</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 of %2 events, %3 actors, %4 positions</source>
        <translation>الأحداث: %1 من %2، الأطراف: %3، المواقف: %4</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open Dataset Files</source>
        <translation>فتح ملفات مجموعة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timelines and event data (*.json *.csv *.tsv *.tab *.txt);;Tideline datasets (*.json);;TimelineJS and vis.js timelines (*.json);;Spreadsheets: CSV and TSV (*.csv *.tsv *.tab *.txt);;GDELT, ICEWS and ACLED event data (*.csv *.tsv *.tab *.txt);;All files (*)</source>
        <translation>الخطوط الزمنية وبيانات الأحداث (*.json *.csv *.tsv *.tab *.txt);;مجموعات بيانات Tideline (*.json);;خطوط TimelineJS وvis.js الزمنية (*.json);;جداول البيانات: CSV وTSV (*.csv *.tsv *.tab *.txt);;بيانات أحداث GDELT وICEWS وACLED (*.csv *.tsv *.tab *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets and JSON records (*.csv *.tsv *.tab *.txt *.json);;All files (*)</source>
        <translation>جداول البيانات وسجلات JSON (*.csv *.tsv *.tab *.txt *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open Dataset Folder</source>
        <translation>فتح مجلد مجموعة البيانات</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open the archive %1</source>
        <translation>افتح الأرشيف %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Menu</source>
        <translation>مسح القائمة</translation>
    </message>
</context>
<context>
    <name>MappedTable</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="-613"/>
        <source>the actor is empty</source>
        <translation>الطرف فارغ</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/messagebar.cpp" line="+23"/>
        <source>Hide this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>OpenArchiveDialog</name>
    <message>
        <location filename="../../ui/openarchivedialog.cpp" line="+17"/>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>&amp;تذكّر كلمة المرور في سلسلة مفاتيح سطح المكتب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Archive</source>
        <translation>فتح أرشيف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A ClickHouse server&apos;s HTTP interface, the database and the events table, as tideline archive push was given</source>
        <translation>واجهة HTTP لخادم ClickHouse وقاعدة البيانات وجدول الأحداث، كما أُعطيت لـ tideline archive push</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s default user</source>
        <translation>المستخدم الافتراضي للخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the server only; never saved in the settings</source>
        <translation>تُرسل إلى الخادم فقط ولا تُحفظ في الإعدادات أبدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GNOME Keyring or KWallet keeps it, locked with your login; Tideline&apos;s settings never hold it</source>
        <translation>يحفظها GNOME Keyring أو KWallet مقفلةً بتسجيل دخولك؛ ولا تحويها إعدادات Tideline أبدًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/overviewview.cpp" line="+18"/>
        <source>Drag Sets the Date Filter</source>
        <translation>تصفية التاريخ بالسحب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overview</source>
        <translation>النظرة العامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events per period across the whole dataset, with the timeline&apos;s visible window</source>
        <translation>عدد الأحداث في كل فترة على امتداد مجموعة البيانات كلها، مع النطاق الظاهر من الخط الزمني</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag the shaded window to pan the timeline; drag elsewhere to show another period; hold Ctrl (or turn on &quot;Drag Sets the Date Filter&quot;) to filter by the dragged dates</source>
        <translation>اسحب المنطقة المظلَّلة لتحريك الخط الزمني؛ واسحب في موضع آخر لعرض فترة أخرى؛ واضغط Ctrl باستمرار (أو فعِّل «تصفية التاريخ بالسحب») للتصفية بالتواريخ المسحوبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A range dragged on the overview becomes the date filter</source>
        <translation>يصبح النطاق المسحوب على النظرة العامة نطاقَ تصفية التاريخ</translation>
    </message>
</context>
<context>
    <name>PositionsPanel</name>
    <message>
        <location filename="../../ui/positionspanel.cpp" line="+26"/>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stated positions of the selected actor, by issue</source>
        <translation>المواقف المعلنة للطرف المحدَّد، مصنَّفة حسب القضية</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>position of %1</source>
        <translation>موقف %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In summary:</source>
        <translation>الملخّص:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, according to %2</source>
        <translation>%1، بحسب %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an actor to see the positions it has stated.</source>
        <translation>حدِّد طرفًا لعرض مواقفه المعلنة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>On one issue only.</source>
        <translation>في قضية واحدة فقط.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every issue</source>
        <translation>إظهار كل القضايا</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stated positions pass the filter.</source>
        <translation>لا مواقف معلنة تجتاز التصفية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stated positions in this dataset.</source>
        <translation>لا مواقف معلنة في مجموعة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>StanceChartView</name>
    <message>
        <location filename="../../ui/stancechartview.cpp" line="+62"/>
        <source>The issue whose stances are charted</source>
        <translation>القضية التي يعرض الرسم البياني المواقف منها</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>● public statement   ■ private   ▲ reported by others</source>
        <translation>● تصريح علني   ■ غير علني   ▲ نقلًا عن آخرين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stance over time</source>
        <translation>الموقف عبر الزمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each actor&apos;s stance on the chosen issue as it changed</source>
        <translation>تطوُّر موقف كل طرف من القضية المختارة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actors charted</source>
        <translation>الأطراف المعروضة في الرسم البياني</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issue:</source>
        <translation>ال&amp;قضية:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue</source>
        <translation>القضية</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%1 (%n statement(s))</source>
        <translation>
            <numerusform>%1 (لا تصريحات)</numerusform>
            <numerusform>%1 (تصريح واحد)</numerusform>
            <numerusform>%1 (تصريحان)</numerusform>
            <numerusform>%1 (%n تصريحات)</numerusform>
            <numerusform>%1 (%n تصريحًا)</numerusform>
            <numerusform>%1 (%n تصريح)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Counting the statements on each issue…</source>
        <translation>جارٍ عدّ التصريحات في كل قضية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stated positions</source>
        <translation>لا مواقف معلنة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no statements pass the filter</source>
        <translation>%1: لا تصريحات تجتاز التصفية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — the %2 actors with most statements, of %3</source>
        <translation>%1 — الأطراف الأكثر تصريحًا (%2 من أصل %3)</translation>
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
        <translation>الأطراف حسب القضية</translation>
    </message>
</context>
<context>
    <name>TableCellsModel</name>
    <message>
        <location filename="../../ui/tablecellsmodel.cpp" line="+87"/>
        <source>Column &quot;%1&quot; is not imported</source>
        <translation>العمود &quot;%1&quot; لا يُستورَد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &quot;%1&quot; is read as: %2</source>
        <translation>يُقرأ العمود &quot;%1&quot; بوصفه: %2</translation>
    </message>
</context>
<context>
    <name>TableReadingModel</name>
    <message>
        <location filename="../../ui/tablereadingmodel.cpp" line="+71"/>
        <source>Row %1 cannot be read:
%2</source>
        <translation>تتعذّر قراءة الصف %1:
%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Why the row cannot be read</source>
        <translation>سبب تعذّر قراءة الصف</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <location filename="../../ui/timelineaccessible.cpp" line="+231"/>
        <source>%Ln event(s), %1</source>
        <extracomment>A period of a lane too dense to list its events: &quot;1,204 events, 2024&quot;.</extracomment>
        <translation>
            <numerusform>لا أحداث، %1</numerusform>
            <numerusform>حدث واحد، %1</numerusform>
            <numerusform>حدثان، %1</numerusform>
            <numerusform>%Ln أحداث، %1</numerusform>
            <numerusform>%Ln حدثًا، %1</numerusform>
            <numerusform>%Ln حدث، %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Drawn as a density strip: %n period(s) with events</source>
        <translation>
            <numerusform>مرسوم على هيئة شريط كثافة: لا فترات فيها أحداث</numerusform>
            <numerusform>مرسوم على هيئة شريط كثافة: فترة واحدة فيها أحداث</numerusform>
            <numerusform>مرسوم على هيئة شريط كثافة: فترتان فيهما أحداث</numerusform>
            <numerusform>مرسوم على هيئة شريط كثافة: %n فترات فيها أحداث</numerusform>
            <numerusform>مرسوم على هيئة شريط كثافة: %n فترةً فيها أحداث</numerusform>
            <numerusform>مرسوم على هيئة شريط كثافة: %n فترة فيها أحداث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>لا أحداث معروضة</numerusform>
            <numerusform>حدث واحد معروض</numerusform>
            <numerusform>حدثان معروضان</numerusform>
            <numerusform>%n أحداث معروضة</numerusform>
            <numerusform>%n حدثًا معروضًا</numerusform>
            <numerusform>%n حدث معروض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1; %n event(s) in view</source>
        <translation>
            <numerusform>%1؛ لا أحداث معروضة</numerusform>
            <numerusform>%1؛ حدث واحد معروض</numerusform>
            <numerusform>%1؛ حدثان معروضان</numerusform>
            <numerusform>%1؛ %n أحداث معروضة</numerusform>
            <numerusform>%1؛ %n حدثًا معروضًا</numerusform>
            <numerusform>%1؛ %n حدث معروض</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timelineview.cpp" line="+42"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The events of each lane in time; the overview above it shows the whole dataset</source>
        <translation>أحداث كل مسار على امتداد الزمن؛ وتعرض النظرة العامة فوقه مجموعة البيانات كلها</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>No events to show</source>
        <translation>لا أحداث لعرضها</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This dataset has no events. Its %n stated position(s) are in Actors × Issues and Stance over Time.</source>
        <translation>
            <numerusform>لا تحتوي مجموعة البيانات هذه على أحداث، ولا على مواقف معلنة تُعرض في «الأطراف × القضايا» و«الموقف عبر الزمن».</numerusform>
            <numerusform>لا تحتوي مجموعة البيانات هذه على أحداث. يمكنك الاطلاع على موقفها المعلن الوحيد في «الأطراف × القضايا» و«الموقف عبر الزمن».</numerusform>
            <numerusform>لا تحتوي مجموعة البيانات هذه على أحداث. يمكنك الاطلاع على موقفيها المعلنين في «الأطراف × القضايا» و«الموقف عبر الزمن».</numerusform>
            <numerusform>لا تحتوي مجموعة البيانات هذه على أحداث. يمكنك الاطلاع على مواقفها المعلنة، وعددها %n، في «الأطراف × القضايا» و«الموقف عبر الزمن».</numerusform>
            <numerusform>لا تحتوي مجموعة البيانات هذه على أحداث. يمكنك الاطلاع على مواقفها المعلنة، وعددها %n، في «الأطراف × القضايا» و«الموقف عبر الزمن».</numerusform>
            <numerusform>لا تحتوي مجموعة البيانات هذه على أحداث. يمكنك الاطلاع على مواقفها المعلنة، وعددها %n، في «الأطراف × القضايا» و«الموقف عبر الزمن».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event passes the filter</source>
        <translation>لا يجتاز أيُّ حدث التصفية</translation>
    </message>
</context>
</TS>
