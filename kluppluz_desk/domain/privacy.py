"""The privacy guard for public texts (AVG): finds personal data in the texts that go into
the public annual report before it is built.

Two kinds of search:
- known personal data from the database (names of submitters and children, addresses,
  postcodes, e-mail addresses, phone numbers, children's birth dates): names are compared
  word by word, case- and diacritics-insensitively, so "ANNA DE VRIES" and "Anna de Vriés"
  both hit; a surname or first name on its own only when it is not an everyday Dutch word
  (see `common_words`), so "Ouder vraagt ..." never trips over a Mr Ouder;
- generic patterns with regular expressions: e-mail addresses, Dutch phone numbers,
  postcodes, BSNs that pass the elfproef, and "geboren op <datum>".

Public contact details (the organisation's own, AKJ's 088-5551011, info@akj.nl ...) are
passed as `allowed` and never reported. No library fits this mix of known data and Dutch
patterns better than `re`: NER packages need models and still miss phone numbers and BSNs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from . import privacy_patterns as pp
from .common_words import COMMON_WORDS
from .privacy_patterns import (
    KIND_ADDRESS,
    KIND_BIRTH_DATE,
    KIND_BSN,
    KIND_CHILD,
    KIND_EMAIL,
    KIND_PHONE,
    KIND_POSTCODE,
    KIND_STAFF,
    KIND_SUBMITTER,
)

_PARTICLES = frozenset(
    ("van", "de", "der", "den", "het", "ten", "ter", "te", "in", "t", "op", "aan", "la", "le",
     "du", "da", "von", "zu", "el", "al")
)  # fmt: skip
_TITLES: tuple[tuple[str, ...], ...] = (
    ("mevrouw",), ("mevr",), ("mw",), ("meneer",), ("mijnheer",), ("dhr",), ("de", "heer"),
    ("familie",), ("fam",), ("moeder",), ("vader",),
)  # fmt: skip
_WORD = re.compile(r"\w+")
MIN_NAME_LETTERS = 3
MIN_SURNAME_LETTERS = 4


@dataclass(frozen=True)
class KnownPersonalData:
    """Personal data the database holds about the people in the reactions."""

    submitter_names: tuple[str, ...] = ()
    child_names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    postcodes: tuple[str, ...] = ()
    birth_dates: tuple[date, ...] = ()
    # Staff members (and staff who submitted a reaction themselves): a name in a public
    # text is theirs as often as a parent's, and calls for different advice.
    staff_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class PublicText:
    """A text meant for the public report, with where it comes from."""

    reference: str
    field: str
    text: str


@dataclass(frozen=True)
class PrivacyHit:
    """Personal data found in a public text; `explanation` is shown to K&V as it is."""

    reference: str
    field: str
    kind: str
    snippet: str
    explanation: str


EXPLANATIONS = {
    KIND_SUBMITTER: "Hier staat de naam van de indiener. Schrijf 'de ouder' of 'de indiener'.",
    KIND_CHILD: "Hier staat de naam van een kind. Schrijf 'het kind' of 'de dochter/zoon'.",
    KIND_STAFF: "Hier staat de naam van een medewerker. Noem de functie, bijvoorbeeld 'de "
    "pedagogisch medewerker' of 'de locatieverantwoordelijke'.",
    KIND_ADDRESS: "Hier staat het huisadres van een betrokkene. Laat het weg.",
    KIND_POSTCODE: "Een postcode maakt een gezin vindbaar. Laat hem weg.",
    KIND_EMAIL: "Een e-mailadres hoort niet in een openbare tekst. Laat het weg.",
    KIND_PHONE: "Een telefoonnummer hoort niet in een openbare tekst. Laat het weg.",
    KIND_BSN: "Dit lijkt een burgerservicenummer (BSN). Dat mag nooit openbaar worden.",
    KIND_BIRTH_DATE: "Een geboortedatum maakt een kind herkenbaar. Laat hem weg.",
}


def fold(text: str) -> tuple[str, list[int]]:
    """Lower case without diacritics, plus for each folded character its index in `text`
    (folding can change the length: "ß" becomes "ss")."""
    if text.isascii():
        # The common case, and thousands of times faster than the per-character path.
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        decomposed = unicodedata.normalize("NFKD", char)
        for part in "".join(c for c in decomposed if not unicodedata.combining(c)).casefold():
            out.append(part)
            origin.append(index)
    return "".join(out), origin


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)[0]))


def _is_distinctive(word: str, minimum: int) -> bool:
    return len(word) >= minimum and word not in COMMON_WORDS and not word.isdigit()


def _name_phrases(name: str) -> set[tuple[str, ...]]:
    """Word sequences that point at this person: the full name, the surname with its
    particles, the surname or first name alone when distinctive, and title + surname."""
    words = _words(name)
    if not words:
        return set()
    phrases = {words}
    first, rest = words[0], words[1:]
    if _is_distinctive(first, MIN_NAME_LETTERS):
        phrases.add((first,))
    if not rest:
        return phrases
    cores = tuple(w for w in rest if w not in _PARTICLES)
    for surname in {rest, cores} - {()}:
        for title in _TITLES:
            phrases.add(title + surname)
    if any(_is_distinctive(core, MIN_SURNAME_LETTERS) for core in cores):
        phrases.add(rest)
        phrases.update((core,) for core in cores if _is_distinctive(core, MIN_SURNAME_LETTERS))
    return phrases


def _could_match(words: tuple[str, ...], present: set[str]) -> bool:
    """Whether some phrase of `_name_phrases` could lie wholly within `present`: each is
    the full name, the distinctive first name, or holds the whole surname (`rest` or its
    `cores`). A cheap test that lets through every name that can match (and a few more)."""
    if not words:
        return False
    if all(w in present for w in words):
        return True
    first, rest = words[0], words[1:]
    if first in present and _is_distinctive(first, MIN_NAME_LETTERS):
        return True
    cores = tuple(w for w in rest if w not in _PARTICLES)
    return any(s and all(w in present for w in s) for s in (rest, cores))


def _address_phrases(address: str) -> set[tuple[str, ...]]:
    """Street and house number only: a street name alone is often a location's name."""
    phrases: set[tuple[str, ...]] = set()
    for part in re.split(r"[,\n]", address):
        words = _words(part)
        if len(words) >= 2 and any(any(c.isdigit() for c in w) for w in words):
            phrases.add(words)
    return phrases


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    rank: int  # known data (0) wins over a generic pattern (1) on the same span


