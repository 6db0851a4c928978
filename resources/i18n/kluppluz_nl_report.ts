<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppendixPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="44"/>
        <source>The appendix: every reaction per location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="46"/>
        <source>This is what the public reads. Changes are saved on the reaction itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="52"/>
        <source>Reactions per location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="54"/>
        <source>Location / reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="54"/>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="61"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="54"/>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="64"/>
        <source>Public summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="58"/>
        <source>No reactions were received in this year: the appendix says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="68"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="70"/>
        <source>&amp;Save this reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="74"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="75"/>
        <source>Public &amp;summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="76"/>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="89"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="152"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="155"/>
        <source>Send the report to each GGD before 1 June, and discuss it with management and the parent committee. Tick what is done; you can come back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="175"/>
        <source>Sent to the GGD of region {region} on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="179"/>
        <source>Discussed with management on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="181"/>
        <source>Discussed with the parent committee on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="133"/>
        <source>The figures of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="136"/>
        <source>Computed from the registered reactions. Something wrong? Correct the reaction itself, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="144"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="161"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="162"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="163"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="164"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="165"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="168"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="171"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="172"/>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="191"/>
        <source>{total} reaction(s) received in {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="194"/>
        <source>Of which withdrawn: {n} (counted, and marked in the appendix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="197"/>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="198"/>
        <source>Solution proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="200"/>
        <source>Disputes at the Geschillencommissie: {n}. Improvement actions started: {i}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="205"/>
        <source>Previous year ({year}): {total} reaction(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="210"/>
        <source>Legally required: yes ({n} written complaint(s) or disputes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="215"/>
        <source>Legally required: no (no written complaints or disputes); a report is still useful for the parent committee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="35"/>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="37"/>
        <source>Made from everything above and stored with this year. Check it page by page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="47"/>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="51"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="66"/>
        <source>The report was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="71"/>
        <source>The report could not be made. Go back to fix what the message said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="77"/>
        <source>Jaarverslag klantreacties {year}: {pages} pages, stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="101"/>
        <source>Save the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="103"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="113"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="114"/>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_output.py" line="119"/>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="235"/>
        <source>The organisation in this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="238"/>
        <source>Figures from outside this program, entered by hand. Leave a figure at &apos;not known&apos; to keep it out of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="243"/>
        <source>Trajectories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="244"/>
        <source>Unique children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="245"/>
        <source>School assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="248"/>
        <source>&lt;b&gt;This year&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="249"/>
        <source>&lt;b&gt;Last year&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="272"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="187"/>
        <source>Privacy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="190"/>
        <source>The report is public: it may not name or reveal anyone. Correct each finding, or accept it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="200"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="203"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="204"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="205"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="206"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="207"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="219"/>
        <source>Text with the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="221"/>
        <source>Save &amp;corrected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="225"/>
        <source>Reason to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="226"/>
        <source>Why may this stay in the public report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="227"/>
        <source>&amp;Accept with this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="251"/>
        <source>Accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="253"/>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="261"/>
        <source>No personal data found. The report can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="264"/>
        <source>{n} finding(s) still to correct or accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="267"/>
        <source>Every finding is accepted with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="301"/>
        <source>Correct this improvement action in the reaction itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="351"/>
        <source>Reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_appendix.py" line="352"/>
        <source>Say why this may stay in the public report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="40"/>
        <source>Annual report on customer reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="47"/>
        <source>The public report for the GGD, management and the parent committee, due before 1 June of the following year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="55"/>
        <source>Report year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="56"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="58"/>
        <source>Make annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="62"/>
        <source>Save stored PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="76"/>
        <source>Reports per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="102"/>
        <source>Sent and discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="105"/>
        <source>Generated on {date}; distribution not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="107"/>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="108"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="120"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="120"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="150"/>
        <source>Save the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="152"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="162"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/page.py" line="163"/>
        <source>The file could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/wizard.py" line="61"/>
        <source>Annual report on customer reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/wizard.py" line="107"/>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="284"/>
        <source>The texts of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="287"/>
        <source>Blank line: new paragraph. **word**: bold. A line starting with &apos;- &apos;: bullet. Never name a parent, child or employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="292"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="293"/>
        <source>How we handle reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="294"/>
        <source>External bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="295"/>
        <source>Insights of the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="36"/>
        <source>Which year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="39"/>
        <source>The report covers the customer reactions received in one calendar year. Your work is saved at every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="45"/>
        <source>Report year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="49"/>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="51"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="70"/>
        <source>No report for {year} has been started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="74"/>
        <source>The report for {year} was generated on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="79"/>
        <source>A draft for {year} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="83"/>
        <source>Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="116"/>
        <source>{name}: not applicable yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="119"/>
        <source>{name} (within {days} days): {on_time} of {total} on time ({pct}%), median {median} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="102"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="102"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kluppluz_desk/ui/report/pages_intro.py" line="225"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
