<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BatchPreview</name>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="29"/>
        <source>Acknowledgements due: {0}</source>
        <translation>Ontvangstbevestigingen te versturen: {0}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="33"/>
        <source>&amp;Record all as sent</source>
        <translation>Alle &amp;verzonden vastleggen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="39"/>
        <source>Record as sent</source>
        <translation>Verzonden vastleggen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="40"/>
        <source>Record these {0} acknowledgements as sent today? Each case is then marked as acknowledged.</source>
        <translation>Deze {0} ontvangstbevestigingen vastleggen als vandaag verzonden? Bij elke klantreactie wordt dan de ontvangst als bevestigd vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="53"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="62"/>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="63"/>
        <source>{0} acknowledgements recorded as sent.</source>
        <translation>{0} ontvangstbevestigingen vastgelegd als verzonden.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="79"/>
        <source>Nothing to print</source>
        <translation>Niets af te drukken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/batch.py" line="80"/>
        <source>No acknowledgements are due.</source>
        <translation>Er zijn geen ontvangstbevestigingen die nog verstuurd moeten worden.</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="65"/>
        <source>What is missing in this letter</source>
        <translation>Wat er in deze brief nog ontbreekt</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="69"/>
        <source>⚠ Check before sending:</source>
        <translation>⚠ Controleer dit voordat u de brief verstuurt:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="72"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="73"/>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="74"/>
        <source>&amp;E-mail draft</source>
        <translation>&amp;E-mailconcept</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="75"/>
        <source>&amp;Record as sent</source>
        <translation>&amp;Verzonden vastleggen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="76"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="83"/>
        <source>Opens a new message in your mail program, with this letter attached.</source>
        <translation>Opent een nieuw bericht in uw e-mailprogramma, met deze brief als bijlage.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="86"/>
        <source>Keeps this exact PDF with the case and notes the date in the procedure.</source>
        <translation>Bewaart precies deze PDF bij de klantreactie en zet de datum in de procedure.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="108"/>
        <source>Letter: {0} — {1}</source>
        <translation>Brief: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="133"/>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="133"/>
        <source>The letter could not be printed.</source>
        <translation>De brief kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="138"/>
        <source>Save letter as PDF</source>
        <translation>Brief opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="138"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="147"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="148"/>
        <source>Could not write {0}: {1}</source>
        <translation>Kan {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="160"/>
        <source>No e-mail draft</source>
        <translation>Geen e-mailconcept</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="170"/>
        <source>No mail program</source>
        <translation>Geen e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="172"/>
        <source>No program opens e-mail drafts on this computer. The draft is saved as {0}.</source>
        <translation>Op deze computer opent geen programma e-mailconcepten. Het concept staat in {0}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="182"/>
        <source>Record as sent</source>
        <translation>Verzonden vastleggen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="184"/>
        <source>This letter still lacks information (see the yellow box). Record it as sent anyway?</source>
        <translation>In deze brief ontbreken nog gegevens (zie het gele vak). Toch vastleggen als verzonden?</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="199"/>
        <source>Not recorded</source>
        <translation>Niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/preview.py" line="210"/>
        <source>Letter recorded</source>
        <translation>Brief vastgelegd</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="49"/>
        <source>Letter date</source>
        <translation>Briefdatum</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="49"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="49"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="49"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="53"/>
        <source>Letters sent</source>
        <translation>Verstuurde brieven</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="63"/>
        <source>No letters have been sent for this case yet.</source>
        <translation>Voor deze klantreactie zijn nog geen brieven verstuurd.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="65"/>
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="68"/>
        <source>&amp;Make letter…</source>
        <translation>&amp;Brief maken…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="69"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="70"/>
        <source>Export &amp;dossier…</source>
        <translation>&amp;Dossier exporteren…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="71"/>
        <source>Shows the letter first; nothing is recorded yet.</source>
        <translation>Toont eerst de brief; er wordt nog niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="72"/>
        <source>The letter exactly as it was sent.</source>
        <translation>De brief precies zoals hij is verstuurd.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="77"/>
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="164"/>
        <source>No letter</source>
        <translation>Geen brief</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="183"/>
        <source>Sent letter: {0} of {1}</source>
        <translation>Verstuurde brief: {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="198"/>
        <source>Export dossier</source>
        <translation>Dossier exporteren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="200"/>
        <source>The dossier holds personal data of the child and the parents. What is it for? This is printed on it and kept in the history.</source>
        <translation>Het dossier bevat persoonsgegevens van het kind en de ouders. Waarvoor is het bedoeld? Dit komt op het dossier en in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="209"/>
        <source>Save dossier</source>
        <translation>Dossier opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="211"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="221"/>
        <source>No dossier</source>
        <translation>Geen dossier</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="230"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="231"/>
        <source>Could not write {0}: {1}</source>
        <translation>Kan {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="236"/>
        <source>Dossier exported</source>
        <translation>Dossier geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/panel.py" line="236"/>
        <source>The dossier is saved as {0}.</source>
        <translation>Het dossier is opgeslagen als {0}.</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/pdf_pane.py" line="44"/>
        <source>Letter preview</source>
        <translation>Voorbeeld van de brief</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="50"/>
        <source>Letter templates</source>
        <translation>Briefsjablonen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="56"/>
        <source>Kind of letter</source>
        <translation>Soort brief</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="61"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="63"/>
        <source>Text of the letter</source>
        <translation>Tekst van de brief</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="68"/>
        <source>Problems in the template</source>
        <translation>Fouten in het sjabloon</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="71"/>
        <source>Placeholders</source>
        <translation>Plaatshouders</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="86"/>
        <source>Blank line: new paragraph · **text**: bold · a line starting with &quot;- &quot;: bullet · {{name}}: placeholder (double-click one on the right)</source>
        <translation>Lege regel: nieuwe alinea · **tekst**: vet · regel die begint met &quot;- &quot;: opsomming · {{naam}}: plaatshouder (dubbelklik er rechts een)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="93"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="94"/>
        <source>&amp;Restore standard text</source>
        <translation>&amp;Standaardtekst herstellen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="95"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="96"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="108"/>
        <source>Letter:</source>
        <translation>Brief:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="110"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="113"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="118"/>
        <source>Placeholders (double-click to insert):</source>
        <translation>Plaatshouders (dubbelklik om in te voegen):</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="158"/>
        <source>Standard text (not changed by the department)</source>
        <translation>Standaardtekst (niet aangepast door de afdeling)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="164"/>
        <source>Own text, last changed {0} by {1}</source>
        <translation>Eigen tekst, laatst gewijzigd op {0} door {1}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="172"/>
        <source>⚠ Not saved while these problems remain:</source>
        <translation>⚠ Opslaan kan pas als deze fouten zijn opgelost:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="178"/>
        <source>✓ No problems found.</source>
        <translation>✓ Geen fouten gevonden.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="208"/>
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="209"/>
        <source>The text of &apos;{0}&apos; has changed. Save it?</source>
        <translation>De tekst van &apos;{0}&apos; is gewijzigd. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="238"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="248"/>
        <source>Restore standard text</source>
        <translation>Standaardtekst herstellen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="250"/>
        <source>Replace the department&apos;s text of &apos;{0}&apos; by the standard text? Letters already sent stay as they were.</source>
        <translation>De eigen tekst van &apos;{0}&apos; vervangen door de standaardtekst? Brieven die al zijn verstuurd, blijven zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="265"/>
        <source>No preview</source>
        <translation>Geen voorbeeld</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/letters/template_editor.py" line="272"/>
        <source>Preview: {0}</source>
        <translation>Voorbeeld: {0}</translation>
    </message>
</context>
</TS>
