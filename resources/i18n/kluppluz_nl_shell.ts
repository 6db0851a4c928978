<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/about.py" line="20"/>
        <source>About KluppluZ Desk</source>
        <translation>Over KluppluZ Desk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/about.py" line="33"/>
        <source>Registers customer reactions, carries them through the complaints procedure and produces the annual report.</source>
        <translation>Registreert klantreacties, begeleidt ze door de klachtenprocedure en maakt het jaarverslag.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/about.py" line="36"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/about.py" line="38"/>
        <source>Licence:</source>
        <translation>Licentie:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/about.py" line="40"/>
        <source>This is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes without any warranty.</source>
        <translation>Dit is vrije software: u mag haar verspreiden en aanpassen onder de voorwaarden van de GNU General Public License, versie 3 of later. Er wordt geen enkele garantie gegeven.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../kluppluz_desk/ui/context.py" line="97"/>
        <source>That did not work</source>
        <translation>Dat lukte niet</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="42"/>
        <source>Search reference, text or submitter… (Ctrl+F)</source>
        <translation>Zoek op kenmerk, tekst of indiener… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="43"/>
        <source>Quick search</source>
        <translation>Snel zoeken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="45"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="46"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="48"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="49"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="50"/>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="51"/>
        <source>Overdue only</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="93"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="96"/>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="99"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="100"/>
        <source>Open (not yet closed)</source>
        <translation>Open (nog niet afgesloten)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="103"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/filter_bar.py" line="106"/>
        <source>Every severity</source>
        <translation>Elke ernst</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/marks.py" line="16"/>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="54"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="55"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="56"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="57"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="58"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="59"/>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/model.py" line="61"/>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_list/page.py" line="42"/>
        <source>Customer reactions</source>
        <translation>Klantreacties</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kluppluz_desk/ui/case_list/page.py" line="155"/>
        <source>%n customer reaction(s)</source>
        <translation>
            <numerusform>%n klantreactie</numerusform>
            <numerusform>%n klantreacties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/errors.py" line="60"/>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/errors.py" line="63"/>
        <location filename="../../kluppluz_desk/ui/errors.py" line="64"/>
        <source>Copy details</source>
        <translation>Kopieer details</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/errors.py" line="76"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="47"/>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="161"/>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="170"/>
        <source>Database connection</source>
        <translation>Databaseverbinding</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="50"/>
        <source>Work alone on this PC with a database file, or together with colleagues on a shared PostgreSQL server (ask your administrator for its address).</source>
        <translation>Werk alleen op deze pc met een databasebestand, of samen met collega&apos;s op een gedeelde PostgreSQL-server (vraag het adres aan uw beheerder).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="55"/>
        <source>Database file on this PC (SQLite)</source>
        <translation>Databasebestand op deze pc (SQLite)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="56"/>
        <source>Shared server (PostgreSQL)</source>
        <translation>Gedeelde server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="61"/>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="112"/>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="62"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="68"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="70"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="73"/>
        <source>The new choice takes effect the next time you start KluppluZ Desk.</source>
        <translation>De nieuwe keuze geldt vanaf de volgende keer dat u KluppluZ Desk start.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="114"/>
        <source>Database file (*.sqlite3 *.db)</source>
        <translation>Databasebestand (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="130"/>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="137"/>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="143"/>
        <source>Connection failed</source>
        <translation>Verbinding mislukt</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="131"/>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="162"/>
        <source>Fill in a file or a server address first.</source>
        <translation>Vul eerst een bestand of een serveradres in.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="144"/>
        <source>This address cannot be used: {reason}</source>
        <translation>Dit adres is niet bruikbaar: {reason}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="151"/>
        <source>Connection works</source>
        <translation>Verbinding gelukt</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="152"/>
        <source>The database can be used:
{location}</source>
        <translation>De database is bruikbaar:
{location}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/database.py" line="172"/>
        <source>The choice has been saved. It takes effect the next time you start KluppluZ Desk.</source>
        <translation>De keuze is bewaard. Ze geldt vanaf de volgende keer dat u KluppluZ Desk start.</translation>
    </message>
</context>
<context>
    <name>ExceptionHandler</name>
    <message>
        <location filename="../../kluppluz_desk/ui/errors.py" line="104"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/errors.py" line="114"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/errors.py" line="116"/>
        <source>Something went wrong that the program did not expect. What you saved earlier is safe; the last action may not have been completed.

What to do: check whether your last change is there and do it again if needed. If it happens again, tell your administrator what you were doing and send along the details (button &quot;Copy details&quot;) or the log file:
{path}</source>
        <translation>Er ging iets mis wat het programma niet verwachtte. Wat u eerder hebt opgeslagen, is veilig; de laatste handeling is mogelijk niet uitgevoerd.

Wat kunt u doen: kijk of uw laatste wijziging er staat en doe die zo nodig opnieuw. Gebeurt dit vaker, meld dan aan uw beheerder wat u aan het doen was en stuur de details mee (knop &quot;Kopieer details&quot;) of het logbestand:
{path}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="47"/>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="58"/>
        <source>Welcome to KluppluZ Desk</source>
        <translation>Welkom bij KluppluZ Desk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="64"/>
        <source>This database is still empty. How would you like to begin? You can always add locations and staff later under Extra &gt; Master data.</source>
        <translation>Deze database is nog leeg. Hoe wilt u beginnen? Locaties en medewerkers kunt u later altijd toevoegen via Extra &gt; Stamgegevens.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="70"/>
        <source>Load demo data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="72"/>
        <source>Fictional locations, staff and customer reactions of several years, to try everything out. Not for real work.</source>
        <translation>Verzonnen locaties, medewerkers en klantreacties over meerdere jaren, om alles uit te proberen. Niet voor echt werk.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="77"/>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="152"/>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="207"/>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="79"/>
        <source>Enter your organisation, a first location and the staff, and register real customer reactions.</source>
        <translation>Vul uw organisatie, een eerste locatie en de medewerkers in, en registreer echte klantreacties.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="84"/>
        <source>Connect to a shared server</source>
        <translation>Verbinden met een gedeelde server</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="86"/>
        <source>Your colleagues already work in a shared database (PostgreSQL): use that one.</source>
        <translation>Uw collega&apos;s werken al in een gedeelde database (PostgreSQL): gebruik die.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="113"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="113"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="113"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="129"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="130"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="131"/>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="139"/>
        <source>First location</source>
        <translation>Eerste locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="132"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="133"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="137"/>
        <source>Name of the organisation</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="138"/>
        <source>Place (for letters)</source>
        <translation>Plaats (voor brieven)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="140"/>
        <source>Region of that location</source>
        <translation>Regio van die locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="141"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="143"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="154"/>
        <source>Staff (at least one; more can be added later):</source>
        <translation>Medewerkers (minstens één; later kunnen er meer bij):</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="195"/>
        <source>name of the organisation</source>
        <translation>naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="196"/>
        <source>place</source>
        <translation>plaats</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="197"/>
        <source>first location</source>
        <translation>eerste locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="198"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="203"/>
        <source>at least one staff member</source>
        <translation>minstens één medewerker</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/first_run.py" line="208"/>
        <source>Please fill in: {fields}.</source>
        <translation>Vul nog in: {fields}.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="26"/>
        <source>&amp;New customer reaction</source>
        <translation>&amp;Nieuwe klantreactie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="28"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="29"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="30"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="31"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="32"/>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Volgende stap</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="34"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="35"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="37"/>
        <source>&amp;Customer reactions</source>
        <translation>&amp;Klantreacties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="40"/>
        <source>&amp;Annual report</source>
        <translation>&amp;Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="43"/>
        <source>&amp;Print acknowledgements due…</source>
        <translation>&amp;Ontvangstbevestigingen afdrukken…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="45"/>
        <source>&amp;Letter templates…</source>
        <translation>&amp;Briefsjablonen…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="46"/>
        <source>&amp;Master data…</source>
        <translation>&amp;Stamgegevens…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="47"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="48"/>
        <source>&amp;Database connection…</source>
        <translation>&amp;Databaseverbinding…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="49"/>
        <source>Apply &amp;retention period…</source>
        <translation>Bewaar&amp;termijn toepassen…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="50"/>
        <source>&amp;About KluppluZ Desk</source>
        <translation>&amp;Over KluppluZ Desk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="74"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="88"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="91"/>
        <source>E&amp;xtra</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/actions.py" line="98"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kluppluz_desk/ui/main_window.py" line="52"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/main_window.py" line="53"/>
        <source>Customer reactions</source>
        <translation>Klantreacties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/main_window.py" line="54"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/main_window.py" line="62"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/main_window.py" line="72"/>
        <source>Database location</source>
        <translation>Locatie van de database</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/main_window.py" line="176"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/main_window.py" line="179"/>
        <source>User: {user}</source>
        <translation>Gebruiker: {user}</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="29"/>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="31"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="68"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="81"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="90"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="104"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="124"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="34"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="39"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="41"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="129"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="45"/>
        <source>Location manager</source>
        <translation>Locatieverantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="51"/>
        <source>Cluster manager</source>
        <translation>Clustermanager</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="57"/>
        <source>Regional manager</source>
        <translation>Regiomanager</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="61"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="74"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="83"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="97"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="66"/>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="70"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="72"/>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="126"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="73"/>
        <source>Login name</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="79"/>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="82"/>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="88"/>
        <source>Services</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="93"/>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="102"/>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="105"/>
        <source>GGD</source>
        <translation>GGD</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="106"/>
        <source>GGD e-mail</source>
        <translation>E-mail GGD</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="109"/>
        <source>GGD address</source>
        <translation>Adres GGD</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="116"/>
        <source>External bodies</source>
        <translation>Externe instanties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="120"/>
        <source>Body</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="125"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="127"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="133"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata_fields.py" line="173"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>MasterDataDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="155"/>
        <source>Master data</source>
        <translation>Stamgegevens</translation>
    </message>
</context>
<context>
    <name>MasterDataTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="44"/>
        <source>Records</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="45"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="46"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="47"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="85"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inactief)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="137"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/masterdata.py" line="137"/>
        <source>Delete &apos;{name}&apos;?</source>
        <translation>&apos;{name}&apos; verwijderen?</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <location filename="../../kluppluz_desk/ui/retention_actions.py" line="31"/>
        <source>{shown} and %n more</source>
        <translation>
            <numerusform>{shown} en nog %n andere</numerusform>
            <numerusform>{shown} en nog %n andere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/retention_actions.py" line="38"/>
        <source>Apply retention period</source>
        <translation>Bewaartermijn toepassen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/retention_actions.py" line="47"/>
        <source>No customer reaction finished before {cutoff} still holds personal data. There is nothing to erase.</source>
        <translation>Er zijn geen klantreacties meer die vóór {cutoff} zijn afgesloten en nog persoonsgegevens bevatten. Er hoeft niets te worden verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kluppluz_desk/ui/retention_actions.py" line="54"/>
        <source>The retention period has passed for %n customer reaction(s) finished before {cutoff}: {references}.

