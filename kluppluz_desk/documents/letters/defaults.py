"""The built-in Dutch wording of the four letter kinds (K&V may override each one).

Keys are `LetterKind` values. Every template ends with ``{{verder_na_klacht}}`` on its own:
the "where to go next" block, which disappears when the service passes an empty value.
The markup is described in `letter_templates`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TemplateText:
    """A letter template as K&V edits it: a one-line subject and a body in the markup."""

    subject: str
    body: str


_ACKNOWLEDGEMENT = TemplateText(
    subject="Ontvangstbevestiging van uw {{soort_reactie}}",
    body="""\
{{aanhef}},

Op {{datum_ontvangst}} hebben wij uw {{soort_reactie}} ontvangen over de zorg voor {{kind}} \
op locatie {{locatie}}. Dank u wel dat u dit met ons deelt. Met deze brief bevestigen wij \
dat uw bericht goed is aangekomen, en leest u hoe het verder gaat.

{{termijn_verstreken}}

**Wie behandelt uw {{soort_reactie}}?**
{{behandelaar}}, {{behandelaar_functie}}, neemt uw {{soort_reactie}} in behandeling en \
neemt binnenkort contact met u op om te horen wat er is gebeurd en wat u van ons verwacht.

**Wat kunt u van ons verwachten?**
- Samen met u zoeken wij naar een oplossing die voor u en uw kind werkt.
- Uiterlijk **{{uiterlijk_oplossing}}** doen wij u een voorstel. Hebben wij meer tijd \
nodig, dan hoort u dat vóór die datum, met de reden en een nieuwe datum. De wettelijke \
termijn voor de afhandeling is {{wettelijke_termijn}}.
- Tot slot ontvangt u een brief met ons oordeel en de afspraken die wij met u maken.

Hebt u in de tussentijd een vraag? Neem dan contact op met de afdeling Kwaliteit & \
Veiligheid via {{email_organisatie}} of {{telefoon_organisatie}} en noem ons kenmerk \
{{referentie}}.

{{verder_na_klacht}}
""",
)

_EXTENSION = TemplateText(
    subject="Meer tijd nodig voor uw {{soort_reactie}}",
    body="""\
{{aanhef}},

Op {{datum_ontvangst}} hebben wij uw {{soort_reactie}} ontvangen. {{behandelaar}}, \
{{behandelaar_functie}}, behandelt deze. Wij hadden u beloofd uiterlijk \
{{uiterlijk_oplossing}} een voorstel voor een oplossing te doen. Dat gaat ons helaas niet \
lukken. In deze brief leest u waarom, en wanneer u wel van ons hoort.

**Waarom hebben wij meer tijd nodig?**
{{reden_verlenging}}

**Wanneer hoort u van ons?**
U ontvangt uiterlijk **{{nieuwe_datum}}** ons voorstel. {{wettelijke_termijn_zin}}

Wij begrijpen dat het vervelend is om langer te moeten wachten. Wilt u intussen iets \
aanvullen of met iemand praten, neem dan contact op met {{behandelaar}} of met de afdeling \
Kwaliteit & Veiligheid via {{email_organisatie}} of {{telefoon_organisatie}}.

{{verder_na_klacht}}
""",
)

_JUDGMENT = TemplateText(
    subject="Ons oordeel over uw {{soort_reactie}} en afsluiting",
    body="""\
{{aanhef}},

Op {{datum_ontvangst}} hebben wij uw {{soort_reactie}} ontvangen over de zorg voor {{kind}} \
op locatie {{locatie}}. {{behandelaar}}, {{behandelaar_functie}}, heeft uitgezocht wat er is \
gebeurd en heeft dit met u en met de betrokken medewerkers besproken. In deze brief leest u \
ons oordeel, waarop dat oordeel berust en wat wij gaan doen.

**Ons oordeel en de redenen**

{{oordeel}}

**Wat wij gaan doen**

{{maatregelen}}

{{termijn_maatregelen_zin}}

**Afsluiting**
Met deze brief sluiten wij de behandeling van uw {{soort_reactie}} officieel af. Over een \
paar weken vragen wij u hoe u de oplossing en de afhandeling hebt ervaren. Uw antwoord helpt \
ons om beter te worden in wat wij doen.

{{verder_na_klacht}}
""",
)

_SATISFACTION = TemplateText(
    subject="Hoe hebt u de afhandeling van uw {{soort_reactie}} ervaren?",
    body="""\
{{aanhef}},

Kort geleden hebben wij de behandeling van uw {{soort_reactie}} afgesloten (ons kenmerk \
{{referentie}}). Wij willen graag van u horen of de oplossing voor u werkt en hoe u de \
afhandeling hebt ervaren. Wilt u ons daarom deze vragen beantwoorden?

- Bent u tevreden over de oplossing die wij met u hebben afgesproken?
- Zijn wij de afspraken nagekomen?
- Hoe was de afhandeling voor u: voelde u zich gehoord, en hielden wij u op tijd en \
duidelijk op de hoogte?
- Wat kunnen wij een volgende keer beter doen?

U kunt uw antwoorden vóór {{reageren_voor}} mailen naar {{email_organisatie}} of \
telefonisch doorgeven via {{telefoon_organisatie}}. Een paar woorden is ook welkom. Belt u \
liever niet zelf? Laat het ons weten, dan bellen wij u.

Bent u niet tevreden, dan gaan wij graag opnieuw met u in gesprek.

{{verder_na_klacht}}
""",
)

DEFAULT_TEMPLATES: dict[str, TemplateText] = {
    "acknowledgement": _ACKNOWLEDGEMENT,
    "extension": _EXTENSION,
    "judgment": _JUDGMENT,
    "satisfaction": _SATISFACTION,
}
