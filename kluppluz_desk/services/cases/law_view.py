"""The law of one stored case as plain data: its regime, its judgment and what the law
still asks before the case may be closed (used by view.py, editing.py and law.py)."""

from __future__ import annotations

from ...domain.enums import OPEN_STATUSES
from ...domain.errors import ValidationError
from ...domain.judgment import JudgmentPartData, check_closable
from ...domain.regimes import derive_regime, extension_notice_due, first_term_end
from ...store.models import Case
from ..clocks import case_regime
from ..dto import LawView
from ..settings import AppSettings


def judgment_of(case: Case) -> list[JudgmentPartData]:
    return [JudgmentPartData(p.subject, p.verdict, p.reasoning) for p in case.judgment_parts]


def law_view(case: Case, settings: AppSettings) -> LawView:
    regime = case_regime(case)
    service_funding = case.service.default_funding if case.service is not None else None
    first_ends = first_term_end(
        case.received_on, settings.deadlines, regime, sum(p.days for p in case.pauses)
    )
    return LawView(
        regime=regime,
        derived_regime=derive_regime(case.funding, service_funding),
        regime_reason=case.regime_reason,
        judgment=judgment_of(case),
        measures_due_on=case.measures_due_on,
        first_term_ends=first_ends,
        extension_notice_due=extension_notice_due(
            regime,
            first_term_ends=first_ends,
            extensions=len(case.extensions),
            running=case.status in OPEN_STATUSES,
        ),
    )


def require_closable(case: Case) -> None:
    """Raise the law's Dutch objection when the case may not be closed as it is."""
    check_closable(case_regime(case), case.kind, judgment_of(case), case.measures_due_on)


def closing_reasons(case: Case) -> list[str]:
    """What the law still asks before closing (empty: nothing), for the editor's step."""
    try:
        require_closable(case)
    except ValidationError as exc:
        return [str(exc)]
    return []
