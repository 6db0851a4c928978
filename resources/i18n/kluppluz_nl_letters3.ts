<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>The letter is saved as {0}.</source>
        <translation>De brief is opgeslagen als {0}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>The folder cannot be opened on this computer: {0}</source>
        <translation>De map kan op deze computer niet worden geopend: {0}</translation>
    </message>
    <message>
        <source>No mail program: save the e-mail draft</source>
        <translation>Geen e-mailprogramma: e-mailconcept opslaan</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-mailconcepten (*.eml)</translation>
    </message>
    <message>
        <source>No program opens e-mail drafts on this computer. The draft is saved as {0}: open it in your mail program, or attach the letter to a new message.</source>
        <translation>Op deze computer opent geen programma e-mailconcepten. Het concept is opgeslagen als {0}: open het in uw e-mailprogramma, of voeg de brief als bijlage toe aan een nieuw bericht.</translation>
    </message>
</context>
<context>
    <name>ReportStatusPanel</name>
    <message>
        <source>Required: {complaints}, {disputes}.</source>
        <translation>Verplicht: {complaints}, {disputes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n written complaint(s)</source>
        <translation>
            <numerusform>%n schriftelijke klacht</numerusform>
            <numerusform>%n schriftelijke klachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n geschil</numerusform>
            <numerusform>%n geschillen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {due}: {days} left.</source>
        <translation>Uiterlijk {due}: nog {days}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {due} has passed: {days} late.</source>
        <translation>Uiterste datum {due} is verstreken: {days} te laat.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Use built-in logo</source>
        <translation>Ingebouwd logo gebruiken</translation>
    </message>
    <message>
        <source>Salutation in letters</source>
        <translation>Aanhef in brieven</translation>
    </message>
    <message>
        <source>Formal (Geachte mevrouw De Vries)</source>
        <translation>Formeel (Geachte mevrouw De Vries)</translation>
    </message>
    <message>
        <source>Informal (Beste Sanne)</source>
        <translation>Informeel (Beste Sanne)</translation>
    </message>
    <message>
        <source>Your own logo, on letters and the annual report.</source>
        <translation>Uw eigen logo, op brieven en het jaarverslag.</translation>
    </message>
    <message>
        <source>The built-in logo, on letters and the annual report.</source>
        <translation>Het ingebouwde logo, op brieven en het jaarverslag.</translation>
    </message>
    <message>
        <source>(unreadable image)</source>
        <translation>(onleesbare afbeelding)</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message numerus="yes">
        <source>%n reaction(s) received in {year}.</source>
        <translation>
            <numerusform>%n klantreactie ontvangen in {year}.</numerusform>
            <numerusform>%n klantreacties ontvangen in {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous year ({year}): %n reaction(s).</source>
        <translation>
            <numerusform>Vorig jaar ({year}): %n klantreactie.</numerusform>
            <numerusform>Vorig jaar ({year}): %n klantreacties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legally required: yes (%n written complaint(s) or disputes).</source>
        <translation>
            <numerusform>Wettelijk verplicht: ja (%n schriftelijke klacht of geschil).</numerusform>
            <numerusform>Wettelijk verplicht: ja (%n schriftelijke klachten of geschillen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <source>%n finding(s) still to correct or accept.</source>
        <translation>
            <numerusform>Nog %n vondst te verbeteren of te accepteren.</numerusform>
            <numerusform>Nog %n vondsten te verbeteren of te accepteren.</numerusform>
        </translation>
    </message>
</context>
</TS>