Their personal data will be erased for good: the details of the submitter and the child, the internal description, the notes, the attachments and the stored letters. The reference, dates, location, category, kind, status and the anonymised summary remain, so the annual figures stay correct.

This cannot be undone. Erase the personal data now?</source>
        <translation>
            <numerusform>De bewaartermijn is verstreken voor %n klantreactie die vóór {cutoff} is afgesloten: {references}.

De persoonsgegevens daarvan worden definitief verwijderd: de gegevens van de indiener en van het kind, de interne omschrijving, de notities, de bijlagen en de opgeslagen brieven. Kenmerk, data, locatie, categorie, soort, status en de geanonimiseerde samenvatting blijven bewaard, zodat de jaarcijfers blijven kloppen.

Dit kan niet ongedaan worden gemaakt. Persoonsgegevens nu verwijderen?</numerusform>
            <numerusform>De bewaartermijn is verstreken voor %n klantreacties die vóór {cutoff} zijn afgesloten: {references}.

De persoonsgegevens daarvan worden definitief verwijderd: de gegevens van de indiener en van het kind, de interne omschrijving, de notities, de bijlagen en de opgeslagen brieven. Kenmerk, data, locatie, categorie, soort, status en de geanonimiseerde samenvatting blijven bewaard, zodat de jaarcijfers blijven kloppen.

