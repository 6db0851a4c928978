"""What the wizard's pages share: the file read, the mapping being built and the last
preview. The pages see only this (never the wizard), so they do not import it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...services.register_import import Preview, RegisterMapping, SheetRows
from ..background import BackgroundRunner
from ..context import AppContext


@dataclass
class ImportState:
    ctx: AppContext
    runner: BackgroundRunner
    path: str = ""
    rows: SheetRows | None = None
    mapping: RegisterMapping = field(default_factory=RegisterMapping)
    preview: Preview | None = None
    include_present: bool = False  # also import rows that are a case already
