<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>RegimeDialog</name>
    <message>
        <source>Change the law of this case</source>
        <translation>Wet van deze klantreactie wijzigen</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <source>As funding and service give: {0}</source>
        <translation>Volgens financiering en dienst: {0}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why is this case handled under this law?</source>
        <translation>Waarom valt deze klantreactie onder deze wet?</translation>
    </message>
</context>
<context>
    <name>LawBar</name>
    <message>
        <source>Law of this case</source>
        <translation>Wet van deze klantreactie</translation>
    </message>
    <message>
        <source>Change law…</source>
        <translation>Wet wijzigen…</translation>
    </message>
    <message>
        <source>Law: {0}, chosen by hand: {1}</source>
        <translation>Wet: {0}, met de hand gekozen: {1}</translation>
    </message>
    <message>
        <source>Law: {0} (follows from funding and service)</source>
        <translation>Wet: {0} (volgt uit financiering en dienst)</translation>
    </message>
    <message>
        <source>Judgment…</source>
        <translation>Oordeel…</translation>
    </message>
    <message>
        <source>The reasoned judgment per part of the complaint</source>
        <translation>Het gemotiveerde oordeel per klachtonderdeel</translation>
    </message>
    <message>
        <source>Judgment: {0}</source>
        <translation>Oordeel: {0}</translation>
    </message>
    <message>
        <source>no reasoned judgment yet</source>
        <translation>nog geen gemotiveerd oordeel</translation>
    </message>
</context>
<context>
    <name>JudgmentDialog</name>
    <message>
        <source>Reasoned judgment</source>
        <translation>Gemotiveerd oordeel</translation>
    </message>
    <message>
        <source>Under the {0} a complaint is closed with a written, reasoned judgment: give each part of the complaint a verdict and the reasons for it.</source>
        <translation>Onder de {0} wordt een klacht afgesloten met een schriftelijk, gemotiveerd oordeel: geef elk klachtonderdeel een oordeel en de redenen daarvoor.</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Measures will be taken by</source>
        <translation>Maatregelen genomen uiterlijk</translation>
    </message>
    <message>
        <source>Complaint part {0}</source>
        <translation>Klachtonderdeel {0}</translation>
    </message>
</context>
<context>
    <name>PartBox</name>
    <message>
        <source>What this part of the complaint is about</source>
        <translation>Waar dit deel van de klacht over gaat</translation>
    </message>
    <message>
        <source>Why: what was found and weighed</source>
        <translation>Waarom: wat is nagegaan en afgewogen</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
</context>
</TS>
