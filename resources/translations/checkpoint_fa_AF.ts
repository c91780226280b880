<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>کاربران (&amp;U)</translation>
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
        <translation>همگام‌سازی با دفتر مرکزی (&amp;Y)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>دفتر تفتیش</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not enrolled with HQ yet: nothing can be sent. An IT admin enrolls this device under IT admin › Sync with HQ.</source>
        <translation>این دستگاه هنوز نزد دفتر مرکزی ثبت نشده است: هیچ چیز فرستاده نمی‌شود. مدیر سیستم این دستگاه را در بخش مدیر سیستم › همگام‌سازی با دفتر مرکزی ثبت می‌کند.</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/09/01</source>
        <translation>YYYY-MM-DD یا 1403/09/01</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Only an IT admin reads the audit log.</source>
        <translation>دفتر تفتیش را تنها مدیر سیستم می‌خواند.</translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>تاریخ‌ها را به شکل YYYY-MM-DD بنویسید، مثلاً 2026-12-01.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: all %n entries are intact, and every user&apos;s anchor and the entry HQ last acknowledged agree with it.</source>
        <translation>
            <numerusform>دفتر تفتیش تأیید شد: هر %n مورد سالم است، و لنگر هر کاربر و آخرین موردی که دفتر مرکزی دریافت آن را تأیید کرده، با آن مطابقت دارند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log broken: %1 The %n entries of the chain before it verify. Call IT security; change nothing.</source>
        <translation>
            <numerusform>دفتر تفتیش خراب است: %1 %n مورد زنجیره پیش از آن تأیید می‌شوند. با بخش امنیت IT تماس بگیرید؛ هیچ چیز را تغییر ندهید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>تازه‌ترین %n مورد نشان داده می‌شود؛ برای دیدن موارد قدیمی‌تر، فلتر را محدودتر کنید.</numerusform>
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
        <translation>بستن روز</translation>
    </message>
    <message>
        <source>Close %1 at %2? Its tally below is frozen, hashed and signed with your name. Records added, corrected or voided for this day afterwards show as late amendments on the next sheet.</source>
        <translation>روز %1 در %2 بسته شود؟ آمار زیر منجمد، هش و با نام شما امضا می‌شود. ریکاردهایی که پس از آن برای این روز افزوده، اصلاح یا باطل شوند، در ورقه بعدی به حیث تعدیل مؤخر نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>%1 is not over yet: it is %2 at the checkpoint. Everyone recorded for this day after you close it, until midnight, will be a late amendment, not part of the signed numbers.</source>
        <translation>%1 هنوز تمام نشده است: اکنون در پوسته ساعت %2 است. هر کسی که پس از بستن، تا نیمه‌شب برای این روز ثبت شود، تعدیل مؤخر خواهد بود، نه بخشی از ارقام امضاشده.</translation>
    </message>
    <message>
        <source>Signed &amp;name:</source>
        <translation>نام امضاکننده (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Close day</source>
        <translation>بستن روز (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Type a name or short form to choose; Alt+Down shows the list.</source>
        <translation>برای انتخاب، نام یا شکل کوتاه آن را بنویسید؛ Alt+Down فهرست را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Only a shift lead takes complaints.</source>
        <translation>شکایت را تنها آمر نوبت ثبت می‌کند.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— انتخاب کنید —</translation>
    </message>
    <message>
        <source>What happened, in the person&apos;s words</source>
        <translation>چه اتفاق افتاد، به گفته خود شخص</translation>
    </message>
    <message>
        <source>name, father&apos;s name, document number or record id</source>
        <translation>نام، نام پدر، نمبر سند یا شناسه ریکارد</translation>
    </message>
    <message numerus="yes">
        <source>Searches recent records (days back: %n); a pasted record id finds any record (Enter searches now and goes to the linked record, Down goes there too)</source>
        <translation>
            <numerusform>ریکاردهای اخیر را جستجو می‌کند (روزهای گذشته: %n)؛ شناسه ریکاردی که چسپانده شود هر ریکاردی را پیدا می‌کند (Enter همین حالا جستجو می‌کند و به ریکارد وصل‌شده می‌رود، Down نیز به آنجا می‌رود)</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: a phone number or how to reach them</source>
        <translation>اختیاری: نمبر تلفون یا راه تماس با او</translation>
    </message>
    <message>
        <source>Sa&amp;ve complaint</source>
        <translation>ذخیره شکایت (&amp;V)</translation>
    </message>
    <message>
        <source>Save the complaint (%1)</source>
        <translation>ذخیره شکایت (%1)</translation>
    </message>
    <message>
        <source>Save the complaint</source>
        <translation>ذخیره شکایت</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>پاک کردن (&amp;L)</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>خالی کردن فورم</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>دسته (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>شرح (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find a record</source>
        <translation>یافتن ریکارد (&amp;F)</translation>
    </message>
    <message>
        <source>Linked &amp;record</source>
        <translation>ریکارد وصل‌شده (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>راه تماس (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>فوریت (&amp;U)</translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation>ثبت شکایت</translation>
    </message>
    <message>
        <source>Com&amp;plaints taken here</source>
        <translation>شکایت‌های ثبت‌شده در اینجا (&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Complaints: %n</source>
        <translation>
            <numerusform>شکایت‌ها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation>
            <numerusform>%n فوری</numerusform>
        </translation>
    </message>
    <message>
        <source>No linked record</source>
        <translation>ریکارد وصل‌شده ندارد</translation>
    </message>
    <message>
        <source>%1, father %2 — %3</source>
        <translation>%1، نام پدر: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No record has this id.</source>
        <translation>هیچ ریکاردی این شناسه را ندارد.</translation>
    </message>
    <message>
        <source>The record is linked.</source>
        <translation>ریکارد وصل شد.</translation>
    </message>
    <message>
        <source>One record found; it is linked.</source>
        <translation>یک ریکارد پیدا شد و وصل شد.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n records found: choose one under Linked record, or type more to narrow the search.</source>
        <translation>
            <numerusform>%n ریکارد نخست پیدا شد: یکی را در «ریکارد وصل‌شده» انتخاب کنید، یا برای محدود کردن جستجو بیشتر بنویسید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records found: %n. Choose one under Linked record.</source>
        <translation>
            <numerusform>ریکاردهای پیداشده: %n. یکی را در «ریکارد وصل‌شده» انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No recent record matches (days back: %n).</source>
        <translation>
            <numerusform>هیچ ریکارد اخیر مطابقت ندارد (روزهای گذشته: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>a complaint being typed</source>
        <translation>شکایتی که در حال نوشتن است</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <source>Complaint saved. It goes to the control room with the next sync; its status shows in the list.</source>
        <translation>شکایت ذخیره شد. با همگام‌سازی بعدی به اتاق کنترول فرستاده می‌شود؛ وضعیت آن در فهرست نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Complaint saved.</source>
        <translation>شکایت ذخیره شد.</translation>
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
        <translation>الزامی، مثلاً نام هنگام ثبت اشتباه نوشته شده</translation>
    </message>
    <message>
        <source>Kept with the record&apos;s history, beside what changed</source>
        <translation>همراه تاریخچه ریکارد، در کنار آنچه تغییر کرد، نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>ذخیره اصلاح (&amp;S)</translation>
    </message>
    <message>
        <source>Save the correction (Ctrl+S or Ctrl+Enter). Enter moves to the next field.</source>
        <translation>اصلاح را ذخیره کنید (Ctrl+S یا Ctrl+Enter). Enter به خانه بعدی می‌رود.</translation>
    </message>
    <message>
        <source>&amp;Why is it corrected?</source>
        <translation>چرا اصلاح می‌شود؟ (&amp;W)</translation>
    </message>
    <message>
        <source>a correction not saved yet</source>
        <translation>اصلاحی که هنوز ذخیره نشده</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation>در حال بررسی اسناد…</translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation>ذخیره نشد: نخست اسنادی را که میز درباره آن‌ها هشدار داد، ببینید.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <source>Click to sort by this column</source>
        <translation>برای ترتیب بر اساس این ستون کلیک کنید</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>این ستون قابل ترتیب نیست</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>زمان عبور</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>سن</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>مبدأ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <source>These records could not be read. Refresh to try again.</source>
        <translation>این ریکاردها خوانده نشدند. برای تلاش دوباره، تازه‌سازی کنید.</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(پاک‌شده)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>همگام‌شده</translation>
    </message>
    <message>
        <source>Personal details were removed after the retention period; the record still counts in every tally.</source>
        <translation>معلومات شخصی پس از پایان مدت نگهداری حذف شد؛ ریکارد هنوز در همه آمارها شمرده می‌شود.</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>باطل: %1</translation>
    </message>
    <message>
        <source>The control room refused this version: %1. Correct the record to send it again.</source>
        <translation>اتاق کنترول این نسخه را رد کرد: %1. برای فرستادن دوباره، ریکارد را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation>در انتظار فرستادن به اتاق کنترول</translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation>اتاق کنترول این نسخه را دارد</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation>فایل را در یک پنجره انتخاب کنید</translation>
    </message>
    <message>
        <source>the register, a .csv file</source>
        <translation>راجستر، یک فایل .csv</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن (&amp;I)</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>وارد کردن راجستر</translation>
    </message>
    <message>
        <source>Register &amp;file</source>
        <translation>فایل راجستر (&amp;F)</translation>
    </message>
    <message>
        <source>A legacy register saved as CSV (UTF-8). Rows already imported are not added twice; rows that cannot be read are listed with their line and reason.</source>
        <translation>راجستر قدیمی که به شکل CSV (UTF-8) ذخیره شده است. ردیف‌هایی که قبلاً وارد شده‌اند دوباره افزوده نمی‌شوند؛ ردیف‌هایی که خوانده نشوند، با شماره سطر و دلیل آن فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>a new .csv file</source>
        <translation>یک فایل .csv جدید</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>صادر کردن (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>روز آخر (&amp;L)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>صادر کردن به CSV</translation>
    </message>
    <message>
        <source>Fi&amp;rst day</source>
        <translation>روز اول (&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport file</source>
        <translation>فایل صادراتی (&amp;X)</translation>
    </message>
    <message>
        <source>Every record of those days, voided ones marked. The file holds personal data: keep it safe and delete it when done. The export is written in the audit log.</source>
        <translation>همه ریکاردهای آن روزها، با نشانی ریکاردهای باطل‌شده. این فایل معلومات شخصی دارد: آن را محفوظ نگه دارید و پس از پایان کار پاک کنید. صادر کردن در دفتر تفتیش ثبت می‌شود.</translation>
    </message>
    <message>
        <source>a new file, e.g. on a USB drive</source>
        <translation>یک فایل جدید، مثلاً روی فلش USB</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>پشتیبان‌گیری (&amp;B)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Bac&amp;kup file</source>
        <translation>فایل نسخه پشتیبان (&amp;K)</translation>
    </message>
    <message>
        <source>A copy of the whole database, still encrypted, while work goes on. A key file (the same name ending in .keys) is written beside it: keep the two together, the backup cannot be opened without it.</source>
        <translation>یک کاپی از تمام دیتابیس، همچنان رمزگذاری‌شده، در حالی که کار ادامه دارد. یک فایل کلید (با همان نام که به .keys ختم می‌شود) در کنار آن نوشته می‌شود: هر دو را با هم نگه دارید؛ نسخه پشتیبان بدون آن باز نمی‌شود.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>مدت نگهداری</translation>
    </message>
    <message>
        <source>Every day the app removes the personal details (names, birth dates, document numbers, remarks) of records older than the retention period that the control room holds. Counts, tallies and close-outs stay.</source>
        <translation>برنامه هر روز معلومات شخصی (نام‌ها، تاریخ‌های تولد، نمبرهای اسناد، ملاحظات) ریکاردهایی را که از مدت نگهداری کهنه‌تر اند و اتاق کنترول آن‌ها را دارد، حذف می‌کند. شمارش‌ها، آمارها و بستن روزها باقی می‌مانند.</translation>
    </message>
    <message>
        <source>The purge has not run yet.</source>
        <translation>پاک‌سازی هنوز اجرا نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>Last run %1 (records older than %2 days): %n purged</source>
        <translation>
            <numerusform>آخرین اجرا %1 (ریکاردهای کهنه‌تر از %2 روز): %n پاک شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept until the control room holds them.</source>
        <translation>
            <numerusform>؛ %n تا زمانی که اتاق کنترول آن‌ها را داشته باشد، نگه داشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation>هیچ کاری در حال اجرا نیست.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>لغو (&amp;C)</translation>
    </message>
    <message>
        <source>The report of the last import shows here.</source>
        <translation>گزارش آخرین وارد کردن اینجا نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>گزارش وارد کردن</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db)</source>
        <translation>نسخه‌های پشتیبان Checkpoint (*.db)</translation>
    </message>
    <message>
        <source>Wait for the running task to finish.</source>
        <translation>صبر کنید تا کار جاری تمام شود.</translation>
    </message>
    <message>
        <source>Only an IT admin imports.</source>
        <translation>تنها مدیر سیستم وارد می‌کند.</translation>
    </message>
    <message>
        <source>Only an IT admin exports.</source>
        <translation>تنها مدیر سیستم صادر می‌کند.</translation>
    </message>
    <message>
        <source>Only an IT admin backs up.</source>
        <translation>تنها مدیر سیستم نسخه پشتیبان می‌گیرد.</translation>
    </message>
    <message>
        <source>Stop the import after the current chunk; what was saved stays</source>
        <translation>وارد کردن را پس از بخش جاری متوقف کنید؛ آنچه ذخیره شده باقی می‌ماند</translation>
    </message>
    <message>
        <source>An export or a backup cannot be stopped part-way.</source>
        <translation>صادر کردن یا پشتیبان‌گیری را نمی‌توان در میانه متوقف کرد.</translation>
    </message>
    <message>
        <source>Stopping after the current chunk…</source>
        <translation>توقف پس از بخش جاری…</translation>
    </message>
    <message>
        <source>Type or choose the register file first.</source>
        <translation>نخست فایل راجستر را بنویسید یا انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>در %1 فایلی وجود ندارد.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>در حال وارد کردن %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>در حال خواندن %1…</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v از %m ردیف</translation>
    </message>
    <message numerus="yes">
        <source>Records imported: %n.</source>
        <translation>
            <numerusform>ریکاردهای واردشده: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already present (not added again): %n.</source>
        <translation>
            <numerusform>از قبل موجود (دوباره افزوده نشد): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected: %n.</source>
        <translation>
            <numerusform>ردیف‌های ردشده: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records skipped: %n.</source>
        <translation>
            <numerusform>ریکاردهای باطل‌شده که از آن‌ها گذشته شد: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled part-way. The rows counted here are saved; import the same file again to finish (nothing is added twice).</source>
        <translation>در میانه لغو شد. ردیف‌هایی که اینجا شمرده شده‌اند ذخیره شده‌اند؛ برای تکمیل، همان فایل را دوباره وارد کنید (هیچ چیز دو بار افزوده نمی‌شود).</translation>
    </message>
    <message>
        <source>The rejected rows, with their line and reason, are in %1. Correct them there and import that file.</source>
        <translation>ردیف‌های ردشده، با شماره سطر و دلیل آن، در %1 هستند. آن‌ها را همانجا اصلاح کنید و همان فایل را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. Records saved: %n.</source>
        <translation>
            <numerusform>وارد کردن لغو شد. ریکاردهای ذخیره‌شده: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished. Records added: %n.</source>
        <translation>
            <numerusform>وارد کردن تمام شد. ریکاردهای افزوده‌شده: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; nothing is overwritten.</source>
        <translation>%1 از قبل وجود دارد. نام فایل جدیدی انتخاب کنید؛ هیچ چیز بازنویسی نمی‌شود.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>فولدر %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Type or choose the file to export to first.</source>
        <translation>نخست فایلی را که باید به آن صادر شود، بنویسید یا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال صادر کردن…</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Records: %n.</source>
        <translation>
            <numerusform>به %1 صادر شد. ریکاردها: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the file to back up to first.</source>
        <translation>نخست فایل نسخه پشتیبان را بنویسید یا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backup written to %1. Keep the key file %2 with it: the backup cannot be opened without it. It opens with the same users and passwords as this database.</source>
        <translation>نسخه پشتیبان در %1 نوشته شد. فایل کلید %2 را همراه آن نگه دارید: نسخه پشتیبان بدون آن باز نمی‌شود. با همان کاربران و رمزهای عبور این دیتابیس باز می‌شود.</translation>
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
        <translation>یک تاریخ میلادی (2024-04-03، 20240403 یا 03/04/2024) یا یک تاریخ هجری شمسی (1403/01/15)، همان‌گونه که در سند نوشته شده است. Alt+Down تقویم را باز می‌کند.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>تقویم (Alt+Down)</translation>
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
        <translation>یک روز: 2026-12-01، 20261201 یا 01/12/2026 (یا هجری شمسی 1405/09/10). Up و Down روز را تغییر می‌دهند؛ Alt+Down تقویم را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>DocumentRows</name>
    <message>
        <source>Remove this document (Ctrl+Shift+D)</source>
        <translation>حذف این سند (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Document type: type p (PoR), a (ACC), pa (passport), t (Tazkira), v (visa).</source>
        <translation>نوع سند: p (PoR)، a (ACC)، pa (پاسپورت)، t (تذکره)، v (ویزه) را بنویسید.</translation>
    </message>
    <message>
        <source>Document number, as printed.</source>
        <translation>نمبر سند، همان‌گونه که چاپ شده است.</translation>
    </message>
    <message>
        <source>What you found: type v (verified), e (expired), m (mismatch), n (not presented). Required.</source>
        <translation>آنچه یافتید: v (تصدیق‌شده)، e (منقضی‌شده)، m (عدم مطابقت)، n (ارائه نشده) را بنویسید. الزامی.</translation>
    </message>
    <message>
        <source>Issuing country, three letters (AFG, PAK).</source>
        <translation>کشور صادرکننده، سه حرف (AFG، PAK).</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>نوع *</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Result *</source>
        <translation>نتیجه *</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>صادرکننده</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>وضعیت سند</translation>
    </message>
    <message>
        <source>Expired on %1: the result is %2.</source>
        <translation>به تاریخ %1 منقضی شده است: نتیجه %2 است.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>به تاریخ %1 منقضی شده است.</translation>
    </message>
    <message>
        <source>No document. Ctrl+D adds one.</source>
        <translation>سندی نیست. Ctrl+D یک سند می‌افزاید.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Next steps</source>
        <translation>گام‌های بعدی</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is ready.&lt;/b&gt; Next, on the IT admin screen:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Users&lt;/b&gt;: add the shift leads and clerks, each with a first password they change at their first sign-in;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sync with HQ&lt;/b&gt;: enroll this computer with the one-time code from the control room;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: make a first backup, and keep backing up.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;دیتابیس آماده است.&lt;/b&gt; سپس، در صفحه مدیر سیستم:&lt;ol&gt;&lt;li&gt;&lt;b&gt;کاربران&lt;/b&gt;: آمران نوبت و کاتبان را بیفزایید، هر کدام با یک رمز عبور نخست که در اولین ورود آن را تغییر می‌دهند؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;همگام‌سازی با دفتر مرکزی&lt;/b&gt;: این کمپیوتر را با کود یک‌بارمصرف اتاق کنترول ثبت کنید؛&lt;/li&gt;&lt;li&gt;&lt;b&gt;معلومات&lt;/b&gt;: نخستین نسخه پشتیبان را بگیرید و پشتیبان‌گیری را ادامه دهید.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Checkpoint — first start</source>
        <translation>Checkpoint — نخستین راه‌اندازی</translation>
    </message>
    <message>
        <source>as printed under the signature on tally sheets</source>
        <translation>همان‌گونه که زیر امضا در ورقه‌های آمار چاپ می‌شود</translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation>پوسته (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>منطقه زمانی (&amp;T)</translation>
    </message>
    <message>
        <source>IT admin &amp;user name</source>
        <translation>نام کاربری مدیر سیستم (&amp;U)</translation>
    </message>
    <message>
        <source>IT admin&apos;s &amp;full name</source>
        <translation>نام کامل مدیر سیستم (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>رمز عبور (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>تکرار (&amp;A)</translation>
    </message>
    <message>
        <source>There is no Checkpoint database on this computer yet. Create it here; the IT admin then adds the other users.</source>
        <translation>هنوز هیچ دیتابیس Checkpoint در این کمپیوتر نیست. آن را اینجا بسازید؛ سپس مدیر سیستم کاربران دیگر را می‌افزاید.</translation>
    </message>
    <message>
        <source>The records will be kept, encrypted, in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;and the keys to open them in&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;p&gt;Keep both, and back them up together: the database cannot be opened without its key file, and a key file opens no other database.&lt;/p&gt;</source>
        <translation>ریکاردها به شکل رمزگذاری‌شده اینجا نگه داشته می‌شوند:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;و کلیدهای باز کردن آن‌ها اینجا:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;p&gt;هر دو را نگه دارید و با هم از آن‌ها نسخه پشتیبان بگیرید: دیتابیس بدون فایل کلید خود باز نمی‌شود، و یک فایل کلید هیچ دیتابیس دیگری را باز نمی‌کند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the IT admin&apos;s user name.</source>
        <translation>نام کاربری مدیر سیستم را بنویسید.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <source>The household: Ctrl+PgDown and Ctrl+PgUp move between people, Ctrl+M adds a member.</source>
        <translation>خانوار: Ctrl+PgDown و Ctrl+PgUp میان افراد حرکت می‌کنند، Ctrl+M یک عضو می‌افزاید.</translation>
    </message>
    <message>
        <source>Peo&amp;ple</source>
        <translation>افراد (&amp;P)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>حذف عضو</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>صرف‌نظر</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Save household</source>
        <translation>ذخیره خانوار</translation>
    </message>
    <message>
        <source>Enter moves to the next field.</source>
        <translation>Enter به خانه بعدی می‌رود.</translation>
    </message>
    <message>
        <source>Your role does not record crossings.</source>
        <translation>نقش شما اجازه ثبت عبور را نمی‌دهد.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>ذخیره خانوار</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>افزودن یک عضو</translation>
    </message>
    <message>
        <source>Remove the member shown</source>
        <translation>حذف عضوی که نشان داده شده</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>افزودن یک سند</translation>
    </message>
    <message>
        <source>Remove the document the cursor is in</source>
        <translation>حذف سندی که نشانگر در آن است</translation>
    </message>
    <message>
        <source>Next person in the household</source>
        <translation>فرد بعدی خانوار</translation>
    </message>
    <message>
        <source>Previous person in the household</source>
        <translation>فرد قبلی خانوار</translation>
    </message>
    <message>
        <source>Discard the household</source>
        <translation>صرف‌نظر از خانوار</translation>
    </message>
    <message>
        <source>Remove %1 from this household? What was typed for them is lost.</source>
        <translation>%1 از این خانوار حذف شود؟ آنچه برای او نوشته شده از بین می‌رود.</translation>
    </message>
    <message>
        <source>this member</source>
        <translation>این عضو</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(هنوز بی‌نام)</translation>
    </message>
    <message>
        <source>head</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <source>Member %1 of %2</source>
        <translation>عضو %1 از %2</translation>
    </message>
    <message>
        <source>%1 read: every check digit correct, but it expired on %2. Result: %3.</source>
        <translation>%1 خوانده شد: همه ارقام کنترول درست است، اما به تاریخ %2 منقضی شده است. نتیجه: %3.</translation>
    </message>
    <message>
        <source>%1 read: every check digit correct.</source>
        <translation>%1 خوانده شد: همه ارقام کنترول درست است.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>نمبر سند</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>نمبر شخصی</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>ترکیبی</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>%1 read, but not every check passed (%2): look at the marked fields and decide.</source>
        <translation>%1 خوانده شد، اما همه بررسی‌ها درست نبود (%2): خانه‌های نشانی‌شده را ببینید و تصمیم بگیرید.</translation>
    </message>
    <message>
        <source>%1 read: look at the marked fields.</source>
        <translation>%1 خوانده شد: خانه‌های نشانی‌شده را ببینید.</translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation>در حال بررسی اسناد…</translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation>ذخیره نشد: نخست اسنادی را که میز درباره آن‌ها هشدار داد، ببینید.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…و %n مورد دیگر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved. Fix what is marked in red (%n): </source>
        <translation>
            <numerusform>ذخیره نشد. آنچه را به رنگ سرخ نشانی شده درست کنید (%n): </numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit failed on this document: look at it and choose the check result.</source>
        <translation>یک رقم کنترول این سند درست نبود: سند را ببینید و نتیجه بررسی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>عضو %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1: %2. People: %n.</source>
        <translation>
            <numerusform>در %1 ذخیره شد: %2. افراد: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>a household being typed on New crossing</source>
        <translation>خانواری که در «عبور جدید» در حال نوشتن است</translation>
    </message>
    <message>
        <source>Discard household</source>
        <translation>صرف‌نظر از خانوار</translation>
    </message>
    <message>
        <source>Discard everything typed for this household?</source>
        <translation>از همه آنچه برای این خانوار نوشته شده صرف‌نظر شود؟</translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>Not saved yet</source>
        <translation>هنوز ذخیره نشده</translation>
    </message>
    <message>
        <source>This is not saved yet:</source>
        <translation>این هنوز ذخیره نشده است:</translation>
    </message>
    <message>
        <source>Save it before leaving, discard it, or cancel and go back to it.</source>
        <translation>پیش از رفتن آن را ذخیره کنید، از آن صرف‌نظر کنید، یا لغو کنید و به آن برگردید.</translation>
    </message>
    <message>
        <source>Only the signed-in user can save it: sign out and lose it, or cancel.</source>
        <translation>تنها کاربری که وارد شده می‌تواند آن را ذخیره کند: خارج شوید و آن را از دست بدهید، یا لغو کنید.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>صرف‌نظر (&amp;D)</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>باز کردن قفل (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>خروج از حساب (&amp;S)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;قفل است&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1. Type your password to go on; nothing you typed has been lost.</source>
        <translation>به نام %1 وارد شده‌اید. برای ادامه رمز عبور خود را بنویسید؛ هیچ چیزی که نوشته بودید از بین نرفته است.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>نشست (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>همین حالا قفل کن (&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>همین حالا همگام‌سازی کن (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Switch user / sign out</source>
        <translation>تبدیل کاربر / خروج از حساب (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>بستن برنامه (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>رفتن به (&amp;G)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ترجیحات (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>کمک (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>میانبرهای کیبورد (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Checkpoint</source>
        <translation>درباره Checkpoint (&amp;A)</translation>
    </message>
    <message>
        <source>Checkpoint — %1</source>
        <translation>Checkpoint — %1</translation>
    </message>
    <message>
        <source>Departures recorded today at this checkpoint (voided ones not counted)</source>
        <translation>خروج‌های ثبت‌شده امروز در این پوسته (باطل‌شده‌ها شمرده نمی‌شوند)</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>همگام‌سازی: تنظیم نشده</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending</source>
        <translation>همگام‌سازی: %1 · %2 در انتظار</translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation> · آخرین %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n rejected</source>
        <translation>
            <numerusform> · %n ردشده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n</source>
        <translation>
            <numerusform>امروز: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>About Checkpoint</source>
        <translation>درباره Checkpoint</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint %1&lt;/b&gt;&lt;p&gt;Records departures and document checks at border checkpoints, offline, encrypted, and sends them to the control room when the link is up.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Checkpoint %1&lt;/b&gt;&lt;p&gt;خروج‌ها و بررسی اسناد را در پوسته‌های سرحدی، بدون انترنت و به شکل رمزگذاری‌شده ثبت می‌کند، و هنگامی که ارتباط برقرار باشد آن‌ها را به اتاق کنترول می‌فرستد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The screens are built again in your new preferences: save it first, discard it, or cancel and keep the preferences as they are.</source>
        <translation>صفحه‌ها با ترجیحات جدید شما دوباره ساخته می‌شوند: نخست آن را ذخیره کنید، از آن صرف‌نظر کنید، یا لغو کنید و ترجیحات را همان‌گونه که هست نگه دارید.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>رمز عبور خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>رمز عبور جدید (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>تکرار (&amp;A)</translation>
    </message>
    <message>
        <source>Choose a password only you know (at least 8 characters). You will need it at every sign-in.</source>
        <translation>رمز عبوری انتخاب کنید که تنها خودتان بدانید (دست‌کم 8 حرف). در هر ورود به آن نیاز خواهید داشت.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add document (Ctrl+D)</source>
        <translation>افزودن سند (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add a document check (Ctrl+D)</source>
        <translation>افزودن بررسی سند (Ctrl+D)</translation>
    </message>
    <message>
        <source>Full name as written on the document; names are never split.</source>
        <translation>نام کامل همان‌گونه که در سند نوشته شده؛ نام‌ها هرگز جدا نمی‌شوند.</translation>
    </message>
    <message>
        <source>Type m or f.</source>
        <translation>m (مذکر) یا f (مؤنث) را بنویسید.</translation>
    </message>
    <message>
        <source>Age in whole years (0 to 120). Or give the birth date.</source>
        <translation>سن به سال کامل (0 تا 120). یا تاریخ تولد را بدهید.</translation>
    </message>
    <message>
        <source>esti&amp;mated</source>
        <translation>تخمینی (&amp;M)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/01/15</source>
        <translation>YYYY-MM-DD یا 1403/01/15</translation>
    </message>
    <message>
        <source>Three-letter country code (AFG, PAK).</source>
        <translation>کود سه‌حرفی کشور (AFG، PAK).</translation>
    </message>
    <message>
        <source>Province in Pakistan: type a name or short form (KP, KPK, ICT, AJK, GB).</source>
        <translation>ولایت در پاکستان: نام یا شکل کوتاه آن را بنویسید (KP، KPK، ICT، AJK، GB).</translation>
    </message>
    <message>
        <source>Province in Afghanistan: type the first letters (nan, kab, kun).</source>
        <translation>ولایت در افغانستان: حروف نخست را بنویسید (nan، kab، kun).</translation>
    </message>
    <message>
        <source>Type v (voluntary), d (deported) or a (assisted).</source>
        <translation>v (داوطلبانه)، d (اخراج‌شده) یا a (با کمک) را بنویسید.</translation>
    </message>
    <message>
        <source>Voluntary repatriation form number, if any.</source>
        <translation>نمبر فورم عودت داوطلبانه (VRF)، اگر باشد.</translation>
    </message>
    <message>
        <source>Vu&amp;lnerabilities, remarks and native script</source>
        <translation>آسیب‌پذیری‌ها، ملاحظات و خط محلی (&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide vulnerability flags, remarks and the names in native script (Alt+L). Never required.</source>
        <translation>نشانه‌های آسیب‌پذیری، ملاحظات و نام‌ها به خط محلی را نشان دهید یا پنهان کنید (Alt+L). هرگز الزامی نیست.</translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation>ملاحظات (اختیاری)</translation>
    </message>
    <message>
        <source>Full name in native script</source>
        <translation>نام کامل به خط محلی</translation>
    </message>
    <message>
        <source>Father&apos;s name in native script</source>
        <translation>نام پدر به خط محلی</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>نام کامل (&amp;F)</translation>
    </message>
    <message>
        <source>Fa&amp;ther&apos;s name</source>
        <translation>نام پدر (&amp;T)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>جنسیت (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>سن (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>تاریخ تولد (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>تابعیت (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Origin province</source>
        <translation>ولایت اصلی (&amp;O)</translation>
    </message>
    <message>
        <source>Origin &amp;district</source>
        <translation>ولسوالی اصلی (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;estination</source>
        <translation>مقصد (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Return type</source>
        <translation>نوع عودت (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;VRF number</source>
        <translation>نمبر VRF (&amp;V)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* الزامی</translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation>اسناد بررسی‌شده</translation>
    </message>
    <message numerus="yes">
        <source>Flags: %n</source>
        <translation>
            <numerusform>نشانه‌ها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>native script</source>
        <translation>خط محلی</translation>
    </message>
    <message>
        <source>The head&apos;s name: type to replace it.</source>
        <translation>نام سرپرست: برای جایگزین کردن آن بنویسید.</translation>
    </message>
    <message>
        <source>The document gives no sex: choose one.</source>
        <translation>سند جنسیت را نشان نمی‌دهد: یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Check digit failed: compare with the document.</source>
        <translation>رقم کنترول درست نبود: با سند مقایسه کنید.</translation>
    </message>
    <message>
        <source>Not a valid date in the zone: type it from the document.</source>
        <translation>تاریخ در ساحه ماشین‌خوان معتبر نیست: آن را از روی سند بنویسید.</translation>
    </message>
    <message>
        <source>Number: check digit failed, compare it with the document.</source>
        <translation>نمبر: رقم کنترول درست نبود، آن را با سند مقایسه کنید.</translation>
    </message>
    <message>
        <source>Composite check digit failed: compare number, birth date and expiry with the document.</source>
        <translation>رقم کنترول ترکیبی درست نبود: نمبر، تاریخ تولد و تاریخ انقضا را با سند مقایسه کنید.</translation>
    </message>
    <message>
        <source>Expiry: not a valid date in the zone, type it from the document.</source>
        <translation>تاریخ انقضا: در ساحه ماشین‌خوان تاریخ معتبر نیست، آن را از روی سند بنویسید.</translation>
    </message>
    <message>
        <source>Expiry: check digit failed, compare it with the document.</source>
        <translation>تاریخ انقضا: رقم کنترول درست نبود، آن را با سند مقایسه کنید.</translation>
    </message>
    <message>
        <source>Choose the result once you have looked at the document.</source>
        <translation>پس از دیدن سند، نتیجه را انتخاب کنید.</translation>
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
        <translation>خودکار (همان‌گونه که برنامه آغاز شد)</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتین (0123)</translation>
    </message>
    <message>
        <source>Eastern Arabic-Indic (۰۱۲۳)</source>
        <translation>عربی-هندی شرقی (۰۱۲۳)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>&amp;High contrast (black on white)</source>
        <translation>کنتراست بلند (سیاه روی سفید) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Digits</source>
        <translation>ارقام (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>تقویم (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>اندازه متن (&amp;T)</translation>
    </message>
    <message>
        <source>Dates can be typed in either calendar, whichever is shown.</source>
        <translation>تاریخ‌ها را می‌توان به هر دو تقویم نوشت، هر کدام که نشان داده شود.</translation>
    </message>
</context>
<context>
    <name>PurgeSchedule</name>
    <message>
        <source>Old personal details could not be purged: %1 It is tried again within the hour.</source>
        <translation>معلومات شخصی کهنه پاک‌سازی نشد: %1 در ظرف یک ساعت دوباره تلاش می‌شود.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>واگرد (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>انجام دوباره (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>بریدن (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>کاپی (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>چسپاندن (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>بستن</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>بلی (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation>نخیر (&amp;N)</translation>
    </message>
</context>
<context>
    <name>RecentSavesModel</name>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
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
        <translation> (باطل)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — people: %n</source>
        <translation>
            <numerusform>%1 — افراد: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>دیروز %1</translation>
    </message>
</context>
<context>
    <name>RecentSavesPanel</name>
    <message>
        <source>Re&amp;cently saved at this desk</source>
        <translation>ذخیره‌های اخیر در این میز (&amp;C)</translation>
    </message>
    <message>
        <source>The last households saved here, newest first. Check here before typing a household again; Enter opens one.</source>
        <translation>آخرین خانوارهایی که اینجا ذخیره شده‌اند، تازه‌ترین در بالا. پیش از نوشتن دوباره یک خانوار اینجا را ببینید؛ Enter آن را باز می‌کند.</translation>
    </message>
    <message>
        <source>Nothing saved here since yesterday.</source>
        <translation>از دیروز تا کنون هیچ چیز اینجا ذخیره نشده است.</translation>
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
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>صادرکننده</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>وضعیت سند</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>بررسی‌کننده</translation>
    </message>
    <message>
        <source>Saved despite</source>
        <translation>ذخیره با وجود هشدار</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>چه وقت</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>تغییرات (قبلی → جدید)</translation>
    </message>
    <message>
        <source>&amp;Document checks</source>
        <translation>بررسی اسناد (&amp;D)</translation>
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
        <translation>باطل کردن (&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>بستن (Esc)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>عبور</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارد</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(پاک‌شده)</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>ریکارد: %1</translation>
    </message>
    <message>
        <source>VOID — reason: %1</source>
        <translation>باطل — دلیل: %1</translation>
    </message>
    <message>
        <source>Late amendment to a closed day</source>
        <translation>تعدیل مؤخر در یک روز بسته‌شده</translation>
    </message>
    <message>
        <source>Personal details removed after the retention period</source>
        <translation>معلومات شخصی پس از پایان مدت نگهداری حذف شد</translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation>در انتظار فرستادن به اتاق کنترول</translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation>اتاق کنترول این نسخه را دارد</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (تخمینی)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>زمان عبور</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Document checks (%n)</source>
        <translation>
            <numerusform>بررسی اسناد (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (HQ&apos;s lists, version %2)</source>
        <translation>%1 (فهرست‌های دفتر مرکزی، نسخه %2)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>ثبت شد</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>اصلاح شد</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>باطل شد</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
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
        <translation>تعدیل مؤخر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>Correct what was recorded (Alt+C)</source>
        <translation>اصلاح آنچه ثبت شده (Alt+C)</translation>
    </message>
    <message>
        <source>Only a shift lead can void a record.</source>
        <translation>تنها آمر نوبت می‌تواند ریکارد را باطل کند.</translation>
    </message>
    <message>
        <source>Void this record with a reason (Alt+V)</source>
        <translation>باطل کردن این ریکارد با ذکر دلیل (Alt+V)</translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation>اصلاح ذخیره شد.</translation>
    </message>
    <message>
        <source>Record voided.</source>
        <translation>ریکارد باطل شد.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Any day</source>
        <translation>هر روز</translation>
    </message>
    <message>
        <source>Name, father&apos;s name or document number</source>
        <translation>نام، نام پدر یا نمبر سند</translation>
    </message>
    <message>
        <source>Spelling variants match: Mohammad finds Muhammad and Mohammed. Ctrl+F comes here; Enter searches now and goes to the list, Down goes to the list; there, Enter opens the record.</source>
        <translation>شکل‌های مختلف املای نام مطابقت می‌کنند: Mohammad، Muhammad و Mohammed را نیز پیدا می‌کند. Ctrl+F به اینجا می‌آید؛ Enter همین حالا جستجو می‌کند و به فهرست می‌رود، Down نیز به فهرست می‌رود؛ در آنجا Enter ریکارد را باز می‌کند.</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>همه ولایات</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>همه اسناد</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>همه نتایج</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>همگام‌شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation>نمایش باطل‌شده‌ها (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>پاک کردن فلترها (&amp;L)</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>جستجو (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تا (&amp;T):</translation>
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
        <translation>نتیجه (&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>همگام‌سازی (&amp;Y):</translation>
    </message>
    <message>
        <source>Enter or double-click opens the record</source>
        <translation>Enter یا دبل‌کلیک ریکارد را باز می‌کند</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message numerus="yes">
        <source>Records: more than %Ln</source>
        <translation>
            <numerusform>ریکاردها: بیش از %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: %Ln</source>
        <translation>
            <numerusform>ریکاردها: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>a backup file, with its .keys file beside it</source>
        <translation>یک فایل نسخه پشتیبان، با فایل .keys آن در کنارش</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation>بازگرداندن (&amp;O)…</translation>
    </message>
    <message>
        <source>Only an IT admin restores a backup.</source>
        <translation>تنها مدیر سیستم نسخه پشتیبان را بازمی‌گرداند.</translation>
    </message>
    <message>
        <source>Restore fro&amp;m</source>
        <translation>بازگرداندن از (&amp;M)</translation>
    </message>
    <message>
        <source>Put a backup of this database back in its place, once it is checked.</source>
        <translation>نسخه پشتیبان این دیتابیس را، پس از بررسی، به جای آن بگذارید.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بازگرداندن نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db);;All files (*)</source>
        <translation>نسخه‌های پشتیبان Checkpoint (*.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Type or choose the backup file first.</source>
        <translation>نخست فایل نسخه پشتیبان را بنویسید یا انتخاب کنید.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>فایل %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>در حال بررسی نسخه پشتیبان…</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the database was not changed. Sign in again.</source>
        <translation>نسخه پشتیبان جایگزین نشد (%1)؛ دیتابیس تغییر نکرد. دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>نسخه پشتیبان بازگردانده شد. دوباره وارد شوید.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>بازگرداندن نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Replace this computer&apos;s database with the backup %1?

Everything recorded since that backup was made will no longer be in the database. The database in use now is kept beside it as a dated copy. Everyone is signed out and signs in to the restored database.</source>
        <translation>دیتابیس این کمپیوتر با نسخه پشتیبان %1 جایگزین شود؟

هر چیزی که پس از گرفتن آن نسخه پشتیبان ثبت شده، دیگر در دیتابیس نخواهد بود. دیتابیسی که اکنون استفاده می‌شود، به شکل یک کاپی تاریخ‌دار در کنار آن نگه داشته می‌شود. همه کاربران خارج می‌شوند و به دیتابیس بازگردانده‌شده دوباره وارد می‌شوند.</translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation>رمز عبور شما (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازگرداندن (&amp;R)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>ذخیره تنظیمات (&amp;V)</translation>
    </message>
    <message>
        <source>Save the settings (Enter)</source>
        <translation>ذخیره تنظیمات (Enter)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>برگرداندن (&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved settings again</source>
        <translation>تنظیمات ذخیره‌شده را دوباره نشان دهید</translation>
    </message>
    <message>
        <source>Only an IT admin changes the settings.</source>
        <translation>تنها مدیر سیستم تنظیمات را تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>%1 to %2; 0 never locks</source>
        <translation>%1 تا %2؛ 0 هرگز قفل نمی‌کند</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>منطقه زمانی (&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Idle lock, minutes</source>
        <translation>قفل خودکار پس از بیکاری، دقیقه (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Keep personal data, days</source>
        <translation>نگهداری معلومات شخصی، روز (&amp;K)</translation>
    </message>
    <message>
        <source>HQ&apos;s lists &amp;out of date after, days</source>
        <translation>کهنه شدن فهرست‌های دفتر مرکزی پس از، روز (&amp;O)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The time zone decides which day a crossing counts on. A new time zone applies to records saved from now on; records already saved keep the day they were counted on.&lt;/p&gt;&lt;p&gt;The window locks itself after the idle minutes without a key press or mouse use.&lt;/p&gt;&lt;p&gt;Personal details are removed from this computer that many days after the control room holds them; the counts stay for the tallies.&lt;/p&gt;&lt;p&gt;HQ&apos;s lists (cancelled cards, documents recorded at other checkpoints, policy dates) older than that many days are shown as out of date: the desk&apos;s warnings may be missing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;منطقه زمانی تعیین می‌کند که یک عبور در کدام روز شمرده شود. منطقه زمانی جدید بر ریکاردهایی اعمال می‌شود که از این پس ذخیره می‌شوند؛ ریکاردهای ذخیره‌شده همان روزی را که در آن شمرده شده‌اند نگه می‌دارند.&lt;/p&gt;&lt;p&gt;پنجره پس از همان تعداد دقیقه بدون فشار دادن کلید یا استفاده از ماوس، خودبه‌خود قفل می‌شود.&lt;/p&gt;&lt;p&gt;معلومات شخصی همان تعداد روز پس از آنکه اتاق کنترول آن‌ها را دریافت کرد، از این کمپیوتر حذف می‌شود؛ شمارش‌ها برای آمار باقی می‌مانند.&lt;/p&gt;&lt;p&gt;فهرست‌های دفتر مرکزی (کارت‌های باطل‌شده، اسناد ثبت‌شده در پوسته‌های دیگر، تاریخ‌های پالیسی) که از آن تعداد روز کهنه‌تر باشند، کهنه نشان داده می‌شوند: ممکن است هشدارهای میز ناقص باشند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checkpoint settings</source>
        <translation>تنظیمات پوسته</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as they were.</source>
        <translation>چیزی برای ذخیره نیست: تنظیمات تغییر نکرده است.</translation>
    </message>
</context>
<context>
    <name>SheetJobs</name>
    <message>
        <source>Export the tally sheet as PDF</source>
        <translation>صادر کردن ورقه آمار به شکل PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stopped; nothing was printed.</source>
        <translation>متوقف شد؛ هیچ چیز چاپ نشد.</translation>
    </message>
    <message>
        <source>Tally sheet saved to %1</source>
        <translation>ورقه آمار در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Tally sheet sent to the printer.</source>
        <translation>ورقه آمار به پرنتر فرستاده شد.</translation>
    </message>
    <message>
        <source>The sheet could not be written to %1 (%2). Choose another printer or folder.</source>
        <translation>ورقه در %1 نوشته نشد (%2). پرنتر یا فولدر دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Everywhere</source>
        <translation>همه جا</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میانبرهای کیبورد</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>کار آن</translation>
    </message>
    <message>
        <source>Alt and an underlined letter goes to that field or presses that button. A correction uses the same keys as New crossing.</source>
        <translation>Alt و یک حرف خط‌دار به همان خانه می‌رود یا همان دکمه را فشار می‌دهد. اصلاح همان کلیدهای «عبور جدید» را به کار می‌برد.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Checkpoint — sign in</source>
        <translation>Checkpoint — ورود</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>نام کاربری (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>رمز عبور (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Checkpoint&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Checkpoint&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Demo database — nothing here is real. Sign in as:</source>
        <translation>دیتابیس نمایشی — هیچ چیز اینجا واقعی نیست. به حیث یکی از این‌ها وارد شوید:</translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation>نام کاربری و رمز عبور خود را بنویسید.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>optional: SHA-256 fingerprint of HQ&apos;s certificate</source>
        <translation>اختیاری: اثر انگشت SHA-256 تصدیق‌نامه دفتر مرکزی</translation>
    </message>
    <message>
        <source>&amp;Enroll with HQ</source>
        <translation>ثبت نزد دفتر مرکزی (&amp;E)</translation>
    </message>
    <message>
        <source>Only an IT admin can enroll the device.</source>
        <translation>تنها مدیر سیستم می‌تواند دستگاه را ثبت کند.</translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation>آدرس دفتر مرکزی (HQ) (&amp;A)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>کود یک‌بارمصرف (&amp;C)</translation>
    </message>
    <message>
        <source>Certificate &amp;pin</source>
        <translation>پین تصدیق‌نامه (&amp;P)</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>ثبت دستگاه</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>همین حالا همگام‌سازی کن (&amp;N)</translation>
    </message>
    <message>
        <source>Send pending records to HQ now</source>
        <translation>ریکاردهای در انتظار را همین حالا به دفتر مرکزی بفرستید</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation>دلیل دفتر مرکزی</translation>
    </message>
    <message>
        <source>Enter or double-click opens a rejected record</source>
        <translation>Enter یا دبل‌کلیک یک ریکارد ردشده را باز می‌کند</translation>
    </message>
    <message>
        <source>Re&amp;jected by HQ (corrected records are sent again):</source>
        <translation>ردشده از سوی دفتر مرکزی (ریکاردهای اصلاح‌شده دوباره فرستاده می‌شوند) (&amp;J):</translation>
    </message>
    <message>
        <source>Recent problems:</source>
        <translation>مشکلات اخیر:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Sync: sending · %1 sent · %2 pending · %3 rejected</source>
        <translation>همگام‌سازی: در حال فرستادن · %1 فرستاده شد · %2 در انتظار · %3 ردشده</translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending · %3 rejected · last success %4</source>
        <translation>همگام‌سازی: %1 · %2 در انتظار · %3 ردشده · آخرین موفقیت %4</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n times since %1)</source>
        <translation>
            <numerusform>(%n بار از %1 به این سو)</numerusform>
        </translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet, so nothing can be sent. Type HQ&apos;s address and the one-time code HQ gave you, then press Enroll with HQ.</source>
        <translation>این دستگاه هنوز نزد دفتر مرکزی ثبت نشده است، پس هیچ چیز فرستاده نمی‌شود. آدرس دفتر مرکزی و کود یک‌بارمصرفی را که دفتر مرکزی به شما داده است بنویسید، سپس «ثبت نزد دفتر مرکزی» را فشار دهید.</translation>
    </message>
    <message>
        <source>Type HQ&apos;s address and the one-time code.</source>
        <translation>آدرس دفتر مرکزی و کود یک‌بارمصرف را بنویسید.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>در حال ثبت…</translation>
    </message>
    <message>
        <source>Enrolled with HQ at %1.</source>
        <translation>در %1 نزد دفتر مرکزی ثبت شد.</translation>
    </message>
</context>
<context>
    <name>TallySheet</name>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>سن</translation>
    </message>
    <message>
        <source>Age estimated</source>
        <translation>سن تخمینی</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation>ولایت اصلی</translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation>ولسوالی اصلی</translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation>ولایت مقصد</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>نوع عودت</translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation>نمبر VRF</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>آسیب‌پذیری‌ها</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Time of crossing</source>
        <translation>زمان عبور</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>دلیل باطل شدن</translation>
    </message>
    <message>
        <source>Tally sheet</source>
        <translation>ورقه آمار</translation>
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
        <translation>دوره</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Shift from %1 to %2</source>
        <translation>نوبت از %1 تا %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>This device&apos;s records</source>
        <translation>ریکاردهای این دستگاه</translation>
    </message>
    <message>
        <source>Cut-off time</source>
        <translation>زمان ختم</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>بسته شدن روز</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>تهیه‌کننده</translation>
    </message>
    <message>
        <source>Yes: closed by %1 at %2</source>
        <translation>بلی: توسط %1 در %2 بسته شد</translation>
    </message>
    <message>
        <source>No: these numbers may still change</source>
        <translation>نخیر: این ارقام هنوز ممکن است تغییر کنند</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 از %2 روز</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>مجموع</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>خروج‌ها</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>خانوارها</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Departures by origin province</source>
        <translation>خروج‌ها بر اساس ولایت اصلی</translation>
    </message>
    <message>
        <source>Document types shown</source>
        <translation>انواع اسناد ارائه‌شده</translation>
    </message>
    <message>
        <source>Document check results</source>
        <translation>نتایج بررسی اسناد</translation>
    </message>
    <message>
        <source>Departures by sex</source>
        <translation>خروج‌ها بر اساس جنسیت</translation>
    </message>
    <message>
        <source>Departures by age</source>
        <translation>خروج‌ها بر اساس سن</translation>
    </message>
    <message>
        <source>Departures by return type</source>
        <translation>خروج‌ها بر اساس نوع عودت</translation>
    </message>
    <message>
        <source>Warnings overridden</source>
        <translation>هشدارهای نادیده‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع سند</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>نتیجه بررسی</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>آسیب‌پذیری</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation>%1 تا %2 سال</translation>
    </message>
    <message>
        <source>%1 years and over</source>
        <translation>%1 سال و بالاتر</translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed.</source>
        <translation>منجمد در زمان بستن روز: ارقامی که هنگام بستن روز امضا شدند.</translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed. With the changes since, departures now: %1.</source>
        <translation>منجمد در زمان بستن روز: ارقامی که هنگام بستن روز امضا شدند. با تغییرات پس از آن، شمار خروج‌ها اکنون: %1.</translation>
    </message>
    <message>
        <source>Changes since the day was closed</source>
        <translation>تغییرات پس از بستن روز</translation>
    </message>
    <message>
        <source>Late amendments to other closed days made in this period</source>
        <translation>تعدیل‌های مؤخر در روزهای بسته‌شده دیگر که در این دوره انجام شده</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>هیچ.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>چه تغییر کرد</translation>
    </message>
    <message>
        <source>Effect on the counts</source>
        <translation>اثر بر شمارش‌ها</translation>
    </message>
    <message>
        <source>No count changed</source>
        <translation>هیچ شمارشی تغییر نکرد</translation>
    </message>
    <message>
        <source>Voided records of this period</source>
        <translation>ریکاردهای باطل‌شده این دوره</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>باطل‌کننده</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>At</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Recorded late</source>
        <translation>با تأخیر ثبت شد</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>اصلاح شد</translation>
    </message>
    <message>
        <source>Close-outs</source>
        <translation>بستن روزها</translation>
    </message>
    <message>
        <source>No day of this period is closed.</source>
        <translation>هیچ روزی از این دوره بسته نشده است.</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>بسته‌کننده</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>امضا به نام</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>زمان بستن</translation>
    </message>
    <message>
        <source>Total when closed</source>
        <translation>مجموع هنگام بستن</translation>
    </message>
    <message>
        <source>Tally hash (SHA-256)</source>
        <translation>هش آمار (SHA-256)</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>آمر نوبت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Generated by %1 at %2. Checkpoint tally sheet.</source>
        <translation>تهیه‌شده توسط %1 در %2. ورقه آمار Checkpoint.</translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>Departures by origin province</source>
        <translation>خروج‌ها بر اساس ولایت اصلی</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>یک روز</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>چند روز</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>نوبت</translation>
    </message>
    <message>
        <source>Ta&amp;lly of:</source>
        <translation>آمار (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>روز (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تا (&amp;T):</translation>
    </message>
    <message>
        <source>Other times</source>
        <translation>زمان‌های دیگر</translation>
    </message>
    <message>
        <source>Sh&amp;ift:</source>
        <translation>نوبت (&amp;I):</translation>
    </message>
    <message>
        <source>When the shift starts, checkpoint time</source>
        <translation>آغاز نوبت، به وقت پوسته</translation>
    </message>
    <message>
        <source>When the shift ends; a time not after the start is on the next day (22:00–06:00)</source>
        <translation>پایان نوبت؛ زمانی که پس از آغاز نباشد، در روز بعد حساب می‌شود (22:00–06:00)</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>آغاز (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>پایان (&amp;E):</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>پیش‌نمایش چاپ (&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ (&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>صادر کردن PDF (&amp;X)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>لغو (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close day…</source>
        <translation>بستن روز (&amp;C)…</translation>
    </message>
    <message>
        <source>Your role does not allow closing a day.</source>
        <translation>نقش شما اجازه بستن روز را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow printing tally sheets.</source>
        <translation>نقش شما اجازه چاپ ورقه‌های آمار را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Your role does not allow tallies. Ask a shift lead.</source>
        <translation>نقش شما اجازه دیدن آمار را نمی‌دهد. از آمر نوبت بخواهید.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از (&amp;F):</translation>
    </message>
    <message numerus="yes">
        <source>Departures: %n</source>
        <translation>
            <numerusform>خروج‌ها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation>
            <numerusform>خانوارها: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No departures in this period.</source>
        <translation>در این دوره هیچ خروجی نیست.</translation>
    </message>
    <message>
        <source>%1, shift %2 to %3</source>
        <translation>%1، نوبت %2 تا %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Frozen numbers, as signed at the close-out. Departures now, with the changes since: %1.</source>
        <translation>ارقام منجمد، همان‌گونه که هنگام بستن روز امضا شدند. خروج‌ها اکنون، با تغییرات پس از آن: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Late amendments since the close-out: %n.</source>
        <translation>
            <numerusform>تعدیل‌های مؤخر پس از بستن روز: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late amendments to other days made in this period: %n.</source>
        <translation>
            <numerusform>تعدیل‌های مؤخر در روزهای دیگر که در این دوره انجام شده: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records: %n.</source>
        <translation>
            <numerusform>ریکاردهای باطل‌شده: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days closed in this period: %n of %1.</source>
        <translation>
            <numerusform>روزهای بسته‌شده در این دوره: %n از %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This day is not closed: its numbers may still change.</source>
        <translation>این روز بسته نشده است: ارقام آن هنوز ممکن است تغییر کنند.</translation>
    </message>
    <message>
        <source>Closed by %1 (signed “%2”) at %3. Departures when closed: %4. Tally hash: %5</source>
        <translation>توسط %1 (با امضای «%2») در %3 بسته شد. خروج‌ها هنگام بستن: %4. هش آمار: %5</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>HQ: reconciled.</source>
        <translation>دفتر مرکزی: تطبیق شد.</translation>
    </message>
    <message>
        <source>HQ: not reconciled: the frozen tally does not match its hash at HQ (changed after closing, or damaged on the way).</source>
        <translation>دفتر مرکزی: تطبیق نشد: آمار منجمد با هش آن در دفتر مرکزی مطابقت ندارد (پس از بستن تغییر کرده، یا در راه خراب شده است).</translation>
    </message>
    <message numerus="yes">
        <source>HQ: not reconciled: records of this day not yet at HQ: %n.</source>
        <translation>
            <numerusform>دفتر مرکزی: تطبیق نشد: ریکاردهای این روز که هنوز به دفتر مرکزی نرسیده‌اند: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has not compared this close-out yet.</source>
        <translation>دفتر مرکزی هنوز این بستن روز را مقایسه نکرده است.</translation>
    </message>
    <message>
        <source>Choose one day to close it.</source>
        <translation>برای بستن، یک روز را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>این روز قبلاً بسته شده است.</translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation>این روز هنوز آغاز نشده است.</translation>
    </message>
    <message>
        <source>Freeze this day&apos;s tally, hash it and sign it with your name.</source>
        <translation>آمار این روز را منجمد و هش کنید و با نام خود امضا کنید.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 بسته شد.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary &amp;password</source>
        <translation>رمز عبور موقت (&amp;P)</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>تکرار رمز عبور (&amp;W)</translation>
    </message>
    <message>
        <source>Type a temporary password.</source>
        <translation>یک رمز عبور موقت بنویسید.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>لطفاً صبر کنید…</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>D&amp;isable…</source>
        <translation>غیرفعال کردن (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>تنظیم دوباره رمز عبور (&amp;R)…</translation>
    </message>
    <message>
        <source>Re-&amp;enable…</source>
        <translation>فعال کردن دوباره (&amp;E)…</translation>
    </message>
    <message>
        <source>Change full name…</source>
        <translation>تغییر نام کامل…</translation>
    </message>
    <message>
        <source>e.g. shah.wali</source>
        <translation>مثلاً shah.wali</translation>
    </message>
    <message>
        <source>as signed on tally sheets</source>
        <translation>همان‌گونه که در ورقه‌های آمار امضا می‌شود</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>افزودن کاربر (&amp;A)</translation>
    </message>
    <message>
        <source>Add the user (Enter)</source>
        <translation>افزودن کاربر (Enter)</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>نام کاربری (&amp;N)</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>نام کامل (&amp;M)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>نقش (&amp;O)</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>رمز عبور نخست (&amp;P)</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation>تکرار رمز عبور (&amp;W)</translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They must choose their own at their first sign-in.</source>
        <translation>رمز عبور نخست را حضوری به کاربر بدهید. او باید در نخستین ورود، رمز عبور خود را انتخاب کند.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>افزودن یک کاربر</translation>
    </message>
    <message>
        <source>Only an IT admin manages users.</source>
        <translation>تنها مدیر سیستم کاربران را مدیریت می‌کند.</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>نخست یک کاربر را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>شما نمی‌توانید حساب خود را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>This account is already disabled.</source>
        <translation>این حساب قبلاً غیرفعال شده است.</translation>
    </message>
    <message>
        <source>This account is disabled: re-enable it instead.</source>
        <translation>این حساب غیرفعال است: به جای آن، آن را دوباره فعال کنید.</translation>
    </message>
    <message>
        <source>This account is active.</source>
        <translation>این حساب فعال است.</translation>
    </message>
    <message>
        <source>Change the name shown on tally sheets and close-outs</source>
        <translation>تغییر نامی که در ورقه‌های آمار و بستن روزها نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Stop this user signing in (their records stay)</source>
        <translation>جلوگیری از ورود این کاربر (ریکاردهای او باقی می‌مانند)</translation>
    </message>
    <message>
        <source>Give this user a temporary password they must change</source>
        <translation>دادن رمز عبور موقت به این کاربر که باید آن را تغییر دهد</translation>
    </message>
    <message>
        <source>Let this user sign in again with a temporary password</source>
        <translation>اجازه ورود دوباره به این کاربر با رمز عبور موقت</translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation>نام کاربری کاربر جدید را بنویسید.</translation>
    </message>
    <message>
        <source>Type a first password for the user.</source>
        <translation>یک رمز عبور نخست برای کاربر بنویسید.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>در حال افزودن %1…</translation>
    </message>
    <message>
        <source>%1 was added as %2. They must choose their own password at their first sign-in.</source>
        <translation>%1 به حیث %2 افزوده شد. او باید در نخستین ورود، رمز عبور خود را انتخاب کند.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Full name of %1, as printed on tally sheets and close-outs:</source>
        <translation>نام کامل %1، همان‌گونه که در ورقه‌های آمار و بستن روزها چاپ می‌شود:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>The full name of %1 was saved.</source>
        <translation>نام کامل %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>غیرفعال کردن کاربر</translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to sign in. Their records stay, and you can re-enable the account later with a new temporary password.</source>
        <translation>%1 غیرفعال شود؟ او دیگر نمی‌تواند وارد شود. ریکاردهای او باقی می‌مانند، و شما می‌توانید بعداً حساب را با یک رمز عبور موقت جدید دوباره فعال کنید.</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>غیرفعال کردن (&amp;I)</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the database has a new key.</source>
        <translation>%1 دیگر نمی‌تواند وارد شود؛ دیتابیس کلید جدیدی دارد.</translation>
    </message>
    <message>
        <source>These users need a new password (Reset password): %1</source>
        <translation>این کاربران به رمز عبور جدید نیاز دارند (تنظیم دوباره رمز عبور): %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>تنظیم دوباره رمز عبور</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at their next sign-in.</source>
        <translation>یک رمز عبور موقت برای %1 انتخاب کنید و حضوری به او بدهید. او باید در ورود بعدی، رمز عبور خود را انتخاب کند.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>تعیین رمز عبور</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must change it at the next sign-in.</source>
        <translation>%1 رمز عبور موقت دارد و باید در ورود بعدی آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation>فعال کردن دوباره کاربر</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again with this temporary password, and must choose their own at the next sign-in.</source>
        <translation>%1 می‌تواند با این رمز عبور موقت دوباره وارد شود، و باید در ورود بعدی رمز عبور خود را انتخاب کند.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>فعال کردن دوباره</translation>
    </message>
    <message>
        <source>%1 can sign in again with the temporary password.</source>
        <translation>%1 می‌تواند با رمز عبور موقت دوباره وارد شود.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void record</source>
        <translation>باطل کردن ریکارد</translation>
    </message>
    <message>
        <source>e.g. recorded twice</source>
        <translation>مثلاً دو بار ثبت شده</translation>
    </message>
    <message>
        <source>A void record stays in the list, greyed out, and leaves the tally. It cannot be undone.</source>
        <translation>ریکارد باطل‌شده در فهرست به رنگ خاکستری باقی می‌ماند و از آمار بیرون می‌شود. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Void record</source>
        <translation>باطل کردن ریکارد (&amp;V)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
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
        <translation>%1: %2، ثبت‌شده توسط %3</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>معتبر تا %1</translation>
    </message>
    <message>
        <source>This desk&apos;s records</source>
        <translation>ریکاردهای این میز</translation>
    </message>
    <message>
        <source>HQ&apos;s lists, version %1</source>
        <translation>فهرست‌های دفتر مرکزی، نسخه %1</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 پیش</translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1.</source>
        <translation>فهرست‌های دفتر مرکزی در این دستگاه: نسخه %1.</translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1, current at HQ on %2 (%3).</source>
        <translation>فهرست‌های دفتر مرکزی در این دستگاه: نسخه %1، که به تاریخ %2 در دفتر مرکزی جاری بود (%3).</translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation>پیش از ذخیره بررسی کنید</translation>
    </message>
    <message numerus="yes">
        <source>Documents with warnings: %n. Look at the documents and the person again: save only if you are sure. Saving anyway keeps the warnings with the record.</source>
        <translation>
            <numerusform>اسناد دارای هشدار: %n. اسناد و شخص را دوباره ببینید: تنها اگر مطمئن هستید ذخیره کنید. ذخیره با وجود هشدار، هشدارها را همراه ریکارد نگه می‌دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>یافته</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>From</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>برگشت (&amp;G)</translation>
    </message>
    <message>
        <source>Back to the form; nothing is saved (Esc)</source>
        <translation>برگشت به فورم؛ هیچ چیز ذخیره نمی‌شود (Esc)</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>با این حال ذخیره کن (&amp;A)</translation>
    </message>
    <message>
        <source>Save, keeping these warnings with the record (Alt+A)</source>
        <translation>ذخیره، با نگه‌داشتن این هشدارها همراه ریکارد (Alt+A)</translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>لطفاً صبر کنید…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>باید رمز عبور را تغییر دهد</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>می‌تواند وارد شود</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده‌شده</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 توسط %2</translation>
    </message>
    <message>
        <source>%1 (role not verified)</source>
        <translation>%1 (نقش تأیید نشده)</translation>
    </message>
    <message>
        <source>This user&apos;s role was changed outside Checkpoint and cannot be trusted. Reset their password to grant the account again.</source>
        <translation>نقش این کاربر بیرون از Checkpoint تغییر داده شده و قابل اعتماد نیست. برای دادن دوباره اجازه به این حساب، رمز عبور او را دوباره تنظیم کنید.</translation>
    </message>
    <message>
        <source>This user has no key to the database and cannot sign in.</source>
        <translation>این کاربر کلید دیتابیس را ندارد و نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New crossing</source>
        <translation>عبور جدید</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>ریکاردها</translation>
    </message>
    <message>
        <source>Daily tally</source>
        <translation>آمار روزانه</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation>مدیر سیستم</translation>
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
        <translation>شماره</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>مربوط به</translation>
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
        <translation>سنبله</translation>
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
        <translation>دایکندی</translation>
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
        <translation>کنر</translation>
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
        <translation>ننگرهار</translation>
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
        <translation>باطل‌شده توسط مرجع صادرکننده</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <extracomment>list card_reasons</extracomment>
        <translation>مفقودی گزارش شده</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <extracomment>list card_reasons</extracomment>
        <translation>دزدی گزارش شده</translation>
    </message>
    <message>
        <source>Taken into custody</source>
        <extracomment>list card_reasons</extracomment>
        <translation>ضبط شده</translation>
    </message>
    <message>
        <source>Holder deceased</source>
        <extracomment>list card_reasons</extracomment>
        <translation>دارنده فوت کرده است</translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>list card_reasons</extracomment>
        <translation>با کارت جدید تعویض شده</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>list check_results</extracomment>
        <translation>تصدیق‌شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>list check_results</extracomment>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <extracomment>list check_results</extracomment>
        <translation>عدم مطابقت</translation>
    </message>
    <message>
        <source>Suspected forgery</source>
        <extracomment>list check_results</extracomment>
        <translation>مشکوک به جعل</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>list check_results</extracomment>
        <translation>ناخوانا</translation>
    </message>
    <message>
        <source>Not presented</source>
        <extracomment>list check_results</extracomment>
        <translation>ارائه نشده</translation>
    </message>
    <message>
        <source>Extortion or bribe</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>اخاذی یا رشوت</translation>
    </message>
    <message>
        <source>Mistreatment</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>بدرفتاری</translation>
    </message>
    <message>
        <source>Property left behind</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>دارایی به جا مانده</translation>
    </message>
    <message>
        <source>Document confiscated</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>ضبط سند</translation>
    </message>
    <message>
        <source>Family separation</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>جدایی خانواده</translation>
    </message>
    <message>
        <source>Delay</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>تأخیر</translation>
    </message>
    <message>
        <source>Lost belongings</source>
        <extracomment>list complaint_categories</extracomment>
        <translation>گم شدن وسایل</translation>
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
        <translation>انگور اده</translation>
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
        <translation>به دارنده مسترد شد</translation>
    </message>
    <message>
        <source>Retained</source>
        <extracomment>list custody</extracomment>
        <translation>نگه داشته شد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>list custody</extracomment>
        <translation>باطل شد</translation>
    </message>
    <message>
        <source>Proof of Registration card</source>
        <extracomment>list document_types</extracomment>
        <translation>کارت ثبت اقامت (PoR)</translation>
    </message>
    <message>
        <source>PoR</source>
        <extracomment>list document_types, short for Proof of Registration card</extracomment>
        <translation>PoR</translation>
    </message>
    <message>
        <source>Afghan Citizen Card</source>
        <extracomment>list document_types</extracomment>
        <translation>کارت شهروندی افغان (ACC)</translation>
    </message>
    <message>
        <source>ACC</source>
        <extracomment>list document_types, short for Afghan Citizen Card</extracomment>
        <translation>ACC</translation>
    </message>
    <message>
        <source>Passport</source>
        <extracomment>list document_types</extracomment>
        <translation>پاسپورت</translation>
    </message>
    <message>
        <source>passport</source>
        <extracomment>list document_types, short for Passport</extracomment>
        <translation>پاسپورت</translation>
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
        <translation>سند دیگر</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>list document_types, short for Other document</extracomment>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>No document</source>
        <extracomment>list document_types</extracomment>
        <translation>بدون سند</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>list document_types, short for No document</extracomment>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Already recorded departing at this desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation>خروج قبلاً در این میز ثبت شده است</translation>
    </message>
    <message>
        <source>On HQ&apos;s cancelled-cards list</source>
        <extracomment>list document_warnings</extracomment>
        <translation>در فهرست کارت‌های باطل‌شده دفتر مرکزی</translation>
    </message>
    <message>
        <source>Recorded departing at another desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation>خروج در میز دیگری ثبت شده است</translation>
    </message>
    <message>
        <source>Document type no longer valid by policy</source>
        <extracomment>list document_warnings</extracomment>
        <translation>نوع سند بر اساس پالیسی دیگر معتبر نیست</translation>
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
        <translation>دستگاه خواننده سند</translation>
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
        <translation>قلمرو پایتخت اسلام‌آباد</translation>
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
        <translation>سِند</translation>
    </message>
    <message>
        <source>Azad Jammu and Kashmir</source>
        <extracomment>list pk_provinces, native spelling آزاد جموں و کشمیر</extracomment>
        <translation>آزاد جامو و کشمیر</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <extracomment>list return_types</extracomment>
        <translation>داوطلبانه</translation>
    </message>
    <message>
        <source>Deported</source>
        <extracomment>list return_types</extracomment>
        <translation>اخراج‌شده</translation>
    </message>
    <message>
        <source>Assisted</source>
        <extracomment>list return_types</extracomment>
        <translation>با کمک</translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>list sexes</extracomment>
        <translation>مذکر</translation>
    </message>
    <message>
        <source>Female</source>
        <extracomment>list sexes</extracomment>
        <translation>مؤنث</translation>
    </message>
    <message>
        <source>Unaccompanied child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>طفل بدون همراه</translation>
    </message>
    <message>
        <source>Separated child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>طفل جدا از خانواده</translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>خانوار با سرپرست زن</translation>
    </message>
    <message>
        <source>Disability</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>معلولیت</translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>بیماری جدی</translation>
    </message>
    <message>
        <source>Older person at risk</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>شخص سالخورده در معرض خطر</translation>
    </message>
    <message>
        <source>Pregnant or lactating</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation>زن باردار یا شیرده</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <source>Received</source>
        <translation>دریافت شد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال رسیدگی</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ارجاع شد</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شد</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>راه تماس: %1</translation>
    </message>
    <message>
        <source>Linked record %1</source>
        <translation>ریکارد وصل‌شده %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارد</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>ثبت‌کننده</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>less than an hour</source>
        <translation>کمتر از یک ساعت</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ساعت</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ساعت</numerusform>
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
        <translation>%1 روز</translation>
    </message>
    <message>
        <source>Lists: none</source>
        <translation>فهرست‌ها: هیچ</translation>
    </message>
    <message>
        <source>Lists: OUT OF DATE</source>
        <translation>فهرست‌ها: کهنه</translation>
    </message>
    <message>
        <source>Lists: %1 old</source>
        <translation>فهرست‌ها: %1 پیش</translation>
    </message>
    <message>
        <source>Lists from HQ: never received. Warnings about cancelled cards, documents recorded at other checkpoints and policy dates are missing until this device syncs with HQ.</source>
        <translation>فهرست‌های دفتر مرکزی: هرگز دریافت نشده. هشدارها درباره کارت‌های باطل‌شده، اسناد ثبت‌شده در پوسته‌های دیگر و تاریخ‌های پالیسی تا زمانی که این دستگاه با دفتر مرکزی همگام‌سازی نشود، موجود نیستند.</translation>
    </message>
    <message>
        <source>Lists from HQ: version %1, %2 old</source>
        <translation>فهرست‌های دفتر مرکزی: نسخه %1، %2 پیش</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>یک روز</translation>
    </message>
    <message>
        <source>. OUT OF DATE (older than %1): warnings about cancelled cards and documents recorded elsewhere may be missing. Sync with HQ.</source>
        <translation>. کهنه (قدیمی‌تر از %1): ممکن است هشدارها درباره کارت‌های باطل‌شده و اسناد ثبت‌شده در جاهای دیگر موجود نباشند. با دفتر مرکزی همگام‌سازی کنید.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <source>Full name (native script)</source>
        <translation>نام کامل (خط محلی)</translation>
    </message>
    <message>
        <source>Father&apos;s name (native script)</source>
        <translation>نام پدر (خط محلی)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>سن</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation>ولایت اصلی</translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation>ولسوالی اصلی</translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation>ولایت مقصد</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>نوع عودت</translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation>نمبر VRF</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>آسیب‌پذیری‌ها</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع سند</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>نمبر سند</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>کشور صادرکننده</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>نتیجه بررسی</translation>
    </message>
    <message>
        <source>Check method</source>
        <translation>روش بررسی</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>وضعیت سند</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation>دلیل اصلاح</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقه زمانی</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>قفل پس از دقیقه‌های بیکاری</translation>
    </message>
    <message>
        <source>Keep personal details (days)</source>
        <translation>نگهداری معلومات شخصی (روز)</translation>
    </message>
    <message>
        <source>HQ&apos;s lists out of date after (days)</source>
        <translation>کهنه شدن فهرست‌های دفتر مرکزی پس از (روز)</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>ریکارد وصل‌شده</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>باطل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>خانوار</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>کاتب</translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation>آمر نوبت</translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Try again; if it happens again, call IT.</source>
        <translation>مشکلی پیش آمد و هیچ چیز ذخیره نشد. دوباره تلاش کنید؛ اگر باز هم پیش آمد، با بخش IT تماس بگیرید.</translation>
    </message>
    <message>
        <source>Person %1: </source>
        <translation>شخص %1: </translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>مشکل همگام‌سازی: %1</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>دیسک پر است: هیچ چیز ذخیره نشد. کمی جا خالی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was imported. Free some space and import the file again.</source>
        <translation>دیسک پر است: هیچ چیز وارد نشد. کمی جا خالی کنید و فایل را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list.</source>
        <translation>%1: «%2» در فهرست نیست.</translation>
    </message>
    <message>
        <source>%1 is not in the list.</source>
        <translation>%1 در فهرست نیست.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 معتبر نیست.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>نقش شما اجازه این کار را نمی‌دهد.</translation>
    </message>
    <message>
        <source>It is no longer there; refresh and try again.</source>
        <translation>دیگر موجود نیست؛ تازه‌سازی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 الزامی است.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 بیشتر از %2 حرف است.</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 باید از %2 تا %3 باشد.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>پایان دوره پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>%1 is not a date. Use YYYY-MM-DD, DD/MM/YYYY or a Solar Hijri date such as 1403/01/15.</source>
        <translation>%1 تاریخ نیست. از YYYY-MM-DD، DD/MM/YYYY یا تاریخ هجری شمسی مانند 1403/01/15 استفاده کنید.</translation>
    </message>
    <message>
        <source>There is no database here yet.</source>
        <translation>هنوز اینجا دیتابیسی نیست.</translation>
    </message>
    <message>
        <source>That file already exists; choose a new name.</source>
        <translation>آن فایل از قبل وجود دارد؛ نام جدیدی انتخاب کنید.</translation>
    </message>
    <message>
        <source>The database cannot be opened: it is damaged or its key file is missing. Call IT; do not delete anything.</source>
        <translation>دیتابیس باز نمی‌شود: خراب است یا فایل کلید آن موجود نیست. با بخش IT تماس بگیرید؛ هیچ چیز را پاک نکنید.</translation>
    </message>
    <message>
        <source>The database was never set up completely. Call IT; do not delete anything.</source>
        <translation>دیتابیس هرگز به طور کامل تنظیم نشده است. با بخش IT تماس بگیرید؛ هیچ چیز را پاک نکنید.</translation>
    </message>
    <message>
        <source>The key file beside the database is missing. Call IT; do not delete anything.</source>
        <translation>فایل کلید کنار دیتابیس موجود نیست. با بخش IT تماس بگیرید؛ هیچ چیز را پاک نکنید.</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged. Call IT; do not delete anything.</source>
        <translation>فایل کلید کنار دیتابیس خراب است. با بخش IT تماس بگیرید؛ هیچ چیز را پاک نکنید.</translation>
    </message>
    <message>
        <source>This file is not a Checkpoint backup, or it is damaged. Nothing was changed.</source>
        <translation>این فایل نسخه پشتیبان Checkpoint نیست، یا خراب است. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file (its name ends in .keys) is not beside it. Copy both files together. Nothing was changed.</source>
        <translation>فایل کلید نسخه پشتیبان (که نامش به .keys ختم می‌شود) در کنار آن نیست. هر دو فایل را با هم کاپی کنید. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>This is a backup of another checkpoint&apos;s database. Nothing was changed.</source>
        <translation>این نسخه پشتیبان دیتابیس پوسته دیگری است. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The key file beside the backup belongs to another database. Nothing was changed.</source>
        <translation>فایل کلید کنار نسخه پشتیبان مربوط به دیتابیس دیگری است. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log does not verify: it was changed after it was written. Nothing was changed.</source>
        <translation>دفتر تفتیش نسخه پشتیبان تأیید نمی‌شود: پس از نوشته شدن تغییر داده شده است. هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation>مورد %1 دفتر تفتیش موجود نیست: مواردی پاک شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation>مورد %1 دفتر تفتیش با مورد پیش از خود پیوند ندارد.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>مورد %1 دفتر تفتیش پس از نوشته شدن تغییر داده شده است.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed, though the entries before it are.</source>
        <translation>مورد %1 دفتر تفتیش امضا نشده است، در حالی که موارد پیش از آن امضا شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed by %2: it was rewritten and signed again by someone else.</source>
        <translation>مورد %1 دفتر تفتیش توسط %2 امضا نشده است: کس دیگری آن را بازنویسی و دوباره امضا کرده است.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but %2&apos;s anchor of %3 names it: entries were deleted.</source>
        <translation>مورد %1 دفتر تفتیش موجود نیست، اما لنگر %2 به تاریخ %3 از آن نام می‌برد: مواردی پاک شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one %2&apos;s anchor of %3 names: the log was rewritten.</source>
        <translation>مورد %1 دفتر تفتیش با موردی که لنگر %2 به تاریخ %3 از آن نام می‌برد فرق دارد: دفتر بازنویسی شده است.</translation>
    </message>
    <message>
        <source>%1&apos;s audit anchor in the key file does not verify: the key file was edited.</source>
        <translation>لنگر تفتیش %1 در فایل کلید تأیید نمی‌شود: فایل کلید ویرایش شده است.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but HQ holds it: entries were deleted after they were sent.</source>
        <translation>مورد %1 دفتر تفتیش موجود نیست، اما دفتر مرکزی آن را دارد: موارد پس از فرستاده شدن پاک شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the copy HQ holds: the log was rewritten after it was sent.</source>
        <translation>مورد %1 دفتر تفتیش با کاپی دفتر مرکزی فرق دارد: دفتر پس از فرستاده شدن بازنویسی شده است.</translation>
    </message>
    <message>
        <source>User name or password not accepted.</source>
        <translation>نام کاربری یا رمز عبور پذیرفته نشد.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait %1 seconds, then try again.</source>
        <translation>تلاش‌های ناموفق ورود بسیار زیاد است. %1 ثانیه صبر کنید، سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask IT.</source>
        <translation>این حساب غیرفعال شده است. از بخش IT بپرسید.</translation>
    </message>
    <message>
        <source>This account is already active.</source>
        <translation>این حساب قبلاً فعال است.</translation>
    </message>
    <message>
        <source>The sign-in could not be counted (the disk is full or read-only), so it was not tried. Free some space or call IT.</source>
        <translation>ورود شمرده نشد (دیسک پر است یا تنها خواندنی است)، پس امتحان نشد. کمی جا خالی کنید یا با بخش IT تماس بگیرید.</translation>
    </message>
    <message>
        <source>This account&apos;s role could not be verified: it was changed outside Checkpoint. Ask an IT admin.</source>
        <translation>نقش این حساب تأیید نشد: بیرون از Checkpoint تغییر داده شده است. از مدیر سیستم بپرسید.</translation>
    </message>
    <message>
        <source>This IT admin account cannot change users or security settings on this device yet: another IT admin must sign in once first.</source>
        <translation>این حساب مدیر سیستم هنوز نمی‌تواند کاربران یا تنظیمات امنیتی این دستگاه را تغییر دهد: نخست باید یک مدیر سیستم دیگر یک بار وارد شود.</translation>
    </message>
    <message>
        <source>The HQ address or security settings were changed outside Checkpoint, so sync will not run. An IT admin must save the settings again.</source>
        <translation>آدرس دفتر مرکزی یا تنظیمات امنیتی بیرون از Checkpoint تغییر داده شده، پس همگام‌سازی اجرا نمی‌شود. مدیر سیستم باید تنظیمات را دوباره ذخیره کند.</translation>
    </message>
    <message>
        <source>The database&apos;s key was changed (a user was disabled), so you were signed out. Sign in again.</source>
        <translation>کلید دیتابیس تغییر کرد (یک کاربر غیرفعال شد)، پس شما خارج شدید. دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>کاربری با این نام از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>شما نمی‌توانید حساب خود را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>نام کاربری 1 تا 64 حرف، رقم، نقطه، خط تیره یا زیرخط است.</translation>
    </message>
    <message>
        <source>Choose a password of your own: this is the one you signed in with.</source>
        <translation>رمز عبور خود را انتخاب کنید: این همان رمزی است که با آن وارد شدید.</translation>
    </message>
    <message>
        <source>There is nobody to save yet.</source>
        <translation>هنوز کسی برای ذخیره نیست.</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 120 years.</source>
        <translation>%1 باید از 0 تا 120 سال باشد.</translation>
    </message>
    <message>
        <source>The birth date is after the crossing.</source>
        <translation>تاریخ تولد پس از تاریخ عبور است.</translation>
    </message>
    <message>
        <source>%1 must be a three-letter country code such as AFG.</source>
        <translation>%1 باید کود سه‌حرفی کشور مانند AFG باشد.</translation>
    </message>
    <message>
        <source>A clerk may correct only their own records. Ask a shift lead.</source>
        <translation>کاتب تنها می‌تواند ریکاردهای خود را اصلاح کند. از آمر نوبت بخواهید.</translation>
    </message>
    <message>
        <source>Records can be corrected by the clerk only on the day they were made. Ask a shift lead.</source>
        <translation>کاتب ریکاردها را تنها در همان روزی که ثبت شده‌اند می‌تواند اصلاح کند. از آمر نوبت بخواهید.</translation>
    </message>
    <message>
        <source>%1 cannot be corrected.</source>
        <translation>%1 قابل اصلاح نیست.</translation>
    </message>
    <message>
        <source>This record is void and cannot be corrected.</source>
        <translation>این ریکارد باطل است و قابل اصلاح نیست.</translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation>این ریکارد قبلاً باطل شده است.</translation>
    </message>
    <message>
        <source>This record&apos;s personal details were removed after the retention period, so it can no longer be changed.</source>
        <translation>معلومات شخصی این ریکارد پس از پایان مدت نگهداری حذف شده است، پس دیگر قابل تغییر نیست.</translation>
    </message>
    <message>
        <source>A check digit failed: choose the check result.</source>
        <translation>یک رقم کنترول درست نبود: نتیجه بررسی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The document expired on %1: its result cannot be Verified. Choose Expired or what you found.</source>
        <translation>سند به تاریخ %1 منقضی شده است: نتیجه آن نمی‌تواند «تصدیق‌شده» باشد. «منقضی‌شده» یا آنچه را یافتید انتخاب کنید.</translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation>این روز هنوز آغاز نشده است.</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>این روز قبلاً بسته شده است.</translation>
    </message>
    <message>
        <source>That is not a time zone name (for example Asia/Karachi).</source>
        <translation>این نام منطقه زمانی نیست (مثلاً Asia/Karachi).</translation>
    </message>
    <message>
        <source>A code list of this installation is damaged. Call IT.</source>
        <translation>یکی از فهرست‌های کود این نصب خراب است. با بخش IT تماس بگیرید.</translation>
    </message>
    <message>
        <source>The document reader&apos;s text is not a machine-readable zone. Read the document again.</source>
        <translation>متن دستگاه خواننده سند، ساحه ماشین‌خوان (MRZ) نیست. سند را دوباره بخوانید.</translation>
    </message>
    <message>
        <source>The document reader&apos;s text holds a character no machine-readable zone has. Read the document again.</source>
        <translation>متن دستگاه خواننده سند حرفی دارد که در هیچ ساحه ماشین‌خوان (MRZ) نیست. سند را دوباره بخوانید.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text; save it again as &quot;CSV UTF-8&quot; and retry. Nothing was imported.</source>
        <translation>فایل به شکل متن UTF-8 ذخیره نشده است؛ آن را دوباره به شکل &quot;CSV UTF-8&quot; ذخیره کنید و دوباره تلاش کنید. هیچ چیز وارد نشد.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV. Nothing was imported.</source>
        <translation>فایل به شکل CSV خوانده نمی‌شود. هیچ چیز وارد نشد.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row. Nothing was imported.</source>
        <translation>فایل خالی است؛ باید یک ردیف عنوان داشته باشد. هیچ چیز وارد نشد.</translation>
    </message>
    <message>
        <source>The file lacks a required column (%1). Nothing was imported.</source>
        <translation>فایل یک ستون الزامی (%1) را ندارد. هیچ چیز وارد نشد.</translation>
    </message>
    <message>
        <source>A column appears twice in the header (%1). Nothing was imported.</source>
        <translation>یک ستون دو بار در ردیف عنوان آمده است (%1). هیچ چیز وارد نشد.</translation>
    </message>
    <message>
        <source>The row has more values than the header has columns (a comma inside a value that is not in quotes?).</source>
        <translation>این ردیف بیشتر از ستون‌های ردیف عنوان مقدار دارد (شاید کامایی داخل مقداری است که میان نشانه‌های نقل‌قول نیست؟).</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 باید yes یا no باشد.</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1 پس از امروز است.</translation>
    </message>
    <message>
        <source>%1 is not a time. Use HH:MM, from 00:00 to 23:59.</source>
        <translation>%1 زمان نیست. از HH:MM، از 00:00 تا 23:59 استفاده کنید.</translation>
    </message>
    <message>
        <source>A document number is given but no document type.</source>
        <translation>نمبر سند داده شده، اما نوع سند نه.</translation>
    </message>
    <message>
        <source>%1 is not a UUID.</source>
        <translation>%1 یک UUID نیست.</translation>
    </message>
    <message>
        <source>This UUID is on an earlier line of the file.</source>
        <translation>این UUID در یک سطر پیشین فایل آمده است.</translation>
    </message>
    <message>
        <source>The command was not written as expected.</source>
        <translation>فرمان آن‌گونه که انتظار می‌رفت نوشته نشده است.</translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation>رمز عبور الزامی است.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور با هم فرق دارند.</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>نام کاربری الزامی است.</translation>
    </message>
    <message>
        <source>You must choose a new password before anything else.</source>
        <translation>پیش از هر کار دیگری باید رمز عبور جدید انتخاب کنید.</translation>
    </message>
    <message>
        <source>This would leave no active admin; make another admin first.</source>
        <translation>با این کار هیچ مدیر فعالی باقی نمی‌ماند؛ نخست مدیر دیگری بسازید.</translation>
    </message>
    <message>
        <source>Demo records can only go into a demo database: this one is enrolled with HQ or holds real records.</source>
        <translation>ریکاردهای نمایشی تنها در دیتابیس نمایشی جا می‌گیرند: این دیتابیس نزد دفتر مرکزی ثبت شده یا ریکاردهای واقعی دارد.</translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet.</source>
        <translation>این دستگاه هنوز نزد دفتر مرکزی ثبت نشده است.</translation>
    </message>
    <message>
        <source>HQ cannot be reached: no network, or HQ is down. Records are safe here and will be sent when the link is back.</source>
        <translation>دفتر مرکزی در دسترس نیست: شبکه نیست، یا دفتر مرکزی از کار افتاده است. ریکاردها اینجا محفوظ اند و هنگامی که ارتباط برگردد، فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>HQ did not answer in time (slow link). Smaller batches will be tried.</source>
        <translation>دفتر مرکزی به موقع پاسخ نداد (ارتباط کند). بسته‌های کوچک‌تر امتحان می‌شوند.</translation>
    </message>
    <message>
        <source>Something other than HQ answered (a Wi-Fi login page or a proxy?). Nothing was marked as sent.</source>
        <translation>چیزی غیر از دفتر مرکزی پاسخ داد (صفحه ورود Wi-Fi یا پراکسی؟). هیچ چیز فرستاده‌شده نشانی نشد.</translation>
    </message>
    <message>
        <source>HQ no longer accepts this device (revoked, or never enrolled). Sync has stopped; IT must enroll the device again.</source>
        <translation>دفتر مرکزی دیگر این دستگاه را نمی‌پذیرد (لغو شده، یا هرگز ثبت نشده). همگام‌سازی متوقف شد؛ بخش IT باید دستگاه را دوباره ثبت کند.</translation>
    </message>
    <message>
        <source>HQ speaks another version of the sync protocol. Update the app.</source>
        <translation>دفتر مرکزی نسخه دیگری از پروتوکول همگام‌سازی را به کار می‌برد. نسخه تازه برنامه را نصب کنید.</translation>
    </message>
    <message>
        <source>HQ is busy; sync will try again shortly.</source>
        <translation>دفتر مرکزی مصروف است؛ همگام‌سازی به زودی دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>HQ had an internal problem; sync will try again.</source>
        <translation>دفتر مرکزی با مشکل داخلی روبه‌رو شد؛ همگام‌سازی دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>HQ found a single record too large to take.</source>
        <translation>دفتر مرکزی یک ریکارد را برای پذیرفتن بسیار بزرگ یافت.</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted (wrong address, or not the pinned certificate).</source>
        <translation>تصدیق‌نامه دفتر مرکزی پذیرفته نشد (آدرس اشتباه، یا تصدیق‌نامه پین‌شده نیست).</translation>
    </message>
    <message>
        <source>HQ refused the code: wrong, expired, or already used by another device.</source>
        <translation>دفتر مرکزی کود را رد کرد: اشتباه، منقضی‌شده، یا قبلاً توسط دستگاه دیگری استفاده شده است.</translation>
    </message>
    <message>
        <source>HQ&apos;s address must start with https://.</source>
        <translation>آدرس دفتر مرکزی باید با https:// آغاز شود.</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>این آدرس ویب نیست.</translation>
    </message>
    <message>
        <source>HQ&apos;s address answered with a redirect to another address. Sync never follows redirects: enter HQ&apos;s own https:// address. Nothing was sent there.</source>
        <translation>آدرس دفتر مرکزی با ارجاع به آدرس دیگری پاسخ داد. همگام‌سازی هرگز ارجاع را دنبال نمی‌کند: آدرس https:// خود دفتر مرکزی را بنویسید. هیچ چیز به آنجا فرستاده نشد.</translation>
    </message>
    <message>
        <source>The certificate pin must be the SHA-256 fingerprint of HQ&apos;s certificate (64 hexadecimal digits), not MD5 or SHA-1.</source>
        <translation>پین تصدیق‌نامه باید اثر انگشت SHA-256 تصدیق‌نامه دفتر مرکزی باشد (64 رقم هگزادسیمال)، نه MD5 یا SHA-1.</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate is not the pinned one: something else may be answering for HQ. Nothing was sent. Call IT.</source>
        <translation>تصدیق‌نامه دفتر مرکزی همان تصدیق‌نامه پین‌شده نیست: شاید چیز دیگری به جای دفتر مرکزی پاسخ می‌دهد. هیچ چیز فرستاده نشد. با بخش IT تماس بگیرید.</translation>
    </message>
    <message>
        <source>HQ is holding back this device&apos;s audit entries.</source>
        <translation>دفتر مرکزی موارد دفتر تفتیش این دستگاه را نگه داشته است.</translation>
    </message>
    <message>
        <source>HQ refused the request.</source>
        <translation>دفتر مرکزی درخواست را رد کرد.</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly; the log has details for IT.</source>
        <translation>همگام‌سازی به طور غیرمنتظره ناکام شد؛ جزئیات برای بخش IT در لاگ است.</translation>
    </message>
    <message>
        <source>HQ did not take this record.</source>
        <translation>دفتر مرکزی این ریکارد را نپذیرفت.</translation>
    </message>
    <message>
        <source>HQ could not store this record; it will be sent again once corrected.</source>
        <translation>دفتر مرکزی نتوانست این ریکارد را ذخیره کند؛ پس از اصلاح دوباره فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>HQ already holds this revision of the record with other contents.</source>
        <translation>دفتر مرکزی همین نسخه ریکارد را با محتوای دیگری از قبل دارد.</translation>
    </message>
    <message>
        <source>HQ holds this record for another checkpoint.</source>
        <translation>دفتر مرکزی این ریکارد را برای پوسته دیگری دارد.</translation>
    </message>
    <message>
        <source>The record was damaged on the way to HQ.</source>
        <translation>ریکارد در راه دفتر مرکزی خراب شد.</translation>
    </message>
    <message>
        <source>HQ has this device under another checkpoint. Call IT.</source>
        <translation>دفتر مرکزی این دستگاه را زیر پوسته دیگری ثبت کرده است. با بخش IT تماس بگیرید.</translation>
    </message>
    <message>
        <source>Another device recorded this at HQ; only that device can change it.</source>
        <translation>دستگاه دیگری این را در دفتر مرکزی ثبت کرده است؛ تنها همان دستگاه می‌تواند آن را تغییر دهد.</translation>
    </message>
    <message>
        <source>HQ could not read the request.</source>
        <translation>دفتر مرکزی نتوانست درخواست را بخواند.</translation>
    </message>
    <message>
        <source>HQ does not know this device. IT must enroll it again.</source>
        <translation>دفتر مرکزی این دستگاه را نمی‌شناسد. بخش IT باید آن را دوباره ثبت کند.</translation>
    </message>
    <message>
        <source>HQ holds this record for another device.</source>
        <translation>دفتر مرکزی این ریکارد را برای دستگاه دیگری دارد.</translation>
    </message>
    <message>
        <source>HQ does not know this enrollment code; check it, or ask HQ for a new one.</source>
        <translation>دفتر مرکزی این کود ثبت را نمی‌شناسد؛ آن را بررسی کنید، یا از دفتر مرکزی کود جدید بخواهید.</translation>
    </message>
    <message>
        <source>This enrollment code has expired or was withdrawn; ask HQ for a new one.</source>
        <translation>این کود ثبت منقضی شده یا پس گرفته شده است؛ از دفتر مرکزی کود جدید بخواهید.</translation>
    </message>
    <message>
        <source>This enrollment code was already used by another device; ask HQ for a new one.</source>
        <translation>این کود ثبت قبلاً توسط دستگاه دیگری استفاده شده است؛ از دفتر مرکزی کود جدید بخواهید.</translation>
    </message>
    <message>
        <source>This enrollment code was made to re-enroll another device; ask HQ for a code for this one.</source>
        <translation>این کود ثبت برای ثبت دوباره دستگاه دیگری ساخته شده است؛ از دفتر مرکزی کودی برای این دستگاه بخواهید.</translation>
    </message>
    <message>
        <source>HQ already has this device enrolled; to enroll it again, HQ must make a code for this device with controlroom enroll --device.</source>
        <translation>این دستگاه از قبل نزد دفتر مرکزی ثبت است؛ برای ثبت دوباره، دفتر مرکزی باید با controlroom enroll --device کودی برای این دستگاه بسازد.</translation>
    </message>
    <message>
        <source>HQ revoked this device; only HQ can readmit it, with a code made for this device by controlroom enroll --device.</source>
        <translation>دفتر مرکزی این دستگاه را لغو کرده است؛ تنها دفتر مرکزی می‌تواند آن را دوباره بپذیرد، با کودی که با controlroom enroll --device برای این دستگاه ساخته شود.</translation>
    </message>
    <message>
        <source>HQ is receiving too many requests from here; sync will try again shortly.</source>
        <translation>دفتر مرکزی درخواست‌های بسیار زیادی از اینجا دریافت می‌کند؛ همگام‌سازی به زودی دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>HQ is still working on this device&apos;s previous batch; sync will try again shortly.</source>
        <translation>دفتر مرکزی هنوز روی بسته قبلی این دستگاه کار می‌کند؛ همگام‌سازی به زودی دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>HQ did not recognise where this device left off; the updates will be fetched again.</source>
        <translation>دفتر مرکزی نشناخت که این دستگاه در کجا متوقف شده بود؛ تغییرات تازه دوباره دریافت می‌شوند.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
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
        <translation>متوقف</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>تنظیم نشده</translation>
    </message>
    <message>
        <source>HQ could not be reached: check HQ&apos;s address and this computer&apos;s network, then enroll again.</source>
        <translation>دفتر مرکزی در دسترس نبود: آدرس دفتر مرکزی و شبکه این کمپیوتر را بررسی کنید، سپس دوباره ثبت کنید.</translation>
    </message>
    <message>
        <source>HQ did not answer in time: check the network, then enroll again.</source>
        <translation>دفتر مرکزی به موقع پاسخ نداد: شبکه را بررسی کنید، سپس دوباره ثبت کنید.</translation>
    </message>
    <message>
        <source>Something other than HQ answered at this address (a Wi-Fi login page or a proxy?): check the address.</source>
        <translation>چیزی غیر از دفتر مرکزی در این آدرس پاسخ داد (صفحه ورود Wi-Fi یا پراکسی؟): آدرس را بررسی کنید.</translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted: check the address and the certificate pin.</source>
        <translation>تصدیق‌نامه دفتر مرکزی پذیرفته نشد: آدرس و پین تصدیق‌نامه را بررسی کنید.</translation>
    </message>
    <message>
        <source>HQ had an internal problem: try again later or call HQ.</source>
        <translation>دفتر مرکزی با مشکل داخلی روبه‌رو شد: بعداً دوباره تلاش کنید یا با دفتر مرکزی تماس بگیرید.</translation>
    </message>
    <message>
        <source>HQ is busy: try again in a few minutes.</source>
        <translation>دفتر مرکزی مصروف است: چند دقیقه بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Enrollment failed.</source>
        <translation>ثبت دستگاه ناکام شد.</translation>
    </message>
    <message>
        <source>Not enrolled: nothing will be sent to HQ until enrollment succeeds. %1</source>
        <translation>ثبت نشده: تا ثبت دستگاه موفق نشود، هیچ چیز به دفتر مرکزی فرستاده نمی‌شود. %1</translation>
    </message>
</context>
<context>
    <name>tamper_notice</name>
    <message>
        <source>These users&apos; roles were changed outside Checkpoint and are not in force: %1. Check each one under IT admin › Users: reset the password to grant the role again, or disable the user.</source>
        <translation>نقش‌های این کاربران بیرون از Checkpoint تغییر داده شده و اعتبار ندارند: %1. هر کدام را در مدیر سیستم › کاربران بررسی کنید: برای دادن دوباره نقش، رمز عبور را دوباره تنظیم کنید، یا کاربر را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>The security settings were changed outside Checkpoint: sync is stopped, and the idle lock and retention are at their defaults, until you check them and save them under IT admin › Settings.</source>
        <translation>تنظیمات امنیتی بیرون از Checkpoint تغییر داده شده است: همگام‌سازی متوقف است، و قفل خودکار و مدت نگهداری روی مقدارهای پیش‌فرض اند، تا زمانی که آن‌ها را در مدیر سیستم › تنظیمات بررسی و ذخیره کنید.</translation>
    </message>
    <message>
        <source>Changed outside Checkpoint</source>
        <translation>تغییر بیرون از Checkpoint</translation>
    </message>
</context>
</TS>