Dit kan niet ongedaan worden gemaakt. Persoonsgegevens nu verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kluppluz_desk/ui/retention_actions.py" line="76"/>
        <source>The personal data of %n customer reaction(s) were erased. The history of each of them records that the retention period was applied.</source>
        <translation>
            <numerusform>De persoonsgegevens van %n klantreactie zijn verwijderd. In de geschiedenis ervan staat dat de bewaartermijn is toegepast.</numerusform>
            <numerusform>De persoonsgegevens van %n klantreacties zijn verwijderd. In de geschiedenis van elk ervan staat dat de bewaartermijn is toegepast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="50"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="55"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="56"/>
        <source>Letterhead</source>
        <translation>Briefhoofd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="57"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="79"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="81"/>
        <source>Acknowledgement within</source>
        <translation>Ontvangstbevestiging binnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="82"/>
        <source>Solution proposed within</source>
        <translation>Oplossing voorstellen binnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="83"/>
        <source>Legal handling limit</source>
        <translation>Wettelijke afhandeltermijn</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="84"/>
        <source>Extension at most</source>
        <translation>Verlenging ten hoogste</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="85"/>
        <source>Satisfaction check after closure</source>
        <translation>Tevredenheid navragen na afsluiting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="98"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="99"/>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="101"/>
        <source>Disputes committee window</source>
        <translation>Termijn Geschillencommissie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="102"/>
        <source>Count working days only (Monday to Friday)</source>
        <translation>Alleen werkdagen tellen (maandag tot en met vrijdag)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="105"/>
        <source>Changed terms are recomputed for every open customer reaction.</source>
        <translation>Gewijzigde termijnen worden voor elke lopende klantreactie opnieuw berekend.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="115"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="116"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="117"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="118"/>
        <source>Postcode and city</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="119"/>
        <source>Place (in letters)</source>
        <translation>Plaats (in brieven)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="120"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="121"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="122"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="123"/>
        <source>Complaint form (web address)</source>
        <translation>Klachtenformulier (webadres)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="124"/>
        <source>Footer</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="138"/>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="140"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="147"/>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="193"/>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="200"/>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="206"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="156"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="158"/>
        <source>Keep personal data</source>
        <translation>Persoonsgegevens bewaren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="161"/>
        <source>Keep attachments</source>
        <translation>Bijlagen bewaren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="163"/>
        <source>Keep personal data after closure</source>
        <translation>Persoonsgegevens bewaren na afsluiting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="164"/>
        <source>Keep attachments after closure</source>
        <translation>Bijlagen bewaren na afsluiting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="167"/>
        <source>Reference prefix</source>
        <translation>Voorvoegsel kenmerk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="168"/>
        <source>Reference prefix (e.g. KR-2026-001)</source>
        <translation>Voorvoegsel kenmerk (zoals KR-2026-001)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="170"/>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="258"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="176"/>
        <source>Language (this PC, after restart)</source>
        <translation>Taal (deze pc, na herstart)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="184"/>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="184"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="194"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Het bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="201"/>
        <source>The logo is larger than 1 MB. Choose a smaller image.</source>
        <translation>Het logo is groter dan 1 MB. Kies een kleinere afbeelding.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="206"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="225"/>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="259"/>
        <source>The new language is used the next time you start KluppluZ Desk.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat u KluppluZ Desk start.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="264"/>
        <source>Settings saved</source>
        <translation>Instellingen opgeslagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kluppluz_desk/ui/dialogs/settings.py" line="266"/>
        <source>The deadlines of %n customer reaction(s) were recomputed.</source>
        <translation>
            <numerusform>De termijnen van %n klantreactie zijn opnieuw berekend.</numerusform>
            <numerusform>De termijnen van %n klantreacties zijn opnieuw berekend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kluppluz_desk/ui/app.py" line="66"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/app.py" line="67"/>
        <source>KluppluZ Desk cannot open the database.

{reason}

Database: {url}

You can choose another database (a file or a shared server) or quit.</source>
        <translation>KluppluZ Desk kan de database niet openen.

{reason}

Database: {url}

U kunt een andere database kiezen (een bestand of een gedeelde server) of het programma afsluiten.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/app.py" line="74"/>
        <source>Choose another database…</source>
        <translation>Andere database kiezen…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/app.py" line="75"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="26"/>
        <source>Export database</source>
        <translation>Database exporteren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="28"/>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="52"/>
        <source>KluppluZ Desk export (*.json)</source>
        <translation>KluppluZ Desk-export (*.json)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="36"/>
        <source>Export ready</source>
        <translation>Export klaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="51"/>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="58"/>
        <source>Import database</source>
        <translation>Database importeren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="59"/>
        <source>Importing is only possible into a database without customer reactions. The master data and settings of this database are replaced by those in the file. Continue?</source>
        <translation>Importeren kan alleen in een database zonder klantreacties. De stamgegevens en instellingen van deze database worden vervangen door die uit het bestand. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/transfer_actions.py" line="73"/>
        <source>Import ready</source>
        <translation>Import klaar</translation>
    </message>
</context>
</TS>
