"""Fictional material for the demo data set: people, locations and reaction texts.

All names are invented. The two 2021 reactions follow the organisation's published annual
report in substance, retold in our own words.
"""

from __future__ import annotations

LOCATIONS = (
    # name, region, cluster
    ("Venetiëstraat", "Eindhoven", "Cluster Eindhoven-Noord"),
    ("KluppluZ Ulvenhout", "Eindhoven", "Cluster Eindhoven-Zuid"),
    ("Eindhoven Strijp", "Eindhoven", "Cluster Eindhoven-Noord"),
    ("Veldhoven De Kempen", "Eindhoven", "Cluster Eindhoven-Zuid"),
    ("Arnhem Schuytgraaf", "Arnhem", "Cluster Gelderland"),
    ("Arnhem Centrum", "Arnhem", "Cluster Gelderland"),
    ("Veenendaal Dragonder", "Veenendaal", "Cluster Utrecht"),
)

STAFF = (
    # name, role, login
    ("Wilma Hendriks", "director", "whendriks"),
    ("Ruud Kuipers", "regional_manager", "rkuipers"),
    ("Esther van den Berg", "cluster_manager", "evdberg"),
    ("Hans Peeters", "cluster_manager", "hpeeters"),
    ("Fatima El Amrani", "location_manager", "felamrani"),
    ("Bas Mulder", "location_manager", "bmulder"),
    ("Lotte de Graaf", "location_manager", "ldegraaf"),
    ("Joost Timmermans", "location_manager", "jtimmermans"),
    ("Noor Vermeulen", "quality_officer", "nvermeulen"),
    ("Sven Bosman", "support", "sbosman"),
)

FIRST_NAMES = (
    "Anouk",
    "Mark",
    "Yasmina",
    "Tim",
    "Eva",
    "Dennis",
    "Ilse",
    "Murat",
    "Sophie",
    "Bram",
    "Chantal",
    "Rik",
    "Linda",
    "Jeroen",
    "Ayşe",
    "Thijs",
    "Zoë",
    "Niels",
)
LAST_NAMES = (
    "Jansen",
    "de Boer",
    "Visser",
    "Smit",
    "Meijer",
    "Mulders",
    "Bos",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "Koç",
    "van Wijk",
    "Hoekstra",
    "Prins",
    "Çelik",
    "Schouten",
)
CHILD_NAMES = ("Daan", "Julia", "Sem", "Mila", "Levi", "Noor", "Finn", "Saar", "Luuk", "Yara")
STREETS = ("Kastanjelaan", "Dorpsstraat", "Molenweg", "Beukenhof", "Parallelweg", "Kerkstraat")

# category, internal description, public summary, public measure
TOPICS = (
    (
        "Veiligheid",
        "Ouder meldt dat de buitendeur tijdens het brengen open bleef staan.",
        "Ouder maakte zich zorgen over een buitendeur die tijdens het brengen openstond.",
        "De deur sluit nu automatisch en het team bespreekt de brengmomenten wekelijks.",
    ),
    (
        "Informatie/communicatie",
        "Ouder kreeg de uitslag van het onderzoek later dan afgesproken en zonder toelichting.",
        "Ouder ontving een uitslag later dan afgesproken en miste een toelichting.",
        "Uitslagen worden voortaan altijd in een gesprek toegelicht; de planning is aangepast.",
    ),
    (
        "Pedagogisch klimaat",
        "Ouder vindt dat er te weinig structuur is in het middagprogramma van de groep.",
        "Ouder miste structuur in het middagprogramma van de groep.",
        "Het dagritme is met pictogrammen zichtbaar gemaakt en met ouders gedeeld.",
    ),
    (
        "Personeel",
        "Ouder ervaart veel wisselende gezichten op de groep in de vakantieperiode.",
        "Ouder merkte veel wisselende begeleiders op tijdens de vakantie.",
        "Er is een vaste invalpool per cluster ingericht.",
    ),
    (
        "Gezondheid en hygiëne",
        "Ouder wijst op een lekkende kraan en vochtplek in de slaapkamer.",
        "Ouder wees op vochtproblemen in een slaapruimte.",
        "De lekkage is verholpen en het binnenklimaat wordt maandelijks gecontroleerd.",
    ),
    (
        "Onderzoek en behandeling",
        "Ouder is het niet eens met de gekozen testinstrumenten bij het onderzoek.",
        "Ouder was het niet eens met de aanpak van een onderzoek.",
        "Het onderzoeksprotocol beschrijft nu hoe de keuze van instrumenten met ouders "
        "wordt besproken.",
    ),
    (
        "Planning en plaatsing",
        "Ouder wacht al lang op een extra opvangdag en hoort niets.",
        "Ouder wachtte lang op antwoord over een extra opvangdag.",
        "Wachtlijstvragen krijgen binnen twee weken een schriftelijk antwoord.",
    ),
    (
        "Financiën en facturatie",
        "Factuur bevat twee keer dezelfde opvangdag.",
        "Een factuur bevatte een dubbel gerekende dag.",
        "De factuur is gecorrigeerd en de controle op dubbele regels is aangescherpt.",
    ),
    (
        "Accommodatie en vervoer",
        "Taxi naar de behandellocatie kwam drie keer te laat.",
        "Het vervoer naar de behandellocatie was meerdere keren te laat.",
        "Met de vervoerder zijn nieuwe afspraken gemaakt over ophaaltijden.",
    ),
    (
        "Overig",
        "Ouder stelt voor om een ouderavond over slaap te organiseren.",
        "Ouder stelde een thema-avond over slapen voor.",
        "In het najaar is een ouderavond over slaap georganiseerd.",
    ),
)

SEED_2021 = (
    dict(
        location="Venetiëstraat",
        category="Veiligheid",
        received=(2021, 4, 12),
        kind="dissatisfaction",
        channel="email",
        submitter=("Marieke Lambrechts", "marieke.lambrechts@example.org"),
        child="Evi",
        description="Moeder vraagt zich af of haar dochter, die extra kwetsbaar is, op de "
        "locatie veilig genoeg is en wil weten welke voorzorgen worden getroffen.",
        summary="Ouder vroeg zich af of de veiligheid van haar kwetsbare dochter op de locatie "
        "goed genoeg geborgd is.",
        measure="De locatieverantwoordelijke heeft meteen contact gezocht, samen met ouder "
        "afspraken gemaakt over extra maatregelen op de groep en die teruggekoppeld. Een "
        "vervolggesprek houdt de vinger aan de pols.",
    ),
    dict(
        location="KluppluZ Ulvenhout",
        category="Informatie/communicatie",
        received=(2021, 9, 6),
        kind="complaint",
        channel="letter",
        submitter=("Gert-Jan Oosterhout", "gj.oosterhout@example.org"),
        child="Stijn",
        description="Ouders erkennen de uitslag van het onderzoek niet: volgens hen zijn "
        "verkeerde instrumenten gebruikt. Zij vragen erkenning daarvan en vergoeding van een "
        "nieuw onderzoek dat zij elders hebben laten doen.",
        summary="Ouders erkenden de uitkomst van een onderzoek niet omdat naar hun mening "
        "ongeschikte instrumenten waren gebruikt; zij vroegen erkenning en vergoeding van een "
        "onderzoek elders. Het onderzoek is ongeldig verklaard en blijft in het archief.",
        measure="De regiomanager heeft het verloop achteraf onderzocht, leerpunten voor de "
        "organisatie vastgesteld en besloten de kosten te vergoeden. Voor het ongeldig verklaren "
        "van het dossier dienen ouders een schriftelijk verzoek in.",
    ),
)
