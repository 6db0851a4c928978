<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CasesPage</name>
    <message>
        <source>To &amp;Excel…</source>
        <translation>Naar &amp;Excel…</translation>
    </message>
    <message>
        <source>Save this list, with its filter and sort, as an Excel workbook or CSV</source>
        <translation>Deze lijst, met filter en sortering, opslaan als Excel-werkmap of CSV</translation>
    </message>
    <message>
        <source>Case list to Excel</source>
        <translation>Lijst klantreacties naar Excel</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>To E&amp;xcel…</source>
        <translation>Naar E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the lists, workloads and trend as an Excel workbook (a sheet each)</source>
        <translation>De lijsten, de werkvoorraad en de trend opslaan als Excel-werkmap (elk een eigen blad)</translation>
    </message>
    <message>
        <source>Dashboard to Excel</source>
        <translation>Dashboard naar Excel</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the register</source>
        <translation>Kies het register</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file. Check the sheet and the row that holds the column headers: titles and empty rows above it are skipped.</source>
        <translation>Een Excel-werkmap (.xlsx) of een CSV-bestand. Controleer het werkblad en de regel met de kolomkoppen: titels en lege regels daarboven worden overgeslagen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>Top of the sheet</source>
        <translation>Begin van het werkblad</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Header in row:</source>
        <translation>Kolomkoppen in regel:</translation>
    </message>
    <message>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Registers (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>Import register</source>
        <translation>Register importeren</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Import &amp;register (Excel/CSV)…</source>
        <translation>&amp;Register importeren (Excel/CSV)…</translation>
    </message>
    <message>
        <source>Case &amp;list to Excel…</source>
        <translation>&amp;Lijst klantreacties naar Excel…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns and values</source>
        <translation>Kolommen en waarden</translation>
    </message>
    <message>
        <source>Check which column holds which field, and choose what the words in the register mean. The choices are remembered for next year's register.</source>
        <translation>Controleer welke kolom welk veld bevat en kies wat de woorden in het register betekenen. De keuzes worden onthouden voor het register van volgend jaar.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Kind when empty:</source>
        <translation>Soort als leeg:</translation>
    </message>
    <message>
        <source>Channel when empty:</source>
        <translation>Binnengekomen via als leeg:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>In het register</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>Values the program does not know</source>
        <translation>Waarden die het programma niet kent</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruiken)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <source>Create new: %1</source>
        <translation>Nieuw aanmaken: %1</translation>
    </message>
    <message>
        <source>Every value is known.</source>
        <translation>Alle waarden zijn bekend.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Submitter</source>
        <translation>Indiener</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Overgeslagen: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Goed</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check and import</source>
        <translation>Controleren en importeren</translation>
    </message>
    <message>
        <source>Every row as it will be registered. Rows with a problem are red: go back and choose what their values mean. Nothing is imported until every row is right; then all rows are imported at once.</source>
        <translation>Elke regel zoals hij wordt geregistreerd. Regels met een probleem zijn rood: ga terug en kies wat hun waarden betekenen. Er wordt niets geïmporteerd tot elke regel klopt; dan worden alle regels in één keer geïmporteerd.</translation>
    </message>
    <message>
        <source>Import register</source>
        <translation>Register importeren</translation>
    </message>
    <message>
        <source>Created: %1.</source>
        <translation>Aangemaakt: %1.</translation>
    </message>
    <message>
        <source>Import ready</source>
        <translation>Importeren klaar</translation>
    </message>
</context>
<context>
    <name>RegisterImportWizard</name>
    <message>
        <source>Import register</source>
        <translation>Register importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Figures to Excel…</source>
        <translation>Cijfers naar Excel…</translation>
    </message>
    <message>
        <source>The year's figures, a sheet per table of the report, as an Excel workbook</source>
        <translation>De cijfers van het jaar, een blad per tabel van het verslag, als Excel-werkmap</translation>
    </message>
    <message>
        <source>Figures to Excel</source>
        <translation>Cijfers naar Excel</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
</context>
</TS>
