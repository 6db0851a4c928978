"""The demo's tour of the complaint law, whatever the dice gave the rest: a complaint under
each regime (Wet kinderopvang, Wkkgz, Jeugdwet), a Wkkgz complaint whose term was extended
with written notice before the first six weeks ended, one complaint judged niet-ontvankelijk
with its reason, measures with a concrete term (one done on time, one late, one running)
and a complaint that was closed and then reopened, with the reason on its timeline.

Seven cases, all this year and a few weeks old, so the dashboard's clocks show them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ...domain.enums import Channel, Funding, ImprovementStatus, ReactionKind
from ...domain.judgment import JudgmentPartData, Verdict
from ...domain.procedure import Step
from ...domain.today import today
from ..cases import editing as cases
from ..cases import law as case_law
from ..cases import records as case_records
from ..database import Database
from ..dto import CaseDetail

REOPEN_REASON = (
    "De ouder meldt dat de afgesproken overdracht bij het ophalen nog niet "
    "gebeurt; de afspraak wordt opnieuw met het team besproken."
)


class _Maker:
    """Registers and walks the tour's cases for one location, handler and category."""

    def __init__(self, db: Database, ids: dict[str, dict[str, int]]) -> None:
        self.db = db
        self.handler = ids["staff"]["Lotte de Graaf"]
        self.base = {
            "channel": Channel.EMAIL.value,
            "kind": ReactionKind.COMPLAINT.value,
            "location_id": ids["locations"]["Arnhem Schuytgraaf"],
            "category_id": ids["categories"]["Informatie/communicatie"],
        }

    def case(self, days_ago: int, funding: Funding, name: str, description: str) -> CaseDetail:
        return cases.register_case(
            self.db,
            values={
                **self.base,
                "funding": funding.value,
                "received_on": today() - timedelta(days=days_ago),
                "submitter_name": name,
                "description": description,
            },
        )

    def step(
        self,
        case: CaseDetail,
        step: Step,
        on: date,
        values: dict[str, Any] | None = None,
        reason: str = "",
    ) -> CaseDetail:
        return cases.perform_step(
            self.db, case_id=case.id, version=case.version, step=step,
            on=min(on, today()), values=values or {}, reason=reason,
        )  # fmt: skip

    def handle(self, case: CaseDetail, received: date, *, propose: bool = True) -> CaseDetail:
        case = self.step(case, Step.ASSIGN_HANDLER, received + timedelta(days=1),
                         {"handler_id": self.handler})  # fmt: skip
        case = self.step(case, Step.ACKNOWLEDGE, received + timedelta(days=2))
        if propose:
            solution = {"solution_text": "Gesprek met ouder en mentor; afspraken op papier."}
            case = self.step(case, Step.PROPOSE_SOLUTION, received + timedelta(days=9), solution)
        return case

    def judge(
        self, case: CaseDetail, verdict: Verdict, reasoning: str, measures_due: date | None
    ) -> CaseDetail:
        return case_law.save_judgment(
            self.db, case_id=case.id, version=case.version,
            parts=[JudgmentPartData("Informatie over de dag", verdict, reasoning)],
            measures_due_on=measures_due,
        )  # fmt: skip

    def close(self, case: CaseDetail, on: date) -> CaseDetail:
        return self.step(case, Step.CLOSE, on, {
            "public_summary": "Ouder miste informatie over de dag van het kind.",
            "public_measure": "Het team geeft bij het ophalen een korte overdracht.",
        })  # fmt: skip

    def measure(self, case: CaseDetail, title: str, due: date, status: ImprovementStatus) -> None:
        detail = case_records.add_improvement(
            self.db, case_id=case.id, title=title, owner_id=self.handler, due_on=due,
            started_on=case.fields["received_on"],
        )  # fmt: skip
        if status is not ImprovementStatus.PLANNED:
            case_records.update_improvement(
                self.db, improvement_id=detail.improvements[-1].id, status=status
            )


def law_cases(db: Database, ids: dict[str, dict[str, int]]) -> int:
    """The seven cases of the tour; returns how many were made."""
    make = _Maker(db, ids)
    now = today()
    made = 0

    # Wet kinderopvang, measures with a concrete term: done on time, late, still running.
    for days_ago, due_in, status, verdict in (
        (40, 10, ImprovementStatus.DONE, Verdict.UPHELD),
        (50, -8, ImprovementStatus.IN_PROGRESS, Verdict.PARTLY_UPHELD),
        (20, 25, ImprovementStatus.IN_PROGRESS, Verdict.UPHELD),
    ):
        received = now - timedelta(days=days_ago)
        case = make.case(days_ago, Funding.CHILDCARE, "Sanne Kramer",
                         "Ouder hoort bij het ophalen niets over de dag.")  # fmt: skip
        case = make.handle(case, received)
        due = now + timedelta(days=due_in)
        case = make.judge(case, verdict, "De overdracht bij het ophalen is niet gebeurd zoals "
                          "afgesproken; dat had wel gemoeten.", due)  # fmt: skip
        make.close(case, received + timedelta(days=14))
        make.measure(case, "Overdracht bij het ophalen in het teamoverleg", due, status)
        made += 1

    # Wet kinderopvang, niet-ontvankelijk with its reason.
    received = now - timedelta(days=30)
    case = make.handle(make.case(30, Funding.CHILDCARE, "Mark de Wit",
                                 "Ouder klaagt over de gymles op de basisschool van zijn zoon."),
                       received)  # fmt: skip
    case = make.judge(case, Verdict.INADMISSIBLE, "De klacht gaat over de basisschool, niet over "
                      "onze opvang; de ouder is naar de klachtenregeling van de school verwezen.",
                      None)  # fmt: skip
    make.close(case, received + timedelta(days=6))
    made += 1

    # Wkkgz: extended once by four weeks, with written notice before the first term ended.
    received = now - timedelta(days=35)
    case = make.handle(make.case(35, Funding.WKKGZ_CARE, "Ilse Janssen",
                                 "Ouder is het niet eens met het verslag van de behandeling."),
                       received, propose=False)  # fmt: skip
    notice = min(received + timedelta(days=30), now)
    case_records.add_extension(
        db, case_id=case.id, days=28, decided_on=notice, notified_on=notice,
        reason="Het verslag wordt met de behandelaar en de ouder samen doorgenomen.",
    )  # fmt: skip
    made += 1

    # Jeugdwet: the organisation's own complaints procedure; closed.
    received = now - timedelta(days=45)
    case = make.handle(make.case(45, Funding.YOUTH_CARE, "Youssef Amrani",
                                 "Jongere voelt zich niet gehoord in het behandelplan."),
                       received)  # fmt: skip
    make.close(case, received + timedelta(days=20))
    made += 1

    # Closed, then reopened through the real step with its reason: the reason in the history
    # and on the timeline, the first closure kept in the history.
    received = now - timedelta(days=33)
    case = make.handle(make.case(33, Funding.CHILDCARE, "Eva Bos",
                                 "Ouder krijgt de afspraken na het oudergesprek niet op papier."),
                       received)  # fmt: skip
    case = make.judge(case, Verdict.UPHELD, "De afspraken zijn niet op papier gezet; dat is "
                      "wel toegezegd.", now + timedelta(days=14))  # fmt: skip
    case = make.close(case, received + timedelta(days=12))
    make.step(case, Step.REOPEN, received + timedelta(days=25), reason=REOPEN_REASON)
    made += 1
    return made
