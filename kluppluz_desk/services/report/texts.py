"""Default texts of the annual report, in Dutch, for a year without last year's draft.

Light markup as in `documents.report_data.ReportTexts`: blank lines between paragraphs,
**bold**, "- " bullets. The handling text names the department's current terms; the
insights text is written from the year's own figures.
"""

from __future__ import annotations

from ...documents.report.data import ReportTexts
from ...domain.deadlines import DeadlineSettings
from ...domain.plural import enumeration
from .figures import NO_CATEGORY, YearOverview

_NUMBERS = ("geen", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
            "tien", "elf", "twaalf")  # fmt: skip


# "De meeste reacties gingen over overig" says nothing: these never count as the top category.
_VAGUE = frozenset({"Overig", NO_CATEGORY})


def spelled(count: int) -> str:
    return _NUMBERS[count] if 0 <= count < len(_NUMBERS) else f"{count:,}".replace(",", ".")


def _weeks(days: int) -> str:
    if days % 7 == 0:
        weeks = days // 7
        return f"{days} dagen ({spelled(weeks)} {'week' if weeks == 1 else 'weken'})"
    return f"{days} dagen"


def introduction_text(organisation: str, required: bool = True) -> str:
    """The opening; only a year with written complaints or disputes owes the GGD a report
    before 1 June (Wet kinderopvang), so only then does the text promise one."""
    if required:
        duty = """De Wet kinderopvang en de Wet kwaliteit, klachten en geschillen zorg (Wkkgz) \
vragen ons ieder jaar verslag te doen van de klantreacties. Dit verslag beschrijft welke \
reacties er binnenkwamen en hoe wij ze afhandelden. Het gaat over de dagopvang, de buitenschoolse \
opvang en de andere ontwikkelarrangementen. Wij bespreken het verslag met het management \
en met de oudercommissie, en sturen het vóór 1 juni naar de GGD in elke regio waar wij \
werken."""
    else:
        duty = """Dit jaar waren er geen schriftelijke klachten en geen geschillen bij de \
Geschillencommissie, dus vraagt de wet geen verslag aan de GGD. Wij maken het verslag toch: \
het beschrijft welke reacties er binnenkwamen en hoe wij ze afhandelden. Het gaat over de \
dagopvang, de buitenschoolse opvang en de andere ontwikkelarrangementen. Wij bespreken het \
verslag met het management en met de oudercommissie."""
    return f"""{organisation} begeleidt, onderzoekt en behandelt kinderen van 0 tot 18 jaar, \
in de regio Eindhoven en in Arnhem, Veenendaal en omgeving. Dat gebeurt waar het kind is: \
op school, op de kinderopvang of thuis, door een team van ervaren specialisten.

Wij willen weten wat ouders en verzorgers bezighoudt. Een vraag, een tip, een signaal of \
een uiting van onvrede: elke reactie helpt ons de zorg en de opvang **beter** te maken. Ook \
onze medewerkers vragen wij om te melden wat beter kan.

{duty}"""


def handling_text(deadlines: DeadlineSettings) -> str:
    return f"""Onvrede lossen wij het liefst samen op, daar waar zij ontstaat: in een gesprek \
tussen ouder en medewerker. Komen zij er samen niet uit, of wil een ouder, verzorger of \
relatie de reactie liever bij de organisatie melden, dan kan dat per brief, per e-mail of met \
het formulier op onze website.

De afdeling Kwaliteit & Veiligheid registreert elke reactie en legt haar voor aan de \
betrokken managers. Kan een reactie ernstige gevolgen hebben, dan horen de directeur en de \
clustermanager het meteen; de directeur bepaalt wie haar behandelt.

- Binnen **{_weeks(deadlines.acknowledgement_days)}** krijgt de indiener een schriftelijke \
ontvangstbevestiging, met de naam van de behandelaar.
- Binnen **{_weeks(deadlines.solution_days)}** na ontvangst stellen wij een oplossing voor. \
Lukt dat niet, dan hoort de indiener waarom en hoe lang het nog duurt.
- Uiterlijk binnen de wettelijke termijn van **{_weeks(deadlines.legal_days)}** is de \
reactie afgehandeld. Moeten wij die termijn verlengen, dan laten wij de indiener dat weten, \
met de reden.
- Na de afsluitbrief vragen wij of de indiener tevreden is over de oplossing en over de \
manier waarop wij de reactie behandelden.

De behandelaar legt de afspraken vast en koppelt ze terug aan Kwaliteit & Veiligheid. Waar \
een reactie laat zien dat iets in de hele organisatie beter kan, zetten wij samen met de \
directie een verbetering in gang; de oudercommissie denkt mee waar haar adviesrecht geldt."""


