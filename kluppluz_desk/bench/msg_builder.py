"""Builds Outlook `.msg` files the way Outlook writes them, for the benchmark and tests: a
compound file holding the message's MAPI properties (MS-OXMSG). Strings are `__substg1.0_XXXX001F`
streams (UTF-16LE), binaries `…0102`, fixed-size values sit in `__properties_version1.0`;
each attachment is a storage `__attach_version1.0_#0000000N` of its own.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .cfb_writer import write_cfb

PT_LONG, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x0102


@dataclass
class MsgAttachment:
    filename: str
    data: bytes
    mime: str = "application/octet-stream"


@dataclass
class MsgSpec:
    subject: str = ""
    body: str | None = None
    html: str | None = None
    sender_name: str = ""
    sender_email: str = ""
    headers: str | None = None
    message_id: str | None = None
    sent_at: datetime | None = None
    attachments: list[MsgAttachment] = field(default_factory=list)


def _filetime(moment: datetime) -> int:
    epoch = datetime(1601, 1, 1, tzinfo=UTC)
    return int((moment - epoch).total_seconds() * 10_000_000)


class _Props:
    """One `__properties_version1.0` stream plus the substg streams beside it."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.entries: list[bytes] = []
        self.streams: dict[str, bytes] = {}

    def fixed(self, prop_id: int, prop_type: int, value: bytes) -> None:
        tag = (prop_id << 16) | prop_type
        self.entries.append(struct.pack("<II", tag, 0x6) + value.ljust(8, b"\0"))

    def text(self, prop_id: int, value: str | None) -> None:
        if value is None:
            return
        raw = value.encode("utf-16-le")
        self.streams[f"{self.prefix}__substg1.0_{prop_id:04X}{PT_UNICODE:04X}"] = raw
        self.fixed(prop_id, PT_UNICODE, struct.pack("<II", len(raw) + 2, 0))

    def binary(self, prop_id: int, value: bytes | None) -> None:
        if value is None:
            return
        self.streams[f"{self.prefix}__substg1.0_{prop_id:04X}{PT_BINARY:04X}"] = value
        self.fixed(prop_id, PT_BINARY, struct.pack("<II", len(value), 0))

    def finish(self, header: bytes) -> dict[str, bytes]:
        out = dict(self.streams)
        out[f"{self.prefix}__properties_version1.0"] = header + b"".join(self.entries)
        return out


def build_msg(spec: MsgSpec) -> bytes:
    top = _Props("")
    top.text(0x001A, "IPM.Note")
    top.text(0x0037, spec.subject)
    top.text(0x1000, spec.body)
    top.binary(0x1013, None if spec.html is None else spec.html.encode("utf-8"))
    top.text(0x0C1A, spec.sender_name)
    top.text(0x0C1F, spec.sender_email)
    top.text(0x0C1E, "SMTP")
    top.text(0x007D, spec.headers)
    top.text(0x1035, spec.message_id)
    top.fixed(0x0E07, PT_LONG, struct.pack("<I", 1))  # MSGFLAG_READ: received, not a draft
    if spec.sent_at is not None:
        stamp = struct.pack("<Q", _filetime(spec.sent_at))
        top.fixed(0x0039, PT_SYSTIME, stamp)  # PR_CLIENT_SUBMIT_TIME
        top.fixed(0x0E06, PT_SYSTIME, stamp)  # PR_MESSAGE_DELIVERY_TIME
    streams: dict[str, bytes] = {}
    for number, item in enumerate(spec.attachments):
        attach = _Props(f"__attach_version1.0_#{number:08X}/")
        attach.fixed(0x0E21, PT_LONG, struct.pack("<I", number))  # PR_ATTACH_NUM
        attach.fixed(0x3705, PT_LONG, struct.pack("<I", 1))  # ATTACH_BY_VALUE
        attach.text(0x3707, item.filename)
        attach.text(0x3704, item.filename[:12])
        attach.text(0x370E, item.mime)
        attach.binary(0x3701, item.data)
        streams.update(attach.finish(b"\0" * 8))
    count = len(spec.attachments)
    streams.update(top.finish(b"\0" * 8 + struct.pack("<IIII", 0, count, 0, count) + b"\0" * 8))
    # Named properties: Outlook always writes the storage, readers expect it.
    for stream in ("00020102", "00030102", "00040102"):
        streams[f"__nameid_version1.0/__substg1.0_{stream}"] = b""
    return write_cfb(streams)
