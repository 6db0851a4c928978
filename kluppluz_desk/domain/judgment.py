"""The reasoned judgment as data: a verdict and its reasoning per part of a complaint.

Wet kinderopvang art. 1.57b asks for a written, *reasoned* judgment and a *concrete term*
within which measures will be taken; the Wkkgz asks for a written decision. A complaint
(kind "klacht") under either regime cannot be closed until every part has a verdict and
reasoning, and under the Wet kinderopvang until the measures' term is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .enums import LabelledEnum, ReactionKind
from .errors import ValidationError
from .regimes import Regime
from .values import check_text, describe


class Verdict(LabelledEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    REJECTED = "rejected"
    NO_JUDGMENT = "no_judgment"
    INADMISSIBLE = "inadmissible"

    @property
    def label(self) -> str:
        return _VERDICT_LABELS[self]


_VERDICT_LABELS = {
    Verdict.UPHELD: "Gegrond",
    Verdict.PARTLY_UPHELD: "Deels gegrond",
    Verdict.REJECTED: "Ongegrond",
    Verdict.NO_JUDGMENT: "Geen oordeel",
    Verdict.INADMISSIBLE: "Niet-ontvankelijk",
}

MAX_SUBJECT = 300
MAX_REASONING = 5000


@dataclass(frozen=True)
class JudgmentPartData:
    """One part of the complaint with its verdict and the reasoning behind it."""

    subject: str
    verdict: Verdict
    reasoning: str

    def checked(self, position: int) -> JudgmentPartData:
        where = f"Klachtonderdeel {position}"
        # the shared text rules first (type, lone surrogates); the limits are checked below
        subject = check_text(self.subject, f"{where}: de omschrijving", field="subject",
                             limit=None, strip=True)  # fmt: skip
        reasoning = check_text(self.reasoning, f"{where}: de motivering", field="reasoning",
                               limit=None, strip=True)  # fmt: skip
        if not subject:
            raise ValidationError(
                f"{where}: beschrijf waar het onderdeel over gaat.", field="subject"
            )
        if len(subject) > MAX_SUBJECT:
            raise ValidationError(
                f"{where}: de omschrijving is te lang (ten hoogste {MAX_SUBJECT} tekens).",
                field="subject",
            )
        if not reasoning:
            raise ValidationError(
                f"{where}: de motivering van het oordeel ontbreekt.", field="reasoning"
            )
        if len(reasoning) > MAX_REASONING:
            raise ValidationError(
                f"{where}: de motivering is te lang (ten hoogste {MAX_REASONING} tekens).",
                field="reasoning",
            )
        try:
            verdict = Verdict(self.verdict)
        except (ValueError, TypeError):
            raise ValidationError(
                f"{where}: onbekend oordeel {describe(self.verdict)}.", field="verdict"
            ) from None
        return JudgmentPartData(subject, verdict, reasoning)


def check_closable(
    regime: Regime,
    kind: ReactionKind,
    parts: list[JudgmentPartData],
    measures_due_on: date | None,
) -> None:
    """Raise a Dutch ValidationError when the law forbids closing the case as it is."""
    if kind is not ReactionKind.COMPLAINT or not regime.requires_judgment:
        return
    if not parts:
        raise ValidationError(
            f"Een klacht onder de {regime.label} kan niet worden afgesloten zonder een "
            "gemotiveerd oordeel: leg per klachtonderdeel het oordeel en de motivering vast.",
            field="judgment",
        )
    for position, part in enumerate(parts, start=1):
        part.checked(position)
    # A complaint judged niet-ontvankelijk on every part was not assessed on its merits:
    # there are no measures to take, so there is no term for them either.
    inadmissible = all(part.verdict is Verdict.INADMISSIBLE for part in parts)
    if regime.requires_measures_term and measures_due_on is None and not inadmissible:
        raise ValidationError(
            "Onder de Wet kinderopvang noemt het oordeel een concrete termijn waarbinnen "
            "maatregelen worden genomen: vul de datum in.",
            field="measures_due_on",
        )


def judgment_text(parts: list[JudgmentPartData], measures_due_on: date | None) -> str:
    """The judgment as it reads in the closure letter and the dossier (plain Dutch)."""
    if not parts:
        return ""
    lines = []
    for position, part in enumerate(parts, start=1):
        prefix = f"{position}. " if len(parts) > 1 else ""
        lines.append(f"{prefix}{part.subject}: {part.verdict.label.lower()}. {part.reasoning}")
    if measures_due_on is not None:
        lines.append(
            "De maatregelen die wij naar aanleiding van uw klacht nemen, zijn uiterlijk "
            f"{measures_due_on.strftime('%d-%m-%Y')} genomen."
        )
    return "\n\n".join(lines)
