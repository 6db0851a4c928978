"""The template language of letters to parents, and the catalogue of placeholders.

K&V edits templates in a plain-text editor, so the markup is the light one of the annual
report:

- a blank line starts a new paragraph; a single line break stays a line break;
- ``**text**`` is bold (within one paragraph or one bullet);
- lines starting with ``- `` form a bullet list;
- ``{{naam}}`` is a placeholder from `PLACEHOLDERS`.

A placeholder that stands alone in its paragraph (such as ``{{oordeel}}`` or
``{{verder_na_klacht}}``) is a *block*: its value may itself hold paragraphs, bullets and
bold, and an empty value makes the paragraph disappear. Inside a sentence a value is inserted
literally: a parent called "<b>&" or "**Jan**" stays exactly that, it never becomes markup.

`validate_template` finds every mistake at once (unknown or misspelled placeholders, stray
braces, unbalanced ``**``) so the editor can refuse a template before anything is printed.
The default Dutch texts live in `defaults`; `next_steps_text` writes the "where to go
next" block from the case's funding.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import unescape
from xml.sax.saxutils import escape

from babel.dates import format_date

from ...domain.errors import ValidationError
from ...domain.text_limits import TEMPLATE_BODY
from ...domain.values import text_problem
from .data import Block, BulletBlock, ParagraphBlock, RenderedLetter
from .defaults import DEFAULT_TEMPLATES, TemplateText
from .next_steps import next_steps_text

__all__ = [
    "DEFAULT_TEMPLATES",
    "PLACEHOLDERS",
    "TemplateText",
    "dutch_date",
    "markup_blocks",
    "next_steps_text",
    "plain_text",
    "render_letter",
    "template_problems",
    "used_placeholders",
    "validate_template",
]

PLACEHOLDERS: dict[str, str] = {
    "organisatie": "Naam van de organisatie",
    "indiener": "Naam van de indiener (ouder, verzorger of relatie)",
    "aanhef": "Aanhef, bijvoorbeeld 'Geachte mevrouw Jansen' (zonder komma)",
    "kind": "Naam van het kind",
    "locatie": "Naam van de locatie",
    "dienst": "De dienst, bijvoorbeeld 'Dagopvang' of 'Behandeling'",
    "soort_reactie": "Soort klantreactie in kleine letters, bijvoorbeeld 'klacht'",
    "referentie": "Ons kenmerk van de klantreactie",
    "datum_ontvangst": "Datum waarop de klantreactie binnenkwam",
    "datum_vandaag": "Datum van de brief",
    "behandelaar": "Naam van de behandelaar",
    "behandelaar_functie": "Functie van de behandelaar",
    "uiterlijk_oplossing": "Datum waarop uiterlijk een oplossing wordt voorgesteld",
    "termijn_verstreken": "Alinea met excuses en een nieuwe datum als de brief na de termijn "
    "voor het voorstel verstuurd wordt (leeg als de termijn nog loopt)",
    "wettelijke_termijn": "De wettelijke termijn, bijvoorbeeld 'zes weken'",
    "wettelijke_termijn_zin": "Zin over de wettelijke termijn in de verlengingsbrief: 'Daarmee "
    "blijven wij binnen …', of excuses als de (verlengde) termijn al verstreken is",
    "nieuwe_datum": "Nieuwe datum voor het voorstel na verlenging",
    "reden_verlenging": "Reden van de verlenging",
    "oordeel": "Het oordeel met de redenen (mag meerdere alinea's bevatten)",
    "maatregelen": "De maatregelen die worden genomen (mag een opsomming zijn)",
    "termijn_maatregelen": "Datum waarvoor de maatregelen zijn uitgevoerd",
    "termijn_maatregelen_zin": "Zin over wanneer de maatregelen zijn uitgevoerd; na die datum: "
    "uitgevoerd, of vertraagd met een nieuwe datum",
    "reageren_voor": "Datum waarvoor de ouder kan reageren op de tevredenheidsvraag",
    "verder_na_klacht": "Blok 'Niet tevreden?': Klachtenloket en Geschillencommissie of AKJ",
    "afzender": "Naam van wie de brief ondertekent",
    "afzender_functie": "Functie van wie de brief ondertekent",
    "email_organisatie": "E-mailadres van de afdeling Kwaliteit & Veiligheid",
    "telefoon_organisatie": "Telefoonnummer van de afdeling Kwaliteit & Veiligheid",
}

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
_ALONE = re.compile(r"^\s*\{\{\s*([A-Za-z0-9_]+)\s*\}\}\s*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^\s*[-•]\s+")
_BOLD = "**"
# What is left of a placeholder with a brace too many or too few, e.g. "{{kind}" or "{naam}}".
_BROKEN = re.compile(r"\{+[\w ]*\}*|\}+")


@dataclass(frozen=True)
class _Para:
    text: str


@dataclass(frozen=True)
class _Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class _Slot:
    name: str


_Parsed = _Para | _Bullets | _Slot


def _parse(text: str, *, slots: bool) -> list[_Parsed]:
    """Split markup into paragraphs, bullet lists and (with `slots`) block placeholders."""
    parsed: list[_Parsed] = []
    for chunk in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        if not chunk.strip():
            continue
        alone = _ALONE.match(chunk)
        if slots and alone:
            parsed.append(_Slot(alone.group(1)))
            continue
        lines: list[str] = []
        bullets: list[str] = []
        for line in chunk.split("\n"):
            if _BULLET.match(line):
                if lines:
                    parsed.append(_Para("\n".join(lines)))
                    lines = []
                bullets.append(_BULLET.sub("", line).strip())
            elif line.strip():
                if bullets:
                    parsed.append(_Bullets(tuple(bullets)))
                    bullets = []
                lines.append(line.strip())
        if bullets:
            parsed.append(_Bullets(tuple(bullets)))
        if lines:
            parsed.append(_Para("\n".join(lines)))
    return parsed


def _units(parsed: Iterable[_Parsed]) -> Iterable[str]:
    """The inline units in which ** must balance: each paragraph and each bullet item."""
    for item in parsed:
        if isinstance(item, _Para):
            yield item.text
        elif isinstance(item, _Bullets):
            yield from item.items


def _snippet(text: str, at: int) -> str:
    return text[max(0, at - 15) : at + 15].replace("\n", " ").strip()


def _unit_problems(unit: str, where: str) -> list[str]:
    problems: list[str] = []
    literal = _PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), unit)
    for match in _BROKEN.finditer(literal):
        problems.append(
            f"Onjuiste plaatshouder of losse accolade '{match.group(0).strip()}' in {where}: "
            "een plaatshouder schrijft u als {{naam}}."
        )
    if literal.count(_BOLD) % 2:
        problems.append(
            f"Vetgedrukt in {where} is niet afgesloten bij '{_snippet(unit, literal.rfind(_BOLD))}'"
            ": zet ** zowel voor als na de vette tekst."
        )
    return problems


def _unknown(names: Iterable[str]) -> list[str]:
    problems: list[str] = []
    for name in dict.fromkeys(names):
        if name in PLACEHOLDERS:
            continue
        guess = difflib.get_close_matches(name.lower(), PLACEHOLDERS, n=1, cutoff=0.6)
        hint = f" Bedoelt u {{{{{guess[0]}}}}}?" if guess else ""
        problems.append(f"Onbekende plaatshouder {{{{{name}}}}}.{hint}")
    return problems


def template_problems(subject: str, body: str) -> list[str]:
    """Every mistake in a template, in Dutch, in reading order; empty when it is fine."""
    # not text, a lone surrogate or far too long: say so before parsing (a 10 MB body kept
    # the parser busy for minutes)
    wrong = [
        f"{label} {problem}."
        for label, value, limit in (("Het onderwerp", subject, 200),
                                    ("De tekst van de brief", body, TEMPLATE_BODY))
        if (problem := text_problem(value, limit))
    ]  # fmt: skip
    if wrong:
        return wrong
    problems: list[str] = []
    if not subject.strip():
        problems.append("Het onderwerp is leeg.")
    if not body.strip():
        problems.append("De tekst van de brief is leeg.")
    if "\n" in subject.strip():
        problems.append("Het onderwerp moet op één regel staan.")
    problems += _unit_problems(subject, "het onderwerp")
    parsed = _parse(body, slots=True)
    for unit in _units(parsed):
        problems += _unit_problems(unit, "de tekst")
    names = [m.group(1) for m in _PLACEHOLDER.finditer(subject + "\n" + body)]
    problems += _unknown(names)
    return problems


def validate_template(subject: str, body: str) -> None:
    """Raise `ValidationError` listing every mistake of the template; silent when fine."""
    problems = template_problems(subject, body)
    if problems:
        subject_bad = any("onderwerp" in p for p in problems)
        raise ValidationError(
            "Het sjabloon bevat fouten:\n" + "\n".join(f"• {p}" for p in problems),
            field="subject" if subject_bad else "body",
        )


def used_placeholders(subject: str, body: str) -> list[str]:
    """The placeholder names a template uses, in order of first appearance."""
    found = (m.group(1) for m in _PLACEHOLDER.finditer(subject + "\n" + body))
    return list(dict.fromkeys(found))


def _value_markup(value: str) -> str:
    return escape(value.strip()).replace("\n", "<br/>")


def _inline(unit: str, values: Mapping[str, str] | None) -> str:
    """ReportLab markup of one inline unit. Bold markers count only in the template's own
    text (never inside a value); values are escaped. With `values` None (the unit is itself
    a value), placeholders are plain text and unbalanced ** stays literal."""
    pieces = [unit] if values is None else _PLACEHOLDER.split(unit)
    if values is None and unit.count(_BOLD) % 2:
        return _value_markup(unit)
    out: list[str] = []
    bold = False
    for index, piece in enumerate(pieces):
        if index % 2:  # the split puts placeholder names at the odd positions
            out.append(_value_markup(values[piece] if values is not None else ""))
            continue
        for n, part in enumerate(piece.split(_BOLD)):
            if n:
                out.append("</b>" if bold else "<b>")
                bold = not bold
            out.append(escape(part).replace("\n", "<br/>"))
    return "".join(out)


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    return (
        stripped.startswith(_BOLD)
        and stripped.endswith(_BOLD)
        and stripped.count(_BOLD) == 2
        and "\n" not in stripped
    )


def _blocks(parsed: Sequence[_Parsed], values: Mapping[str, str] | None) -> list[Block]:
    blocks: list[Block] = []
    for item in parsed:
        if isinstance(item, _Slot):
            value = values[item.name] if values is not None else ""
            blocks += _blocks(_parse(value, slots=False), None)
        elif isinstance(item, _Bullets):
            blocks.append(BulletBlock(tuple(_inline(i, values) for i in item.items)))
        else:
            blocks.append(ParagraphBlock(_inline(item.text, values), _is_heading(item.text)))
    return blocks


def render_letter(subject: str, body: str, values: Mapping[str, str]) -> RenderedLetter:
    """Fill a template with `values` (placeholder name → plain text).

    Raises `ValidationError` when the template has mistakes or uses a placeholder for which
    `values` holds nothing (that placeholder is not available for this kind of letter).
    """
    validate_template(subject, body)
    missing = [n for n in used_placeholders(subject, body) if n not in values]
    if missing:
        listed = ", ".join(f"{{{{{n}}}}}" for n in missing)
        raise ValidationError(
            f"Het sjabloon gebruikt {listed}, maar daarvoor is bij deze brief geen gegeven "
            "beschikbaar. Haal de plaatshouder weg of kies een andere.",
            field="body",
        )
    filled_subject = _PLACEHOLDER.sub(lambda m: values[m.group(1)], subject)
    filled_subject = " ".join(filled_subject.replace(_BOLD, "").split())
    return RenderedLetter(filled_subject, tuple(_blocks(_parse(body, slots=True), values)))


def markup_blocks(text: str) -> tuple[Block, ...]:
    """Blocks of free text in the same markup without placeholders (e.g. a dossier note)."""
    return tuple(_blocks(_parse(text, slots=False), None))


def plain_text(blocks: Iterable[Block]) -> str:
    """The blocks as plain text, e.g. for the body of an e-mail."""

    def strip(markup: str) -> str:
        return unescape(re.sub(r"<[^>]+>", "", markup.replace("<br/>", "\n")))

    parts: list[str] = []
    for block in blocks:
        if isinstance(block, BulletBlock):
            parts.append("\n".join(f"- {strip(i)}" for i in block.items))
        else:
            parts.append(strip(block.markup))
    return "\n\n".join(parts)


def dutch_date(day: date) -> str:
    """A date as Dutch letters write it: "3 maart 2021"."""
    return format_date(day, "d MMMM y", locale="nl")
