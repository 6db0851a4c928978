<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>StepPanel</name>
    <message>
        <source>Make the letter: {0}…</source>
        <translation>Brief maken: {0}…</translation>
    </message>
    <message>
        <source>Shows the letter first; nothing is recorded until you record it as sent.</source>
        <translation>Toont eerst de brief; er wordt niets vastgelegd tot u hem als verzonden vastlegt.</translation>
    </message>
</context>
</TS>
