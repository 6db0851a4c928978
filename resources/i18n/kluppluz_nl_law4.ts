<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="33"/>
        <source>Reopen {0}</source>
        <translation>{0} heropenen</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="38"/>
        <source>Why is this customer reaction reopened? The reason goes into the history and onto the timeline; the closure of {0} stays in the history. The satisfaction check is asked again after the new closure.</source>
        <translation>Waarom wordt deze klantreactie heropend? De reden komt in de geschiedenis en op de tijdlijn; de afsluiting van {0} blijft in de geschiedenis staan. De tevredenheid wordt opnieuw gevraagd na de nieuwe afsluiting.</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="44"/>
        <source>Why is this customer reaction reopened? The reason goes into the history and onto the timeline.</source>
        <translation>Waarom wordt deze klantreactie heropend? De reden komt in de geschiedenis en op de tijdlijn.</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="50"/>
        <source>Reason for reopening</source>
        <translation>Reden van heropenen</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="51"/>
        <source>For example: the agreement is not kept</source>
        <translation>Bijvoorbeeld: de afspraak wordt niet nagekomen</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="62"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="68"/>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="80"/>
        <source>Give the reason why the customer reaction is reopened.</source>
        <translation>Geef de reden op waarom de klantreactie wordt heropend.</translation>
    </message>
    <message>
        <location filename="../work/wt/recover/kluppluz_desk/ui/case_editor/reopen_dialog.py" line="86"/>
        <source>The reason is too long (at most {0} characters).</source>
        <translation>De reden is te lang (hoogstens {0} tekens).</translation>
    </message>
</context>
</TS>
