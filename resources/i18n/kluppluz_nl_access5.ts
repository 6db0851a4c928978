<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>MasterData</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>DatabaseLogin</name>
    <message>
        <source>Only on a shared PostgreSQL database</source>
        <translation>Alleen op een gedeelde PostgreSQL-database</translation>
    </message>
    <message>
        <source>Database &amp;login…</source>
        <translation>Database&amp;login…</translation>
    </message>
    <message>
        <source>Give the selected staff member their own database login.</source>
        <translation>Geef de gekozen medewerker een eigen databaselogin.</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databaselogin</translation>
    </message>
    <message>
        <source>Save the staff member first, then make their login.</source>
        <translation>Sla de medewerker eerst op en maak dan de login.</translation>
    </message>
</context>
<context>
    <name>DatabaseLoginDialog</name>
    <message>
        <source>Database login for {name}</source>
        <translation>Databaselogin voor {name}</translation>
    </message>
    <message>
        <source>On the shared PostgreSQL database everyone connects with their own login; the server then shows {name} only the cases of their role. The password is never shown or saved by the program: give it to {name} in person.</source>
        <translation>Op de gedeelde PostgreSQL-database meldt iedereen zich aan met een eigen login; de server toont {name} dan alleen de zaken die bij de rol horen. Het programma toont en bewaart het wachtwoord nooit: geef het {name} persoonlijk.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Loginnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>&amp;Loginnaam</translation>
    </message>
    <message>
        <source>&amp;Password (at least 12 characters)</source>
        <translation>&amp;Wachtwoord (minstens 12 tekens)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Wachtwoord &amp;nogmaals</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Make the login on the server now, with the program's own connection.</source>
        <translation>Maak de login nu op de server, met de verbinding van het programma.</translation>
    </message>
    <message>
        <source>Show &amp;SQL</source>
        <translation>&amp;SQL tonen</translation>
    </message>
    <message>
        <source>Show the script for the database administrator; nothing is changed.</source>
        <translation>Toon het script voor de databasebeheerder; er verandert niets.</translation>
    </message>
    <message>
        <source>Script for the database administrator (psql, as the owner of the database). It contains the password: hand it over safely, do not e-mail it.</source>
        <translation>Script voor de databasebeheerder (psql, als eigenaar van de database). Het bevat het wachtwoord: geef het veilig door, niet per e-mail.</translation>
    </message>
    <message>
        <source>SQL script</source>
        <translation>SQL-script</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opiëren</translation>
    </message>
    <message>
        <source>Fill in a password (twice); nothing has been changed.</source>
        <translation>Vul een wachtwoord in (twee keer); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The two passwords are not the same; nothing has been changed.</source>
        <translation>De wachtwoorden zijn niet gelijk; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Databaselogin</translation>
    </message>
    <message>
        <source>The program's own database login may not create logins on this server. The database administrator can make it with a script instead.

Show the SQL script for the database administrator?</source>
        <translation>De databaselogin van het programma mag op deze server geen logins maken. De databasebeheerder kan de login met een script maken.

Het SQL-script voor de databasebeheerder tonen?</translation>
    </message>
    <message>
        <source>Login “{login}” created for {name}: they now connect with it and see only the cases of their role.</source>
        <translation>Login “{login}” gemaakt voor {name}: hiermee meldt {name} zich aan en ziet alleen de zaken die bij de rol horen.</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>Het script staat op het klembord.</translation>
    </message>
</context>
</TS>