<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Recovery</name>
    <message>
        <source>the annual report {0} (its texts)</source>
        <translation>het jaarverslag {0} (de teksten)</translation>
    </message>
    <message>
        <source>the letter template '{0}'</source>
        <translation>de briefsjabloon ‘{0}’</translation>
    </message>
    <message>
        <source>Unsaved text recovered</source>
        <translation>Niet-opgeslagen tekst teruggevonden</translation>
    </message>
    <message>
        <source>KluppluZ Desk also kept unsaved text of: {0}. It is offered to you when you open it.</source>
        <translation>KluppluZ Desk heeft ook niet-opgeslagen tekst bewaard van: {0}. U krijgt die aangeboden zodra u die opent.</translation>
    </message>
    <message>
        <source>the new intake</source>
        <translation>de nieuwe registratie</translation>
    </message>
    <message>
        <source>customer reaction {0}</source>
        <translation>klantreactie {0}</translation>
    </message>
    <message>
        <source>KluppluZ Desk closed before these changes to {0} were saved (last typed {1}). Restore them, or discard them?</source>
        <translation>KluppluZ Desk is afgesloten voordat deze wijzigingen in {0} waren opgeslagen (laatst getypt op {1}). Wilt u ze herstellen of weggooien?</translation>
    </message>
    <message>
        <source>AutoRecover does not work</source>
        <translation>Automatisch herstel werkt niet</translation>
    </message>
    <message>
        <source>Unsaved text cannot be kept for recovery ({0}: {1}). Your work is not at risk as long as the program runs, but save regularly.</source>
        <translation>Niet-opgeslagen tekst kan niet worden bewaard voor herstel ({0}: {1}). Zolang het programma draait, gaat er niets verloren, maar sla uw werk regelmatig op.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>(not added yet)</source>
        <translation>(nog niet toegevoegd)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovered text</source>
        <translation>Teruggevonden tekst</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Nu opgeslagen</translation>
    </message>
    <message>
        <source>Recovered (not saved)</source>
        <translation>Teruggevonden (niet opgeslagen)</translation>
    </message>
    <message>
        <source>Restore puts the recovered text back into the screen as an unsaved change: check it, then save. Discard throws the recovered text away for good.</source>
        <translation>Herstellen zet de teruggevonden tekst terug op het scherm als niet-opgeslagen wijziging: controleer die en sla dan op. Weggooien gooit de teruggevonden tekst definitief weg.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>the letter template '{0}'</source>
        <translation>de briefsjabloon ‘{0}’</translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <source>the annual report {0}</source>
        <translation>het jaarverslag {0}</translation>
    </message>
</context>
</TS>
