<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FormMappingTab</name>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/dialogs/intake_form.py" line="29" />
        <source>E-mails from the website form have lines such as “Naam: …”. Each label below fills the field beside it; other lines stay in the description.</source>
        <translation>E-mails van het websiteformulier hebben regels als “Naam: …”. Elk label hieronder vult het veld ernaast; andere regels blijven in de omschrijving staan.</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/dialogs/intake_form.py" line="36" />
        <source>Label in the e-mail</source>
        <translation>Label in de e-mail</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/dialogs/intake_form.py" line="36" />
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/dialogs/intake_form.py" line="41" />
        <source>Add line</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/dialogs/intake_form.py" line="43" />
        <source>Remove line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/dialogs/intake_form.py" line="45" />
        <source>Restore defaults</source>
        <translation>Standaard herstellen</translation>
    </message>
</context>
<context>
    <name>IntakeBar</name>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/case_editor/intake_draft.py" line="30" />
        <source>Use this location</source>
        <translation>Deze locatie gebruiken</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/case_editor/intake_draft.py" line="32" />
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/case_editor/intake_draft.py" line="59" />
        <source>From “{0}”: no location is named in it; choose one.</source>
        <translation>Uit “{0}”: er wordt geen locatie in genoemd; kies er een.</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/case_editor/intake_draft.py" line="61" />
        <source>From “{0}”: it names the location {1}. Use it?</source>
        <translation>Uit “{0}”: hierin wordt de locatie {1} genoemd. Overnemen?</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/case_editor/intake_draft.py" line="64" />
        <source>From “{0}”: it names the location {1} (as “{2}”). Use it?</source>
        <translation>Uit “{0}”: hierin wordt de locatie {1} genoemd (als “{2}”). Overnemen?</translation>
    </message>
</context>
<context>
    <name>IntakeController</name>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="43" />
        <source>Take in an e-mail or scanned letter</source>
        <translation>E-mail of gescande brief inlezen</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="44" />
        <source>E-mails and scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>E-mails en scans (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="55" />
        <source>Nothing to take in</source>
        <translation>Niets om in te lezen</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="56" />
        <source>The clipboard holds no e-mail, PDF or image.</source>
        <translation>Op het klembord staat geen e-mail, PDF of afbeelding.</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="76" />
        <source>Reading {0}…</source>
        <translation>{0} wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="76" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="78" />
        <source>Take in</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="106" />
        <source>Not taken in</source>
        <translation>Niet ingelezen</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="111" />
        <source>Already registered</source>
        <translation>Al geregistreerd</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/intake/controller.py" line="113" />
        <source>This e-mail is already registered as {0}. Register it as a new customer reaction anyway?</source>
        <translation>Dit e-mailbericht is al geregistreerd als {0}. Toch als nieuwe klantreactie registreren?</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/actions.py" line="29" />
        <source>&amp;Take in e-mail or scan…</source>
        <translation>E-mail of scan &amp;inlezen…</translation>
    </message>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/actions.py" line="31" />
        <source>&amp;Paste e-mail or scan</source>
        <translation>E-mail of scan &amp;plakken</translation>
    </message>
    </context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../work/wt/intake/kluppluz_desk/ui/dialogs/settings.py" line="62" />
        <source>Website form</source>
        <translation>Websiteformulier</translation>
    </message>
    </context>
</TS>