<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>StepPanel</name>
    <message>
        <source>Fields of this step</source>
        <translation>Velden van deze stap</translation>
    </message>
    <message>
        <source>Judgment…</source>
        <translation>Oordeel…</translation>
    </message>
    <message>
        <source>Make the letter…</source>
        <translation>Brief maken…</translation>
    </message>
    <message>
        <source>Opens the Letters tab under All details</source>
        <translation>Opent het tabblad Brieven onder Alle gegevens</translation>
    </message>
    <message>
        <source>Step: {0}</source>
        <translation>Stap: {0}</translation>
    </message>
    <message>
        <source>Everything this step needs is here; what is still missing is marked red.</source>
        <translation>Alles wat deze stap nodig heeft staat hier; wat nog ontbreekt is rood gemarkeerd.</translation>
    </message>
    <message>
        <source>Take this step: {0}</source>
        <translation>Deze stap zetten: {0}</translation>
    </message>
    <message>
        <source>Still to fill in</source>
        <translation>Nog invullen</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>No reasoned judgment yet.</source>
        <translation>Nog geen gemotiveerd oordeel.</translation>
    </message>
    <message>
        <source>The judgment is recorded (or not required by the law).</source>
        <translation>Het oordeel is vastgelegd (of de wet vraagt er geen).</translation>
    </message>
</context>
<context>
    <name>StepViews</name>
    <message>
        <source>This step</source>
        <translation>Deze stap</translation>
    </message>
    <message>
        <source>All details</source>
        <translation>Alle gegevens</translation>
    </message>
    <message>
        <source>Only the fields the chosen step needs</source>
        <translation>Alleen de velden die de gekozen stap nodig heeft</translation>
    </message>
    <message>
        <source>Every field and record of the case, in tabs</source>
        <translation>Alle velden en registraties van de klantreactie, in tabbladen</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Opens its fields; still needed: {0}</source>
        <translation>Opent de velden van deze stap; nog nodig: {0}</translation>
    </message>
</context>
</TS>
