<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Backup</name>
    <message>
        <source>Make backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>The backup has been made and checked:
{path}</source>
        <translation>De back-up is gemaakt en gecontroleerd:
{path}</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>Database warning</source>
        <translation>Waarschuwing over de database</translation>
    </message>
    <message>
        <source>Restore the newest good backup…</source>
        <translation>Nieuwste goede back-up terugzetten…</translation>
    </message>
    <message>
        <source>The database file is damaged. It has been opened read-only: you can look things up, but nothing can be saved. Restore the newest good backup, or contact your administrator.</source>
        <translation>Het databasebestand is beschadigd. Het is alleen-lezen geopend: u kunt gegevens bekijken, maar er kan niets worden opgeslagen. Zet de nieuwste goede back-up terug of neem contact op met uw beheerder.</translation>
    </message>
    <message>
        <source>This database is opened read-only ({reason}). You can look things up, but nothing can be saved.</source>
        <translation>Deze database is alleen-lezen geopend ({reason}). U kunt gegevens bekijken, maar er kan niets worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Make &amp;backup</source>
        <translation>&amp;Back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database is restored by your administrator (pg_restore). The backups made here are exports: they can be imported into an empty database with File &gt; Import.</source>
        <translation>Een gedeelde PostgreSQL-database zet uw beheerder terug (pg_restore). De back-ups die u hier maakt zijn exportbestanden: die kunnen in een lege database worden ingelezen met Bestand &gt; Importeren.</translation>
    </message>
    <message>
        <source>Today's backup has been made.</source>
        <translation>De back-up van vandaag is gemaakt.</translation>
    </message>
    <message>
        <source>Today's backup</source>
        <translation>Back-up van vandaag</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Customer reactions</source>
        <translation>Klantreacties</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Andere map…</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Ander bestand…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Backups of {database} in {folder}. Restoring first copies the current database into the backup folder, so it can be undone.</source>
        <translation>Back-ups van {database} in {folder}. Bij terugzetten wordt eerst een kopie van de huidige database in de back-upmap gezet, zodat het ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Beschadigd: kan niet worden teruggezet</translation>
    </message>
    <message>
        <source>Not a KluppluZ Desk database</source>
        <translation>Geen KluppluZ Desk-database</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>Gemaakt met een nieuwere versie</translation>
    </message>
    <message>
        <source>(made before a restore)</source>
        <translation>(gemaakt vóór terugzetten)</translation>
    </message>
    <message>
        <source>(made before an upgrade)</source>
        <translation>(gemaakt vóór een upgrade)</translation>
    </message>
    <message>
        <source>(made by hand)</source>
        <translation>(zelf gemaakt)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Database file (*.sqlite3 *.db)</source>
        <translation>Databasebestand (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Put back the backup of {date} ({cases} customer reactions)?

Everything saved after that moment is replaced. The current database is first copied into the backup folder.</source>
        <translation>De back-up van {date} ({cases} klantreacties) terugzetten?

Alles wat daarna is opgeslagen, wordt vervangen. Van de huidige database wordt eerst een kopie in de back-upmap gezet.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The backup of {date} has been restored and the database reopened.

The database as it was before is kept as:
{safety}</source>
        <translation>De back-up van {date} is teruggezet en de database is opnieuw geopend.

De database zoals die daarvoor was, is bewaard als:
{safety}</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The folder does not exist</source>
        <translation>De map bestaat niet</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.

Should KluppluZ Desk create it and make a new, empty database {file} in it?</source>
        <translation>De map {folder} bestaat niet.

Moet KluppluZ Desk de map aanmaken en er een nieuwe, lege database {file} in maken?</translation>
    </message>
    <message>
        <source>Create folder and new database</source>
        <translation>Map en nieuwe database aanmaken</translation>
    </message>
    <message>
        <source>The database file is empty</source>
        <translation>Het databasebestand is leeg</translation>
    </message>
    <message>
        <source>The file {file} in {folder} is empty (0 bytes). An empty file can be a database that went wrong; a backup may hold its data.

Make a new, empty database in this file?</source>
        <translation>Het bestand {file} in {folder} is leeg (0 bytes). Een leeg bestand kan een mislukte database zijn; een back-up bevat misschien de gegevens.

Een nieuwe, lege database in dit bestand maken?</translation>
    </message>
    <message>
        <source>New database in this file</source>
        <translation>Nieuwe database in dit bestand</translation>
    </message>
</context>
</TS>
