<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Startup</name>
    <message>
        <source>KluppluZ Desk closed unexpectedly</source>
        <translation>KluppluZ Desk is onverwacht gestopt</translation>
    </message>
    <message>
        <source>KluppluZ Desk closed unexpectedly last time (started {when}).

Text that was not saved yet is offered to you again when you open the customer reaction, the annual report or the letter template.

What happened is in the log file:
{log}</source>
        <translation>KluppluZ Desk is de vorige keer onverwacht gestopt (gestart op {when}).

Tekst die nog niet was opgeslagen krijgt u opnieuw aangeboden zodra u de klantreactie, het jaarverslag of de briefsjabloon opent.

Wat er gebeurde staat in het logbestand:
{log}</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Database bijgewerkt</translation>
    </message>
    <message>
        <source>The database was upgraded for this version of KluppluZ Desk. A copy of it as it was before, checked and complete, is kept in:
{path}</source>
        <translation>De database is bijgewerkt voor deze versie van KluppluZ Desk. Een gecontroleerde, volledige kopie van de database van daarvoor staat in:
{path}</translation>
    </message>
</context>
</TS>
