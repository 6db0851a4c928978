"""Chapter 4 of the annual report: the complaints as the law counts them, and how their
handling worked under each complaint regime (Wet kinderopvang, Wkkgz, Jeugdwet).

The law names what the yearly report to the GGD is about: the *schriftelijke klachten* and
the *geschillen bij de Geschillencommissie*; the report is only required in a year that had
one of them, and the wording says which it is. Per regime the reader sees counts, never a
name: complaints, reasoned judgments, how many were upheld, decisions within the legal
term, extensions and measures within their concrete term. Regimes without complaints are
left out. Every sentence is a pure function, so none, one, many and ties are tested
without building a PDF.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ...domain.plural import enumeration as _join
from ...domain.plural import number as _n
from ...domain.plural import plural  # short: it stands in every sentence
from ..fonts import FONT
from .data import ReportData
from .law_data import LawFigures, RegimeFigures
from .layout import HEADER_GREY, RULE_GREY, Heading, gap, styles

CHAPTER = "4 Klachten volgens de wet"


def _klachten(count: int) -> str:
    return plural(count, "schriftelijke klacht", "schriftelijke klachten")


def _geschillen(count: int) -> str:
    return plural(count, "geschil", "geschillen")


def legal_counts_sentence(year: int, complaints: int, disputes: int) -> str:
    """The two counts the report to the GGD is about, named as the law names them."""
    if complaints == 0 and disputes == 0:
        return (
            f"In {year} zijn geen schriftelijke klachten ontvangen en zijn geen geschillen "
            "voorgelegd aan de Geschillencommissie."
        )
    complaint_part = (
        "zijn geen schriftelijke klachten ontvangen"
        if complaints == 0
        else f"{'is' if complaints == 1 else 'zijn'} {_klachten(complaints)} ontvangen"
    )
    dispute_part = (
        "is geen geschil voorgelegd aan de Geschillencommissie"
        if disputes == 0
        else f"{'is' if disputes == 1 else 'zijn'} {_geschillen(disputes)} voorgelegd aan "
        "de Geschillencommissie"
    )
    return f"In {year} {complaint_part} en {dispute_part}."


def duty_sentence(year: int, required: bool) -> str:
    """Whether the yearly report to the GGD is required (chapter 1 names its deadline)."""
    if required:
        return f"Daarom is een verslag aan de GGD over {year} verplicht."
    return (
        f"Daarom is een verslag aan de GGD over {year} niet verplicht; wij publiceren dit "
        "verslag uit eigen beweging."
    )


def regimes_sentence(law: LawFigures) -> str:
    """How the year's complaints divide over the regimes, largest first (ties in the fixed
    order of the regimes, each with its own count, so a tie reads as a tie)."""
    regimes = [r for r in law.regimes if r.complaints]
    if not regimes:
        return "Er zijn geen klachten om per wettelijke regeling te beschrijven."
    if len(regimes) == 1:
        only = regimes[0]
        if only.complaints == 1:
            return f"De klacht viel onder de {only.regime}."
        return f"Alle {_n(only.complaints)} klachten vielen onder de {only.regime}."
    ordered = sorted(regimes, key=lambda r: -r.complaints)  # stable: ties keep their order
    parts = [f"{_n(r.complaints)} onder de {r.regime}" for r in ordered]
    counts = {r.complaints for r in ordered}
    tie = " (evenveel)" if len(counts) == 1 else ""
    return f"Van de {_n(law.complaints)} klachten vielen er {_join(parts)}{tie}."


def judgment_sentence(f: RegimeFigures) -> str:
    """Reasoned judgments of one regime's complaints and how many were (partly) upheld."""
    n, judged, upheld = f.complaints, f.judged, f.upheld
    if judged == 0:
        # Neutral on purpose: under the Jeugdwet a closed complaint may rightly have none.
        if n == 1:
            return "Bij de klacht is geen met redenen omkleed oordeel vastgelegd."
        return f"Bij geen van de {_n(n)} klachten is een met redenen omkleed oordeel vastgelegd."
    if judged == n:
        head = (
            "De klacht kreeg een met redenen omkleed oordeel"
            if n == 1
            else f"Alle {_n(n)} klachten kregen een met redenen omkleed oordeel"
        )
    else:
        verb = "kreeg" if judged == 1 else "kregen"
        head = f"{_n(judged)} van de {_n(n)} klachten {verb} een met redenen omkleed oordeel"
    if judged == 1:
        tail = "het oordeel was (deels) gegrond" if upheld else "het oordeel was ongegrond"
    elif upheld == 0:
        tail = "geen daarvan was (deels) gegrond"
    elif upheld == judged:
        tail = "alle waren (deels) gegrond"
    else:
        tail = f"{_n(upheld)} daarvan {'was' if upheld == 1 else 'waren'} (deels) gegrond"
    return f"{head}; {tail}."


