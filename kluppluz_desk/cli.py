"""Command line: `kluppluz-desk` starts the program; subcommands do scripted work.

Every failure is one Dutch line on stderr and a non-zero exit code, never a traceback;
unexpected errors are logged with their traceback in the log file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .cli_base import EXIT_BUG, EXIT_PROBLEM, EXTRA_COMMANDS
from .cli_base import open_from_args as _open
from .domain.errors import KnownProblem
from .logsetup import configure_logging, log_file

log = logging.getLogger(__name__)


def cmd_import(args: argparse.Namespace) -> int:
    from .services.transfer import import_json

    count = import_json(_open(args), args.file)
    print(f"{count} klantreacties geïmporteerd uit {args.file}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .services.transfer import export_json

    count = export_json(_open(args), args.file)
    print(f"{count} klantreacties geëxporteerd naar {args.file}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import load_demo

    db = _open(args)
    count = load_demo(db)
    print(f"Demogegevens geladen: {count} klantreacties in {db.display_location}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .services.maintenance import format_check, run_check

    report = run_check(_open(args), limit=args.limit)
    print(format_check(report))
    return 0 if report.ok else EXIT_PROBLEM


def cmd_retention(args: argparse.Namespace) -> int:
    from .services.maintenance import apply_retention

    result = apply_retention(_open(args), dry_run=not args.apply)
    verb = "verwijderd" if args.apply else "te verwijderen (proef; gebruik --apply)"
    print(
        f"Persoonsgegevens {verb} bij {result.count} klantreacties die vóór "
        f"{result.cutoff:%d-%m-%Y} zijn afgesloten."
    )
    for reference in result.references:
        print(f"  {reference}")
    backups = result.backups
    if backups.erased or backups.removed:
        print(
            f"Reservekopieën: in {len(backups.erased)} gewist, {len(backups.removed)} ouder dan "
            "de bewaartermijn verwijderd."
        )
    for problem in backups.problems:
        print(f"  Let op, reservekopie niet bijgewerkt: {problem}")
    return EXIT_PROBLEM if backups.problems else 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .paths import resolve_database_url
    from .store.sqlite_prefetch import start_inspection

    # The file's quick_check runs in a thread while the window modules are imported.
    start_inspection(resolve_database_url(args.db))
    from .ui.app import run_gui

    return int(run_gui(args.db, quit_after_first_paint=args.quit_after_first_paint))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kluppluz-desk",
        description="KluppluZ Desk: klantreacties registreren en afhandelen.",
    )
    parser.add_argument("--version", action="version", version=f"KluppluZ Desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: pad naar een SQLite-bestand of postgresql://gebruiker@server/naam "
        "(standaard: KLUPPLUZ_DESK_DB of het bestand in de gebruikersmap)",
    )
    parser.add_argument("--verbose", action="store_true", help="uitgebreid logbestand")
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--self-test", action="store_true", help="controleer de installatie en stop"
    )
    sub = parser.add_subparsers(dest="command", metavar="opdracht")

    p = sub.add_parser("import", help="importeer een exportbestand (JSON) in een lege database")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="exporteer de hele database naar een JSON-bestand")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="vul een lege database met fictieve demogegevens")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", help="schemaversie, integriteit, aantallen en termijnen")
    p.add_argument("--limit", type=int, default=50, help="aantal termijnen in het overzicht")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "retention", help="bewaartermijn: persoonsgegevens van oude, afgesloten zaken wissen"
    )
    p.add_argument("--apply", action="store_true", help="echt wissen (anders alleen tonen)")
    p.set_defaults(func=cmd_retention)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


def _load_extra_commands() -> None:
    for module in (
        "kluppluz_desk.cli_documents",
        "kluppluz_desk.cli_backup",
        "kluppluz_desk.cli_printing",
        "kluppluz_desk.cli_intake",
        "kluppluz_desk.cli_spreadsheets",
        "kluppluz_desk.cli_access",
    ):
        try:
            __import__(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def main(argv: Sequence[str] | None = None) -> int:
    _load_extra_commands()
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(verbose=args.verbose)
    try:
        if args.self_test:
            from .selftest import run_self_test

            return int(run_self_test())
        func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
        return func(args)
    except KnownProblem as problem:
        print(f"kluppluz-desk: {problem.message}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("kluppluz-desk: afgebroken.", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception:
        log.exception("unexpected error in command %s", getattr(args, "command", None))
        print(f"kluppluz-desk: onverwachte fout; details staan in {log_file()}.", file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
