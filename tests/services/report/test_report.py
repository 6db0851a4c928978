"""The annual report service: figures from the database, the draft, the privacy guard and
the generated PDF (checked by its text, extracted with pypdf)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pypdf
import pytest
from sqlalchemy import select

from kluppluz_desk.documents.report.data import LabelCount, OrganisationFigures
from kluppluz_desk.domain.enums import EscalationBody, EscalationOutcome
from kluppluz_desk.domain.errors import ConflictError
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import frozen
from kluppluz_desk.services import cases
from kluppluz_desk.services import cases as case_records
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.demo import load_demo
from kluppluz_desk.services.report import Distribution
from kluppluz_desk.services.report import annual as report
from kluppluz_desk.services.settings import load_settings, save_settings
from kluppluz_desk.store.models import AuditEntry, ReportDraft
from tests.factories import Seeded, judge, make_case, seed

TODAY = date(2026, 3, 2)
YEAR = 2025
PRIVATE = {
    "submitter_name": "Wilhelmina Oosterhuis",
    "submitter_email": "w.oosterhuis@voorbeeld.nl",
    "submitter_phone": "06-48151623",
    "submitter_address": "Lindelaan 14",
    "submitter_postcode": "5611 AB",
    "child_name": "Jurre Oosterhuis",
    "child_birth_date": date(2019, 4, 12),
    "description": "Jurre (geboren 12-04-2019) viel van de trap; moeder belt 06-48151623.",
}


@pytest.fixture(autouse=True)
def _frozen() -> Iterator[None]:
    with frozen(TODAY):
        yield


def walk(
    db: Database,
    seeded: Seeded,
    received: date,
    *,
    ack: int | None,
    solution: int | None,
    close: int | None = None,
    satisfaction: str | None = None,
    extend: int = 0,
    **values: Any,
) -> int:
    """A case received on `received`, acknowledged `ack` days and given a solution
    `solution` days later (None: step not taken)."""
    values.setdefault("public_summary", f"Ouder meldde iets op {received:%d-%m}.")
    values.setdefault("public_measure", "Besproken in het team.")
    detail = make_case(db, seeded, received_on=received, **values)
    plan = [
        (Step.ASSIGN_HANDLER, 0, {"handler_id": seeded.staff["Marloes van Dijk"]}),
        (Step.ACKNOWLEDGE, ack, {}),
        (Step.PROPOSE_SOLUTION, solution, {"solution_text": "Voorstel."}),
        (Step.CLOSE, close, {}),
        (Step.CHECK_SATISFACTION, close and close + 1, {"satisfaction_outcome": satisfaction}),
    ]
    for step, days, extra in plan:
        if days is None or (step is Step.CHECK_SATISFACTION and satisfaction is None):
            break
        if step is Step.PROPOSE_SOLUTION and extend:
            detail = case_records.add_extension(
                db,
                case_id=detail.id,
                days=extend,
                reason="Wacht op planning.",
                decided_on=received + timedelta(days=days - 1),
            )
        if step is Step.CLOSE:
            detail = judge(db, detail)
        detail = cases.perform_step(
            db,
            case_id=detail.id,
            version=detail.version,
            step=step,
            on=received + timedelta(days=days),
            values=extra,
        )
    return detail.id


@pytest.fixture
def year_db(db: Database) -> tuple[Database, Seeded, dict[str, int]]:
    """2025: four reactions at two locations, one withdrawn, one extension, one dispute;
    2024: two reactions. Personal data only in the private fields."""
    seeded = seed(db)
    loc = seeded.locations
    cat = seeded.categories
    ids = {
        "a": walk(
            db,
            seeded,
            date(2025, 2, 3),
            ack=3,
            solution=10,
            close=12,
            satisfaction="satisfied",
            category_id=cat["Veiligheid"],
            public_summary="Ouder vroeg hoe het hek van de buitenruimte wordt gesloten.",
            public_measure="Het hek krijgt een veerslot.",
            **PRIVATE,
        ),
        # b: 25 days is late against 21, but it was extended by 7 days: on time.
        "b": walk(
            db,
            seeded,
            date(2025, 2, 20),
            ack=9,
            solution=25,
            close=30,
            satisfaction="dissatisfied",
            kind="dissatisfaction",
            extend=7,
            location_id=loc["Arnhem Centrum"],
            category_id=cat["Planning en plaatsing"],
            public_summary="Ouder wachtte lang op een plek op de groep.",
        ),
        "c": walk(
            db,
            seeded,
            date(2025, 6, 11),
            ack=2,
            solution=None,
            kind="suggestion",
            public_summary="Suggestie voor een ouderavond over slapen.",
        ),
        "d": walk(
            db,
            seeded,
            date(2025, 9, 1),
            ack=None,
            solution=None,
            kind="signal",
            location_id=loc["Arnhem Centrum"],
            public_summary="Signaal over de lunch.",
        ),
        "p1": walk(db, seeded, date(2024, 5, 1), ack=1, solution=5),
        "p2": walk(db, seeded, date(2024, 6, 1), ack=20, solution=30, kind="suggestion"),
    }
    # c: withdrawn after its acknowledgement.
    c = cases.get_case(db, ids["c"])
    cases.perform_step(
        db,
        case_id=c.id,
        version=c.version,
        step=Step.WITHDRAW,
        on=date(2025, 6, 20),
        values={"withdraw_reason": "Ouder ziet af."},
    )
    detail = case_records.add_escalation(
        db, case_id=ids["b"], submitted_on=date(2025, 4, 7), body=EscalationBody.DISPUTES_COMMITTEE
    )
    case_records.record_escalation_outcome(
        db,
        escalation_id=detail.escalations[-1].id,
        outcome=EscalationOutcome.REJECTED,
        outcome_on=date(2025, 8, 15),
    )
    with frozen(date(2025, 3, 1)):  # an improvement starts on the day it is added
        case_records.add_improvement(db, case_id=ids["a"], title="Veerslot op alle hekken")
    return db, seeded, ids


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def labels(rows: tuple[LabelCount, ...]) -> dict[str, int]:
    return {r.label: r.count for r in rows}


def test_figures_are_counted_in_sql(year_db: tuple[Database, Seeded, dict[str, int]]) -> None:
    db, _, _ = year_db
    fig = report.compute_figures(db, YEAR)
    assert fig.total == 4
    assert labels(fig.by_kind) == {
        "Klacht": 1,
        "Uiting van ongenoegen": 1,
        "Suggestie": 1,
        "Signaal": 1,
    }
    assert labels(fig.by_location) == {"Arnhem Centrum": 2, "Venetiëstraat": 2}
    assert labels(fig.by_region) == {"Arnhem": 2, "Eindhoven": 2}
    assert fig.by_month[1] == 2 and fig.by_month[5] == 1 and fig.by_month[8] == 1
    # ack: a 3 (on time), b 9 (late), c 2 (on time), d none and overdue (late).
    assert (fig.acknowledgements.on_time, fig.acknowledgements.total) == (2, 4)
    assert fig.acknowledgements.median_days == 3.0
    # solution: a 10 (on time), b 25 with 7 days' extension (on time), d overdue (late);
    # c was withdrawn before a solution: not counted.
    assert (fig.solutions.on_time, fig.solutions.total) == (2, 3)
    assert labels(fig.satisfaction) == {"Tevreden": 1, "Niet tevreden": 1}
    assert labels(fig.escalations) == {"Geschillencommissie": 1}
    assert fig.disputes.count == 1
    assert fig.disputes.outcomes == (
        "Geschil over planning en plaatsing, aangemeld in april 2025: ongegrond, "
        "afgerond in augustus 2025.",
    )
    assert fig.improvements.titles == ("Veerslot op alle hekken",)


def test_overview_withdrawn_previous_year_and_duty(
    year_db: tuple[Database, Seeded, dict[str, int]],
) -> None:
    db, _, _ = year_db
    overview = report.year_overview(db, YEAR)
    assert overview.withdrawn == 1
    assert overview.written_complaints == 2 and overview.legally_required
    assert overview.previous is not None and overview.previous.year == 2024
    assert overview.previous.total == 2 and overview.previous.disputes == 0
    assert report.year_overview(db, 2023).legally_required is False


def test_previous_year_totals_are_that_years_figures(
    year_db: tuple[Database, Seeded, dict[str, int]],
) -> None:
    """The comparison with last year counts only what it shows (issue 16), the same as
    that year's own figures, its dispute included."""
    db, _, _ = year_db
    previous = report.year_overview(db, YEAR + 1).previous
    full = report.compute_figures(db, YEAR)
    assert previous is not None and previous.year == YEAR and previous.disputes == 1
    assert (previous.total, previous.by_kind, previous.acknowledgements, previous.solutions) == (
        full.total, full.by_kind, full.acknowledgements, full.solutions,
    )  # fmt: skip


