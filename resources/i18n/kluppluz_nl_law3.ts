<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="270"/>
        <source>Small numbers (a warning; it does not block the report):</source>
        <translation>Kleine aantallen (een waarschuwing; het verslag kan toch worden gemaakt):</translation>
    </message>
</context>
</TS>
