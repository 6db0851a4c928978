"""The law of a case in its dossier: the complaint regime, the reasoned judgment per part
(verdict and reasoning) and the concrete term for the measures (Wet kinderopvang art.
1.57b), plus the Wkkgz extension notice while it is still due. A reader of the dossier (the
parent, the Geschillencommissie) sees what was judged and why, not only the letters."""

from __future__ import annotations

from ...documents.dossier import DossierField, DossierSection
from ...documents.letters.templates import dutch_date
from ...domain.enums import COMPLAINT_KINDS
from ...store.models import Case
from ..cases.law_view import law_view
from ..settings import AppSettings

TITLE = "Wet en oordeel"


def judgment_section(case: Case, settings: AppSettings) -> DossierSection:
    """One dossier section: regime, each judged part, and the measures' term."""
    law = law_view(case, settings)
    regime = law.regime.label
    if law.chosen_by_hand and law.regime_reason.strip():
        regime += f" (gekozen: {law.regime_reason.strip()})"
    fields = [DossierField("Klachtregeling", regime)]
    for number, part in enumerate(law.judgment, start=1):
        fields.append(
            DossierField(
                f"Onderdeel {number}: {part.subject}",
                f"{part.verdict.label}. {part.reasoning}",
            )
        )
    if not law.judgment:
        judged = (
            "nog geen oordeel vastgelegd" if case.kind in COMPLAINT_KINDS else "niet van toepassing"
        )
        fields.append(DossierField("Oordeel", judged))
    if law.measures_due_on is not None:
        fields.append(
            DossierField("Termijn maatregelen (uiterlijk)", dutch_date(law.measures_due_on))
        )
    elif law.regime.requires_measures_term and law.judgment:
        fields.append(DossierField("Termijn maatregelen (uiterlijk)", "niet vastgelegd"))
    if law.extension_notice_due is not None:
        fields.append(
            DossierField("Verlengingsbericht Wkkgz uiterlijk", dutch_date(law.extension_notice_due))
        )
    return DossierSection(TITLE, tuple(fields))
