<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DemoProgress</name>
    <message>
        <source>Loading the demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <source>Loading the demo data… (step {done} of {total})</source>
        <translation>Demogegevens laden… (stap {done} van {total})</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <source>KluppluZ Desk needs to know who you are: letters carry your name and role, and the history records who changed what. Choose yourself after all, or quit the program.</source>
        <translation>KluppluZ Desk moet weten wie u bent: brieven dragen uw naam en functie, en de geschiedenis legt vast wie wat heeft gewijzigd. Kies uzelf alsnog, of sluit het programma af.</translation>
    </message>
    <message>
        <source>Choose after all</source>
        <translation>Alsnog kiezen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
    <message>
        <source>KluppluZ Desk does not know you yet (login “{login}”). Letters are signed with your name and role, and the history shows who did what. Choose yourself from the list, or add yourself.</source>
        <translation>KluppluZ Desk kent u nog niet (inlognaam “{login}”). Brieven worden ondertekend met uw naam en functie, en de geschiedenis laat zien wie wat deed. Kies uzelf in de lijst, of voeg uzelf toe.</translation>
    </message>
    <message>
        <source>I am on this list:</source>
        <translation>Ik sta in deze lijst:</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>I am new here:</source>
        <translation>Ik ben nieuw:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Uw functie</translation>
    </message>
    <message>
        <source>Choose yourself in the list first.</source>
        <translation>Kies eerst uzelf in de lijst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Gebruiker: {name} ({role})</translation>
    </message>
    <message>
        <source>User: unknown (login {login})</source>
        <translation>Gebruiker: onbekend (inlognaam {login})</translation>
    </message>
</context>
</TS>
