"""The shared parts of the bad-value test: the hostile values and the database they hit.

`BAD_VALUES` are the values a caller (a screen, the CLI, an import, a plug-in) could hand a
service by mistake: lone surrogates, NUL, a 10 MB text, integers at and beyond the 64-bit
range, a `datetime` where a date belongs, dates from 0001 to 9999-12-31 and in the future,
lists nested deep, wrong types. `Ctx` is a database with a case in every useful state.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from kluppluz_desk.domain.enums import LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases, letters, report
from kluppluz_desk.services.cases.rules import check_whole_case
from kluppluz_desk.services.cases.view import load_case
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.settings import load_settings
from tests.factories import Seeded, days_ago, make_case

HUGE = "x" * (10 * 1024 * 1024)


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


BAD_VALUES = st.one_of(
    st.sampled_from(
        [
            "a\ud800b",
            "\udfff",
            "nul\x00byte",
            HUGE,
            "",
            "   ",
            2**63,
            2**63 - 1,
            -(2**63) - 1,
            10**30,
            -1,
            0,
            True,
            1.5,
            float("nan"),
            None,
            datetime(2024, 1, 1, 12, 0),
            date(9999, 12, 31),
            date(1, 1, 1),
            today() + timedelta(days=400),
            b"bytes",
            _nested(500),  # deeper: hypothesis's own reporting recurses too far
            {"a": 1},
            ["x"],
        ]
    ),
    st.text(max_size=30),
    st.integers(),
    st.dates(),
    st.datetimes(),
)


class Ctx:
    """A database with a case in every useful state; rebuilt per test function."""

    def __init__(self, db: Database, seeded: Seeded, folder: Path) -> None:
        self.db, self.s, self.folder = db, seeded, folder
        self.open = make_case(db, seeded, upto=Step.ACKNOWLEDGE, received_on=days_ago(20))
        self.closed = make_case(db, seeded, upto=Step.CLOSE, received_on=days_ago(30))
        item = cases.add_improvement(self.db, case_id=self.open.id, title="Overdracht")
        self.improvement = item.improvements[0].id
        esc = cases.add_escalation(
            db, case_id=self.closed.id, body="akj", submitted_on=days_ago(10)
        )
        self.escalation = esc.escalations[0].id
        with_file = cases.add_attachment(
            db, case_id=self.closed.id, filename="verslag.pdf", data=b"%PDF-1.4 verslag"
        )
        self.attachment = with_file.attachments[0].id
        with_letter = letters.record_letter(
            db, self.closed.id, LetterKind.EXTENSION, pdf=b"%PDF-1.4", letter_date=days_ago(5)
        )
        self.letter = with_letter.letters[0].id

    def version(self, case_id: int) -> int:
        return cases.get_case(self.db, case_id).version


# name -> (function, good arguments); the name lists the public functions called,
# as "package.function", separated by " / " (the coverage test reads it)
Call = tuple[Callable[..., Any], Callable[[Ctx], dict[str, Any]]]


def draft_version(ctx: Ctx) -> int:
    return report.load_draft(ctx.db, today().year).version


def still_sound(ctx: Ctx) -> None:
    """After a call that succeeded, everything it touched passes the services' rules."""
    load_settings(ctx.db).validate()
    with ctx.db.unit() as session:
        for case_id in (ctx.open.id, ctx.closed.id):
            check_whole_case(load_case(session, case_id), received_moved=True)
    for case_id in (ctx.open.id, ctx.closed.id):
        detail = cases.get_case(ctx.db, case_id)
        json.dumps(detail.fields, default=str).encode("utf-8")  # no lone surrogates kept
    draft = report.load_draft(ctx.db, today().year)  # a stored draft saves again as it is
    report.save_draft(ctx.db, today().year, draft.content, draft.version)
