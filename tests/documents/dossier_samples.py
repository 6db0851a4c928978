"""A fictional case dossier for tests and the sample picture."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kluppluz_desk.documents.dossier import (
    DossierData,
    DossierEvent,
    DossierField,
    DossierLetter,
    DossierSection,
)
from kluppluz_desk.documents.letters.pdf import build_letter_pdf

from .letter_samples import LETTERHEAD, letter


def dossier(*, with_letters: bool = True, notes: int = 3) -> DossierData:
    letters: tuple[DossierLetter, ...] = ()
    if with_letters:
        letters = (
            DossierLetter(date(2021, 3, 3), "Ontvangstbevestiging",
                          "Ontvangstbevestiging van uw klacht",
                          build_letter_pdf(letter("acknowledgement"))),
            DossierLetter(date(2021, 3, 20), "Verlenging", "Meer tijd nodig voor uw klacht", None),
            DossierLetter(date(2021, 4, 8), "Oordeel en afsluiting",
                          "Ons oordeel over uw klacht en afsluiting",
                          build_letter_pdf(letter("judgment"))),
        )  # fmt: skip
    timeline = tuple(
        DossierEvent(datetime(2021, 3, 2, 9, 30) + timedelta(hours=7 * i), "Fenna Kuĳpers",
                     f"Gesprek {i + 1} met mevrouw Brouwer-Çelik <b>&</b> de mentor van Noë.")
        for i in range(notes)
    )  # fmt: skip
    return DossierData(
        letterhead=LETTERHEAD,
        reference="KR-2021-014",
        created_on=date(2021, 5, 10),
        purpose="Voor de Geschillencommissie Kinderopvang",
        sections=(
            DossierSection(
                "Klantreactie",
                (
                    DossierField("Kenmerk", "KR-2021-014"),
                    DossierField("Soort", "Klacht"),
                    DossierField("Ontvangen op", "1 maart 2021"),
                    DossierField(
                        "Omschrijving",
                        "Noë viel op de speelplaats.\nDe ouder hoorde "
                        "dit pas de volgende dag. Kosten: € 12,50.",
                    ),
                ),
            ),
            DossierSection(
                "Indiener",
                (
                    DossierField("Naam", "Ëlla Brouwer-Çelik"),
                    DossierField("Adres", "Kastanjelaan 12\n5611 XY  EINDHOVEN"),
                    DossierField("Telefoon", ""),
                ),
            ),
        ),  # fmt: skip
        timeline=timeline,
        letters=letters,
        history=(
            DossierEvent(datetime(2021, 3, 1, 10, 0), "Ïris van Dĳk", "Klantreactie geregistreerd"),
            DossierEvent(datetime(2021, 4, 8, 16, 12), "Ïris van Dĳk", "Status: Afgesloten"),
        ),
    )
