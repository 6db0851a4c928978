"""Reading an export file as a stream, so a 100,000-case import never holds the whole
document as Python objects (issue 16: 651 MB peak for a 150 MB file).

The file is read in chunks; each table's rows are taken one at a time by the standard
library's C scanner (`json.JSONDecoder.raw_decode`) and kept as their JSON text, packed
per block of rows and compressed in memory (about a tenth of the file). The checks and
the insert read a table again block by block (`SpooledTable`, a read-only sequence), so
at any moment only one block of rows is parsed. Nothing is written to disk: the file
holds personal data, a temporary copy would too.

Why not ijson: its per-event loop took 9.2 s just to walk the 10 million events of the
100,000-case file, and its fast C `items` reads one table per pass over the whole file
(6 s each, 20 tables). The row scanner splits the same file in one pass at C speed.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Sequence
from typing import Any, TextIO, overload

# Rows per compressed block: big enough to compress well, small enough to parse quickly.
BLOCK_ROWS = 500
CHUNK_CHARS = 1 << 20
_WHITESPACE = " \t\n\r"
_DECODER = json.JSONDecoder()


class SpooledTable(Sequence[dict[str, Any]]):
    """One table's rows as compressed blocks of JSON text, parsed again when read."""

    def __init__(self) -> None:
        self._blocks: list[bytes] = []
        self._pending: list[str] = []
        self._count = 0
        self._cached: tuple[int, list[Any]] | None = None

    def add(self, row_text: str) -> None:
        self._pending.append(row_text)
        self._count += 1
        if len(self._pending) == BLOCK_ROWS:
            self.close()

    def close(self) -> None:
        """Pack the rows not yet in a block (called when the table's list ends)."""
        if self._pending:
            text = "[" + ",".join(self._pending) + "]"
            self._blocks.append(zlib.compress(text.encode("utf-8"), 1))
            self._pending = []

    def _block(self, number: int) -> list[Any]:
        if self._cached is None or self._cached[0] != number:
            if number < len(self._blocks):
                rows = json.loads(zlib.decompress(self._blocks[number]))
            else:  # still being filled
                rows = [json.loads(text) for text in self._pending]
            self._cached = (number, rows)
        return self._cached[1]

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            out: list[dict[str, Any]] = []
            while start < stop:
                block, offset = divmod(start, BLOCK_ROWS)
                rows = self._block(block)[offset : offset + stop - start]
                out.extend(rows)
                start += len(rows)
            return out
        position = index if index >= 0 else self._count + index
        if not 0 <= position < self._count:
            raise IndexError(index)
        block, offset = divmod(position, BLOCK_ROWS)
        row: dict[str, Any] = self._block(block)[offset]
        return row

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for block in range((self._count + BLOCK_ROWS - 1) // BLOCK_ROWS):
            # Parsed here, not through the one-block cache: a pass over the table must not
            # leave its last block behind for the next reader to trip over.
            if block < len(self._blocks):
                yield from json.loads(zlib.decompress(self._blocks[block]))
            else:
                yield from (json.loads(text) for text in self._pending)


class _Scanner:
    """The top level of the document by hand, every value by the C scanner."""

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0  # newlines in the text already dropped from `buf`
        self.line_start = 0  # characters of the current line dropped from `buf`

    def _more(self, at_least: int = CHUNK_CHARS) -> bool:
        if self.eof:
            return False
        chunk = self.handle.read(max(at_least, CHUNK_CHARS))
        if not chunk:  # the buffer stays as it is: an error's position still fits it
            self.eof = True
            return False
        # Drop what is read; count its lines so an error still names the right line.
        dropped = self.buf.count("\n", 0, self.pos)
        self.lines_before += dropped
        last = self.buf.rfind("\n", 0, self.pos)
        self.line_start = self.pos - last - 1 if dropped else self.line_start + self.pos
        self.buf = self.buf[self.pos :] + chunk
        self.pos = 0
        return True

    def error(self, message: str, pos: int | None = None) -> json.JSONDecodeError:
        at = self.pos if pos is None else pos
        error = json.JSONDecodeError(message, self.buf, at)
        error.lineno = self.lines_before + self.buf.count("\n", 0, at) + 1
        newline = self.buf.rfind("\n", 0, at)
        error.colno = at - newline if newline >= 0 else self.line_start + at + 1
        return error

    def peek(self) -> str:
        """The next character that is not whitespace ('' at the end of the file)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buf) or not self._more():
                return self.buf[self.pos : self.pos + 1]

    def expect(self, char: str, message: str) -> None:
        if self.peek() != char:
            raise self.error(message)
        self.pos += 1

    def value(self) -> tuple[Any, str]:
        """The next JSON value and its text."""
        if not self.peek():
            raise self.error("Expecting value")
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # Cut off at the chunk's end: read more (doubling) and try again.
                if self._more(len(self.buf)):
                    continue
                raise self.error(exc.msg, exc.pos) from None
            if end == len(self.buf) and self._more(len(self.buf)):
                continue  # a number at the chunk's end may go on in the next chunk
            text = self.buf[self.pos : end]
            self.pos = end
            return value, text


def scan_document(handle: TextIO, table_names: frozenset[str]) -> Any:
    """The document read from `handle`: the top-level values, and each table in
    `table_names` that is a list as a `SpooledTable`. Raises json.JSONDecodeError (with
    the line and column in the file), RecursionError or ValueError as `json.loads` does."""
    scanner = _Scanner(handle)
    first = scanner.peek()
    if first != "{":
        value, _text = scanner.value()  # not an object: whatever it is, or its error
        if scanner.peek():
            raise scanner.error("Extra data")
        return value
    scanner.pos += 1
    document: dict[str, Any] = {}
    if scanner.peek() == "}":
        scanner.pos += 1
    else:
        while True:
            if scanner.peek() != '"':
                raise scanner.error("Expecting property name enclosed in double quotes")
            key, _text = scanner.value()
            scanner.expect(":", "Expecting ':' delimiter")
            if key in table_names and scanner.peek() == "[":
                document[key] = _scan_rows(scanner)
            else:
                document[key] = scanner.value()[0]
            following = scanner.peek()
            scanner.pos += 1
            if following == "}":
                break
            if following != ",":
                raise scanner.error("Expecting ',' delimiter", scanner.pos - 1)
    if scanner.peek():
        raise scanner.error("Extra data")
    return document


def _scan_rows(scanner: _Scanner) -> SpooledTable:
    table = SpooledTable()
    scanner.pos += 1  # the '['
    if scanner.peek() == "]":
        scanner.pos += 1
        return table
    while True:
        table.add(scanner.value()[1])
        following = scanner.peek()
        scanner.pos += 1
        if following == "]":
            table.close()
            return table
        if following != ",":
            raise scanner.error("Expecting ',' delimiter", scanner.pos - 1)
