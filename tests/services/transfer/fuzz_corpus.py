"""A seeded corpus of mutated exports for the import fuzz test (test_import_fuzz.py).

One real export (a factory-built database with a case in every kind of state and a record
of every kind) is mutated one value at a time: type swaps, out-of-range whole numbers,
huge texts, NUL and lone surrogates, dates in the future / before the receipt /
9999-12-31, removed keys, deep nesting, wrong enum values, a status without its dates and
broken settings JSON. The same seed gives the same corpus.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kluppluz_desk.domain.enums import InformedRole, LetterKind
from kluppluz_desk.domain.procedure import Step
from kluppluz_desk.domain.today import today
from kluppluz_desk.services import cases
from kluppluz_desk.services.database import Database
from kluppluz_desk.services.letters import record_letter
from kluppluz_desk.services.settings import AppSettings, save_settings
from kluppluz_desk.services.transfer.schema import tables
from tests.factories import days_ago, make_case, seed

SEED = 20261201
HUGE = "x" * (10 * 1024 * 1024)


def build_source(db: Database) -> dict[str, Any]:
    """A small but complete database exported: every table that cases use has rows."""
    s = seed(db)
    save_settings(db, AppSettings())  # every settings section present, to be mutated
    closed = make_case(
        db,
        s,
        upto=Step.CHECK_SATISFACTION,
        received_on=days_ago(40),
        child_name="Noor",
        child_birth_date=date(2019, 5, 1),
    )
    open_case = make_case(db, s, upto=Step.ACKNOWLEDGE, received_on=days_ago(20))
    make_case(db, s, severity="serious", received_on=days_ago(5))
    cases.add_note(db, case_id=open_case.id, text="Gebeld met ouder.")
    cases.record_informed(
        db,
        case_id=open_case.id,
        role=InformedRole.LOCATION_MANAGER,
        informed_on=days_ago(19),
        staff_id=s.staff["Marloes van Dijk"],
    )
    cases.add_extension(db, case_id=open_case.id, days=14, reason="Wachten op gesprek.")
    cases.add_pause(db, case_id=open_case.id, start_on=days_ago(15), days=3, reason="Vakantie.")
    cases.add_improvement(db, case_id=closed.id, title="Overdracht", due_on=today())
    esc = cases.add_escalation(
        db, case_id=closed.id, body="complaints_desk", submitted_on=days_ago(10)
    )
    cases.record_escalation_outcome(
        db, escalation_id=esc.escalations[0].id, outcome="resolved", outcome_on=days_ago(2)
    )
    cases.add_attachment(db, case_id=closed.id, filename="brief.pdf", data=b"%PDF-1.4 test")
    record_letter(db, open_case.id, LetterKind.ACKNOWLEDGEMENT, pdf=b"%PDF-1.4", subject="Brief")
    from kluppluz_desk.services.transfer import export_document

    document: dict[str, Any] = json.loads(json.dumps(export_document(db)))
    return document


@dataclass(frozen=True)
class Mutant:
    label: str
    document: dict[str, Any]


def _nested(depth: int) -> Any:
    value: Any = "diep"
    for _ in range(depth):
        value = [value]
    return value


def _column_kinds() -> dict[str, dict[str, str]]:
    kinds: dict[str, dict[str, str]] = {}
    for table in tables():
        kinds[table.name] = {}
        for column in table.columns:
            name = type(column.type).__name__
            kinds[table.name][column.name] = (
                "date"
                if name == "Date"
                else "int"
                if name == "Integer"
                else "bool"
                if name == "Boolean"
                else "enum"
                if hasattr(column.type, "enums")
                else "other"
                if name in ("UTCDateTime", "LargeBinary")
                else "text"
            )
    return kinds


def _value_for(kind: str, rng: random.Random, received: date | None) -> tuple[str, Any]:
    swaps: list[tuple[str, Any]] = [
        ("type:int", 5),
        ("type:str", "vijf"),
        ("type:list", ["a"]),
        ("type:dict", {"a": 1}),
        ("type:bool", True),
        ("type:float", 1.5),
        ("type:null", None),
        ("nest:1000", _nested(1000)),
    ]
    special: list[tuple[str, Any]] = []
    if kind == "int":
        special = [
            ("int:2^63", 2**63),
            ("int:-2^63-1", -(2**63) - 1),
            ("int:10^30", 10**30),
            ("int:-1", -1),
            ("int:0", 0),
        ]
    elif kind == "text":
        special = [
            ("text:nul", "a\x00b"),
            ("text:surrogate", "a\ud800b"),
            ("text:long", "y" * 100_001),
            ("text:empty", ""),
            ("text:spaces", "   "),
        ]
    elif kind == "date":
        base = received or today()
        special = [
            ("date:future", (today() + timedelta(days=30)).isoformat()),
            ("date:before-receipt", (base - timedelta(days=3)).isoformat()),
            ("date:9999-12-31", "9999-12-31"),
            ("date:0001-01-01", "0001-01-01"),
            ("date:datetime", f"{base.isoformat()}T10:00:00"),
            ("date:garbage", "31-12-2020"),
        ]
    elif kind == "enum":
        special = [("enum:wrong", "niet_bestaand"), ("enum:case", "CLOSED"), ("enum:empty", "")]
    elif kind == "bool":
        special = [("bool:int", 1), ("bool:str", "true")]
    pool = special * 3 + swaps if special else swaps
    return rng.choice(pool)


def _settings_mutation(doc: dict[str, Any], rng: random.Random) -> str:
    rows = doc["setting"]
    choice = rng.randrange(10)
    targets = {r["key"]: r for r in rows}
    if choice == 0 and "reference_prefix" in targets:
        targets["reference_prefix"]["value"] = "not json"
        return "settings:prefix-not-json"
    if choice == 1 and "reference_prefix" in targets:
        targets["reference_prefix"]["value"] = rng.choice(['"TOOLONGPREFIX"', "5", '""', '"K-R"'])
        return "settings:prefix-bad"
    if choice == 2 and "organisation" in targets:
        org = json.loads(targets["organisation"]["value"])
        org["name"] = rng.choice([5, None, "", "n" * 5000, "a\ud800", ["x"]])
        targets["organisation"]["value"] = json.dumps(org)
        return "settings:organisation-name"
    if choice == 3 and "organisation" in targets:
        org = json.loads(targets["organisation"]["value"])
        org["footer"] = HUGE
        targets["organisation"]["value"] = json.dumps(org)
        return "settings:organisation-10MB"
    if choice == 4 and "deadlines" in targets:
        data = json.loads(targets["deadlines"]["value"])
        data[rng.choice(sorted(data))] = rng.choice(["42", 2**63, -5, 0, None, 1.5, 1000])
        targets["deadlines"]["value"] = json.dumps(data)
        return "settings:deadlines"
    if choice == 5 and "retention" in targets:
        data = json.loads(targets["retention"]["value"])
        data["personal_data_years"] = rng.choice(["2", 0, 2**64, True])
        targets["retention"]["value"] = json.dumps(data)
        return "settings:retention"
    if choice == 6 and "organisation" in targets:
        org = json.loads(targets["organisation"]["value"])
        org["logo_png"] = rng.choice(["abc", {"base64": "!!"}, {"base64": "aGVsbG8="}, 5])
        targets["organisation"]["value"] = json.dumps(org)
        return "settings:logo"
    if choice == 7:
        row = rng.choice(rows)
        row["value"] = rng.choice(["{", "[]", '"x"', "null", "1"])
        return f"settings:{row['key']}-broken"
    if choice == 8 and "deadlines" in targets:
        data = json.loads(targets["deadlines"]["value"])
        data["onbekend"] = 1
        targets["deadlines"]["value"] = json.dumps(data)
        return "settings:unknown-field"
    rows.append({"key": "organisation", "value": '{"name": 5}'})
    return "settings:duplicate-key"


def _status_mutation(doc: dict[str, Any], rng: random.Random) -> str:
    row = rng.choice(doc["case_record"])
    choice = rng.randrange(4)
    if choice == 0:
        row["status"], row["closed_on"] = "closed", None
        return "status:closed-without-date"
    if choice == 1:
        row["status"] = "satisfaction_checked"
        row["satisfaction_checked_on"] = None
        return "status:checked-without-date"
    if choice == 2:
        row["status"] = "registered"
        row["closed_on"] = row["received_on"]
        return "status:open-with-closing-date"
    row["status"], row["acknowledged_on"] = "acknowledged", None
    return "status:acknowledged-without-date"


def mutants(base: dict[str, Any], count: int, seed: int = SEED) -> Iterator[Mutant]:
    """`count` documents, each `base` with one mutation (a few with two)."""
    rng = random.Random(seed)
    kinds = _column_kinds()
    filled = [t for t in kinds if base.get(t)]
    for number in range(count):
        doc = copy.deepcopy(base)
        roll = rng.random()
        if roll < 0.08:
            label = _settings_mutation(doc, rng)
        elif roll < 0.14:
            label = _status_mutation(doc, rng)
        elif roll < 0.20:
            table = rng.choice(filled)
            row = rng.choice(doc[table])
            key = rng.choice(sorted(row))
            del row[key]
            label = f"removed:{table}.{key}"
        elif roll < 0.22:
            label = "top:" + rng.choice(["format", "version", "case_record", "extra"])
            if label == "top:extra":
                doc["onbekend"] = _nested(1000)
            elif label == "top:case_record":
                doc["case_record"] = {"niet": "een lijst"}
            else:
                doc[label[4:]] = rng.choice([2, "x", None])
        else:
            table = rng.choice(filled)
            index = rng.randrange(len(doc[table]))
            row = doc[table][index]
            column = rng.choice(sorted(row))
            received = None
            case_id = row.get("case_id") if table != "case_record" else row.get("id")
            for case in doc["case_record"]:
                if case.get("id") == case_id:
                    received = date.fromisoformat(case["received_on"])
            what, value = _value_for(kinds[table].get(column, "other"), rng, received)
            if rng.random() < 0.02:
                what, value = "text:10MB", HUGE
            row[column] = value
            label = f"{what}@{table}.{column}"
        yield Mutant(f"{label}#{number}", doc)
