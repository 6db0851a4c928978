"""The master-data lists the editor's combo boxes choose from, loaded through the service."""

from __future__ import annotations

from dataclasses import dataclass

from ...services import masterdata
from ...services.database import Database


@dataclass(frozen=True)
class RefItem:
    id: int
    name: str
    active: bool


class RefLists:
    """Locations, categories, services and staff, cached until master data changes."""

    KINDS = ("location", "category", "service", "staff")

    def __init__(self, db: Database) -> None:
        self._db = db
        self._items: dict[str, list[RefItem]] = {}

    def reload(self) -> None:
        self._items = {}

    def items(self, kind: str) -> list[RefItem]:
        if kind not in self._items:
            self._items[kind] = [
                RefItem(row.id, row.name, getattr(row, "active", True))
                for row in masterdata.list_items(self._db, kind)
            ]
        return self._items[kind]

    def name(self, kind: str, item_id: int | None) -> str:
        for item in self.items(kind):
            if item.id == item_id:
                return item.name
        return "" if item_id is None else f"#{item_id}"
