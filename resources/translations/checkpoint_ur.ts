<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>صارفین (&amp;U)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>ترتیبات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>ڈیٹا (&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ync with HQ</source>
        <translation>‏HQ کے ساتھ سنک (&amp;Y)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not enrolled with HQ yet: nothing can be sent. An IT admin enrolls this device under IT admin › Sync with HQ.</source>
        <translation>یہ آلہ ابھی HQ کے ساتھ رجسٹر نہیں: کچھ بھیجا نہیں جا سکتا۔ آئی ٹی ایڈمن اسے آئی ٹی ایڈمن › HQ کے ساتھ سنک میں رجسٹر کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>all</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/09/01</source>
        <translation>‏YYYY-MM-DD یا 1403/09/01</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>Only an IT admin reads the audit log.</source>
        <translation>آڈٹ لاگ صرف آئی ٹی ایڈمن دیکھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>تاریخیں YYYY-MM-DD کی صورت میں لکھیں، مثلاً ‎2026-12-01۔</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: all %n entries are intact, and every user&apos;s anchor and the entry HQ last acknowledged agree with it.</source>
        <translation>
            <numerusform>آڈٹ لاگ کی تصدیق ہو گئی: %n اندراج درست ہے، اور ہر صارف کا اینکر اور HQ کا آخری تسلیم شدہ اندراج اس سے مطابقت رکھتے ہیں۔</numerusform>
            <numerusform>آڈٹ لاگ کی تصدیق ہو گئی: تمام %n اندراجات درست ہیں، اور ہر صارف کا اینکر اور HQ کا آخری تسلیم شدہ اندراج اس سے مطابقت رکھتے ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log broken: %1 The %n entries of the chain before it verify. Call IT security; change nothing.</source>
        <translation>
            <numerusform>آڈٹ لاگ ٹوٹا ہوا ہے: %1 اس سے پہلے سلسلے کا %n اندراج درست ہے۔ آئی ٹی سیکیورٹی کو بلائیں؛ کچھ تبدیل نہ کریں۔</numerusform>
            <numerusform>آڈٹ لاگ ٹوٹا ہوا ہے: %1 اس سے پہلے سلسلے کے %n اندراجات درست ہیں۔ آئی ٹی سیکیورٹی کو بلائیں؛ کچھ تبدیل نہ کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>تازہ ترین %n اندراج دکھایا جا رہا ہے؛ پرانے اندراجات دیکھنے کے لیے فلٹر محدود کریں۔</numerusform>
            <numerusform>تازہ ترین %n اندراجات دکھائے جا رہے ہیں؛ پرانے اندراجات دیکھنے کے لیے فلٹر محدود کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close day</source>
        <translation>دن بند کریں</translation>
    </message>
    <message>
        <source>Close %1 at %2? Its tally below is frozen, hashed and signed with your name. Records added, corrected or voided for this day afterwards show as late amendments on the next sheet.</source>
        <translation>‏%2 پر %1 کا دن بند کریں؟ نیچے دی گئی اس کی ٹیلی منجمد، ہیش اور آپ کے نام سے دستخط شدہ ہو جائے گی۔ اس کے بعد اس دن کے لیے شامل، درست یا کالعدم کیے گئے ریکارڈ اگلی شیٹ پر تاخیری ترامیم کے طور پر دکھائی دیں گے۔</translation>
    </message>
    <message>
        <source>%1 is not over yet: it is %2 at the checkpoint. Everyone recorded for this day after you close it, until midnight, will be a late amendment, not part of the signed numbers.</source>
        <translation>‏%1 ابھی ختم نہیں ہوا: چیک پوسٹ پر ابھی %2 ہے۔ دن بند کرنے کے بعد آدھی رات تک اس دن کے لیے درج ہر فرد تاخیری ترمیم ہو گا، دستخط شدہ تعداد کا حصہ نہیں۔</translation>
    </message>
    <message>
        <source>Signed &amp;name:</source>
        <translation>دستخط کنندہ کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Close day</source>
        <translation>دن بند کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Type a name or short form to choose; Alt+Down shows the list.</source>
        <translation>انتخاب کے لیے نام یا مختصر نام ٹائپ کریں؛ Alt+Down فہرست دکھاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Only a shift lead takes complaints.</source>
        <translation>شکایات صرف شفٹ انچارج درج کرتا ہے۔</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— منتخب کریں —</translation>
    </message>
    <message>
        <source>What happened, in the person&apos;s words</source>
        <translation>کیا ہوا، فرد کے اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>name, father&apos;s name, document number or record id</source>
        <translation>نام، والد کا نام، دستاویز نمبر یا ریکارڈ آئی ڈی</translation>
    </message>
    <message numerus="yes">
        <source>Searches recent records (days back: %n); a pasted record id finds any record (Enter searches now and goes to the linked record, Down goes there too)</source>
        <translation>
            <numerusform>حالیہ ریکارڈ تلاش کرتا ہے (پچھلے دن: %n)؛ چسپاں کی گئی ریکارڈ آئی ڈی کوئی بھی ریکارڈ ڈھونڈ لیتی ہے (Enter ابھی تلاش کر کے منسلک ریکارڈ پر لے جاتا ہے، Down بھی وہیں لے جاتا ہے)</numerusform>
            <numerusform>حالیہ ریکارڈ تلاش کرتا ہے (پچھلے دن: %n)؛ چسپاں کی گئی ریکارڈ آئی ڈی کوئی بھی ریکارڈ ڈھونڈ لیتی ہے (Enter ابھی تلاش کر کے منسلک ریکارڈ پر لے جاتا ہے، Down بھی وہیں لے جاتا ہے)</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: a phone number or how to reach them</source>
        <translation>اختیاری: فون نمبر یا رابطے کا طریقہ</translation>
    </message>
    <message>
        <source>Sa&amp;ve complaint</source>
        <translation>شکایت محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <source>Save the complaint (%1)</source>
        <translation>شکایت محفوظ کریں (%1)</translation>
    </message>
    <message>
        <source>Save the complaint</source>
        <translation>شکایت محفوظ کریں</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>صاف کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>فارم خالی کریں</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>زمرہ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>تفصیل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find a record</source>
        <translation>ریکارڈ تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>Linked &amp;record</source>
        <translation>منسلک ریکارڈ (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>رابطہ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>فوری نوعیت (&amp;U)</translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation>شکایت درج کریں</translation>
    </message>
    <message>
        <source>Com&amp;plaints taken here</source>
        <translation>یہاں درج شکایات (&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Complaints: %n</source>
        <translation>
            <numerusform>شکایات: %n</numerusform>
            <numerusform>شکایات: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>‏%n فوری</numerusform>
            <numerusform>‏%n فوری</numerusform>
        </translation>
    </message>
    <message>
        <source>No linked record</source>
        <translation>کوئی منسلک ریکارڈ نہیں</translation>
    </message>
    <message>
        <source>%1, father %2 — %3</source>
        <translation>‏%1، والد %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No record has this id.</source>
        <translation>اس آئی ڈی کا کوئی ریکارڈ نہیں۔</translation>
    </message>
    <message>
        <source>The record is linked.</source>
        <translation>ریکارڈ منسلک ہو گیا۔</translation>
    </message>
    <message>
        <source>One record found; it is linked.</source>
        <translation>ایک ریکارڈ ملا؛ وہ منسلک ہو گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records found: choose one under Linked record, or type more to narrow the search.</source>
        <translation>
            <numerusform>ملنے والا پہلا %n ریکارڈ: منسلک ریکارڈ میں سے ایک منتخب کریں، یا تلاش محدود کرنے کے لیے مزید ٹائپ کریں۔</numerusform>
            <numerusform>ملنے والے پہلے %n ریکارڈ: منسلک ریکارڈ میں سے ایک منتخب کریں، یا تلاش محدود کرنے کے لیے مزید ٹائپ کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records found: %n. Choose one under Linked record.</source>
        <translation>
            <numerusform>ملنے والے ریکارڈ: %n۔ منسلک ریکارڈ میں سے ایک منتخب کریں۔</numerusform>
            <numerusform>ملنے والے ریکارڈ: %n۔ منسلک ریکارڈ میں سے ایک منتخب کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No recent record matches (days back: %n).</source>
        <translation>
            <numerusform>کوئی حالیہ ریکارڈ مطابقت نہیں رکھتا (پچھلے دن: %n)۔</numerusform>
            <numerusform>کوئی حالیہ ریکارڈ مطابقت نہیں رکھتا (پچھلے دن: %n)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>a complaint being typed</source>
        <translation>زیرِ تحریر شکایت</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Complaint saved. It goes to the control room with the next sync; its status shows in the list.</source>
        <translation>شکایت محفوظ ہو گئی۔ یہ اگلے سنک کے ساتھ کنٹرول روم کو جائے گی؛ اس کی صورتِ حال فہرست میں نظر آتی ہے۔</translation>
    </message>
    <message>
        <source>Complaint saved.</source>
        <translation>شکایت محفوظ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation>درست کریں: %1</translation>
    </message>
    <message>
        <source>Required, e.g. name misspelled at entry</source>
        <translation>لازمی، مثلاً اندراج کے وقت نام کے ہجے غلط</translation>
    </message>
    <message>
        <source>Kept with the record&apos;s history, beside what changed</source>
        <translation>ریکارڈ کے تاریخچے میں، تبدیلی کے ساتھ محفوظ رہتا ہے</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>درستی محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save the correction (Ctrl+S or Ctrl+Enter). Enter moves to the next field.</source>
        <translation>درستی محفوظ کریں (Ctrl+S یا Ctrl+Enter)۔ Enter اگلے خانے میں لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Why is it corrected?</source>
        <translation>درستی کیوں کی جا رہی ہے؟ (&amp;W)</translation>
    </message>
    <message>
        <source>a correction not saved yet</source>
        <translation>ابھی محفوظ نہ کی گئی درستی</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation>دستاویزات کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation>محفوظ نہیں ہوا: پہلے ان دستاویزات کو دیکھیں جن کے بارے میں ڈیسک نے انتباہ دیا۔</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ کیا جا رہا ہے…</translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <source>Click to sort by this column</source>
        <translation>اس کالم کے مطابق ترتیب دینے کے لیے کلک کریں</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>اس کالم کو ترتیب نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>روانگی کا وقت</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>والد کا نام</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>روانگی کا مقام</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>اندراج کنندہ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>سنک</translation>
    </message>
    <message>
        <source>These records could not be read. Refresh to try again.</source>
        <translation>یہ ریکارڈ پڑھے نہیں جا سکے۔ دوبارہ کوشش کے لیے ریفریش کریں۔</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(حذف شدہ)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>زیرِ التوا</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>سنک شدہ</translation>
    </message>
    <message>
        <source>Personal details were removed after the retention period; the record still counts in every tally.</source>
        <translation>محفوظ رکھنے کی مدت کے بعد ذاتی تفصیلات حذف کر دی گئیں؛ ریکارڈ اب بھی ہر ٹیلی میں شمار ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>کالعدم: %1</translation>
    </message>
    <message>
        <source>The control room refused this version: %1. Correct the record to send it again.</source>
        <translation>کنٹرول روم نے یہ نسخہ مسترد کر دیا: %1۔ دوبارہ بھیجنے کے لیے ریکارڈ درست کریں۔</translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation>کنٹرول روم کو بھیجے جانے کا منتظر</translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation>یہ نسخہ کنٹرول روم کے پاس ہے</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Browse…</source>
        <translation>تلاش کریں…</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>فائل ڈائیلاگ میں منتخب کریں</translation>
    </message>
    <message>
        <source>the register, a .csv file</source>
        <translation>رجسٹر، ایک ‎.csv فائل</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>رجسٹر درآمد کریں</translation>
    </message>
    <message>
        <source>Register &amp;file</source>
        <translation>رجسٹر فائل (&amp;F)</translation>
    </message>
    <message>
        <source>A legacy register saved as CSV (UTF-8). Rows already imported are not added twice; rows that cannot be read are listed with their line and reason.</source>
        <translation>پرانا رجسٹر جو CSV (UTF-8) کے طور پر محفوظ کیا گیا ہو۔ پہلے سے درآمد شدہ قطاریں دوبارہ شامل نہیں ہوتیں؛ جو قطاریں پڑھی نہ جا سکیں وہ اپنی لائن اور وجہ کے ساتھ درج کی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>a new .csv file</source>
        <translation>نئی ‎.csv فائل</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>برآمد کریں (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>آخری دن (&amp;L)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>‏CSV میں برآمد کریں</translation>
    </message>
    <message>
        <source>Fi&amp;rst day</source>
        <translation>پہلا دن (&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport file</source>
        <translation>برآمد فائل (&amp;X)</translation>
    </message>
    <message>
        <source>Every record of those days, voided ones marked. The file holds personal data: keep it safe and delete it when done. The export is written in the audit log.</source>
        <translation>ان دنوں کا ہر ریکارڈ، کالعدم ریکارڈ نشان زدہ۔ فائل میں ذاتی معلومات ہیں: اسے محفوظ رکھیں اور کام ختم ہونے پر حذف کر دیں۔ برآمد آڈٹ لاگ میں درج ہوتی ہے۔</translation>
    </message>
    <message>
        <source>a new file, e.g. on a USB drive</source>
        <translation>نئی فائل، مثلاً USB ڈرائیو پر</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>بیک اپ لیں (&amp;B)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>Bac&amp;kup file</source>
        <translation>بیک اپ فائل (&amp;K)</translation>
    </message>
    <message>
        <source>A copy of the whole database, still encrypted, while work goes on. A key file (the same name ending in .keys) is written beside it: keep the two together, the backup cannot be opened without it.</source>
        <translation>پورے ڈیٹا بیس کی نقل، بدستور خفیہ کردہ، جبکہ کام جاری رہتا ہے۔ اس کے ساتھ ایک کلید فائل (وہی نام، آخر میں ‎.keys) لکھی جاتی ہے: دونوں کو ساتھ رکھیں، اس کے بغیر بیک اپ نہیں کھل سکتا۔</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>محفوظ رکھنے کی مدت</translation>
    </message>
    <message>
        <source>Every day the app removes the personal details (names, birth dates, document numbers, remarks) of records older than the retention period that the control room holds. Counts, tallies and close-outs stay.</source>
        <translation>ایپ ہر روز ان ریکارڈز کی ذاتی تفصیلات (نام، تاریخ پیدائش، دستاویز نمبر، کیفیت) حذف کرتی ہے جو محفوظ رکھنے کی مدت سے پرانے ہوں اور کنٹرول روم کے پاس موجود ہوں۔ تعداد، ٹیلیاں اور دن کی بندشیں باقی رہتی ہیں۔</translation>
    </message>
    <message>
        <source>The purge has not run yet.</source>
        <translation>حذف کرنے کا عمل ابھی نہیں چلا۔</translation>
    </message>
    <message numerus="yes">
        <source>Last run %1 (records older than %2 days): %n purged</source>
        <translation>
            <numerusform>آخری بار %1 (%2 دن سے پرانے ریکارڈ): %n حذف کیا گیا</numerusform>
            <numerusform>آخری بار %1 (%2 دن سے پرانے ریکارڈ): %n حذف کیے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept until the control room holds them.</source>
        <translation>
            <numerusform>؛ %n کنٹرول روم کے پاس پہنچنے تک رکھا گیا۔</numerusform>
            <numerusform>؛ %n کنٹرول روم کے پاس پہنچنے تک رکھے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>کچھ نہیں چل رہا۔</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>The report of the last import shows here.</source>
        <translation>آخری درآمد کی رپورٹ یہاں نظر آتی ہے۔</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیش رفت</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>درآمد کی رپورٹ</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>‏CSV فائلیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>‏CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db)</source>
        <translation>چیک پوسٹ بیک اپ (*.db)</translation>
    </message>
    <message>
        <source>Wait for the running task to finish.</source>
        <translation>جاری کام ختم ہونے کا انتظار کریں۔</translation>
    </message>
    <message>
        <source>Only an IT admin imports.</source>
        <translation>درآمد صرف آئی ٹی ایڈمن کرتا ہے۔</translation>
    </message>
    <message>
        <source>Only an IT admin exports.</source>
        <translation>برآمد صرف آئی ٹی ایڈمن کرتا ہے۔</translation>
    </message>
    <message>
        <source>Only an IT admin backs up.</source>
        <translation>بیک اپ صرف آئی ٹی ایڈمن لیتا ہے۔</translation>
    </message>
    <message>
        <source>Stop the import after the current chunk; what was saved stays</source>
        <translation>موجودہ حصے کے بعد درآمد روک دیں؛ جو محفوظ ہو چکا وہ باقی رہے گا</translation>
    </message>
    <message>
        <source>An export or a backup cannot be stopped part-way.</source>
        <translation>برآمد یا بیک اپ کو درمیان میں نہیں روکا جا سکتا۔</translation>
    </message>
    <message>
        <source>Stopping after the current chunk…</source>
        <translation>موجودہ حصے کے بعد روکا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Type or choose the register file first.</source>
        <translation>پہلے رجسٹر فائل ٹائپ یا منتخب کریں۔</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>‏%1 پر کوئی فائل نہیں۔</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>‏%1 درآمد کی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>‏%1 پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>‏%m میں سے %v قطاریں</translation>
    </message>
    <message numerus="yes">
        <source>Records imported: %n.</source>
        <translation>
            <numerusform>درآمد شدہ ریکارڈ: %n۔</numerusform>
            <numerusform>درآمد شدہ ریکارڈ: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already present (not added again): %n.</source>
        <translation>
            <numerusform>پہلے سے موجود (دوبارہ شامل نہیں کیے گئے): %n۔</numerusform>
            <numerusform>پہلے سے موجود (دوبارہ شامل نہیں کیے گئے): %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected: %n.</source>
        <translation>
            <numerusform>مسترد قطاریں: %n۔</numerusform>
            <numerusform>مسترد قطاریں: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records skipped: %n.</source>
        <translation>
            <numerusform>چھوڑے گئے کالعدم ریکارڈ: %n۔</numerusform>
            <numerusform>چھوڑے گئے کالعدم ریکارڈ: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled part-way. The rows counted here are saved; import the same file again to finish (nothing is added twice).</source>
        <translation>درمیان میں منسوخ کر دیا گیا۔ یہاں گنی گئی قطاریں محفوظ ہیں؛ مکمل کرنے کے لیے وہی فائل دوبارہ درآمد کریں (کچھ دوبارہ شامل نہیں ہوتا)۔</translation>
    </message>
    <message>
        <source>The rejected rows, with their line and reason, are in %1. Correct them there and import that file.</source>
        <translation>مسترد قطاریں، اپنی لائن اور وجہ کے ساتھ، %1 میں ہیں۔ انہیں وہاں درست کریں اور وہ فائل درآمد کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. Records saved: %n.</source>
        <translation>
            <numerusform>درآمد منسوخ کر دی گئی۔ محفوظ شدہ ریکارڈ: %n۔</numerusform>
            <numerusform>درآمد منسوخ کر دی گئی۔ محفوظ شدہ ریکارڈ: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished. Records added: %n.</source>
        <translation>
            <numerusform>درآمد مکمل ہو گئی۔ شامل کیے گئے ریکارڈ: %n۔</numerusform>
            <numerusform>درآمد مکمل ہو گئی۔ شامل کیے گئے ریکارڈ: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; nothing is overwritten.</source>
        <translation>‏%1 پہلے سے موجود ہے۔ فائل کا نیا نام منتخب کریں؛ کچھ بھی اوور رائٹ نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>‏%1 نام کا کوئی فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>Type or choose the file to export to first.</source>
        <translation>پہلے وہ فائل ٹائپ یا منتخب کریں جس میں برآمد کرنا ہے۔</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>برآمد کیا جا رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Records: %n.</source>
        <translation>
            <numerusform>‏%1 میں برآمد ہو گیا۔ ریکارڈ: %n۔</numerusform>
            <numerusform>‏%1 میں برآمد ہو گیا۔ ریکارڈ: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the file to back up to first.</source>
        <translation>پہلے وہ فائل ٹائپ یا منتخب کریں جس میں بیک اپ لینا ہے۔</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>بیک اپ لیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Backup written to %1. Keep the key file %2 with it: the backup cannot be opened without it. It opens with the same users and passwords as this database.</source>
        <translation>بیک اپ %1 میں لکھ دیا گیا۔ کلید فائل %2 اس کے ساتھ رکھیں: اس کے بغیر بیک اپ نہیں کھل سکتا۔ یہ اسی ڈیٹا بیس کے صارفین اور پاس ورڈز سے کھلتا ہے۔</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A Gregorian date (2024-04-03, 20240403 or 03/04/2024) or a Solar Hijri date (1403/01/15), as written on the document. Alt+Down opens a calendar.</source>
        <translation>عیسوی تاریخ (‎2024-04-03، 20240403 یا 03/04/2024) یا ہجری شمسی تاریخ (1403/01/15)، جیسے دستاویز پر لکھی ہو۔ Alt+Down کیلنڈر کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>کیلنڈر (Alt+Down)</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>DayInput</name>
    <message>
        <source>A day: 2026-12-01, 20261201 or 01/12/2026 (or Solar Hijri 1405/09/10). Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation>ایک دن: ‎2026-12-01، 20261201 یا 01/12/2026 (یا ہجری شمسی 1405/09/10)۔ Up اور Down دن بدلتے ہیں؛ Alt+Down کیلنڈر کھولتا ہے۔</translation>
    </message>
</context>
<context>
    <name>DocumentRows</name>
    <message>
        <source>Remove this document (Ctrl+Shift+D)</source>
        <translation>یہ دستاویز ہٹائیں (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Document type: type p (PoR), a (ACC), pa (passport), t (Tazkira), v (visa).</source>
        <translation>دستاویز کی قسم: p (PoR)، a (ACC)، pa (پاسپورٹ)، t (تذکرہ)، v (ویزا) ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Document number, as printed.</source>
        <translation>دستاویز نمبر، جیسا چھپا ہوا ہے۔</translation>
    </message>
    <message>
        <source>What you found: type v (verified), e (expired), m (mismatch), n (not presented). Required.</source>
        <translation>جو آپ نے پایا: v (تصدیق شدہ)، e (میعاد ختم)، m (عدم مطابقت)، n (پیش نہیں کی گئی) ٹائپ کریں۔ لازمی۔</translation>
    </message>
    <message>
        <source>Issuing country, three letters (AFG, PAK).</source>
        <translation>جاری کرنے والا ملک، تین حروف (AFG، PAK)۔</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>قسم *</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Result *</source>
        <translation>نتیجہ *</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>جاری کنندہ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>میعاد</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Expired on %1: the result is %2.</source>
        <translation>‏%1 کو میعاد ختم ہو گئی: نتیجہ %2 ہے۔</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>‏%1 کو میعاد ختم ہو گئی۔</translation>
    </message>
    <message>
        <source>No document. Ctrl+D adds one.</source>
        <translation>کوئی دستاویز نہیں۔ Ctrl+D ایک شامل کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Next steps</source>
        <translation>اگلے اقدامات</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is ready.&lt;/b&gt; Next, on the IT admin screen:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Users&lt;/b&gt;: add the shift leads and clerks, each with a first password they change at their first sign-in;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sync with HQ&lt;/b&gt;: enroll this computer with the one-time code from the control room;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: make a first backup, and keep backing up.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;ڈیٹا بیس تیار ہے۔&lt;/b&gt; اب آئی ٹی ایڈمن اسکرین پر:&lt;ol&gt;&lt;li&gt;&lt;b&gt;صارفین&lt;/b&gt;: شفٹ انچارج اور کلرک شامل کریں، ہر ایک کو ابتدائی پاس ورڈ کے ساتھ جسے وہ پہلی بار سائن ان پر بدلیں گے؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;HQ کے ساتھ سنک&lt;/b&gt;: کنٹرول روم سے ملنے والے یک وقتی کوڈ سے اس کمپیوٹر کو رجسٹر کریں؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;ڈیٹا&lt;/b&gt;: پہلا بیک اپ لیں، اور بیک اپ لیتے رہیں۔&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Checkpoint — first start</source>
        <translation>چیک پوسٹ — پہلا آغاز</translation>
    </message>
    <message>
        <source>as printed under the signature on tally sheets</source>
        <translation>جیسا ٹیلی شیٹس پر دستخط کے نیچے چھپتا ہے</translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation>چیک پوسٹ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>ٹائم زون (&amp;T)</translation>
    </message>
    <message>
        <source>IT admin &amp;user name</source>
        <translation>آئی ٹی ایڈمن کا صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>IT admin&apos;s &amp;full name</source>
        <translation>آئی ٹی ایڈمن کا پورا نام (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>There is no Checkpoint database on this computer yet. Create it here; the IT admin then adds the other users.</source>
        <translation>اس کمپیوٹر پر ابھی چیک پوسٹ کا کوئی ڈیٹا بیس نہیں۔ اسے یہاں بنائیں؛ پھر آئی ٹی ایڈمن دوسرے صارفین شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>The records will be kept, encrypted, in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;and the keys to open them in&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;p&gt;Keep both, and back them up together: the database cannot be opened without its key file, and a key file opens no other database.&lt;/p&gt;</source>
        <translation>ریکارڈ خفیہ کر کے یہاں رکھے جائیں گے:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;اور انہیں کھولنے کی کلیدیں یہاں:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;p&gt;دونوں کو رکھیں اور ان کا بیک اپ ساتھ ساتھ لیں: کلید فائل کے بغیر ڈیٹا بیس نہیں کھل سکتا، اور ایک کلید فائل کوئی دوسرا ڈیٹا بیس نہیں کھولتی۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the IT admin&apos;s user name.</source>
        <translation>آئی ٹی ایڈمن کا صارف نام ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <source>The household: Ctrl+PgDown and Ctrl+PgUp move between people, Ctrl+M adds a member.</source>
        <translation>گھرانہ: Ctrl+PgDown اور Ctrl+PgUp افراد کے درمیان لے جاتے ہیں، Ctrl+M رکن شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>Peo&amp;ple</source>
        <translation>افراد (&amp;P)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>رکن ہٹائیں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>رکن شامل کریں</translation>
    </message>
    <message>
        <source>Save household</source>
        <translation>گھرانہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Enter moves to the next field.</source>
        <translation>‏Enter اگلے خانے میں لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>Your role does not record crossings.</source>
        <translation>آپ کا کردار روانگیاں درج نہیں کرتا۔</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>گھرانہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>رکن شامل کریں</translation>
    </message>
    <message>
        <source>Remove the member shown</source>
        <translation>دکھایا گیا رکن ہٹائیں</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>دستاویز شامل کریں</translation>
    </message>
    <message>
        <source>Remove the document the cursor is in</source>
        <translation>وہ دستاویز ہٹائیں جس میں کرسر ہے</translation>
    </message>
    <message>
        <source>Next person in the household</source>
        <translation>گھرانے کا اگلا فرد</translation>
    </message>
    <message>
        <source>Previous person in the household</source>
        <translation>گھرانے کا پچھلا فرد</translation>
    </message>
    <message>
        <source>Discard the household</source>
        <translation>گھرانہ ترک کریں</translation>
    </message>
    <message>
        <source>Remove %1 from this household? What was typed for them is lost.</source>
        <translation>‏%1 کو اس گھرانے سے ہٹائیں؟ ان کے لیے جو ٹائپ کیا گیا وہ ضائع ہو جائے گا۔</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>یہ رکن</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ابھی نام نہیں)</translation>
    </message>
    <message>
        <source>head</source>
        <translation>سربراہ</translation>
    </message>
    <message>
        <source>member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>گھرانے کا سربراہ</translation>
    </message>
    <message>
        <source>Member %1 of %2</source>
        <translation>رکن %1 از %2</translation>
    </message>
    <message>
        <source>%1 read: every check digit correct, but it expired on %2. Result: %3.</source>
        <translation>‏%1 پڑھ لیا گیا: ہر چیک ڈیجٹ درست، لیکن اس کی میعاد %2 کو ختم ہو گئی۔ نتیجہ: %3۔</translation>
    </message>
    <message>
        <source>%1 read: every check digit correct.</source>
        <translation>‏%1 پڑھ لیا گیا: ہر چیک ڈیجٹ درست۔</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>دستاویز نمبر</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>میعاد</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>ذاتی نمبر</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>مجموعی</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>%1 read, but not every check passed (%2): look at the marked fields and decide.</source>
        <translation>‏%1 پڑھ لیا گیا، لیکن ہر جانچ درست نہیں نکلی (%2): نشان زدہ خانے دیکھ کر فیصلہ کریں۔</translation>
    </message>
    <message>
        <source>%1 read: look at the marked fields.</source>
        <translation>‏%1 پڑھ لیا گیا: نشان زدہ خانے دیکھیں۔</translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation>دستاویزات کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation>محفوظ نہیں ہوا: پہلے ان دستاویزات کو دیکھیں جن کے بارے میں ڈیسک نے انتباہ دیا۔</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…اور %n مزید۔</numerusform>
            <numerusform>…اور %n مزید۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved. Fix what is marked in red (%n): </source>
        <translation>
            <numerusform>محفوظ نہیں ہوا۔ سرخ نشان زدہ چیز درست کریں (%n): </numerusform>
            <numerusform>محفوظ نہیں ہوا۔ سرخ نشان زدہ چیزیں درست کریں (%n): </numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit failed on this document: look at it and choose the check result.</source>
        <translation>اس دستاویز پر ایک چیک ڈیجٹ غلط نکلا: اسے دیکھیں اور جانچ کا نتیجہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>سربراہ</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>رکن %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ کیا جا رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1: %2. People: %n.</source>
        <translation>
            <numerusform>‏%1 بجے محفوظ ہوا: %2۔ افراد: %n۔</numerusform>
            <numerusform>‏%1 بجے محفوظ ہوا: %2۔ افراد: %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>a household being typed on New crossing</source>
        <translation>نئی روانگی پر زیرِ تحریر گھرانہ</translation>
    </message>
    <message>
        <source>Discard household</source>
        <translation>گھرانہ ترک کریں</translation>
    </message>
    <message>
        <source>Discard everything typed for this household?</source>
        <translation>اس گھرانے کے لیے ٹائپ کیا گیا سب کچھ ترک کر دیں؟</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>Not saved yet</source>
        <translation>ابھی محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>This is not saved yet:</source>
        <translation>یہ ابھی محفوظ نہیں ہوا:</translation>
    </message>
    <message>
        <source>Save it before leaving, discard it, or cancel and go back to it.</source>
        <translation>جانے سے پہلے اسے محفوظ کریں، ترک کریں، یا منسوخ کر کے اس پر واپس جائیں۔</translation>
    </message>
    <message>
        <source>Only the signed-in user can save it: sign out and lose it, or cancel.</source>
        <translation>اسے صرف سائن ان شدہ صارف محفوظ کر سکتا ہے: سائن آؤٹ کر کے اسے کھو دیں، یا منسوخ کریں۔</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ترک کریں (&amp;D)</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>لاک کھولیں (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>سائن آؤٹ (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;لاک ہے&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1. Type your password to go on; nothing you typed has been lost.</source>
        <translation>‏%1 کے طور پر سائن ان۔ جاری رکھنے کے لیے اپنا پاس ورڈ ٹائپ کریں؛ آپ کا ٹائپ کیا ہوا کچھ ضائع نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>سیشن (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ابھی لاک کریں (&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>ابھی سنک کریں (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Switch user / sign out</source>
        <translation>صارف بدلیں / سائن آؤٹ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ایپ بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>منظر</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ترجیحات (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Checkpoint</source>
        <translation>چیک پوسٹ کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <source>Checkpoint — %1</source>
        <translation>چیک پوسٹ — %1</translation>
    </message>
    <message>
        <source>Departures recorded today at this checkpoint (voided ones not counted)</source>
        <translation>اس چیک پوسٹ پر آج درج روانگیاں (کالعدم شمار نہیں)</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>سنک: ترتیب نہیں دیا گیا</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending</source>
        <translation>سنک: %1 · %2 زیرِ التوا</translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · آخری %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n rejected</source>
        <translation>
            <numerusform> · %n مسترد</numerusform>
            <numerusform> · %n مسترد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n</source>
        <translation>
            <numerusform>آج: %n</numerusform>
            <numerusform>آج: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>About Checkpoint</source>
        <translation>چیک پوسٹ کے بارے میں</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint %1&lt;/b&gt;&lt;p&gt;Records departures and document checks at border checkpoints, offline, encrypted, and sends them to the control room when the link is up.&lt;/p&gt;</source>
        <translation>&lt;b&gt;چیک پوسٹ %1&lt;/b&gt;&lt;p&gt;سرحدی چیک پوسٹوں پر روانگیاں اور دستاویزات کی جانچ آف لائن اور خفیہ طور پر درج کرتی ہے، اور رابطہ بحال ہونے پر انہیں کنٹرول روم کو بھیجتی ہے۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The screens are built again in your new preferences: save it first, discard it, or cancel and keep the preferences as they are.</source>
        <translation>آپ کی نئی ترجیحات کے مطابق اسکرینیں دوبارہ بنائی جاتی ہیں: پہلے اسے محفوظ کریں، ترک کریں، یا منسوخ کر کے ترجیحات جوں کی توں رکھیں۔</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>اپنا پاس ورڈ منتخب کریں</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>نیا پاس ورڈ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>Choose a password only you know (at least 8 characters). You will need it at every sign-in.</source>
        <translation>ایسا پاس ورڈ منتخب کریں جو صرف آپ جانتے ہوں (کم از کم 8 حروف)۔ ہر سائن ان پر اس کی ضرورت ہو گی۔</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add document (Ctrl+D)</source>
        <translation>دستاویز شامل کریں (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add a document check (Ctrl+D)</source>
        <translation>دستاویز کی جانچ شامل کریں (Ctrl+D)</translation>
    </message>
    <message>
        <source>Full name as written on the document; names are never split.</source>
        <translation>پورا نام جیسا دستاویز پر لکھا ہے؛ نام کبھی تقسیم نہیں کیے جاتے۔</translation>
    </message>
    <message>
        <source>Type m or f.</source>
        <translation>‏m یا f ٹائپ کریں (مرد یا عورت)۔</translation>
    </message>
    <message>
        <source>Age in whole years (0 to 120). Or give the birth date.</source>
        <translation>پورے سالوں میں عمر (0 سے 120)۔ یا تاریخ پیدائش دیں۔</translation>
    </message>
    <message>
        <source>esti&amp;mated</source>
        <translation>اندازاً (&amp;M)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/01/15</source>
        <translation>‏YYYY-MM-DD یا 1403/01/15</translation>
    </message>
    <message>
        <source>Three-letter country code (AFG, PAK).</source>
        <translation>ملک کا تین حرفی کوڈ (AFG، PAK)۔</translation>
    </message>
    <message>
        <source>Province in Pakistan: type a name or short form (KP, KPK, ICT, AJK, GB).</source>
        <translation>پاکستان کا صوبہ: نام یا مختصر نام ٹائپ کریں (KP، KPK، ICT، AJK، GB)۔</translation>
    </message>
    <message>
        <source>Province in Afghanistan: type the first letters (nan, kab, kun).</source>
        <translation>افغانستان کا صوبہ: پہلے چند حروف ٹائپ کریں (nan، kab، kun)۔</translation>
    </message>
    <message>
        <source>Type v (voluntary), d (deported) or a (assisted).</source>
        <translation>‏v (رضاکارانہ)، d (ملک بدر) یا a (معاونت سے) ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Voluntary repatriation form number, if any.</source>
        <translation>رضاکارانہ وطن واپسی فارم (VRF) کا نمبر، اگر ہو۔</translation>
    </message>
    <message>
        <source>Vu&amp;lnerabilities, remarks and native script</source>
        <translation>کمزوریاں، کیفیت اور مقامی رسم الخط (&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide vulnerability flags, remarks and the names in native script (Alt+L). Never required.</source>
        <translation>کمزوری کے نشانات، کیفیت اور مقامی رسم الخط میں نام دکھائیں یا چھپائیں (Alt+L)۔ کبھی لازمی نہیں۔</translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation>کیفیت (اختیاری)</translation>
    </message>
    <message>
        <source>Full name in native script</source>
        <translation>مقامی رسم الخط میں پورا نام</translation>
    </message>
    <message>
        <source>Father&apos;s name in native script</source>
        <translation>مقامی رسم الخط میں والد کا نام</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>پورا نام (&amp;F)</translation>
    </message>
    <message>
        <source>Fa&amp;ther&apos;s name</source>
        <translation>والد کا نام (&amp;T)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>جنس (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>عمر (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>تاریخ پیدائش (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>قومیت (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Origin province</source>
        <translation>روانگی کا صوبہ (&amp;O)</translation>
    </message>
    <message>
        <source>Origin &amp;district</source>
        <translation>روانگی کا ضلع (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;estination</source>
        <translation>منزل (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Return type</source>
        <translation>واپسی کی قسم (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;VRF number</source>
        <translation>‏VRF نمبر (&amp;V)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* لازمی</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>جانچی گئی دستاویزات</translation>
    </message>
    <message numerus="yes">
        <source>Flags: %n</source>
        <translation>
            <numerusform>نشانات: %n</numerusform>
            <numerusform>نشانات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>native script</source>
        <translation>مقامی رسم الخط</translation>
    </message>
    <message>
        <source>The head&apos;s name: type to replace it.</source>
        <translation>سربراہ کا نام: بدلنے کے لیے ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>The document gives no sex: choose one.</source>
        <translation>دستاویز میں جنس درج نہیں: ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>Check digit failed: compare with the document.</source>
        <translation>چیک ڈیجٹ غلط: دستاویز سے موازنہ کریں۔</translation>
    </message>
    <message>
        <source>Not a valid date in the zone: type it from the document.</source>
        <translation>‏MRZ میں درست تاریخ نہیں: دستاویز سے دیکھ کر ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Number: check digit failed, compare it with the document.</source>
        <translation>نمبر: چیک ڈیجٹ غلط، دستاویز سے موازنہ کریں۔</translation>
    </message>
    <message>
        <source>Composite check digit failed: compare number, birth date and expiry with the document.</source>
        <translation>مجموعی چیک ڈیجٹ غلط: نمبر، تاریخ پیدائش اور میعاد کا دستاویز سے موازنہ کریں۔</translation>
    </message>
    <message>
        <source>Expiry: not a valid date in the zone, type it from the document.</source>
        <translation>میعاد: MRZ میں درست تاریخ نہیں، دستاویز سے دیکھ کر ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Expiry: check digit failed, compare it with the document.</source>
        <translation>میعاد: چیک ڈیجٹ غلط، دستاویز سے موازنہ کریں۔</translation>
    </message>
    <message>
        <source>Choose the result once you have looked at the document.</source>
        <translation>دستاویز دیکھنے کے بعد نتیجہ منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source>Automatic (as the app was started)</source>
        <translation>خودکار (جیسے ایپ شروع کی گئی)</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاطینی (0123)</translation>
    </message>
    <message>
        <source>Eastern Arabic-Indic (۰۱۲۳)</source>
        <translation>مشرقی عربی-ہندی (۰۱۲۳)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>عیسوی</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>ہجری شمسی</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;High contrast (black on white)</source>
        <translation>زیادہ کنٹراسٹ (سفید پر سیاہ) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>ہندسے (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>کیلنڈر (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>متن کا سائز (&amp;T)</translation>
    </message>
    <message>
        <source>Dates can be typed in either calendar, whichever is shown.</source>
        <translation>تاریخیں کسی بھی کیلنڈر میں ٹائپ کی جا سکتی ہیں، جو بھی دکھایا جا رہا ہو۔</translation>
    </message>
</context>
<context>
    <name>PurgeSchedule</name>
    <message>
        <source>Old personal details could not be purged: %1 It is tried again within the hour.</source>
        <translation>پرانی ذاتی تفصیلات حذف نہیں ہو سکیں: %1 ایک گھنٹے کے اندر دوبارہ کوشش کی جائے گی۔</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>واپس کریں (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>نقل کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>نہیں (&amp;N)</translation>
    </message>
</context>
<context>
    <name>RecentSavesModel</name>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (کالعدم)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — people: %n</source>
        <translation>
            <numerusform>‏%1 — افراد: %n</numerusform>
            <numerusform>‏%1 — افراد: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>گزشتہ روز %1</translation>
    </message>
</context>
<context>
    <name>RecentSavesPanel</name>
    <message>
        <source>Re&amp;cently saved at this desk</source>
        <translation>اس ڈیسک پر حال ہی میں محفوظ کیے گئے (&amp;C)</translation>
    </message>
    <message>
        <source>The last households saved here, newest first. Check here before typing a household again; Enter opens one.</source>
        <translation>یہاں محفوظ کیے گئے آخری گھرانے، تازہ ترین پہلے۔ کسی گھرانے کو دوبارہ ٹائپ کرنے سے پہلے یہاں دیکھیں؛ Enter ایک کو کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Nothing saved here since yesterday.</source>
        <translation>کل سے یہاں کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>جاری کنندہ</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>میعاد</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طریقہ</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>جانچ کنندہ</translation>
    </message>
    <message>
        <source>Saved despite</source>
        <translation>انتباہ کے باوجود محفوظ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نظرِ ثانی</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>کیوں</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>تبدیلیاں (پرانا ← نیا)</translation>
    </message>
    <message>
        <source>&amp;Document checks</source>
        <translation>دستاویزات کی جانچ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>تاریخچہ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>درست کریں (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>کالعدم کریں (&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بند کریں (Esc)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(حذف شدہ)</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>ریکارڈ: %1</translation>
    </message>
    <message>
        <source>VOID — reason: %1</source>
        <translation>کالعدم — وجہ: %1</translation>
    </message>
    <message>
        <source>Late amendment to a closed day</source>
        <translation>بند شدہ دن میں تاخیری ترمیم</translation>
    </message>
    <message>
        <source>Personal details removed after the retention period</source>
        <translation>محفوظ رکھنے کی مدت کے بعد ذاتی تفصیلات حذف کر دی گئیں</translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation>کنٹرول روم کو بھیجے جانے کا منتظر</translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation>یہ نسخہ کنٹرول روم کے پاس ہے</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>‏%1 (اندازاً)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>‏%1 بوقت %2</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>روانگی کا وقت</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>اندراج کنندہ</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Document checks (%n)</source>
        <translation>
            <numerusform>دستاویزات کی جانچ (%n)</numerusform>
            <numerusform>دستاویزات کی جانچ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (HQ&apos;s lists, version %2)</source>
        <translation>‏%1 (HQ کی فہرستیں، نسخہ %2)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>درج کیا گیا</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>درست کیا گیا</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>کالعدم کیا گیا</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>کالعدم</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Late amendment</source>
        <translation>تاخیری ترمیم</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Correct what was recorded (Alt+C)</source>
        <translation>جو درج کیا گیا اسے درست کریں (Alt+C)</translation>
    </message>
    <message>
        <source>Only a shift lead can void a record.</source>
        <translation>ریکارڈ صرف شفٹ انچارج کالعدم کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Void this record with a reason (Alt+V)</source>
        <translation>وجہ کے ساتھ یہ ریکارڈ کالعدم کریں (Alt+V)</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>درستی محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Record voided.</source>
        <translation>ریکارڈ کالعدم کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Any day</source>
        <translation>کوئی بھی دن</translation>
    </message>
    <message>
        <source>Name, father&apos;s name or document number</source>
        <translation>نام، والد کا نام یا دستاویز نمبر</translation>
    </message>
    <message>
        <source>Spelling variants match: Mohammad finds Muhammad and Mohammed. Ctrl+F comes here; Enter searches now and goes to the list, Down goes to the list; there, Enter opens the record.</source>
        <translation>ہجے کے مختلف انداز بھی ملتے ہیں: Mohammad سے Muhammad اور Mohammed بھی مل جاتے ہیں۔ Ctrl+F یہاں لاتا ہے؛ Enter ابھی تلاش کر کے فہرست پر لے جاتا ہے، Down فہرست پر لے جاتا ہے؛ وہاں Enter ریکارڈ کھولتا ہے۔</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>تمام صوبے</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>تمام دستاویزات</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>تمام نتائج</translation>
    </message>
    <message>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>زیرِ التوا</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>سنک شدہ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation>کالعدم بھی دکھائیں (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>فلٹر صاف کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>تلاش (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>سے (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تک (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>صوبہ (&amp;P):</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>دستاویز (&amp;U):</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>نتیجہ (&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>سنک (&amp;Y):</translation>
    </message>
    <message>
        <source>Enter or double-click opens the record</source>
        <translation>‏Enter یا ڈبل کلک ریکارڈ کھولتا ہے</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>گنتی ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Records: more than %Ln</source>
        <translation>
            <numerusform>ریکارڈ: %Ln سے زیادہ</numerusform>
            <numerusform>ریکارڈ: %Ln سے زیادہ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: %Ln</source>
        <translation>
            <numerusform>ریکارڈ: %Ln</numerusform>
            <numerusform>ریکارڈ: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore</source>
        <translation>بحالی</translation>
    </message>
    <message>
        <source>a backup file, with its .keys file beside it</source>
        <translation>بیک اپ فائل، جس کے ساتھ اس کی ‎.keys فائل ہو</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>تلاش کریں…</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>بحال کریں (&amp;O)…</translation>
    </message>
    <message>
        <source>Only an IT admin restores a backup.</source>
        <translation>بیک اپ صرف آئی ٹی ایڈمن بحال کرتا ہے۔</translation>
    </message>
    <message>
        <source>Restore fro&amp;m</source>
        <translation>بحالی کا ماخذ (&amp;M)</translation>
    </message>
    <message>
        <source>Put a backup of this database back in its place, once it is checked.</source>
        <translation>اس ڈیٹا بیس کا بیک اپ، جانچ کے بعد، اس کی جگہ واپس رکھیں۔</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بیک اپ بحال کریں</translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db);;All files (*)</source>
        <translation>چیک پوسٹ بیک اپ (*.db);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Type or choose the backup file first.</source>
        <translation>پہلے بیک اپ فائل ٹائپ یا منتخب کریں۔</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>‏%1 نام کی کوئی فائل نہیں۔</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>بیک اپ کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the database was not changed. Sign in again.</source>
        <translation>بیک اپ اپنی جگہ نہیں رکھا جا سکا (%1)؛ ڈیٹا بیس تبدیل نہیں ہوا۔ دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>بیک اپ بحال ہو گیا۔ دوبارہ سائن ان کریں۔</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>بیک اپ بحال کریں</translation>
    </message>
    <message>
        <source>Replace this computer&apos;s database with the backup %1?

Everything recorded since that backup was made will no longer be in the database. The database in use now is kept beside it as a dated copy. Everyone is signed out and signs in to the restored database.</source>
        <translation>اس کمپیوٹر کے ڈیٹا بیس کی جگہ بیک اپ %1 رکھیں؟

اس بیک اپ کے بعد درج کیا گیا سب کچھ ڈیٹا بیس میں نہیں رہے گا۔ موجودہ ڈیٹا بیس اس کے ساتھ تاریخ والی نقل کے طور پر رکھا جاتا ہے۔ سب صارفین سائن آؤٹ ہو جاتے ہیں اور بحال شدہ ڈیٹا بیس میں سائن ان کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation>آپ کا پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بحال کریں (&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>ترتیبات محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <source>Save the settings (Enter)</source>
        <translation>ترتیبات محفوظ کریں (Enter)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>واپس لائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved settings again</source>
        <translation>محفوظ شدہ ترتیبات دوبارہ دکھائیں</translation>
    </message>
    <message>
        <source>Only an IT admin changes the settings.</source>
        <translation>ترتیبات صرف آئی ٹی ایڈمن بدلتا ہے۔</translation>
    </message>
    <message>
        <source>%1 to %2; 0 never locks</source>
        <translation>‏%1 سے %2؛ 0 کبھی لاک نہیں کرتا</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>‏%1 سے %2</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>ٹائم زون (&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Idle lock, minutes</source>
        <translation>غیر فعالی پر لاک، منٹ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Keep personal data, days</source>
        <translation>ذاتی معلومات رکھیں، دن (&amp;K)</translation>
    </message>
    <message>
        <source>HQ&apos;s lists &amp;out of date after, days</source>
        <translation>‏HQ کی فہرستیں پرانی شمار ہوں، اتنے دن بعد (&amp;O)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The time zone decides which day a crossing counts on. A new time zone applies to records saved from now on; records already saved keep the day they were counted on.&lt;/p&gt;&lt;p&gt;The window locks itself after the idle minutes without a key press or mouse use.&lt;/p&gt;&lt;p&gt;Personal details are removed from this computer that many days after the control room holds them; the counts stay for the tallies.&lt;/p&gt;&lt;p&gt;HQ&apos;s lists (cancelled cards, documents recorded at other checkpoints, policy dates) older than that many days are shown as out of date: the desk&apos;s warnings may be missing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ٹائم زون طے کرتا ہے کہ روانگی کس دن میں شمار ہو۔ نیا ٹائم زون اب سے محفوظ کیے جانے والے ریکارڈز پر لاگو ہوتا ہے؛ پہلے سے محفوظ ریکارڈ اسی دن میں رہتے ہیں جس میں شمار ہوئے تھے۔&lt;/p&gt;&lt;p&gt;اتنے منٹ تک کوئی کی دبائی نہ جائے یا ماؤس استعمال نہ ہو تو ونڈو خود لاک ہو جاتی ہے۔&lt;/p&gt;&lt;p&gt;کنٹرول روم کے پاس پہنچنے کے اتنے دن بعد ذاتی تفصیلات اس کمپیوٹر سے حذف کر دی جاتی ہیں؛ ٹیلیوں کے لیے تعداد باقی رہتی ہے۔&lt;/p&gt;&lt;p&gt;اتنے دن سے پرانی HQ کی فہرستیں (منسوخ شدہ کارڈ، دوسری چیک پوسٹوں پر درج دستاویزات، پالیسی کی تاریخیں) پرانی دکھائی جاتی ہیں: ہو سکتا ہے ڈیسک کے انتباہات نامکمل ہوں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checkpoint settings</source>
        <translation>چیک پوسٹ کی ترتیبات</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>ترتیبات محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as they were.</source>
        <translation>محفوظ کرنے کو کچھ نہیں: ترتیبات پہلے جیسی ہیں۔</translation>
    </message>
</context>
<context>
    <name>SheetJobs</name>
    <message>
        <source>Export the tally sheet as PDF</source>
        <translation>ٹیلی شیٹ PDF کے طور پر برآمد کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>‏PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped; nothing was printed.</source>
        <translation>روک دیا گیا؛ کچھ پرنٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Tally sheet saved to %1</source>
        <translation>ٹیلی شیٹ %1 میں محفوظ ہو گئی</translation>
    </message>
    <message>
        <source>Tally sheet sent to the printer.</source>
        <translation>ٹیلی شیٹ پرنٹر کو بھیج دی گئی۔</translation>
    </message>
    <message>
        <source>The sheet could not be written to %1 (%2). Choose another printer or folder.</source>
        <translation>شیٹ %1 میں نہیں لکھی جا سکی (%2)۔ کوئی دوسرا پرنٹر یا فولڈر منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Everywhere</source>
        <translation>ہر جگہ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کیز</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>کیا کرتا ہے</translation>
    </message>
    <message>
        <source>Alt and an underlined letter goes to that field or presses that button. A correction uses the same keys as New crossing.</source>
        <translation>‏Alt اور خط کشیدہ حرف اس خانے پر لے جاتا ہے یا وہ بٹن دباتا ہے۔ درستی میں وہی کیز استعمال ہوتی ہیں جو نئی روانگی میں۔</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Checkpoint — sign in</source>
        <translation>چیک پوسٹ — سائن ان</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>سائن ان</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Checkpoint&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;چیک پوسٹ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Demo database — nothing here is real. Sign in as:</source>
        <translation>ڈیمو ڈیٹا بیس — یہاں کچھ بھی حقیقی نہیں۔ اس کے طور پر سائن ان کریں:</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>اپنا صارف نام اور پاس ورڈ ٹائپ کریں۔</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>optional: SHA-256 fingerprint of HQ&apos;s certificate</source>
        <translation>اختیاری: HQ کے سرٹیفکیٹ کا SHA-256 فنگر پرنٹ</translation>
    </message>
    <message>
        <source>&amp;Enroll with HQ</source>
        <translation>‏HQ کے ساتھ رجسٹر کریں (&amp;E)</translation>
    </message>
    <message>
        <source>Only an IT admin can enroll the device.</source>
        <translation>آلے کو صرف آئی ٹی ایڈمن رجسٹر کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>‏HQ کا پتہ (&amp;A)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>یک وقتی کوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;pin</source>
        <translation>سرٹیفکیٹ پن (&amp;P)</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>رجسٹریشن</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>ابھی سنک کریں (&amp;N)</translation>
    </message>
    <message>
        <source>Send pending records to HQ now</source>
        <translation>زیرِ التوا ریکارڈ ابھی HQ کو بھیجیں</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>‏HQ کی وجہ</translation>
    </message>
    <message>
        <source>Enter or double-click opens a rejected record</source>
        <translation>‏Enter یا ڈبل کلک مسترد ریکارڈ کھولتا ہے</translation>
    </message>
    <message>
        <source>Re&amp;jected by HQ (corrected records are sent again):</source>
        <translation>‏HQ کی طرف سے مسترد (درست کیے گئے ریکارڈ دوبارہ بھیجے جاتے ہیں) (&amp;J):</translation>
    </message>
    <message>
        <source>Recent problems:</source>
        <translation>حالیہ مسائل:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>Sync: sending · %1 sent · %2 pending · %3 rejected</source>
        <translation>سنک: بھیجا جا رہا ہے · %1 بھیجے گئے · %2 زیرِ التوا · %3 مسترد</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending · %3 rejected · last success %4</source>
        <translation>سنک: %1 · %2 زیرِ التوا · %3 مسترد · آخری کامیابی %4</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n times since %1)</source>
        <translation>
            <numerusform>‏(%1 سے %n بار)</numerusform>
            <numerusform>‏(%1 سے %n بار)</numerusform>
        </translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet, so nothing can be sent. Type HQ&apos;s address and the one-time code HQ gave you, then press Enroll with HQ.</source>
        <translation>یہ آلہ ابھی HQ کے ساتھ رجسٹر نہیں، اس لیے کچھ بھیجا نہیں جا سکتا۔ HQ کا پتہ اور HQ کا دیا ہوا یک وقتی کوڈ ٹائپ کریں، پھر HQ کے ساتھ رجسٹر کریں دبائیں۔</translation>
    </message>
    <message>
        <source>Type HQ&apos;s address and the one-time code.</source>
        <translation>‏HQ کا پتہ اور یک وقتی کوڈ ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>رجسٹر کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Enrolled with HQ at %1.</source>
        <translation>‏%1 کو HQ کے ساتھ رجسٹر ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>TallySheet</name>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>والد کا نام</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Age estimated</source>
        <translation>عمر اندازاً</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation>روانگی کا صوبہ</translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation>روانگی کا ضلع</translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation>منزل کا صوبہ</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>واپسی کی قسم</translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation>‏VRF نمبر</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>کمزوریاں</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Time of crossing</source>
        <translation>روانگی کا وقت</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>کالعدم</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>کالعدم کرنے کی وجہ</translation>
    </message>
    <message>
        <source>Tally sheet</source>
        <translation>ٹیلی شیٹ</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>چیک پوسٹ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>‏%1 سے %2</translation>
    </message>
    <message>
        <source>Shift from %1 to %2</source>
        <translation>شفٹ %1 سے %2 تک</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>This device&apos;s records</source>
        <translation>اس آلے کے ریکارڈ</translation>
    </message>
    <message>
        <source>Cut-off time</source>
        <translation>اختتامی وقت</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>دن بند</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>تیار کنندہ</translation>
    </message>
    <message>
        <source>Yes: closed by %1 at %2</source>
        <translation>ہاں: %1 نے بوقت %2 بند کیا</translation>
    </message>
    <message>
        <source>No: these numbers may still change</source>
        <translation>نہیں: یہ اعداد ابھی بدل سکتے ہیں</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>‏%2 میں سے %1 دن</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>کل تعداد</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>روانگیاں</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>گھرانے</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Departures by origin province</source>
        <translation>صوبہ وار روانگیاں</translation>
    </message>
    <message>
        <source>Document types shown</source>
        <translation>پیش کی گئی دستاویزات کی اقسام</translation>
    </message>
    <message>
        <source>Document check results</source>
        <translation>دستاویزات کی جانچ کے نتائج</translation>
    </message>
    <message>
        <source>Departures by sex</source>
        <translation>جنس کے لحاظ سے روانگیاں</translation>
    </message>
    <message>
        <source>Departures by age</source>
        <translation>عمر کے لحاظ سے روانگیاں</translation>
    </message>
    <message>
        <source>Departures by return type</source>
        <translation>واپسی کی قسم کے لحاظ سے روانگیاں</translation>
    </message>
    <message>
        <source>Warnings overridden</source>
        <translation>نظر انداز کیے گئے انتباہات</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>دستاویز کی قسم</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>جانچ کا نتیجہ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>کمزوری</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>‏%1 سے %2 سال</translation>
    </message>
    <message>
        <source>%1 years and over</source>
        <translation>‏%1 سال اور زائد</translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed.</source>
        <translation>دن کی بندش پر منجمد: دن بند کرتے وقت دستخط شدہ اعداد۔</translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed. With the changes since, departures now: %1.</source>
        <translation>دن کی بندش پر منجمد: دن بند کرتے وقت دستخط شدہ اعداد۔ بعد کی تبدیلیوں سمیت، اب روانگیاں: %1۔</translation>
    </message>
    <message>
        <source>Changes since the day was closed</source>
        <translation>دن بند ہونے کے بعد کی تبدیلیاں</translation>
    </message>
    <message>
        <source>Late amendments to other closed days made in this period</source>
        <translation>اس مدت میں دوسرے بند شدہ دنوں میں کی گئی تاخیری ترامیم</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>کوئی نہیں۔</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>کیا تبدیل ہوا</translation>
    </message>
    <message>
        <source>Effect on the counts</source>
        <translation>تعداد پر اثر</translation>
    </message>
    <message>
        <source>No count changed</source>
        <translation>کوئی تعداد نہیں بدلی</translation>
    </message>
    <message>
        <source>Voided records of this period</source>
        <translation>اس مدت کے کالعدم ریکارڈ</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>کالعدم کنندہ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>At</source>
        <translation>بوقت</translation>
    </message>
    <message>
        <source>Recorded late</source>
        <translation>تاخیر سے درج</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>درست کیا گیا</translation>
    </message>
    <message>
        <source>Close-outs</source>
        <translation>دن کی بندشیں</translation>
    </message>
    <message>
        <source>No day of this period is closed.</source>
        <translation>اس مدت کا کوئی دن بند نہیں۔</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>بند کنندہ</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>بطور دستخط</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>بند کرنے کا وقت</translation>
    </message>
    <message>
        <source>Total when closed</source>
        <translation>بندش کے وقت کل تعداد</translation>
    </message>
    <message>
        <source>Tally hash (SHA-256)</source>
        <translation>ٹیلی ہیش (SHA-256)</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>شفٹ انچارج</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Generated by %1 at %2. Checkpoint tally sheet.</source>
        <translation>‏%1 نے بوقت %2 تیار کی۔ چیک پوسٹ ٹیلی شیٹ۔</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>Departures by origin province</source>
        <translation>صوبہ وار روانگیاں</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>ایک دن</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>دنوں کی حد</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>شفٹ</translation>
    </message>
    <message>
        <source>Ta&amp;lly of:</source>
        <translation>ٹیلی برائے (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>دن (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تک (&amp;T):</translation>
    </message>
    <message>
        <source>Other times</source>
        <translation>دیگر اوقات</translation>
    </message>
    <message>
        <source>Sh&amp;ift:</source>
        <translation>شفٹ (&amp;I):</translation>
    </message>
    <message>
        <source>When the shift starts, checkpoint time</source>
        <translation>شفٹ شروع ہونے کا وقت، چیک پوسٹ کا وقت</translation>
    </message>
    <message>
        <source>When the shift ends; a time not after the start is on the next day (22:00–06:00)</source>
        <translation>شفٹ ختم ہونے کا وقت؛ جو وقت آغاز کے بعد نہ ہو وہ اگلے دن کا ہے (22:00–06:00)</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>آغاز (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>اختتام (&amp;E):</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>پرنٹ کا پیش منظر (&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>‏PDF برآمد کریں (&amp;X)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>منسوخ کریں (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close day…</source>
        <translation>دن بند کریں (&amp;C)…</translation>
    </message>
    <message>
        <source>Your role does not allow closing a day.</source>
        <translation>آپ کا کردار دن بند کرنے کی اجازت نہیں دیتا۔</translation>
    </message>
    <message>
        <source>Your role does not allow printing tally sheets.</source>
        <translation>آپ کا کردار ٹیلی شیٹس پرنٹ کرنے کی اجازت نہیں دیتا۔</translation>
    </message>
    <message>
        <source>Your role does not allow tallies. Ask a shift lead.</source>
        <translation>آپ کا کردار ٹیلی کی اجازت نہیں دیتا۔ شفٹ انچارج سے کہیں۔</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>سے (&amp;F):</translation>
    </message>
    <message numerus="yes">
        <source>Departures: %n</source>
        <translation>
            <numerusform>روانگیاں: %n</numerusform>
            <numerusform>روانگیاں: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation>
            <numerusform>گھرانے: %n</numerusform>
            <numerusform>گھرانے: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No departures in this period.</source>
        <translation>اس مدت میں کوئی روانگی نہیں۔</translation>
    </message>
    <message>
        <source>%1, shift %2 to %3</source>
        <translation>‏%1، شفٹ %2 سے %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>‏%1 سے %2</translation>
    </message>
    <message>
        <source>Frozen numbers, as signed at the close-out. Departures now, with the changes since: %1.</source>
        <translation>منجمد اعداد، جیسے دن کی بندش پر دستخط ہوئے۔ بعد کی تبدیلیوں سمیت اب روانگیاں: %1۔</translation>
    </message>
    <message numerus="yes">
        <source>Late amendments since the close-out: %n.</source>
        <translation>
            <numerusform>دن کی بندش کے بعد تاخیری ترامیم: %n۔</numerusform>
            <numerusform>دن کی بندش کے بعد تاخیری ترامیم: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late amendments to other days made in this period: %n.</source>
        <translation>
            <numerusform>اس مدت میں دوسرے دنوں میں کی گئی تاخیری ترامیم: %n۔</numerusform>
            <numerusform>اس مدت میں دوسرے دنوں میں کی گئی تاخیری ترامیم: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records: %n.</source>
        <translation>
            <numerusform>کالعدم ریکارڈ: %n۔</numerusform>
            <numerusform>کالعدم ریکارڈ: %n۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days closed in this period: %n of %1.</source>
        <translation>
            <numerusform>اس مدت میں بند شدہ دن: %1 میں سے %n۔</numerusform>
            <numerusform>اس مدت میں بند شدہ دن: %1 میں سے %n۔</numerusform>
        </translation>
    </message>
    <message>
        <source>This day is not closed: its numbers may still change.</source>
        <translation>یہ دن بند نہیں: اس کے اعداد ابھی بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Closed by %1 (signed “%2”) at %3. Departures when closed: %4. Tally hash: %5</source>
        <translation>‏%1 نے (بطور دستخط “%2”) بوقت %3 بند کیا۔ بندش کے وقت روانگیاں: %4۔ ٹیلی ہیش: %5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>HQ: reconciled.</source>
        <translation>‏HQ: مطابقت ہو گئی۔</translation>
    </message>
    <message>
        <source>HQ: not reconciled: the frozen tally does not match its hash at HQ (changed after closing, or damaged on the way).</source>
        <translation>‏HQ: مطابقت نہیں ہوئی: منجمد ٹیلی HQ پر موجود اپنے ہیش سے نہیں ملتی (بند کرنے کے بعد تبدیل کی گئی، یا راستے میں خراب ہوئی)۔</translation>
    </message>
    <message numerus="yes">
        <source>HQ: not reconciled: records of this day not yet at HQ: %n.</source>
        <translation>
            <numerusform>‏HQ: مطابقت نہیں ہوئی: اس دن کا %n ریکارڈ ابھی HQ تک نہیں پہنچا۔</numerusform>
            <numerusform>‏HQ: مطابقت نہیں ہوئی: اس دن کے %n ریکارڈ ابھی HQ تک نہیں پہنچے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has not compared this close-out yet.</source>
        <translation>‏HQ نے ابھی اس دن کی بندش کا موازنہ نہیں کیا۔</translation>
    </message>
    <message>
        <source>Choose one day to close it.</source>
        <translation>بند کرنے کے لیے ایک دن منتخب کریں۔</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>یہ دن پہلے ہی بند ہے۔</translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation>یہ دن ابھی شروع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Freeze this day&apos;s tally, hash it and sign it with your name.</source>
        <translation>اس دن کی ٹیلی منجمد کریں، اس کا ہیش بنائیں اور اپنے نام سے دستخط کریں۔</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>‏%1 بند ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary &amp;password</source>
        <translation>عارضی پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>پاس ورڈ دوبارہ (&amp;W)</translation>
    </message>
    <message>
        <source>Type a temporary password.</source>
        <translation>عارضی پاس ورڈ ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>براہِ کرم انتظار کریں…</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>D&amp;isable…</source>
        <translation>غیر فعال کریں (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>پاس ورڈ ری سیٹ کریں (&amp;R)…</translation>
    </message>
    <message>
        <source>Re-&amp;enable…</source>
        <translation>دوبارہ فعال کریں (&amp;E)…</translation>
    </message>
    <message>
        <source>Change full name…</source>
        <translation>پورا نام بدلیں…</translation>
    </message>
    <message>
        <source>e.g. shah.wali</source>
        <translation>مثلاً shah.wali</translation>
    </message>
    <message>
        <source>as signed on tally sheets</source>
        <translation>جیسا ٹیلی شیٹس پر دستخط ہوتا ہے</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>صارف شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Add the user (Enter)</source>
        <translation>صارف شامل کریں (Enter)</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>صارف نام (&amp;N)</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>پورا نام (&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>کردار (&amp;O)</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>ابتدائی پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>پاس ورڈ دوبارہ (&amp;W)</translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They must choose their own at their first sign-in.</source>
        <translation>ابتدائی پاس ورڈ صارف کو بالمشافہ دیں۔ انہیں پہلی بار سائن ان پر اپنا پاس ورڈ منتخب کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <source>Only an IT admin manages users.</source>
        <translation>صارفین کا انتظام صرف آئی ٹی ایڈمن کرتا ہے۔</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>پہلے فہرست میں سے ایک صارف منتخب کریں۔</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>آپ اپنا اکاؤنٹ غیر فعال نہیں کر سکتے۔</translation>
    </message>
    <message>
        <source>This account is already disabled.</source>
        <translation>یہ اکاؤنٹ پہلے ہی غیر فعال ہے۔</translation>
    </message>
    <message>
        <source>This account is disabled: re-enable it instead.</source>
        <translation>یہ اکاؤنٹ غیر فعال ہے: اس کے بجائے اسے دوبارہ فعال کریں۔</translation>
    </message>
    <message>
        <source>This account is active.</source>
        <translation>یہ اکاؤنٹ فعال ہے۔</translation>
    </message>
    <message>
        <source>Change the name shown on tally sheets and close-outs</source>
        <translation>ٹیلی شیٹس اور دن کی بندشوں پر دکھایا جانے والا نام بدلیں</translation>
    </message>
    <message>
        <source>Stop this user signing in (their records stay)</source>
        <translation>اس صارف کا سائن ان روک دیں (اس کے ریکارڈ باقی رہیں گے)</translation>
    </message>
    <message>
        <source>Give this user a temporary password they must change</source>
        <translation>اس صارف کو عارضی پاس ورڈ دیں جو اسے بدلنا ہو گا</translation>
    </message>
    <message>
        <source>Let this user sign in again with a temporary password</source>
        <translation>اس صارف کو عارضی پاس ورڈ سے دوبارہ سائن ان کرنے دیں</translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>نئے صارف کا نام ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Type a first password for the user.</source>
        <translation>صارف کے لیے ابتدائی پاس ورڈ ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>‏%1 شامل کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>%1 was added as %2. They must choose their own password at their first sign-in.</source>
        <translation>‏%1 کو بطور %2 شامل کر دیا گیا۔ انہیں پہلی بار سائن ان پر اپنا پاس ورڈ منتخب کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Full name of %1, as printed on tally sheets and close-outs:</source>
        <translation>‏%1 کا پورا نام، جیسا ٹیلی شیٹس اور دن کی بندشوں پر چھپتا ہے:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>The full name of %1 was saved.</source>
        <translation>‏%1 کا پورا نام محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>صارف غیر فعال کریں</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to sign in. Their records stay, and you can re-enable the account later with a new temporary password.</source>
        <translation>‏%1 کو غیر فعال کریں؟ وہ مزید سائن ان نہیں کر سکیں گے۔ ان کے ریکارڈ باقی رہیں گے، اور آپ بعد میں نئے عارضی پاس ورڈ کے ساتھ اکاؤنٹ دوبارہ فعال کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>غیر فعال کریں (&amp;I)</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the database has a new key.</source>
        <translation>‏%1 اب سائن ان نہیں کر سکتا؛ ڈیٹا بیس کی کلید نئی ہو گئی ہے۔</translation>
    </message>
    <message>
        <source>These users need a new password (Reset password): %1</source>
        <translation>ان صارفین کو نئے پاس ورڈ کی ضرورت ہے (پاس ورڈ ری سیٹ کریں): %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>پاس ورڈ ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at their next sign-in.</source>
        <translation>‏%1 کے لیے عارضی پاس ورڈ منتخب کریں اور انہیں بالمشافہ دیں۔ انہیں اگلے سائن ان پر اپنا پاس ورڈ منتخب کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>پاس ورڈ مقرر کریں</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must change it at the next sign-in.</source>
        <translation>‏%1 کے پاس عارضی پاس ورڈ ہے اور اگلے سائن ان پر اسے بدلنا ہو گا۔</translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation>صارف دوبارہ فعال کریں</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again with this temporary password, and must choose their own at the next sign-in.</source>
        <translation>‏%1 اس عارضی پاس ورڈ سے دوبارہ سائن ان کر سکے گا، اور اگلے سائن ان پر اسے اپنا پاس ورڈ منتخب کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>دوبارہ فعال کریں</translation>
    </message>
    <message>
        <source>%1 can sign in again with the temporary password.</source>
        <translation>‏%1 عارضی پاس ورڈ سے دوبارہ سائن ان کر سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void record</source>
        <translation>ریکارڈ کالعدم کریں</translation>
    </message>
    <message>
        <source>e.g. recorded twice</source>
        <translation>مثلاً دو بار درج ہوا</translation>
    </message>
    <message>
        <source>A void record stays in the list, greyed out, and leaves the tally. It cannot be undone.</source>
        <translation>کالعدم ریکارڈ فہرست میں مدھم ہو کر رہتا ہے اور ٹیلی سے نکل جاتا ہے۔ اسے واپس نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>وجہ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Void record</source>
        <translation>ریکارڈ کالعدم کریں (&amp;V)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ کیا جا رہا ہے…</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, recorded by %3</source>
        <translation>‏%1: %2، اندراج کنندہ %3</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>‏%1 تک کارآمد</translation>
    </message>
    <message>
        <source>This desk&apos;s records</source>
        <translation>اس ڈیسک کے ریکارڈ</translation>
    </message>
    <message>
        <source>HQ&apos;s lists, version %1</source>
        <translation>‏HQ کی فہرستیں، نسخہ %1</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>‏%1 پرانی</translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1.</source>
        <translation>اس آلے پر HQ کی فہرستیں: نسخہ %1۔</translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1, current at HQ on %2 (%3).</source>
        <translation>اس آلے پر HQ کی فہرستیں: نسخہ %1، جو %2 کو HQ پر تازہ ترین تھا (%3)۔</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>محفوظ کرنے سے پہلے جانچ کریں</translation>
    </message>
    <message numerus="yes">
        <source>Documents with warnings: %n. Look at the documents and the person again: save only if you are sure. Saving anyway keeps the warnings with the record.</source>
        <translation>
            <numerusform>انتباہ والی دستاویز: %n۔ دستاویز اور فرد کو دوبارہ دیکھیں: صرف یقین ہونے پر محفوظ کریں۔ پھر بھی محفوظ کرنے سے انتباہات ریکارڈ کے ساتھ رہتے ہیں۔</numerusform>
            <numerusform>انتباہ والی دستاویزات: %n۔ دستاویزات اور فرد کو دوبارہ دیکھیں: صرف یقین ہونے پر محفوظ کریں۔ پھر بھی محفوظ کرنے سے انتباہات ریکارڈ کے ساتھ رہتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>پایا گیا</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>واپس جائیں (&amp;G)</translation>
    </message>
    <message>
        <source>Back to the form; nothing is saved (Esc)</source>
        <translation>فارم پر واپس؛ کچھ محفوظ نہیں ہوتا (Esc)</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>پھر بھی محفوظ کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Save, keeping these warnings with the record (Alt+A)</source>
        <translation>یہ انتباہات ریکارڈ کے ساتھ رکھتے ہوئے محفوظ کریں (Alt+A)</translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>براہِ کرم انتظار کریں…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>پاس ورڈ بدلنا لازمی</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>سائن ان کر سکتا ہے</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>شامل کیا گیا</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>‏%1 از %2</translation>
    </message>
    <message>
        <source>%1 (role not verified)</source>
        <translation>‏%1 (کردار کی تصدیق نہیں ہوئی)</translation>
    </message>
    <message>
        <source>This user&apos;s role was changed outside Checkpoint and cannot be trusted. Reset their password to grant the account again.</source>
        <translation>اس صارف کا کردار چیک پوسٹ ایپ سے باہر تبدیل کیا گیا اور قابلِ اعتماد نہیں۔ اکاؤنٹ کو دوبارہ اختیار دینے کے لیے اس کا پاس ورڈ ری سیٹ کریں۔</translation>
    </message>
    <message>
        <source>This user has no key to the database and cannot sign in.</source>
        <translation>اس صارف کے پاس ڈیٹا بیس کی کلید نہیں اور یہ سائن ان نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>لائن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New crossing</source>
        <translation>نئی روانگی</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Daily tally</source>
        <translation>روزانہ ٹیلی</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation>آئی ٹی ایڈمن</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>چیک پوسٹ</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>متعلقہ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Hamal</source>
        <translation>حمل</translation>
    </message>
    <message>
        <source>Sawr</source>
        <translation>ثور</translation>
    </message>
    <message>
        <source>Jawza</source>
        <translation>جوزا</translation>
    </message>
    <message>
        <source>Saratan</source>
        <translation>سرطان</translation>
    </message>
    <message>
        <source>Asad</source>
        <translation>اسد</translation>
    </message>
    <message>
        <source>Sonbola</source>
        <translation>سنبلہ</translation>
    </message>
    <message>
        <source>Mizan</source>
        <translation>میزان</translation>
    </message>
    <message>
        <source>Aqrab</source>
        <translation>عقرب</translation>
    </message>
    <message>
        <source>Qaws</source>
        <translation>قوس</translation>
    </message>
    <message>
        <source>Jadi</source>
        <translation>جدی</translation>
    </message>
    <message>
        <source>Dalw</source>
        <translation>دلو</translation>
    </message>
    <message>
        <source>Hut</source>
        <translation>حوت</translation>
    </message>
</context>
<context>
    <name>codelists</name>
    <message>
        <source>Balkh</source>
        <extracomment>list af_provinces, native spelling بلخ</extracomment>
        <translation>بلخ</translation>
    </message>
    <message>
        <source>Bamyan</source>
        <extracomment>list af_provinces, native spelling بامیان</extracomment>
        <translation>بامیان</translation>
    </message>
    <message>
        <source>Badghis</source>
        <extracomment>list af_provinces, native spelling بادغیس</extracomment>
        <translation>بادغیس</translation>
    </message>
    <message>
        <source>Badakhshan</source>
        <extracomment>list af_provinces, native spelling بدخشان</extracomment>
        <translation>بدخشاں</translation>
    </message>
    <message>
        <source>Baghlan</source>
        <extracomment>list af_provinces, native spelling بغلان</extracomment>
        <translation>بغلان</translation>
    </message>
    <message>
        <source>Daykundi</source>
        <extracomment>list af_provinces, native spelling دایکندی</extracomment>
        <translation>دائیکنڈی</translation>
    </message>
    <message>
        <source>Farah</source>
        <extracomment>list af_provinces, native spelling فراه</extracomment>
        <translation>فراہ</translation>
    </message>
    <message>
        <source>Faryab</source>
        <extracomment>list af_provinces, native spelling فاریاب</extracomment>
        <translation>فاریاب</translation>
    </message>
    <message>
        <source>Ghazni</source>
        <extracomment>list af_provinces, native spelling غزنی</extracomment>
        <translation>غزنی</translation>
    </message>
    <message>
        <source>Ghor</source>
        <extracomment>list af_provinces, native spelling غور</extracomment>
        <translation>غور</translation>
    </message>
    <message>
        <source>Helmand</source>
        <extracomment>list af_provinces, native spelling هلمند</extracomment>
        <translation>ہلمند</translation>
    </message>
    <message>
        <source>Herat</source>
        <extracomment>list af_provinces, native spelling هرات</extracomment>
        <translation>ہرات</translation>
    </message>
    <message>
        <source>Jowzjan</source>
        <extracomment>list af_provinces, native spelling جوزجان</extracomment>
        <translation>جوزجان</translation>
    </message>
    <message>
        <source>Kabul</source>
        <extracomment>list af_provinces, native spelling کابل</extracomment>
        <translation>کابل</translation>
    </message>
    <message>
        <source>Kandahar</source>
        <extracomment>list af_provinces, native spelling کندهار</extracomment>
        <translation>قندھار</translation>
    </message>
    <message>
        <source>Kapisa</source>
        <extracomment>list af_provinces, native spelling کاپیسا</extracomment>
        <translation>کاپیسا</translation>
    </message>
    <message>
        <source>Kunduz</source>
        <extracomment>list af_provinces, native spelling کندز</extracomment>
        <translation>قندوز</translation>
    </message>
    <message>
        <source>Khost</source>
        <extracomment>list af_provinces, native spelling خوست</extracomment>
        <translation>خوست</translation>
    </message>
    <message>
        <source>Kunar</source>
        <extracomment>list af_provinces, native spelling کنر</extracomment>
        <translation>کنڑ</translation>
    </message>
    <message>
        <source>Laghman</source>
        <extracomment>list af_provinces, native spelling لغمان</extracomment>
        <translation>لغمان</translation>
    </message>
    <message>
        <source>Logar</source>
        <extracomment>list af_provinces, native spelling لوگر</extracomment>
        <translation>لوگر</translation>
    </message>
    <message>
        <source>Nangarhar</source>
        <extracomment>list af_provinces, native spelling ننگرهار</extracomment>
        <translation>ننگرہار</translation>
    </message>
    <message>
        <source>Nimroz</source>
        <extracomment>list af_provinces, native spelling نیمروز</extracomment>
        <translation>نیمروز</translation>
    </message>
    <message>
        <source>Nuristan</source>
        <extracomment>list af_provinces, native spelling نورستان</extracomment>
        <translation>نورستان</translation>
    </message>
    <message>
        <source>Panjshir</source>
        <extracomment>list af_provinces, native spelling پنجشیر</extracomment>
        <translation>پنجشیر</translation>
    </message>
    <message>
        <source>Parwan</source>
        <extracomment>list af_provinces, native spelling پروان</extracomment>
        <translation>پروان</translation>
    </message>
    <message>
        <source>Paktia</source>
        <extracomment>list af_provinces, native spelling پکتیا</extracomment>
        <translation>پکتیا</translation>
    </message>
    <message>
        <source>Paktika</source>
        <extracomment>list af_provinces, native spelling پکتیکا</extracomment>
        <translation>پکتیکا</translation>
    </message>
    <message>
        <source>Samangan</source>
        <extracomment>list af_provinces, native spelling سمنگان</extracomment>
        <translation>سمنگان</translation>
    </message>
    <message>
        <source>Sar-e Pul</source>
        <extracomment>list af_provinces, native spelling سرپل</extracomment>
        <translation>سرِ پل</translation>
    </message>
    <message>
        <source>Takhar</source>
        <extracomment>list af_provinces, native spelling تخار</extracomment>
        <translation>تخار</translation>
    </message>
    <message>
        <source>Uruzgan</source>
        <extracomment>list af_provinces</extracomment>
        <translation>ارزگان</translation>
    </message>
    <message>
        <source>Wardak</source>
        <extracomment>list af_provinces, native spelling وردک</extracomment>
        <translation>وردک</translation>
    </message>
    <message>
        <source>Zabul</source>
        <extracomment>list af_provinces, native spelling زابل</extracomment>
        <translation>زابل</translation>
    </message>
    <message>
        <source>Cancelled by the issuing authority</source>
        <extracomment>list card_reasons</extracomment>
        <translation>جاری کرنے والے ادارے نے منسوخ کیا</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <extracomment>list card_reasons</extracomment>
        <translation>گمشدگی کی اطلاع</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <extracomment>list card_reasons</extracomment>
        <translation>چوری کی اطلاع</translation>
    </message>
    <message>
        <source>Taken into custody</source>
        <extracomment>list card_reasons</extracomment>
        <translation>تحویل میں لیا گیا</translation>
    </message>
    <message>
        <source>Holder deceased</source>
        <extracomment>list card_reasons</extracomment>
        <translation>حامل وفات پا چکا</translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>list card_reasons</extracomment>
        <translation>نئے کارڈ سے تبدیل</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>list check_results</extracomment>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>list check_results</extracomment>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <extracomment>list check_results</extracomment>
        <translation>عدم مطابقت</translation>
    </message>
    <message>
        <source>Suspected forgery</source>
        <extracomment>list check_results</extracomment>
        <translation>جعل سازی کا شبہ</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>list check_results</extracomment>
        <translation>ناقابلِ مطالعہ</translation>
    </message>
    <message>
        <source>Not presented</source>
        <extracomment>list check_results</extracomment>
        <translation>پیش نہیں کی گئی</translation>
    </message>
    <message>
        <source>Extortion or bribe</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>بھتہ یا رشوت</translation>
    </message>
    <message>
        <source>Mistreatment</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>بدسلوکی</translation>
    </message>
    <message>
        <source>Property left behind</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>پیچھے رہ جانے والی جائیداد</translation>
    </message>
    <message>
        <source>Document confiscated</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>دستاویز ضبط کر لی گئی</translation>
    </message>
    <message>
        <source>Family separation</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>خاندان کی علیحدگی</translation>
    </message>
    <message>
        <source>Delay</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>Lost belongings</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>گمشدہ سامان</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Torkham</source>
        <extracomment>list crossing_points, native spelling طورخم</extracomment>
        <translation>طورخم</translation>
    </message>
    <message>
        <source>Chaman</source>
        <extracomment>list crossing_points, native spelling چمن</extracomment>
        <translation>چمن</translation>
    </message>
    <message>
        <source>Ghulam Khan</source>
        <extracomment>list crossing_points, native spelling غلام خان</extracomment>
        <translation>غلام خان</translation>
    </message>
    <message>
        <source>Angoor Adda</source>
        <extracomment>list crossing_points, native spelling انگور اڈہ</extracomment>
        <translation>انگور اڈہ</translation>
    </message>
    <message>
        <source>Kharlachi</source>
        <extracomment>list crossing_points</extracomment>
        <translation>خرلاچی</translation>
    </message>
    <message>
        <source>Badini</source>
        <extracomment>list crossing_points</extracomment>
        <translation>بادینی</translation>
    </message>
    <message>
        <source>Barabcha</source>
        <extracomment>list crossing_points</extracomment>
        <translation>برابچہ</translation>
    </message>
    <message>
        <source>Noor Wahab</source>
        <extracomment>list crossing_points</extracomment>
        <translation>نور وہاب</translation>
    </message>
    <message>
        <source>Returned to holder</source>
        <extracomment>list custody</extracomment>
        <translation>حامل کو واپس</translation>
    </message>
    <message>
        <source>Retained</source>
        <extracomment>list custody</extracomment>
        <translation>رکھ لی گئی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>list custody</extracomment>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Proof of Registration card</source>
        <extracomment>list document_types</extracomment>
        <translation>ثبوتِ رجسٹریشن کارڈ (PoR)</translation>
    </message>
    <message>
        <source>PoR</source>
        <extracomment>list document_types, short for Proof of Registration card</extracomment>
        <translation>PoR</translation>
    </message>
    <message>
        <source>Afghan Citizen Card</source>
        <extracomment>list document_types</extracomment>
        <translation>افغان سٹیزن کارڈ (ACC)</translation>
    </message>
    <message>
        <source>ACC</source>
        <extracomment>list document_types, short for Afghan Citizen Card</extracomment>
        <translation>ACC</translation>
    </message>
    <message>
        <source>Passport</source>
        <extracomment>list document_types</extracomment>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>passport</source>
        <extracomment>list document_types, short for Passport</extracomment>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Tazkira</source>
        <extracomment>list document_types, native spelling تذکره</extracomment>
        <translation>تذکرہ</translation>
    </message>
    <message>
        <source>Visa</source>
        <extracomment>list document_types</extracomment>
        <translation>ویزا</translation>
    </message>
    <message>
        <source>visa</source>
        <extracomment>list document_types, short for Visa</extracomment>
        <translation>ویزا</translation>
    </message>
    <message>
        <source>Other document</source>
        <extracomment>list document_types</extracomment>
        <translation>دیگر دستاویز</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>list document_types, short for Other document</extracomment>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>No document</source>
        <extracomment>list document_types</extracomment>
        <translation>کوئی دستاویز نہیں</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>list document_types, short for No document</extracomment>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Already recorded departing at this desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation>اس ڈیسک پر پہلے ہی روانگی درج ہے</translation>
    </message>
    <message>
        <source>On HQ&apos;s cancelled-cards list</source>
        <extracomment>list document_warnings</extracomment>
        <translation>‏HQ کی منسوخ شدہ کارڈز کی فہرست میں</translation>
    </message>
    <message>
        <source>Recorded departing at another desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation>دوسرے ڈیسک پر روانگی درج ہے</translation>
    </message>
    <message>
        <source>Document type no longer valid by policy</source>
        <extracomment>list document_warnings</extracomment>
        <translation>یہ دستاویز پالیسی کے تحت اب کارآمد نہیں</translation>
    </message>
    <message>
        <source>Visual</source>
        <extracomment>list methods</extracomment>
        <translation>بصری</translation>
    </message>
    <message>
        <source>MRZ</source>
        <extracomment>list methods</extracomment>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>Document reader</source>
        <extracomment>list methods</extracomment>
        <translation>دستاویز ریڈر</translation>
    </message>
    <message>
        <source>Balochistan</source>
        <extracomment>list pk_provinces, native spelling بلوچستان</extracomment>
        <translation>بلوچستان</translation>
    </message>
    <message>
        <source>Gilgit-Baltistan</source>
        <extracomment>list pk_provinces, native spelling گلگت بلتستان</extracomment>
        <translation>گلگت بلتستان</translation>
    </message>
    <message>
        <source>Islamabad Capital Territory</source>
        <extracomment>list pk_provinces, native spelling اسلام آباد</extracomment>
        <translation>اسلام آباد وفاقی دارالحکومت</translation>
    </message>
    <message>
        <source>Khyber Pakhtunkhwa</source>
        <extracomment>list pk_provinces, native spelling خیبر پختونخوا</extracomment>
        <translation>خیبر پختونخوا</translation>
    </message>
    <message>
        <source>Punjab</source>
        <extracomment>list pk_provinces, native spelling پنجاب</extracomment>
        <translation>پنجاب</translation>
    </message>
    <message>
        <source>Sindh</source>
        <extracomment>list pk_provinces, native spelling سندھ</extracomment>
        <translation>سندھ</translation>
    </message>
    <message>
        <source>Azad Jammu and Kashmir</source>
        <extracomment>list pk_provinces, native spelling آزاد جموں و کشمیر</extracomment>
        <translation>آزاد جموں و کشمیر</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <extracomment>list return_types</extracomment>
        <translation>رضاکارانہ</translation>
    </message>
    <message>
        <source>Deported</source>
        <extracomment>list return_types</extracomment>
        <translation>ملک بدر</translation>
    </message>
    <message>
        <source>Assisted</source>
        <extracomment>list return_types</extracomment>
        <translation>معاونت سے</translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>list sexes</extracomment>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Female</source>
        <extracomment>list sexes</extracomment>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Unaccompanied child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>بغیر سرپرست بچہ</translation>
    </message>
    <message>
        <source>Separated child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>خاندان سے بچھڑا بچہ</translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>خاتون سربراہ والا گھرانہ</translation>
    </message>
    <message>
        <source>Disability</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>معذوری</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>سنگین طبی حالت</translation>
    </message>
    <message>
        <source>Older person at risk</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>خطرے سے دوچار بزرگ</translation>
    </message>
    <message>
        <source>Pregnant or lactating</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>حاملہ یا دودھ پلانے والی</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>زیرِ کارروائی</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>آگے بھیجی گئی</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل ہو گئی</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>رابطہ: %1</translation>
    </message>
    <message>
        <source>Linked record %1</source>
        <translation>منسلک ریکارڈ %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>اندراج کا وقت</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوری نوعیت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتِ حال</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>درج کنندہ</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>less than an hour</source>
        <translation>ایک گھنٹے سے کم</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 گھنٹہ</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>‏%n گھنٹہ</numerusform>
            <numerusform>‏%n گھنٹے</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;1 h</source>
        <translation>&lt;1 گھنٹہ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>‏%1 گھنٹے</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>‏%1 دن</translation>
    </message>
    <message>
        <source>Lists: none</source>
        <translation>فہرستیں: کوئی نہیں</translation>
    </message>
    <message>
        <source>Lists: OUT OF DATE</source>
        <translation>فہرستیں: پرانی ہو چکی ہیں</translation>
    </message>
    <message>
        <source>Lists: %1 old</source>
        <translation>فہرستیں: %1 پرانی</translation>
    </message>
    <message>
        <source>Lists from HQ: never received. Warnings about cancelled cards, documents recorded at other checkpoints and policy dates are missing until this device syncs with HQ.</source>
        <translation>‏HQ سے فہرستیں: کبھی موصول نہیں ہوئیں۔ منسوخ شدہ کارڈز، دوسری چیک پوسٹوں پر درج دستاویزات اور پالیسی کی تاریخوں کے انتباہات اس وقت تک نہیں ملیں گے جب تک یہ آلہ HQ کے ساتھ سنک نہ ہو۔</translation>
    </message>
    <message>
        <source>Lists from HQ: version %1, %2 old</source>
        <translation>‏HQ سے فہرستیں: نسخہ %1، %2 پرانی</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>ایک دن</translation>
    </message>
    <message>
        <source>. OUT OF DATE (older than %1): warnings about cancelled cards and documents recorded elsewhere may be missing. Sync with HQ.</source>
        <translation>۔ پرانی ہو چکی ہیں (%1 سے زیادہ پرانی): منسوخ شدہ کارڈز اور کہیں اور درج دستاویزات کے انتباہات غائب ہو سکتے ہیں۔ HQ کے ساتھ سنک کریں۔</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>والد کا نام</translation>
    </message>
    <message>
        <source>Full name (native script)</source>
        <translation>پورا نام (مقامی رسم الخط)</translation>
    </message>
    <message>
        <source>Father&apos;s name (native script)</source>
        <translation>والد کا نام (مقامی رسم الخط)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation>روانگی کا صوبہ</translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation>روانگی کا ضلع</translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation>منزل کا صوبہ</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>واپسی کی قسم</translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation>‏VRF نمبر</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>کمزوریاں</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>دستاویز کی قسم</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>دستاویز نمبر</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>جاری کرنے والا ملک</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>میعاد ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>جانچ کا نتیجہ</translation>
    </message>
    <message>
        <source>Check method</source>
        <translation>جانچ کا طریقہ</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation>درستی کی وجہ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>چیک پوسٹ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>ٹائم زون</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوری نوعیت</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>اتنے منٹ غیر فعالی کے بعد لاک</translation>
    </message>
    <message>
        <source>Keep personal details (days)</source>
        <translation>ذاتی تفصیلات رکھیں (دن)</translation>
    </message>
    <message>
        <source>HQ&apos;s lists out of date after (days)</source>
        <translation>‏HQ کی فہرستیں اتنے دن بعد پرانی (دن)</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>منسلک ریکارڈ</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>کالعدم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>گھرانہ</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>شفٹ انچارج</translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation>آئی ٹی ایڈمن</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Try again; if it happens again, call IT.</source>
        <translation>کچھ غلط ہو گیا اور کچھ محفوظ نہیں ہوا۔ دوبارہ کوشش کریں؛ اگر پھر ایسا ہو تو آئی ٹی کو بلائیں۔</translation>
    </message>
    <message>
        <source>Person %1: </source>
        <translation>فرد %1: </translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>سنک کا مسئلہ: %1</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>ڈسک بھر گئی ہے: کچھ محفوظ نہیں ہوا۔ کچھ جگہ خالی کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The disk is full: nothing was imported. Free some space and import the file again.</source>
        <translation>ڈسک بھر گئی ہے: کچھ درآمد نہیں ہوا۔ کچھ جگہ خالی کر کے فائل دوبارہ درآمد کریں۔</translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list.</source>
        <translation>‏%1: “%2” فہرست میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 is not in the list.</source>
        <translation>‏%1 فہرست میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>‏%1 درست نہیں۔</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>آپ کا کردار اس کی اجازت نہیں دیتا۔</translation>
    </message>
    <message>
        <source>It is no longer there; refresh and try again.</source>
        <translation>یہ اب موجود نہیں؛ ریفریش کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>‏%1 لازمی ہے۔</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>‏%1، %2 حروف سے لمبا ہے۔</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>‏%1، %2 سے %3 تک ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>حد شروع ہونے سے پہلے ختم ہو رہی ہے۔</translation>
    </message>
    <message>
        <source>%1 is not a date. Use YYYY-MM-DD, DD/MM/YYYY or a Solar Hijri date such as 1403/01/15.</source>
        <translation>‏%1 تاریخ نہیں۔ YYYY-MM-DD، DD/MM/YYYY یا ہجری شمسی تاریخ جیسے 1403/01/15 استعمال کریں۔</translation>
    </message>
    <message>
        <source>There is no database here yet.</source>
        <translation>یہاں ابھی کوئی ڈیٹا بیس نہیں۔</translation>
    </message>
    <message>
        <source>That file already exists; choose a new name.</source>
        <translation>یہ فائل پہلے سے موجود ہے؛ نیا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>The database cannot be opened: it is damaged or its key file is missing. Call IT; do not delete anything.</source>
        <translation>ڈیٹا بیس نہیں کھل سکتا: یہ خراب ہے یا اس کی کلید فائل موجود نہیں۔ آئی ٹی کو بلائیں؛ کچھ حذف نہ کریں۔</translation>
    </message>
    <message>
        <source>The database was never set up completely. Call IT; do not delete anything.</source>
        <translation>ڈیٹا بیس کبھی مکمل طور پر ترتیب نہیں دیا گیا۔ آئی ٹی کو بلائیں؛ کچھ حذف نہ کریں۔</translation>
    </message>
    <message>
        <source>The key file beside the database is missing. Call IT; do not delete anything.</source>
        <translation>ڈیٹا بیس کے ساتھ والی کلید فائل موجود نہیں۔ آئی ٹی کو بلائیں؛ کچھ حذف نہ کریں۔</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged. Call IT; do not delete anything.</source>
        <translation>ڈیٹا بیس کے ساتھ والی کلید فائل خراب ہے۔ آئی ٹی کو بلائیں؛ کچھ حذف نہ کریں۔</translation>
    </message>
    <message>
        <source>This file is not a Checkpoint backup, or it is damaged. Nothing was changed.</source>
        <translation>یہ فائل چیک پوسٹ کا بیک اپ نہیں، یا خراب ہے۔ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The backup&apos;s key file (its name ends in .keys) is not beside it. Copy both files together. Nothing was changed.</source>
        <translation>بیک اپ کی کلید فائل (جس کا نام ‎.keys پر ختم ہوتا ہے) اس کے ساتھ موجود نہیں۔ دونوں فائلیں ایک ساتھ نقل کریں۔ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This is a backup of another checkpoint&apos;s database. Nothing was changed.</source>
        <translation>یہ کسی دوسری چیک پوسٹ کے ڈیٹا بیس کا بیک اپ ہے۔ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The key file beside the backup belongs to another database. Nothing was changed.</source>
        <translation>بیک اپ کے ساتھ والی کلید فائل کسی دوسرے ڈیٹا بیس کی ہے۔ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log does not verify: it was changed after it was written. Nothing was changed.</source>
        <translation>بیک اپ کے آڈٹ لاگ کی تصدیق نہیں ہوتی: اسے لکھے جانے کے بعد تبدیل کیا گیا۔ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>آڈٹ اندراج %1 موجود نہیں: اندراجات حذف کیے گئے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>آڈٹ اندراج %1 اپنے سے پہلے والے اندراج کے بعد نہیں آتا۔</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>آڈٹ اندراج %1 لکھے جانے کے بعد تبدیل کیا گیا۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed, though the entries before it are.</source>
        <translation>آڈٹ اندراج %1 پر دستخط نہیں، حالانکہ اس سے پہلے والے اندراجات پر ہیں۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed by %2: it was rewritten and signed again by someone else.</source>
        <translation>آڈٹ اندراج %1 پر %2 کے دستخط نہیں: اسے دوبارہ لکھ کر کسی اور نے دستخط کیے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but %2&apos;s anchor of %3 names it: entries were deleted.</source>
        <translation>آڈٹ اندراج %1 موجود نہیں، لیکن %2 کا %3 کا اینکر اس کا حوالہ دیتا ہے: اندراجات حذف کیے گئے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one %2&apos;s anchor of %3 names: the log was rewritten.</source>
        <translation>آڈٹ اندراج %1 اس اندراج سے مختلف ہے جس کا حوالہ %2 کا %3 کا اینکر دیتا ہے: لاگ دوبارہ لکھا گیا۔</translation>
    </message>
    <message>
        <source>%1&apos;s audit anchor in the key file does not verify: the key file was edited.</source>
        <translation>کلید فائل میں %1 کے آڈٹ اینکر کی تصدیق نہیں ہوتی: کلید فائل میں ترمیم کی گئی۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but HQ holds it: entries were deleted after they were sent.</source>
        <translation>آڈٹ اندراج %1 موجود نہیں، لیکن HQ کے پاس ہے: بھیجے جانے کے بعد اندراجات حذف کیے گئے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the copy HQ holds: the log was rewritten after it was sent.</source>
        <translation>آڈٹ اندراج %1 HQ کے پاس موجود نقل سے مختلف ہے: بھیجے جانے کے بعد لاگ دوبارہ لکھا گیا۔</translation>
    </message>
    <message>
        <source>User name or password not accepted.</source>
        <translation>صارف نام یا پاس ورڈ قبول نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait %1 seconds, then try again.</source>
        <translation>سائن ان کی بہت زیادہ ناکام کوششیں۔ %1 سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask IT.</source>
        <translation>یہ اکاؤنٹ غیر فعال کر دیا گیا ہے۔ آئی ٹی سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>This account is already active.</source>
        <translation>یہ اکاؤنٹ پہلے ہی فعال ہے۔</translation>
    </message>
    <message>
        <source>The sign-in could not be counted (the disk is full or read-only), so it was not tried. Free some space or call IT.</source>
        <translation>سائن ان کی کوشش شمار نہیں ہو سکی (ڈسک بھری ہوئی ہے یا صرف پڑھنے کے لیے ہے)، اس لیے کوشش نہیں کی گئی۔ کچھ جگہ خالی کریں یا آئی ٹی کو بلائیں۔</translation>
    </message>
    <message>
        <source>This account&apos;s role could not be verified: it was changed outside Checkpoint. Ask an IT admin.</source>
        <translation>اس اکاؤنٹ کے کردار کی تصدیق نہیں ہو سکی: اسے چیک پوسٹ ایپ سے باہر تبدیل کیا گیا۔ آئی ٹی ایڈمن سے رابطہ کریں۔</translation>
    </message>
    <message>
        <source>This IT admin account cannot change users or security settings on this device yet: another IT admin must sign in once first.</source>
        <translation>یہ آئی ٹی ایڈمن اکاؤنٹ ابھی اس آلے پر صارفین یا سیکیورٹی ترتیبات نہیں بدل سکتا: پہلے کسی دوسرے آئی ٹی ایڈمن کو ایک بار سائن ان کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>The HQ address or security settings were changed outside Checkpoint, so sync will not run. An IT admin must save the settings again.</source>
        <translation>‏HQ کا پتہ یا سیکیورٹی ترتیبات چیک پوسٹ ایپ سے باہر تبدیل کی گئیں، اس لیے سنک نہیں چلے گا۔ آئی ٹی ایڈمن کو ترتیبات دوبارہ محفوظ کرنی ہوں گی۔</translation>
    </message>
    <message>
        <source>The database&apos;s key was changed (a user was disabled), so you were signed out. Sign in again.</source>
        <translation>ڈیٹا بیس کی کلید بدل گئی (ایک صارف غیر فعال کیا گیا)، اس لیے آپ سائن آؤٹ ہو گئے۔ دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>اس نام کا صارف پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>آپ اپنا اکاؤنٹ غیر فعال نہیں کر سکتے۔</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>صارف نام 1 سے 64 تک حروف، ہندسوں، نقطوں، ڈیش یا انڈر اسکور پر مشتمل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Choose a password of your own: this is the one you signed in with.</source>
        <translation>اپنا پاس ورڈ منتخب کریں: یہ وہی ہے جس سے آپ نے سائن ان کیا۔</translation>
    </message>
    <message>
        <source>There is nobody to save yet.</source>
        <translation>ابھی محفوظ کرنے کے لیے کوئی فرد نہیں۔</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 120 years.</source>
        <translation>‏%1، 0 سے 120 سال تک ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The birth date is after the crossing.</source>
        <translation>تاریخ پیدائش روانگی کے بعد کی ہے۔</translation>
    </message>
    <message>
        <source>%1 must be a three-letter country code such as AFG.</source>
        <translation>‏%1 ملک کا تین حرفی کوڈ ہونا چاہیے، جیسے AFG۔</translation>
    </message>
    <message>
        <source>A clerk may correct only their own records. Ask a shift lead.</source>
        <translation>کلرک صرف اپنے ریکارڈ درست کر سکتا ہے۔ شفٹ انچارج سے کہیں۔</translation>
    </message>
    <message>
        <source>Records can be corrected by the clerk only on the day they were made. Ask a shift lead.</source>
        <translation>کلرک ریکارڈ صرف اسی دن درست کر سکتا ہے جس دن وہ بنائے گئے۔ شفٹ انچارج سے کہیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be corrected.</source>
        <translation>‏%1 درست نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>This record is void and cannot be corrected.</source>
        <translation>یہ ریکارڈ کالعدم ہے اور درست نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation>یہ ریکارڈ پہلے ہی کالعدم ہے۔</translation>
    </message>
    <message>
        <source>This record&apos;s personal details were removed after the retention period, so it can no longer be changed.</source>
        <translation>محفوظ رکھنے کی مدت کے بعد اس ریکارڈ کی ذاتی تفصیلات حذف کر دی گئیں، اس لیے اب اسے تبدیل نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>A check digit failed: choose the check result.</source>
        <translation>ایک چیک ڈیجٹ غلط نکلا: جانچ کا نتیجہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>The document expired on %1: its result cannot be Verified. Choose Expired or what you found.</source>
        <translation>دستاویز کی میعاد %1 کو ختم ہو گئی: اس کا نتیجہ تصدیق شدہ نہیں ہو سکتا۔ میعاد ختم یا جو آپ نے پایا وہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation>یہ دن ابھی شروع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>یہ دن پہلے ہی بند ہے۔</translation>
    </message>
    <message>
        <source>That is not a time zone name (for example Asia/Karachi).</source>
        <translation>یہ ٹائم زون کا نام نہیں (مثلاً Asia/Karachi)۔</translation>
    </message>
    <message>
        <source>A code list of this installation is damaged. Call IT.</source>
        <translation>اس تنصیب کی ایک کوڈ فہرست خراب ہے۔ آئی ٹی کو بلائیں۔</translation>
    </message>
    <message>
        <source>The document reader&apos;s text is not a machine-readable zone. Read the document again.</source>
        <translation>دستاویز ریڈر کا متن مشین سے پڑھا جانے والا حصہ (MRZ) نہیں۔ دستاویز دوبارہ پڑھیں۔</translation>
    </message>
    <message>
        <source>The document reader&apos;s text holds a character no machine-readable zone has. Read the document again.</source>
        <translation>دستاویز ریڈر کے متن میں ایسا حرف ہے جو کسی مشین سے پڑھے جانے والے حصے (MRZ) میں نہیں ہوتا۔ دستاویز دوبارہ پڑھیں۔</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text; save it again as &quot;CSV UTF-8&quot; and retry. Nothing was imported.</source>
        <translation>فائل UTF-8 متن کے طور پر محفوظ نہیں؛ اسے &quot;CSV UTF-8&quot; کے طور پر دوبارہ محفوظ کر کے پھر کوشش کریں۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV. Nothing was imported.</source>
        <translation>فائل CSV کے طور پر پڑھی نہیں جا سکتی۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row. Nothing was imported.</source>
        <translation>فائل خالی ہے؛ اس میں سرخی کی قطار ہونی چاہیے۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The file lacks a required column (%1). Nothing was imported.</source>
        <translation>فائل میں ایک لازمی کالم (%1) موجود نہیں۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>A column appears twice in the header (%1). Nothing was imported.</source>
        <translation>سرخی میں ایک کالم دو بار ہے (%1)۔ کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The row has more values than the header has columns (a comma inside a value that is not in quotes?).</source>
        <translation>قطار میں سرخی کے کالموں سے زیادہ قدریں ہیں (کسی قدر کے اندر کوما جو اقتباسی نشانات میں نہیں؟)۔</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>‏%1 ہاں یا نہیں (yes یا no) ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>‏%1 آج کے بعد کی ہے۔</translation>
    </message>
    <message>
        <source>%1 is not a time. Use HH:MM, from 00:00 to 23:59.</source>
        <translation>‏%1 وقت نہیں۔ HH:MM استعمال کریں، 00:00 سے 23:59 تک۔</translation>
    </message>
    <message>
        <source>A document number is given but no document type.</source>
        <translation>دستاویز نمبر دیا گیا ہے لیکن دستاویز کی قسم نہیں۔</translation>
    </message>
    <message>
        <source>%1 is not a UUID.</source>
        <translation>‏%1 ایک UUID نہیں۔</translation>
    </message>
    <message>
        <source>This UUID is on an earlier line of the file.</source>
        <translation>یہ UUID فائل کی کسی پچھلی لائن میں ہے۔</translation>
    </message>
    <message>
        <source>The command was not written as expected.</source>
        <translation>کمانڈ توقع کے مطابق نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>پاس ورڈ لازمی ہے۔</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>صارف نام لازمی ہے۔</translation>
    </message>
    <message>
        <source>You must choose a new password before anything else.</source>
        <translation>کچھ اور کرنے سے پہلے آپ کو نیا پاس ورڈ منتخب کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>This would leave no active admin; make another admin first.</source>
        <translation>اس سے کوئی فعال ایڈمن باقی نہیں رہے گا؛ پہلے کسی اور کو ایڈمن بنائیں۔</translation>
    </message>
    <message>
        <source>Demo records can only go into a demo database: this one is enrolled with HQ or holds real records.</source>
        <translation>ڈیمو ریکارڈ صرف ڈیمو ڈیٹا بیس میں جا سکتے ہیں: یہ ڈیٹا بیس HQ کے ساتھ رجسٹر ہے یا اس میں حقیقی ریکارڈ ہیں۔</translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet.</source>
        <translation>یہ آلہ ابھی HQ کے ساتھ رجسٹر نہیں۔</translation>
    </message>
    <message>
        <source>HQ cannot be reached: no network, or HQ is down. Records are safe here and will be sent when the link is back.</source>
        <translation>‏HQ تک رسائی نہیں ہو سکتی: نیٹ ورک نہیں، یا HQ بند ہے۔ ریکارڈ یہاں محفوظ ہیں اور رابطہ بحال ہونے پر بھیج دیے جائیں گے۔</translation>
    </message>
    <message>
        <source>HQ did not answer in time (slow link). Smaller batches will be tried.</source>
        <translation>‏HQ نے وقت پر جواب نہیں دیا (سست رابطہ)۔ چھوٹی کھیپیں آزمائی جائیں گی۔</translation>
    </message>
    <message>
        <source>Something other than HQ answered (a Wi-Fi login page or a proxy?). Nothing was marked as sent.</source>
        <translation>‏HQ کے بجائے کسی اور نے جواب دیا (Wi-Fi لاگ ان صفحہ یا پراکسی؟)۔ کسی چیز کو بھیجا ہوا نشان زد نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>HQ no longer accepts this device (revoked, or never enrolled). Sync has stopped; IT must enroll the device again.</source>
        <translation>‏HQ اب اس آلے کو قبول نہیں کرتا (اجازت منسوخ کر دی گئی، یا کبھی رجسٹر نہیں ہوا)۔ سنک رک گیا ہے؛ آئی ٹی کو آلہ دوبارہ رجسٹر کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>HQ speaks another version of the sync protocol. Update the app.</source>
        <translation>‏HQ سنک پروٹوکول کا دوسرا نسخہ استعمال کرتا ہے۔ ایپ اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>HQ is busy; sync will try again shortly.</source>
        <translation>‏HQ مصروف ہے؛ سنک جلد دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>HQ had an internal problem; sync will try again.</source>
        <translation>‏HQ میں اندرونی مسئلہ ہوا؛ سنک دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>HQ found a single record too large to take.</source>
        <translation>‏HQ کو ایک ریکارڈ لینے کے لیے بہت بڑا ملا۔</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted (wrong address, or not the pinned certificate).</source>
        <translation>‏HQ کا سرٹیفکیٹ قبول نہیں ہوا (غلط پتہ، یا پن کیا گیا سرٹیفکیٹ نہیں)۔</translation>
    </message>
    <message>
        <source>HQ refused the code: wrong, expired, or already used by another device.</source>
        <translation>‏HQ نے کوڈ مسترد کر دیا: غلط، میعاد ختم، یا کسی دوسرے آلے نے پہلے ہی استعمال کر لیا۔</translation>
    </message>
    <message>
        <source>HQ&apos;s address must start with https://.</source>
        <translation>‏HQ کا پتہ https://‎ سے شروع ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>یہ ویب پتہ نہیں۔</translation>
    </message>
    <message>
        <source>HQ&apos;s address answered with a redirect to another address. Sync never follows redirects: enter HQ&apos;s own https:// address. Nothing was sent there.</source>
        <translation>‏HQ کے پتے نے کسی دوسرے پتے کی طرف ری ڈائریکٹ کیا۔ سنک کبھی ری ڈائریکٹ کی پیروی نہیں کرتا: HQ کا اپنا https://‎ پتہ درج کریں۔ وہاں کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>The certificate pin must be the SHA-256 fingerprint of HQ&apos;s certificate (64 hexadecimal digits), not MD5 or SHA-1.</source>
        <translation>سرٹیفکیٹ پن HQ کے سرٹیفکیٹ کا SHA-256 فنگر پرنٹ (64 ہیکساڈیسیمل ہندسے) ہونا چاہیے، MD5 یا SHA-1 نہیں۔</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate is not the pinned one: something else may be answering for HQ. Nothing was sent. Call IT.</source>
        <translation>‏HQ کا سرٹیفکیٹ پن کیا گیا سرٹیفکیٹ نہیں: ہو سکتا ہے کوئی اور HQ کی جگہ جواب دے رہا ہو۔ کچھ نہیں بھیجا گیا۔ آئی ٹی کو بلائیں۔</translation>
    </message>
    <message>
        <source>HQ is holding back this device&apos;s audit entries.</source>
        <translation>‏HQ اس آلے کے آڈٹ اندراجات روکے ہوئے ہے۔</translation>
    </message>
    <message>
        <source>HQ refused the request.</source>
        <translation>‏HQ نے درخواست مسترد کر دی۔</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly; the log has details for IT.</source>
        <translation>سنک غیر متوقع طور پر ناکام ہو گیا؛ آئی ٹی کے لیے تفصیلات لاگ میں ہیں۔</translation>
    </message>
    <message>
        <source>HQ did not take this record.</source>
        <translation>‏HQ نے یہ ریکارڈ نہیں لیا۔</translation>
    </message>
    <message>
        <source>HQ could not store this record; it will be sent again once corrected.</source>
        <translation>‏HQ یہ ریکارڈ محفوظ نہیں کر سکا؛ درست کرنے کے بعد یہ دوبارہ بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>HQ already holds this revision of the record with other contents.</source>
        <translation>‏HQ کے پاس ریکارڈ کی یہ نظرِ ثانی مختلف مواد کے ساتھ پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>HQ holds this record for another checkpoint.</source>
        <translation>‏HQ کے پاس یہ ریکارڈ کسی دوسری چیک پوسٹ کے تحت ہے۔</translation>
    </message>
    <message>
        <source>The record was damaged on the way to HQ.</source>
        <translation>ریکارڈ HQ تک پہنچتے ہوئے راستے میں خراب ہو گیا۔</translation>
    </message>
    <message>
        <source>HQ has this device under another checkpoint. Call IT.</source>
        <translation>‏HQ کے پاس یہ آلہ کسی دوسری چیک پوسٹ کے تحت درج ہے۔ آئی ٹی کو بلائیں۔</translation>
    </message>
    <message>
        <source>Another device recorded this at HQ; only that device can change it.</source>
        <translation>یہ HQ پر کسی دوسرے آلے نے درج کیا؛ صرف وہی آلہ اسے تبدیل کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>HQ could not read the request.</source>
        <translation>‏HQ درخواست پڑھ نہیں سکا۔</translation>
    </message>
    <message>
        <source>HQ does not know this device. IT must enroll it again.</source>
        <translation>‏HQ اس آلے کو نہیں جانتا۔ آئی ٹی کو اسے دوبارہ رجسٹر کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>HQ holds this record for another device.</source>
        <translation>‏HQ کے پاس یہ ریکارڈ کسی دوسرے آلے کے تحت ہے۔</translation>
    </message>
    <message>
        <source>HQ does not know this enrollment code; check it, or ask HQ for a new one.</source>
        <translation>‏HQ یہ رجسٹریشن کوڈ نہیں جانتا؛ اسے جانچیں، یا HQ سے نیا کوڈ مانگیں۔</translation>
    </message>
    <message>
        <source>This enrollment code has expired or was withdrawn; ask HQ for a new one.</source>
        <translation>اس رجسٹریشن کوڈ کی میعاد ختم ہو گئی یا اسے واپس لے لیا گیا؛ HQ سے نیا کوڈ مانگیں۔</translation>
    </message>
    <message>
        <source>This enrollment code was already used by another device; ask HQ for a new one.</source>
        <translation>یہ رجسٹریشن کوڈ کسی دوسرے آلے نے پہلے ہی استعمال کر لیا؛ HQ سے نیا کوڈ مانگیں۔</translation>
    </message>
    <message>
        <source>This enrollment code was made to re-enroll another device; ask HQ for a code for this one.</source>
        <translation>یہ رجسٹریشن کوڈ کسی دوسرے آلے کو دوبارہ رجسٹر کرنے کے لیے بنایا گیا تھا؛ HQ سے اس آلے کے لیے کوڈ مانگیں۔</translation>
    </message>
    <message>
        <source>HQ already has this device enrolled; to enroll it again, HQ must make a code for this device with controlroom enroll --device.</source>
        <translation>یہ آلہ HQ پر پہلے سے رجسٹر ہے؛ اسے دوبارہ رجسٹر کرنے کے لیے HQ کو controlroom enroll --device سے اس آلے کے لیے کوڈ بنانا ہو گا۔</translation>
    </message>
    <message>
        <source>HQ revoked this device; only HQ can readmit it, with a code made for this device by controlroom enroll --device.</source>
        <translation>‏HQ نے یہ آلہ منسوخ کر دیا؛ صرف HQ اسے دوبارہ شامل کر سکتا ہے، controlroom enroll --device سے اس آلے کے لیے بنائے گئے کوڈ کے ذریعے۔</translation>
    </message>
    <message>
        <source>HQ is receiving too many requests from here; sync will try again shortly.</source>
        <translation>‏HQ کو یہاں سے بہت زیادہ درخواستیں مل رہی ہیں؛ سنک جلد دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>HQ is still working on this device&apos;s previous batch; sync will try again shortly.</source>
        <translation>‏HQ ابھی اس آلے کی پچھلی کھیپ پر کام کر رہا ہے؛ سنک جلد دوبارہ کوشش کرے گا۔</translation>
    </message>
    <message>
        <source>HQ did not recognise where this device left off; the updates will be fetched again.</source>
        <translation>‏HQ نے نہیں پہچانا کہ یہ آلہ کہاں تک پہنچا تھا؛ اپ ڈیٹس دوبارہ حاصل کی جائیں گی۔</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>syncing…</source>
        <translation>سنک ہو رہا ہے…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>آن لائن</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>آف لائن</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>رکا ہوا</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>ترتیب نہیں دیا گیا</translation>
    </message>
    <message>
        <source>HQ could not be reached: check HQ&apos;s address and this computer&apos;s network, then enroll again.</source>
        <translation>‏HQ تک رسائی نہیں ہو سکی: HQ کا پتہ اور اس کمپیوٹر کا نیٹ ورک جانچیں، پھر دوبارہ رجسٹر کریں۔</translation>
    </message>
    <message>
        <source>HQ did not answer in time: check the network, then enroll again.</source>
        <translation>‏HQ نے وقت پر جواب نہیں دیا: نیٹ ورک جانچیں، پھر دوبارہ رجسٹر کریں۔</translation>
    </message>
    <message>
        <source>Something other than HQ answered at this address (a Wi-Fi login page or a proxy?): check the address.</source>
        <translation>اس پتے پر HQ کے بجائے کسی اور نے جواب دیا (Wi-Fi لاگ ان صفحہ یا پراکسی؟): پتہ جانچیں۔</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted: check the address and the certificate pin.</source>
        <translation>‏HQ کا سرٹیفکیٹ قبول نہیں ہوا: پتہ اور سرٹیفکیٹ پن جانچیں۔</translation>
    </message>
    <message>
        <source>HQ had an internal problem: try again later or call HQ.</source>
        <translation>‏HQ میں اندرونی مسئلہ ہوا: بعد میں کوشش کریں یا HQ کو فون کریں۔</translation>
    </message>
    <message>
        <source>HQ is busy: try again in a few minutes.</source>
        <translation>‏HQ مصروف ہے: چند منٹ بعد کوشش کریں۔</translation>
    </message>
    <message>
        <source>Enrollment failed.</source>
        <translation>رجسٹریشن ناکام ہو گئی۔</translation>
    </message>
    <message>
        <source>Not enrolled: nothing will be sent to HQ until enrollment succeeds. %1</source>
        <translation>رجسٹر نہیں: رجسٹریشن کامیاب ہونے تک HQ کو کچھ نہیں بھیجا جائے گا۔ %1</translation>
    </message>
</context>
<context>
    <name>tamper_notice</name>
    <message>
        <source>These users&apos; roles were changed outside Checkpoint and are not in force: %1. Check each one under IT admin › Users: reset the password to grant the role again, or disable the user.</source>
        <translation>ان صارفین کے کردار چیک پوسٹ ایپ سے باہر تبدیل کیے گئے اور نافذ نہیں ہیں: %1۔ ہر ایک کو آئی ٹی ایڈمن › صارفین میں جانچیں: کردار دوبارہ دینے کے لیے پاس ورڈ ری سیٹ کریں، یا صارف کو غیر فعال کریں۔</translation>
    </message>
    <message>
        <source>The security settings were changed outside Checkpoint: sync is stopped, and the idle lock and retention are at their defaults, until you check them and save them under IT admin › Settings.</source>
        <translation>سیکیورٹی ترتیبات چیک پوسٹ ایپ سے باہر تبدیل کی گئیں: جب تک آپ انہیں آئی ٹی ایڈمن › ترتیبات میں جانچ کر محفوظ نہ کریں، سنک رکا رہے گا، اور غیر فعالی پر لاک اور محفوظ رکھنے کی مدت اپنی ابتدائی قدروں پر رہیں گی۔</translation>
    </message>
    <message>
        <source>Changed outside Checkpoint</source>
        <translation>چیک پوسٹ ایپ سے باہر تبدیل کیا گیا</translation>
    </message>
</context>
</TS>
