<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Password (if the server asks for one)</source>
        <translation>Wachtwoord (als de server erom vraagt)</translation>
    </message>
    <message>
        <source>The password is kept in this PC's credential store, never in a file.</source>
        <translation>Het wachtwoord wordt bewaard in de wachtwoordkluis van deze pc, nooit in een bestand.</translation>
    </message>
    <message>
        <source>This PC has no credential store: the password is kept until you quit and asked again at the next start.</source>
        <translation>Deze pc heeft geen wachtwoordkluis: het wachtwoord wordt bewaard tot u het programma sluit en bij de volgende start opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>This PC has no credential store, so the password is not saved: KluppluZ Desk asks for it at the next start.</source>
        <translation>Deze pc heeft geen wachtwoordkluis, dus het wachtwoord wordt niet opgeslagen: KluppluZ Desk vraagt er bij de volgende start opnieuw om.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Password for the database server</source>
        <translation>Wachtwoord voor de databaseserver</translation>
    </message>
    <message>
        <source>The server {server} did not accept the login.

Password for {user}:</source>
        <translation>De server {server} heeft de aanmelding geweigerd.

Wachtwoord voor {user}:</translation>
    </message>
</context>
</TS>
