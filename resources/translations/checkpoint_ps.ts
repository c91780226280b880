<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name>AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>کارنان (&amp;U)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>تنظیمات (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>معلومات (&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ync with HQ</source>
        <translation>له مرکز (HQ) سره همغږي (&amp;Y)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>د پلټنې لاګ</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not enrolled with HQ yet: nothing can be sent. An IT admin enrolls this device under IT admin › Sync with HQ.</source>
        <translation>لا په مرکز کې نه دی ثبت شوی: هېڅ شی نشي لېږل کېدای. د IT مدیر دا وسیله د «د IT مدیر › له مرکز (HQ) سره همغږي» لاندې ثبتوي.</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>all</source>
        <translation>ټول</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/09/01</source>
        <translation>لکه YYYY-MM-DD یا 1403/09/01</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کړنه</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کارن</translation>
    </message>
    <message>
        <source>From</source>
        <translation>له</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Only an IT admin reads the audit log.</source>
        <translation>د پلټنې لاګ یوازې د IT مدیر لوستلی شي.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>نېټې په YYYY-MM-DD بڼه ولیکئ، لکه 2026-12-01.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: all %n entries are intact, and every user&apos;s anchor and the entry HQ last acknowledged agree with it.</source>
        <translation>
            <numerusform>د پلټنې لاګ تایید شو: %n لیکنه روغه ده، او د هر کارن لنګر او هغه لیکنه چې مرکز وروستی ځل منلې ورسره سمون لري.</numerusform>
            <numerusform>د پلټنې لاګ تایید شو: ټولې %n لیکنې روغې دي، او د هر کارن لنګر او هغه لیکنه چې مرکز وروستی ځل منلې ورسره سمون لري.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log broken: %1 The %n entries of the chain before it verify. Call IT security; change nothing.</source>
        <translation>
            <numerusform>د پلټنې لاګ مات دی: %1 له دې مخکې د لړۍ %n لیکنه تاییدېږي. د IT امنیت ته زنګ ووهئ؛ هېڅ شی مه بدلوئ.</numerusform>
            <numerusform>د پلټنې لاګ مات دی: %1 له دې مخکې د لړۍ %n لیکنې تاییدېږي. د IT امنیت ته زنګ ووهئ؛ هېڅ شی مه بدلوئ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>تر ټولو نوې %n لیکنه ښودل کېږي؛ د زړو لیکنو لیدو لپاره فلټر تنګ کړئ.</numerusform>
            <numerusform>تر ټولو نوې %n لیکنې ښودل کېږي؛ د زړو لیکنو لیدو لپاره فلټر تنګ کړئ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Count</source>
        <translation>شمېر</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close day</source>
        <translation>ورځ تړل</translation>
    </message>
    <message>
        <source>Close %1 at %2? Its tally below is frozen, hashed and signed with your name. Records added, corrected or voided for this day afterwards show as late amendments on the next sheet.</source>
        <translation>آیا %1 په %2 وتړل شي؟ لاندې شمېرنه یې کنګل، هش او ستاسو په نوم لاسلیک کېږي. هغه ریکارډونه چې له دې وروسته د دې ورځې لپاره زیات، اصلاح یا باطل شي، په راتلونکې پاڼه کې د ځنډنیو بدلونونو په توګه ښکاري.</translation>
    </message>
    <message>
        <source>%1 is not over yet: it is %2 at the checkpoint. Everyone recorded for this day after you close it, until midnight, will be a late amendment, not part of the signed numbers.</source>
        <translation>%1 لا نه ده پای ته رسېدلې: په پوسته کې اوس %2 دی. هر څوک چې د تړلو وروسته تر نیمې شپې پورې د دې ورځې لپاره ثبت شي، ځنډنی بدلون به وي، د لاسلیک شویو شمېرو برخه به نه وي.</translation>
    </message>
    <message>
        <source>Signed &amp;name:</source>
        <translation>لاسلیک شوی نوم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Close day</source>
        <translation>ورځ وتړئ (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Type a name or short form to choose; Alt+Down shows the list.</source>
        <translation>د ټاکلو لپاره نوم یا لنډه بڼه ولیکئ؛ Alt+Down لېست ښيي.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Only a shift lead takes complaints.</source>
        <translation>شکایتونه یوازې د شفټ مشر اخلي.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— وټاکئ —</translation>
    </message>
    <message>
        <source>What happened, in the person&apos;s words</source>
        <translation>څه پېښ شول، د شخص په خپلو خبرو</translation>
    </message>
    <message>
        <source>name, father&apos;s name, document number or record id</source>
        <translation>نوم، د پلار نوم، د سند شمېره یا د ریکارډ پېژند (id)</translation>
    </message>
    <message numerus="yes">
        <source>Searches recent records (days back: %n); a pasted record id finds any record (Enter searches now and goes to the linked record, Down goes there too)</source>
        <translation>
            <numerusform>وروستي ریکارډونه لټوي (تېرې ورځې: %n)؛ د ریکارډ پېژند (id) چې پېسټ شي هر ریکارډ پیدا کوي (Enter همدا اوس لټوي او تړلي ریکارډ ته ځي، Down هم هلته ځي)</numerusform>
            <numerusform>وروستي ریکارډونه لټوي (تېرې ورځې: %n)؛ د ریکارډ پېژند (id) چې پېسټ شي هر ریکارډ پیدا کوي (Enter همدا اوس لټوي او تړلي ریکارډ ته ځي، Down هم هلته ځي)</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: a phone number or how to reach them</source>
        <translation>اختیاري: د تلیفون شمېره یا له دوی سره د اړیکې لار</translation>
    </message>
    <message>
        <source>Sa&amp;ve complaint</source>
        <translation>شکایت خوندي کړئ (&amp;V)</translation>
    </message>
    <message>
        <source>Save the complaint (%1)</source>
        <translation>شکایت خوندي کړئ (%1)</translation>
    </message>
    <message>
        <source>Save the complaint</source>
        <translation>شکایت خوندي کړئ</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>پاکول (&amp;L)</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>فورمه خالي کړئ</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>کټګوري (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>تشریح (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find a record</source>
        <translation>ریکارډ ولټوئ (&amp;F)</translation>
    </message>
    <message>
        <source>Linked &amp;record</source>
        <translation>تړلی ریکارډ (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>اړیکه (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>بېړني والی (&amp;U)</translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation>شکایت ثبتول</translation>
    </message>
    <message>
        <source>Com&amp;plaints taken here</source>
        <translation>دلته ثبت شوي شکایتونه (&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Complaints: %n</source>
        <translation>
            <numerusform>شکایتونه: %n</numerusform>
            <numerusform>شکایتونه: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n بېړنی</numerusform>
            <numerusform>%n بېړني</numerusform>
        </translation>
    </message>
    <message>
        <source>No linked record</source>
        <translation>تړلی ریکارډ نشته</translation>
    </message>
    <message>
        <source>%1, father %2 — %3</source>
        <translation>%1، پلار %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No record has this id.</source>
        <translation>هېڅ ریکارډ دا پېژند (id) نه لري.</translation>
    </message>
    <message>
        <source>The record is linked.</source>
        <translation>ریکارډ وتړل شو.</translation>
    </message>
    <message>
        <source>One record found; it is linked.</source>
        <translation>یو ریکارډ پیدا شو؛ وتړل شو.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records found: choose one under Linked record, or type more to narrow the search.</source>
        <translation>
            <numerusform>لومړی %n پیدا شوی ریکارډ: یو یې د «تړلی ریکارډ» لاندې وټاکئ، یا د لټون د تنګولو لپاره نور ولیکئ.</numerusform>
            <numerusform>لومړي %n پیدا شوي ریکارډونه: یو یې د «تړلی ریکارډ» لاندې وټاکئ، یا د لټون د تنګولو لپاره نور ولیکئ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records found: %n. Choose one under Linked record.</source>
        <translation>
            <numerusform>پیدا شوي ریکارډونه: %n. یو یې د «تړلی ریکارډ» لاندې وټاکئ.</numerusform>
            <numerusform>پیدا شوي ریکارډونه: %n. یو یې د «تړلی ریکارډ» لاندې وټاکئ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No recent record matches (days back: %n).</source>
        <translation>
            <numerusform>هېڅ وروستی ریکارډ سمون نه خوري (تېرې ورځې: %n).</numerusform>
            <numerusform>هېڅ وروستی ریکارډ سمون نه خوري (تېرې ورځې: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>a complaint being typed</source>
        <translation>یو شکایت چې لیکل کېږي</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <source>Complaint saved. It goes to the control room with the next sync; its status shows in the list.</source>
        <translation>شکایت خوندي شو. د راتلونکې همغږۍ سره د کنټرول خونې ته ځي؛ حالت یې په لېست کې ښکاري.</translation>
    </message>
    <message>
        <source>Complaint saved.</source>
        <translation>شکایت خوندي شو.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation>اصلاح: %1</translation>
    </message>
    <message>
        <source>Required, e.g. name misspelled at entry</source>
        <translation>اړین دی، لکه د ثبت پر وخت نوم ناسم لیکل شوی</translation>
    </message>
    <message>
        <source>Kept with the record&apos;s history, beside what changed</source>
        <translation>د ریکارډ له تاریخچې سره، د بدلون تر څنګ ساتل کېږي</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>اصلاح خوندي کړئ (&amp;S)</translation>
    </message>
    <message>
        <source>Save the correction (Ctrl+S or Ctrl+Enter). Enter moves to the next field.</source>
        <translation>اصلاح خوندي کړئ (Ctrl+S یا Ctrl+Enter). Enter بلې خانې ته ځي.</translation>
    </message>
    <message>
        <source>&amp;Why is it corrected?</source>
        <translation>ولې اصلاح کېږي؟ (&amp;W)</translation>
    </message>
    <message>
        <source>a correction not saved yet</source>
        <translation>یوه اصلاح چې لا نه ده خوندي شوې</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation>اسناد کتل کېږي…</translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation>خوندي نه شو: لومړی هغه اسناد وګورئ چې مېز یې په اړه خبرتیا ورکړې.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <source>Click to sort by this column</source>
        <translation>د دې ستون له مخې د ترتیب لپاره کلیک وکړئ</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>دا ستون نشي ترتیبېدای</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>د تېرېدو وخت</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>بشپړ نوم</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>د پلار نوم</translation>
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
        <translation>اصلي ځای</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>پایله</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ثبت کوونکی</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همغږي</translation>
    </message>
    <message>
        <source>These records could not be read. Refresh to try again.</source>
        <translation>دا ریکارډونه ونه لوستل شول. د بیا هڅې لپاره تازه یې کړئ.</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(پاک شوی)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شوی</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>د لېږلو په تمه</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>همغږي شوی</translation>
    </message>
    <message>
        <source>Personal details were removed after the retention period; the record still counts in every tally.</source>
        <translation>شخصي معلومات د ساتلو د مودې وروسته لرې شول؛ ریکارډ لا هم په هره شمېرنه کې شمېرل کېږي.</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>باطل: %1</translation>
    </message>
    <message>
        <source>The control room refused this version: %1. Correct the record to send it again.</source>
        <translation>د کنټرول خونې دا نسخه رد کړه: %1. د بیا لېږلو لپاره ریکارډ اصلاح کړئ.</translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation>د کنټرول خونې ته د لېږلو په تمه</translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation>د کنټرول خونه دا نسخه لري</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Browse…</source>
        <translation>فایل ټاکل…</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>فایل په یوه کړکۍ کې وټاکئ</translation>
    </message>
    <message>
        <source>the register, a .csv file</source>
        <translation>ثبت کتاب، یو ‎.csv فایل</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>واردول (&amp;I)</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>د ثبت کتاب واردول</translation>
    </message>
    <message>
        <source>Register &amp;file</source>
        <translation>د ثبت کتاب فایل (&amp;F)</translation>
    </message>
    <message>
        <source>A legacy register saved as CSV (UTF-8). Rows already imported are not added twice; rows that cannot be read are listed with their line and reason.</source>
        <translation>زوړ ثبت کتاب چې د CSV (UTF-8) په بڼه خوندي شوی. هغه قطارونه چې مخکې وارد شوي دوه ځله نه زیاتېږي؛ هغه قطارونه چې نشي لوستل کېدای د خپلې کرښې او لامل سره لېست کېږي.</translation>
    </message>
    <message>
        <source>a new .csv file</source>
        <translation>یو نوی ‎.csv فایل</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>صادرول (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>وروستۍ ورځ (&amp;L)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>د CSV په بڼه صادرول</translation>
    </message>
    <message>
        <source>Fi&amp;rst day</source>
        <translation>لومړۍ ورځ (&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport file</source>
        <translation>د صادرولو فایل (&amp;X)</translation>
    </message>
    <message>
        <source>Every record of those days, voided ones marked. The file holds personal data: keep it safe and delete it when done. The export is written in the audit log.</source>
        <translation>د هغو ورځو هر ریکارډ، باطل شوي یې په نښه شوي. فایل شخصي معلومات لري: خوندي یې وساتئ او چې کار مو پای ته ورسېد ړنګ یې کړئ. صادرول د پلټنې په لاګ کې لیکل کېږي.</translation>
    </message>
    <message>
        <source>a new file, e.g. on a USB drive</source>
        <translation>یو نوی فایل، لکه په USB ډرایو کې</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>بیک اپ جوړول (&amp;B)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>Bac&amp;kup file</source>
        <translation>د بیک اپ فایل (&amp;K)</translation>
    </message>
    <message>
        <source>A copy of the whole database, still encrypted, while work goes on. A key file (the same name ending in .keys) is written beside it: keep the two together, the backup cannot be opened without it.</source>
        <translation>د ټول ډیټابیس یوه کاپي، لا هم کوډ شوې، پداسې حال کې چې کار روان وي. د کیلي یو فایل (همغه نوم چې په ‎.keys پای ته رسېږي) ورسره څنګ ته لیکل کېږي: دواړه یوځای وساتئ، بیک اپ له هغه پرته نشي پرانیستل کېدای.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>د ساتلو موده</translation>
    </message>
    <message>
        <source>Every day the app removes the personal details (names, birth dates, document numbers, remarks) of records older than the retention period that the control room holds. Counts, tallies and close-outs stay.</source>
        <translation>اپ هره ورځ د هغو ریکارډونو شخصي معلومات (نومونه، د زېږون نېټې، د اسنادو شمېرې، یادښتونه) لرې کوي چې د ساتلو له مودې زاړه وي او د کنټرول خونه یې لري. شمېرې، شمېرنې او د ورځو تړنې پاتې کېږي.</translation>
    </message>
    <message>
        <source>The purge has not run yet.</source>
        <translation>پاکول لا نه دي ترسره شوي.</translation>
    </message>
    <message numerus="yes">
        <source>Last run %1 (records older than %2 days): %n purged</source>
        <translation>
            <numerusform>وروستی ځل %1 (له %2 ورځو زاړه ریکارډونه): %n پاک شو</numerusform>
            <numerusform>وروستی ځل %1 (له %2 ورځو زاړه ریکارډونه): %n پاک شول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept until the control room holds them.</source>
        <translation>
            <numerusform>؛ %n ساتل کېږي تر هغه چې د کنټرول خونې ته ورسېږي.</numerusform>
            <numerusform>؛ %n ساتل کېږي تر هغه چې د کنټرول خونې ته ورسېږي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>هېڅ کار روان نه دی.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>لغوه (&amp;C)</translation>
    </message>
    <message>
        <source>The report of the last import shows here.</source>
        <translation>د وروستي واردولو راپور دلته ښکاري.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پرمختګ</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>د واردولو راپور</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>د CSV فایلونه (*.csv);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>د CSV فایلونه (*.csv)</translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db)</source>
        <translation>د Checkpoint بیک اپونه (*.db)</translation>
    </message>
    <message>
        <source>Wait for the running task to finish.</source>
        <translation>صبر وکړئ چې روان کار پای ته ورسېږي.</translation>
    </message>
    <message>
        <source>Only an IT admin imports.</source>
        <translation>یوازې د IT مدیر واردولی شي.</translation>
    </message>
    <message>
        <source>Only an IT admin exports.</source>
        <translation>یوازې د IT مدیر صادرولی شي.</translation>
    </message>
    <message>
        <source>Only an IT admin backs up.</source>
        <translation>یوازې د IT مدیر بیک اپ جوړولی شي.</translation>
    </message>
    <message>
        <source>Stop the import after the current chunk; what was saved stays</source>
        <translation>واردول د اوسنۍ برخې وروسته ودروئ؛ څه چې خوندي شوي پاتې کېږي</translation>
    </message>
    <message>
        <source>An export or a backup cannot be stopped part-way.</source>
        <translation>صادرول یا بیک اپ په نیمایي کې نشي درول کېدای.</translation>
    </message>
    <message>
        <source>Stopping after the current chunk…</source>
        <translation>د اوسنۍ برخې وروسته درېږي…</translation>
    </message>
    <message>
        <source>Type or choose the register file first.</source>
        <translation>لومړی د ثبت کتاب فایل ولیکئ یا یې وټاکئ.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>په %1 کې هېڅ فایل نشته.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 واردېږي…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 لوستل کېږي…</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v له %m قطارونو</translation>
    </message>
    <message numerus="yes">
        <source>Records imported: %n.</source>
        <translation>
            <numerusform>وارد شوي ریکارډونه: %n.</numerusform>
            <numerusform>وارد شوي ریکارډونه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already present (not added again): %n.</source>
        <translation>
            <numerusform>مخکې موجود (بیا نه دي زیات شوي): %n.</numerusform>
            <numerusform>مخکې موجود (بیا نه دي زیات شوي): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected: %n.</source>
        <translation>
            <numerusform>رد شوي قطارونه: %n.</numerusform>
            <numerusform>رد شوي قطارونه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records skipped: %n.</source>
        <translation>
            <numerusform>پرېښودل شوي باطل ریکارډونه: %n.</numerusform>
            <numerusform>پرېښودل شوي باطل ریکارډونه: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled part-way. The rows counted here are saved; import the same file again to finish (nothing is added twice).</source>
        <translation>په نیمایي کې لغوه شو. هغه قطارونه چې دلته شمېرل شوي خوندي دي؛ د بشپړولو لپاره همغه فایل بیا وارد کړئ (هېڅ شی دوه ځله نه زیاتېږي).</translation>
    </message>
    <message>
        <source>The rejected rows, with their line and reason, are in %1. Correct them there and import that file.</source>
        <translation>رد شوي قطارونه، د خپلې کرښې او لامل سره، په %1 کې دي. هلته یې اصلاح کړئ او هغه فایل وارد کړئ.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. Records saved: %n.</source>
        <translation>
            <numerusform>واردول لغوه شول. خوندي شوي ریکارډونه: %n.</numerusform>
            <numerusform>واردول لغوه شول. خوندي شوي ریکارډونه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished. Records added: %n.</source>
        <translation>
            <numerusform>واردول پای ته ورسېدل. زیات شوي ریکارډونه: %n.</numerusform>
            <numerusform>واردول پای ته ورسېدل. زیات شوي ریکارډونه: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; nothing is overwritten.</source>
        <translation>%1 مخکې له مخکې شته. د فایل نوی نوم وټاکئ؛ هېڅ شی له سره نه لیکل کېږي.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>د %1 فولډر نشته.</translation>
    </message>
    <message>
        <source>Type or choose the file to export to first.</source>
        <translation>لومړی هغه فایل ولیکئ یا یې وټاکئ چې صادرول پکې کېږي.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>صادرېږي…</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Records: %n.</source>
        <translation>
            <numerusform>%1 ته صادر شو. ریکارډونه: %n.</numerusform>
            <numerusform>%1 ته صادر شول. ریکارډونه: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the file to back up to first.</source>
        <translation>لومړی هغه فایل ولیکئ یا یې وټاکئ چې بیک اپ پکې جوړېږي.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>بیک اپ جوړېږي…</translation>
    </message>
    <message>
        <source>Backup written to %1. Keep the key file %2 with it: the backup cannot be opened without it. It opens with the same users and passwords as this database.</source>
        <translation>بیک اپ په %1 کې ولیکل شو. د کیلي فایل %2 ورسره وساتئ: بیک اپ له هغه پرته نشي پرانیستل کېدای. دا د همدې ډیټابیس په همغو کارنانو او پټنومونو پرانیستل کېږي.</translation>
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
        <translation>میلادي نېټه (2024-04-03، 20240403 یا 03/04/2024) یا لمریز هجري نېټه (1403/01/15)، لکه څنګه چې په سند کې لیکل شوې. Alt+Down جنتري پرانیزي.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>جنتري (Alt+Down)</translation>
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
        <translation>یوه ورځ: 2026-12-01، 20261201 یا 01/12/2026 (یا لمریز هجري 1405/09/10). Up او Down ورځ بدلوي؛ Alt+Down جنتري پرانیزي.</translation>
    </message>
</context>
<context>
    <name>DocumentRows</name>
    <message>
        <source>Remove this document (Ctrl+Shift+D)</source>
        <translation>دا سند لرې کړئ (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Document type: type p (PoR), a (ACC), pa (passport), t (Tazkira), v (visa).</source>
        <translation>د سند ډول: p (PoR)، a (ACC)، pa (پاسپورټ)، t (تذکره)، v (ویزه) ولیکئ.</translation>
    </message>
    <message>
        <source>Document number, as printed.</source>
        <translation>د سند شمېره، لکه څنګه چې چاپ شوې.</translation>
    </message>
    <message>
        <source>What you found: type v (verified), e (expired), m (mismatch), n (not presented). Required.</source>
        <translation>څه مو وموندل: v (تایید شوی)، e (د اعتبار موده تېره)، m (توپیر)، n (نه دی وړاندې شوی) ولیکئ. اړین دی.</translation>
    </message>
    <message>
        <source>Issuing country, three letters (AFG, PAK).</source>
        <translation>صادروونکی هېواد، درې توري (AFG، PAK).</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>ډول *</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شمېره</translation>
    </message>
    <message>
        <source>Result *</source>
        <translation>پایله *</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>صادروونکی</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>د پای نېټه</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طریقه</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>ساتنه</translation>
    </message>
    <message>
        <source>Expired on %1: the result is %2.</source>
        <translation>د اعتبار موده یې په %1 تېره شوې: پایله %2 ده.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>د اعتبار موده یې په %1 تېره شوې.</translation>
    </message>
    <message>
        <source>No document. Ctrl+D adds one.</source>
        <translation>هېڅ سند نشته. Ctrl+D یو زیاتوي.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Next steps</source>
        <translation>راتلونکي ګامونه</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is ready.&lt;/b&gt; Next, on the IT admin screen:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Users&lt;/b&gt;: add the shift leads and clerks, each with a first password they change at their first sign-in;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sync with HQ&lt;/b&gt;: enroll this computer with the one-time code from the control room;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: make a first backup, and keep backing up.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;ډیټابیس چمتو دی.&lt;/b&gt; بیا، د IT مدیر په پاڼه کې:&lt;ol&gt;&lt;li&gt;&lt;b&gt;کارنان&lt;/b&gt;: د شفټ مشران او کاتبان زیات کړئ، هر یو د لومړي پټنوم سره چې په لومړي ننوتلو کې یې بدلوي؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;له مرکز (HQ) سره همغږي&lt;/b&gt;: دا کمپیوټر د کنټرول خونې د یو ځلي کوډ په مرسته ثبت کړئ؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;معلومات&lt;/b&gt;: لومړی بیک اپ جوړ کړئ، او په منظم ډول بیک اپ جوړوئ.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Checkpoint — first start</source>
        <translation>لومړی پیل — Checkpoint</translation>
    </message>
    <message>
        <source>as printed under the signature on tally sheets</source>
        <translation>لکه څنګه چې د شمېرنې په پاڼو کې د لاسلیک لاندې چاپېږي</translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation>پوسته (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>د وخت سیمه (&amp;T)</translation>
    </message>
    <message>
        <source>IT admin &amp;user name</source>
        <translation>د IT مدیر د کارن نوم (&amp;U)</translation>
    </message>
    <message>
        <source>IT admin&apos;s &amp;full name</source>
        <translation>د IT مدیر بشپړ نوم (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پټنوم (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>پټنوم بیا ولیکئ (&amp;A)</translation>
    </message>
    <message>
        <source>There is no Checkpoint database on this computer yet. Create it here; the IT admin then adds the other users.</source>
        <translation>په دې کمپیوټر کې لا د Checkpoint ډیټابیس نشته. دلته یې جوړ کړئ؛ بیا د IT مدیر نور کارنان زیاتوي.</translation>
    </message>
    <message>
        <source>The records will be kept, encrypted, in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;and the keys to open them in&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;p&gt;Keep both, and back them up together: the database cannot be opened without its key file, and a key file opens no other database.&lt;/p&gt;</source>
        <translation>ریکارډونه به کوډ شوي په&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;کې وساتل شي، او د پرانیستلو کیلي یې په&lt;br&gt;&lt;b&gt;%2&lt;/b&gt; کې&lt;p&gt;دواړه وساتئ، او بیک اپ یې یوځای جوړ کړئ: ډیټابیس د خپل کیلي فایل پرته نشي پرانیستل کېدای، او د کیلي فایل بل هېڅ ډیټابیس نه پرانیزي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the IT admin&apos;s user name.</source>
        <translation>د IT مدیر د کارن نوم ولیکئ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <source>The household: Ctrl+PgDown and Ctrl+PgUp move between people, Ctrl+M adds a member.</source>
        <translation>کورنۍ: Ctrl+PgDown او Ctrl+PgUp د کسانو ترمنځ ځي، Ctrl+M یو غړی زیاتوي.</translation>
    </message>
    <message>
        <source>Peo&amp;ple</source>
        <translation>کسان (&amp;P)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>غړی لرې کړئ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>پرېښودل</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>غړی زیات کړئ</translation>
    </message>
    <message>
        <source>Save household</source>
        <translation>کورنۍ خوندي کړئ</translation>
    </message>
    <message>
        <source>Enter moves to the next field.</source>
        <translation>د Enter کیلي بلې خانې ته ځي.</translation>
    </message>
    <message>
        <source>Your role does not record crossings.</source>
        <translation>ستاسو رول تېرېدنې نه ثبتوي.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>کورنۍ خوندي کړئ</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>یو غړی زیات کړئ</translation>
    </message>
    <message>
        <source>Remove the member shown</source>
        <translation>ښودل شوی غړی لرې کړئ</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>یو سند زیات کړئ</translation>
    </message>
    <message>
        <source>Remove the document the cursor is in</source>
        <translation>هغه سند لرې کړئ چې کرسر پکې دی</translation>
    </message>
    <message>
        <source>Next person in the household</source>
        <translation>په کورنۍ کې بل کس</translation>
    </message>
    <message>
        <source>Previous person in the household</source>
        <translation>په کورنۍ کې مخکینی کس</translation>
    </message>
    <message>
        <source>Discard the household</source>
        <translation>کورنۍ پرېږدئ</translation>
    </message>
    <message>
        <source>Remove %1 from this household? What was typed for them is lost.</source>
        <translation>آیا %1 له دې کورنۍ لرې شي؟ څه چې د دوی لپاره لیکل شوي له منځه ځي.</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>دا غړی</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(لا نوم نه لري)</translation>
    </message>
    <message>
        <source>head</source>
        <translation>مشر</translation>
    </message>
    <message>
        <source>member</source>
        <translation>غړی</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>د کورنۍ مشر</translation>
    </message>
    <message>
        <source>Member %1 of %2</source>
        <translation>غړی %1 له %2</translation>
    </message>
    <message>
        <source>%1 read: every check digit correct, but it expired on %2. Result: %3.</source>
        <translation>%1 ولوستل شو: ټول د کنټرول عددونه سم دي، خو د اعتبار موده یې په %2 تېره شوې. پایله: %3.</translation>
    </message>
    <message>
        <source>%1 read: every check digit correct.</source>
        <translation>%1 ولوستل شو: ټول د کنټرول عددونه سم دي.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>د سند شمېره</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>د زېږون نېټه</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>د پای نېټه</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>شخصي شمېره</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>ګډ</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>%1 read, but not every check passed (%2): look at the marked fields and decide.</source>
        <translation>%1 ولوستل شو، خو ټولې کتنې بریالۍ نه وې (%2): په نښه شوې خانې وګورئ او پرېکړه وکړئ.</translation>
    </message>
    <message>
        <source>%1 read: look at the marked fields.</source>
        <translation>%1 ولوستل شو: په نښه شوې خانې وګورئ.</translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation>اسناد کتل کېږي…</translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation>خوندي نه شو: لومړی هغه اسناد وګورئ چې مېز یې په اړه خبرتیا ورکړې.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…او %n نور.</numerusform>
            <numerusform>…او %n نور.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved. Fix what is marked in red (%n): </source>
        <translation>
            <numerusform>خوندي نه شو. هغه څه سم کړئ چې په سور رنګ په نښه شوي (%n): </numerusform>
            <numerusform>خوندي نه شو. هغه څه سم کړئ چې په سور رنګ په نښه شوي (%n): </numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit failed on this document: look at it and choose the check result.</source>
        <translation>د دې سند د کنټرول یو عدد سم نه و: سند وګورئ او د کتنې پایله وټاکئ.</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>مشر</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>غړی %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1: %2. People: %n.</source>
        <translation>
            <numerusform>په %1 خوندي شو: %2. کسان: %n.</numerusform>
            <numerusform>په %1 خوندي شو: %2. کسان: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>a household being typed on New crossing</source>
        <translation>یوه کورنۍ چې په «نوې تېرېدنه» کې لیکل کېږي</translation>
    </message>
    <message>
        <source>Discard household</source>
        <translation>کورنۍ پرېښودل</translation>
    </message>
    <message>
        <source>Discard everything typed for this household?</source>
        <translation>آیا د دې کورنۍ لپاره هر څه چې لیکل شوي پرېښودل شي؟</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>Not saved yet</source>
        <translation>لا نه دی خوندي شوی</translation>
    </message>
    <message>
        <source>This is not saved yet:</source>
        <translation>دا لا نه دی خوندي شوی:</translation>
    </message>
    <message>
        <source>Save it before leaving, discard it, or cancel and go back to it.</source>
        <translation>له وتلو مخکې یې خوندي کړئ، پرېږدئ یې، یا لغوه کړئ او بېرته ورته ورشئ.</translation>
    </message>
    <message>
        <source>Only the signed-in user can save it: sign out and lose it, or cancel.</source>
        <translation>یوازې ننوتی کارن یې خوندي کولی شي: له حسابه ووځئ او له لاسه یې ورکړئ، یا لغوه کړئ.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>خوندي کول (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>پرېښودل (&amp;D)</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>خلاصول (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>له حسابه وتل (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;تړل شوی&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1. Type your password to go on; nothing you typed has been lost.</source>
        <translation>د %1 په توګه ننوتي یاست. د دوام لپاره خپل پټنوم ولیکئ؛ څه چې مو لیکلي هېڅ له منځه نه دي تللي.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>ناسته (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>همدا اوس تړل (&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>همدا اوس همغږي (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Switch user / sign out</source>
        <translation>کارن بدلول / له حسابه وتل (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>اپ بندول (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>تګ (&amp;G)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>لید</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>غوره توبونه (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مرسته (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>د کیبورډ لنډلارې (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Checkpoint</source>
        <translation>د Checkpoint په اړه (&amp;A)</translation>
    </message>
    <message>
        <source>Checkpoint — %1</source>
        <translation>Checkpoint — %1</translation>
    </message>
    <message>
        <source>Departures recorded today at this checkpoint (voided ones not counted)</source>
        <translation>هغه وتنې چې نن په دې پوسته کې ثبت شوې (باطل شوې نه شمېرل کېږي)</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>همغږي: نه ده تنظیم شوې</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending</source>
        <translation>همغږي: %1 · %2 د لېږلو په تمه</translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · وروستی %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n rejected</source>
        <translation>
            <numerusform> · %n رد شوی</numerusform>
            <numerusform> · %n رد شوي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n</source>
        <translation>
            <numerusform>نن: %n</numerusform>
            <numerusform>نن: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>About Checkpoint</source>
        <translation>د Checkpoint په اړه</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint %1&lt;/b&gt;&lt;p&gt;Records departures and document checks at border checkpoints, offline, encrypted, and sends them to the control room when the link is up.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Checkpoint %1&lt;/b&gt;&lt;p&gt;په سرحدي پوستو کې وتنې او د اسنادو کتنې ثبتوي، له انټرنټ پرته او کوډ شوي، او کله چې اړیکه وصل شي د کنټرول خونې ته یې لېږي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The screens are built again in your new preferences: save it first, discard it, or cancel and keep the preferences as they are.</source>
        <translation>پاڼې ستاسو د نویو غوره توبونو سره بیا جوړېږي: لومړی یې خوندي کړئ، پرېږدئ یې، یا لغوه کړئ او غوره توبونه لکه څنګه چې دي پرېږدئ.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>خپل پټنوم وټاکئ</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>نوی پټنوم (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>پټنوم بیا ولیکئ (&amp;A)</translation>
    </message>
    <message>
        <source>Choose a password only you know (at least 8 characters). You will need it at every sign-in.</source>
        <translation>داسې پټنوم وټاکئ چې یوازې تاسو یې پېژنئ (لږ تر لږه 8 توري). په هر ننوتلو کې به ورته اړتیا ولرئ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add document (Ctrl+D)</source>
        <translation>سند زیات کړئ (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add a document check (Ctrl+D)</source>
        <translation>د سند یوه کتنه زیاته کړئ (Ctrl+D)</translation>
    </message>
    <message>
        <source>Full name as written on the document; names are never split.</source>
        <translation>بشپړ نوم لکه څنګه چې په سند کې لیکل شوی؛ نومونه هېڅکله نه وېشل کېږي.</translation>
    </message>
    <message>
        <source>Type m or f.</source>
        <translation>ولیکئ: m (نارینه) یا f (ښځینه).</translation>
    </message>
    <message>
        <source>Age in whole years (0 to 120). Or give the birth date.</source>
        <translation>عمر په بشپړو کلونو (له 0 تر 120). یا د زېږون نېټه ورکړئ.</translation>
    </message>
    <message>
        <source>esti&amp;mated</source>
        <translation>اټکلي (&amp;M)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/01/15</source>
        <translation>لکه YYYY-MM-DD یا 1403/01/15</translation>
    </message>
    <message>
        <source>Three-letter country code (AFG, PAK).</source>
        <translation>د هېواد درې توریز کوډ (AFG، PAK).</translation>
    </message>
    <message>
        <source>Province in Pakistan: type a name or short form (KP, KPK, ICT, AJK, GB).</source>
        <translation>په پاکستان کې ولایت: نوم یا لنډه بڼه ولیکئ (KP، KPK، ICT، AJK، GB).</translation>
    </message>
    <message>
        <source>Province in Afghanistan: type the first letters (nan, kab, kun).</source>
        <translation>په افغانستان کې ولایت: لومړي توري ولیکئ (nan، kab، kun).</translation>
    </message>
    <message>
        <source>Type v (voluntary), d (deported) or a (assisted).</source>
        <translation>ولیکئ: v (داوطلبانه)، d (اخراج شوی) یا a (مرسته شوی).</translation>
    </message>
    <message>
        <source>Voluntary repatriation form number, if any.</source>
        <translation>د داوطلبانه راستنېدو د فورمې (VRF) شمېره، که وي.</translation>
    </message>
    <message>
        <source>Vu&amp;lnerabilities, remarks and native script</source>
        <translation>زیانمنتیاوې، یادښتونه او اصلي لیکدود (&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide vulnerability flags, remarks and the names in native script (Alt+L). Never required.</source>
        <translation>د زیانمنتیا نښې، یادښتونه او په اصلي لیکدود نومونه ښکاره یا پټ کړئ (Alt+L). هېڅکله اړین نه دي.</translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation>یادښتونه (اختیاري)</translation>
    </message>
    <message>
        <source>Full name in native script</source>
        <translation>بشپړ نوم په اصلي لیکدود</translation>
    </message>
    <message>
        <source>Father&apos;s name in native script</source>
        <translation>د پلار نوم په اصلي لیکدود</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>بشپړ نوم (&amp;F)</translation>
    </message>
    <message>
        <source>Fa&amp;ther&apos;s name</source>
        <translation>د پلار نوم (&amp;T)</translation>
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
        <translation>د زېږون نېټه (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>تابعیت (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Origin province</source>
        <translation>اصلي ولایت (&amp;O)</translation>
    </message>
    <message>
        <source>Origin &amp;district</source>
        <translation>اصلي ولسوالي (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;estination</source>
        <translation>منزل (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Return type</source>
        <translation>د راستنېدو ډول (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;VRF number</source>
        <translation>د VRF شمېره (&amp;V)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* اړین</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>کتل شوي اسناد</translation>
    </message>
    <message numerus="yes">
        <source>Flags: %n</source>
        <translation>
            <numerusform>نښې: %n</numerusform>
            <numerusform>نښې: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>native script</source>
        <translation>اصلي لیکدود</translation>
    </message>
    <message>
        <source>The head&apos;s name: type to replace it.</source>
        <translation>د مشر نوم: د بدلولو لپاره یې ولیکئ.</translation>
    </message>
    <message>
        <source>The document gives no sex: choose one.</source>
        <translation>سند جنس نه ښيي: یو یې وټاکئ.</translation>
    </message>
    <message>
        <source>Check digit failed: compare with the document.</source>
        <translation>د کنټرول عدد سم نه و: له سند سره یې پرتله کړئ.</translation>
    </message>
    <message>
        <source>Not a valid date in the zone: type it from the document.</source>
        <translation>په MRZ برخه کې سمه نېټه نه ده: له سند څخه یې ولیکئ.</translation>
    </message>
    <message>
        <source>Number: check digit failed, compare it with the document.</source>
        <translation>شمېره: د کنټرول عدد سم نه و، له سند سره یې پرتله کړئ.</translation>
    </message>
    <message>
        <source>Composite check digit failed: compare number, birth date and expiry with the document.</source>
        <translation>ګډ د کنټرول عدد سم نه و: شمېره، د زېږون نېټه او د پای نېټه له سند سره پرتله کړئ.</translation>
    </message>
    <message>
        <source>Expiry: not a valid date in the zone, type it from the document.</source>
        <translation>د پای نېټه: په MRZ برخه کې سمه نېټه نه ده، له سند څخه یې ولیکئ.</translation>
    </message>
    <message>
        <source>Expiry: check digit failed, compare it with the document.</source>
        <translation>د پای نېټه: د کنټرول عدد سم نه و، له سند سره یې پرتله کړئ.</translation>
    </message>
    <message>
        <source>Choose the result once you have looked at the document.</source>
        <translation>کله چې مو سند وکوت، پایله وټاکئ.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>غوره توبونه</translation>
    </message>
    <message>
        <source>Automatic (as the app was started)</source>
        <translation>اتومات (لکه څنګه چې اپ پیل شوی)</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتیني (0123)</translation>
    </message>
    <message>
        <source>Eastern Arabic-Indic (۰۱۲۳)</source>
        <translation>ختیځ عربي (۰۱۲۳)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادي</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>لمریز هجري</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;High contrast (black on white)</source>
        <translation>لوړ تضاد (تور په سپین) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ژبه (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>عددونه (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>جنتري (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>د متن اندازه (&amp;T)</translation>
    </message>
    <message>
        <source>Dates can be typed in either calendar, whichever is shown.</source>
        <translation>نېټې په هره جنتري لیکل کېدای شي، هره چې ښودل کېږي.</translation>
    </message>
</context>
<context>
    <name>PurgeSchedule</name>
    <message>
        <source>Old personal details could not be purged: %1 It is tried again within the hour.</source>
        <translation>زاړه شخصي معلومات پاک نه شول: %1 په یوه ساعت کې بیا هڅه کېږي.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>بېرته ګرځول (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>بیا کول (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>پرې کول (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>کاپي (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>پېسټ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Select All</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>ټول ټاکل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>سمه ده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>بندول</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>هو (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>نه (&amp;N)</translation>
    </message>
</context>
<context>
    <name>RecentSavesModel</name>
    <message>
        <source>Time</source>
        <translation>وخت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>کسان</translation>
    </message>
    <message>
        <source> (void)</source>
        <translation> (باطل)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — people: %n</source>
        <translation>
            <numerusform>%1 — کسان: %n</numerusform>
            <numerusform>%1 — کسان: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>پرون %1</translation>
    </message>
</context>
<context>
    <name>RecentSavesPanel</name>
    <message>
        <source>Re&amp;cently saved at this desk</source>
        <translation>په دې مېز کې وروستي خوندي شوي (&amp;C)</translation>
    </message>
    <message>
        <source>The last households saved here, newest first. Check here before typing a household again; Enter opens one.</source>
        <translation>وروستۍ کورنۍ چې دلته خوندي شوې، تر ټولو نوې لومړی. مخکې له دې چې یوه کورنۍ بیا ولیکئ، دلته وګورئ؛ Enter یوه پرانیزي.</translation>
    </message>
    <message>
        <source>Nothing saved here since yesterday.</source>
        <translation>له پرون راهیسې دلته هېڅ شی نه دی خوندي شوی.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شمېره</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>صادروونکی</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>د پای نېټه</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>پایله</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طریقه</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>ساتنه</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>کتونکی</translation>
    </message>
    <message>
        <source>Saved despite</source>
        <translation>له خبرتیا سره سره خوندي شو</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>What</source>
        <translation>څه</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>څوک</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ولې</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>بدلونونه (زوړ ← نوی)</translation>
    </message>
    <message>
        <source>&amp;Document checks</source>
        <translation>د اسنادو کتنې (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>تاریخچه (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>اصلاح (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>باطلول (&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بندول (Esc)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>تېرېدنه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(پاک شوی)</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>ریکارډ: %1</translation>
    </message>
    <message>
        <source>VOID — reason: %1</source>
        <translation>باطل — لامل: %1</translation>
    </message>
    <message>
        <source>Late amendment to a closed day</source>
        <translation>یوې تړل شوې ورځې ته ځنډنی بدلون</translation>
    </message>
    <message>
        <source>Personal details removed after the retention period</source>
        <translation>شخصي معلومات د ساتلو د مودې وروسته لرې شوي</translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation>د کنټرول خونې ته د لېږلو په تمه</translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation>د کنټرول خونه دا نسخه لري</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (اټکلي)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 په %2</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>د تېرېدو وخت</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ثبت کوونکی</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Document checks (%n)</source>
        <translation>
            <numerusform>د اسنادو کتنې (%n)</numerusform>
            <numerusform>د اسنادو کتنې (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (HQ&apos;s lists, version %2)</source>
        <translation>%1 (د مرکز لېستونه، نسخه %2)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ثبت شو</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>اصلاح شو</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>باطل شو</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>باطل</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Late amendment</source>
        <translation>ځنډنی بدلون</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Correct what was recorded (Alt+C)</source>
        <translation>هغه څه اصلاح کړئ چې ثبت شوي (Alt+C)</translation>
    </message>
    <message>
        <source>Only a shift lead can void a record.</source>
        <translation>ریکارډ یوازې د شفټ مشر باطلولی شي.</translation>
    </message>
    <message>
        <source>Void this record with a reason (Alt+V)</source>
        <translation>دا ریکارډ د یو لامل سره باطل کړئ (Alt+V)</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>اصلاح خوندي شوه.</translation>
    </message>
    <message>
        <source>Record voided.</source>
        <translation>ریکارډ باطل شو.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Any day</source>
        <translation>هره ورځ</translation>
    </message>
    <message>
        <source>Name, father&apos;s name or document number</source>
        <translation>نوم، د پلار نوم یا د سند شمېره</translation>
    </message>
    <message>
        <source>Spelling variants match: Mohammad finds Muhammad and Mohammed. Ctrl+F comes here; Enter searches now and goes to the list, Down goes to the list; there, Enter opens the record.</source>
        <translation>د املا بېلې بڼې سره سمون خوري: Mohammad هم Muhammad او Mohammed پیدا کوي. Ctrl+F دلته راځي؛ Enter همدا اوس لټوي او لېست ته ځي، Down لېست ته ځي؛ هلته Enter ریکارډ پرانیزي.</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ټول ولایتونه</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>ټول اسناد</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>ټولې پایلې</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ټول</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>د لېږلو په تمه</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>همغږي شوي</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شوي</translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation>باطل شوي ښکاره کړئ (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>فلټرونه پاک کړئ (&amp;L)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>لټون (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>له (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تر (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>ولایت (&amp;P):</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>سند (&amp;U):</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>پایله (&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>همغږي (&amp;Y):</translation>
    </message>
    <message>
        <source>Enter or double-click opens the record</source>
        <translation>د Enter کیلي یا دوه ځله کلیک ریکارډ پرانیزي</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>شمېرل کېږي…</translation>
    </message>
    <message numerus="yes">
        <source>Records: more than %Ln</source>
        <translation>
            <numerusform>ریکارډونه: له %Ln ډېر</numerusform>
            <numerusform>ریکارډونه: له %Ln ډېر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: %Ln</source>
        <translation>
            <numerusform>ریکارډونه: %Ln</numerusform>
            <numerusform>ریکارډونه: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore</source>
        <translation>بېرته راګرځول</translation>
    </message>
    <message>
        <source>a backup file, with its .keys file beside it</source>
        <translation>د بیک اپ فایل، چې د ‎.keys فایل یې ورسره څنګ ته وي</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>فایل ټاکل…</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>بېرته راګرځول (&amp;O)…</translation>
    </message>
    <message>
        <source>Only an IT admin restores a backup.</source>
        <translation>بیک اپ یوازې د IT مدیر بېرته راګرځولی شي.</translation>
    </message>
    <message>
        <source>Restore fro&amp;m</source>
        <translation>د بېرته راګرځولو سرچینه (&amp;M)</translation>
    </message>
    <message>
        <source>Put a backup of this database back in its place, once it is checked.</source>
        <translation>د دې ډیټابیس بیک اپ، وروسته له دې چې وکتل شي، بېرته خپل ځای ته کېږدئ.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بیک اپ بېرته راګرځول</translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db);;All files (*)</source>
        <translation>د Checkpoint بیک اپونه (*.db);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Type or choose the backup file first.</source>
        <translation>لومړی د بیک اپ فایل ولیکئ یا یې وټاکئ.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>د %1 فایل نشته.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>بیک اپ کتل کېږي…</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the database was not changed. Sign in again.</source>
        <translation>بیک اپ خپل ځای ته کېښودل نه شو (%1)؛ ډیټابیس بدل نه شو. بیا ننوځئ.</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>بیک اپ بېرته راوګرځول شو. بیا ننوځئ.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>بیک اپ بېرته راګرځول</translation>
    </message>
    <message>
        <source>Replace this computer&apos;s database with the backup %1?

Everything recorded since that backup was made will no longer be in the database. The database in use now is kept beside it as a dated copy. Everyone is signed out and signs in to the restored database.</source>
        <translation>آیا د دې کمپیوټر ډیټابیس د %1 بیک اپ سره بدل شي؟

هر هغه څه چې د دې بیک اپ له جوړېدو وروسته ثبت شوي، نور به په ډیټابیس کې نه وي. اوسنی ډیټابیس د نېټې لرونکې کاپۍ په توګه ورسره څنګ ته ساتل کېږي. ټول کارنان له حسابه وځي او بېرته راګرځول شوي ډیټابیس ته ننوځي.</translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation>ستاسو پټنوم (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بېرته راګرځول (&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>تنظیمات خوندي کړئ (&amp;V)</translation>
    </message>
    <message>
        <source>Save the settings (Enter)</source>
        <translation>تنظیمات خوندي کړئ (Enter)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>پخواني حالت ته (&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved settings again</source>
        <translation>خوندي شوي تنظیمات بیا وښیئ</translation>
    </message>
    <message>
        <source>Only an IT admin changes the settings.</source>
        <translation>تنظیمات یوازې د IT مدیر بدلولی شي.</translation>
    </message>
    <message>
        <source>%1 to %2; 0 never locks</source>
        <translation>له %1 تر %2؛ 0 هېڅکله نه تړل کېږي</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>له %1 تر %2</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>د وخت سیمه (&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Idle lock, minutes</source>
        <translation>د بېکارۍ تړل، دقیقې (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Keep personal data, days</source>
        <translation>د شخصي معلوماتو ساتل، ورځې (&amp;K)</translation>
    </message>
    <message>
        <source>HQ&apos;s lists &amp;out of date after, days</source>
        <translation>د مرکز لېستونه له دې وروسته زاړه، ورځې (&amp;O)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The time zone decides which day a crossing counts on. A new time zone applies to records saved from now on; records already saved keep the day they were counted on.&lt;/p&gt;&lt;p&gt;The window locks itself after the idle minutes without a key press or mouse use.&lt;/p&gt;&lt;p&gt;Personal details are removed from this computer that many days after the control room holds them; the counts stay for the tallies.&lt;/p&gt;&lt;p&gt;HQ&apos;s lists (cancelled cards, documents recorded at other checkpoints, policy dates) older than that many days are shown as out of date: the desk&apos;s warnings may be missing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;د وخت سیمه ټاکي چې یوه تېرېدنه په کومه ورځ شمېرل کېږي. نوې د وخت سیمه پر هغو ریکارډونو پلي کېږي چې له اوس وروسته خوندي کېږي؛ مخکې خوندي شوي ریکارډونه هماغه ورځ ساتي چې پکې شمېرل شوي.&lt;/p&gt;&lt;p&gt;کړکۍ د بېکارۍ د دقیقو وروسته، که کومه کیلي یا موږک ونه کارول شي، پخپله تړل کېږي.&lt;/p&gt;&lt;p&gt;شخصي معلومات له دې کمپیوټر څخه هغو ورځو وروسته لرې کېږي چې د کنټرول خونې ته رسېدلي وي؛ شمېرې د شمېرنو لپاره پاتې کېږي.&lt;/p&gt;&lt;p&gt;د مرکز لېستونه (لغوه شوي کارتونه، په نورو پوستو کې ثبت شوي اسناد، د پالیسۍ نېټې) چې له هغو ورځو زاړه وي، زاړه ښودل کېږي: کېدای شي د مېز خبرتیاوې کمې وي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checkpoint settings</source>
        <translation>د پوستې تنظیمات</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات خوندي شول.</translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as they were.</source>
        <translation>د خوندي کولو لپاره هېڅ نشته: تنظیمات لکه پخوا دي.</translation>
    </message>
</context>
<context>
    <name>SheetJobs</name>
    <message>
        <source>Export the tally sheet as PDF</source>
        <translation>د شمېرنې پاڼه د PDF په بڼه صادر کړئ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>د PDF فایلونه (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped; nothing was printed.</source>
        <translation>ودرول شو؛ هېڅ شی چاپ نه شو.</translation>
    </message>
    <message>
        <source>Tally sheet saved to %1</source>
        <translation>د شمېرنې پاڼه په %1 کې خوندي شوه</translation>
    </message>
    <message>
        <source>Tally sheet sent to the printer.</source>
        <translation>د شمېرنې پاڼه پرنټر ته ولېږل شوه.</translation>
    </message>
    <message>
        <source>The sheet could not be written to %1 (%2). Choose another printer or folder.</source>
        <translation>پاڼه په %1 کې ونه لیکل شوه (%2). بل پرنټر یا فولډر وټاکئ.</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Everywhere</source>
        <translation>هر ځای</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>د کیبورډ لنډلارې</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>چېرې</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کیلۍ</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>څه کوي</translation>
    </message>
    <message>
        <source>Alt and an underlined letter goes to that field or presses that button. A correction uses the same keys as New crossing.</source>
        <translation>د Alt کیلي او یو لاندې کرښه لرونکی توری هغې خانې ته ځي یا هغه تڼۍ کېکاږي. اصلاح هماغه کیلۍ کاروي چې «نوې تېرېدنه» یې کاروي.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Checkpoint — sign in</source>
        <translation>ننوتل — Checkpoint</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>د کارن نوم (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پټنوم (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ننوتل</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Checkpoint&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Checkpoint&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Demo database — nothing here is real. Sign in as:</source>
        <translation>د ازموینې ډیټابیس — دلته هېڅ شی ریښتینی نه دی. د دې په توګه ننوځئ:</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>خپل د کارن نوم او پټنوم ولیکئ.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>optional: SHA-256 fingerprint of HQ&apos;s certificate</source>
        <translation>اختیاري: د مرکز د سرټیفیکیټ SHA-256 ګوتنښه</translation>
    </message>
    <message>
        <source>&amp;Enroll with HQ</source>
        <translation>په مرکز (HQ) کې ثبتول (&amp;E)</translation>
    </message>
    <message>
        <source>Only an IT admin can enroll the device.</source>
        <translation>وسیله یوازې د IT مدیر ثبتولی شي.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>د مرکز پته (&amp;A)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>یو ځلی کوډ (&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;pin</source>
        <translation>د سرټیفیکیټ پین (&amp;P)</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>همدا اوس همغږي (&amp;N)</translation>
    </message>
    <message>
        <source>Send pending records to HQ now</source>
        <translation>د لېږلو په تمه ریکارډونه همدا اوس مرکز ته ولېږئ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>د مرکز لامل</translation>
    </message>
    <message>
        <source>Enter or double-click opens a rejected record</source>
        <translation>د Enter کیلي یا دوه ځله کلیک رد شوی ریکارډ پرانیزي</translation>
    </message>
    <message>
        <source>Re&amp;jected by HQ (corrected records are sent again):</source>
        <translation>د مرکز لخوا رد شوي (اصلاح شوي ریکارډونه بیا لېږل کېږي) (&amp;J):</translation>
    </message>
    <message>
        <source>Recent problems:</source>
        <translation>وروستۍ ستونزې:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هېڅکله</translation>
    </message>
    <message>
        <source>Sync: sending · %1 sent · %2 pending · %3 rejected</source>
        <translation>همغږي: لېږل کېږي · %1 لېږل شوي · %2 د لېږلو په تمه · %3 رد شوي</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending · %3 rejected · last success %4</source>
        <translation>همغږي: %1 · %2 د لېږلو په تمه · %3 رد شوي · وروستۍ بریا %4</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n times since %1)</source>
        <translation>
            <numerusform>(له %1 راهیسې %n ځل)</numerusform>
            <numerusform>(له %1 راهیسې %n ځله)</numerusform>
        </translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet, so nothing can be sent. Type HQ&apos;s address and the one-time code HQ gave you, then press Enroll with HQ.</source>
        <translation>دا وسیله لا په مرکز کې نه ده ثبت شوې، نو هېڅ شی نشي لېږل کېدای. د مرکز پته او هغه یو ځلی کوډ ولیکئ چې مرکز درکړی، بیا «په مرکز (HQ) کې ثبتول» کېکاږئ.</translation>
    </message>
    <message>
        <source>Type HQ&apos;s address and the one-time code.</source>
        <translation>د مرکز پته او یو ځلی کوډ ولیکئ.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>ثبتېږي…</translation>
    </message>
    <message>
        <source>Enrolled with HQ at %1.</source>
        <translation>په %1 په مرکز کې ثبت شو.</translation>
    </message>
</context>
<context>
    <name>TallySheet</name>
    <message>
        <source>Full name</source>
        <translation>بشپړ نوم</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>د پلار نوم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>د زېږون نېټه</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Age estimated</source>
        <translation>اټکلي عمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation>اصلي ولایت</translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation>اصلي ولسوالي</translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation>د منزل ولایت</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>د راستنېدو ډول</translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation>د VRF شمېره</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>زیانمنتیاوې</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Time of crossing</source>
        <translation>د تېرېدو وخت</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ورځ</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>باطل شوی</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>د باطلولو لامل</translation>
    </message>
    <message>
        <source>Tally sheet</source>
        <translation>د شمېرنې پاڼه</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>موده</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>له %1 تر %2</translation>
    </message>
    <message>
        <source>Shift from %1 to %2</source>
        <translation>شفټ له %1 تر %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>This device&apos;s records</source>
        <translation>د دې وسیلې ریکارډونه</translation>
    </message>
    <message>
        <source>Cut-off time</source>
        <translation>د شمېرنې د پای وخت</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>ورځ تړل شوې</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>جوړونکی</translation>
    </message>
    <message>
        <source>Yes: closed by %1 at %2</source>
        <translation>هو: د %1 لخوا په %2 وتړل شوه</translation>
    </message>
    <message>
        <source>No: these numbers may still change</source>
        <translation>نه: دا شمېرې لا هم بدلېدای شي</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 له %2 ورځو</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>ټولټال</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>وتنې</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>کورنۍ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>شمېر</translation>
    </message>
    <message>
        <source>Departures by origin province</source>
        <translation>وتنې د اصلي ولایت له مخې</translation>
    </message>
    <message>
        <source>Document types shown</source>
        <translation>ښودل شوي د اسنادو ډولونه</translation>
    </message>
    <message>
        <source>Document check results</source>
        <translation>د اسنادو د کتنې پایلې</translation>
    </message>
    <message>
        <source>Departures by sex</source>
        <translation>وتنې د جنس له مخې</translation>
    </message>
    <message>
        <source>Departures by age</source>
        <translation>وتنې د عمر له مخې</translation>
    </message>
    <message>
        <source>Departures by return type</source>
        <translation>وتنې د راستنېدو د ډول له مخې</translation>
    </message>
    <message>
        <source>Warnings overridden</source>
        <translation>له خبرتیاوو سره سره خوندي شوي</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>د سند ډول</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>د کتنې پایله</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>زیانمنتیا</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>خبرتیا</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>نه دی ثبت شوی</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>له %1 تر %2 کلونو</translation>
    </message>
    <message>
        <source>%1 years and over</source>
        <translation>%1 کلن او له هغه پورته</translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed.</source>
        <translation>د ورځې په تړلو کې کنګل شوې: هغه شمېرې چې د ورځې د تړلو پر مهال لاسلیک شوې.</translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed. With the changes since, departures now: %1.</source>
        <translation>د ورځې په تړلو کې کنګل شوې: هغه شمېرې چې د ورځې د تړلو پر مهال لاسلیک شوې. د هغه وروسته بدلونونو سره، اوسنۍ وتنې: %1.</translation>
    </message>
    <message>
        <source>Changes since the day was closed</source>
        <translation>د ورځې له تړلو وروسته بدلونونه</translation>
    </message>
    <message>
        <source>Late amendments to other closed days made in this period</source>
        <translation>نورو تړل شویو ورځو ته ځنډني بدلونونه چې په دې موده کې شوي</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>هېڅ نه.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>څه بدل شول</translation>
    </message>
    <message>
        <source>Effect on the counts</source>
        <translation>پر شمېرو اغېز</translation>
    </message>
    <message>
        <source>No count changed</source>
        <translation>هېڅ شمېر بدل نه شو</translation>
    </message>
    <message>
        <source>Voided records of this period</source>
        <translation>د دې مودې باطل شوي ریکارډونه</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>باطلوونکی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>لامل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>بدلون</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>By</source>
        <translation>د چا لخوا</translation>
    </message>
    <message>
        <source>At</source>
        <translation>وخت</translation>
    </message>
    <message>
        <source>Recorded late</source>
        <translation>په ځنډ ثبت شوی</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>اصلاح شوی</translation>
    </message>
    <message>
        <source>Close-outs</source>
        <translation>د ورځو تړنې</translation>
    </message>
    <message>
        <source>No day of this period is closed.</source>
        <translation>د دې مودې هېڅ ورځ نه ده تړل شوې.</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>تړونکی</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>لاسلیک شوی نوم</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>د تړلو وخت</translation>
    </message>
    <message>
        <source>Total when closed</source>
        <translation>د تړلو پر مهال ټولټال</translation>
    </message>
    <message>
        <source>Tally hash (SHA-256)</source>
        <translation>د شمېرنې هش (SHA-256)</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>د شفټ مشر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>لاسلیک</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Generated by %1 at %2. Checkpoint tally sheet.</source>
        <translation>د %1 لخوا په %2 جوړه شوه. د Checkpoint د شمېرنې پاڼه.</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>Departures by origin province</source>
        <translation>وتنې د اصلي ولایت له مخې</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>یوه ورځ</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>د ورځو لړۍ</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>شفټ</translation>
    </message>
    <message>
        <source>Ta&amp;lly of:</source>
        <translation>د شمېرنې موده (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>ورځ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تر (&amp;T):</translation>
    </message>
    <message>
        <source>Other times</source>
        <translation>نور وختونه</translation>
    </message>
    <message>
        <source>Sh&amp;ift:</source>
        <translation>شفټ (&amp;I):</translation>
    </message>
    <message>
        <source>When the shift starts, checkpoint time</source>
        <translation>کله چې شفټ پیلېږي، د پوستې وخت</translation>
    </message>
    <message>
        <source>When the shift ends; a time not after the start is on the next day (22:00–06:00)</source>
        <translation>کله چې شفټ پای ته رسېږي؛ هغه وخت چې له پیل وروسته نه وي په بله ورځ دی (22:00–06:00)</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>پیل (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>پای (&amp;E):</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>د چاپ مخکتنه (&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ (&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>د PDF په بڼه صادرول (&amp;X)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>لغوه (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close day…</source>
        <translation>ورځ تړل (&amp;C)…</translation>
    </message>
    <message>
        <source>Your role does not allow closing a day.</source>
        <translation>ستاسو رول د ورځې د تړلو اجازه نه ورکوي.</translation>
    </message>
    <message>
        <source>Your role does not allow printing tally sheets.</source>
        <translation>ستاسو رول د شمېرنې د پاڼو د چاپ اجازه نه ورکوي.</translation>
    </message>
    <message>
        <source>Your role does not allow tallies. Ask a shift lead.</source>
        <translation>ستاسو رول د شمېرنو اجازه نه ورکوي. له شفټ مشر وپوښتئ.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>له (&amp;F):</translation>
    </message>
    <message numerus="yes">
        <source>Departures: %n</source>
        <translation>
            <numerusform>وتنې: %n</numerusform>
            <numerusform>وتنې: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation>
            <numerusform>کورنۍ: %n</numerusform>
            <numerusform>کورنۍ: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No departures in this period.</source>
        <translation>په دې موده کې هېڅ وتنه نشته.</translation>
    </message>
    <message>
        <source>%1, shift %2 to %3</source>
        <translation>%1، شفټ له %2 تر %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>له %1 تر %2</translation>
    </message>
    <message>
        <source>Frozen numbers, as signed at the close-out. Departures now, with the changes since: %1.</source>
        <translation>کنګل شوې شمېرې، لکه څنګه چې د ورځې په تړلو کې لاسلیک شوې. اوسنۍ وتنې، د هغه وروسته بدلونونو سره: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Late amendments since the close-out: %n.</source>
        <translation>
            <numerusform>د ورځې له تړلو وروسته ځنډني بدلونونه: %n.</numerusform>
            <numerusform>د ورځې له تړلو وروسته ځنډني بدلونونه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late amendments to other days made in this period: %n.</source>
        <translation>
            <numerusform>نورو ورځو ته ځنډني بدلونونه چې په دې موده کې شوي: %n.</numerusform>
            <numerusform>نورو ورځو ته ځنډني بدلونونه چې په دې موده کې شوي: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records: %n.</source>
        <translation>
            <numerusform>باطل شوي ریکارډونه: %n.</numerusform>
            <numerusform>باطل شوي ریکارډونه: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days closed in this period: %n of %1.</source>
        <translation>
            <numerusform>په دې موده کې تړل شوې ورځې: %n له %1.</numerusform>
            <numerusform>په دې موده کې تړل شوې ورځې: %n له %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This day is not closed: its numbers may still change.</source>
        <translation>دا ورځ نه ده تړل شوې: شمېرې یې لا هم بدلېدای شي.</translation>
    </message>
    <message>
        <source>Closed by %1 (signed “%2”) at %3. Departures when closed: %4. Tally hash: %5</source>
        <translation>د %1 لخوا (لاسلیک «%2») په %3 وتړل شوه. د تړلو پر مهال وتنې: %4. د شمېرنې هش: %5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>HQ: reconciled.</source>
        <translation>مرکز: سمون تایید شو.</translation>
    </message>
    <message>
        <source>HQ: not reconciled: the frozen tally does not match its hash at HQ (changed after closing, or damaged on the way).</source>
        <translation>مرکز: سمون نه دی تایید شوی: کنګل شوې شمېرنه په مرکز کې له خپل هش سره سمون نه خوري (له تړلو وروسته بدله شوې، یا په لاره کې خرابه شوې).</translation>
    </message>
    <message numerus="yes">
        <source>HQ: not reconciled: records of this day not yet at HQ: %n.</source>
        <translation>
            <numerusform>مرکز: سمون نه دی تایید شوی: د دې ورځې هغه ریکارډونه چې لا مرکز ته نه دي رسېدلي: %n.</numerusform>
            <numerusform>مرکز: سمون نه دی تایید شوی: د دې ورځې هغه ریکارډونه چې لا مرکز ته نه دي رسېدلي: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has not compared this close-out yet.</source>
        <translation>مرکز لا د دې ورځې تړنه نه ده پرتله کړې.</translation>
    </message>
    <message>
        <source>Choose one day to close it.</source>
        <translation>د تړلو لپاره یوه ورځ وټاکئ.</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>دا ورځ مخکې تړل شوې.</translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation>دا ورځ لا نه ده پیل شوې.</translation>
    </message>
    <message>
        <source>Freeze this day&apos;s tally, hash it and sign it with your name.</source>
        <translation>د دې ورځې شمېرنه کنګل کړئ، هش یې کړئ او په خپل نوم یې لاسلیک کړئ.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 وتړل شوه.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary &amp;password</source>
        <translation>لنډمهاله پټنوم (&amp;P)</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>پټنوم بیا ولیکئ (&amp;W)</translation>
    </message>
    <message>
        <source>Type a temporary password.</source>
        <translation>یو لنډمهاله پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>مهرباني وکړئ صبر وکړئ…</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>D&amp;isable…</source>
        <translation>غیرفعالول (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>پټنوم بیا ټاکل (&amp;R)…</translation>
    </message>
    <message>
        <source>Re-&amp;enable…</source>
        <translation>بیا فعالول (&amp;E)…</translation>
    </message>
    <message>
        <source>Change full name…</source>
        <translation>بشپړ نوم بدلول…</translation>
    </message>
    <message>
        <source>e.g. shah.wali</source>
        <translation>لکه shah.wali</translation>
    </message>
    <message>
        <source>as signed on tally sheets</source>
        <translation>لکه څنګه چې د شمېرنې په پاڼو لاسلیک کېږي</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>کارن زیاتول (&amp;A)</translation>
    </message>
    <message>
        <source>Add the user (Enter)</source>
        <translation>کارن زیات کړئ (Enter)</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>د کارن نوم (&amp;N)</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>بشپړ نوم (&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>رول (&amp;O)</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>لومړی پټنوم (&amp;P)</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>پټنوم بیا ولیکئ (&amp;W)</translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They must choose their own at their first sign-in.</source>
        <translation>لومړی پټنوم کارن ته په خپله ورکړئ. هغه باید په لومړي ننوتلو کې خپل پټنوم وټاکي.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>یو کارن زیاتول</translation>
    </message>
    <message>
        <source>Only an IT admin manages users.</source>
        <translation>کارنان یوازې د IT مدیر اداره کوي.</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>لومړی په لېست کې یو کارن وټاکئ.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>تاسو خپل حساب نشئ غیرفعالولی.</translation>
    </message>
    <message>
        <source>This account is already disabled.</source>
        <translation>دا حساب مخکې غیرفعال شوی.</translation>
    </message>
    <message>
        <source>This account is disabled: re-enable it instead.</source>
        <translation>دا حساب غیرفعال دی: پر ځای یې بیا فعال کړئ.</translation>
    </message>
    <message>
        <source>This account is active.</source>
        <translation>دا حساب فعال دی.</translation>
    </message>
    <message>
        <source>Change the name shown on tally sheets and close-outs</source>
        <translation>هغه نوم بدل کړئ چې د شمېرنې په پاڼو او د ورځو په تړنو کې ښودل کېږي</translation>
    </message>
    <message>
        <source>Stop this user signing in (their records stay)</source>
        <translation>د دې کارن ننوتل ودروئ (ریکارډونه یې پاتې کېږي)</translation>
    </message>
    <message>
        <source>Give this user a temporary password they must change</source>
        <translation>دې کارن ته لنډمهاله پټنوم ورکړئ چې باید یې بدل کړي</translation>
    </message>
    <message>
        <source>Let this user sign in again with a temporary password</source>
        <translation>دې کارن ته اجازه ورکړئ چې د لنډمهاله پټنوم سره بیا ننوځي</translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>د نوي کارن نوم ولیکئ.</translation>
    </message>
    <message>
        <source>Type a first password for the user.</source>
        <translation>د کارن لپاره لومړی پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 زیاتېږي…</translation>
    </message>
    <message>
        <source>%1 was added as %2. They must choose their own password at their first sign-in.</source>
        <translation>%1 د %2 په توګه زیات شو. هغه باید په لومړي ننوتلو کې خپل پټنوم وټاکي.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>بشپړ نوم</translation>
    </message>
    <message>
        <source>Full name of %1, as printed on tally sheets and close-outs:</source>
        <translation>د %1 بشپړ نوم، لکه څنګه چې د شمېرنې په پاڼو او د ورځو په تړنو کې چاپېږي:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>The full name of %1 was saved.</source>
        <translation>د %1 بشپړ نوم خوندي شو.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>کارن غیرفعالول</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to sign in. Their records stay, and you can re-enable the account later with a new temporary password.</source>
        <translation>آیا %1 غیرفعال شي؟ هغه به نور ننوتلی نشي. ریکارډونه یې پاتې کېږي، او تاسو کولی شئ حساب وروسته د نوي لنډمهاله پټنوم سره بیا فعال کړئ.</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>غیرفعالول (&amp;I)</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the database has a new key.</source>
        <translation>%1 نور ننوتلی نشي؛ ډیټابیس نوې کیلي لري.</translation>
    </message>
    <message>
        <source>These users need a new password (Reset password): %1</source>
        <translation>دې کارنانو ته نوی پټنوم پکار دی (پټنوم بیا ټاکل): %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>پټنوم بیا ټاکل</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at their next sign-in.</source>
        <translation>د %1 لپاره لنډمهاله پټنوم وټاکئ او په خپله یې ورته ورکړئ. هغه باید په راتلونکي ننوتلو کې خپل پټنوم وټاکي.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>پټنوم ټاکل</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must change it at the next sign-in.</source>
        <translation>%1 لنډمهاله پټنوم لري او باید په راتلونکي ننوتلو کې یې بدل کړي.</translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation>کارن بیا فعالول</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again with this temporary password, and must choose their own at the next sign-in.</source>
        <translation>%1 به وکولی شي د دې لنډمهاله پټنوم سره بیا ننوځي، او باید په راتلونکي ننوتلو کې خپل پټنوم وټاکي.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>بیا فعالول</translation>
    </message>
    <message>
        <source>%1 can sign in again with the temporary password.</source>
        <translation>%1 کولی شي د لنډمهاله پټنوم سره بیا ننوځي.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void record</source>
        <translation>ریکارډ باطلول</translation>
    </message>
    <message>
        <source>e.g. recorded twice</source>
        <translation>لکه دوه ځله ثبت شوی</translation>
    </message>
    <message>
        <source>A void record stays in the list, greyed out, and leaves the tally. It cannot be undone.</source>
        <translation>باطل شوی ریکارډ په لېست کې خړ پاتې کېږي، او له شمېرنې وځي. دا بېرته نشي ګرځول کېدای.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>لامل (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Void record</source>
        <translation>ریکارډ باطل کړئ (&amp;V)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
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
        <translation>%1: %2، د %3 لخوا ثبت شوی</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>تر %1 پورې د اعتبار وړ</translation>
    </message>
    <message>
        <source>This desk&apos;s records</source>
        <translation>د دې مېز ریکارډونه</translation>
    </message>
    <message>
        <source>HQ&apos;s lists, version %1</source>
        <translation>د مرکز لېستونه، نسخه %1</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 زاړه</translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1.</source>
        <translation>په دې وسیله کې د مرکز لېستونه: نسخه %1.</translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1, current at HQ on %2 (%3).</source>
        <translation>په دې وسیله کې د مرکز لېستونه: نسخه %1، چې په %2 په مرکز کې تازه وه (%3).</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>له خوندي کولو مخکې وګورئ</translation>
    </message>
    <message numerus="yes">
        <source>Documents with warnings: %n. Look at the documents and the person again: save only if you are sure. Saving anyway keeps the warnings with the record.</source>
        <translation>
            <numerusform>د خبرتیا لرونکي اسناد: %n. اسناد او شخص بیا وګورئ: یوازې هغه وخت یې خوندي کړئ چې ډاډه یاست. که بیا هم خوندي شي، خبرتیاوې له ریکارډ سره ساتل کېږي.</numerusform>
            <numerusform>د خبرتیا لرونکي اسناد: %n. اسناد او شخص بیا وګورئ: یوازې هغه وخت یې خوندي کړئ چې ډاډه یاست. که بیا هم خوندي شي، خبرتیاوې له ریکارډ سره ساتل کېږي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>څه وموندل شول</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>له کله راهیسې</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>چېرې</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>بېرته تلل (&amp;G)</translation>
    </message>
    <message>
        <source>Back to the form; nothing is saved (Esc)</source>
        <translation>فورمې ته بېرته؛ هېڅ شی نه خوندي کېږي (Esc)</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>بیا هم خوندي کول (&amp;A)</translation>
    </message>
    <message>
        <source>Save, keeping these warnings with the record (Alt+A)</source>
        <translation>خوندي یې کړئ، او دا خبرتیاوې له ریکارډ سره وساتئ (Alt+A)</translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>مهرباني وکړئ صبر وکړئ…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کارن</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>بشپړ نوم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>باید پټنوم بدل کړي</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>ننوتلی شي</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>زیات شوی</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 د %2 لخوا</translation>
    </message>
    <message>
        <source>%1 (role not verified)</source>
        <translation>%1 (رول نه دی تایید شوی)</translation>
    </message>
    <message>
        <source>This user&apos;s role was changed outside Checkpoint and cannot be trusted. Reset their password to grant the account again.</source>
        <translation>د دې کارن رول له Checkpoint بهر بدل شوی او باور پرې نشي کېدای. د دې لپاره چې حساب بیا ورکړل شي، پټنوم یې بیا وټاکئ.</translation>
    </message>
    <message>
        <source>This user has no key to the database and cannot sign in.</source>
        <translation>دا کارن ډیټابیس ته کیلي نه لري او ننوتلی نشي.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>کرښه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>لامل</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New crossing</source>
        <translation>نوې تېرېدنه</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ریکارډونه</translation>
    </message>
    <message>
        <source>Daily tally</source>
        <translation>ورځنۍ شمېرنه</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایتونه</translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation>د IT مدیر</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>No.</source>
        <translation>شمېره</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وخت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کارن</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کړنه</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>اړوند</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Hamal</source>
        <translation>وری</translation>
    </message>
    <message>
        <source>Sawr</source>
        <translation>غویی</translation>
    </message>
    <message>
        <source>Jawza</source>
        <translation>غبرګولی</translation>
    </message>
    <message>
        <source>Saratan</source>
        <translation>چنګاښ</translation>
    </message>
    <message>
        <source>Asad</source>
        <translation>زمری</translation>
    </message>
    <message>
        <source>Sonbola</source>
        <translation>وږی</translation>
    </message>
    <message>
        <source>Mizan</source>
        <translation>تله</translation>
    </message>
    <message>
        <source>Aqrab</source>
        <translation>لړم</translation>
    </message>
    <message>
        <source>Qaws</source>
        <translation>لیندۍ</translation>
    </message>
    <message>
        <source>Jadi</source>
        <translation>مرغومی</translation>
    </message>
    <message>
        <source>Dalw</source>
        <translation>سلواغه</translation>
    </message>
    <message>
        <source>Hut</source>
        <translation>کب</translation>
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
        <translation>بدخشان</translation>
    </message>
    <message>
        <source>Baghlan</source>
        <extracomment>list af_provinces, native spelling بغلان</extracomment>
        <translation>بغلان</translation>
    </message>
    <message>
        <source>Daykundi</source>
        <extracomment>list af_provinces, native spelling دایکندی</extracomment>
        <translation>دایکندي</translation>
    </message>
    <message>
        <source>Farah</source>
        <extracomment>list af_provinces, native spelling فراه</extracomment>
        <translation>فراه</translation>
    </message>
    <message>
        <source>Faryab</source>
        <extracomment>list af_provinces, native spelling فاریاب</extracomment>
        <translation>فاریاب</translation>
    </message>
    <message>
        <source>Ghazni</source>
        <extracomment>list af_provinces, native spelling غزنی</extracomment>
        <translation>غزني</translation>
    </message>
    <message>
        <source>Ghor</source>
        <extracomment>list af_provinces, native spelling غور</extracomment>
        <translation>غور</translation>
    </message>
    <message>
        <source>Helmand</source>
        <extracomment>list af_provinces, native spelling هلمند</extracomment>
        <translation>هلمند</translation>
    </message>
    <message>
        <source>Herat</source>
        <extracomment>list af_provinces, native spelling هرات</extracomment>
        <translation>هرات</translation>
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
        <translation>کندهار</translation>
    </message>
    <message>
        <source>Kapisa</source>
        <extracomment>list af_provinces, native spelling کاپیسا</extracomment>
        <translation>کاپیسا</translation>
    </message>
    <message>
        <source>Kunduz</source>
        <extracomment>list af_provinces, native spelling کندز</extracomment>
        <translation>کندز</translation>
    </message>
    <message>
        <source>Khost</source>
        <extracomment>list af_provinces, native spelling خوست</extracomment>
        <translation>خوست</translation>
    </message>
    <message>
        <source>Kunar</source>
        <extracomment>list af_provinces, native spelling کنر</extracomment>
        <translation>کونړ</translation>
    </message>
    <message>
        <source>Laghman</source>
        <extracomment>list af_provinces, native spelling لغمان</extracomment>
        <translation>لغمان</translation>
    </message>
    <message>
        <source>Logar</source>
        <extracomment>list af_provinces, native spelling لوگر</extracomment>
        <translation>لوګر</translation>
    </message>
    <message>
        <source>Nangarhar</source>
        <extracomment>list af_provinces, native spelling ننگرهار</extracomment>
        <translation>ننګرهار</translation>
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
        <translation>سمنګان</translation>
    </message>
    <message>
        <source>Sar-e Pul</source>
        <extracomment>list af_provinces, native spelling سرپل</extracomment>
        <translation>سرپل</translation>
    </message>
    <message>
        <source>Takhar</source>
        <extracomment>list af_provinces, native spelling تخار</extracomment>
        <translation>تخار</translation>
    </message>
    <message>
        <source>Uruzgan</source>
        <extracomment>list af_provinces</extracomment>
        <translation>اروزګان</translation>
    </message>
    <message>
        <source>Wardak</source>
        <extracomment>list af_provinces, native spelling وردک</extracomment>
        <translation>وردګ</translation>
    </message>
    <message>
        <source>Zabul</source>
        <extracomment>list af_provinces, native spelling زابل</extracomment>
        <translation>زابل</translation>
    </message>
    <message>
        <source>Cancelled by the issuing authority</source>
        <extracomment>list card_reasons</extracomment>
        <translation>د صادروونکې ادارې لخوا لغوه شوی</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <extracomment>list card_reasons</extracomment>
        <translation>د ورکېدو راپور ورکړل شوی</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <extracomment>list card_reasons</extracomment>
        <translation>د غلا کېدو راپور ورکړل شوی</translation>
    </message>
    <message>
        <source>Taken into custody</source>
        <extracomment>list card_reasons</extracomment>
        <translation>ضبط شوی</translation>
    </message>
    <message>
        <source>Holder deceased</source>
        <extracomment>list card_reasons</extracomment>
        <translation>لرونکی یې مړ شوی</translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>list card_reasons</extracomment>
        <translation>په نوي کارت بدل شوی</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>list check_results</extracomment>
        <translation>تایید شوی</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>list check_results</extracomment>
        <translation>د اعتبار موده تېره</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <extracomment>list check_results</extracomment>
        <translation>توپیر</translation>
    </message>
    <message>
        <source>Suspected forgery</source>
        <extracomment>list check_results</extracomment>
        <translation>د جعل شک</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>list check_results</extracomment>
        <translation>د لوستلو وړ نه دی</translation>
    </message>
    <message>
        <source>Not presented</source>
        <extracomment>list check_results</extracomment>
        <translation>نه دی وړاندې شوی</translation>
    </message>
    <message>
        <source>Extortion or bribe</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>اخاذي یا بډې</translation>
    </message>
    <message>
        <source>Mistreatment</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>بد چلند</translation>
    </message>
    <message>
        <source>Property left behind</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>پاتې شوې شتمني</translation>
    </message>
    <message>
        <source>Document confiscated</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>سند ضبط شوی</translation>
    </message>
    <message>
        <source>Family separation</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>د کورنۍ بېلتون</translation>
    </message>
    <message>
        <source>Delay</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>ځنډ</translation>
    </message>
    <message>
        <source>Lost belongings</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>ورک شوي سامانونه</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>نور</translation>
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
        <translation>انګور اډه</translation>
    </message>
    <message>
        <source>Kharlachi</source>
        <extracomment>list crossing_points</extracomment>
        <translation>خرلاچي</translation>
    </message>
    <message>
        <source>Badini</source>
        <extracomment>list crossing_points</extracomment>
        <translation>بادیني</translation>
    </message>
    <message>
        <source>Barabcha</source>
        <extracomment>list crossing_points</extracomment>
        <translation>برابچه</translation>
    </message>
    <message>
        <source>Noor Wahab</source>
        <extracomment>list crossing_points</extracomment>
        <translation>نور وهاب</translation>
    </message>
    <message>
        <source>Returned to holder</source>
        <extracomment>list custody</extracomment>
        <translation>لرونکي ته ورکړل شو</translation>
    </message>
    <message>
        <source>Retained</source>
        <extracomment>list custody</extracomment>
        <translation>وساتل شو</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>list custody</extracomment>
        <translation>لغوه شو</translation>
    </message>
    <message>
        <source>Proof of Registration card</source>
        <extracomment>list document_types</extracomment>
        <translation>د ثبت د ثبوت کارت (PoR)</translation>
    </message>
    <message>
        <source>PoR</source>
        <extracomment>list document_types, short for Proof of Registration card</extracomment>
        <translation>PoR</translation>
    </message>
    <message>
        <source>Afghan Citizen Card</source>
        <extracomment>list document_types</extracomment>
        <translation>د افغان تبعه کارت (ACC)</translation>
    </message>
    <message>
        <source>ACC</source>
        <extracomment>list document_types, short for Afghan Citizen Card</extracomment>
        <translation>ACC</translation>
    </message>
    <message>
        <source>Passport</source>
        <extracomment>list document_types</extracomment>
        <translation>پاسپورټ</translation>
    </message>
    <message>
        <source>passport</source>
        <extracomment>list document_types, short for Passport</extracomment>
        <translation>پاسپورټ</translation>
    </message>
    <message>
        <source>Tazkira</source>
        <extracomment>list document_types, native spelling تذکره</extracomment>
        <translation>تذکره</translation>
    </message>
    <message>
        <source>Visa</source>
        <extracomment>list document_types</extracomment>
        <translation>ویزه</translation>
    </message>
    <message>
        <source>visa</source>
        <extracomment>list document_types, short for Visa</extracomment>
        <translation>ویزه</translation>
    </message>
    <message>
        <source>Other document</source>
        <extracomment>list document_types</extracomment>
        <translation>بل سند</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>list document_types, short for Other document</extracomment>
        <translation>بل</translation>
    </message>
    <message>
        <source>No document</source>
        <extracomment>list document_types</extracomment>
        <translation>سند نشته</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>list document_types, short for No document</extracomment>
        <translation>هېڅ</translation>
    </message>
    <message>
        <source>Already recorded departing at this desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation>په دې مېز کې مخکې د وتونکي په توګه ثبت شوی</translation>
    </message>
    <message>
        <source>On HQ&apos;s cancelled-cards list</source>
        <extracomment>list document_warnings</extracomment>
        <translation>د مرکز د لغوه شویو کارتونو په لېست کې</translation>
    </message>
    <message>
        <source>Recorded departing at another desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation>په بل مېز کې د وتونکي په توګه ثبت شوی</translation>
    </message>
    <message>
        <source>Document type no longer valid by policy</source>
        <extracomment>list document_warnings</extracomment>
        <translation>د سند ډول د پالیسۍ له مخې نور د اعتبار وړ نه دی</translation>
    </message>
    <message>
        <source>Visual</source>
        <extracomment>list methods</extracomment>
        <translation>په سترګو کتنه</translation>
    </message>
    <message>
        <source>MRZ</source>
        <extracomment>list methods</extracomment>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>Document reader</source>
        <extracomment>list methods</extracomment>
        <translation>د سند لوستونکی</translation>
    </message>
    <message>
        <source>Balochistan</source>
        <extracomment>list pk_provinces, native spelling بلوچستان</extracomment>
        <translation>بلوچستان</translation>
    </message>
    <message>
        <source>Gilgit-Baltistan</source>
        <extracomment>list pk_provinces, native spelling گلگت بلتستان</extracomment>
        <translation>ګلګت بلتستان</translation>
    </message>
    <message>
        <source>Islamabad Capital Territory</source>
        <extracomment>list pk_provinces, native spelling اسلام آباد</extracomment>
        <translation>د اسلام اباد پلازمینه سیمه</translation>
    </message>
    <message>
        <source>Khyber Pakhtunkhwa</source>
        <extracomment>list pk_provinces, native spelling خیبر پختونخوا</extracomment>
        <translation>خیبر پښتونخوا</translation>
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
        <translation>آزاد جمو او کشمیر</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <extracomment>list return_types</extracomment>
        <translation>داوطلبانه</translation>
    </message>
    <message>
        <source>Deported</source>
        <extracomment>list return_types</extracomment>
        <translation>اخراج شوی</translation>
    </message>
    <message>
        <source>Assisted</source>
        <extracomment>list return_types</extracomment>
        <translation>مرسته شوی</translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>list sexes</extracomment>
        <translation>نارینه</translation>
    </message>
    <message>
        <source>Female</source>
        <extracomment>list sexes</extracomment>
        <translation>ښځینه</translation>
    </message>
    <message>
        <source>Unaccompanied child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>بې سرپرسته ماشوم</translation>
    </message>
    <message>
        <source>Separated child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>له کورنۍ بېل شوی ماشوم</translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>هغه کورنۍ چې مشره یې ښځه ده</translation>
    </message>
    <message>
        <source>Disability</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>معلولیت</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>جدي روغتیایي ستونزه</translation>
    </message>
    <message>
        <source>Older person at risk</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>له خطر سره مخ زوړ کس</translation>
    </message>
    <message>
        <source>Pregnant or lactating</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>امیندواره یا شیدې ورکوونکې</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <source>Received</source>
        <translation>ترلاسه شوی</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>په جریان کې</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>راجع شوی</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل شوی</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>تړل شوی</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>بېړنی</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>اړیکه: %1</translation>
    </message>
    <message>
        <source>Linked record %1</source>
        <translation>تړلی ریکارډ %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>د ثبت وخت</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>کټګوري</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>بېړني والی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تشریح</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>ثبت کوونکی</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>less than an hour</source>
        <translation>له یو ساعت کم</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ساعت</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ساعت</numerusform>
            <numerusform>%n ساعته</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;1 h</source>
        <translation>&lt;1 ساعت</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعت</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ورځې</translation>
    </message>
    <message>
        <source>Lists: none</source>
        <translation>لېستونه: نشته</translation>
    </message>
    <message>
        <source>Lists: OUT OF DATE</source>
        <translation>لېستونه: زاړه دي</translation>
    </message>
    <message>
        <source>Lists: %1 old</source>
        <translation>لېستونه: %1 زاړه</translation>
    </message>
    <message>
        <source>Lists from HQ: never received. Warnings about cancelled cards, documents recorded at other checkpoints and policy dates are missing until this device syncs with HQ.</source>
        <translation>له مرکز څخه لېستونه: هېڅکله نه دي ترلاسه شوي. د لغوه شویو کارتونو، په نورو پوستو کې د ثبت شویو اسنادو او د پالیسۍ د نېټو په اړه خبرتیاوې تر هغه نشته چې دا وسیله له مرکز سره همغږي شي.</translation>
    </message>
    <message>
        <source>Lists from HQ: version %1, %2 old</source>
        <translation>له مرکز څخه لېستونه: نسخه %1، %2 زاړه</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>یوه ورځ</translation>
    </message>
    <message>
        <source>. OUT OF DATE (older than %1): warnings about cancelled cards and documents recorded elsewhere may be missing. Sync with HQ.</source>
        <translation>. زاړه دي (له %1 زاړه): کېدای شي د لغوه شویو کارتونو او په نورو ځایونو کې د ثبت شویو اسنادو په اړه خبرتیاوې کمې وي. له مرکز سره همغږي وکړئ.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Full name</source>
        <translation>بشپړ نوم</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>د پلار نوم</translation>
    </message>
    <message>
        <source>Full name (native script)</source>
        <translation>بشپړ نوم (اصلي لیکدود)</translation>
    </message>
    <message>
        <source>Father&apos;s name (native script)</source>
        <translation>د پلار نوم (اصلي لیکدود)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>د زېږون نېټه</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation>اصلي ولایت</translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation>اصلي ولسوالي</translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation>د منزل ولایت</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>د راستنېدو ډول</translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation>د VRF شمېره</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>زیانمنتیاوې</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>د سند ډول</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>د سند شمېره</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>صادروونکی هېواد</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>د پای نېټه</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>د کتنې پایله</translation>
    </message>
    <message>
        <source>Check method</source>
        <translation>د کتنې طریقه</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>ساتنه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>لامل</translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation>د اصلاح لامل</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>د کارن نوم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>د وخت سیمه</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>کټګوري</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تشریح</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>بېړني والی</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ورځ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>د بېکارۍ له دقیقو وروسته تړل</translation>
    </message>
    <message>
        <source>Keep personal details (days)</source>
        <translation>د شخصي معلوماتو ساتل (ورځې)</translation>
    </message>
    <message>
        <source>HQ&apos;s lists out of date after (days)</source>
        <translation>د مرکز لېستونه له دې وروسته زاړه (ورځې)</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>تړلی ریکارډ</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>باطل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وخت</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>کورنۍ</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>کاتب</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>د شفټ مشر</translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation>د IT مدیر</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Try again; if it happens again, call IT.</source>
        <translation>یوه ستونزه رامنځته شوه او هېڅ شی خوندي نه شو. بیا هڅه وکړئ؛ که بیا پېښ شو، IT ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>Person %1: </source>
        <translation>شخص %1: </translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>د همغږۍ ستونزه: %1</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>ډیسک ډک دی: هېڅ شی خوندي نه شو. څه ځای خالي کړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was imported. Free some space and import the file again.</source>
        <translation>ډیسک ډک دی: هېڅ شی وارد نه شو. څه ځای خالي کړئ او فایل بیا وارد کړئ.</translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list.</source>
        <translation>%1: «%2» په لېست کې نشته.</translation>
    </message>
    <message>
        <source>%1 is not in the list.</source>
        <translation>%1 په لېست کې نشته.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 سم نه دی.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>ستاسو رول د دې اجازه نه ورکوي.</translation>
    </message>
    <message>
        <source>It is no longer there; refresh and try again.</source>
        <translation>دا نور هلته نشته؛ تازه یې کړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 اړین دی.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 له %2 تورو اوږد دی.</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 باید له %2 تر %3 وي.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>موده له پیل مخکې پای ته رسېږي.</translation>
    </message>
    <message>
        <source>%1 is not a date. Use YYYY-MM-DD, DD/MM/YYYY or a Solar Hijri date such as 1403/01/15.</source>
        <translation>%1 نېټه نه ده. YYYY-MM-DD، DD/MM/YYYY یا لمریز هجري نېټه لکه 1403/01/15 وکاروئ.</translation>
    </message>
    <message>
        <source>There is no database here yet.</source>
        <translation>دلته لا ډیټابیس نشته.</translation>
    </message>
    <message>
        <source>That file already exists; choose a new name.</source>
        <translation>دا فایل مخکې له مخکې شته؛ نوی نوم وټاکئ.</translation>
    </message>
    <message>
        <source>The database cannot be opened: it is damaged or its key file is missing. Call IT; do not delete anything.</source>
        <translation>ډیټابیس نشي پرانیستل کېدای: خراب دی یا یې د کیلي فایل نشته. IT ته زنګ ووهئ؛ هېڅ شی مه ړنګوئ.</translation>
    </message>
    <message>
        <source>The database was never set up completely. Call IT; do not delete anything.</source>
        <translation>ډیټابیس هېڅکله په بشپړ ډول نه دی جوړ شوی. IT ته زنګ ووهئ؛ هېڅ شی مه ړنګوئ.</translation>
    </message>
    <message>
        <source>The key file beside the database is missing. Call IT; do not delete anything.</source>
        <translation>د ډیټابیس تر څنګ د کیلي فایل نشته. IT ته زنګ ووهئ؛ هېڅ شی مه ړنګوئ.</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged. Call IT; do not delete anything.</source>
        <translation>د ډیټابیس تر څنګ د کیلي فایل خراب دی. IT ته زنګ ووهئ؛ هېڅ شی مه ړنګوئ.</translation>
    </message>
    <message>
        <source>This file is not a Checkpoint backup, or it is damaged. Nothing was changed.</source>
        <translation>دا فایل د Checkpoint بیک اپ نه دی، یا خراب دی. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file (its name ends in .keys) is not beside it. Copy both files together. Nothing was changed.</source>
        <translation>د بیک اپ د کیلي فایل (چې نوم یې په ‎.keys پای ته رسېږي) ورسره څنګ ته نشته. دواړه فایلونه یوځای کاپي کړئ. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This is a backup of another checkpoint&apos;s database. Nothing was changed.</source>
        <translation>دا د بلې پوستې د ډیټابیس بیک اپ دی. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The key file beside the backup belongs to another database. Nothing was changed.</source>
        <translation>د بیک اپ تر څنګ د کیلي فایل د بل ډیټابیس دی. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log does not verify: it was changed after it was written. Nothing was changed.</source>
        <translation>د بیک اپ د پلټنې لاګ نه تاییدېږي: له لیکلو وروسته بدل شوی. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>د پلټنې لیکنه %1 نشته: لیکنې ړنګې شوې دي.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>د پلټنې لیکنه %1 له مخکینۍ لیکنې سره نه تړل کېږي.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>د پلټنې لیکنه %1 له لیکلو وروسته بدله شوې.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed, though the entries before it are.</source>
        <translation>د پلټنې لیکنه %1 لاسلیک شوې نه ده، که څه هم مخکینۍ لیکنې لاسلیک شوې دي.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed by %2: it was rewritten and signed again by someone else.</source>
        <translation>د پلټنې لیکنه %1 د %2 لخوا لاسلیک شوې نه ده: بل چا بیا لیکلې او بیا یې لاسلیک کړې.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but %2&apos;s anchor of %3 names it: entries were deleted.</source>
        <translation>د پلټنې لیکنه %1 نشته، خو د %2 د %3 لنګر یې یادونه کوي: لیکنې ړنګې شوې دي.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one %2&apos;s anchor of %3 names: the log was rewritten.</source>
        <translation>د پلټنې لیکنه %1 له هغې توپیر لري چې د %2 د %3 لنګر یې یادونه کوي: لاګ بیا لیکل شوی.</translation>
    </message>
    <message>
        <source>%1&apos;s audit anchor in the key file does not verify: the key file was edited.</source>
        <translation>د کیلي په فایل کې د %1 د پلټنې لنګر نه تاییدېږي: د کیلي فایل بدل شوی.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but HQ holds it: entries were deleted after they were sent.</source>
        <translation>د پلټنې لیکنه %1 نشته، خو مرکز یې لري: لیکنې له لېږلو وروسته ړنګې شوې دي.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the copy HQ holds: the log was rewritten after it was sent.</source>
        <translation>د پلټنې لیکنه %1 له هغې کاپۍ توپیر لري چې مرکز یې لري: لاګ له لېږلو وروسته بیا لیکل شوی.</translation>
    </message>
    <message>
        <source>User name or password not accepted.</source>
        <translation>د کارن نوم یا پټنوم ونه منل شو.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait %1 seconds, then try again.</source>
        <translation>ډېر ځله ننوتل ناکام شول. %1 ثانیې صبر وکړئ، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask IT.</source>
        <translation>دا حساب غیرفعال شوی. له IT وپوښتئ.</translation>
    </message>
    <message>
        <source>This account is already active.</source>
        <translation>دا حساب مخکې فعال دی.</translation>
    </message>
    <message>
        <source>The sign-in could not be counted (the disk is full or read-only), so it was not tried. Free some space or call IT.</source>
        <translation>ننوتل ونه شمېرل شول (ډیسک ډک دی یا یوازې د لوستلو وړ دی)، نو هڅه ونه شوه. څه ځای خالي کړئ یا IT ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>This account&apos;s role could not be verified: it was changed outside Checkpoint. Ask an IT admin.</source>
        <translation>د دې حساب رول تایید نه شو: له Checkpoint بهر بدل شوی. له IT مدیر څخه وپوښتئ.</translation>
    </message>
    <message>
        <source>This IT admin account cannot change users or security settings on this device yet: another IT admin must sign in once first.</source>
        <translation>د IT مدیر دا حساب لا په دې وسیله کې کارنان یا امنیتي تنظیمات نشي بدلولی: لومړی باید بل د IT مدیر یو ځل ننوځي.</translation>
    </message>
    <message>
        <source>The HQ address or security settings were changed outside Checkpoint, so sync will not run. An IT admin must save the settings again.</source>
        <translation>د مرکز پته یا امنیتي تنظیمات له Checkpoint بهر بدل شوي، نو همغږي نه ترسره کېږي. د IT مدیر باید تنظیمات بیا خوندي کړي.</translation>
    </message>
    <message>
        <source>The database&apos;s key was changed (a user was disabled), so you were signed out. Sign in again.</source>
        <translation>د ډیټابیس کیلي بدله شوه (یو کارن غیرفعال شو)، نو تاسو له حسابه ووتلئ. بیا ننوځئ.</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>په دې نوم مخکې یو کارن شته.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>تاسو خپل حساب نشئ غیرفعالولی.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>د کارن نوم له 1 تر 64 توري، عددونه، ټکي، ډشونه یا لاندې کرښې دي.</translation>
    </message>
    <message>
        <source>Choose a password of your own: this is the one you signed in with.</source>
        <translation>خپل پټنوم وټاکئ: دا هغه دی چې تاسو پرې ننوتلي یاست.</translation>
    </message>
    <message>
        <source>There is nobody to save yet.</source>
        <translation>لا د خوندي کولو لپاره هېڅوک نشته.</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 120 years.</source>
        <translation>%1 باید له 0 تر 120 کلونو وي.</translation>
    </message>
    <message>
        <source>The birth date is after the crossing.</source>
        <translation>د زېږون نېټه له تېرېدنې وروسته ده.</translation>
    </message>
    <message>
        <source>%1 must be a three-letter country code such as AFG.</source>
        <translation>%1 باید د هېواد درې توریز کوډ وي، لکه AFG.</translation>
    </message>
    <message>
        <source>A clerk may correct only their own records. Ask a shift lead.</source>
        <translation>کاتب یوازې خپل ریکارډونه اصلاح کولی شي. له شفټ مشر وپوښتئ.</translation>
    </message>
    <message>
        <source>Records can be corrected by the clerk only on the day they were made. Ask a shift lead.</source>
        <translation>کاتب ریکارډونه یوازې په هغه ورځ اصلاح کولی شي چې جوړ شوي وي. له شفټ مشر وپوښتئ.</translation>
    </message>
    <message>
        <source>%1 cannot be corrected.</source>
        <translation>%1 نشي اصلاح کېدای.</translation>
    </message>
    <message>
        <source>This record is void and cannot be corrected.</source>
        <translation>دا ریکارډ باطل دی او نشي اصلاح کېدای.</translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation>دا ریکارډ مخکې باطل شوی.</translation>
    </message>
    <message>
        <source>This record&apos;s personal details were removed after the retention period, so it can no longer be changed.</source>
        <translation>د دې ریکارډ شخصي معلومات د ساتلو د مودې وروسته لرې شوي، نو نور نشي بدلېدای.</translation>
    </message>
    <message>
        <source>A check digit failed: choose the check result.</source>
        <translation>د کنټرول یو عدد سم نه و: د کتنې پایله وټاکئ.</translation>
    </message>
    <message>
        <source>The document expired on %1: its result cannot be Verified. Choose Expired or what you found.</source>
        <translation>د سند د اعتبار موده په %1 تېره شوې: پایله یې «تایید شوی» نشي کېدای. «د اعتبار موده تېره» یا هغه څه وټاکئ چې مو موندلي.</translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation>دا ورځ لا نه ده پیل شوې.</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>دا ورځ مخکې تړل شوې.</translation>
    </message>
    <message>
        <source>That is not a time zone name (for example Asia/Karachi).</source>
        <translation>دا د وخت د سیمې نوم نه دی (لکه Asia/Karachi).</translation>
    </message>
    <message>
        <source>A code list of this installation is damaged. Call IT.</source>
        <translation>د دې نصب د کوډونو یو لېست خراب دی. IT ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>The document reader&apos;s text is not a machine-readable zone. Read the document again.</source>
        <translation>د سند لوستونکي متن د ماشین لوستونکې برخه (MRZ) نه ده. سند بیا ولولئ.</translation>
    </message>
    <message>
        <source>The document reader&apos;s text holds a character no machine-readable zone has. Read the document again.</source>
        <translation>د سند لوستونکي متن داسې توری لري چې په هېڅ ماشین لوستونکې برخه (MRZ) کې نه وي. سند بیا ولولئ.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text; save it again as &quot;CSV UTF-8&quot; and retry. Nothing was imported.</source>
        <translation>فایل د UTF-8 متن په توګه نه دی خوندي شوی؛ بیا یې د &quot;CSV UTF-8&quot; په توګه خوندي کړئ او بیا هڅه وکړئ. هېڅ شی وارد نه شو.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV. Nothing was imported.</source>
        <translation>فایل د CSV په توګه نشي لوستل کېدای. هېڅ شی وارد نه شو.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row. Nothing was imported.</source>
        <translation>فایل خالي دی؛ سرلیک قطار ته اړتیا لري. هېڅ شی وارد نه شو.</translation>
    </message>
    <message>
        <source>The file lacks a required column (%1). Nothing was imported.</source>
        <translation>فایل یو اړین ستون (%1) نه لري. هېڅ شی وارد نه شو.</translation>
    </message>
    <message>
        <source>A column appears twice in the header (%1). Nothing was imported.</source>
        <translation>یو ستون په سرلیک کې دوه ځله راغلی (%1). هېڅ شی وارد نه شو.</translation>
    </message>
    <message>
        <source>The row has more values than the header has columns (a comma inside a value that is not in quotes?).</source>
        <translation>قطار د سرلیک له ستونونو ډېر ارزښتونه لري (شاید په یو ارزښت کې کامه ده چې په قوسونو کې نه ده؟).</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 باید yes یا no وي.</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1 له نن وروسته دی.</translation>
    </message>
    <message>
        <source>%1 is not a time. Use HH:MM, from 00:00 to 23:59.</source>
        <translation>%1 وخت نه دی. HH:MM وکاروئ، له 00:00 تر 23:59.</translation>
    </message>
    <message>
        <source>A document number is given but no document type.</source>
        <translation>د سند شمېره ورکړل شوې خو د سند ډول نه.</translation>
    </message>
    <message>
        <source>%1 is not a UUID.</source>
        <translation>%1 سم UUID نه دی.</translation>
    </message>
    <message>
        <source>This UUID is on an earlier line of the file.</source>
        <translation>دا UUID د فایل په یوه مخکینۍ کرښه کې دی.</translation>
    </message>
    <message>
        <source>The command was not written as expected.</source>
        <translation>کمانډ لکه څنګه چې تمه وه نه دی لیکل شوی.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>پټنوم اړین دی.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>د کارن نوم اړین دی.</translation>
    </message>
    <message>
        <source>You must choose a new password before anything else.</source>
        <translation>تاسو باید له هر څه مخکې نوی پټنوم وټاکئ.</translation>
    </message>
    <message>
        <source>This would leave no active admin; make another admin first.</source>
        <translation>په دې سره به هېڅ فعال مدیر پاتې نه شي؛ لومړی بل مدیر جوړ کړئ.</translation>
    </message>
    <message>
        <source>Demo records can only go into a demo database: this one is enrolled with HQ or holds real records.</source>
        <translation>د ازموینې ریکارډونه یوازې د ازموینې ډیټابیس ته تللی شي: دا یو په مرکز کې ثبت دی یا ریښتیني ریکارډونه لري.</translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet.</source>
        <translation>دا وسیله لا په مرکز کې نه ده ثبت شوې.</translation>
    </message>
    <message>
        <source>HQ cannot be reached: no network, or HQ is down. Records are safe here and will be sent when the link is back.</source>
        <translation>مرکز ته لاسرسی نشته: شبکه نشته، یا مرکز بند دی. ریکارډونه دلته خوندي دي او کله چې اړیکه بیا وصل شي لېږل کېږي.</translation>
    </message>
    <message>
        <source>HQ did not answer in time (slow link). Smaller batches will be tried.</source>
        <translation>مرکز په وخت ځواب ورنه کړ (ورو اړیکه). وړې ډلې به وازمویل شي.</translation>
    </message>
    <message>
        <source>Something other than HQ answered (a Wi-Fi login page or a proxy?). Nothing was marked as sent.</source>
        <translation>له مرکز پرته بل څه ځواب ورکړ (د Wi-Fi د ننوتلو پاڼه یا پراکسي؟). هېڅ شی د لېږل شوي په توګه نښه نه شو.</translation>
    </message>
    <message>
        <source>HQ no longer accepts this device (revoked, or never enrolled). Sync has stopped; IT must enroll the device again.</source>
        <translation>مرکز نور دا وسیله نه مني (لغوه شوې، یا هېڅکله نه ده ثبت شوې). همغږي ودرېده؛ IT باید وسیله بیا ثبت کړي.</translation>
    </message>
    <message>
        <source>HQ speaks another version of the sync protocol. Update the app.</source>
        <translation>مرکز د همغږۍ د پروتوکول بله نسخه کاروي. اپ تازه کړئ.</translation>
    </message>
    <message>
        <source>HQ is busy; sync will try again shortly.</source>
        <translation>مرکز بوخت دی؛ همغږي به ژر بیا هڅه وکړي.</translation>
    </message>
    <message>
        <source>HQ had an internal problem; sync will try again.</source>
        <translation>مرکز داخلي ستونزه درلوده؛ همغږي به بیا هڅه وکړي.</translation>
    </message>
    <message>
        <source>HQ found a single record too large to take.</source>
        <translation>مرکز یو ریکارډ د منلو لپاره ډېر لوی وموند.</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted (wrong address, or not the pinned certificate).</source>
        <translation>د مرکز سرټیفیکیټ ونه منل شو (ناسمه پته، یا پین شوی سرټیفیکیټ نه دی).</translation>
    </message>
    <message>
        <source>HQ refused the code: wrong, expired, or already used by another device.</source>
        <translation>مرکز کوډ رد کړ: ناسم دی، موده یې تېره شوې، یا مخکې د بلې وسیلې لخوا کارول شوی.</translation>
    </message>
    <message>
        <source>HQ&apos;s address must start with https://.</source>
        <translation>د مرکز پته باید په https:// پیل شي.</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>دا ویب پته نه ده.</translation>
    </message>
    <message>
        <source>HQ&apos;s address answered with a redirect to another address. Sync never follows redirects: enter HQ&apos;s own https:// address. Nothing was sent there.</source>
        <translation>د مرکز پتې بلې پتې ته د لېږد (redirect) ځواب ورکړ. همغږي هېڅکله لېږدونه نه تعقیبوي: د مرکز خپله https:// پته ولیکئ. هلته هېڅ شی ونه لېږل شو.</translation>
    </message>
    <message>
        <source>The certificate pin must be the SHA-256 fingerprint of HQ&apos;s certificate (64 hexadecimal digits), not MD5 or SHA-1.</source>
        <translation>د سرټیفیکیټ پین باید د مرکز د سرټیفیکیټ SHA-256 ګوتنښه وي (64 شپاړسیز عددونه)، نه MD5 یا SHA-1.</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate is not the pinned one: something else may be answering for HQ. Nothing was sent. Call IT.</source>
        <translation>د مرکز سرټیفیکیټ هغه پین شوی نه دی: کېدای شي بل څه د مرکز پر ځای ځواب ورکوي. هېڅ شی ونه لېږل شو. IT ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>HQ is holding back this device&apos;s audit entries.</source>
        <translation>مرکز د دې وسیلې د پلټنې لیکنې نه مني.</translation>
    </message>
    <message>
        <source>HQ refused the request.</source>
        <translation>مرکز غوښتنه رد کړه.</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly; the log has details for IT.</source>
        <translation>همغږي په ناڅاپي ډول ناکامه شوه؛ لاګ د IT لپاره جزئیات لري.</translation>
    </message>
    <message>
        <source>HQ did not take this record.</source>
        <translation>مرکز دا ریکارډ ونه مانه.</translation>
    </message>
    <message>
        <source>HQ could not store this record; it will be sent again once corrected.</source>
        <translation>مرکز ونشو کولی دا ریکارډ خوندي کړي؛ کله چې اصلاح شي بیا لېږل کېږي.</translation>
    </message>
    <message>
        <source>HQ already holds this revision of the record with other contents.</source>
        <translation>مرکز مخکې د ریکارډ دا نسخه د بلې منځپانګې سره لري.</translation>
    </message>
    <message>
        <source>HQ holds this record for another checkpoint.</source>
        <translation>مرکز دا ریکارډ د بلې پوستې لپاره لري.</translation>
    </message>
    <message>
        <source>The record was damaged on the way to HQ.</source>
        <translation>ریکارډ مرکز ته په لاره کې خراب شو.</translation>
    </message>
    <message>
        <source>HQ has this device under another checkpoint. Call IT.</source>
        <translation>مرکز دا وسیله د بلې پوستې لاندې لري. IT ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>Another device recorded this at HQ; only that device can change it.</source>
        <translation>بلې وسیلې دا په مرکز کې ثبت کړی؛ یوازې هغه وسیله یې بدلولی شي.</translation>
    </message>
    <message>
        <source>HQ could not read the request.</source>
        <translation>مرکز ونشو کولی غوښتنه ولولي.</translation>
    </message>
    <message>
        <source>HQ does not know this device. IT must enroll it again.</source>
        <translation>مرکز دا وسیله نه پېژني. IT باید بیا یې ثبت کړي.</translation>
    </message>
    <message>
        <source>HQ holds this record for another device.</source>
        <translation>مرکز دا ریکارډ د بلې وسیلې لپاره لري.</translation>
    </message>
    <message>
        <source>HQ does not know this enrollment code; check it, or ask HQ for a new one.</source>
        <translation>مرکز د ثبت دا کوډ نه پېژني؛ وې ګورئ، یا له مرکز نوی وغواړئ.</translation>
    </message>
    <message>
        <source>This enrollment code has expired or was withdrawn; ask HQ for a new one.</source>
        <translation>د ثبت د دې کوډ موده تېره شوې یا بېرته اخیستل شوی؛ له مرکز نوی وغواړئ.</translation>
    </message>
    <message>
        <source>This enrollment code was already used by another device; ask HQ for a new one.</source>
        <translation>د ثبت دا کوډ مخکې د بلې وسیلې لخوا کارول شوی؛ له مرکز نوی وغواړئ.</translation>
    </message>
    <message>
        <source>This enrollment code was made to re-enroll another device; ask HQ for a code for this one.</source>
        <translation>د ثبت دا کوډ د بلې وسیلې د بیا ثبتولو لپاره جوړ شوی؛ له مرکز د دې وسیلې لپاره کوډ وغواړئ.</translation>
    </message>
    <message>
        <source>HQ already has this device enrolled; to enroll it again, HQ must make a code for this device with controlroom enroll --device.</source>
        <translation>دا وسیله مخکې په مرکز کې ثبت ده؛ د بیا ثبتولو لپاره، مرکز باید د controlroom enroll --device په کارولو د دې وسیلې لپاره کوډ جوړ کړي.</translation>
    </message>
    <message>
        <source>HQ revoked this device; only HQ can readmit it, with a code made for this device by controlroom enroll --device.</source>
        <translation>مرکز دا وسیله لغوه کړې؛ یوازې مرکز یې بیا منلی شي، د هغه کوډ سره چې د controlroom enroll --device په کارولو د دې وسیلې لپاره جوړ شوی وي.</translation>
    </message>
    <message>
        <source>HQ is receiving too many requests from here; sync will try again shortly.</source>
        <translation>مرکز له دې ځایه ډېرې غوښتنې ترلاسه کوي؛ همغږي به ژر بیا هڅه وکړي.</translation>
    </message>
    <message>
        <source>HQ is still working on this device&apos;s previous batch; sync will try again shortly.</source>
        <translation>مرکز لا هم د دې وسیلې پر مخکینۍ ډلې کار کوي؛ همغږي به ژر بیا هڅه وکړي.</translation>
    </message>
    <message>
        <source>HQ did not recognise where this device left off; the updates will be fetched again.</source>
        <translation>مرکز ونه پېژندل چې دا وسیله چېرته درېدلې وه؛ تازه معلومات به بیا راوړل شي.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>syncing…</source>
        <translation>همغږي کېږي…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>ودرول شوې</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>نه ده تنظیم شوې</translation>
    </message>
    <message>
        <source>HQ could not be reached: check HQ&apos;s address and this computer&apos;s network, then enroll again.</source>
        <translation>مرکز ته لاسرسی ونه شو: د مرکز پته او د دې کمپیوټر شبکه وګورئ، بیا یې ثبت کړئ.</translation>
    </message>
    <message>
        <source>HQ did not answer in time: check the network, then enroll again.</source>
        <translation>مرکز په وخت ځواب ورنه کړ: شبکه وګورئ، بیا یې ثبت کړئ.</translation>
    </message>
    <message>
        <source>Something other than HQ answered at this address (a Wi-Fi login page or a proxy?): check the address.</source>
        <translation>په دې پته له مرکز پرته بل څه ځواب ورکړ (د Wi-Fi د ننوتلو پاڼه یا پراکسي؟): پته وګورئ.</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted: check the address and the certificate pin.</source>
        <translation>د مرکز سرټیفیکیټ ونه منل شو: پته او د سرټیفیکیټ پین وګورئ.</translation>
    </message>
    <message>
        <source>HQ had an internal problem: try again later or call HQ.</source>
        <translation>مرکز داخلي ستونزه درلوده: وروسته بیا هڅه وکړئ یا مرکز ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>HQ is busy: try again in a few minutes.</source>
        <translation>مرکز بوخت دی: څو دقیقې وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Enrollment failed.</source>
        <translation>ثبت ناکام شو.</translation>
    </message>
    <message>
        <source>Not enrolled: nothing will be sent to HQ until enrollment succeeds. %1</source>
        <translation>ثبت نه دی: تر هغه چې ثبت بریالی نه شي، مرکز ته به هېڅ شی ونه لېږل شي. %1</translation>
    </message>
</context>
<context>
    <name>tamper_notice</name>
    <message>
        <source>These users&apos; roles were changed outside Checkpoint and are not in force: %1. Check each one under IT admin › Users: reset the password to grant the role again, or disable the user.</source>
        <translation>د دې کارنانو رولونه له Checkpoint بهر بدل شوي او اعتبار نه لري: %1. هر یو د «د IT مدیر › کارنان» لاندې وګورئ: د رول د بیا ورکولو لپاره پټنوم بیا وټاکئ، یا کارن غیرفعال کړئ.</translation>
    </message>
    <message>
        <source>The security settings were changed outside Checkpoint: sync is stopped, and the idle lock and retention are at their defaults, until you check them and save them under IT admin › Settings.</source>
        <translation>امنیتي تنظیمات له Checkpoint بهر بدل شوي: همغږي ودرول شوې، او د بېکارۍ تړل او د ساتلو موده په خپلو اصلي ارزښتونو دي، تر هغه چې تاسو یې د «د IT مدیر › تنظیمات» لاندې وګورئ او خوندي یې کړئ.</translation>
    </message>
    <message>
        <source>Changed outside Checkpoint</source>
        <translation>له Checkpoint بهر بدل شوی</translation>
    </message>
</context>
</TS>
