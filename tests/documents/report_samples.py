"""Report data for tests, demos and the timing script: the 2021 facts of the seed report,
optionally blown up to any number of generated reactions (deterministic: fixed seed)."""

from __future__ import annotations

import random
from collections import Counter
from importlib import resources

from kluppluz_desk.documents.report.data import (
    AppendixEntry,
    AppendixLocation,
    DisputeFigures,
    ExternalBodyContact,
    ImprovementFigures,
    LabelCount,
    OrganisationFigures,
    PreviousYearTotals,
    ReportData,
    ReportFigures,
    ReportTexts,
    TermFigures,
)

INTRODUCTION = """KluppluZ helpt kinderen van 0 tot 18 jaar met onderzoek, behandeling en \
begeleiding, in de regio's Eindhoven, Arnhem en Veenendaal: op school, op de opvang of thuis.

Wij horen graag wat ouders bezighoudt. Elke vraag, tip of uiting van onvrede nemen wij \
serieus, omdat wij er onze dienstverlening mee **verbeteren**.

Dit verslag beschrijft welke klantreacties er binnenkwamen en hoe wij ze afhandelden."""

HANDLING = """Onvrede lossen we het liefst samen op, op de plek waar het ontstond. Lukt dat \
niet, dan kan een ouder de afdeling Kwaliteit & Veiligheid schrijven, mailen of het \
formulier op de website gebruiken.

- binnen **7 dagen** een schriftelijke ontvangstbevestiging;
- binnen **21 dagen** een voorstel voor een oplossing;
- na afronding vragen wij of de ouder tevreden is."""

EXTERNAL = """Komen we er samen niet uit, dan kunnen ouders terecht bij het Klachtenloket \
Kinderopvang of de Geschillencommissie. Voor jeugdhulp is er het AKJ."""

INSIGHTS = """Er kwamen weinig officiële klantreacties binnen. Ouders bespreken signalen \
vooral direct op de locatie."""

CATEGORIES = ("Veiligheid", "Informatie/communicatie", "Planning", "Facturatie", "Pedagogiek")
KINDS = ("Klacht", "Uiting van ongenoegen", "Verbeterpunt", "Suggestie")
CHANNELS = ("E-mail", "Websiteformulier", "Brief", "Telefoon")
REGIONS = ("Eindhoven", "Arnhem", "Veenendaal")

SEED_ENTRIES = (
    (
        "Venetiëstraat",
        AppendixEntry(
            "Veiligheid",
            "Een ouder vroeg of haar kwetsbare dochter op de locatie veilig genoeg is.",
            "De locatieverantwoordelijke sprak de ouder meteen, maakte afspraken over extra "
            "maatregelen en plant een vervolggesprek.",
        ),
    ),
    (
        "KluppluZ Ulvenhout",
        AppendixEntry(
            "Informatie/communicatie",
            "Ouders waren het niet eens met de gekozen testinstrumenten van een onderzoek en "
            "vroegen erkenning en vergoeding van een tweede onderzoek elders.",
            "De regiomanager onderzocht het proces, trok lessen voor de organisatie en "
            "vergoedt de kosten.",
        ),
    ),
)

BODIES = (
    ExternalBodyContact("Klachtenloket Kinderopvang", "www.klachtenloket-kinderopvang.nl",
                        "info@klachtenloket-kinderopvang.nl", ""),
    ExternalBodyContact("De Geschillencommissie", "www.degeschillencommissie.nl", "", ""),
    ExternalBodyContact("Advies- en Klachtenbureau Jeugdzorg (AKJ)", "www.akj.nl",
                        "info@akj.nl", "088-5551011"),
)  # fmt: skip


def _counts(labels: tuple[str, ...], values: list[str]) -> tuple[LabelCount, ...]:
    counter = Counter(values)
    return tuple(LabelCount(label, counter[label]) for label in labels)


def sample_report(
    reactions: int = 2, *, locations: int = 12, previous: bool = True, logo: bool = True
) -> ReportData:
    """`reactions` == 2 gives the seed's year; more adds generated reactions."""
    rng = random.Random(2021)
    names = ["Venetiëstraat", "KluppluZ Ulvenhout"] + [
        f"Locatie {i:02d}" for i in range(1, locations - 1)
    ]
    entries: list[tuple[str, AppendixEntry, str, str, int]] = []
    for i in range(reactions):
        if i < len(SEED_ENTRIES):
            location, entry = SEED_ENTRIES[i]
        else:
            location = rng.choice(names)
            category = rng.choice(CATEGORIES)
            entry = AppendixEntry(
                category,
                f"Reactie {i + 1}: een ouder meldt iets over {category.lower()} op de locatie.",
                f"Maatregel {i + 1}: besproken in het team en teruggekoppeld aan de ouder.",
            )
        entries.append((location, entry, rng.choice(KINDS), rng.choice(CHANNELS),
                        rng.randrange(12)))  # fmt: skip
    by_location = {name: [e[1] for e in entries if e[0] == name] for name in names}
    months = [0] * 12
    for *_, month in entries:
        months[month] += 1
    ack_on_time = max(0, reactions - reactions // 8)
    figures = ReportFigures(
        by_kind=_counts(KINDS, [e[2] for e in entries]),
        by_category=_counts(CATEGORIES, [e[1].category for e in entries]),
        by_location=tuple(LabelCount(n, len(v)) for n, v in by_location.items() if v),
        by_region=_counts(REGIONS, [REGIONS[names.index(e[0]) % 3] for e in entries]),
        by_channel=_counts(CHANNELS, [e[3] for e in entries]),
        by_month=tuple(months),
        acknowledgements=TermFigures(ack_on_time, reactions, 4.0 if reactions else None, 7),
        solutions=TermFigures(reactions - reactions // 4, reactions,
                              16.5 if reactions else None, 21),  # fmt: skip
        satisfaction=(LabelCount("Tevreden", reactions // 2),
                      LabelCount("Geen reactie", reactions - reactions // 2)),  # fmt: skip
        escalations=(LabelCount("Klachtenloket Kinderopvang", min(reactions, 1)),),
        disputes=DisputeFigures(0),
        improvements=ImprovementFigures(1 if reactions else 0,
                                        ("Nazorgafspraak na elk onderzoek",) if reactions else ()),
    )  # fmt: skip
    logo_png = (
        (resources.files("kluppluz_desk.resources") / "images" / "logo.png").read_bytes()
        if logo
        else None
    )
    return ReportData(
        year=2021,
        organisation_name="KluppluZ",
        texts=ReportTexts(INTRODUCTION, HANDLING, EXTERNAL, INSIGHTS),
        figures=figures,
        external_bodies=BODIES,
        appendix=tuple(AppendixLocation(n, tuple(v)) for n, v in by_location.items() if v),
        organisation_figures=OrganisationFigures(848, 460, 105),
        previous_year=(
            PreviousYearTotals(
                2020,
                3,
                (LabelCount("Klacht", 2), LabelCount("Suggestie", 1)),
                TermFigures(2, 3, 5.0, 7),
                TermFigures(2, 3, 20.0, 21),
                0,
            )
            if previous
            else None
        ),  # fmt: skip
        logo_png=logo_png,
    )
