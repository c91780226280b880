<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name>AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not enrolled with HQ yet: nothing can be sent. An IT admin enrolls this device under IT admin › Sync with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/09/01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin reads the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type dates as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log verified: all %n entries are intact, and every user&apos;s anchor and the entry HQ last acknowledged agree with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log broken: %1 The %n entries of the chain before it verify. Call IT security; change nothing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries; narrow the filter to see older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <source>Close day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 at %2? Its tally below is frozen, hashed and signed with your name. Records added, corrected or voided for this day afterwards show as late amendments on the next sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not over yet: it is %2 at the checkpoint. Everyone recorded for this day after you close it, until midnight, will be a late amendment, not part of the signed numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>Type a name or short form to choose; Alt+Down shows the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>Only a shift lead takes complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, father&apos;s name, document number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searches recent records (days back: %n); a pasted record id finds any record (Enter searches now and goes to the linked record, Down goes there too)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>optional: a phone number or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;plaints taken here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Complaints: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, father %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record found; it is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n records found: choose one under Linked record, or type more to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records found: %n. Choose one under Linked record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No recent record matches (days back: %n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a complaint being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint saved. It goes to the control room with the next sync; its status shows in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. name misspelled at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the record&apos;s history, beside what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction (Ctrl+S or Ctrl+Enter). Enter moves to the next field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is it corrected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records could not be read. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details were removed after the retention period; the record still counts in every tally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control room refused this version: %1. Correct the record to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file in a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register, a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy register saved as CSV (UTF-8). Rows already imported are not added twice; rows that cannot be read are listed with their line and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;rst day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record of those days, voided ones marked. The file holds personal data: keep it safe and delete it when done. The export is written in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new file, e.g. on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the whole database, still encrypted, while work goes on. A key file (the same name ending in .keys) is written beside it: keep the two together, the backup cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day the app removes the personal details (names, birth dates, document numbers, remarks) of records older than the retention period that the control room holds. Counts, tallies and close-outs stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last run %1 (records older than %2 days): %n purged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n kept until the control room holds them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of the last import shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running task to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import after the current chunk; what was saved stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export or a backup cannot be stopped part-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current chunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the register file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Records imported: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already present (not added again): %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows rejected: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records skipped: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled part-way. The rows counted here are saved; import the same file again to finish (nothing is added twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows, with their line and reason, are in %1. Correct them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled. Records saved: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished. Records added: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the file to export to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1. Records: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the file to back up to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1. Keep the key file %2 with it: the backup cannot be opened without it. It opens with the same users and passwords as this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gregorian date (2024-04-03, 20240403 or 03/04/2024) or a Solar Hijri date (1403/01/15), as written on the document. Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayInput</name>
    <message>
        <source>A day: 2026-12-01, 20261201 or 01/12/2026 (or Solar Hijri 1405/09/10). Up and Down change the day; Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRows</name>
    <message>
        <source>Remove this document (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type: type p (PoR), a (ACC), pa (passport), t (Tazkira), v (visa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number, as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found: type v (verified), e (expired), m (mismatch), n (not presented). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing country, three letters (AFG, PAK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1: the result is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document. Ctrl+D adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The database is ready.&lt;/b&gt; Next, on the IT admin screen:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Users&lt;/b&gt;: add the shift leads and clerks, each with a first password they change at their first sign-in;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sync with HQ&lt;/b&gt;: enroll this computer with the one-time code from the control room;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: make a first backup, and keep backing up.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed under the signature on tally sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT admin &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT admin&apos;s &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Checkpoint database on this computer yet. Create it here; the IT admin then adds the other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records will be kept, encrypted, in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;and the keys to open them in&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;p&gt;Keep both, and back them up together: the database cannot be opened without its key file, and a key file opens no other database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the IT admin&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <source>The household: Ctrl+PgDown and Ctrl+PgUp move between people, Ctrl+M adds a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peo&amp;ple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter moves to the next field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not record crossings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the member shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the document the cursor is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next person in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous person in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this household? What was typed for them is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read: every check digit correct, but it expired on %2. Result: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read: every check digit correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, but not every check passed (%2): look at the marked fields and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read: look at the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: look at the documents the desk warned about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved. Fix what is marked in red (%n): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A check digit failed on this document: look at it and choose the check result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1: %2. People: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a household being typed on New crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard everything typed for this household?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveQuestion</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it before leaving, discard it, or cancel and go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the signed-in user can save it: sign out and lose it, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. Type your password to go on; nothing you typed has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checkpoint — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user / sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures recorded today at this checkpoint (voided ones not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checkpoint %1&lt;/b&gt;&lt;p&gt;Records departures and document checks at border checkpoints, offline, encrypted, and sends them to the control room when the link is up.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password only you know (at least 8 characters). You will need it at every sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add document (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document check (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as written on the document; names are never split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type m or f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in whole years (0 to 120). Or give the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>esti&amp;mated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD or 1403/01/15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter country code (AFG, PAK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province in Pakistan: type a name or short form (KP, KPK, ICT, AJK, GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province in Afghanistan: type the first letters (nan, kab, kun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type v (voluntary), d (deported) or a (assisted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary repatriation form number, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vu&amp;lnerabilities, remarks and native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide vulnerability flags, remarks and the names in native script (Alt+L). Never required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;ther&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Origin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin &amp;district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;estination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VRF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flags: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s name: type to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document gives no sex: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit failed: compare with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date in the zone: type it from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: check digit failed, compare it with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite check digit failed: compare number, birth date and expiry with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: not a valid date in the zone, type it from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: check digit failed, compare it with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the result once you have looked at the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeSchedule</name>
    <message>
        <source>Old personal details could not be purged: %1 It is tried again within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <extracomment>Qt&apos;s own text (QLineEdit), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <extracomment>Qt&apos;s own text (QPlatformTheme), shown in the app&apos;s dialogs and fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentSavesModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — people: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentSavesPanel</name>
    <message>
        <source>Re&amp;cently saved at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last households saved here, newest first. Check here before typing a household again; Enter opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved here since yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved despite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late amendment to a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details removed after the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent to the control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control room holds this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Document checks (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (HQ&apos;s lists, version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what was recorded (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift lead can void a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this record with a reason (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, father&apos;s name or document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling variants match: Mohammad finds Muhammad and Mohammed. Ctrl+F comes here; Enter searches now and goes to the list, Down goes to the list; there, Enter opens the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Records: more than %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records: %Ln</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup file, with its .keys file beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin restores a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup of this database back in its place, once it is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose the backup file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the database was not changed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this computer&apos;s database with the backup %1?

Everything recorded since that backup was made will no longer be in the database. The database in use now is kept beside it as a dated copy. Everyone is signed out and signs in to the restored database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved settings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin changes the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2; 0 never locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep personal data, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s lists &amp;out of date after, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The time zone decides which day a crossing counts on. A new time zone applies to records saved from now on; records already saved keep the day they were counted on.&lt;/p&gt;&lt;p&gt;The window locks itself after the idle minutes without a key press or mouse use.&lt;/p&gt;&lt;p&gt;Personal details are removed from this computer that many days after the control room holds them; the counts stay for the tallies.&lt;/p&gt;&lt;p&gt;HQ&apos;s lists (cancelled cards, documents recorded at other checkpoints, policy dates) older than that many days are shown as out of date: the desk&apos;s warnings may be missing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the settings are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetJobs</name>
    <message>
        <source>Export the tally sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally sheet saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally sheet sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be written to %1 (%2). Choose another printer or folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt and an underlined letter goes to that field or presses that button. A correction uses the same keys as New crossing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Checkpoint — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Checkpoint&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database — nothing here is real. Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>optional: SHA-256 fingerprint of HQ&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin can enroll the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send pending records to HQ now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens a rejected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected by HQ (corrected records are sent again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: sending · %1 sent · %2 pending · %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1 · %2 pending · %3 rejected · last success %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n times since %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet, so nothing can be sent. Type HQ&apos;s address and the one-time code HQ gave you, then press Enroll with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type HQ&apos;s address and the one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with HQ at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallySheet</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: closed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: these numbers may still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures by origin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document types shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures by sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures by return type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen at the close-out: the numbers signed when the day was closed. With the changes since, departures now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the day was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late amendments to other closed days made in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided records of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day of this period is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1 at %2. Checkpoint tally sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <source>Departures by origin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;lly of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the shift starts, checkpoint time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the shift ends; a time not after the start is on the next day (22:00–06:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow closing a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow printing tally sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow tallies. Ask a shift lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Departures: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Households: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No departures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen numbers, as signed at the close-out. Departures now, with the changes since: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late amendments since the close-out: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late amendments to other days made in this period: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voided records: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days closed in this period: %n of %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This day is not closed: its numbers may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1 (signed “%2”) at %3. Departures when closed: %4. Tally hash: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ: reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ: not reconciled: the frozen tally does not match its hash at HQ (changed after closing, or damaged on the way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HQ: not reconciled: records of this day not yet at HQ: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has not compared this close-out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one day to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze this day&apos;s tally, hash it and sign it with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>D&amp;isable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change full name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. shah.wali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as signed on tally sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the user (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They must choose their own at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IT admin manages users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled: re-enable it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name shown on tally sheets and close-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this user signing in (their records stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this user a temporary password they must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this user sign in again with a temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a first password for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added as %2. They must choose their own password at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of %1, as printed on tally sheets and close-outs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name of %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They will no longer be able to sign in. Their records stay, and you can re-enable the account later with a new temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the database has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These users need a new password (Reset password): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a temporary password and must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be able to sign in again with this temporary password, and must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again with the temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. recorded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void record stays in the list, greyed out, and leaves the tally. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, recorded by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s lists, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s lists on this device: version %1, current at HQ on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Documents with warnings: %n. Look at the documents and the person again: save only if you are sure. Saving anyway keeps the warnings with the record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form; nothing is saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, keeping these warnings with the record (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user&apos;s role was changed outside Checkpoint and cannot be trusted. Reset their password to grant the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has no key to the database and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>New crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codelists</name>
    <message>
        <source>Balkh</source>
        <extracomment>list af_provinces, native spelling بلخ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bamyan</source>
        <extracomment>list af_provinces, native spelling بامیان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badghis</source>
        <extracomment>list af_provinces, native spelling بادغیس</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badakhshan</source>
        <extracomment>list af_provinces, native spelling بدخشان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baghlan</source>
        <extracomment>list af_provinces, native spelling بغلان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daykundi</source>
        <extracomment>list af_provinces, native spelling دایکندی</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farah</source>
        <extracomment>list af_provinces, native spelling فراه</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faryab</source>
        <extracomment>list af_provinces, native spelling فاریاب</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghazni</source>
        <extracomment>list af_provinces, native spelling غزنی</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghor</source>
        <extracomment>list af_provinces, native spelling غور</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helmand</source>
        <extracomment>list af_provinces, native spelling هلمند</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herat</source>
        <extracomment>list af_provinces, native spelling هرات</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jowzjan</source>
        <extracomment>list af_provinces, native spelling جوزجان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kabul</source>
        <extracomment>list af_provinces, native spelling کابل</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kandahar</source>
        <extracomment>list af_provinces, native spelling کندهار</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kapisa</source>
        <extracomment>list af_provinces, native spelling کاپیسا</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunduz</source>
        <extracomment>list af_provinces, native spelling کندز</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khost</source>
        <extracomment>list af_provinces, native spelling خوست</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kunar</source>
        <extracomment>list af_provinces, native spelling کنر</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laghman</source>
        <extracomment>list af_provinces, native spelling لغمان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logar</source>
        <extracomment>list af_provinces, native spelling لوگر</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nangarhar</source>
        <extracomment>list af_provinces, native spelling ننگرهار</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nimroz</source>
        <extracomment>list af_provinces, native spelling نیمروز</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nuristan</source>
        <extracomment>list af_provinces, native spelling نورستان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panjshir</source>
        <extracomment>list af_provinces, native spelling پنجشیر</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parwan</source>
        <extracomment>list af_provinces, native spelling پروان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paktia</source>
        <extracomment>list af_provinces, native spelling پکتیا</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paktika</source>
        <extracomment>list af_provinces, native spelling پکتیکا</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samangan</source>
        <extracomment>list af_provinces, native spelling سمنگان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sar-e Pul</source>
        <extracomment>list af_provinces, native spelling سرپل</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takhar</source>
        <extracomment>list af_provinces, native spelling تخار</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uruzgan</source>
        <extracomment>list af_provinces</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wardak</source>
        <extracomment>list af_provinces, native spelling وردک</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zabul</source>
        <extracomment>list af_provinces, native spelling زابل</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the issuing authority</source>
        <extracomment>list card_reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported lost</source>
        <extracomment>list card_reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <extracomment>list card_reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken into custody</source>
        <extracomment>list card_reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder deceased</source>
        <extracomment>list card_reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>list card_reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>list check_results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>list check_results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <extracomment>list check_results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected forgery</source>
        <extracomment>list check_results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <extracomment>list check_results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not presented</source>
        <extracomment>list check_results</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extortion or bribe</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistreatment</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property left behind</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document confiscated</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family separation</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost belongings</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>list complaint_categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torkham</source>
        <extracomment>list crossing_points, native spelling طورخم</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaman</source>
        <extracomment>list crossing_points, native spelling چمن</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghulam Khan</source>
        <extracomment>list crossing_points, native spelling غلام خان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angoor Adda</source>
        <extracomment>list crossing_points, native spelling انگور اڈہ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kharlachi</source>
        <extracomment>list crossing_points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badini</source>
        <extracomment>list crossing_points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barabcha</source>
        <extracomment>list crossing_points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noor Wahab</source>
        <extracomment>list crossing_points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to holder</source>
        <extracomment>list custody</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <extracomment>list custody</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>list custody</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of Registration card</source>
        <extracomment>list document_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoR</source>
        <extracomment>list document_types, short for Proof of Registration card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afghan Citizen Card</source>
        <extracomment>list document_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACC</source>
        <extracomment>list document_types, short for Afghan Citizen Card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <extracomment>list document_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport</source>
        <extracomment>list document_types, short for Passport</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tazkira</source>
        <extracomment>list document_types, native spelling تذکره</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <extracomment>list document_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visa</source>
        <extracomment>list document_types, short for Visa</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <extracomment>list document_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>list document_types, short for Other document</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <extracomment>list document_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>list document_types, short for No document</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded departing at this desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On HQ&apos;s cancelled-cards list</source>
        <extracomment>list document_warnings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded departing at another desk</source>
        <extracomment>list document_warnings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type no longer valid by policy</source>
        <extracomment>list document_warnings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <extracomment>list methods</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRZ</source>
        <extracomment>list methods</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document reader</source>
        <extracomment>list methods</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balochistan</source>
        <extracomment>list pk_provinces, native spelling بلوچستان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gilgit-Baltistan</source>
        <extracomment>list pk_provinces, native spelling گلگت بلتستان</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Islamabad Capital Territory</source>
        <extracomment>list pk_provinces, native spelling اسلام آباد</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khyber Pakhtunkhwa</source>
        <extracomment>list pk_provinces, native spelling خیبر پختونخوا</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjab</source>
        <extracomment>list pk_provinces, native spelling پنجاب</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sindh</source>
        <extracomment>list pk_provinces, native spelling سندھ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azad Jammu and Kashmir</source>
        <extracomment>list pk_provinces, native spelling آزاد جموں و کشمیر</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voluntary</source>
        <extracomment>list return_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deported</source>
        <extracomment>list return_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <extracomment>list return_types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <extracomment>list sexes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <extracomment>list sexes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unaccompanied child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated child</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female-headed household</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious medical condition</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older person at risk</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant or lactating</source>
        <extracomment>list vulnerabilities</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>less than an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: OUT OF DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists: %1 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists from HQ: never received. Warnings about cancelled cards, documents recorded at other checkpoints and policy dates are missing until this device syncs with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists from HQ: version %1, %2 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. OUT OF DATE (older than %1): warnings about cancelled cards and documents recorded elsewhere may be missing. Sync with HQ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (native script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name (native script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep personal details (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s lists out of date after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Try again; if it happens again, call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was imported. Free some space and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer there; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date. Use YYYY-MM-DD, DD/MM/YYYY or a Solar Hijri date such as 1403/01/15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file already exists; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: it is damaged or its key file is missing. Call IT; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was never set up completely. Call IT; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the database is missing. Call IT; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the database is damaged. Call IT; do not delete anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Checkpoint backup, or it is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key file (its name ends in .keys) is not beside it. Copy both files together. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup of another checkpoint&apos;s database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the backup belongs to another database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s audit log does not verify: it was changed after it was written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed, though the entries before it are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is not signed by %2: it was rewritten and signed again by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but %2&apos;s anchor of %3 names it: entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one %2&apos;s anchor of %3 names: the log was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s audit anchor in the key file does not verify: the key file was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 is missing, but HQ holds it: entries were deleted after they were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the copy HQ holds: the log was rewritten after it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or password not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait %1 seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been disabled. Ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be counted (the disk is full or read-only), so it was not tried. Free some space or call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s role could not be verified: it was changed outside Checkpoint. Ask an IT admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IT admin account cannot change users or security settings on this device yet: another IT admin must sign in once first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HQ address or security settings were changed outside Checkpoint, so sync will not run. An IT admin must save the settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s key was changed (a user was disabled), so you were signed out. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of your own: this is the one you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from 0 to 120 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is after the crossing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a three-letter country code such as AFG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk may correct only their own records. Ask a shift lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records can be corrected by the clerk only on the day they were made. Ask a shift lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is void and cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is already void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record&apos;s personal details were removed after the retention period, so it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check digit failed: choose the check result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document expired on %1: its result cannot be Verified. Choose Expired or what you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a time zone name (for example Asia/Karachi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code list of this installation is damaged. Call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document reader&apos;s text is not a machine-readable zone. Read the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document reader&apos;s text holds a character no machine-readable zone has. Read the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text; save it again as &quot;CSV UTF-8&quot; and retry. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as CSV. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks a required column (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column appears twice in the header (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more values than the header has columns (a comma inside a value that is not in quotes?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time. Use HH:MM, from 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document number is given but no document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This UUID is on an earlier line of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was not written as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must choose a new password before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would leave no active admin; make another admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo records can only go into a demo database: this one is enrolled with HQ or holds real records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled with HQ yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ cannot be reached: no network, or HQ is down. Records are safe here and will be sent when the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ did not answer in time (slow link). Smaller batches will be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something other than HQ answered (a Wi-Fi login page or a proxy?). Nothing was marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ no longer accepts this device (revoked, or never enrolled). Sync has stopped; IT must enroll the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ speaks another version of the sync protocol. Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ is busy; sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ had an internal problem; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ found a single record too large to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted (wrong address, or not the pinned certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ refused the code: wrong, expired, or already used by another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s address answered with a redirect to another address. Sync never follows redirects: enter HQ&apos;s own https:// address. Nothing was sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate pin must be the SHA-256 fingerprint of HQ&apos;s certificate (64 hexadecimal digits), not MD5 or SHA-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s certificate is not the pinned one: something else may be answering for HQ. Nothing was sent. Call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ is holding back this device&apos;s audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed unexpectedly; the log has details for IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ did not take this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ could not store this record; it will be sent again once corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ already holds this revision of the record with other contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ holds this record for another checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was damaged on the way to HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ has this device under another checkpoint. Call IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device recorded this at HQ; only that device can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ could not read the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ does not know this device. IT must enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ holds this record for another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ does not know this enrollment code; check it, or ask HQ for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code has expired or was withdrawn; ask HQ for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code was already used by another device; ask HQ for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment code was made to re-enroll another device; ask HQ for a code for this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ already has this device enrolled; to enroll it again, HQ must make a code for this device with controlroom enroll --device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ revoked this device; only HQ can readmit it, with a code made for this device by controlroom enroll --device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ is receiving too many requests from here; sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ is still working on this device&apos;s previous batch; sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ did not recognise where this device left off; the updates will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ could not be reached: check HQ&apos;s address and this computer&apos;s network, then enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ did not answer in time: check the network, then enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something other than HQ answered at this address (a Wi-Fi login page or a proxy?): check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s certificate was not accepted: check the address and the certificate pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ had an internal problem: try again later or call HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ is busy: try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled: nothing will be sent to HQ until enrollment succeeds. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tamper_notice</name>
    <message>
        <source>These users&apos; roles were changed outside Checkpoint and are not in force: %1. Check each one under IT admin › Users: reset the password to grant the role again, or disable the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security settings were changed outside Checkpoint: sync is stopped, and the idle lock and retention are at their defaults, until you check them and save them under IT admin › Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed outside Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
