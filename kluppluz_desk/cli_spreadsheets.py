"""Command-line subcommands for spreadsheets: `kluppluz-desk import-register` (an old
Excel/CSV register, with a saved mapping, optionally as a dry run) and `kluppluz-desk list
--out` (a filtered case list to `.xlsx` or `.csv`).

Registered in `kluppluz_desk.cli_base.EXTRA_COMMANDS` on import, like cli_documents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli_base import EXIT_PROBLEM, EXTRA_COMMANDS
from .cli_base import open_from_args as _open
from .domain.errors import ValidationError
from .domain.plural import plural, plural_word


def cmd_import_register(args: argparse.Namespace) -> int:
    """Check every row; print the problems (and import nothing) when there are any or when
    it is a dry run; else import all rows in one transaction and print the references."""
    from .services.register_import import (
        describe_problems,
        import_register,
        open_register,
        preview_register,
        read_mapping_file,
    )

    mapping = read_mapping_file(args.mapping) if args.mapping else None
    db = _open(args)
    try:
        rows, mapping = open_register(db, args.file, mapping, sheet=args.sheet)
        include = args.include_present
        preview = preview_register(db, rows, mapping, include_present=include)
        ok, bad, skipped = preview.importable, preview.with_problems, preview.skipped
        where = f"werkblad '{rows.sheet}', " if rows.sheet else ""
        present = len(preview.already_present)
        print(f"{rows.file_name}: {where}kopregel {(mapping.header_row or 0) + 1}; "
              f"{plural(len(ok), 'regel', 'regels')} goed, {len(bad)} met problemen, "
              f"{len(skipped)} overgeslagen, waarvan {0 if include else present} al "
              "aanwezig.")  # fmt: skip
        if present and include:
            print(
                f"  {plural(present, 'regel', 'regels')} al aanwezig "
                f"{plural_word(present, 'wordt', 'worden')} toch opnieuw geïmporteerd."
            )
        for row in skipped:
            print(f"  regel {row.line}: overgeslagen ({row.skipped})")
        if bad:
            print(describe_problems(preview), file=sys.stderr)
            return EXIT_PROBLEM
        if args.dry_run:
            print("Proefimport: er is niets geïmporteerd.")
            return 0
        result = import_register(db, rows, mapping, include_present=include)
    finally:
        db.dispose()
    imported = plural(result.imported, "klantreactie", "klantreacties")
    if result.imported == 1:
        print(f"{imported} geïmporteerd: {result.first_reference}.")
    else:
        print(f"{imported} geïmporteerd: {result.first_reference} t/m {result.last_reference}.")
    for name in result.created_locations:
        print(f"  nieuwe locatie: {name}")
    for name in result.created_categories:
        print(f"  nieuwe categorie: {name}")
    return 0


def register_import_register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-register",
                       help="importeer een oud klachtenregister (Excel .xlsx of CSV)")  # fmt: skip
    p.add_argument("file", type=Path, metavar="BESTAND")
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="M.json",
        help="koppeling van kolommen en waarden (anders de vorige of een gok)",
    )
    p.add_argument("--sheet", help="het werkblad (standaard: uit de koppeling of het eerste)")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="alleen controleren en de problemen tonen; niets importeren",
    )
    p.add_argument(
        "--include-present",
        action="store_true",
        help="ook regels importeren die al in het programma staan (dan staan ze er dubbel in)",
    )
    p.set_defaults(func=cmd_import_register)  # fmt: skip


def cmd_list(args: argparse.Namespace) -> int:
    from .domain.enums import CaseStatus
    from .services.cases import CaseFilter
    from .services.masterdata import list_items
    from .services.spreadsheet_export import export_case_list

    statuses: tuple[CaseStatus, ...] = ()
    if args.status:
        known = {s.value: s for s in CaseStatus} | {s.label.lower(): s for s in CaseStatus}
        try:
            statuses = tuple(known[s.strip().lower()] for s in args.status.split(","))
        except KeyError as exc:
            choices = ", ".join(f"'{s.label}'" for s in CaseStatus)
            raise ValidationError(f"Onbekende status {exc}; kies uit: {choices}.") from None
    db = _open(args)
    try:
        location_id = None
        if args.location:
            matches = [i for i in list_items(db, "location")
                       if i.name.lower() == args.location.strip().lower()]  # fmt: skip
            if not matches:
                raise ValidationError(f"Onbekende locatie '{args.location}'.")
            location_id = matches[0].id
        flt = CaseFilter(year=args.year, location_id=location_id, statuses=statuses)
        count = export_case_list(db, args.out, flt)
    finally:
        db.dispose()
    print(f"{plural(count, 'klantreactie', 'klantreacties')} geschreven naar {args.out}.")
    return 0


def register_list(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "list", help="exporteer de (gefilterde) lijst klantreacties naar Excel of CSV"
    )
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.xlsx|.csv")
    p.add_argument("--year", type=int, help="alleen dit jaar van ontvangst")
    p.add_argument("--location", metavar="NAAM", help="alleen deze locatie")
    p.add_argument("--status", metavar="STATUS[,STATUS]",
                   help="alleen deze status(sen), bv. closed of 'Afgesloten'")  # fmt: skip
    p.set_defaults(func=cmd_list)


EXTRA_COMMANDS.append(register_import_register)
EXTRA_COMMANDS.append(register_list)