class _PhraseIndex:
    """Known word sequences, looked up by their first word and length: fast for thousands
    of people (one dictionary look-up per length, not a comparison per known phrase)."""

    def __init__(self) -> None:
        self._by_first: dict[str, dict[int, dict[tuple[str, ...], list[str]]]] = {}

    def add(self, phrase: tuple[str, ...], kind: str) -> None:
        by_length = self._by_first.setdefault(phrase[0], {})
        by_length.setdefault(len(phrase), {}).setdefault(phrase, []).append(kind)

    def search(self, text: str) -> list[_Found]:
        folded, origin = fold(text)
        tokens = list(_WORD.finditer(folded))
        words = [t.group() for t in tokens]
        found: list[_Found] = []
        for i, word in enumerate(words):
            by_length = self._by_first.get(word)
            if by_length is None:
                continue
            for n, phrases in by_length.items():
                kinds = phrases.get(tuple(words[i : i + n])) if i + n <= len(words) else None
                if not kinds:
                    continue
                start, end = origin[tokens[i].start()], origin[tokens[i + n - 1].end() - 1] + 1
                found += [_Found(start, end, kind, 0) for kind in kinds]
        return found


def _build_index(known: KnownPersonalData, present: set[str] | None = None) -> _PhraseIndex:
    """The known data's phrases. With `present` (every word of the texts to scan), only
    the data that can match there: a phrase matches only where all its words occur, so
    an address part, postcode or e-mail address whose words are not all in the texts, or
    a name none of whose phrases can be (`_could_match`), is left out. For a year of
    10,000 reactions that skips most of 30,000 people (issue 16)."""
    index = _PhraseIndex()

    def wanted(words: Sequence[str]) -> bool:
        return present is None or all(word in present for word in words)

    # Children first: a name that is both (parent and child share a surname) reads as child.
    for kind, names in (
        (KIND_CHILD, known.child_names),
        (KIND_SUBMITTER, known.submitter_names),
        (KIND_STAFF, known.staff_names),
    ):
        for name in names:
            if present is not None and not _could_match(_words(name), present):
                continue
            for phrase in _name_phrases(name):
                if wanted(phrase):
                    index.add(phrase, kind)
    for address in known.addresses:
        for phrase in _address_phrases(address):
            if wanted(phrase):
                index.add(phrase, KIND_ADDRESS)
    for postcode in known.postcodes:
        words = _words(postcode)
        if words and (wanted(words) or wanted(("".join(words),))):
            index.add(words, KIND_POSTCODE)
            index.add(("".join(words),), KIND_POSTCODE)
    for email in known.emails:
        words = _words(email)
        if words and wanted(words):
            index.add(words, KIND_EMAIL)
    return index


