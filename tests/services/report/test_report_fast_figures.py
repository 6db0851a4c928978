"""The report's fast paths give the plain results (issue 16), on SQLite and PostgreSQL:
- the insight indicators the report computes itself (step days counted per day in SQL,
  submitters grouped in SQL) equal what `services.insight.compute.insight_in` gives for the
  whole year, with and without confidential cases counted;
- `repeat_submitters` equals the groups of `submitter_groups` on random data full of
  shared e-mail addresses, names and postcodes;
- the privacy guard that indexes only the data the texts can match, and scans each
  distinct text once, finds exactly what the full index finds text by text."""

from __future__ import annotations

import random
from datetime import date

from kluppluz_desk.domain import privacy
from kluppluz_desk.domain.privacy import KnownPersonalData, PublicText, scan_public_texts
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.insight import InsightFilter
from kluppluz_desk.services.insight.compute import insight_in
from kluppluz_desk.services.insight.stats import submitter_groups
from kluppluz_desk.services.report.confidential import report_scope, set_counts_confidential
from kluppluz_desk.services.report.figures import figures_in
from kluppluz_desk.services.report.submitters import repeat_submitters
from tests.services.insight_world import DAY, build


def _plain(db: Database, year: int) -> tuple[object, ...]:
    """What the report printed before: insight_in's figures, mapped as the report maps them."""
    with db.unit() as session:
        report_scope(session)
        i = insight_in(session, InsightFilter(year), DAY)
    return (
        i.received,
        tuple((d.label, d.count, d.median, d.p90) for d in i.durations),
        (i.reopened.count, i.reopened.base),
        (i.satisfaction.count, i.satisfaction.base),
        i.repeat_submitters,
        (i.improvements.count, i.improvements.base),
        i.improvements_without_term,
        tuple((c.name, c.count, c.previous, c.rank) for c in i.top_categories),
    )


def _fast(db: Database, year: int) -> tuple[object, ...]:
    with db.unit() as session, frozen(DAY):
        report_scope(session)
        f = figures_in(session, year, DAY).insight
    return (
        f.received,
        tuple((d.label, d.count, d.median, d.p90) for d in f.durations),
        (f.reopened.count, f.reopened.base),
        (f.satisfied.count, f.satisfied.base),
        f.repeat_submitters,
        (f.improvements.count, f.improvements.base),
        f.improvements_without_term,
        tuple((c.name, c.count, c.previous, c.rank) for c in f.categories),
    )


def test_the_report_indicators_equal_insight_in(db: Database) -> None:
    build(db)
    plain = _plain(db, 2025)
    assert plain[0] > 0 and plain[4] == 2  # the world has reactions and repeat submitters
    assert _fast(db, 2025) == plain
    assert _fast(db, 2024) == _plain(db, 2024)
    set_counts_confidential(db, False)
    left_out = _plain(db, 2025)
    assert left_out != plain  # the world's confidential case counts for the indicators
    assert _fast(db, 2025) == left_out


def test_repeat_submitters_equal_the_union_find_groups() -> None:
    rng = random.Random(16)
    names = ["Anna de Vries", " anna  DE vries", "Piet Jansen", "", "Eva"]
    mails = ["a@example.org", "A@Example.org ", "p@example.org", "", ""]
    codes = ["1234 AB", "1234ab", "5611 XY", "", ""]
    for _ in range(200):
        rows = [(rng.choice(names), rng.choice(mails), rng.choice(codes))
                for _ in range(rng.randint(0, 40))]  # fmt: skip
        expected = sum(1 for size in submitter_groups(rows) if size >= 2)
        grouped: dict[tuple[str, str, str], int] = {}
        for row in rows:
            grouped[row] = grouped.get(row, 0) + 1
        assert repeat_submitters((*k, n) for k, n in grouped.items()) == expected


def _plain_scan(texts: list[PublicText], known: KnownPersonalData) -> list[object]:
    """Every text scanned with the full index, as before."""
    hits = []
    index = privacy._build_index(known)
    for public in texts:
        for kind, snippet, explanation in privacy._scan(public.text, index, set(), frozenset()):
            hits.append((public.reference, public.field, kind, snippet, explanation))
    return hits


def test_the_privacy_guard_finds_what_the_full_index_finds() -> None:
    known = KnownPersonalData(
        submitter_names=("Anna de Vries", "Ouder 4711", "Jan van der Berg", "Kees"),
        child_names=("Sanne de Vries", "Mo"),
        staff_names=("Ilse Willems",),
        emails=("anna@example.org", "ouder4711@example.org"),
        addresses=("Dorpsstraat 12, 1234 AB Ergens",),
        postcodes=("1234 AB", "5611XY"),
        birth_dates=(date(2020, 5, 1),),
    )
    texts = [
        PublicText("KR-1", "public_summary", "Mevrouw De Vries belde over Sanne."),
        PublicText("KR-2", "public_summary", "Ouder 4711 schreef, mail ouder4711@example.org."),
        PublicText("KR-3", "public_summary", "Mevrouw De Vries belde over Sanne."),  # again
        PublicText("KR-4", "public_measure", "Gesprek met de heer Van der Berg, Dorpsstraat 12."),
        PublicText("KR-5", "public_measure", "Postcode 5611 XY en 1234AB; Ilse was er."),
        PublicText("KR-6", "public_summary", "De ouder vroeg om een gesprek."),
    ]
    found = [(h.reference, h.field, h.kind, h.snippet, h.explanation)
             for h in scan_public_texts(texts, known)]  # fmt: skip
    assert found == _plain_scan(texts, known)
    assert {h[0] for h in found} == {"KR-1", "KR-2", "KR-3", "KR-4", "KR-5"}
