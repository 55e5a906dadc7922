<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
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
    <name>Controller</name>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="89"/>
        <source>{path} cannot be locked for writing: the folder is not writable. You can open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="94"/>
        <source>{path} is already open in another SledPlanner ({holder}). Only one window may change a database at a time. Quit, or open it read-only to look without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="117"/>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="124"/>
        <source>SledPlanner has not changed the file. Moving it aside renames it in the same folder and keeps every byte; restoring a backup also keeps the file aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="133"/>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="138"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="141"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="147"/>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="152"/>
        <source>This database is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="154"/>
        <source>This database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="163"/>
        <source>Restore the newest backup ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="172"/>
        <source>Move the file aside and start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="177"/>
        <source>This database cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="183"/>
        <source>This database needs a newer SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="187"/>
        <location filename="../../src/sledplanner/app/controller.py" line="192"/>
        <source>This database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="212"/>
        <source>The unreadable file was kept as {aside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="222"/>
        <source>Restored {backup}; the unreadable file was kept as {aside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/app/controller.py" line="231"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/day_panel.py" line="82"/>
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
        <source>Keep the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="109"/>
        <source>Gear inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="144"/>
        <source>No gear yet. Add your sled and the kettlebells or plates you load it with, or pick standard items from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="161"/>
        <source>Loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="162"/>
        <source>Purchase planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="163"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="180"/>
        <source>Totals, loads, purchase planner and subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="220"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="222"/>
        <source>From catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="224"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="226"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="229"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="235"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="256"/>
        <source>Filter gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="257"/>
        <source>Filter by name, brand or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="263"/>
        <source>Show gear with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="264"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="277"/>
        <source>Mass unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="278"/>
        <source>Show masses in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="286"/>
        <source>Currency for new prices and totals (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="285"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="293"/>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="295"/>
        <source>Cu&amp;rrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="336"/>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="375"/>
        <source>edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="383"/>
        <source>add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="401"/>
        <source>add {count} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="438"/>
        <source>delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="460"/>
        <source>Add {name}: enter its mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="464"/>
        <source>Not added: {name} needs its mass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="469"/>
        <source>Added {name}. Enter its price in the table when you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="472"/>
        <source>Not added: {name} could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="492"/>
        <source>Exported {count} gear items to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/tab.py" line="517"/>
        <source>change display preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GearDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="72"/>
        <source>Edit gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="72"/>
        <source>Add gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="82"/>
        <source>e.g. Kettlebell 16 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="88"/>
        <source>e.g. 35</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="91"/>
        <source>Mass unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="100"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="103"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="110"/>
        <source>Bought (or to buy) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="113"/>
        <source>For a wishlist item, the day you plan to buy it: from then on the Programme counts it as available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="120"/>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="135"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="146"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="147"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="149"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="87"/>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="151"/>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="153"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="99"/>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="154"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="156"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="158"/>
        <source>Suits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="160"/>
        <source>Maximum load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="164"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="240"/>
        <source>Name {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="244"/>
        <source>Brand {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="249"/>
        <source>Mass {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="258"/>
        <source>Price: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_dialog.py" line="264"/>
        <source>Maximum load {message}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GearTableModel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/gear_model.py" line="264"/>
        <source>Entered as {mass}</source>
        <extracomment>Applies an edited item (through the undo stack); returns False when saving failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadsPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="47"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="50"/>
        <source>Loads you can build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="58"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="61"/>
        <source>Target load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="62"/>
        <source>e.g. 55 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="70"/>
        <source>Sled and surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="78"/>
        <source>, estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="80"/>
        <source>{name} (μ {mu}{estimate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="95"/>
        <source>load on the sled, e.g. 55 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="96"/>
        <source>Calibrate with a luggage scale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="73"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="102"/>
        <source>Sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="76"/>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="103"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="94"/>
        <source>Load on the sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="104"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="143"/>
        <source>e.g. {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="144"/>
        <source>load on the sled, e.g. {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="157"/>
        <source>Add owned kettlebells, plates, dumbbells or sandbags to see every load they can put on the sled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="163"/>
        <source>{count} lightest loads shown; your gear builds even more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="169"/>
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
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="200"/>
        <source>Type a load to see the fewest pieces that make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="214"/>
        <source>{target} = {pieces} (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="217"/>
        <source>No exact combination makes {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="220"/>
        <source>Nearest below: {total} = {pieces} (not exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="227"/>
        <source>Nearest above: {total} = {pieces} (not exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="233"/>
        <source>Nothing you own reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="255"/>
        <source>Choose a sled or type a load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="260"/>
        <source>Dragged mass: {total} ({other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="266"/>
        <source>Drag force: {n:.1f} N ({lbf:.1f} lbf) at μ {mu}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="273"/>
        <source>{sled} is not recorded as suiting this surface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="277"/>
        <source>Over the sled&apos;s maximum load of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="293"/>
        <source>Calibrate friction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="295"/>
        <source>Pull the loaded sled at a steady walk with a luggage scale on the rope.
What does the scale read (e.g. 25 lb)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/loads_panel.py" line="310"/>
        <source>Calibrated (μ {mu}, measured)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="231"/>
        <source>Log session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="239"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="262"/>
        <source>Minutes done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="263"/>
        <source>Added load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="264"/>
        <source>Distance (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="265"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="266"/>
        <source>Effort (RPE 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="267"/>
        <source>Knee pain during (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="268"/>
        <source>Knee pain next morning (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="269"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="271"/>
        <source>Leave next-morning pain on “not yet” and fill it in tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="296"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="99"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="398"/>
        <source>SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="110"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="113"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="117"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="123"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="125"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="126"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="129"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="147"/>
        <source>&amp;Gear CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="137"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="156"/>
        <source>&amp;Sessions CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="143"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="165"/>
        <source>Current &amp;chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="168"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="174"/>
        <source>Current chart&apos;s &amp;data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="183"/>
        <source>&amp;iCalendar (planned sessions)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="192"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="200"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="202"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="205"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="212"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="227"/>
        <source>&amp;About SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="264"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="266"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="267"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="280"/>
        <source>{name} — SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="282"/>
        <source>{name} (read-only) — SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="290"/>
        <source>Read-only: changes to this database cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="294"/>
        <source>Upgraded from schema {old}; a copy of the old file is in {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="299"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="308"/>
        <source>
… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="311"/>
        <source>⚠ {count} record(s) in this file are invalid and are not shown; they stay in the file untouched. Fix them by hand or in the exported CSV (sledplanner check --db &quot;{path}&quot; lists them):
{listed}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="360"/>
        <source>change preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="417"/>
        <location filename="../../src/sledplanner/ui/main_window.py" line="430"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="432"/>
        <source>{path} already exists. SledPlanner never replaces a file: choose another name, or use Open database… to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="442"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="486"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="486"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="490"/>
        <source>{path} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="494"/>
        <source>{path} has problems, so nothing was imported. Fix them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="524"/>
        <source>no database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="527"/>
        <source>About SledPlanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/main_window.py" line="529"/>
        <source>&lt;h3&gt;SledPlanner {version}&lt;/h3&gt;&lt;p&gt;Plan sled-drag gear, training weeks and progress for strong knees.&lt;/p&gt;&lt;p&gt;Data file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/month_view.py" line="71"/>
        <source>Month calendar</source>
        <extracomment>Fill and text colours per compliance (TrainingPeaks convention), readable on light and dark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/month_view.py" line="230"/>
        <source>{day} · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/month_view.py" line="258"/>
        <source>+{n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="54"/>
        <source>New plan</source>
        <extracomment>Generates the sessions of a programme (the service knows the gear for snapping).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="90"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="93"/>
        <source>e.g. 20 ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="97"/>
        <source>e.g. 5 ({unit}) or 2% of body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="101"/>
        <source>needed for a % step, e.g. 170 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="106"/>
        <source> % a week at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="109"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="114"/>
        <source>No sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="117"/>
        <source>Snap loads to what my gear can build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="124"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="126"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="127"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="128"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="129"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="130"/>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="132"/>
        <source>Start load (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="133"/>
        <source>Weekly step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="134"/>
        <source>Body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="135"/>
        <source>Increase cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="143"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="144"/>
        <source>Sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="149"/>
        <source>Plan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="254"/>
        <source>No sessions: choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="257"/>
        <source>{count} sessions from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/plan_dialog.py" line="265"/>
        <source>⚠ {count} planned load(s) cannot be built with your gear; they are kept and marked in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="59"/>
        <source>e.g. 30, 45, 55, 65 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="63"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="73"/>
        <source>Catalogue item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="73"/>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="73"/>
        <source>Your price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="73"/>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="89"/>
        <source>Plan purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="95"/>
        <source>Add the catalogue items to the wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="58"/>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="100"/>
        <source>Target loads</source>
        <extracomment>Adds items to the inventory in one undoable step; returns whether it worked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="62"/>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="101"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="69"/>
        <source>Catalogue items and your prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="111"/>
        <source>Give a price to the catalogue items you could buy (left empty: not considered). Wishlist items with a price are always considered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="142"/>
        <source>No loadable items on the wishlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="144"/>
        <source>{priced} of {count} wishlist item(s) have a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="213"/>
        <source>Shopping list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="217"/>
        <source>• {count} × {name} ({mass}) — {price}{unlocks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="222"/>
        <source> — unlocks {loads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="227"/>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="229"/>
        <source>Nothing to buy: your gear already builds every target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="232"/>
        <source>Already buildable: {loads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="235"/>
        <source>Out of reach even with every priced candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="239"/>
        <source>The search stopped early: this plan works but may not be the cheapest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="242"/>
        <source>Not considered: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/planner_panel.py" line="254"/>
        <source>Added {count} item(s) to the wishlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="45"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="52"/>
        <source>Display unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="53"/>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="54"/>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="58"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="64"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="114"/>
        <source>Body mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="65"/>
        <source>for loads as a % of body mass, e.g. 170 lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="68"/>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="75"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="116"/>
        <source>Default surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="76"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="85"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="84"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="117"/>
        <source>Default sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="99"/>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="125"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="108"/>
        <source>Units and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="110"/>
        <source>Show masses in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="111"/>
        <source>Currency (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="112"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="115"/>
        <source>Weeks start on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="118"/>
        <source>Knee pain and progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="120"/>
        <source>Safe pain during, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="121"/>
        <source>Acceptable pain during, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="122"/>
        <source>Weekly increase cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/preferences_dialog.py" line="123"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="173"/>
        <source>Week agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="186"/>
        <source>Calendar view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="187"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="188"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="195"/>
        <source>Previous month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="196"/>
        <source>Next month or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="209"/>
        <source>Plan purchases for these loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="259"/>
        <source> · ⚠ the gear cannot build the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="299"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="301"/>
        <source>Previous month or week (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="302"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="303"/>
        <source>Next month or week (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="304"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="305"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="307"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="309"/>
        <source>Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="311"/>
        <source>Done as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="313"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="315"/>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="318"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="321"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="327"/>
        <source>Copy week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="330"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="332"/>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="394"/>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="406"/>
        <source>⚠ {count} planned session(s) shown cannot be loaded with the gear you will own on their day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="421"/>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="446"/>
        <source> · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="431"/>
        <source>rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="439"/>
        <source>This week: {done} of {planned} sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="442"/>
        <source>Nothing planned. Add a session, or plan a programme with New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="444"/>
        <source>Nothing planned on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="546"/>
        <source>plan session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="563"/>
        <source>edit session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="578"/>
        <source>log session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="589"/>
        <source>mark session on {day} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="598"/>
        <source>skip session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="610"/>
        <source>move session to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="620"/>
        <source>Move session to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="634"/>
        <source>No free day left in that week that keeps a rest day between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="640"/>
        <source>reschedule session to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="651"/>
        <source>delete session on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="660"/>
        <source>Copy week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="661"/>
        <source>Copy this week&apos;s planned sessions into how many following weeks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="673"/>
        <source>Nothing planned in this week to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="677"/>
        <source>copy week into {n} week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="691"/>
        <source>change progression rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="713"/>
        <source>plan {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="754"/>
        <source>Next session, {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="814"/>
        <source>Next load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="815"/>
        <source>Added load for the next session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="832"/>
        <source>set next load to {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="846"/>
        <source>import {count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="863"/>
        <source>Exported {count} sessions to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/tab.py" line="875"/>
        <source>Exported {count} planned sessions to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="57"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="62"/>
        <source>Acute:chronic ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="63"/>
        <source>ACWR: EWMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="64"/>
        <source>ACWR: rolling average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="65"/>
        <source>ACWR: rolling, uncoupled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="69"/>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="76"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="79"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="84"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="86"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="91"/>
        <source>Loading charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="94"/>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="96"/>
        <source>&amp;Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="210"/>
        <source>Saved the chart to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="224"/>
        <source>Saved the chart data to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="229"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="229"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="238"/>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/progress/tab.py" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="28"/>
        <source>Progression rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="37"/>
        <source>Pain during a session up to the safe limit is safe, up to the acceptable limit acceptable, above it too much (pain-monitoring model; clinics differ). Loads rise only after enough settled sessions, never by more than the weekly cap (default 10 %). Rises above 30 % over two weeks are linked to more knee injuries, so they are always flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="50"/>
        <source>Safe pain, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="51"/>
        <source>Acceptable pain, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="52"/>
        <source>Weekly increase cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="53"/>
        <source>Step back after a flare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/rules_dialog.py" line="54"/>
        <source>Settled sessions before a rise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="88"/>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="88"/>
        <source>Plan a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="96"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="100"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="109"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="113"/>
        <source>added load, e.g. 55 ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="117"/>
        <source>metres, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="121"/>
        <source>No sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="129"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="131"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="132"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="133"/>
        <source>Added load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="134"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="135"/>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="136"/>
        <source>Sled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="137"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialogs</name>
    <message>
        <location filename="../../src/sledplanner/ui/programme/session_dialogs.py" line="51"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="55"/>
        <source>Edit subscription</source>
        <extracomment>Runs an undoable change: (description, do, undo) -&gt; whether it succeeded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="55"/>
        <source>Add subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="61"/>
        <source>e.g. Online coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="66"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="74"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="78"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="87"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="145"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="88"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="143"/>
        <source>Monthly price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="89"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="144"/>
        <source>First-month discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="90"/>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="147"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="91"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="146"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsPanel</name>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="174"/>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="179"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="180"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="181"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="182"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="183"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="192"/>
        <source>No subscriptions. Add coaching or an app you pay for monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="196"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="198"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="200"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="233"/>
        <source> (first month −{d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="240"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="259"/>
        <source>add subscription {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="274"/>
        <source>edit subscription {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/sledplanner/ui/equipment/subscriptions_panel.py" line="285"/>
        <source>delete subscription {name}</source>
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
    <name>Welcome</name>
    <message>
        <location filename="../../src/sledplanner/app/gui.py" line="142"/>
        <source>Cannot write the example</source>
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
</TS>