def decisions_sentence(f: RegimeFigures) -> str:
    """Decisions within the legal term, plus how often the term was extended."""
    on, counted = f.decisions_on_time, f.decisions_counted
    if counted == 0:
        first = (
            "Over de wettelijke termijn valt nog niets te zeggen: de klacht loopt nog binnen "
            "haar termijn."
            if f.complaints == 1
            else "Over de wettelijke termijn valt nog niets te zeggen: de klachten lopen nog "
            "binnen hun termijn."
        )
    elif counted == 1:
        first = (
            "Het besluit viel binnen de wettelijke termijn."
            if on
            else "Het besluit viel niet binnen de wettelijke termijn."
        )
    else:
        # "Geen van de drie viel", "één van de drie viel", "twee van de drie vielen".
        verb = "viel" if on <= 1 else "vielen"
        share = round(100 * on / counted)
        subject = "Geen van de" if on == 0 else ("Alle" if on == counted else f"{_n(on)} van de")
        first = f"{subject} {_n(counted)} besluiten {verb} binnen de wettelijke termijn ({share}%)."
    if f.extended == 0:
        return f"{first} De termijn is geen enkele keer verlengd."
    if f.extended == 1:
        return f"{first} Bij één klacht is de termijn verlengd."
    return f"{first} Bij {_n(f.extended)} klachten is de termijn verlengd."


def measures_sentence(f: RegimeFigures) -> str:
    """Measures within their concrete term; empty when none can be judged yet."""
    on, counted = f.measures_on_time, f.measures_counted
    if counted == 0:
        return ""
    if counted == 1:
        return (
            "De maatregelen bij de klacht met een concrete termijn waren binnen die termijn "
            "genomen."
            if on
            else "De maatregelen bij de klacht met een concrete termijn waren niet binnen die "
            "termijn genomen."
        )
    # "die" are the measures: plural, whatever the number of complaints.
    subject = (
        "Bij geen van de" if on == 0 else ("Bij alle" if on == counted else f"Bij {_n(on)} van de")
    )
    return (
        f"{subject} {_n(counted)} klachten met een concrete termijn voor de maatregelen "
        f"waren die binnen de termijn genomen ({round(100 * on / counted)}%)."
    )


def _share(part: int, whole: int) -> str:
    return f"{_n(part)} van {_n(whole)} ({round(100 * part / whole)}%)" if whole else "–"


def _table(law: LawFigures, width: float) -> Table:
    """Rows are the figures, columns the regimes: three regimes at most, so the long names
    of the figures get the wide first column and nothing is cut off."""
    st = styles()
    regimes = [r for r in law.regimes if r.complaints]
    rows: list[tuple[str, list[str]]] = [
        ("Klachten", [_n(r.complaints) for r in regimes]),
        ("Met redenen omkleed oordeel", [_n(r.judged) for r in regimes]),
        ("Waarvan (deels) gegrond", [_n(r.upheld) for r in regimes]),
        ("Besluit binnen de wettelijke termijn",
         [_share(r.decisions_on_time, r.decisions_counted) for r in regimes]),
        ("Termijn verlengd", [_n(r.extended) for r in regimes]),
        ("Maatregelen binnen de concrete termijn",
         [_share(r.measures_on_time, r.measures_counted) for r in regimes]),
    ]  # fmt: skip
    # Headers right-aligned over their right-aligned numbers.
    head = ParagraphStyle("law_head", parent=st.cell_bold, alignment=TA_RIGHT)
    data: list[list[Paragraph | str]] = [
        [Paragraph("Wettelijke regeling", st.cell_bold),
         *[Paragraph(escape(r.regime), head) for r in regimes]],
        *[[Paragraph(escape(label), st.cell), *cells] for label, cells in rows],
    ]  # fmt: skip
    first = 0.34 * width
    other = (width - first) / max(len(regimes), 1)
    table = Table(data, colWidths=[first, *[other] * len(regimes)], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE_GREY),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def law_chapter(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    law = data.figures.law
    story: list[Flowable] = [
        Heading(CHAPTER, st.h1, level=0, key="s-law"),
        Paragraph(
            legal_counts_sentence(data.year, law.complaints, data.figures.disputes.count)
            + " "
            + duty_sentence(data.year, data.legally_required),
            st.body,
        ),
    ]
    if not any(r.complaints for r in law.regimes):
        return story
    story += [
        Heading("4.1 Afhandeling per wettelijke regeling", st.h2, level=1, key="s-law-1"),
        Paragraph(regimes_sentence(law), st.body),
        _table(law, width),
        gap(10),
    ]
    for figures in law.regimes:
        if not figures.complaints:
            continue
        text = " ".join(
            s
            for s in (
                judgment_sentence(figures),
                decisions_sentence(figures),
                measures_sentence(figures),
            )
            if s
        )
        story.append(Paragraph(f"<b>{escape(figures.regime)}.</b> {escape(text)}", st.body))
    return story
