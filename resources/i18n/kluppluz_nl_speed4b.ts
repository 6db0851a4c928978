<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Backup</name>
    <message>
        <source>Making the backup before closing…</source>
        <translation>De back-up wordt gemaakt voordat het programma sluit…</translation>
    </message>
</context>
</TS>
