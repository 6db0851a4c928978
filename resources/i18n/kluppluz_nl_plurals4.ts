<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>%n value(s) need a choice before the register can be imported.</source>
        <translation>
            <numerusform>Voor %n waarde moet u nog kiezen voordat het register kan worden geïmporteerd.</numerusform>
            <numerusform>Voor %n waarden moet u nog kiezen voordat het register kan worden geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) ready to import, %1 with problems, %2 skipped (empty, totals, duplicates).</source>
        <translation>
            <numerusform>%n regel klaar om te importeren, %1 met problemen, %2 overgeslagen (leeg, totalen, dubbel).</numerusform>
            <numerusform>%n regels klaar om te importeren, %1 met problemen, %2 overgeslagen (leeg, totalen, dubbel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already present and are not imported again.</source>
        <translation>
            <numerusform>%n regel is al aanwezig; die wordt niet opnieuw geïmporteerd.</numerusform>
            <numerusform>%n regels zijn al aanwezig; die worden niet opnieuw geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already present and are imported again.</source>
        <translation>
            <numerusform>%n regel is al aanwezig; die wordt toch opnieuw geïmporteerd.</numerusform>
            <numerusform>%n regels zijn al aanwezig; die worden toch opnieuw geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>%n regel importeren…</numerusform>
            <numerusform>%n regels importeren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer reaction(s) imported: %1 to %2.</source>
        <translation>
            <numerusform>%n klantreactie geïmporteerd: %1.</numerusform>
            <numerusform>%n klantreacties geïmporteerd: %1 t/m %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already present were not imported again.</source>
        <translation>
            <numerusform>%n regel die al aanwezig was, is niet opnieuw geïmporteerd.</numerusform>
            <numerusform>%n regels die al aanwezig waren, zijn niet opnieuw geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportStatusPanel</name>
    <message numerus="yes">
        <source>Reminder: the report on {year} must reach the GGD by {due}; %n GGD region(s) still to go.</source>
        <translation>
            <numerusform>Herinnering: het verslag over {year} moet uiterlijk {due} bij de GGD zijn; nog %n GGD-regio te gaan.</numerusform>
            <numerusform>Herinnering: het verslag over {year} moet uiterlijk {due} bij de GGD zijn; nog %n GGD-regio’s te gaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message numerus="yes">
        <source>%n row(s) written to:
%1</source>
        <translation>
            <numerusform>%n regel geschreven naar:
%1</numerusform>
            <numerusform>%n regels geschreven naar:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message numerus="yes">
        <source>%n customer reaction(s) and all master data were exported to:
%1</source>
        <translation>
            <numerusform>%n klantreactie en alle stamgegevens zijn geëxporteerd naar:
%1</numerusform>
            <numerusform>%n klantreacties en alle stamgegevens zijn geëxporteerd naar:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer reaction(s) were imported.</source>
        <translation>
            <numerusform>%n klantreactie geïmporteerd.</numerusform>
            <numerusform>%n klantreacties geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
</TS>
