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
</context>
</TS>