def test_report_pdf_holds_figures_appendix_and_no_personal_data(
    year_db: tuple[Database, Seeded, dict[str, int]],
) -> None:
    db, _, _ = year_db
    assert report.privacy_hits(db, YEAR) == []
    text = pdf_text(report.generate_report(db, YEAR))
    assert "Jaarverslag klantreacties 2025" in text
    assert "In 2025 is 1 geschil geregistreerd" in text or "1 geschil" in text
    assert "Geschil over planning en plaatsing" in text
    appendix = text[text.rindex("Bijlage: klantreacties per locatie") :]
    arnhem, venetie = appendix.index("Arnhem Centrum"), appendix.index("Venetiëstraat")
    assert arnhem < appendix.index("Ouder wachtte lang op een plek") < venetie
    assert arnhem < appendix.index("Signaal over de lunch") < venetie
    assert venetie < appendix.index("Ouder vroeg hoe het hek")
    assert venetie < appendix.index("Suggestie voor een ouderavond")
    assert "De indiener heeft de klantreactie ingetrokken." in appendix
    for value in (
        "Oosterhuis",
        "Wilhelmina",
        "Jurre",
        "voorbeeld.nl",
        "48151623",
        "Lindelaan",
        "5611",
        "12-04-2019",
        "KR-2025",
    ):
        assert value not in text, value