EXTERNAL_BODIES_TEXT = """Leidt de interne afhandeling niet tot een oplossing waar de ouder \
tevreden mee is, dan kan de ouder gratis informatie, advies en bemiddeling vragen bij het \
Klachtenloket Kinderopvang, of het geschil voorleggen aan de Geschillencommissie. Dat mag ook \
zonder eerst onze eigen regeling te doorlopen.

Wordt de zorg voor het kind betaald uit de Jeugdwet, dan kunnen ouders en jongeren terecht \
bij het AKJ (Advies- en Klachtenbureau Jeugdzorg), met een onafhankelijke vertrouwenspersoon, \
ook voor onze locaties rond Arnhem.

Op onze website staat hoe onze klantreactieregeling werkt, en ouders krijgen er bij de start \
van de opvang of begeleiding een korte uitleg over."""


def _reactions(count: int) -> str:
    return f"{spelled(count)} {'klantreactie' if count == 1 else 'klantreacties'}"


def total_sentence(overview: YearOverview) -> str:
    """How many came in, compared with last year in the same sentence: a comparison after a
    sentence about percentages would read as if it compared those."""
    total, year = overview.figures.total, overview.year
    sentence = f"In {year} ontvingen wij {_reactions(total)}"
    previous = overview.previous
    if previous is not None:
        then = previous.total
        if total == then:
            sentence += f", evenveel als in {previous.year}"
        else:
            more = "meer" if total > then else "minder"
            sentence += f", {spelled(abs(total - then))} {more} dan in {previous.year} ({then})"
    sentence += "."
    if overview.withdrawn:
        verb = "werd" if overview.withdrawn == 1 else "werden"
        sentence += f" Daarvan {verb} er {spelled(overview.withdrawn)} later ingetrokken."
    return sentence


def top_category_sentence(overview: YearOverview) -> str:
    """The category most reactions were about; a tie names every tied category (quoted,
    so "Gezondheid en hygiëne" stays one name), and when no category came up more than
    once there is no "most" to speak of. Empty when no category is meaningful."""
    named = [r for r in overview.figures.by_category if r.label not in _VAGUE and r.count]
    if not named:
        return ""
    top = max(r.count for r in named)
    tied = [r.label for r in named if r.count == top]
    if overview.figures.total == 1:
        return f"De klantreactie ging over ‘{tied[0]}’."
    if top == 1:
        if len(tied) == 1:
            return f"Eén klantreactie ging over ‘{tied[0]}’."
        return "Geen categorie kwam vaker dan één keer voor."
    if len(tied) == 1:
        return f"De meeste klantreacties ({spelled(top)}) gingen over ‘{tied[0]}’."
    quoted = [f"‘{label}’" for label in tied]
    names = enumeration(quoted)
    return (
        f"De meeste klantreacties gingen over {spelled(len(tied))} categorieën, met elk "
        f"{spelled(top)}: {names}."
    )


def terms_sentence(overview: YearOverview) -> str:
    ack = overview.figures.acknowledgements.percentage
    sol = overview.figures.solutions.percentage
    if ack is None or sol is None:
        return ""
    return (
        f"De ontvangst bevestigden wij in {ack}% van de gevallen binnen de termijn; een "
        f"oplossing stelden wij in {sol}% van de gevallen op tijd voor."
    )


def insights_text(overview: YearOverview, organisation: str) -> str:
    """A first version of the insights, from the year's figures; K&V rewrites it."""
    year = overview.year
    if overview.figures.total == 0:
        return f"""In {year} kwamen er via de klantreactieregeling geen klantreacties binnen.

Ouders bespreken wat hen bezighoudt meestal meteen op de locatie, waar het snel wordt \
opgelost. {organisation} meet de tevredenheid van ouders daarnaast op andere manieren; ook die \
uitkomsten voeden onze verbetercyclus."""
    lines = [total_sentence(overview), top_category_sentence(overview), terms_sentence(overview)]
    return (
        " ".join(line for line in lines if line)
        + """

Een klantreactie laat zien wat ouders belangrijk vinden. Wij gebruiken de lessen uit deze \
reacties om onze dienstverlening stap voor stap te verbeteren."""
    )


def default_texts(
    organisation: str, deadlines: DeadlineSettings, required: bool = True
) -> ReportTexts:
    return ReportTexts(
        introduction=introduction_text(organisation, required),
        handling=handling_text(deadlines),
        external_bodies=EXTERNAL_BODIES_TEXT,
        insights="",
    )
