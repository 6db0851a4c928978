<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConfidentialBox</name>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Confidential case</source>
        <translation>Vertrouwelijke zaak</translation>
    </message>
    <message>
        <source>Seen only by Quality &amp; Safety, the director, the handler and the staff named below.</source>
        <translation>Alleen te zien voor Kwaliteit &amp; Veiligheid, de directeur, de behandelaar en de medewerkers die hieronder zijn genoemd.</translation>
    </message>
    <message>
        <source>Reason for confidentiality</source>
        <translation>Reden van vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Staff who may see this case</source>
        <translation>Medewerkers die deze zaak mogen zien</translation>
    </message>
    <message>
        <source>Store confidentiality</source>
        <translation>Vertrouwelijkheid vastleggen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Staff named on the case (may see it as well):</source>
        <translation>Genoemde medewerkers (mogen de zaak ook zien):</translation>
    </message>
    <message>
        <source>Stored: confidential.</source>
        <translation>Vastgelegd: vertrouwelijk.</translation>
    </message>
    <message>
        <source>Stored: not confidential.</source>
        <translation>Vastgelegd: niet vertrouwelijk.</translation>
    </message>
</context>
</TS>
