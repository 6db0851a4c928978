"""`kluppluz-desk intake [--location NAAM] BESTAND…`: register e-mails (.eml, .msg), scanned
letters (PDF) and images as new cases, for scripted work and batch migration.

Each file is handled on its own: a file that cannot be read, whose location is neither
found in it nor given, or that is already registered (same Message-ID) is refused with a
Dutch line; the others are registered. The exit code says whether any file was refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .cli_base import EXIT_PROBLEM, EXTRA_COMMANDS
from .cli_base import open_from_args as _open
from .domain.enums import ReactionKind
from .domain.errors import KnownProblem, describe_os_error


def _kind(text: str) -> ReactionKind:
    for kind in ReactionKind:
        if text.strip().casefold() in (kind.label.casefold(), kind.value):
            return kind
    choices = ", ".join(k.label.lower() for k in ReactionKind)
    raise argparse.ArgumentTypeError(f"onbekende soort '{text}' (kies uit: {choices})")


def _location_id(db: Any, name: str) -> int:
    from .services.masterdata import list_items

    wanted = name.strip().casefold()
    for item in list_items(db, "location", active_only=True):
        if item.name.casefold() == wanted:
            return int(item.id)
    raise KnownProblem(f"De locatie '{name}' bestaat niet (zie Extra > Stamgegevens).")


def _one(db: Any, path: Path, location_id: int | None, kind: ReactionKind) -> str:
    from .services import intake

    try:
        intake.check_size(path.name, path.stat().st_size)
        data = path.read_bytes()
    except OSError as exc:
        raise KnownProblem(f"'{path}' kan niet worden gelezen: {describe_os_error(exc)}.") from exc
    draft = intake.read_intake(db, filename=path.name, data=data)
    if draft.duplicate_of is not None:
        raise KnownProblem(
            f"'{path.name}' is al geregistreerd als {draft.duplicate_of}; niet nogmaals ingelezen."
        )
    values = dict(draft.values)
    values.setdefault("kind", kind)
    if location_id is None and draft.location is not None:
        location_id = draft.location.location_id
    if location_id is None:
        raise KnownProblem(
            f"'{path.name}': er staat geen bekende locatie in; geef er een op met --location."
        )
    values["location_id"] = location_id
    detail = intake.register_intake(db, draft=draft, values=values)
    return f"{path.name}: {detail.reference}"


def cmd_intake(args: argparse.Namespace) -> int:
    db = _open(args)
    refused = 0
    try:
        location_id = None if args.location is None else _location_id(db, args.location)
        for path in args.files:
            try:
                print(_one(db, path, location_id, args.kind))
            except KnownProblem as problem:
                refused += 1
                # Several files at once: every line says which file it is about.
                text = problem.message
                if f"'{path.name}'" not in text:
                    text = f"'{path.name}': {text}"
                print(f"kluppluz-desk: {text}", file=sys.stderr)
    finally:
        db.dispose()
    if refused:
        print(f"kluppluz-desk: {refused} van {len(args.files)} bestanden niet ingelezen.",
              file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEM
    return 0


def register_intake(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "intake", help="lees e-mails (.eml, .msg), gescande brieven (PDF) of afbeeldingen in "
        "als nieuwe klantreacties",
    )  # fmt: skip
    p.add_argument("files", nargs="+", type=Path, metavar="BESTAND")
    p.add_argument("--location", metavar="NAAM",
                   help="de locatie, als die niet in het bericht staat")  # fmt: skip
    p.add_argument("--kind", type=_kind, default=ReactionKind.COMPLAINT, metavar="SOORT",
                   help="soort als het bericht die niet noemt (standaard: klacht)")  # fmt: skip
    p.set_defaults(func=cmd_intake)


EXTRA_COMMANDS.append(register_intake)
