"""The mapping of a register: which sheet and header row, which column is which field, and
what a register's words mean here. Saved in the settings table so next year's register
(same columns, same words) imports without questions; also read from and written to a JSON
file for `kluppluz-desk import-register --mapping`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ...domain.enums import Channel, ReactionKind
from ...domain.errors import ValidationError, describe_os_error
from ...domain.path_values import check_path
from ...domain.values import check_int, check_text
from ...store.models import Setting
from ..database import Database
from .fields import ENUMS, FIELDS_BY_NAME, norm

SETTING_KEY = "register_import_mapping"
CREATE = "+"  # a location or category value mapped to this is created on import
LEAVE_EMPTY = "-"  # a handler or service value mapped to this leaves the field empty


@dataclass(frozen=True)
class RegisterMapping:
    """Everything the import needs to know besides the file.

    `columns` maps a field name to a header text (not a column letter: next year's register
    may have a column more). `values` maps a field name to {register word (normalised) →
    enum value, existing name, or CREATE}.
    """

    sheet: str | None = None
    header_row: int | None = None  # 0-based; None: guess
    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    default_kind: str = ReactionKind.COMPLAINT.value
    default_channel: str = Channel.EMAIL.value
    region: str = ""  # the region of created locations ("" = the first one)

    def with_value(self, field_name: str, raw: str, target: str) -> RegisterMapping:
        values = {k: dict(v) for k, v in self.values.items()}
        values.setdefault(field_name, {})[norm(raw)] = target
        return replace(self, values=values)

    def value_for(self, field_name: str, raw: object) -> str | None:
        return self.values.get(field_name, {}).get(norm(raw))

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RegisterMapping:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ValidationError(f"De koppeling is geen geldig JSON ({exc}).") from None
        if not isinstance(data, dict):
            raise ValidationError("De koppeling is geen JSON-object.")
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RegisterMapping:
        columns = data.get("columns", {})
        values = data.get("values", {})
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
        ):
            raise ValidationError("De koppeling: 'columns' moet veld → kolomkop zijn.")
        unknown = sorted(set(columns) - set(FIELDS_BY_NAME))
        if unknown:
            raise ValidationError(f"De koppeling noemt onbekende velden: {', '.join(unknown)}.")
        if not isinstance(values, dict) or not all(
            isinstance(v, dict) and all(isinstance(x, str) for x in v.values())
            for v in values.values()
        ):
            raise ValidationError("De koppeling: 'values' moet veld → {waarde → keuze} zijn.")
        header_row = data.get("header_row")
        if header_row is not None and (not isinstance(header_row, int) or header_row < 0):
            raise ValidationError("De koppeling: 'header_row' moet een regelnummer zijn.")
        mapping = cls(
            sheet=data.get("sheet") if isinstance(data.get("sheet"), str) else None,
            header_row=header_row,
            columns=dict(columns),
            values={k: {norm(w): t for w, t in v.items()} for k, v in values.items()},
            default_kind=str(data.get("default_kind", ReactionKind.COMPLAINT.value)),
            default_channel=str(data.get("default_channel", Channel.EMAIL.value)),
            region=str(data.get("region", "")),
        )
        for name, enum in (("default_kind", ReactionKind), ("default_channel", Channel)):
            if getattr(mapping, name) not in {m.value for m in enum}:
                raise ValidationError(f"De koppeling: onbekende waarde voor '{name}'.")
        for name, words in mapping.values.items():
            if name in ENUMS:
                allowed = {m.value for m in ENUMS[name]}
                bad = sorted(t for t in words.values() if t not in allowed)
                if bad:
                    raise ValidationError(
                        f"De koppeling: '{', '.join(bad)}' is geen waarde voor {name}."
                    )
        return mapping


def check_mapping(mapping: Any) -> RegisterMapping:
    """A mapping as a caller gives it, checked with the shared value rules and the file's
    own rules (`from_dict`), so what is saved is read back as it was."""
    if not isinstance(mapping, RegisterMapping):
        raise ValidationError("De koppeling is onleesbaar.")
    if mapping.sheet is not None:
        check_text(mapping.sheet, "De koppeling: het tabblad", field="sheet", limit=1_000)
    if mapping.header_row is not None:
        check_int(mapping.header_row, "De koppeling: de kopregel", field="header_row",
                  low=0, high=10_000_000)  # fmt: skip
    if not isinstance(mapping.columns, dict) or not isinstance(mapping.values, dict):
        raise ValidationError("De koppeling is onleesbaar.")
    texts = [*mapping.columns, *mapping.columns.values(), *mapping.values]
    for words in mapping.values.values():
        if not isinstance(words, dict):
            raise ValidationError("De koppeling: 'values' moet veld → {waarde → keuze} zijn.")
        texts += [*words, *words.values()]
    for text in [*texts, mapping.default_kind, mapping.default_channel, mapping.region]:
        check_text(text, "De koppeling: een waarde", field="mapping", limit=10_000)
    return RegisterMapping.from_dict(json.loads(mapping.to_json()))


def read_mapping_file(path: str | Path) -> RegisterMapping:
    try:
        text = check_path(path, "De koppeling").read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(
            f"De koppeling '{path}' kan niet worden gelezen: {describe_os_error(exc)}."
        ) from None
    return RegisterMapping.from_json(text)


def load_mapping(db: Database) -> RegisterMapping | None:
    """The mapping remembered from the last import, if any."""
    with db.unit() as session:
        row = session.get(Setting, SETTING_KEY)
        if row is None:
            return None
        try:
            return RegisterMapping.from_json(row.value)
        except ValidationError:
            return None  # an unreadable old mapping is forgotten, not an error


def save_mapping(db: Database, mapping: RegisterMapping) -> None:
    check_mapping(mapping)
    with db.unit() as session:
        session.merge(Setting(key=SETTING_KEY, value=mapping.to_json()))