def test_privacy_guard_blocks_until_fixed_or_accepted(
    year_db: tuple[Database, Seeded, dict[str, int]],
) -> None:
    db, _, ids = year_db
    a = cases.get_case(db, ids["a"])
    cases.update_case(
        db,
        case_id=a.id,
        version=a.version,
        values={
            "public_summary": "Wilhelmina vroeg of Jurre veilig is; mail "
            "w.oosterhuis@voorbeeld.nl of bel 06-48151623.",
            "public_measure": "Dossier 111222333 is bijgewerkt.",
        },
    )
    hits = report.privacy_hits(db, YEAR)
    kinds = {h.kind for h in hits}
    assert {"naam indiener", "naam kind", "e-mailadres", "telefoonnummer", "BSN"} <= kinds
    assert {h.reference for h in hits} == {a.reference}
    with pytest.raises(report.PrivacyBlocked) as blocked:
        report.generate_report(db, YEAR)
    assert "06-48151623" in blocked.value.message
    assert len(blocked.value.hits) == len(hits)

    # Fix the summary in the case itself; accept the (fictional) number in the measure.
    a = cases.get_case(db, ids["a"])
    cases.update_case(
        db,
        case_id=a.id,
        version=a.version,
        values={"public_summary": "Ouder vroeg of haar kind veilig is."},
    )
    remaining = report.privacy_hits(db, YEAR)
    assert [h.kind for h in remaining] == ["BSN"]
    draft = report.load_draft(db, YEAR)
    draft = report.accept_hit(
        db, YEAR, remaining[0], "Intern dossiernummer, geen BSN.", draft.version
    )
    assert report.privacy_review(db, YEAR)[0].accepted is not None
    text = pdf_text(report.generate_report(db, YEAR))
    assert "Ouder vroeg of haar kind veilig is." in text
    assert "Wilhelmina" not in text and "Jurre" not in text
    with db.unit() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "report")).all()
    assert any("Intern dossiernummer" in e.new_value and e.entity_id == YEAR for e in entries)


def test_report_texts_are_scanned_too(year_db: tuple[Database, Seeded, dict[str, int]]) -> None:
    db, _, _ = year_db
    draft = report.load_draft(db, YEAR)
    texts = replace(draft.content.texts, insights="Dank aan Wilhelmina Oosterhuis.")
    report.save_draft(db, YEAR, replace(draft.content, texts=texts), draft.version)
    hits = report.privacy_hits(db, YEAR)
    assert [(h.reference, h.field) for h in hits] == [("Jaarverslag", "insights")]


