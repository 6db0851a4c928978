"""Dutch singular and plural for counted words outside Qt ("1 regel", "3 regels"), counts
and days the Dutch way, and Dutch enumerations ("a, b en c").

The interface uses Qt's own plural forms (`tr("%n …", "", n)` with numerus translations);
CLI output, service messages and documents are Dutch text built in Python and use this.
"""

from __future__ import annotations

from collections.abc import Sequence


def number(count: int) -> str:
    """A count with its thousands grouped the Dutch way: 10.000."""
    return f"{count:,}".replace(",", ".")


def days(value: float | None) -> str:
    """Days to one decimal, Dutch: "1 dag", "4,5 dagen", "12 dagen"; "–" when unknown."""
    if value is None:
        return "–"
    text = f"{value:.1f}".replace(".", ",").removesuffix(",0")
    return f"{text} {'dag' if text == '1' else 'dagen'}"


def plural_word(count: int, one: str, many: str) -> str:
    """`one` for exactly 1 (also -1), `many` otherwise: Dutch says "0 regels"."""
    return one if abs(count) == 1 else many


def plural(count: int, one: str, many: str) -> str:
    """The count with its word, thousands grouped the Dutch way: "1 regel", "10.000 regels"."""
    return f"{number(count)} {plural_word(count, one, many)}"


def enumeration(parts: Sequence[str]) -> str:
    """ "a", "a en b", "a, b en c" ("" for none)."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} en {parts[-1]}"
