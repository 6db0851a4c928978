"""services.access.login_admin: who may make database logins, and the script for the
database administrator (issue 12.3), on both backends."""

from __future__ import annotations

import pytest

from kluppluz_desk.credentials import redact
from kluppluz_desk.domain.errors import DomainError, NotFoundError
from kluppluz_desk.services import access
from kluppluz_desk.services.database import Database
from tests.factories import seed

PASSWORD = "een-geheim-wachtwoord-42"


def test_refusal_and_script(db: Database) -> None:
    seeded = seed(db)
    if db.backend == "sqlite":
        assert access.login_refusal(db) == "Alleen op een gedeelde PostgreSQL-database"
        with pytest.raises(DomainError, match="PostgreSQL"):
            access.login_script(db, seeded.staff["Johan Smits"], "jsmits", PASSWORD)
        return
    assert access.login_refusal(db) is None  # nobody known yet: allowed, as everywhere
    db.user = "mvandijk"
    access.apply_access(db)  # a location manager may not manage users
    assert "Alleen een beheerder" in (access.login_refusal(db) or "")
    with pytest.raises(DomainError, match="beheerder"):
        access.login_script(db, seeded.staff["Johan Smits"], "jsmits", PASSWORD)
    db.access = None
    kv = access.login_script(db, seeded.staff["Kees Verhoeven"], "kverhoeven", PASSWORD)
    assert 'CREATE ROLE "kverhoeven" LOGIN' in ";".join(kv)
    assert 'GRANT kluppluz_user, kluppluz_master TO "kverhoeven"' in kv  # K&V: master data
    manager = access.login_script(db, seeded.staff["Marloes van Dijk"], "mvandijk", PASSWORD)
    assert 'GRANT kluppluz_user TO "mvandijk"' in manager
    assert PASSWORD not in redact(";".join(manager))  # never in a log, once it was typed
    with pytest.raises(NotFoundError):
        access.login_script(db, 999_999, "niemand", PASSWORD)
