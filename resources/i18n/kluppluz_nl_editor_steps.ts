<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Stepper</name>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>To the director</source>
        <translation>Naar directeur</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Other step…</source>
        <translation>Andere stap…</translation>
    </message>
    <message>
        <source>Other step</source>
        <translation>Andere stap</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Geen volgende stap</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Next step: {0}</source>
        <translation>Volgende stap: {0}</translation>
    </message>
    <message>
        <source>No other step is possible now.</source>
        <translation>Er is nu geen andere stap mogelijk.</translation>
    </message>
    <message>
        <source>Where the case stands</source>
        <translation>Waar de klantreactie staat</translation>
    </message>
    <message>
        <source>Not possible now: {0}</source>
        <translation>Nu niet mogelijk: {0}</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Enter).</source>
        <translation>Volgende stap (Ctrl+Enter).</translation>
    </message>
</context>
</TS>
