"""Command-line subcommands that produce documents: `kluppluz-desk report`, `letter` and
`dossier`.

Registered in `kluppluz_desk.cli_base.EXTRA_COMMANDS` on import (cli.py imports this module
when it exists). One `register_*` and one `cmd_*` function per command, so more document
commands (letters) fit in beside.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli_base import EXIT_PROBLEM, EXTRA_COMMANDS
from .cli_base import open_from_args as _open
from .domain.errors import StorageError, describe_os_error
from .private_files import write_private


def cmd_report(args: argparse.Namespace) -> int:
    """Build the year's annual report from the saved draft (or the defaults) into a file;
    refuse, listing each hit on its own line, while personal data is not dealt with."""
    from .services.report import PrivacyBlocked, describe_hit, render_report

    db = _open(args)
    try:
        pdf = render_report(db, args.year)
    except PrivacyBlocked as blocked:
        print(
            f"kluppluz-desk: het jaarverslag {args.year} bevat nog persoonsgegevens die niet "
            "zijn aangepast of geaccepteerd; er is niets geschreven:",
            file=sys.stderr,
        )
        for hit in blocked.hits:
            print(describe_hit(hit), file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        db.dispose()
    out: Path = args.out
    try:
        write_private(out, pdf)
    except OSError as exc:
        raise StorageError(f"Kan {out} niet schrijven: {describe_os_error(exc)}.") from exc
    print(f"Jaarverslag klantreacties {args.year} geschreven naar {out} ({len(pdf) // 1024} kB).")
    return 0


def register_report(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="maak het Jaarverslag klantreacties van een jaar als PDF")
    p.add_argument("--year", type=int, required=True, help="het verslagjaar, bijvoorbeeld 2025")
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf",
                   help="waar de PDF komt")  # fmt: skip
    p.set_defaults(func=cmd_report)


EXTRA_COMMANDS.append(register_report)


def _write(out: Path, data: bytes) -> None:
    try:
        write_private(out, data)
    except OSError as exc:
        raise StorageError(f"Kan {out} niet schrijven: {describe_os_error(exc)}.") from exc


def cmd_letter(args: argparse.Namespace) -> int:
    """Render a letter of a case headless (the same PDF as the program makes); record it as
    sent only with --record."""
    from .services.cases import find_case_id
    from .services.letters import letter_eml, letter_kind, record_letter, render_letter_pdf

    if args.out is None and args.eml is None:
        print("kluppluz-desk: geef --out BESTAND.pdf en/of --eml BESTAND.eml op.", file=sys.stderr)
        return EXIT_PROBLEM
    db = _open(args)
    try:
        kind = letter_kind(args.kind)
        case_id = find_case_id(db, args.case)
        letter = render_letter_pdf(db, case_id, kind)
        for warning in letter.warnings:
            print(f"Let op: {warning}", file=sys.stderr)
        if args.out is not None:
            _write(args.out, letter.pdf)
            print(f"{kind.label} voor {args.case} geschreven naar {args.out}.")
        if args.eml is not None:
            _write(args.eml, letter_eml(db, case_id, kind))
            print(f"E-mailconcept geschreven naar {args.eml}.")
        if args.record:
            detail = record_letter(db, case_id, kind, letter.pdf)
            print(f"Brief vastgelegd als verstuurd; status: {detail.status.label}.")
    finally:
        db.dispose()
    return 0


def register_letter(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("letter", help="maak een brief aan de indiener van een klantreactie")
    p.add_argument("--case", required=True, metavar="KENMERK", help="bijvoorbeeld KR-2025-014")
    p.add_argument("--kind", required=True, metavar="SOORT",
                   help="ontvangstbevestiging, verlenging, oordeel of tevredenheid")  # fmt: skip
    p.add_argument("--out", type=Path, metavar="BESTAND.pdf", help="de brief als PDF")
    p.add_argument("--eml", type=Path, metavar="BESTAND.eml", help="e-mailconcept met de brief")
    p.add_argument("--record", action="store_true",
                   help="leg de brief vast als verstuurd (anders alleen maken)")  # fmt: skip
    p.set_defaults(func=cmd_letter)


def cmd_dossier(args: argparse.Namespace) -> int:
    from .services.cases import find_case_id
    from .services.letters import case_dossier_pdf

    db = _open(args)
    try:
        pdf = case_dossier_pdf(db, find_case_id(db, args.case), args.purpose)
    finally:
        db.dispose()
    _write(args.out, pdf)
    print(f"Dossier {args.case} geschreven naar {args.out} ({len(pdf) // 1024} kB).")
    return 0


def register_dossier(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("dossier", help="het hele dossier van een klantreactie als PDF")
    p.add_argument("--case", required=True, metavar="KENMERK", help="bijvoorbeeld KR-2025-014")
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf")
    p.add_argument("--purpose", default="", metavar="DOEL",
                   help="waarom het dossier wordt gemaakt, bijvoorbeeld 'Op verzoek van de "
                   "indiener'")  # fmt: skip
    p.set_defaults(func=cmd_dossier)


EXTRA_COMMANDS.extend([register_letter, register_dossier])
