"""The term figures (acknowledged / solution proposed on time) leave confidential cases out
when the setting says they do not count, like every other figure of the report: their
query runs on the session's connection, past the ORM's report scope (found in issue 16)."""

from __future__ import annotations

from kluppluz_desk.domain.access import ConfidentialReason
from kluppluz_desk.services import access
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.report.annual import compute_figures
from kluppluz_desk.services.report.confidential import set_counts_confidential
from tests.factories import days_ago, make_case, seed


def test_terms_follow_the_confidential_setting(db: Database) -> None:
    s = seed(db)
    received = days_ago(40)  # both terms (7 and 21 days) have passed
    make_case(db, s, received_on=received)
    secret = make_case(db, s, received_on=received)
    access.set_confidential(db, secret.id, ConfidentialReason.MELDCODE, ())
    counted = compute_figures(db, received.year)
    assert counted.total == 2
    assert counted.acknowledgements.total == 2 and counted.solutions.total == 2
    set_counts_confidential(db, False)
    public = compute_figures(db, received.year)
    assert public.total == 1
    assert public.acknowledgements.total == 1 and public.solutions.total == 1
