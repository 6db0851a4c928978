"""HTML e-mail bodies as readable plain text (standard library html.parser).

Good enough for what mail programs and website forms send: paragraphs and line breaks
kept, list items as "- …", links as "text (address)" when they differ, scripts, styles
and the head dropped, whitespace collapsed the way a browser does.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "section", "article", "header", "footer", "blockquote", "pre", "table",
    "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "dl", "dt", "dd",
}  # fmt: skip
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.preformatted = 0
        self.link: str | None = None
        self.link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in _BLOCK:
            self.parts.append("\n\n" if tag in ("p", "h1", "h2", "h3", "table") else "\n")
            if tag == "pre":
                self.preformatted += 1
        elif tag == "a":
            self.link = dict(attrs).get("href") or None
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "a" and self.link:
            shown = "".join(self.link_text).strip()
            target = self.link.removeprefix("mailto:")
            if target and target != shown and not target.startswith("#"):
                self.parts.append(f" ({target})")
            self.link = None
        elif tag in _BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self.preformatted = max(0, self.preformatted - 1)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if not self.preformatted:
            data = re.sub(r"\s+", " ", data)
        if self.link is not None:
            self.link_text.append(data)
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [line.strip(" \t") if "\t" not in line else line.strip() for line in text.split("\n")]
    text = "\n".join(re.sub(r"[ \t]{2,}", " ", line) for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
