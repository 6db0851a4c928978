"""The three complaint regimes the organisation works under, and the rules of each.

- Wet kinderopvang (art. 1.57b): handled as soon as possible, at the latest within six
  weeks; a written, reasoned judgment with a concrete term for the measures.
- Wkkgz (art. 17): a written decision within six weeks, extendable ONCE by at most four
  weeks, with written notice to the complainant before the first term ends; longer (or a
  second time, or later) only with the complainant's consent, which is recorded.
- Jeugdwet: the Wkkgz does not apply; the organisation's own complaints procedure (its
  terms are settings), the AKJ is the independent confidential adviser.

Every term is a setting (`DeadlineSettings`); this module says which term applies to a case
and checks an extension against the rules of its regime.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .deadlines import DeadlineSettings, add_days
from .enums import Funding, LabelledEnum
from .errors import ValidationError
from .plural import plural


class Regime(LabelledEnum):
    CHILDCARE = "childcare"  # Wet kinderopvang
    WKKGZ = "wkkgz"
    YOUTH = "youth"  # Jeugdwet

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def requires_judgment(self) -> bool:
        """A complaint under this regime cannot be closed without a reasoned judgment."""
        return self in (Regime.CHILDCARE, Regime.WKKGZ)

    @property
    def requires_measures_term(self) -> bool:
        """Wet kinderopvang: the judgment names a concrete term for the measures."""
        return self is Regime.CHILDCARE


_LABELS = {
    Regime.CHILDCARE: "Wet kinderopvang",
    Regime.WKKGZ: "Wkkgz (zorg)",
    Regime.YOUTH: "Jeugdwet (eigen klachtenregeling)",
}

_BY_FUNDING = {
    Funding.CHILDCARE: Regime.CHILDCARE,
    Funding.YOUTH_CARE: Regime.YOUTH,
    Funding.WKKGZ_CARE: Regime.WKKGZ,
}


def derive_regime(funding: Funding | None, service_funding: Funding | None = None) -> Regime:
    """The regime that follows from the case's funding (child care → Wet kinderopvang,
    Jeugdhulp → Jeugdwet, care under the Wkkgz → Wkkgz). A service that is care under the
    Wkkgz makes the case a Wkkgz case even when the funding says child care: the service
    decides which law the care falls under."""
    if service_funding is Funding.WKKGZ_CARE:
        return Regime.WKKGZ
    # A case not yet flushed has no funding: the model's default is child care.
    return _BY_FUNDING[Funding(funding or Funding.CHILDCARE)]


def effective_regime(
    chosen: Regime | None, funding: Funding | None, service_funding: Funding | None = None
) -> Regime:
    """The regime chosen by hand (with a reason) if any, else the derived one."""
    return Regime(chosen) if chosen is not None else derive_regime(funding, service_funding)


def legal_days(settings: DeadlineSettings, regime: Regime) -> int:
    return {
        Regime.CHILDCARE: settings.legal_days,
        Regime.WKKGZ: settings.wkkgz_legal_days,
        Regime.YOUTH: settings.youth_legal_days,
    }[regime]


def extension_max_days(settings: DeadlineSettings, regime: Regime) -> int:
    return {
        Regime.CHILDCARE: settings.legal_extension_max_days,
        Regime.WKKGZ: settings.wkkgz_extension_max_days,
        Regime.YOUTH: settings.youth_extension_max_days,
    }[regime]


@dataclass(frozen=True)
class PriorExtension:
    days: int
    decided_on: date
    consent: bool = False


def first_term_end(
    received_on: date, settings: DeadlineSettings, regime: Regime, paused_days: int = 0
) -> date:
    """The end of the first legal term (before any extension): the Wkkgz notice of an
    extension must be given on or before this day."""
    due = add_days(
        received_on,
        legal_days(settings, regime),
        working_days=settings.working_days,
        holidays=settings.holiday_rules,
    )
    return due + timedelta(days=paused_days)


def check_extension(
    settings: DeadlineSettings,
    regime: Regime,
    *,
    prior: list[PriorExtension],
    new_days: int,
    reason: str,
    decided_on: date,
    notified_on: date | None,
    first_term_ends: date,
    consent: bool = False,
) -> None:
    """Raise a Dutch ValidationError when the regime forbids this extension."""
    if not reason.strip():
        raise ValidationError("Geef de reden van de verlenging op.", field="reason")
    if new_days <= 0:
        raise ValidationError("Een verlenging moet minstens één dag zijn.", field="days")
    already = sum(p.days for p in prior)
    if regime is Regime.WKKGZ:
        if consent:
            return  # with the complainant's recorded consent the Wkkgz sets no limit
        if prior:
            raise ValidationError(
                "Onder de Wkkgz mag de termijn maar één keer worden verlengd; een verdere "
                "verlenging kan alleen met vastgelegde instemming van de klager.",
                field="days",
            )
        limit = settings.wkkgz_extension_max_days
        if new_days > limit:
            raise ValidationError(
                f"Onder de Wkkgz mag de termijn met ten hoogste {limit} dagen worden "
                "verlengd; langer kan alleen met vastgelegde instemming van de klager.",
                field="days",
            )
        if decided_on > first_term_ends:
            raise ValidationError(
                "De eerste termijn is op "
                f"{first_term_ends.strftime('%d-%m-%Y')} verstreken; onder de Wkkgz kan "
                "daarna alleen met vastgelegde instemming van de klager worden verlengd.",
                field="decided_on",
            )
        if notified_on is None or notified_on > first_term_ends:
            raise ValidationError(
                "Onder de Wkkgz moet de klager vóór het einde van de eerste termijn "
                f"({first_term_ends.strftime('%d-%m-%Y')}) schriftelijk over de verlenging "
                "zijn geïnformeerd; vul die datum in.",
                field="notified_on",
            )
        return
    limit = extension_max_days(settings, regime)
    if already + new_days > limit:
        left = max(limit - already, 0)
        raise ValidationError(
            f"De afhandeltermijn mag onder de {regime.label} in totaal met ten hoogste "
            f"{limit} dagen worden verlengd; er kan nog {plural(left, 'dag', 'dagen')} bij.",
            field="days",
        )


def extension_notice_due(
    regime: Regime, *, first_term_ends: date, extensions: int, running: bool
) -> date | None:
    """Wkkgz: the last day on which the written notice of an extension can be sent — the
    end of the first term — as long as it still matters: the case is running (not closed
    or withdrawn) and has no extension yet. None under the other regimes or otherwise."""
    if regime is not Regime.WKKGZ or extensions or not running:
        return None
    return first_term_ends


def extension_notice_label(due: date) -> str:
    """The Dutch name of the notice clock, e.g. on the dashboard."""
    return f"Verlengingsbericht Wkkgz uiterlijk {due.strftime('%d-%m-%Y')}"
