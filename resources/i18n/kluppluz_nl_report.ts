<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppendixPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="44"/>
        <source>The appendix: every reaction per location</source>
        <translation>De bijlage: elke klantreactie per locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="46"/>
        <source>This is what the public reads. Changes are saved on the reaction itself.</source>
        <translation>Dit leest het publiek. Wijzigingen worden bij de klantreactie zelf opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="52"/>
        <source>Reactions per location</source>
        <translation>Klantreacties per locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="54"/>
        <source>Location / reaction</source>
        <translation>Locatie / klantreactie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="54"/>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="61"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="54"/>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="64"/>
        <source>Public summary</source>
        <translation>Openbare samenvatting</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="58"/>
        <source>No reactions were received in this year: the appendix says so.</source>
        <translation>In dit jaar zijn geen klantreacties ontvangen; de bijlage vermeldt dat.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="68"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="70"/>
        <source>&amp;Save this reaction</source>
        <translation>Deze klantreactie op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="74"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="75"/>
        <source>Public &amp;summary:</source>
        <translation>Openbare &amp;samenvatting:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="76"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Maatregel:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="91"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="154"/>
        <source>Distribution</source>
        <translation>Verspreiding</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="157"/>
        <source>Send the report to each GGD before 1 June, and discuss it with management and the parent committee. Tick what is done; you can come back later.</source>
        <translation>Stuur het verslag vóór 1 juni naar elke GGD en bespreek het met het management en de oudercommissie. Vink aan wat gedaan is; u kunt later terugkomen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="178"/>
        <source>Sent to the GGD of region {region} on:</source>
        <translation>Verstuurd naar de GGD van regio {region} op:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="182"/>
        <source>Discussed with management on:</source>
        <translation>Besproken met het management op:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="184"/>
        <source>Discussed with the parent committee on:</source>
        <translation>Besproken met de oudercommissie op:</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="106"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="107"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="123"/>
        <source>{name}: not applicable yet</source>
        <translation>{name}: nog niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="127"/>
        <source>{name} (within {days} days): {on_time} of {total} on time ({pct}%), median {median} days</source>
        <translation>{name} (binnen {days} dagen): {on_time} van {total} op tijd ({pct}%), mediaan {median} dagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="143"/>
        <source>The figures of the year</source>
        <translation>De cijfers van het jaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="146"/>
        <source>Computed from the registered reactions. Something wrong? Correct the reaction itself, then come back.</source>
        <translation>Berekend uit de geregistreerde klantreacties. Klopt er iets niet? Verbeter de klantreactie zelf en kom dan terug.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="154"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="171"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="172"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="173"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="174"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="175"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="178"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="181"/>
        <source>Satisfaction</source>
        <translation>Tevredenheid</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="182"/>
        <source>Escalations</source>
        <translation>Escalaties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="204"/>
        <source>Of which withdrawn: {n} (counted, and marked in the appendix).</source>
        <translation>Waarvan ingetrokken: {n} (meegeteld en in de bijlage als zodanig vermeld).</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="207"/>
        <source>Acknowledgement</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="208"/>
        <source>Solution proposed</source>
        <translation>Oplossing voorgesteld</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="210"/>
        <source>Disputes at the Geschillencommissie: {n}. Improvement actions started: {i}.</source>
        <translation>Geschillen bij de Geschillencommissie: {n}. Gestarte verbeteracties: {i}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="225"/>
        <source>Legally required: no (no written complaints or disputes); a report is still useful for the parent committee.</source>
        <translation>Wettelijk verplicht: nee (geen schriftelijke klachten of geschillen); een verslag is wel nuttig voor de oudercommissie.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="35"/>
        <source>The report</source>
        <translation>Het verslag</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="37"/>
        <source>Made from everything above and stored with this year. Check it page by page.</source>
        <translation>Gemaakt uit alle vorige stappen en bij dit jaar bewaard. Controleer het pagina voor pagina.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="47"/>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="51"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="66"/>
        <source>The report was not made</source>
        <translation>Het verslag is niet gemaakt</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="71"/>
        <source>The report could not be made. Go back to fix what the message said.</source>
        <translation>Het verslag kon niet worden gemaakt. Ga terug en los op wat de melding noemde.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="84"/>
        <source>You stopped making the report; nothing was stored. Go back and press Next to make it again.</source>
        <translation>U hebt het maken van het verslag gestopt; er is niets opgeslagen. Ga terug en klik op Volgende om het opnieuw te maken.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="77"/>
        <source>Jaarverslag klantreacties {year}: {pages} pages, stored.</source>
        <translation>Jaarverslag klantreacties {year}: {pages} pagina&apos;s, opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="101"/>
        <source>Save the annual report</source>
        <translation>Jaarverslag opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="103"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="113"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="114"/>
        <source>The file could not be written: {reason}.</source>
        <translation>Het bestand kon niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="119"/>
        <source>Saved as {path}.</source>
        <translation>Opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="246"/>
        <source>The organisation in this year</source>
        <translation>De organisatie in dit jaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="249"/>
        <source>Figures from outside this program, entered by hand. Leave a figure at &apos;not known&apos; to keep it out of the report.</source>
        <translation>Cijfers van buiten dit programma, met de hand ingevuld. Laat een cijfer op &apos;onbekend&apos; staan om het buiten het verslag te houden.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="254"/>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="255"/>
        <source>Unique children</source>
        <translation>Unieke kinderen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="256"/>
        <source>School assessments</source>
        <translation>Schoolonderzoeken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="259"/>
        <source>&lt;b&gt;This year&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dit jaar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="260"/>
        <source>&lt;b&gt;Last year&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorig jaar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="235"/>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="283"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="192"/>
        <source>Privacy check</source>
        <translation>Privacycontrole</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="195"/>
        <source>The report is public: it may not name or reveal anyone. Correct each finding, or accept it with a reason.</source>
        <translation>Het verslag is openbaar: niemand mag erin genoemd of herkenbaar worden. Verbeter elke vondst, of accepteer hem met een reden.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="205"/>
        <source>Findings</source>
        <translation>Vondsten</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="208"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="209"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="210"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="211"/>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="212"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="224"/>
        <source>Text with the finding</source>
        <translation>Tekst met de vondst</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="226"/>
        <source>Save &amp;corrected text</source>
        <translation>Verbeterde tekst &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="230"/>
        <source>Reason to accept</source>
        <translation>Reden om te accepteren</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="231"/>
        <source>Why may this stay in the public report?</source>
        <translation>Waarom mag dit in het openbare verslag blijven?</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="232"/>
        <source>&amp;Accept with this reason</source>
        <translation>&amp;Accepteren met deze reden</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="256"/>
        <source>Accepted: {reason}</source>
        <translation>Geaccepteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="258"/>
        <source>To do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="266"/>
        <source>No personal data found. The report can be made.</source>
        <translation>Geen persoonsgegevens gevonden. Het verslag kan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="272"/>
        <source>Every finding is accepted with a reason.</source>
        <translation>Elke vondst is met een reden geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="306"/>
        <source>Correct this improvement action in the reaction itself.</source>
        <translation>Verbeter deze verbeteractie in de klantreactie zelf.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="356"/>
        <source>Reason needed</source>
        <translation>Reden nodig</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="357"/>
        <source>Say why this may stay in the public report.</source>
        <translation>Geef aan waarom dit in het openbare verslag mag blijven.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="40"/>
        <source>Annual report on customer reactions</source>
        <translation>Jaarverslag klantreacties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="47"/>
        <source>The public report for the GGD, management and the parent committee, due before 1 June of the following year.</source>
        <translation>Het openbare verslag voor de GGD, het management en de oudercommissie; klaar vóór 1 juni van het jaar erna.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="55"/>
        <source>Report year</source>
        <translation>Verslagjaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="56"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="58"/>
        <source>Make annual report…</source>
        <translation>Jaarverslag maken…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="62"/>
        <source>Save stored PDF…</source>
        <translation>Bewaarde PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Reactions</source>
        <translation>Klantreacties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="76"/>
        <source>Reports per year</source>
        <translation>Verslagen per jaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="102"/>
        <source>Sent and discussed</source>
        <translation>Verstuurd en besproken</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="105"/>
        <source>Generated on {date}; distribution not complete</source>
        <translation>Gemaakt op {date}; verspreiding nog niet compleet</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="107"/>
        <source>Draft saved</source>
        <translation>Concept opgeslagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="108"/>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="120"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="120"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="150"/>
        <source>Save the annual report</source>
        <translation>Jaarverslag opslaan</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="162"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="163"/>
        <source>The file could not be written: {reason}.</source>
        <translation>Het bestand kon niet worden geschreven: {reason}.</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/wizard.py" line="61"/>
        <source>Annual report on customer reactions</source>
        <translation>Jaarverslag klantreacties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/wizard.py" line="107"/>
        <source>The draft was not saved</source>
        <translation>Het concept is niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="295"/>
        <source>The texts of the report</source>
        <translation>De teksten van het verslag</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="298"/>
        <source>Blank line: new paragraph. **word**: bold. A line starting with &apos;- &apos;: bullet. Never name a parent, child or employee.</source>
        <translation>Lege regel: nieuwe alinea. **woord**: vet. Een regel die begint met &apos;- &apos;: opsommingsteken. Noem nooit een ouder, kind of medewerker.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="303"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="304"/>
        <source>How we handle reactions</source>
        <translation>Hoe wij klantreacties behandelen</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="305"/>
        <source>External bodies</source>
        <translation>Externe instanties</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="306"/>
        <source>Insights of the year</source>
        <translation>Inzichten van het jaar</translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="37"/>
        <source>Which year?</source>
        <translation>Welk jaar?</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="40"/>
        <source>The report covers the customer reactions received in one calendar year. Your work is saved at every step.</source>
        <translation>Het verslag gaat over de klantreacties die in één kalenderjaar zijn ontvangen. Uw werk wordt bij elke stap opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="46"/>
        <source>Report year</source>
        <translation>Verslagjaar</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="50"/>
        <source>Continue where you left off</source>
        <translation>Verdergaan waar u was gebleven</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="52"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="71"/>
        <source>No report for {year} has been started yet.</source>
        <translation>Aan het verslag over {year} is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="75"/>
        <source>The report for {year} was generated on {when}.</source>
        <translation>Het verslag over {year} is gemaakt op {when}.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="80"/>
        <source>A draft for {year} is saved.</source>
        <translation>Er is een concept voor {year} opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="84"/>
        <source>Continue where I left off</source>
        <translation>Verdergaan waar ik was gebleven</translation>
    </message>
</context>
</TS>
