<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name></name>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="31"/>
        <source>sync</source>
        <comment>syncing…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="31"/>
        <source>sync</source>
        <comment>online</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="32"/>
        <source>sync</source>
        <comment>offline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="32"/>
        <source>sync</source>
        <comment>stopped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="33"/>
        <source>sync</source>
        <comment>not set up</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="27"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="28"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="29"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_view.py" line="30"/>
        <source>S&amp;ync with HQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../ui/breakdown_model.py" line="76"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <location filename="../../ui/close_day_dialog.py" line="31"/>
        <source>Close day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_day_dialog.py" line="33"/>
        <source>Close %1 at %2? Its tally below is frozen, hashed and signed with your name. Records added, corrected or voided for this day afterwards show as late amendments on the next sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_day_dialog.py" line="49"/>
        <source>Signed &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_day_dialog.py" line="53"/>
        <source>&amp;Close day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <location filename="../../ui/entry/code_combo.py" line="52"/>
        <source>Type a name or short form to choose; Alt+Down shows the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <location filename="../../ui/complaints_view.py" line="70"/>
        <source>Only a shift lead takes complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="83"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="90"/>
        <source>What happened, in the person&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="94"/>
        <source>name, father&apos;s name, document number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="96"/>
        <source>Searches the records of the last %n day(s); a pasted record id finds any record (Enter searches now)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="105"/>
        <source>optional: a phone number or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="112"/>
        <source>Sa&amp;ve complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="114"/>
        <source>Save the complaint (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="121"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="122"/>
        <source>Empty the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="146"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="147"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="148"/>
        <source>&amp;Find a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="149"/>
        <source>Linked &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="150"/>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="151"/>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="156"/>
        <source>Take a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="162"/>
        <source>Com&amp;plaints taken here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="199"/>
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="201"/>
        <source>%n urgent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="208"/>
        <source>No linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="213"/>
        <source>%1, father %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="215"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="233"/>
        <source>No record has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="238"/>
        <source>The record is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="248"/>
        <source>One record found; it is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="250"/>
        <source>The first %n records found: choose one under Linked record, or type more to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="254"/>
        <source>%n record(s) found: choose one under Linked record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints_view.py" line="257"/>
        <source>No record of the last %n day(s) matches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="283"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="292"/>
        <source>Complaint saved. It goes to the control room with the next sync; its status shows in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/complaints_view.py" line="294"/>
        <source>Complaint saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/correction_dialog.py" line="120"/>
        <source>Correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="150"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="151"/>
        <source>&amp;estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="158"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="158"/>
        <source>Fa&amp;ther&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="159"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="159"/>
        <source>A&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="160"/>
        <source>&amp;Origin province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="161"/>
        <source>Desti&amp;nation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="162"/>
        <source>Re&amp;marks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="183"/>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="187"/>
        <source>Save the correction (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="218"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="220"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="226"/>
        <source>&amp;Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="241"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="313"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.py" line="317"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossingsModel</name>
    <message>
        <location filename="../../ui/crossings_model.py" line="235"/>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="236"/>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="252"/>
        <source>Crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="252"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="253"/>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="253"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="254"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="254"/>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="255"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="255"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="256"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="256"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="257"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="265"/>
        <source>These records could not be read. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="314"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="314"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="315"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="319"/>
        <source>Void: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="328"/>
        <source>The control room refused this version: %1. Correct the record to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="330"/>
        <source>Waiting to be sent to the control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crossings_model.py" line="331"/>
        <source>The control room holds this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="78"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="80"/>
        <source>Choose the file in a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="106"/>
        <source>the register, a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="107"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="111"/>
        <location filename="../../ui/admin/data_panel.py" line="237"/>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="112"/>
        <source>Register &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="113"/>
        <source>A legacy register saved as CSV (UTF-8). Rows already imported are not added twice; rows that cannot be read are listed with their line and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="122"/>
        <source>a new .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="123"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="130"/>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="137"/>
        <location filename="../../ui/admin/data_panel.py" line="246"/>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="139"/>
        <source>Fi&amp;rst day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="140"/>
        <source>E&amp;xport file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="141"/>
        <source>Every record of those days, voided ones marked. The file holds personal data: keep it safe and delete it when done. The export is written in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="154"/>
        <source>a new file, e.g. on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="155"/>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="159"/>
        <location filename="../../ui/admin/data_panel.py" line="256"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="160"/>
        <source>Bac&amp;kup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="161"/>
        <source>A copy of the whole database, still encrypted, while work goes on. A key file (the same name ending in .keys) is written beside it: keep the two together, the backup cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="171"/>
        <location filename="../../ui/admin/data_panel.py" line="282"/>
        <source>Nothing is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="175"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="180"/>
        <source>The report of the last import shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="204"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="211"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="238"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="247"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="257"/>
        <source>Checkpoint backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="270"/>
        <source>Wait for the running task to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="272"/>
        <source>Only an IT admin imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="273"/>
        <source>Only an IT admin exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="274"/>
        <source>Only an IT admin backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="280"/>
        <source>Stop the import after the current chunk; what was saved stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="281"/>
        <source>An export or a backup cannot be stopped part-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="332"/>
        <source>Stopping after the current chunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="340"/>
        <source>Type or choose the register file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="344"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="348"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="350"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="351"/>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/data_panel.py" line="363"/>
        <source>Imported: %n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/data_panel.py" line="364"/>
        <source>Already present (not added again): %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/data_panel.py" line="365"/>
        <source>Rejected: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/data_panel.py" line="367"/>
        <source>Voided records skipped: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="369"/>
        <source>Cancelled part-way. The rows counted here are saved; import the same file again to finish (nothing is added twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="375"/>
        <source>The rejected rows, with their line and reason, are in %1. Correct them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/data_panel.py" line="380"/>
        <source>Import cancelled: %n record(s) saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/data_panel.py" line="381"/>
        <source>Import finished: %n record(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="390"/>
        <source>%1 already exists. Choose a new file name; nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="394"/>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="404"/>
        <source>Type or choose the file to export to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="408"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin/data_panel.py" line="413"/>
        <source>%n record(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="423"/>
        <source>Type or choose the file to back up to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="426"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/data_panel.py" line="431"/>
        <source>Backup written to %1. Keep the key file %2 with it: the backup cannot be opened without it. It opens with the same users and passwords as this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ui/entry/date_input.py" line="29"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/date_input.py" line="30"/>
        <source>A Gregorian date (2024-04-03 or 03/04/2024) or a Solar Hijri date (1403/01/15), as written on the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/date_input.py" line="55"/>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRows</name>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="143"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="143"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="143"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="143"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="144"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="144"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="144"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="150"/>
        <source>No document. Ctrl+D adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="36"/>
        <source>Already departed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry/duplicate_dialog.py" line="38"/>
        <source>%n earlier departure(s) here with the same document. Is this the same person crossing again, or a record typed twice?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="43"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="43"/>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="44"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="60"/>
        <source>Stop and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="61"/>
        <source>Go back to the form; nothing is saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="62"/>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/duplicate_dialog.py" line="63"/>
        <source>Record this household as well (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="184"/>
        <source>Checkpoint — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="203"/>
        <source>&amp;Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="204"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="205"/>
        <source>IT admin &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="206"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="207"/>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="209"/>
        <source>There is no Checkpoint database on this computer yet. Create it here; the IT admin then adds the other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="219"/>
        <source>Type the IT admin&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="221"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <location filename="../../ui/entry/household_view.py" line="79"/>
        <source>The household: Ctrl+PgDown and Ctrl+PgUp move between people, Ctrl+M adds a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="82"/>
        <source>Peo&amp;ple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="85"/>
        <location filename="../../ui/entry/household_view.py" line="214"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="107"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="109"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="110"/>
        <source>Save household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="111"/>
        <source>Enter also saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="114"/>
        <source>Your role does not record crossings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="139"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="215"/>
        <source>Remove %1 from this household? What was typed for them is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="216"/>
        <source>this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="241"/>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="242"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="242"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="251"/>
        <source>Head of household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="252"/>
        <source>Member %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="307"/>
        <source>%1 read: every check digit correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="309"/>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="310"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="310"/>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="311"/>
        <source>personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="311"/>
        <source>composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="312"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="314"/>
        <source>%1 read, but not every check passed (%2): look at the marked fields and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="315"/>
        <source>%1 read: look at the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="351"/>
        <source>Not saved: check the earlier record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry/household_view.py" line="387"/>
        <source>(%n more person(s) with a problem.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="398"/>
        <source>A check digit failed on this document: look at it and choose the check result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="404"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="405"/>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="423"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry/household_view.py" line="449"/>
        <source>Saved at %1: %2 (%n person(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="479"/>
        <source>Discard household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/household_view.py" line="480"/>
        <source>Discard everything typed for this household?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="92"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="94"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="96"/>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="97"/>
        <source>Signed in as %1. Type your password to go on; nothing you typed has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Checkpoint — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;Switch user / sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;About Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Sync: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Sync: %1 · %2 pending · last %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="133"/>
        <source> · %n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Today: %n departure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>About Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Checkpoint records departures and document checks at border checkpoints, offline, encrypted, and sends them to the control room when the link is up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="144"/>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="152"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="153"/>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="155"/>
        <source>Choose a password only you know (at least 8 characters). You will need it at every sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="163"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="67"/>
        <source>Add document (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="68"/>
        <source>Add a document check (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="78"/>
        <source>Full name as written on the document; names are never split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="84"/>
        <source>Type m or f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="88"/>
        <source>Age in whole years (0 to 120). Or give the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="89"/>
        <source>esti&amp;mated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="91"/>
        <source>YYYY-MM-DD or 1403/01/15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="96"/>
        <source>Three-letter country code (AFG, PAK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="100"/>
        <source>Province in Pakistan: type a name or short form (KP, KPK, ICT, AJK, GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="104"/>
        <source>Province in Afghanistan: type the first letters (nan, kab, kun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="106"/>
        <source>Type v (voluntary), d (deported) or a (assisted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="108"/>
        <source>Voluntary repatriation form number, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="112"/>
        <source>Vu&amp;lnerabilities and remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="117"/>
        <source>Show or hide vulnerability flags and remarks (Alt+L). Never required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="130"/>
        <source>Remarks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="173"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="174"/>
        <source>Fa&amp;ther&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="176"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="177"/>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="178"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="180"/>
        <source>&amp;Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="183"/>
        <source>&amp;Origin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="185"/>
        <source>Origin &amp;district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="187"/>
        <source>D&amp;estination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="189"/>
        <source>&amp;Return type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="190"/>
        <source>&amp;VRF number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="196"/>
        <source>Documents checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry/crossing_form.py" line="271"/>
        <source>%n flag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="273"/>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="344"/>
        <source>The head&apos;s name: type to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="401"/>
        <source>The document gives no sex: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="407"/>
        <source>Check digit failed: compare with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="408"/>
        <source>Not a valid date in the zone: type it from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="416"/>
        <source>Number: check digit failed, compare it with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="419"/>
        <source>Composite check digit failed: compare number, birth date and expiry with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="423"/>
        <source>Expiry: not a valid date in the zone, type it from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="426"/>
        <source>Expiry: check digit failed, compare it with the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/crossing_form.py" line="429"/>
        <source>Choose the result once you have looked at the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentSavesModel</name>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="94"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="94"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="106"/>
        <source> (void)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry/recent_saves.py" line="109"/>
        <source>%1 — %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="126"/>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentSavesPanel</name>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="148"/>
        <source>Re&amp;cently saved at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="151"/>
        <source>The last households saved here, newest first. Check here before typing a household again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/recent_saves.py" line="153"/>
        <source>Nothing saved here since yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="153"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="153"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="153"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="153"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="154"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="154"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="154"/>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="154"/>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="156"/>
        <location filename="../../ui/record_dialog.py" line="291"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="156"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="156"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="156"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="157"/>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="159"/>
        <source>&amp;Document checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="160"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="164"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="166"/>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="168"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="169"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="191"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="192"/>
        <source>Crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="220"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="226"/>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="242"/>
        <source>VOID — reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="244"/>
        <source>Late amendment to a closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="245"/>
        <source>Waiting to be sent to the control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="247"/>
        <source>The control room holds this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="258"/>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="278"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="290"/>
        <location filename="../../ui/record_dialog.py" line="317"/>
        <source>Crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="290"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="302"/>
        <source>&amp;Document checks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="307"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="307"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="308"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="316"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="316"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="323"/>
        <source>Correct what was recorded (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="328"/>
        <source>Only a shift lead can void a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="333"/>
        <source>Void this record with a reason (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="344"/>
        <source>Correction saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="353"/>
        <source>Record voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../ui/records_view.py" line="100"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="108"/>
        <source>Name, father&apos;s name or document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="110"/>
        <source>Spelling variants match: Mohammad finds Muhammad and Mohammed. Ctrl+F comes here; Down goes to the list, Enter opens a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="118"/>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="120"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="122"/>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="124"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="125"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="125"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="126"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="127"/>
        <source>Show &amp;voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="130"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="136"/>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="136"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="138"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="139"/>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="140"/>
        <source>Doc&amp;ument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="141"/>
        <source>R&amp;esult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="142"/>
        <source>S&amp;ync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="178"/>
        <source>Enter or double-click opens the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/records_view.py" line="256"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="272"/>
        <source>More than %Ln record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/records_view.py" line="274"/>
        <source>%Ln record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="66"/>
        <source>Sa&amp;ve settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="68"/>
        <source>Save the settings (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="70"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="71"/>
        <source>Show the saved settings again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="78"/>
        <source>Only an IT admin changes the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="108"/>
        <source>%1 to %2; 0 never locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="111"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="114"/>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="115"/>
        <source>&amp;Idle lock, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="117"/>
        <source>Keep personal data, da&amp;ys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="126"/>
        <source>&lt;p&gt;The time zone decides which day a crossing counts on. A new time zone applies to records saved from now on; records already saved keep the day they were counted on.&lt;/p&gt;&lt;p&gt;The window locks itself after the idle minutes without a key press or mouse use.&lt;/p&gt;&lt;p&gt;Personal details are removed from this computer that many days after the control room holds them; the counts stay for the tallies.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="139"/>
        <source>Checkpoint settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="211"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="215"/>
        <source>Nothing to save: the settings are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetJobs</name>
    <message>
        <location filename="../../ui/sheet_jobs.py" line="101"/>
        <source>Export the tally sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_jobs.py" line="102"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_jobs.py" line="137"/>
        <source>Stopped; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_jobs.py" line="167"/>
        <source>Tally sheet saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_jobs.py" line="170"/>
        <source>Tally sheet sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheet_jobs.py" line="180"/>
        <source>The sheet could not be written to %1 (%2). Choose another printer or folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="93"/>
        <source>Checkpoint — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="100"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="101"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="102"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="104"/>
        <source>&lt;h2&gt;Checkpoint&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="109"/>
        <source>Demo database — nothing here is real. Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.py" line="119"/>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="51"/>
        <source>optional: SHA-256 fingerprint of HQ&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="52"/>
        <source>&amp;Enroll with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="56"/>
        <source>Only an IT admin can enroll the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="58"/>
        <source>HQ &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="59"/>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="60"/>
        <source>Certificate &amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="62"/>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="68"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="69"/>
        <source>Send pending records to HQ now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="76"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="76"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="77"/>
        <source>HQ&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="87"/>
        <source>Rejected by HQ (corrected records are sent again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="89"/>
        <source>Recent problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="105"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="106"/>
        <source>Sync: %1 · %2 pending · %3 rejected · last success %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="134"/>
        <source>Type HQ&apos;s address and the one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="137"/>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sync_panel.py" line="147"/>
        <source>Enrolled. Sync has started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyView</name>
    <message>
        <location filename="../../ui/tally_view.py" line="112"/>
        <source>Departures by origin province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="135"/>
        <source>One day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="135"/>
        <source>Range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="136"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="138"/>
        <source>Ta&amp;lly of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="151"/>
        <location filename="../../ui/tally_view.py" line="316"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="152"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="158"/>
        <source>Other times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="159"/>
        <source>Sh&amp;ift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="167"/>
        <source>When the shift starts, checkpoint time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="168"/>
        <source>When the shift ends; a time not after the start is on the next day (22:00–06:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="170"/>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="171"/>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="207"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="209"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="211"/>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="231"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="234"/>
        <source>&amp;Close day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="290"/>
        <location filename="../../ui/tally_view.py" line="414"/>
        <source>Your role does not allow closing a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="295"/>
        <source>Your role does not allow printing tally sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="300"/>
        <source>Your role does not allow tallies. Ask a shift lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="316"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="379"/>
        <source>Departures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="381"/>
        <source>Households: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tally_view.py" line="382"/>
        <source>%n late amendment(s) made in this period</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="390"/>
        <source>No departures in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="401"/>
        <source>%1 of %2 days in this period are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="404"/>
        <source>This day is not closed: its numbers may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="406"/>
        <source>Closed by %1 (signed “%2”) at %3 with %4 departures. Tally hash: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="416"/>
        <source>Choose one day to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="418"/>
        <source>This day is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="420"/>
        <source>This day has not begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="423"/>
        <source>Freeze this day&apos;s tally, hash it and sign it with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tally_view.py" line="457"/>
        <source>%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="82"/>
        <source>Temporary &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="83"/>
        <source>Repeat pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="93"/>
        <source>Type a temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="95"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="98"/>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="146"/>
        <source>D&amp;isable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="149"/>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="152"/>
        <source>Re-&amp;enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="168"/>
        <source>e.g. shah.wali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="175"/>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="177"/>
        <source>Add the user (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="195"/>
        <source>User &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="196"/>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="197"/>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="198"/>
        <source>Repeat pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="199"/>
        <source>Give the first password to the user in person. They must choose their own at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="202"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="221"/>
        <location filename="../../ui/admin/users_panel.py" line="265"/>
        <source>Only an IT admin manages users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="262"/>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="272"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="273"/>
        <source>This account is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="276"/>
        <source>This account is disabled: re-enable it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="279"/>
        <source>This account is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="282"/>
        <source>Stop this user signing in (their records stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="283"/>
        <source>Give this user a temporary password they must change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="284"/>
        <source>Let this user sign in again with a temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="317"/>
        <source>Type the new user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="320"/>
        <source>Type a first password for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="323"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="327"/>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="333"/>
        <source>%1 was added as %2. They must choose their own password at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="361"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="362"/>
        <source>Disable %1? They will no longer be able to sign in. Their records stay, and you can re-enable the account later with a new temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="365"/>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="380"/>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="392"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="393"/>
        <source>Choose a temporary password for %1 and give it to them in person. They must choose their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="395"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="397"/>
        <source>%1 has a temporary password and must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="407"/>
        <source>Re-enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="408"/>
        <source>%1 will be able to sign in again with this temporary password, and must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="410"/>
        <source>Re-enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_panel.py" line="412"/>
        <source>%1 can sign in again with the temporary password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="68"/>
        <source>Void record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="74"/>
        <source>e.g. recorded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="79"/>
        <source>A void record stays in the list, greyed out, and leaves the tally. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="83"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="87"/>
        <source>&amp;Void record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="110"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <location filename="../../ui/sign_in.py" line="60"/>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="147"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="68"/>
        <source>Remove this document (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="76"/>
        <source>Document type: type p (PoR), a (ACC), pa (passport), t (Tazkira), v (visa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="78"/>
        <source>Document number, as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/entry/document_rows.py" line="79"/>
        <source>Issuing country, three letters (AFG, PAK).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
