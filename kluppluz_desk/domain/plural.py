"""Dutch singular and plural for counted words outside Qt: "1 regel", "3 regels".

The interface uses Qt's own plural forms (`tr("%n …", "", n)` with numerus translations);
CLI output, service messages and documents are Dutch text built in Python and use this.
"""

from __future__ import annotations


def plural_word(count: int, one: str, many: str) -> str:
    """`one` for exactly 1 (also -1), `many` otherwise: Dutch says "0 regels"."""
    return one if abs(count) == 1 else many


def plural(count: int, one: str, many: str) -> str:
    """The count with its word, thousands grouped the Dutch way: "1 regel", "10.000 regels"."""
    return f"{count:,}".replace(",", ".") + " " + plural_word(count, one, many)