def test_zero_reaction_year_still_makes_a_report(db: Database) -> None:
    seed(db)
    assert report.compute_figures(db, 2019).total == 0
    data = report.build_report_data(db, 2019)
    assert data.legally_required is False and data.appendix == ()
    text = pdf_text(report.generate_report(db, 2019))
    assert "Jaarverslag klantreacties 2019" in text
    assert "geen klantreacties" in text
    assert report.load_draft(db, 2019).has_pdf


def test_same_data_gives_the_same_pdf(year_db: tuple[Database, Seeded, dict[str, int]]) -> None:
    db, _, _ = year_db
    first = report.generate_report(db, YEAR)
    assert report.generate_report(db, YEAR) == first
    assert report.render_report(db, YEAR) == first
    assert report.report_pdf(db, YEAR) == first


def test_draft_defaults_save_conflict_and_distribution(
    year_db: tuple[Database, Seeded, dict[str, int]],
) -> None:
    db, _, _ = year_db
    settings = load_settings(db)
    save_settings(
        db, replace(settings, deadlines=replace(settings.deadlines, acknowledgement_days=5))
    )
    draft = report.load_draft(db, YEAR)
    assert draft.version == 0
    assert "5 dagen" in draft.content.texts.handling
    assert "In 2025 ontvingen wij vier klantreacties" in draft.content.texts.insights
    content = replace(draft.content, organisation=OrganisationFigures(848, 460, 105))
    saved = report.save_draft(db, YEAR, content, 0)
    assert saved.version == 1
    with pytest.raises(ConflictError):
        report.save_draft(db, YEAR, content, 0)
    stored = report.record_distribution(
        db,
        YEAR,
        Distribution({"Eindhoven": date(2026, 5, 20), "Arnhem": None}, management=date(2026, 4, 2)),
        saved.version,
    )
    with db.unit() as session:
        raw = json.loads(session.get(ReportDraft, YEAR).content)  # type: ignore[union-attr]
    assert raw["distribution"] == {
        "ggd": {"Arnhem": None, "Eindhoven": "2026-05-20"},
        "management": "2026-04-02",
        "parent_committee": None,
    }
    assert stored.content.organisation.trajectories == 848
    assert report.build_report_data(db, YEAR).organisation_figures.unique_children == 460
    # Next year starts from this year's texts.
    edited = replace(stored.content.texts, introduction="Eigen inleiding.")
    report.save_draft(db, YEAR, replace(stored.content, texts=edited), stored.version)
    assert report.load_draft(db, YEAR + 1).content.texts.introduction == "Eigen inleiding."


def test_demo_report_for_2021(sqlite_db: Database) -> None:
    load_demo(sqlite_db)
    data = report.build_report_data(sqlite_db, 2021)
    assert data.figures.total == 2
    assert [g.location for g in data.appendix] == ["KluppluZ Ulvenhout", "Venetiëstraat"]
    assert report.privacy_hits(sqlite_db, 2021) == []
    text = pdf_text(report.generate_report(sqlite_db, 2021))
    assert "KluppluZ Ulvenhout" in text and "geen geschillen" in text


def test_progress_follows_the_layout_and_changes_nothing_in_the_pdf(
    year_db: tuple[Database, Seeded, dict[str, int]],
) -> None:
    db, _, _ = year_db
    plain = report.render_report(db, 2025)
    seen: list[tuple[int, int]] = []
    followed = report.render_report(db, 2025, progress=lambda d, t: seen.append((d, t)),
                                    cancelled=lambda: False)  # fmt: skip
    assert followed == plain  # invariant mode: the same bytes
    totals = {t for _, t in seen}
    assert len(totals) == 1 and seen[-1][0] == totals.pop()  # one total, reached at the end
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # never backwards


def test_a_stopped_report_is_not_stored(year_db: tuple[Database, Seeded, dict[str, int]]) -> None:
    db, _, _ = year_db
    steps: list[int] = []

    def stop_after_ten() -> bool:
        steps.append(1)
        return len(steps) > 10  # well into the first layout pass

    with pytest.raises(report.ReportStopped, match="afgebroken. Er is niets opgeslagen"):
        report.generate_report(db, 2025, cancelled=stop_after_ten)
    assert len(steps) == 11
    assert report.report_pdf(db, 2025) is None
    assert report.generate_report(db, 2025, cancelled=lambda: False) == report.report_pdf(db, 2025)
