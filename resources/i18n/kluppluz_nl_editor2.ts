<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseFields</name>
    <message>
        <source>Type a date such as 3-12-2026, 3122026, 3/12 or 3 dec</source>
        <translation>Typ een datum zoals 3-12-2026, 3122026, 3/12 of 3 dec</translation>
    </message>
</context>
</TS>
