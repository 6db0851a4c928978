"""The privacy guard: personal data planted in public texts is found, clean texts pass."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kluppluz_desk.domain.privacy import (
    KnownPersonalData,
    PrivacyHit,
    PublicText,
    scan_public_texts,
)
from kluppluz_desk.domain.privacy_patterns import national_phone_digits, passes_elfproef

KNOWN = KnownPersonalData(
    submitter_names=("Marieke van der Hoeven", "Karin Ouder", "Peter Bakker"),
    child_names=("Sanne Jansen-de Wit", "Zoë Kükenthal"),
    emails=("m.vdhoeven@example.nl",),
    phones=("06-11223344",),
    addresses=("Venetiëstraat 14, 5612 AB Eindhoven",),
    postcodes=("5612 AB",),
    birth_dates=(date(2016, 3, 12),),
)
PUBLIC_CONTACTS = ("088-5551011", "info@akj.nl", "040-123 45 67", "kwaliteit@kluppluz.example")

SEED_TEXTS = (
    "Ouder vraagt zich af of de veiligheid van haar kwetsbare dochter op de locatie "
    "voldoende gewaarborgd kan worden.",
    "Locatieverantwoordelijke heeft direct contact opgenomen met ouder n.a.v. deze vraag. Er "
    "zijn afspraken gemaakt welke acties er op de locatie ondernomen gaan worden en dit aan "
    "ouder teruggekoppeld. Er wordt een vervolggesprek gepland om vinger aan de pols te houden.",
    "Ouder neemt uitslag van onderzoek gedaan door KluppluZ niet aan omdat zij van mening zijn "
    "dat er verkeerde instrumenten zijn gekozen. Het onderzoek wordt door KluppluZ nietig "
    "verklaard (maar blijft nog wel in het archief bij KluppluZ).",
    "Regiomanager onderzoekt achteraf het proces en ontdekt duidelijke leerpunten voor de "
    "organisatie. Regiomanager besluit tot vergoeding van de kosten. M.b.t. nietig verklaring "
    "dossier: ouder moet hiervoor een officieel verzoek middels mail/ brief indienen.",
    "Op locatie Venetiëstraat is in 2021 een gesprek gevoerd; de ouders kregen op 3 mei 2021 "
    "antwoord. Bel voor vragen het AKJ op 088-5551011 of mail info@akj.nl.",
    "Een bakker bracht taart; de moeder vond de groep te groot. Tarief 2021: 123 euro.",
)


def scan(text: str, known: KnownPersonalData = KNOWN) -> list[PrivacyHit]:
    return scan_public_texts([PublicText("KR-2021-001", "public_summary", text)], known,
                             allowed=PUBLIC_CONTACTS)  # fmt: skip


def kinds(text: str) -> list[tuple[str, str]]:
    return [(hit.kind, hit.snippet) for hit in scan(text)]


@pytest.mark.parametrize("text", SEED_TEXTS)
def test_clean_realistic_texts_pass(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "snippet", "kind"),
    [
        ("Gesprek met Marieke van der Hoeven gehad.", "Marieke van der Hoeven", "naam indiener"),
        ("MARIEKE VAN DER HOEVEN belde.", "MARIEKE VAN DER HOEVEN", "naam indiener"),
        ("Mevrouw Van der Hoeven belde.", "Mevrouw Van der Hoeven", "naam indiener"),
        ("Hoeven was boos.", "Hoeven", "naam indiener"),
        ("Mevrouw Bakker was boos.", "Mevrouw Bakker", "naam indiener"),
        ("Karin Ouder belde.", "Karin Ouder", "naam indiener"),
        ("Zoe kwam te laat.", "Zoe", "naam kind"),
        ("ZOË KÜKENTHAL kwam te laat.", "ZOË KÜKENTHAL", "naam kind"),
        ("Kukenthal kwam te laat.", "Kukenthal", "naam kind"),
        ("Sanne viel.", "Sanne", "naam kind"),
        ("Sanne Jansen-de Wit viel.", "Sanne Jansen-de Wit", "naam kind"),
        ("Zij woont op Venetiestraat 14.", "Venetiestraat 14", "adres"),
        ("Postcode 5612ab.", "5612ab", "postcode"),
        ("Geboren op 12-03-2016 in Eindhoven.", "Geboren op 12-03-2016", "geboortedatum"),
        ("Het kind (12 maart 2016) kwam.", "12 maart 2016", "geboortedatum"),
        ("Verjaardag 2016-03-12.", "2016-03-12", "geboortedatum"),
        ("Geboortedatum: 1-2-2015.", "Geboortedatum: 1-2-2015", "geboortedatum"),
    ],
)
def test_known_personal_data_is_found(text: str, snippet: str, kind: str) -> None:
    assert (kind, snippet) in kinds(text)


def test_common_words_that_are_also_names_do_not_trip() -> None:
    assert kinds("Ouder is tevreden; de bakker en de kinderen ook. Wit en groen.") == []


@pytest.mark.parametrize(
    "phone",
    ["06-12345678", "0612345678", "+31 6 1234 5678", "+31 (0)6 12345678", "040-7654321",
     "(040) 765 43 21", "0031 40 765 4321", "06 - 12 34 56 78", "088-5551012"],
)  # fmt: skip
def test_phone_numbers_in_several_formats(phone: str) -> None:
    assert kinds(f"Bel {phone} na vijven.") == [("telefoonnummer", phone)]


@pytest.mark.parametrize("text", ["Op 12-03-2021 om 10.30 uur.", "In 2021 zijn 848 trajecten.",
                                  "Kosten 1234,56 euro.", "Bel 0800-1234."])  # fmt: skip
def test_numbers_that_are_not_personal_data(text: str) -> None:
    assert kinds(text) == []


def test_emails_postcodes_and_bsn() -> None:
    found = kinds(
        "Mail j.devries@hotmail.com of M.VDHOEVEN@example.nl, adres 1234 AB Ergens; "
        "BSN 111222333, niet 123456789."
    )
    assert found == [
        ("e-mailadres", "j.devries@hotmail.com"),
        ("e-mailadres", "M.VDHOEVEN@example.nl"),
        ("postcode", "1234 AB"),
        ("BSN", "111222333"),
    ]


def test_allow_list_keeps_public_contacts_and_nothing_else() -> None:
    text = "AKJ: 088 555 1011, info@akj.nl; K&V: 040-1234567 of kwaliteit@kluppluz.example."
    assert kinds(text) == []
    no_allow = scan_public_texts([PublicText("R", "f", text)], KNOWN)
    assert [h.kind for h in no_allow] == [
        "telefoonnummer",
        "e-mailadres",
        "telefoonnummer",
        "e-mailadres",
    ]


def test_hits_carry_reference_field_and_dutch_explanation() -> None:
    texts = [
        PublicText("KR-1", "public_summary", "Schoon."),
        PublicText("KR-2", "public_measure", "Sanne kreeg een andere groep."),
    ]
    (hit,) = scan_public_texts(texts, KNOWN)
    assert (hit.reference, hit.field, hit.kind) == ("KR-2", "public_measure", "naam kind")
    assert "kind" in hit.explanation


def test_name_inside_an_email_address_is_one_hit() -> None:
    assert kinds("Mail sanne.jansen@gmail.com") == [("e-mailadres", "sanne.jansen@gmail.com")]


def test_other_birth_dates_only_with_a_cue() -> None:
    assert kinds("Het gesprek was op 12-04-2016.") == []
    assert kinds("Het broertje, geboren 12-04-2016, ...") == [
        ("geboortedatum", "geboren 12-04-2016")
    ]


@st.composite
def valid_bsns(draw: st.DrawFn) -> str:
    digits = draw(st.lists(st.integers(0, 9), min_size=8, max_size=8))
    check = sum(w * d for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2), digits, strict=True)) % 11
    if check == 10:  # no check digit possible; one more in the 8th place makes it 1
        digits[7] = (digits[7] + 1) % 10
        check = sum(w * d for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2), digits, strict=True)) % 11
    return "".join(map(str, digits)) + str(check)


@given(valid_bsns())
def test_generated_valid_bsns_are_found(bsn: str) -> None:
    if bsn == "0" * 9:  # all zeros is never issued
        return
    assert ("BSN", bsn) in kinds(f"Het BSN is {bsn}.")
    dotted = f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    assert ("BSN", dotted) in kinds(f"Het BSN is {dotted}.")


@given(valid_bsns(), st.integers(0, 8), st.integers(1, 9))
def test_a_changed_digit_breaks_the_elfproef(bsn: str, position: int, delta: int) -> None:
    changed = bsn[:position] + str((int(bsn[position]) + delta) % 10) + bsn[position + 1 :]
    assert not passes_elfproef(changed) or not passes_elfproef(bsn)
    if passes_elfproef(bsn):
        assert ("BSN", changed) not in kinds(f"Nummer {changed}.")


@given(st.sampled_from(["Kükenthal", "Zoë Kükenthal", "Marieke van der Hoeven"]), st.data())
def test_names_match_in_any_case(name: str, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    cased = "".join(c.upper() if f else c.lower() for c, f in zip(name, flips, strict=True))
    assert any(hit.snippet == cased for hit in scan(f"Gesprek met {cased} gehad."))


def test_national_phone_digits() -> None:
    assert national_phone_digits("+31 6 1234 5678") == "0612345678"
    assert national_phone_digits("0031 (0)40 123 4567") == "0401234567"
    assert national_phone_digits("12345") is None
