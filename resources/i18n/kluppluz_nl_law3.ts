<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ReportStatusPanel</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="62"/>
        <source>Reminder: the report on {year} must reach the GGD by {due}; {n} GGD region(s) still to go.</source>
        <translation>Herinnering: het verslag over {year} moet uiterlijk {due} bij de GGD zijn; nog {n} GGD-regio(’s) te gaan.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="270"/>
        <source>Small numbers (a warning; it does not block the report):</source>
        <translation>Kleine aantallen (een waarschuwing; het verslag kan toch worden gemaakt):</translation>
    </message>
</context>
</TS>
