"""Printing without the window, for scripted mornings: `kluppluz-desk acknowledgements
--print` prints every acknowledgement that is due as one job and records them as sent once
the print queue accepted it (`letter --print` in cli_documents does the same for one letter).

A printer that is offline or refuses the job is one Dutch line on stderr, exit code 1, and
nothing is recorded.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .cli_base import EXIT_PROBLEM, EXTRA_COMMANDS
from .cli_base import open_from_args as _open
from .domain.errors import StorageError, describe_os_error

if TYPE_CHECKING:
    from .services.printing import PrintOptions


def options_from_args(args: argparse.Namespace) -> PrintOptions:
    from .services.printing import PrintOptions

    return PrintOptions(printer=args.printer or None, copies=args.copies)


def cmd_acknowledgements(args: argparse.Namespace) -> int:
    """Every acknowledgement due: print them (one job) and record them, or write one PDF."""
    from .services.letters import batch_acknowledgements
    from .services.printing import print_acknowledgements_due

    if not args.print and args.out is None:
        print("kluppluz-desk: geef --print en/of --out BESTAND.pdf op.", file=sys.stderr)
        return EXIT_PROBLEM
    db = _open(args)
    try:
        if args.out is not None:
            pdf = batch_acknowledgements(db, record=False)
            try:
                args.out.write_bytes(pdf)
            except OSError as exc:
                raise StorageError(
                    f"Kan {args.out} niet schrijven: {describe_os_error(exc)}."
                ) from exc
            print(f"Ontvangstbevestigingen geschreven naar {args.out}.")
        if args.print:
            batch = print_acknowledgements_due(db, options_from_args(args))
            assert batch is not None  # no progress callback: cannot be cancelled
            job = batch.job
            print(
                f"{len(batch.case_ids)} ontvangstbevestigingen afgedrukt op {job.printer}, "
                f"opdracht {job.job_id} ({job.pages} pagina's), en vastgelegd als verstuurd."
            )
    finally:
        db.dispose()
    return 0


def register_acknowledgements(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from pathlib import Path

    p = sub.add_parser(
        "acknowledgements", help="alle ontvangstbevestigingen die verstuurd moeten worden"
    )
    p.add_argument("--print", action="store_true",
                   help="druk ze af als één opdracht en leg ze vast als verstuurd zodra de "
                   "printer de opdracht heeft aangenomen")  # fmt: skip
    p.add_argument("--printer", metavar="NAAM", help="de printer (standaard: de standaardprinter)")
    p.add_argument("--copies", type=int, default=1, metavar="N", help="aantal exemplaren")
    p.add_argument("--out", type=Path, metavar="BESTAND.pdf",
                   help="schrijf ze als één PDF (niet vastgelegd)")  # fmt: skip
    p.set_defaults(func=cmd_acknowledgements)


EXTRA_COMMANDS.append(register_acknowledgements)
