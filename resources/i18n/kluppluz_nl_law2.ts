<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Law and calendar</source>
        <translation>Wet en kalender</translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message>
        <source> — Wkkgz extension notice by: {0}</source>
        <translation> — verlengingsbericht Wkkgz uiterlijk: {0}</translation>
    </message>
</context>
<context>
    <name>LawSettingsTab</name>
    <message>
        <source>Legal terms per complaint regime</source>
        <translation>Wettelijke termijnen per klachtregeling</translation>
    </message>
    <message>
        <source>Handled within</source>
        <translation>Afgehandeld binnen</translation>
    </message>
    <message>
        <source>Extension at most</source>
        <translation>Verlenging ten hoogste</translation>
    </message>
    <message>
        <source>Wet kinderopvang</source>
        <translation>Wet kinderopvang</translation>
    </message>
    <message>
        <source>Wkkgz (care)</source>
        <translation>Wkkgz (zorg)</translation>
    </message>
    <message>
        <source>Jeugdwet (own procedure)</source>
        <translation>Jeugdwet (eigen klachtenregeling)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>By law: six weeks under the Wet kinderopvang and the Wkkgz. The Wkkgz allows one extension of at most four weeks, with written notice before the first term ends; longer only with the complainant&apos;s consent.</source>
        <translation>Volgens de wet: zes weken onder de Wet kinderopvang en de Wkkgz. De Wkkgz staat één verlenging van ten hoogste vier weken toe, met schriftelijk bericht vóór het einde van de eerste termijn; langer alleen met instemming van de klager.</translation>
    </message>
    <message>
        <source>Holidays and closing days (terms in working days)</source>
        <translation>Feestdagen en sluitingsdagen (termijnen in werkdagen)</translation>
    </message>
    <message>
        <source>Good Friday is a day off</source>
        <translation>Goede Vrijdag is een vrije dag</translation>
    </message>
    <message>
        <source>Liberation Day (5 May) is a day off</source>
        <translation>Bevrijdingsdag (5 mei) is een vrije dag</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <translation>Bevrijdingsdag</translation>
    </message>
    <message>
        <source>every five years (2025, 2030, …)</source>
        <translation>eens per vijf jaar (2025, 2030, …)</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>elk jaar</translation>
    </message>
    <message>
        <source>Closing days of the organisation</source>
        <translation>Sluitingsdagen van de organisatie</translation>
    </message>
    <message>
        <source>Closing days</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <source>New closing day</source>
        <translation>Nieuwe sluitingsdag</translation>
    </message>
    <message>
        <source>Add closing day</source>
        <translation>Sluitingsdag toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not counted in {year} (working days only): {days}</source>
        <translation>Niet meegeteld in {year} (alleen bij werkdagen): {days}</translation>
    </message>
</context>
</TS>
