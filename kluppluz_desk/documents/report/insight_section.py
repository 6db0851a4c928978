"""The last section of chapter 4: the key indicators of whether complaint handling works
(ISO 10002, the Scottish Ombudsman's indicators), over ALL reactions of the year — how
long the steps took (median and 90th percentile), how often a closed reaction was
reopened, how satisfied those who answered were, how many submitters came back, whether
improvement actions were done on time, and the top categories against last year.

Counts only, never a name (repeat submitters are a number). Every sentence is a pure
function of plain numbers, so none, one, many and ties are tested without a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from ...domain.plural import days
from ...domain.plural import enumeration as _join
from ...domain.plural import number as _n  # short: it stands in every sentence
from .data import ReportData
from .insight_data import CategoryYear, InsightFigures, Share, StepDays
from .layout import Heading, figure_table, gap, styles

TITLE = "Werkt de klachtbehandeling? Kengetallen"


def _pct(share: Share) -> str:
    return f" ({share.percentage}%)" if share.percentage is not None else ""


def reopened_sentence(year: int, share: Share) -> str:
    """Reopened of the reactions closed at least once."""
    c, n = share.count, share.base
    if n == 0:
        return f"Van {year} is nog geen klantreactie afgesloten, dus ook geen heropend."
    if n == 1:
        return f"De ene afgesloten klantreactie is {'' if c else 'niet '}heropend."
    if c == 0:
        return f"Geen van de {_n(n)} afgesloten klantreacties is heropend."
    if c == n:
        return f"Alle {_n(n)} afgesloten klantreacties zijn heropend."
    verb = "is" if c == 1 else "zijn"
    return f"Van de {_n(n)} afgesloten klantreacties {verb} er {_n(c)} heropend{_pct(share)}."


def satisfaction_sentence(share: Share) -> str:
    """Satisfied of those who answered the satisfaction check (no answer is left out)."""
    c, n = share.count, share.base
    if n == 0:
        return "Niemand heeft de vraag of de afhandeling naar tevredenheid was beantwoord."
    if n == 1:
        return (
            "De ene indiener die de tevredenheidsvraag beantwoordde, was "
            f"{'' if c else 'niet '}tevreden."
        )
    who = f"{_n(n)} indieners die de tevredenheidsvraag beantwoordden,"
    if c == 0:
        return f"Geen van de {who} was tevreden."
    if c == n:
        return f"Alle {who} waren tevreden."
    verb = "was" if c == 1 else "waren"
    return f"Van de {who} {verb} er {_n(c)} tevreden{_pct(share)}."


def repeat_sentence(year: int, count: int | None) -> str:
    """How many submitters had two or more reactions: a number, never who."""
    if count is None:
        return (
            f"Hoeveel indieners in {year} meer dan één klantreactie indienden, is niet meer te "
            "tellen: na de bewaartermijn zijn hun gegevens verwijderd."
        )
    if count == 0:
        return f"Geen indiener diende in {year} meer dan één klantreactie in."
    if count == 1:
        return f"Eén indiener diende in {year} twee of meer klantreacties in."
    return f"{_n(count)} indieners dienden in {year} twee of meer klantreacties in."


def improvements_sentence(share: Share, without_term: int) -> str:
    """Improvement actions started in the year, done on or before their due date, of those
    whose term can be judged; actions without a term are named apart."""
    c, n = share.count, share.base
    if n == 0:
        first = "Er is nog geen verbeteractie waarvan de termijn te beoordelen is."
    elif n == 1:
        first = (
            "De ene verbeteractie waarvan de termijn te beoordelen is, is "
            f"{'' if c else 'niet '}op tijd afgerond."
        )
    else:
        which = f"{_n(n)} verbeteracties waarvan de termijn te beoordelen is,"
        if c == 0:
            first = f"Geen van de {which} is op tijd afgerond."
        elif c == n:
            first = f"Alle {which} zijn op tijd afgerond."
        else:
            verb = "is" if c == 1 else "zijn"
            first = f"Van de {which} {verb} er {_n(c)} op tijd afgerond{_pct(share)}."
    if without_term == 0:
        return first
    if without_term == 1:
        return f"{first} Eén verbeteractie heeft geen termijn."
    return f"{first} {_n(without_term)} verbeteracties hebben geen termijn."


def top_category_sentence(received: int, categories: Sequence[CategoryYear]) -> str:
    """Which category came up most; a tie names every tied category; a count of one is no
    "most" at all."""
    top = [c for c in categories if c.rank == 1]
    if not top:
        return ""
    count = top[0].count
    # Quoted as the label reads, as chapter 3 does: "gezondheid en hygiëne en informatie"
    # would read as three categories (issue 14.7).
    names = [f"‘{c.name}’" for c in top]
    if count == 1:
        if received == 1:
            return f"De ene klantreactie ging over {names[0]}."
        return "Geen categorie kwam vaker dan één keer voor."
    if len(top) == 1:
        return f"De meeste klantreacties gingen over {names[0]} ({_n(count)})."
    return f"De meeste klantreacties gingen over {_join(names)}: elk {_n(count)}."


def _durations_table(steps: Sequence[StepDays], width: float) -> list[Flowable]:
    rows = [(s.label, _n(s.count), days(s.median), days(s.p90)) for s in steps]
    return [
        figure_table(
            ["Dagen vanaf ontvangst tot", "Aantal", "Mediaan", "90e percentiel"],
            rows,
            [0.40 * width, 0.14 * width, 0.18 * width, 0.20 * width],
        ),
        gap(8),
    ]


def _categories_table(year: int, cats: Sequence[CategoryYear], width: float) -> list[Flowable]:
    def diff(c: CategoryYear) -> str:
        change = c.count - c.previous
        return f"{change:+d}".replace("-", "−") if change else "0"

    rows = [(c.name, str(c.rank), _n(c.count), _n(c.previous), diff(c)) for c in cats]
    return [
        figure_table(
            ["Meest voorkomende categorieën", "Plaats", str(year), str(year - 1), "Verschil"],
            rows,
            [0.40 * width, 0.11 * width, 0.13 * width, 0.13 * width, 0.14 * width],
        ),
        gap(8),
    ]


def insight_section(data: ReportData, width: float, number: str) -> list[Flowable]:
    """Section `number` (4.1 or 4.2) of chapter 4."""
    st = styles()
    fig: InsightFigures = data.figures.insight
    story: list[Flowable] = [
        Heading(f"{number} {TITLE}", st.h2, level=1, key="s-law-insight"),
    ]
    if fig.received == 0:
        story.append(Paragraph(
            f"In {data.year} zijn geen klantreacties ontvangen; er zijn dus geen kengetallen "
            "over de afhandeling.", st.body))  # fmt: skip
        return story
    story.append(Paragraph(
        "Deze kengetallen gaan over alle klantreacties van het jaar, niet alleen de klachten. "
        "De mediaan is de middelste doorlooptijd: de helft was sneller; binnen het 90e "
        "percentiel viel negen op de tien.", st.body))  # fmt: skip
    if any(s.count for s in fig.durations):
        story.append(KeepTogether(_durations_table(fig.durations, width)))
    else:
        story.append(Paragraph("Nog geen klantreactie heeft een stap bereikt.", st.body))
    story.append(Paragraph(" ".join((
        reopened_sentence(data.year, fig.reopened),
        satisfaction_sentence(fig.satisfied),
        repeat_sentence(data.year, fig.repeat_submitters),
        improvements_sentence(fig.improvements, fig.improvements_without_term),
    )), st.body))  # fmt: skip
    if fig.categories:
        sentence = top_category_sentence(fig.received, fig.categories)
        # The sentence and its table stay on one page: a table cut in two reads badly.
        table = _categories_table(data.year, fig.categories, width)
        story.append(KeepTogether([Paragraph(escape(sentence), st.body), *table]))
    return story
