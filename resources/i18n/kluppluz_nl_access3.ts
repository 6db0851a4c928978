<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConfidentialCountBox</name>
    <message>
        <source>Count confidential cases in the figures</source>
        <translation>Vertrouwelijke zaken meetellen in de cijfers</translation>
    </message>
    <message>
        <source>Confidential cases are never described in the report: the appendix only says how many there were. Untick to leave them out of the figures as well.</source>
        <translation>Vertrouwelijke zaken worden nooit beschreven in het verslag: de bijlage zegt alleen hoeveel het er waren. Zet het vinkje uit om ze ook buiten de cijfers te laten.</translation>
    </message>
</context>
</TS>
