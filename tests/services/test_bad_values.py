"""Services refuse bad values with a message, never a traceback (property-based).

Every public service function that takes values from a user (the calls in
bad_value_calls_1/_2) is called with one argument replaced by a hostile value (see
bad_values_harness.BAD_VALUES). Each call must either succeed, leaving a database the
services accept later, or raise a `KnownProblem` with a short message. Any other exception
fails the test. It runs on SQLite and PostgreSQL. A further test lists every public service
function and fails when one is neither called here nor excluded below with a reason, so
a new service cannot slip past this test unnoticed.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kluppluz_desk.services
from kluppluz_desk.domain.enums import EscalationOutcome, LetterKind
from kluppluz_desk.domain.errors import KnownProblem, ValidationError
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases, letters
from kluppluz_desk.services.database import open_database
from kluppluz_desk.services.settings import AppSettings, Organisation, save_settings
from tests.factories import seed
from tests.services.bad_value_calls_1 import CALLS_1
from tests.services.bad_value_calls_2 import CALLS_2
from tests.services.bad_value_calls_3 import CALLS_3
from tests.services.bad_value_exclusions import NO_USER_VALUES, PARAMETERS_WITHOUT_USER_VALUES
from tests.services.bad_values_harness import BAD_VALUES, HUGE, Call, Ctx, still_sound

CALLS: dict[str, Call] = {**CALLS_1, **CALLS_2, **CALLS_3}
# Bounded so the file runs in well under a minute per database; raise it for a deep run.
EXAMPLES = int(os.environ.get("KLUPPLUZ_FUZZ_EXAMPLES", "15"))


def test_every_call_succeeds_with_good_values(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The harness is sound: the bad-value test starts from calls that work."""
    monkeypatch.chdir(tmp_path)
    db = open_database(db_url, user="kv-tester")
    ctx = Ctx(db, seed(db), tmp_path)
    for function, good in CALLS.values():
        function(db, **good(ctx))
    still_sound(ctx)
    db.dispose()


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_bad_value_gives_a_message_never_a_traceback(
    name: str, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a generated text is a relative path to the services that take one: keep what they
    # write (an export called "soort") in the test's own folder
    monkeypatch.chdir(tmp_path)
    db = open_database(db_url, user="kv-tester")
    ctx = Ctx(db, seed(db), tmp_path)
    function, good = CALLS[name]
    outcome = {"refused": 0, "accepted": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        arguments = good(ctx)
        target = data.draw(st.sampled_from(sorted(arguments)), label="argument")
        arguments[target] = data.draw(BAD_VALUES, label="value")
        try:
            function(db, **arguments)
        except KnownProblem as error:
            assert error.message.strip()
            assert len(error.message) < 2000  # never the 10 MB text echoed back
            outcome["refused"] += 1
            return
        still_sound(ctx)
        outcome["accepted"] += 1

    run()
    print(f"\n{name}: {outcome['refused']} refused with a message, {outcome['accepted']} accepted")
    db.dispose()


def _public_functions() -> dict[str, inspect.Signature]:
    """Every public function of the services: a package's `__all__`, a module's own."""
    found: dict[str, inspect.Signature] = {}
    for info in pkgutil.iter_modules(kluppluz_desk.services.__path__):
        module = importlib.import_module(f"kluppluz_desk.services.{info.name}")
        names = getattr(module, "__all__", None) or [
            n for n, v in vars(module).items() if getattr(v, "__module__", "") == module.__name__
        ]
        for name in names:
            value = getattr(module, name)
            if inspect.isfunction(value) and not name.startswith("_"):
                found[f"{info.name}.{name}"] = inspect.signature(value)
    return found


def test_every_public_service_function_is_covered_or_excluded_with_a_reason() -> None:
    """A new public service function that takes a caller's values must join the calls
    above or be listed in bad_value_exclusions.NO_USER_VALUES with the reason."""
    covered = {part.strip().split(" (")[0] for name in CALLS for part in name.split(" / ")}
    public = _public_functions()
    assert covered - set(public) == set(), "a call names a function that does not exist"
    missing = []
    for name, signature in sorted(public.items()):
        takes_values = set(signature.parameters) - PARAMETERS_WITHOUT_USER_VALUES
        if takes_values and name not in covered and name not in NO_USER_VALUES:
            missing.append(f"{name}{signature}")
    assert missing == [], "not in the bad-value test and not excluded:\n" + "\n".join(missing)
    assert set(NO_USER_VALUES) <= set(public), "an exclusion names a function that is gone"
    assert not set(NO_USER_VALUES) & covered, "a function is both covered and excluded"


def test_the_values_that_were_accepted_before_are_refused(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fuzz.sqlite3'}", user="kv-tester")
    ctx = Ctx(db, seed(db), tmp_path)
    with pytest.raises(ValidationError, match="geboortedatum"):
        cases.update_case(
            db,
            case_id=ctx.open.id,
            version=ctx.version(ctx.open.id),
            values={"child_birth_date": today() + timedelta(days=1)},
        )
    with pytest.raises(ValidationError, match="vóór de datum van ontvangst"):
        cases.update_case(  # the receipt moved after the acknowledgement
            db,
            case_id=ctx.open.id,
            version=ctx.version(ctx.open.id),
            values={"received_on": today()},
        )
    with pytest.raises(ValidationError, match="te lang"):
        save_settings(db, replace(AppSettings(), organisation=Organisation(name=HUGE)))
    with pytest.raises(ValidationError, match="buiten het bereik"):
        cases.record_escalation_outcome(
            db,
            escalation_id=ctx.escalation,
            outcome=EscalationOutcome.RESOLVED,
            outcome_on=date(9999, 12, 31),
        )
    with pytest.raises(ValidationError, match="buiten het bereik"):
        letters.record_letter(
            db, ctx.open.id, LetterKind.EXTENSION, pdf=b"%PDF", letter_date=date(9999, 12, 31)
        )
    with pytest.raises(ValidationError, match="zoektekst is te lang"):
        cases.case_ids(db, cases.CaseFilter(text=HUGE))
    assert cases.get_case(db, ctx.open.id).fields["child_birth_date"] is None
    db.dispose()
