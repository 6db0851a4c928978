<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BarChart</name>
    <message>
        <source>last year</source>
        <translation>vorig jaar</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
</context>
<context>
    <name>InsightPanel</name>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save these figures as an Excel workbook or CSV</source>
        <translation>Deze cijfers bewaren als Excel-werkmap of CSV</translation>
    </message>
    <message>
        <source>Reactions received</source>
        <translation>Reacties ontvangen</translation>
    </message>
    <message>
        <source>Acknowledged on time</source>
        <translation>Ontvangst op tijd bevestigd</translation>
    </message>
    <message>
        <source>Decided within the legal term</source>
        <translation>Beslist binnen de wettelijke termijn</translation>
    </message>
    <message>
        <source>Reopened after closure</source>
        <translation>Heropend na afsluiting</translation>
    </message>
    <message>
        <source>Satisfied (of those who answered)</source>
        <translation>Tevreden (van wie antwoordde)</translation>
    </message>
    <message>
        <source>Submitters with 2 or more reactions</source>
        <translation>Indieners met 2 of meer reacties</translation>
    </message>
    <message>
        <source>Improvement actions done on time</source>
        <translation>Verbeteracties op tijd afgerond</translation>
    </message>
    <message>
        <source>Escalations to an outside body</source>
        <translation>Escalaties naar een externe instantie</translation>
    </message>
    <message>
        <source>On time per clock</source>
        <translation>Op tijd per termijn</translation>
    </message>
    <message>
        <source>Judgments</source>
        <translation>Oordelen</translation>
    </message>
    <message>
        <source>Satisfaction check</source>
        <translation>Tevredenheidsverificatie</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Meest voorkomende categorieën</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e percentiel</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Days from receipt</source>
        <translation>Dagen na ontvangst</translation>
    </message>
    <message>
        <source>Judgments per reaction</source>
        <translation>Oordeel per reactie</translation>
    </message>
    <message>
        <source>Escalations and their outcome</source>
        <translation>Escalaties en hun uitkomst</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} van {total}</translation>
    </message>
    <message>
        <source>{year} · {location} · {kind}</source>
        <translation>{year} · {location} · {kind}</translation>
    </message>
    <message>
        <source>of {total} submitters</source>
        <translation>van {total} indieners</translation>
    </message>
    <message>
        <source>No reactions in this selection.</source>
        <translation>Geen reacties in deze selectie.</translation>
    </message>
    <message>
        <source>No judgment recorded yet.</source>
        <translation>Nog geen oordeel vastgelegd.</translation>
    </message>
    <message>
        <source>{count} reactions judged</source>
        <translation>{count} reacties beoordeeld</translation>
    </message>
    <message>
        <source>Top categories: {year} solid, {previous} hatched</source>
        <translation>Meest voorkomende categorieën: {year} dicht, {previous} gearceerd</translation>
    </message>
    <message>
        <source>Insight to Excel or CSV</source>
        <translation>Inzicht naar Excel of CSV</translation>
    </message>
</context>
</TS>
