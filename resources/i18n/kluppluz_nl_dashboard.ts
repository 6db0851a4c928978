<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DashboardModels</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="78"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="79"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="80"/>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="81"/>
        <source>What is due</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="82"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="83"/>
        <source>Days left</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="84"/>
        <source>Remark</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="155"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="156"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="157"/>
        <source>Of which late</source>
        <translation>Waarvan te laat</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="170"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="171"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="172"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="173"/>
        <source>Acknowledged on time</source>
        <translation>Ontvangst op tijd bevestigd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="174"/>
        <source>Solution on time</source>
        <translation>Oplossing op tijd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/models.py" line="200"/>
        <source>{share} of {count}</source>
        <translation>{share} van {count}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="104"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="110"/>
        <source>Situation on</source>
        <translation>Stand per</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="111"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="113"/>
        <source>Refresh the dashboard (F5)</source>
        <translation>Het overzicht vernieuwen (F5)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="115"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporteren naar CSV…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="117"/>
        <source>Save every list for the management meeting (opens in Excel)</source>
        <translation>Alle lijsten opslaan voor het managementoverleg (te openen in Excel)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="141"/>
        <source>Deadlines of the chosen list</source>
        <translation>Termijnen in de gekozen lijst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="142"/>
        <source>Double-click or press Enter to open the case</source>
        <translation>Dubbelklik of druk op Enter om de klantreactie te openen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="154"/>
        <source>Workload</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="156"/>
        <source>Open per handler</source>
        <translation>Open per behandelaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="157"/>
        <source>Open per location</source>
        <translation>Open per locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="180"/>
        <source>Trend of the last twelve months</source>
        <translation>Verloop van de afgelopen twaalf maanden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="181"/>
        <source>Trend (chart)</source>
        <translation>Verloop (grafiek)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="183"/>
        <source>Trend per month</source>
        <translation>Verloop per maand</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="184"/>
        <source>Trend (table)</source>
        <translation>Verloop (tabel)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="211"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="212"/>
        <source>Show what is overdue or due today</source>
        <translation>Toon wat te laat is of vandaag moet</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="215"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="216"/>
        <source>Dismiss the reminder</source>
        <translation>Herinnering sluiten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="271"/>
        <source>Situation on {date}</source>
        <translation>Stand per {date}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="281"/>
        <source>Show the list &apos;{name}&apos;</source>
        <translation>Toon de lijst &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="300"/>
        <source>&amp;{name} ({count})</source>
        <translation>&amp;{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="304"/>
        <source>&amp;{name}: nothing in this list</source>
        <translation>&amp;{name}: niets in deze lijst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="327"/>
        <source>Export deadlines</source>
        <translation>Termijnen exporteren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="329"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="339"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="340"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Het bestand kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="344"/>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/page.py" line="344"/>
        <source>The lists were saved in {path}.</source>
        <translation>De lijsten zijn opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>ReportStatusPanel</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="26"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="44"/>
        <source>Annual report {year}</source>
        <translation>Jaarverslag {year}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="51"/>
        <source>Not required: no written complaints or disputes in {year}.</source>
        <translation>Niet verplicht: geen schriftelijke klachten of geschillen in {year}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="64"/>
        <source>Complete: everything has been done.</source>
        <translation>Afgerond: alles is gedaan.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="79"/>
        <source>Draft started</source>
        <translation>Concept is begonnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="79"/>
        <source>Draft not started</source>
        <translation>Concept nog niet begonnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="81"/>
        <source>Report generated (PDF)</source>
        <translation>Verslag gemaakt (pdf)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="81"/>
        <source>Not generated yet</source>
        <translation>Verslag nog niet gemaakt</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="86"/>
        <source>Sent to {ggd} on {date}</source>
        <translation>Verstuurd aan {ggd} op {date}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="90"/>
        <source>Not yet sent to {ggd}</source>
        <translation>Nog niet verstuurd aan {ggd}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="95"/>
        <source>Discussed with management on {date}</source>
        <translation>Besproken met het management op {date}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="96"/>
        <source>Not yet discussed with management</source>
        <translation>Nog niet besproken met het management</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="100"/>
        <source>Discussed with the parent committee on {date}</source>
        <translation>Besproken met de oudercommissie op {date}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/report_panel.py" line="101"/>
        <source>Not yet discussed with the parent committee</source>
        <translation>Nog niet besproken met de oudercommissie</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="29"/>
        <source>Trend of the last twelve months</source>
        <translation>Verloop van de afgelopen twaalf maanden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="38"/>
        <source>Solid bar: received; hatched bar: closed.</source>
        <translation>Dichte staaf: ontvangen; gearceerde staaf: afgesloten.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="45"/>
        <source>{month}: {received} received, {closed} closed, acknowledged on time {ack}, solution on time {sol}</source>
        <translation>{month}: {received} ontvangen, {closed} afgesloten, ontvangst op tijd bevestigd {ack}, oplossing op tijd {sol}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="125"/>
        <source>ack. {share}</source>
        <translation>bev. {share}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="126"/>
        <source>sol. {share}</source>
        <translation>opl. {share}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="147"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="148"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/dashboard/chart.py" line="149"/>
        <source>ack. = acknowledged on time, sol. = solution on time</source>
        <translation>bev. = ontvangst op tijd bevestigd, opl. = oplossing op tijd</translation>
    </message>
</context>
</TS>
