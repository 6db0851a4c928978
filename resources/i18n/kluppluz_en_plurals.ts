<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BatchPreview</name>
    <message numerus="yes">
        <source>Preparing %n acknowledgement(s)…</source>
        <translation>
            <numerusform>Preparing %n acknowledgement…</numerusform>
            <numerusform>Preparing %n acknowledgements…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>%n customer reaction(s)</source>
        <translation>
            <numerusform>%n customer reaction</numerusform>
            <numerusform>%n customer reactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message numerus="yes">
        <source>%n reaction(s) received in {year}.</source>
        <translation>
            <numerusform>%n reaction received in {year}.</numerusform>
            <numerusform>%n reactions received in {year}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous year ({year}): %n reaction(s).</source>
        <translation>
            <numerusform>Previous year ({year}): %n reaction.</numerusform>
            <numerusform>Previous year ({year}): %n reactions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legally required: yes (%n written complaint(s) or disputes).</source>
        <translation>
            <numerusform>Legally required: yes (%n written complaint or dispute).</numerusform>
            <numerusform>Legally required: yes (%n written complaints or disputes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>%n value(s) need a choice before the register can be imported.</source>
        <translation>
            <numerusform>%n value needs a choice before the register can be imported.</numerusform>
            <numerusform>%n values need a choice before the register can be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) ready to import, %1 with problems, %2 skipped (empty, totals, duplicates).</source>
        <translation>
            <numerusform>%n row ready to import, %1 with problems, %2 skipped (empty, totals, duplicates).</numerusform>
            <numerusform>%n rows ready to import, %1 with problems, %2 skipped (empty, totals, duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already present and are not imported again.</source>
        <translation>
            <numerusform>%n row is already present and is not imported again.</numerusform>
            <numerusform>%n rows are already present and are not imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already present and are imported again.</source>
        <translation>
            <numerusform>%n row is already present and is imported again.</numerusform>
            <numerusform>%n rows are already present and are imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer reaction(s) imported: %1 to %2.</source>
        <translation>
            <numerusform>%n customer reaction imported: %1.</numerusform>
            <numerusform>%n customer reactions imported: %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already present were not imported again.</source>
        <translation>
            <numerusform>%n row already present was not imported again.</numerusform>
            <numerusform>%n rows already present were not imported again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <source>%n finding(s) still to correct or accept.</source>
        <translation>
            <numerusform>%n finding still to correct or accept.</numerusform>
            <numerusform>%n findings still to correct or accept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportStatusPanel</name>
    <message numerus="yes">
        <source>Reminder: the report on {year} must reach the GGD by {due}; %n GGD region(s) still to go.</source>
        <translation>
            <numerusform>Reminder: the report on {year} must reach the GGD by {due}; %n GGD region still to go.</numerusform>
            <numerusform>Reminder: the report on {year} must reach the GGD by {due}; %n GGD regions still to go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written complaint(s)</source>
        <translation>
            <numerusform>%n written complaint</numerusform>
            <numerusform>%n written complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n dispute</numerusform>
            <numerusform>%n disputes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>The retention period has passed for %n customer reaction(s) finished before {cutoff}: {references}.

Their personal data will be erased for good: the details of the submitter and the child, the internal description, the notes, the attachments and the stored letters. The reference, dates, location, category, kind, status and the anonymised summary remain, so the annual figures stay correct.

This cannot be undone. Erase the personal data now?</source>
        <translation>
            <numerusform>The retention period has passed for %n customer reaction finished before {cutoff}: {references}.

Its personal data will be erased for good: the details of the submitter and the child, the internal description, the notes, the attachments and the stored letters. The reference, dates, location, category, kind, status and the anonymised summary remain, so the annual figures stay correct.

This cannot be undone. Erase the personal data now?</numerusform>
            <numerusform>The retention period has passed for %n customer reactions finished before {cutoff}: {references}.

Their personal data will be erased for good: the details of the submitter and the child, the internal description, the notes, the attachments and the stored letters. The reference, dates, location, category, kind, status and the anonymised summary remain, so the annual figures stay correct.

This cannot be undone. Erase the personal data now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n customer reaction(s) were erased. The history of each of them records that the retention period was applied.</source>
        <translation>
            <numerusform>The personal data of %n customer reaction were erased. Its history records that the retention period was applied.</numerusform>
            <numerusform>The personal data of %n customer reactions were erased. The history of each of them records that the retention period was applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>The deadlines of %n customer reaction(s) were recomputed.</source>
        <translation>
            <numerusform>The deadlines of %n customer reaction were recomputed.</numerusform>
            <numerusform>The deadlines of %n customer reactions were recomputed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message numerus="yes">
        <source>%n row(s) written to:
%1</source>
        <translation>
            <numerusform>%n row written to:
%1</numerusform>
            <numerusform>%n rows written to:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message numerus="yes">
        <source>%n customer reaction(s) and all master data were exported to:
%1</source>
        <translation>
            <numerusform>%n customer reaction and all master data were exported to:
%1</numerusform>
            <numerusform>%n customer reactions and all master data were exported to:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer reaction(s) were imported.</source>
        <translation>
            <numerusform>%n customer reaction was imported.</numerusform>
            <numerusform>%n customer reactions were imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
