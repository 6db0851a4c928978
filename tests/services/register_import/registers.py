"""Registers as a department really keeps them, written as real files by the tests:
an openpyxl workbook with a merged title above the header, empty rows, text and real dates
mixed, trailing spaces, an unknown location, a duplicate row and a total row."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

HEADER = ["Nr.", "Datum ontvangst", "Locatie", "Soort", "Categorie", "Naam ouder",
          "Omschrijving", "Afgehandeld"]  # fmt: skip

MESSY_ROWS: list[list[object]] = [
    [1, datetime(2021, 2, 3), "Venetiëstraat ", "Klacht", "Veiligheid", "Anna Jansen ",
     "Kind niet opgehaald om 17:00", "3-3-2021"],
    [2, "3 februari 2021", "KluppluZ Ulvenhout", "klacht ", "Communicatie", "Bram de Vries",
     "Geen bericht over ziekte leidster", None],
    [None, None, None, None, None, None, None, None],
    [3, "15-4-2021", "Kindcentrum De Zeppelin", "Suggestie", "", "Carla Peeters",
     "Meer buitenspelen", date(2021, 5, 1)],
    [4, date(2021, 6, 7), "Arnhem Centrum", "Ongenoegen", "Veiligheid", "Dirk Smit",
     "Hek stond open", None],
    [4, date(2021, 6, 7), "Arnhem Centrum", "Ongenoegen", "Veiligheid", "Dirk Smit",
     "Hek stond open", None],
    [None, None, None, None, None, None, None, None],
    ["Totaal", None, None, None, None, None, 5, None],
]  # fmt: skip


def write_messy_register(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Register 2021"
    sheet.append(["Klachtenregister KluppluZ 2021"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(HEADER)
    for row in MESSY_ROWS:
        sheet.append(row)
    for cell in sheet["B"][3:]:
        if isinstance(cell.value, datetime | date):
            cell.number_format = "DD-MM-YYYY"
    other = book.create_sheet("Toelichting")
    other.append(["Dit blad hoort niet bij het register"])
    book.save(path)
    return path


def write_csv(path: Path, encoding: str, delimiter: str, bom: bool = False) -> Path:
    lines = [
        delimiter.join(["Datum", "Locatie", "Soort", "Naam ouder", "Omschrijving"]),
        delimiter.join(["3-2-2021", "Venetiëstraat", "Klacht", "Zoë Çelik", "Café-achtige sfeer"]),
        delimiter.join(["4 maart 2021", "Arnhem Centrum", "Signaal", "Jürgen Müller", "Hek"]),
    ]
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_big_register(path: Path, rows: int, locations: list[str]) -> Path:
    """A plain register of `rows` reactions (write-only mode: quick even for 200,000)."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(["Datum ontvangst", "Locatie", "Soort", "Naam ouder", "Omschrijving"])
    for index in range(rows):
        sheet.append([date(2020 + index % 5, 1 + index % 12, 1 + index % 28),
                      locations[index % len(locations)], "Klacht",
                      f"Ouder {index}", f"Reactie nummer {index}"])  # fmt: skip
    book.save(path)
    return path


def write_tall_sheet(path: Path, rows: int, sized: bool = True) -> Path:
    """A sheet of `rows` rows with one column: tall enough to be refused, quick to write.
    `sized`: with the `<dimension>` element Excel writes (openpyxl's write-only mode
    leaves it out), so a reader can see the size before reading the rows."""
    import zipfile

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(["Datum ontvangst"])
    for index in range(rows):
        sheet.append([index])
    book.save(path)
    if sized:
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        name = "xl/worksheets/sheet1.xml"
        parts[name] = parts[name].replace(
            b"</sheetPr>", f'</sheetPr><dimension ref="A1:A{rows + 1}" />'.encode(), 1
        )
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for part, data in parts.items():
                target.writestr(part, data)
    return path


def encrypted_workbook(path: Path, password: str = "geheim") -> Path:
    """A register saved with a password: the workbook openpyxl writes, encrypted by
    msoffcrypto-tool into the compound file (EncryptionInfo + EncryptedPackage) Excel
    writes for "Encrypt with password"."""
    import io

    from msoffcrypto.format.ooxml import OOXMLFile

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Datum ontvangst", "Locatie", "Soort"])
    sheet.append(["3-2-2021", "Venetiëstraat", "Klacht"])
    plain = io.BytesIO()
    book.save(plain)
    plain.seek(0)
    with path.open("wb") as out:
        OOXMLFile(plain).encrypt(password, out)
    return path
