"""Benchmark figure of intake: "intake_msg_ms", registering a case from a 1 MB Outlook
`.msg` (parse, draft, store the case with the original and its attachment), built by
`msg_builder` as Outlook writes it. Runs last: it adds cases to the benchmark database."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from itertools import count
from typing import Any

from sqlalchemy import select

from ..services import intake
from ..services.database import Database
from ..store.models import Location
from .msg_builder import MsgAttachment, MsgSpec, build_msg


def one_mb_msg(location: str, number: int) -> bytes:
    body = (
        f"Beste mevrouw,\r\n\r\nBij {location} is gisteren bij het ophalen iets misgegaan.\r\n" * 40
    )
    return build_msg(
        MsgSpec(
            subject="Ophalen ging mis",
            body=body,
            sender_name="Anna de Vries",
            sender_email="anna.devries@example.nl",
            headers=f"Message-ID: <bench-{number}@example.nl>\r\n"
            "Date: Mon, 02 Mar 2026 09:00:00 +0100\r\n\r\n",
            message_id=f"<bench-{number}@example.nl>",
            sent_at=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
            attachments=[MsgAttachment("scan.jpg", os.urandom(1_000_000), "image/jpeg")],
        )
    )


def intake_figures(db: Database, timed: Any) -> dict[str, Any]:
    with db.unit() as session:
        location = session.scalar(select(Location.name).where(Location.active).limit(1))
    if location is None:
        return {}
    numbers = count(1)
    messages = [one_mb_msg(location, n) for n in range(1, 6)]

    def register() -> str:
        data = messages[(next(numbers) - 1) % len(messages)]
        draft = intake.read_intake(db, filename="klacht.msg", data=data)
        assert draft.location is not None
        values = {**draft.values, "kind": "complaint", "location_id": draft.location.location_id}
        detail = intake.register_intake(db, draft=draft, values=values, allow_duplicate=True)
        return detail.reference

    ms, _ = timed(register)
    return {"intake_msg_ms": ms, "intake_msg_kb": round(len(messages[0]) / 1024)}
