<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="39"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="39"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="39"/>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="39"/>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="40"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="46"/>
        <source>Drag files onto the editor, or choose Add…. At most {0} MB per file.</source>
        <translation>Sleep bestanden naar dit venster of kies Toevoegen…. Ten hoogste {0} MB per bestand.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="51"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="53"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="55"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="77"/>
        <source>Add attachment</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="77"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="88"/>
        <source>the file is far too large</source>
        <translation>het bestand is veel te groot</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="93"/>
        <source>Attachment not added</source>
        <translation>Bijlage niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="94"/>
        <source>&apos;{0}&apos; could not be read: {1}</source>
        <translation>&apos;{0}&apos; kon niet worden gelezen: {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="120"/>
        <source>Cannot open</source>
        <translation>Openen lukt niet</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="121"/>
        <source>No program was found to open &apos;{0}&apos;. It was saved as {1}.</source>
        <translation>Er is geen programma gevonden om &apos;{0}&apos; te openen. Het bestand staat in {1}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="133"/>
        <source>Remove attachment</source>
        <translation>Bijlage verwijderen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_attachments.py" line="134"/>
        <source>Remove &apos;{0}&apos; from this case? The history keeps a note of it.</source>
        <translation>&apos;{0}&apos; uit deze klantreactie verwijderen? De historie houdt dit bij.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="60"/>
        <source>Case editor</source>
        <translation>Klantreactie bewerken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="88"/>
        <source>Choose a customer reaction in the list, or register a new one.</source>
        <translation>Kies een klantreactie in de lijst, of registreer een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="62"/>
        <source>Parts of the case</source>
        <translation>Onderdelen van de klantreactie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="77"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="78"/>
        <source>Submitter</source>
        <translation>Indiener</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="79"/>
        <source>Handling</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="80"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="81"/>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="82"/>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="83"/>
        <source>Improvements</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="84"/>
        <source>Escalations</source>
        <translation>Escalaties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="85"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="86"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="96"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="388"/>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="97"/>
        <source>Undo changes</source>
        <translation>Wijzigingen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="98"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/layout.py" line="99"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="147"/>
        <source>Save the case first.</source>
        <translation>Sla de klantreactie eerst op.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="177"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="189"/>
        <source>The new customer reaction</source>
        <translation>De nieuwe klantreactie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="192"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="193"/>
        <source>{0} has changes that are not saved yet. Save them?</source>
        <translation>{0} heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="205"/>
        <source>Save the customer reaction first (Ctrl+S).</source>
        <translation>Sla de klantreactie eerst op (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="212"/>
        <source>No further step in the procedure.</source>
        <translation>Geen verdere stap in de procedure.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="222"/>
        <source>{0} is not possible now: {1}</source>
        <translation>{0} kan nu niet: {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="242"/>
        <source>Done: {0}.</source>
        <translation>Uitgevoerd: {0}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="311"/>
        <source>Unsaved changes (• on the tab).</source>
        <translation>Niet-opgeslagen wijzigingen (• op het tabblad).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="323"/>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="356"/>
        <source>Not saved: {0}</source>
        <translation>Niet opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="339"/>
        <source>Registered as {0}.</source>
        <translation>Geregistreerd als {0}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="359"/>
        <source>That did not work</source>
        <translation>Dat lukte niet</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="384"/>
        <source>Changes undone.</source>
        <translation>Wijzigingen ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/editor.py" line="388"/>
        <source>Drop all changes that are not saved yet?</source>
        <translation>Alle wijzigingen die nog niet zijn opgeslagen laten vervallen?</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/sync.py" line="44"/>
        <source>This case was changed elsewhere; saving will show both versions.</source>
        <translation>Deze klantreactie is elders gewijzigd; bij opslaan ziet u beide versies.</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="58"/>
        <source>Tick to fill in a date; untick to leave it empty</source>
        <translation>Aanvinken om een datum in te vullen; uitvinken om het veld leeg te laten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="60"/>
        <source>{0} filled in</source>
        <translation>{0} ingevuld</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="68"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="124"/>
        <source>Error for {0}</source>
        <translation>Foutmelding bij {0}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="160"/>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="164"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="169"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inactief)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="221"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="246"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="292"/>
        <source>(GDPR)</source>
        <translation>(AVG)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/fields.py" line="294"/>
        <source>Personal data: never appears in the annual report</source>
        <translation>Persoonsgegeven: komt nooit in het jaarverslag</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="53"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="58"/>
        <source>Next deadline</source>
        <translation>Eerstvolgende termijn</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="81"/>
        <source>Date of the step</source>
        <translation>Datum van de stap</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="83"/>
        <source>The date the step is recorded with; today unless it happened earlier.</source>
        <translation>De datum waarop de stap wordt vastgelegd; vandaag, tenzij het eerder is gebeurd.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="86"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="99"/>
        <source>Problem with the date of the step</source>
        <translation>Probleem met de datum van de stap</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="104"/>
        <source>Why a step is not possible</source>
        <translation>Waarom een stap niet kan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="121"/>
        <source>New customer reaction</source>
        <translation>Nieuwe klantreactie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="122"/>
        <source>not saved yet</source>
        <translation>nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="131"/>
        <source>Save the customer reaction first (Ctrl+S).</source>
        <translation>Sla de klantreactie eerst op (Ctrl+S).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="134"/>
        <source>Save the customer reaction first (Ctrl+S); then the procedure can start.</source>
        <translation>Sla de klantreactie eerst op (Ctrl+S); daarna kan de procedure beginnen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="153"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="163"/>
        <source>Not possible now: {0}</source>
        <translation>Nu niet mogelijk: {0}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="165"/>
        <source>Next step (Ctrl+Enter).</source>
        <translation>Volgende stap (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="173"/>
        <source>No further step in the procedure.</source>
        <translation>Geen verdere stap in de procedure.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="176"/>
        <source>Next step: {0} (Ctrl+Enter).</source>
        <translation>Volgende stap: {0} (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="178"/>
        <source>Next step: {0} is not possible yet: {1}</source>
        <translation>Volgende stap: {0} kan nog niet: {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="182"/>
        <source>{0} is not possible now: {1}</source>
        <translation>{0} kan nu niet: {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="200"/>
        <source>No deadline running</source>
        <translation>Geen lopende termijn</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="234"/>
        <source>The date of the step lies before the date of receipt ({0}).</source>
        <translation>De datum van de stap ligt vóór de datum van ontvangst ({0}).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/header.py" line="238"/>
        <source>The date of the step lies in the future.</source>
        <translation>De datum van de stap ligt in de toekomst.</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict.py" line="46"/>
        <source>(not changed by you)</source>
        <translation>(niet door u gewijzigd)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict.py" line="68"/>
        <source>Not saved: someone else saved this case in the meantime.</source>
        <translation>Niet opgeslagen: iemand anders heeft deze klantreactie intussen opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict.py" line="80"/>
        <source>Reloaded; your changes were dropped.</source>
        <translation>Herladen; uw wijzigingen zijn vervallen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict.py" line="87"/>
        <source>Your version was saved; their other changes stay.</source>
        <translation>Uw versie is opgeslagen; de overige wijzigingen van de ander blijven staan.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict.py" line="89"/>
        <source>Now take &apos;{0}&apos; again.</source>
        <translation>Voer &apos;{0}&apos; nu opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict.py" line="93"/>
        <source>Not saved yet: your changes are still here. Save again to compare.</source>
        <translation>Nog niet opgeslagen: uw wijzigingen staan er nog. Sla opnieuw op om te vergelijken.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="42"/>
        <source>{0} was changed by someone else</source>
        <translation>{0} is door iemand anders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="45"/>
        <source>While you were editing, someone else saved {0}. Your changes are not saved yet. Compare both versions and choose.</source>
        <translation>Terwijl u aan het bewerken was, heeft iemand anders {0} opgeslagen. Uw wijzigingen zijn nog niet opgeslagen. Vergelijk beide versies en maak een keuze.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="52"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="52"/>
        <source>Saved by the other person</source>
        <translation>Opgeslagen door de ander</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="52"/>
        <source>Your unsaved value</source>
        <translation>Uw niet-opgeslagen waarde</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="53"/>
        <source>Both versions side by side</source>
        <translation>Beide versies naast elkaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="61"/>
        <source>What the other person changed</source>
        <translation>Wat de ander heeft gewijzigd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="62"/>
        <source>(not known)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="66"/>
        <source>Reload (my changes are dropped)</source>
        <translation>Herladen (mijn wijzigingen vervallen)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="68"/>
        <source>Keep my version</source>
        <translation>Mijn versie bewaren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="72"/>
        <source>Saves your changed fields on top of the new version; their other changes stay.</source>
        <translation>Slaat uw gewijzigde velden op over de nieuwe versie heen; hun overige wijzigingen blijven staan.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="75"/>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/conflict_dialog.py" line="88"/>
        <source>What they changed:</source>
        <translation>Wat de ander heeft gewijzigd:</translation>
    </message>
</context>
<context>
    <name>EscalationsTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="177"/>
        <source>Body</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="178"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="179"/>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="202"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="180"/>
        <source>Outcome on</source>
        <translation>Uitspraak op</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="181"/>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="192"/>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="206"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="183"/>
        <source>Escalations</source>
        <translation>Escalaties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="187"/>
        <source>New escalation</source>
        <translation>Nieuwe escalatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="188"/>
        <source>External body</source>
        <translation>Externe instantie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="189"/>
        <source>Date submitted</source>
        <translation>Datum ingediend</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="191"/>
        <source>Note on the escalation</source>
        <translation>Toelichting bij de escalatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="193"/>
        <source>Add escalation</source>
        <translation>Escalatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="201"/>
        <source>Outcome of the selected escalation</source>
        <translation>Uitkomst van de gekozen escalatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="203"/>
        <source>Date of the outcome</source>
        <translation>Datum uitspraak</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="205"/>
        <source>Note on the outcome</source>
        <translation>Toelichting bij de uitspraak</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="207"/>
        <source>Record outcome</source>
        <translation>Uitkomst vastleggen</translation>
    </message>
</context>
<context>
    <name>ExtensionBox</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="126"/>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="137"/>
        <source>Extensions</source>
        <translation>Verlengingen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="128"/>
        <source>Current deadlines</source>
        <translation>Huidige termijnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="131"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="132"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="133"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="134"/>
        <source>Submitter notified</source>
        <translation>Indiener geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="135"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="144"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="145"/>
        <source>Extension in days</source>
        <translation>Verlenging in dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="146"/>
        <source>Reason for the extension</source>
        <translation>Reden van de verlenging</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="146"/>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="147"/>
        <source>Submitter notified on</source>
        <translation>Indiener geïnformeerd op</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="149"/>
        <source>Submitter notified of the extension on</source>
        <translation>Indiener over de verlenging geïnformeerd op</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="152"/>
        <source>Extend</source>
        <translation>Verlengen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="153"/>
        <source>Extend the handling term</source>
        <translation>Afhandeltermijn verlengen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="177"/>
        <source>Solution target: {0} — legal limit: {1}</source>
        <translation>Streefdatum oplossing: {0} — wettelijke termijn: {1}</translation>
    </message>
</context>
<context>
    <name>FieldTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/field_tabs.py" line="76"/>
        <source>Reference:</source>
        <translation>Kenmerk:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/field_tabs.py" line="92"/>
        <source>Reference</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/field_tabs.py" line="95"/>
        <source>assigned when saved</source>
        <translation>wordt toegekend bij opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/field_tabs.py" line="104"/>
        <source>The public summary and measure go into the annual report: write them without names or other traceable details.</source>
        <translation>De openbare samenvatting en maatregel komen in het jaarverslag: schrijf ze zonder namen of andere herleidbare details.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/field_tabs.py" line="116"/>
        <source>Everything on this tab is personal data (GDPR): it stays in this database and never appears in the annual report. Record only what the handling needs.</source>
        <translation>Alles op dit tabblad is persoonsgegeven (AVG): het blijft in deze database en komt nooit in het jaarverslag. Leg alleen vast wat voor de afhandeling nodig is.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/field_tabs.py" line="128"/>
        <source>Record the agreements made at closure and, after the satisfaction check, its outcome. A reason for withdrawal is only needed when the submitter withdraws.</source>
        <translation>Leg de afspraken bij afsluiting vast en, na de tevredenheidsvraag, de uitkomst daarvan. Een reden van intrekking is alleen nodig als de indiener de klantreactie intrekt.</translation>
    </message>
</context>
<context>
    <name>HandlingTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_handling.py" line="31"/>
        <source>For a serious case the director decides who handles it: first record when the director was informed, then the decision and the handler.</source>
        <translation>Bij een ernstige klantreactie besluit de directeur wie de behandeling oppakt: leg eerst vast wanneer de directeur is geïnformeerd, daarna het besluit en de behandelaar.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_lists.py" line="56"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_lists.py" line="56"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_lists.py" line="56"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_lists.py" line="56"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_lists.py" line="60"/>
        <source>Every change to this case, newest first. Nothing here can be edited.</source>
        <translation>Elke wijziging in deze klantreactie, de nieuwste bovenaan. Hier kan niets worden aangepast.</translation>
    </message>
</context>
<context>
    <name>ImprovementsTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="48"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="49"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="51"/>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="52"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="53"/>
        <source>Parent committee</source>
        <translation>Oudercommissie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="55"/>
        <source>Improvement actions</source>
        <translation>Verbeteracties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="59"/>
        <source>New improvement action</source>
        <translation>Nieuwe verbeteractie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="61"/>
        <source>Title of the action</source>
        <translation>Titel van de actie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="62"/>
        <source>What will be improved (required)</source>
        <translation>Wat wordt verbeterd (verplicht)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="64"/>
        <source>Description of the action</source>
        <translation>Omschrijving van de actie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="65"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="67"/>
        <source>Owner of the action</source>
        <translation>Eigenaar van de actie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="68"/>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="77"/>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="95"/>
        <source>Due date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="69"/>
        <source>Parent committee involved</source>
        <translation>Oudercommissie betrokken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="70"/>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="85"/>
        <source>Selected action</source>
        <translation>Gekozen actie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="86"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="88"/>
        <source>New owner</source>
        <translation>Nieuwe eigenaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="89"/>
        <source>New due date</source>
        <translation>Nieuwe streefdatum</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="90"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="108"/>
        <source>— no owner —</source>
        <translation>— geen eigenaar —</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="114"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_actions.py" line="114"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>InformedBox</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="45"/>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="49"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="49"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="49"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="49"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="50"/>
        <source>Who was informed</source>
        <translation>Wie is geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="55"/>
        <source>Role of who was informed</source>
        <translation>Rol van wie is geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="59"/>
        <source>Staff member informed</source>
        <translation>Geïnformeerde medewerker</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="60"/>
        <source>Date informed</source>
        <translation>Datum geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="61"/>
        <source>Note on informing</source>
        <translation>Toelichting bij informeren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="61"/>
        <source>e.g. by phone</source>
        <translation>bijv. telefonisch</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="62"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="63"/>
        <source>Record who was informed</source>
        <translation>Vastleggen wie is geïnformeerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="81"/>
        <source>— nobody in particular —</source>
        <translation>— niemand in het bijzonder —</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="98"/>
        <source>Serious case: record when the director was informed.</source>
        <translation>Ernstige klantreactie: leg vast wanneer de directeur is geïnformeerd.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="102"/>
        <source>Managers and the director who were told about the case.</source>
        <translation>Leidinggevenden en directeur die over de klantreactie zijn geïnformeerd.</translation>
    </message>
</context>
<context>
    <name>PauseBox</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="216"/>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="219"/>
        <source>Pauses</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="218"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="218"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="218"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="218"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="223"/>
        <source>Start of the pause</source>
        <translation>Begin van de pauze</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="227"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="228"/>
        <source>Pause in days</source>
        <translation>Pauze in dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="229"/>
        <source>Reason for the pause</source>
        <translation>Reden van de pauze</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="229"/>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/handling_records.py" line="230"/>
        <source>Record pause</source>
        <translation>Pauze vastleggen</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/records.py" line="36"/>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/records.py" line="119"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="53"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="53"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="53"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="53"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="54"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="59"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="60"/>
        <source>Type a note and press Ctrl+Enter to add it.</source>
        <translation>Typ een notitie en druk op Ctrl+Enter om haar toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="63"/>
        <source>This is an agreement</source>
        <translation>Dit is een afspraak</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="64"/>
        <source>Note is an agreement</source>
        <translation>Notitie is een afspraak</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="65"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="66"/>
        <source>Ctrl+Enter in the note box</source>
        <translation>Ctrl+Enter in het notitievak</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="68"/>
        <source>Ctrl+T: write a note — Ctrl+Enter: add it</source>
        <translation>Ctrl+T: notitie schrijven — Ctrl+Enter: toevoegen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="84"/>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="86"/>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/case_editor/tab_timeline.py" line="88"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
</context>
</TS>
