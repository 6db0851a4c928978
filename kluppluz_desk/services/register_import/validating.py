"""The preview: every row of the register checked and translated, each with its problems
named in Dutch, before anything is written.

Rows that are not reactions are set aside with the reason shown: empty rows, the total row
at the bottom, a row that repeats an earlier one. Anything else that is wrong is a problem,
and a register with problems is not imported at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...domain.today import today
from .dates import DateProblem, parse_date
from .fields import ENUMS, FIELDS_BY_NAME, NO_VALUE, fold, guess_enum, norm
from .guessing import header_names
from .mapping import CREATE, LEAVE_EMPTY, RegisterMapping
from .reading import Cell, SheetRows

_TOTAL_WORDS = ("totaal", "total", "subtotaal", "som", "aantal")


@dataclass(frozen=True)
class MasterNames:
    """Existing master data a register's words are matched to. Locations and categories:
    normalised name → (id, name as stored). Staff (by name and by login) and services: the
    name folded (`fields.fold`, no accents) → (id, name as stored); `service_funding`: a
    service's id → its default funding, the case's funding when the register names none."""

    locations: dict[str, tuple[int, str]]
    categories: dict[str, tuple[int, str]]
    staff: dict[str, tuple[int, str]] = field(default_factory=dict)
    services: dict[str, tuple[int, str]] = field(default_factory=dict)
    service_funding: dict[int, str] = field(default_factory=dict)


@dataclass
class RowCheck:
    line: int  # as Excel numbers it (1-based)
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    skipped: str = ""  # why the row is not a reaction ("" = it is one)
    # The register words of this row that still need a decision: (field, raw value).
    unknown: list[tuple[str, str]] = field(default_factory=list)
    # The reference of the case already in the database that this row is (existing.py).
    present: str = ""

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.problems


@dataclass
class Preview:
    file_name: str
    sheet: str
    header_row: int
    headers: list[str]
    rows: list[RowCheck]

    @property
    def importable(self) -> list[RowCheck]:
        return [r for r in self.rows if r.ok]

    @property
    def with_problems(self) -> list[RowCheck]:
        return [r for r in self.rows if r.problems and not r.skipped]

    @property
    def skipped(self) -> list[RowCheck]:
        return [r for r in self.rows if r.skipped]

    @property
    def already_present(self) -> list[RowCheck]:
        """Rows that are a case in the database already (skipped unless asked for)."""
        return [r for r in self.rows if r.present]

    @property
    def unknown(self) -> dict[str, list[str]]:
        """Register words that still need a decision, from the rows that will be imported:
        field → raw values (as first written)."""
        found: dict[str, list[str]] = {}
        for row in self.rows:
            if not row.skipped:
                for name, raw in row.unknown:
                    _note_unknown(found, name, raw)
        return found


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)  # a phone number or old number typed into a number cell
    if isinstance(cell, date):
        return cell.strftime("%d-%m-%Y")
    return str(cell).strip()


def _is_total(cells: list[Cell]) -> bool:
    for cell in cells:
        if isinstance(cell, str):
            key = norm(cell)
            if any(key == w or key.startswith(w + " ") or key.startswith(w + ":")
                   for w in _TOTAL_WORDS):  # fmt: skip
                return True
    return False


def build_preview(
    sheet: SheetRows, mapping: RegisterMapping, header_row: int, master: MasterNames
) -> Preview:
    headers = header_names(sheet.rows[header_row]) if header_row < len(sheet.rows) else []
    position = {name: headers.index(h) for name, h in mapping.columns.items() if h in headers}
    preview = Preview(sheet.file_name, sheet.sheet, header_row, headers, [])
    seen: dict[tuple[str, ...], int] = {}
    for index in range(header_row + 1, len(sheet.rows)):
        cells = sheet.rows[index]
        check = RowCheck(line=index + 1)
        preview.rows.append(check)
        mapped = {name: cells[col] if col < len(cells) else None for name, col in position.items()}
        if all(_text(c) == "" for c in cells):
            check.skipped = "lege regel"
            continue
        if _is_total(cells) or (
            not _text(mapped.get("received_on")) and not _text(mapped.get("location"))
        ):
            check.skipped = "totaalregel of regel zonder datum en locatie"
            continue
        key = tuple(norm(_text(mapped[name])) for name in sorted(mapped))
        if key in seen:
            check.skipped = f"dubbel: gelijk aan regel {seen[key]}"
            continue
        seen[key] = check.line
        _check_row(check, mapped, mapping, master)
    return preview


def _check_people(
    check: RowCheck, mapped: dict[str, Cell], mapping: RegisterMapping, master: MasterNames
) -> None:
    """The handler (a member of staff, by name or login) and the service, matched without
    regard to case or accents; an unknown one is a problem until the user maps it to an
    existing one or says to leave the field empty: never dropped silently."""
    for name, table, label, what in (
        ("handler", master.staff, "behandelaar", "een medewerker"),
        ("service", master.services, "dienst", "een bestaande dienst"),
    ):
        raw = _text(mapped.get(name))
        check.values[name] = None
        if not raw:
            continue
        target = mapping.value_for(name, raw)
        if target == LEAVE_EMPTY:
            continue
        for key in (target, raw):
            if key and fold(key) in table:
                check.values[name] = table[fold(key)]
                break
        else:
            check.problems.append(f"Onbekende {label} '{raw}': kies {what} of laat het veld leeg")
            check.unknown.append((name, raw))


def _note_unknown(unknown: dict[str, list[str]], name: str, raw: str) -> None:
    values = unknown.setdefault(name, [])
    if norm(raw) not in {norm(v) for v in values}:
        values.append(raw)


def _check_row(
    check: RowCheck,
    mapped: dict[str, Cell],
    mapping: RegisterMapping,
    master: MasterNames,
) -> None:
    values, problems, unknown = check.values, check.problems, check.unknown
    for name in ("received_on", "acknowledged_on", "closed_on"):
        try:
            values[name] = parse_date(mapped.get(name))
        except DateProblem as exc:
            problems.append(f"{FIELDS_BY_NAME[name].label}: {exc}")
            values[name] = None
    received = values["received_on"]
    if received is None and not any(p.startswith("Datum ontvangst") for p in problems):
        problems.append("Datum ontvangst ontbreekt")
    if received is not None:
        if received > today():
            problems.append(f"Datum ontvangst {received:%d-%m-%Y} ligt in de toekomst")
        for name in ("acknowledged_on", "closed_on"):
            later = values[name]
            if later is not None and later < received:
                problems.append(f"{FIELDS_BY_NAME[name].label} ligt vóór de datum van ontvangst")
            if later is not None and later > today():
                problems.append(f"{FIELDS_BY_NAME[name].label} ligt in de toekomst")
    for name, table, label in (
        ("location", master.locations, "locatie"),
        ("category", master.categories, "categorie"),
    ):
        raw = _text(mapped.get(name))
        if not raw:
            if name == "location":
                problems.append("Locatie ontbreekt")
            values[name] = None
            continue
        target = mapping.value_for(name, raw)
        if target == CREATE and norm(raw) not in table:
            values[name] = (None, " ".join(raw.split()))
        elif target == CREATE:
            # Created by an earlier import with this remembered mapping: it exists now.
            values[name] = table[norm(raw)]
        elif target is not None and norm(target) in table:
            values[name] = table[norm(target)]
        elif norm(raw) in table:
            values[name] = table[norm(raw)]
        else:
            problems.append(f"Onbekende {label} '{raw}': kies een bestaande of laat hem aanmaken")
            unknown.append((name, raw))
            values[name] = None
    _check_people(check, mapped, mapping, master)
    service = values.get("service")
    defaults = {"kind": mapping.default_kind, "channel": mapping.default_channel,
                "severity": "normal",
                # No funding named: the service's own, else the Wet kinderopvang (the
                # program's default for a new case).
                "funding": master.service_funding.get(service[0], "childcare")
                if service else "childcare"}  # fmt: skip
    for name in ENUMS:
        raw = _text(mapped.get(name))
        if not raw:
            values[name] = defaults.get(name)  # no default form of address: left empty
            continue
        found = mapping.value_for(name, raw) or guess_enum(name, raw)
        if found is None and fold(raw) not in NO_VALUE.get(name, ()):
            problems.append(f"{FIELDS_BY_NAME[name].label}: onbekende waarde '{raw}'")
            unknown.append((name, raw))
        values[name] = found
    for spec in FIELDS_BY_NAME.values():
        if spec.kind not in ("text", "reference"):
            continue
        text = _text(mapped.get(spec.name))
        if len(text) > spec.max_length:
            problems.append(
                f"{spec.label} is te lang ({len(text):,} tekens; ten hoogste "
                f"{spec.max_length:,})".replace(",", ".")
            )
        values[spec.name] = text
