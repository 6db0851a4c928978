"""The starting master data every department needs: categories, services, the external
bodies with their public contact details, and the organisation's GGD regions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import EscalationBody, Funding
from ...store.models import Category, ExternalBody, Region, Service

CATEGORIES = (
    "Veiligheid",
    "Informatie/communicatie",
    "Pedagogisch klimaat",
    "Personeel",
    "Gezondheid en hygiëne",
    "Onderzoek en behandeling",
    "Planning en plaatsing",
    "Financiën en facturatie",
    "Accommodatie en vervoer",
    "Overig",
)

SERVICES = (
    ("Dagopvang", Funding.CHILDCARE),
    ("Buitenschoolse opvang", Funding.CHILDCARE),
    ("Ontwikkelarrangement", Funding.CHILDCARE),
    ("Onderzoek", Funding.YOUTH_CARE),
    ("Behandeling", Funding.YOUTH_CARE),
    ("Individuele begeleiding", Funding.YOUTH_CARE),
)

EXTERNAL_BODIES = (
    dict(
        code=EscalationBody.COMPLAINTS_DESK,
        name="Klachtenloket Kinderopvang",
        website="https://www.klachtenloket-kinderopvang.nl/ouders/",
        email="",
        phone="",
        address="",
        description="Gratis informatie, advies en bemiddeling voor ouders bij onvrede over "
        "de kinderopvang.",
    ),
    dict(
        code=EscalationBody.DISPUTES_COMMITTEE,
        name="De Geschillencommissie Kinderopvang",
        website="https://www.degeschillencommissie.nl/consumenten/",
        email="",
        phone="",
        address="",
        description="Onafhankelijke commissie die een bindende uitspraak doet over een geschil "
        "tussen ouder en kinderopvangorganisatie. Een geschil kan worden aangemeld tot twaalf "
        "maanden na het indienen van de klacht bij de organisatie.",
    ),
    dict(
        code=EscalationBody.AKJ,
        name="AKJ (Advies- en Klachtenbureau Jeugdzorg)",
        website="https://www.akj.nl/",
        email="info@akj.nl",
        phone="088-5551011",
        address="",
        description="Onafhankelijke vertrouwenspersonen voor ouders en jongeren bij zorg die "
        "vanuit de Jeugdwet wordt gefinancierd.",
    ),
)

REGIONS = (
    ("Eindhoven", "GGD Brabant-Zuidoost"),
    ("Arnhem", "GGD Gelderland-Midden"),
    ("Veenendaal", "GGD regio Utrecht"),
)


def seed_defaults(session: Session) -> None:
    """Add whatever of the starting lists is missing (idempotent)."""
    if not session.scalar(select(func.count()).select_from(Category)):
        session.add_all(Category(name=n, sort_order=i) for i, n in enumerate(CATEGORIES))
    if not session.scalar(select(func.count()).select_from(Service)):
        session.add_all(Service(name=n, default_funding=f) for n, f in SERVICES)
    existing = set(session.scalars(select(ExternalBody.code)))
    session.add_all(ExternalBody(**b) for b in EXTERNAL_BODIES if b["code"] not in existing)
    if not session.scalar(select(func.count()).select_from(Region)):
        session.add_all(Region(name=n, ggd_name=g) for n, g in REGIONS)
    session.flush()
