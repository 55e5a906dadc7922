<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AppImportDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="68"/>
        <source>Import from another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="85"/>
        <source>Type or paste the export&apos;s path, then Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="88"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="96"/>
        <source>The weight unit of an export that names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="100"/>
        <source>(no sled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="109"/>
        <source>App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="110"/>
        <source>Export file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="111"/>
        <source>Weight unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="112"/>
        <source>Sled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="116"/>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="123"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="116"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="121"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="122"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="124"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="125"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="126"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="127"/>
        <source>Distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="128"/>
        <source>RPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="134"/>
        <source>Rows of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="134"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="134"/>
        <source>Why skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="148"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="161"/>
        <source>Exercises (change what each one is imported as):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="163"/>
        <source>Sessions to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="165"/>
        <source>Rows skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="198"/>
        <source>Choose the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="200"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="260"/>
        <source>Nothing can be imported from this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="288"/>
        <source>{count} sessions to import; {skipped} rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="307"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="339"/>
        <source>import {count} sessions from {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/app_import/dialog.py" line="348"/>
        <source>Imported {count} sessions from {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyTemplateDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="105"/>
        <source>Apply a programme to several athletes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFilling</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/calendar_fill.py" line="43"/>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/calendar_fill.py" line="55"/>
        <source>⚠ {count} planned session(s) shown cannot be loaded with the gear you will own on their day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/calendar_fill.py" line="126"/>
        <source> · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/calendar_fill.py" line="119"/>
        <source>This week: {done} of {planned} sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/calendar_fill.py" line="122"/>
        <source>Nothing planned. Add a session, or plan a programme with New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/calendar_fill.py" line="124"/>
        <source>Nothing planned on this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSyncControl</name>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="111"/>
        <source>Ca&amp;lendar sync…</source>
        <extracomment>A sync finished (with its report) or failed (with the error); for views and tests. Milliseconds between a change and the sync it starts, so a burst of edits makes one sync. Milliseconds in a minute of &quot;Sync every N minutes&quot; (tests make minutes short). Seconds to wait for each answer of the server (None: the server module&apos;s default).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="115"/>
        <source>S&amp;ync calendar now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="239"/>
        <source>change calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="269"/>
        <source>fix the invalid session records first (File &gt; Open shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="273"/>
        <source>the environment variable {name} holding the password is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="286"/>
        <source>Calendar: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="316"/>
        <source>move session to {day} (from the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="325"/>
        <source>Calendar synced at {time}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="332"/>
        <source>Calendar: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="339"/>
        <source>Calendar sync failed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync.py" line="342"/>
        <source>Calendar sync failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSyncDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="44"/>
        <source>Calendar sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="52"/>
        <source>Every session appears as one event in a CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale…). Sessions you move to another day there move here at the next sync; other changes made there are replaced by the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="68"/>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="70"/>
        <source>kept only while SledPlanner runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="72"/>
        <source>Keep the password in the system &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="76"/>
        <source>Install the keyring package to use this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="80"/>
        <source>&amp;Remind me before timed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="84"/>
        <source>Minutes before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="86"/>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="92"/>
        <source>Sync after each &amp;change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="98"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="99"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="103"/>
        <source>Calendar &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="104"/>
        <source>User &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="105"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="107"/>
        <source>…or from the &amp;environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="110"/>
        <source>Sync e&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="119"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/calendar_sync_dialog.py" line="151"/>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="46"/>
        <source>Add from catalogue</source>
        <extracomment>Adds an entry to the inventory; returns a message to show (what happened).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="51"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="52"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="52"/>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="52"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="62"/>
        <source>weigh yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="66"/>
        <source>≈ {mass} (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="80"/>
        <source>Owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="81"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="86"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="90"/>
        <source>Prices are left empty: enter what you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="95"/>
        <source>Add a&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="97"/>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="79"/>
        <source>Add as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/catalogue_dialog.py" line="84"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../src/sledplanner/ui/charts/view.py" line="232"/>
        <source>today</source>
        <extracomment>Lines through more points than this are drawn one pixel wide and thinned (see _draw_series). The colour of guide lines such as the pain limit (black on paper). The drawn items per series name, for tests and the readout.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="122"/>
        <source>Open another database without them?</source>
        <extracomment>This installation&apos;s id in record revisions (read from the data folder when needed). The database the problem panel is about (what Restore from backup… restores).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="216"/>
        <source>Today&apos;s backup could not be written: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="223"/>
        <source>{path} cannot be locked for writing: the folder is not writable. You can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="229"/>
        <source>{path} cannot be locked for writing: {cause}. You can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="233"/>
        <source>{path} is already open in another SledPlanner ({holder}). Only one window may change a database at a time. Quit, or open it read-only to look without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="245"/>
        <source>Open on another machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="246"/>
        <source>{error}.

If SledPlanner is closed there (the machine crashed, or the lock came with a synced folder), you can take the lock over. If it is still open on {host}, both would change the file and one machine&apos;s changes would be lost. Take the lock over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="287"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="294"/>
        <source>SledPlanner has not changed the file. Moving it aside renames it in the same folder and keeps every byte; restoring a backup also keeps the file aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="303"/>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="308"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="311"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="317"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="322"/>
        <source>This database is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="324"/>
        <source>This database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="338"/>
        <source>Restore the newest backup ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="347"/>
        <source>Move the file aside and start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="352"/>
        <source>This database cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="358"/>
        <source>This database needs a newer SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="362"/>
        <location filename="../../src/sledplanner/app/controller.py" line="367"/>
        <source>This database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="389"/>
        <source>The unreadable file was kept as {aside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="401"/>
        <source>Restored {backup}; the unreadable file was kept as {aside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="410"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="432"/>
        <source>The invalid records were moved to {side}; a backup was made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="446"/>
        <source>No database to restore a backup of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="451"/>
        <source>{path} is open read-only: a backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="466"/>
        <source>Restore the backup without them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="494"/>
        <source>Restored the backup of {when} ({backup}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="500"/>
        <source>Restored the backup of {when} ({backup}); the file as it was is kept as {before}: restore that backup to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="507"/>
        <source>Undo the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="514"/>
        <location filename="../../src/sledplanner/app/controller.py" line="541"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="533"/>
        <source>The backup was not restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="92"/>
        <source>Sessions of the selected day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBanner</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="39"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="41"/>
        <source>Choose another load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="43"/>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="63"/>
        <source>Keep the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="71"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="58"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="80"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="82"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="92"/>
        <source>{path}: cannot write the PDF: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="94"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="106"/>
        <source>Gear inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="141"/>
        <source>No gear yet. Add your sled and the kettlebells or plates you load it with, or pick standard items from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="162"/>
        <source>Loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="163"/>
        <source>Purchase planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="164"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="182"/>
        <source>Totals, loads, purchase planner and subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="214"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="216"/>
        <source>From catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="218"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="220"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="223"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="229"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="246"/>
        <source>Filter gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="247"/>
        <source>Filter by name, brand or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="253"/>
        <source>Show gear with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="254"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="267"/>
        <source>Mass unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="268"/>
        <source>Show masses in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="276"/>
        <source>Currency for new prices and totals (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="275"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="283"/>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="285"/>
        <source>Cu&amp;rrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="353"/>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="392"/>
        <source>edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="400"/>
        <source>add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="419"/>
        <source>add {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="460"/>
        <source>delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="486"/>
        <source>Add {name}: enter its mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="490"/>
        <source>Not added: {name} needs its mass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="496"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="497"/>
        <source>Added {name}. Enter its price in the table when you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="500"/>
        <source>Not added: {name} could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="527"/>
        <source>Exported {count} gear items to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="552"/>
        <source>change display preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GearDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="60"/>
        <source>Edit gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="60"/>
        <source>Add gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="70"/>
        <source>e.g. Kettlebell 16 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="76"/>
        <source>e.g. 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="79"/>
        <source>Mass unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="88"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="91"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="98"/>
        <source>Bought (or to buy) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="101"/>
        <source>For a wishlist item, the day you plan to buy it: from then on the Programme counts it as available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="108"/>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="123"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="134"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="137"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="75"/>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="139"/>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="141"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="87"/>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="142"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="144"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="146"/>
        <source>Suits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="148"/>
        <source>Maximum load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="152"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="242"/>
        <source>Name {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="246"/>
        <source>Brand {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="251"/>
        <source>Mass {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="260"/>
        <source>Price: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="266"/>
        <source>Maximum load {message}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GearTableModel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="53"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="54"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="55"/>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="56"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="57"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="58"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="60"/>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="61"/>
        <source>Surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="62"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="277"/>
        <source>Entered as {mass}</source>
        <extracomment>Applies an edited item (through the undo stack); returns False when saving failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadsPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="49"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="58"/>
        <source>Loads you can build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="66"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="69"/>
        <source>Target load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="70"/>
        <source>e.g. 55 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="78"/>
        <source>Sled and surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="86"/>
        <source>, estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="88"/>
        <source>{name} (μ {mu}{estimate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="103"/>
        <source>load on the sled, e.g. 55 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="104"/>
        <source>Calibrate with a luggage scale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="81"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="110"/>
        <source>Sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="84"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="111"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="102"/>
        <source>Load on the sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="112"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="150"/>
        <source>e.g. {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="151"/>
        <source>load on the sled, e.g. {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="159"/>
        <source>Add owned kettlebells, plates, dumbbells or sandbags to see every load they can put on the sled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="165"/>
        <source>{count} lightest loads shown; your gear builds even more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="171"/>
        <source>{count} distinct loads from your owned gear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="181"/>
        <source>No sled (load only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="183"/>
        <source> (wishlist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="201"/>
        <source>Type a load to see the fewest pieces that make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="215"/>
        <source>{target} = {pieces} (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="218"/>
        <source>No exact combination makes {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="221"/>
        <source>Nearest below: {total} = {pieces} (not exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="228"/>
        <source>Nearest above: {total} = {pieces} (not exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="234"/>
        <source>Nothing you own reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="263"/>
        <source>Choose a sled or type a load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="268"/>
        <source>Dragged mass: {total} ({other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="274"/>
        <source>Drag force: {n} N ({lbf} lbf) at μ {mu}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="283"/>
        <source>{sled} is not recorded as suiting this surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="287"/>
        <source>Over the sled&apos;s maximum load of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="301"/>
        <source>Calibrate friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="303"/>
        <source>Pull the loaded sled at a steady walk with a luggage scale on the rope.
What does the scale read (e.g. 25 lb)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="318"/>
        <source>Calibrated (μ {mu}, measured)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="268"/>
        <source>Log session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="278"/>
        <source>Day done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="282"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="302"/>
        <source>How hard the session felt, 0 (rest) to 10 (maximal): 3 moderate, 5 hard, 7 very hard. Effort × minutes is the session&apos;s training load (sRPE), which the Progress charts add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="309"/>
        <source>Knee pain during the session, 0–10. Up to 2 is safe, 3–5 acceptable, above 5 too much (your zones are under Rules). Too much pain steps the next load back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="315"/>
        <source>Knee pain the morning after, 0–10. If it is higher than your usual morning level, the next load goes down. Fill it in tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="324"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="325"/>
        <source>Minutes done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="326"/>
        <source>Added load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="328"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="329"/>
        <source>Effort (RPE 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="330"/>
        <source>Knee pain during (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="331"/>
        <source>Knee pain next morning (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="332"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="334"/>
        <source>Leave next-morning pain on “not yet” and fill it in tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="364"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="403"/>
        <source>Log a day still ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="405"/>
        <source>{day} has not come yet. Log this session as done on that day anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="149"/>
        <source>Set them aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="153"/>
        <source>Move the invalid records out of the database into a side file beside it, after a backup, so you can fix them at leisure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="183"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="618"/>
        <source>Messages</source>
        <extracomment>Edits whose save failed, kept and retried (see ``sledplanner.ui.commands``). Every message of this run, newest last: the status bar shows one line of the newest, the Messages button lists them all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="190"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="648"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="672"/>
        <source>SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="217"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="221"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="226"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="231"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="233"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="234"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="237"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="255"/>
        <source>&amp;Gear CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="245"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="264"/>
        <source>&amp;Sessions CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="251"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="273"/>
        <source>Current &amp;chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="276"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="282"/>
        <source>Current chart&apos;s &amp;data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="291"/>
        <source>&amp;iCalendar (planned sessions)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="303"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="311"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="313"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="316"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="323"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="336"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="338"/>
        <source>&amp;About SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="342"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="346"/>
        <source>&amp;Understanding the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="349"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="351"/>
        <source>The log to attach to a bug report: what was opened, saved, and what failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="361"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="364"/>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="368"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="408"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="368"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="412"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="368"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="413"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="370"/>
        <source>Show {tab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="429"/>
        <source>{name} — SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="431"/>
        <source>{name} (read-only) — SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="439"/>
        <source>Read-only: changes to this database cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="443"/>
        <source>Upgraded from schema {old}; a copy of the old file is in {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="448"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="462"/>
        <source>
… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="465"/>
        <source>⚠ {count} record(s) in this file are invalid and are not shown; they stay in the file untouched. Fix them by hand or in the exported CSV (sledplanner check --db &quot;{path}&quot; lists them):
{listed}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="475"/>
        <source>Set invalid records aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="477"/>
        <source>The invalid records will be moved into a file beside the database (after a backup of the whole file). Nothing is deleted. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="583"/>
        <source>change preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="604"/>
        <source>Messages ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="605"/>
        <source>Show every message of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="621"/>
        <source>{count} message(s) this session, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="690"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="703"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="705"/>
        <source>{path} already exists. SledPlanner never replaces a file: choose another name, or use Open database… to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="715"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="764"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="764"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="768"/>
        <source>{path} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="772"/>
        <source>{path} has problems, so nothing was imported. Fix them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="836"/>
        <source>The log is in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="853"/>
        <source>no database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="856"/>
        <source>About SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="858"/>
        <source>&lt;h3&gt;SledPlanner {version}&lt;/h3&gt;&lt;p&gt;Plan sled-drag gear, training weeks and progress for strong knees.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="877"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="879"/>
        <source>{count} change(s) could not be saved to the database file yet. {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="891"/>
        <source>Quit without them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/merge_dialog.py" line="49"/>
        <source>Records changed on both machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/merge_dialog.py" line="53"/>
        <source>These records were changed in both copies. Pick the version to keep for each; everything else is merged as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/merge_dialog.py" line="70"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/merge_dialog.py" line="84"/>
        <source>Keep this copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/merge_dialog.py" line="86"/>
        <source>Take the other copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/merge_dialog.py" line="92"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/month_view.py" line="86"/>
        <source>Month calendar</source>
        <extracomment>What the chip says when ``text`` does not fit: the load alone (the minutes are in the tooltip and the day panel); empty for no shorter form. Fill and text colours per compliance (TrainingPeaks convention), readable on light and dark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/month_view.py" line="258"/>
        <source>{day} · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/month_view.py" line="281"/>
        <source>+{n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAthleteDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="149"/>
        <source>New athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="154"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="155"/>
        <source>A copy of another athlete&apos;s gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="156"/>
        <source>Another athlete&apos;s gear and a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="157"/>
        <source>A programme template, no gear yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="164"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="165"/>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="166"/>
        <source>Gear of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersHelpDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/help_dialogs.py" line="76"/>
        <location filename="../../src/sledplanner/ui/help_dialogs.py" line="79"/>
        <source>Understanding the numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingSaves</name>
    <message>
        <location filename="../../src/sledplanner/ui/commands.py" line="136"/>
        <source>Saved {count} waiting change(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/commands.py" line="156"/>
        <source>Not saved: {reason}. Your change is kept in this window ({count} waiting); SledPlanner tries again every 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/commands.py" line="162"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="104"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="119"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="120"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/preview.py" line="127"/>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="105"/>
        <source>New plan</source>
        <extracomment>Generates the sessions of a programme (the service knows the gear for snapping). The loads a snapped plan would rise through if the gear could build them. The dialog&apos;s result when the user chose to plan purchases instead of the plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="143"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="146"/>
        <source>e.g. 20 ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="150"/>
        <source>e.g. 5 ({unit}) or 2% of body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="154"/>
        <source>needed for a % step, e.g. 170 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="159"/>
        <source> % a week at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="162"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="167"/>
        <source>No sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="170"/>
        <source>Snap loads to what my gear can build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="177"/>
        <source>Weekly loads of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="179"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="179"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="179"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="179"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="192"/>
        <source>Plan purchases so the load can rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="197"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="199"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="200"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="201"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="202"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="203"/>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="205"/>
        <source>Start load (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="206"/>
        <source>Weekly step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="207"/>
        <source>Body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="208"/>
        <source>Increase cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="216"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="217"/>
        <source>Sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="224"/>
        <source>Plan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="229"/>
        <source>Weekly loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="362"/>
        <source> (lighter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="363"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="380"/>
        <source>Plan purchases so the load can rise ({loads}{more})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="393"/>
        <source>No sessions: choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="396"/>
        <source>{count} sessions from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="404"/>
        <source>⚠ {count} planned load(s) cannot be built with your gear; they are kept and marked in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="62"/>
        <source>e.g. 30, 45, 55, 65 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="66"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="76"/>
        <source>Catalogue item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="76"/>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="76"/>
        <source>Your price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="76"/>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="92"/>
        <source>Plan purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="98"/>
        <source>Add the catalogue items to the wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="61"/>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="103"/>
        <source>Target loads</source>
        <extracomment>Adds items to the inventory in one undoable step; returns whether it worked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="65"/>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="104"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="72"/>
        <source>Catalogue items and your prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="117"/>
        <source>Give a price to the catalogue items you could buy (left empty: not considered). Wishlist items with a price are always considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="148"/>
        <source>No loadable items on the wishlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="150"/>
        <source>{priced} of {count} wishlist item(s) have a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="219"/>
        <source>Shopping list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="223"/>
        <source>• {count} × {name} ({mass}) — {price}{unlocks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="228"/>
        <source> — unlocks {loads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="233"/>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="235"/>
        <source>Nothing to buy: your gear already builds every target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="238"/>
        <source>Already buildable: {loads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="241"/>
        <source>Out of reach even with every priced candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="245"/>
        <source>The search stopped early: this plan works but may not be the cheapest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="248"/>
        <source>Not considered: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="260"/>
        <source>Added {count} item(s) to the wishlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="62"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="69"/>
        <source>Display unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="70"/>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="71"/>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="75"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="81"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="129"/>
        <source>Body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="82"/>
        <source>for loads as a % of body mass, e.g. 170 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="86"/>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="93"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="131"/>
        <source>Default surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="94"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="103"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="102"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="132"/>
        <source>Default sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="117"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="140"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="123"/>
        <source>Units and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="125"/>
        <source>Show masses in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="126"/>
        <source>Currency (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="127"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="130"/>
        <source>Weeks start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="133"/>
        <source>Knee pain and progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="135"/>
        <source>Safe pain during, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="136"/>
        <source>Acceptable pain during, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="137"/>
        <source>Weekly increase cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="138"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="98"/>
        <source>Calendar view</source>
        <extracomment>The user asked to put the plan in their calendar (File &gt; Export &gt; iCalendar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="99"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="100"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="107"/>
        <source>Previous month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="108"/>
        <source>Next month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="121"/>
        <source>Plan purchases for these loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="130"/>
        <source>Add to my calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="133"/>
        <source>Save the planned sessions as an iCalendar file your calendar app imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="136"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="201"/>
        <source> · ⚠ the gear cannot build the load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="79"/>
        <source>Chart</source>
        <extracomment>A sentence per chart, shown when the pointer rests on it in the chart list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="86"/>
        <source>Help &gt; Understanding the numbers explains each chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="90"/>
        <source>Acute:chronic ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="91"/>
        <source>ACWR: EWMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="92"/>
        <source>ACWR: rolling average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="93"/>
        <source>ACWR: rolling, uncoupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="97"/>
        <source>The acute:chronic workload ratio compares your last week&apos;s load with the last four weeks&apos;. 1.0 is as usual; 0.8–1.3 is a disputed guide, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="103"/>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="110"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="113"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="118"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="120"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="125"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="127"/>
        <source>Chart every day from the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="129"/>
        <source>Loading charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="132"/>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="134"/>
        <source>&amp;Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="300"/>
        <source>Saved the chart to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="314"/>
        <source>Saved the chart data to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="319"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="319"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="328"/>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="328"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionBanner</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/banner.py" line="30"/>
        <source>Next session, {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/banner.py" line="51"/>
        <source>Next load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/banner.py" line="52"/>
        <source>Added load for the next session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/banner.py" line="69"/>
        <source>set next load to {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/banner.py" line="82"/>
        <source>{day}: {caution}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/merge_dialog.py" line="27"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="47"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="57"/>
        <source>Choose a backup to put in place of {path}. The file as it is now is kept as a backup first, so the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="62"/>
        <source>There are no backups of {path} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="65"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="68"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="69"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="70"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="71"/>
        <source>Gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="72"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="87"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="118"/>
        <source>{reason} — cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="120"/>
        <source>{reason} — needs a newer SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="134"/>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="136"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="138"/>
        <source>Before a restore (restore it to undo that restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="141"/>
        <source>Before the upgrade from schema {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/restore_dialog.py" line="142"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="29"/>
        <source>Progression rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="38"/>
        <source>A settled session was done at the current load with pain during in the safe or acceptable zone and next-morning pain back at your usual level. The load rises only after this many settled sessions in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="43"/>
        <source>Pain during exercise up to this is safe (0–2 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="45"/>
        <source>Pain during exercise up to this is acceptable; above it is too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="48"/>
        <source>The most a load may rise in a week over what you did the week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="52"/>
        <source>Pain during a session up to the safe limit is safe, up to the acceptable limit acceptable, above it too much (pain-monitoring model; clinics differ). Loads rise only after enough settled sessions, never by more than the weekly cap (default 10 %). Rises above 30 % over two weeks are linked to more knee injuries, so they are always flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="65"/>
        <source>Safe pain, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="66"/>
        <source>Acceptable pain, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="67"/>
        <source>Weekly increase cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="68"/>
        <source>Step back after a flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="69"/>
        <source>Settled sessions before a rise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="65"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="67"/>
        <source>Previous month or week (Alt+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="68"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="69"/>
        <source>Next month or week (Alt+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="70"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="71"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="73"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="75"/>
        <source>Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="77"/>
        <source>Log today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="80"/>
        <source>Log a session done today that was not planned (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="83"/>
        <source>Done as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="85"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="87"/>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="90"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="93"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="99"/>
        <source>Copy week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="102"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="104"/>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="158"/>
        <source>plan session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="175"/>
        <source>edit session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="192"/>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="218"/>
        <source>log session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="208"/>
        <source>Log a session done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="233"/>
        <source>mark session on {day} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="242"/>
        <source>skip session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="254"/>
        <source>move session to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="264"/>
        <source>Move session to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="276"/>
        <source>No free day left in that week that keeps a rest day between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="280"/>
        <source>reschedule session to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="293"/>
        <source>delete session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="302"/>
        <source>Copy week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="303"/>
        <source>Copy this week&apos;s planned sessions into how many following weeks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="312"/>
        <source>Nothing planned in this week to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="316"/>
        <source>copy week into {n} week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="330"/>
        <source>change progression rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="358"/>
        <source>plan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_actions.py" line="366"/>
        <source>Planned {count} sessions of {name}, {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionChip</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="26"/>
        <source>Backward sled drag</source>
        <extracomment>The words of activities and statuses on chips, for Qt Linguist (the domain writes English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="27"/>
        <source>Forward sled drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="28"/>
        <source>Backward walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="29"/>
        <source>Lateral sled drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="32"/>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="33"/>
        <source>walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="34"/>
        <source>lateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="37"/>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="160"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="38"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="39"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="57"/>
        <source>empty sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="80"/>
        <source>{activity} · {minutes} min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="83"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="90"/>
        <source>Planned load: {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="95"/>
        <source>Done: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="98"/>
        <source>RPE {rpe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="101"/>
        <source>Knee pain: during {d}, next morning {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="103"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/chips.py" line="110"/>
        <source>Moved from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="153"/>
        <source>done as planned (within 20 % of the minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="156"/>
        <source>partly done (50–79 % or 121–150 % of the minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="159"/>
        <source>missed, skipped, or far from the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="75"/>
        <source>{unit}, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="113"/>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="113"/>
        <source>Plan a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="121"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="125"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="134"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="138"/>
        <source>added load, e.g. 55 ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="146"/>
        <source>No sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="154"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="156"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="157"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="158"/>
        <source>Added load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="160"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="161"/>
        <source>Sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="162"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="45"/>
        <source>Distance (yd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="46"/>
        <source>Distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="52"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/files.py" line="29"/>
        <source>import {count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/files.py" line="47"/>
        <source>Exported {count} sessions to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/files.py" line="59"/>
        <source>Exported {count} planned sessions to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/help_dialogs.py" line="46"/>
        <location filename="../../src/sledplanner/ui/help_dialogs.py" line="50"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/help_dialogs.py" line="51"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/help_dialogs.py" line="51"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/sledplanner/app/gui.py" line="128"/>
        <source>Opening {path}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="57"/>
        <source>Edit subscription</source>
        <extracomment>Runs an undoable change: (description, do, undo) -&gt; whether it succeeded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="57"/>
        <source>Add subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="63"/>
        <source>e.g. Online coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="69"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="77"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="81"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="87"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="155"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="88"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="153"/>
        <source>Monthly price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="89"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="154"/>
        <source>First-month discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="90"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="157"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="91"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="156"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="185"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="190"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="191"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="192"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="193"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="194"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="203"/>
        <source>No subscriptions. Add coaching or an app you pay for monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="207"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="209"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="211"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="244"/>
        <source> (first month −{d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="251"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="270"/>
        <source>add subscription {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="285"/>
        <source>edit subscription {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="296"/>
        <source>delete subscription {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="110"/>
        <source>Team folder: {folder}</source>
        <extracomment>Starting widths of the columns that hold words (the rest fit their figures). How often rows read in the background are put in the table (each put repaints it). How long to wait after a change in the folder before reading it (a sync writes in bursts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="113"/>
        <source>Filter athletes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="114"/>
        <source>Filter athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="117"/>
        <source>Open athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="120"/>
        <source>New athlete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="123"/>
        <source>Apply programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="129"/>
        <source>Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="269"/>
        <source>Reading {done} of {total} athletes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="273"/>
        <source>{total} athlete(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="382"/>
        <source>new athlete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="433"/>
        <source>plan {template} for {athlete}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="448"/>
        <source>{name}: planned {count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="452"/>
        <source>{name}: created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/view.py" line="454"/>
        <source>{name}: not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="18"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="24"/>
        <source>Owned gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="25"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="26"/>
        <source>Owned + wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="27"/>
        <source>Owned, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="28"/>
        <source>Subscriptions to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="29"/>
        <source>Subscriptions per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="30"/>
        <source>Loadable mass owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="64"/>
        <source>nothing priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/totals_panel.py" line="74"/>
        <source>{count} item(s) without a price are not in these sums.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/week_view.py" line="33"/>
        <source>Week calendar</source>
        <extracomment>Lines of a session&apos;s details written under its chip, where the day has room.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/week_view.py" line="54"/>
        <source>{day} · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/week_view.py" line="57"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../src/sledplanner/app/gui.py" line="177"/>
        <source>Cannot write the example</source>
        <extracomment>Files larger than this are opened after the window has appeared (about 8,000 sessions).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="166"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="168"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="190"/>
        <source>The header row names neither a gear CSV (with the columns kind and mass) nor a sessions CSV (with the columns activity and planned_minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="212"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="216"/>
        <source>{path} has problems, so nothing was imported. Fix them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="56"/>
        <location filename="../../src/sledplanner/ui/welcome.py" line="59"/>
        <source>Welcome to SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="67"/>
        <source>Plan your sled-drag gear, your training weeks and your progress. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="84"/>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="85"/>
        <source>Create your own database and add your gear and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="90"/>
        <source>&amp;Explore the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="91"/>
        <source>Open a sample with gear, a 12-week plan and logged sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="96"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/welcome.py" line="97"/>
        <source>Create your database and fill it from a gear or sessions CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TemplateFields</name>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="74"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="75"/>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="76"/>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="77"/>
        <source>Weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/team/dialogs.py" line="78"/>
        <source>Minutes per session:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/sledplanner/ui/report/menu.py" line="36"/>
        <source>Report {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/menu.py" line="51"/>
        <source>No planned session on or after this day: no card to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/report/menu.py" line="57"/>
        <source>Session card {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/sledplanner/ui/file_menu_extras.py" line="26"/>
        <source>Import from &amp;another app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/file_menu_extras.py" line="30"/>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/file_menu_extras.py" line="42"/>
        <source>This database is read-only: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/file_menu_extras.py" line="68"/>
        <source>Print session card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/file_menu_extras.py" line="71"/>
        <source>A one-page card for the next planned session: the pieces to stack, the minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
