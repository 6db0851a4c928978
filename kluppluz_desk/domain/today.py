"""The one source of "today" for the whole program, so tests can freeze time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

_source: Callable[[], date] = date.today


def today() -> date:
    return _source()


def set_source(source: Callable[[], date]) -> None:
    global _source
    _source = source


@contextmanager
def frozen(day: date) -> Iterator[None]:
    """Within the block, today() is `day`."""
    global _source
    previous = _source
    _source = lambda: day  # noqa: E731
    try:
        yield
    finally:
        _source = previous
