"""The story of the annual report, section by section, as lists of ReportLab flowables.

Every function takes the plain `ReportData` and the frame width; none touches a canvas, so
the page template in `annual_report` only decides where pages start and what the header
and footer say. A year without reactions gets sentences, never empty tables or charts.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from ...domain.plural import days, number, plural
from .charts import CountBarsDrawing, MonthColumnsDrawing, TermsDrawing
from .data import AppendixEntry, LabelCount, ReportData, ReportFigures, TermFigures
from .entry_block import EntryBlock, line_styles
from .layout import (
    HEADER_GREY,
    RULE_GREY,
    Heading,
    figure_table,
    gap,
    inline,
    markup_flowables,
    styles,
)


def _percentage(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def no_reactions_sentence(year: int) -> str:
    return f"In {year} zijn geen klantreacties ontvangen."


def disputes_sentence(year: int, count: int) -> str:
    if count == 0:
        return f"In {year} zijn geen geschillen geregistreerd bij de Geschillencommissie."
    verb = "is" if count == 1 else "zijn"
    return (
        f"In {year} {verb} {plural(count, 'geschil', 'geschillen')} geregistreerd "
        "bij de Geschillencommissie."
    )


def cover(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Spacer(1, 3 * cm)]
    if data.logo_png:
        reader = ImageReader(BytesIO(data.logo_png))
        px_w, px_h = reader.getSize()
        scale = min(5 * cm / px_w, 4 * cm / px_h)
        story += [
            Image(BytesIO(data.logo_png), px_w * scale, px_h * scale, hAlign="LEFT"),
            Spacer(1, 1.5 * cm),
        ]
    legal = (
        "Openbaar verslag volgens de Wet kinderopvang en de Wet kwaliteit, klachten en "
        "geschillen zorg (Wkkgz)."
        if data.legally_required
        else "Dit verslag publiceren wij uit eigen beweging."
    )
    story += [
        Paragraph("Jaarverslag klantreacties", st.cover_title),
        Paragraph(str(data.year), st.cover_year),
        Paragraph(f"<b>{escape(data.organisation_name)}</b>", st.cover_text),
        Paragraph(escape(data.department), st.cover_text),
        Spacer(1, 1 * cm),
        Paragraph(legal, st.body),
    ]
    return story


def organisation(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Heading(f"1 De organisatie in {data.year}", st.h1, level=0, key="s1"),
        *markup_flowables(data.texts.introduction),
    ]
    figures = data.organisation_figures
    rows = [
        (label, number(value))
        for label, value in (
            ("Uitgevoerde trajecten", figures.trajectories),
            ("Unieke kinderen (trajecten)", figures.unique_children),
            ("Waarvan schoolonderzoeken", figures.school_assessments),
        )
        if value is not None
    ]
    if rows:
        story += [
            gap(),
            figure_table([f"Kerncijfers {data.year}", "Aantal"], rows, [0.55 * width, 0.2 * width]),
        ]
    if data.legally_required:
        story += [
            gap(10),
            Paragraph(
                "Dit verslag stellen wij op omdat de Wet kinderopvang en de Wkkgz dat vragen. Het "
                f"gaat vóór 1 juni {data.year + 1} naar de GGD in onze regio's.",
                st.body,
            ),
        ]
    return story


def handling(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Heading("2 Hoe behandelen wij klantreacties", st.h1, level=0, key="s2"),
        *markup_flowables(data.texts.handling),
    ]
    if data.texts.external_bodies.strip() or data.external_bodies:
        story += [
            Heading("2.1 Externe instanties", st.h2, level=1, key="s2-1"),
            *markup_flowables(data.texts.external_bodies),
        ]
    if data.external_bodies:
        story += [gap(), _contacts_table(data, width)]
    return story


def _contacts_table(data: ReportData, width: float) -> Flowable:
    """Name left, its contact lines right: long web and mail addresses then never wrap."""
    st = styles()
    rows: list[list[Flowable]] = [
        [Paragraph("Instantie", st.cell_bold), Paragraph("Contact", st.cell_bold)]
    ]
    for body in data.external_bodies:
        lines = [
            f"{label} {escape(value)}"
            for label, value in (
                ("website:", body.website), ("e-mail:", body.email), ("telefoon:", body.phone)
            )
            if value.strip()
        ]  # fmt: skip
        rows.append(
            [Paragraph(escape(body.name), st.cell), Paragraph("<br/>".join(lines), st.cell)]
        )
    table = Table(rows, colWidths=[0.45 * width, 0.55 * width], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _count_table(
    title: str, rows: Sequence[LabelCount], total: int, width: float
) -> list[Flowable]:
    """Label / count / share, with a total row; nothing at all when every count is zero."""
    if not rows or sum(r.count for r in rows) == 0:
        return []
    body = [(r.label, number(r.count), _percentage(r.count, total)) for r in rows]
    return [
        figure_table(
            [title, "Aantal", "Aandeel"],
            body,
            [0.5 * width, 0.15 * width, 0.15 * width],
            total=("Totaal", number(sum(r.count for r in rows)), ""),
        ),
        gap(10),
    ]


def _term_row(name: str, term: TermFigures) -> tuple[str, str, str, str, str]:
    return (
        f"{name} (binnen {term.term_days} dagen)",
        number(term.on_time),
        number(term.total),
        _percentage(term.on_time, term.total),
        days(term.median_days),
    )


def insights(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Heading(f"3 Inzichten {data.year}", st.h1, level=0, key="s3"),
        *markup_flowables(data.texts.insights),
    ]
    fig = data.figures
    if fig.total == 0:
        return [*story, Paragraph(no_reactions_sentence(data.year), st.body)]
    verb = "is" if fig.total == 1 else "zijn"
    story += [
        Heading("3.1 Aantallen", st.h2, level=1, key="s3-1"),
        Paragraph(
            f"In {data.year} {verb} "
            f"{plural(fig.total, 'klantreactie', 'klantreacties')} ontvangen.",
            st.body,
        ),
        *_count_table("Soort klantreactie", fig.by_kind, fig.total, width),
        *_count_table("Kanaal", fig.by_channel, fig.total, width),
        MonthColumnsDrawing(fig.by_month, "Ontvangen klantreacties per maand", width),
        Heading("3.2 Categorieën", st.h2, level=1, key="s3-2"),
        *_count_table("Categorie", fig.by_category, fig.total, width),
        CountBarsDrawing(fig.by_category, "Klantreacties per categorie", width,
                         other_label="Overige categorieën"),
        Heading("3.3 Locaties en regio's", st.h2, level=1, key="s3-3"),
        *_count_table("Regio", fig.by_region, fig.total, width),
        *_count_table("Locatie", fig.by_location, fig.total, width),
        CountBarsDrawing(fig.by_location, "Klantreacties per locatie", width,
                         other_label="Overige locaties"),
    ]  # fmt: skip
    story += _terms_and_follow_up(data.year, fig, width)
    if data.previous_year is not None:
        story += _comparison(data, width)
    return story


def _terms_and_follow_up(year: int, fig: ReportFigures, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Heading("3.4 Termijnen", st.h2, level=1, key="s3-4")]
    if fig.acknowledgements.total or fig.solutions.total:
        story += [
            figure_table(
                ["Termijn", "Op tijd", "Totaal", "Op tijd (%)", "Mediaan"],
                [
                    _term_row("Ontvangstbevestiging", fig.acknowledgements),
                    _term_row("Oplossing voorgesteld", fig.solutions),
                ],
                [0.42 * width, 0.12 * width, 0.12 * width, 0.14 * width, 0.16 * width],
            ),
            gap(10),
            TermsDrawing(fig.acknowledgements, fig.solutions, "Termijnen gehaald", width),
        ]
    else:
        story.append(Paragraph("Er zijn nog geen termijnen om te beoordelen.", st.body))
    story.append(Heading("3.5 Tevredenheid en escalaties", st.h2, level=1, key="s3-5"))
    satisfaction_total = sum(r.count for r in fig.satisfaction)
    if satisfaction_total:
        story += _count_table("Uitkomst tevredenheidscheck", fig.satisfaction,
                              satisfaction_total, width)  # fmt: skip
    else:
        story.append(Paragraph("Er zijn geen tevredenheidschecks vastgelegd.", st.body))
    escalation_total = sum(r.count for r in fig.escalations)
    if escalation_total:
        story += _count_table("Voorgelegd aan", fig.escalations, escalation_total, width)
    else:
        story.append(
            Paragraph(
                f"In {year} is geen klantreactie voorgelegd aan een externe instantie.", st.body
            )  # fmt: skip
        )
    story.append(Heading("3.6 Verbeteracties", st.h2, level=1, key="s3-6"))
    count = fig.improvements.count
    if count == 0:
        story.append(Paragraph(f"In {year} zijn geen verbeteracties gestart.", st.body))
    else:
        verb = "is" if count == 1 else "zijn"
        story.append(Paragraph(
            f"Naar aanleiding van klantreacties {verb} "
            f"{plural(count, 'verbeteractie', 'verbeteracties')} gestart:", st.body))  # fmt: skip
        story += [Paragraph(inline(t), st.bullet, bulletText="•") for t in fig.improvements.titles]
    return story


def _comparison(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    prev = data.previous_year
    assert prev is not None
    fig = data.figures

    def diff(now: int, then: int) -> str:
        return f"{now - then:+d}".replace("-", "−") if now != then else "0"

    previous_by_kind = {r.label: r.count for r in prev.by_kind}
    rows = [("Klantreacties totaal", number(prev.total), number(fig.total),
             diff(fig.total, prev.total))]  # fmt: skip
    labels = [r.label for r in fig.by_kind] + [
        label for label in previous_by_kind if label not in {r.label for r in fig.by_kind}
    ]
    current_by_kind = {r.label: r.count for r in fig.by_kind}
    for label in labels:
        now, then = current_by_kind.get(label, 0), previous_by_kind.get(label, 0)
        rows.append((f"– {label}", number(then), number(now), diff(now, then)))
    for name, now_term, then_term in (
        ("Ontvangstbevestiging op tijd", fig.acknowledgements, prev.acknowledgements),
        ("Oplossing op tijd", fig.solutions, prev.solutions),
    ):
        if then_term is not None:
            rows.append((name, _percentage(then_term.on_time, then_term.total),
                         _percentage(now_term.on_time, now_term.total), ""))  # fmt: skip
    if prev.disputes is not None:
        rows.append(("Geschillen", number(prev.disputes), number(fig.disputes.count),
                     diff(fig.disputes.count, prev.disputes)))  # fmt: skip
    return [
        Heading(f"3.7 Vergelijking met {prev.year}", st.h2, level=1, key="s3-7"),
        figure_table(
            ["", str(prev.year), str(data.year), "Verschil"],
            rows,
            [0.45 * width, 0.15 * width, 0.15 * width, 0.15 * width],
        ),
    ]


def disputes(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Heading(f"5 Geschillen in {data.year}", st.h1, level=0, key="s4"),
        Paragraph(disputes_sentence(data.year, data.figures.disputes.count), st.body),
    ]
    story += [
        Paragraph(inline(line), st.bullet, bulletText="•")
        for line in data.figures.disputes.outcomes
    ]
    return story


def entry_lines(entry: AppendixEntry) -> tuple[str, list[str], list[str]]:
    """An entry's category, summary lines and measure lines as markup (`EntryBlock`)."""
    summary = [inline(line) for line in entry.summary.strip().splitlines()]
    measure = [inline(line) for line in entry.measure.strip().splitlines()]
    return escape(entry.category), summary, measure or ["nog niet vastgesteld."]


def appendix(data: ReportData, width: float) -> list[Flowable]:
    st = styles()
    lines = line_styles(st.entry)
    story: list[Flowable] = [
        Heading("Bijlage: klantreacties per locatie", st.h1, level=0, key="app"),
    ]
    locations = [loc for loc in data.appendix if loc.entries]
    hidden = data.confidential_reactions
    if hidden:
        # Words only, no location or category: nothing that points to the people involved.
        word = "reactie" if hidden == 1 else "reacties"
        story.append(Paragraph(f"{hidden} vertrouwelijke {word}, niet nader beschreven.",
                               st.body))  # fmt: skip
    if not locations:
        if hidden:
            return story
        sentence = (
            no_reactions_sentence(data.year)
            if data.figures.total == 0
            else "Er zijn geen openbare beschrijvingen van klantreacties vastgelegd."
        )
        return [*story, Paragraph(sentence, st.body)]
    for index, location in enumerate(locations, start=1):
        story.append(Heading(location.location, st.h2, level=1, key=f"app-{index}"))
        for entry in location.entries:
            story.append(EntryBlock(*entry_lines(entry), st.entry, lines))
    return story
