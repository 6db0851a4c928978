"""`kluppluz-desk grant-access MEDEWERKER LOGIN [--sql]`: a person's own PostgreSQL login.

Run by the database administrator with the database owner's connection (the login that
created the database and runs the migrations): it creates the group roles once, the
person's login with a password, and ties it to the staff member in `db_login`. With
`--sql` nothing is run: the script is printed for a database administrator to run with
psql when the owner's login may not create roles. The password is asked for (or taken
from KLUPPLUZ_NEW_PASSWORD, for scripts) and never written to the log.
"""

from __future__ import annotations

import argparse
import getpass
import os

from .cli_base import EXTRA_COMMANDS
from .cli_base import open_from_args as _open
from .domain.errors import KnownProblem


def _staff_id(db: object, name: str) -> int:
    from .services.masterdata import list_items

    wanted = name.strip().casefold()
    for item in list_items(db, "staff", active_only=True):  # type: ignore[arg-type]
        if item.name.casefold() == wanted:
            return int(item.id)
    raise KnownProblem(f"De medewerker '{name}' bestaat niet (zie Extra > Stamgegevens).")


def _password() -> str:
    given = os.environ.get("KLUPPLUZ_NEW_PASSWORD")
    if given:
        return given
    first = getpass.getpass("Wachtwoord voor de nieuwe login: ")
    if getpass.getpass("Nogmaals: ") != first:
        raise KnownProblem("De wachtwoorden zijn niet gelijk; er is niets gewijzigd.")
    return first


def cmd_grant_access(args: argparse.Namespace) -> int:
    from .services import access

    db = _open(args)
    if db.backend != "postgresql":
        raise KnownProblem(
            "Een eigen databaselogin bestaat alleen op een PostgreSQL-server; op één pc is "
            "het Windows- of Linux-account de grens (zie de installatiehandleiding)."
        )
    staff_id = _staff_id(db, args.staff)
    password = _password()
    if args.sql:
        database = db.engine.url.database or ""
        script = access.group_sql(database) + access.login_sql(
            args.login, password, staff_id, master=args.master
        )
        print(";\n".join(script) + ";")
        return 0
    access.grant_access(db, staff_id, args.login, password)
    print(f"Login '{args.login}' gemaakt voor {args.staff}; deze persoon ziet nu alleen "
          "de zaken die bij de rol horen.")  # fmt: skip
    return 0


def register_access(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "grant-access",
        help="eigen PostgreSQL-login voor een medewerker maken (of het SQL-script tonen)",
    )
    p.add_argument("staff", help="naam van de medewerker zoals in de stamgegevens")
    p.add_argument("login", help="de nieuwe databaselogin (kleine letters)")
    p.add_argument("--sql", action="store_true", help="niets uitvoeren: het script tonen")
    p.add_argument(
        "--master", action="store_true",
        help="met --sql: ook stamgegevens en instellingen mogen wijzigen (K&V, beheerder)",
    )  # fmt: skip
    p.set_defaults(func=cmd_grant_access)


EXTRA_COMMANDS.append(register_access)