def _allowed_keys(allowed: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for item in allowed:
        keys.add(_key(item))
        phone = pp.national_phone_digits(item)
        if phone:
            keys.add(phone)
    return keys


def _key(snippet: str) -> str:
    return "".join(_WORD.findall(fold(snippet)[0]))


_NAME_KINDS = (KIND_CHILD, KIND_SUBMITTER, KIND_STAFF)
_WHOSE = {KIND_CHILD: "een kind", KIND_SUBMITTER: "een indiener", KIND_STAFF: "een medewerker"}


def _resolve(found: Sequence[_Found]) -> list[_Found]:
    """Keep the widest hit where hits overlap (a name inside an e-mail address is one hit).
    A name that belongs to several kinds of people (a child and a staff member both called
    Sanne) keeps them all, in the order of `_NAME_KINDS`, joined by "|"."""
    kept: list[_Found] = []
    for hit in sorted(found, key=lambda f: (f.start, -(f.end - f.start), f.rank)):
        if kept and hit.start < kept[-1].end:
            last = kept[-1]
            same_span = (hit.start, hit.end, hit.rank) == (last.start, last.end, last.rank)
            if same_span and hit.kind in _NAME_KINDS and hit.kind not in last.kind.split("|"):
                kinds = sorted({*last.kind.split("|"), hit.kind}, key=_NAME_KINDS.index)
                kept[-1] = _Found(last.start, last.end, "|".join(kinds), last.rank)
            continue
        kept.append(hit)
    return kept


def _label(kind: str) -> tuple[str, str]:
    """The hit's kind as K&V reads it, and the advice: one origin, or several at once."""
    kinds = kind.split("|")
    if len(kinds) == 1:
        return kind, EXPLANATIONS[kind]
    label = "naam " + " of ".join(k.removeprefix("naam ") for k in kinds)
    whose = " en van ".join(_WHOSE[k] for k in kinds)
    return label, f"Deze naam is van {whose}. Laat hem weg of noem de rol of functie."


def scan_public_texts(
    texts: Iterable[PublicText], known: KnownPersonalData, allowed: Iterable[str] = ()
) -> list[PrivacyHit]:
    """Every piece of personal data in `texts`, in text order; `allowed` lists public
    contact details (organisation, external bodies) that may appear."""
    texts = list(texts)
    distinct = {public.text for public in texts}
    present: set[str] = set()
    for text in distinct:
        present.update(_WORD.findall(fold(text)[0]))
    index = _build_index(known, present)
    allowed_keys = _allowed_keys(allowed)
    birth_dates = frozenset(known.birth_dates)
    # What a text holds depends on the text alone: each distinct text is scanned once
    # (an appendix repeats many of its summaries and measures word for word).
    found_in: dict[str, list[tuple[str, str, str]]] = {}
    hits: list[PrivacyHit] = []
    for public in texts:
        text = public.text
        found = found_in.get(text)
        if found is None:
            found = found_in[text] = _scan(text, index, allowed_keys, birth_dates)
        hits += [PrivacyHit(public.reference, public.field, *hit) for hit in found]
    return hits


def _scan(
    text: str, index: _PhraseIndex, allowed_keys: set[str], birth_dates: frozenset[date]
) -> list[tuple[str, str, str]]:
    """(kind label, snippet, explanation) of every hit in `text`, in text order."""
    found = index.search(text)
    found += [_Found(s, e, kind, 1) for s, e, kind in pp.generic_matches(text, birth_dates)]
    out = []
    for item in _resolve(found):
        snippet = text[item.start : item.end]
        phone = pp.national_phone_digits(snippet) if item.kind == KIND_PHONE else None
        if _key(snippet) in allowed_keys or (phone and phone in allowed_keys):
            continue
        label, explanation = _label(item.kind)
        out.append((label, snippet, explanation))
    return out
