"""A small compound-file (CFB v3) writer for the benchmark and test fixtures: Outlook
`.msg` files are CFB containers of MAPI property streams, and no maintained Python package
writes them.

Only what a `.msg` needs: storages and streams, 512-byte sectors, the mini stream for
streams under 4 KiB, one FAT chain per stream, no DIFAT beyond the header's 109 entries
(≈ 7 MB files), sibling trees built balanced so every reader can walk them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    index: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    start: int = END


def _key(entry: _Entry) -> tuple[int, str]:
    return (len(entry.name), entry.name.upper())


def _tree(nodes: list[_Entry]) -> int:
    """Balanced binary tree over siblings sorted the CFB way; returns the root's index."""
    if not nodes:
        return NOSTREAM
    middle = len(nodes) // 2
    node = nodes[middle]
    node.left = _tree(nodes[:middle])
    node.right = _tree(nodes[middle + 1 :])
    return node.index


def write_cfb(streams: dict[str, bytes]) -> bytes:
    """`streams` maps 'storage/sub/stream' paths to their bytes; storages are implied."""
    root = _Entry("Root Entry", 5)
    for path, data in streams.items():
        parent = root
        *folders, leaf = path.split("/")
        for folder in folders:
            found = next((c for c in parent.children if c.name == folder), None)
            if found is None:
                found = _Entry(folder, 1)
                parent.children.append(found)
            parent = found
        parent.children.append(_Entry(leaf, 2, data))
    entries: list[_Entry] = []

    def number(entry: _Entry) -> None:
        entry.index = len(entries)
        entries.append(entry)
        for child in entry.children:
            number(child)

    number(root)
    for entry in entries:
        entry.child = _tree(sorted(entry.children, key=_key))

    # Small streams live in the mini stream, in 64-byte mini sectors.
    mini_data = bytearray()
    minifat: list[int] = []
    for entry in entries:
        if entry.kind == 2 and 0 < len(entry.data) < CUTOFF:
            first = len(minifat)
            count = -(-len(entry.data) // MINI)
            minifat.extend(range(first + 1, first + count))
            minifat.append(END)
            entry.start = first
            mini_data += entry.data + b"\0" * (count * MINI - len(entry.data))
    root.data = bytes(mini_data)

    def sectors(n_bytes: int) -> int:
        return -(-n_bytes // SECTOR)

    big = [e for e in entries if e.kind == 2 and len(e.data) >= CUTOFF]
    chunks: list[tuple[str, bytes]] = [("dir", b"")]  # filled once start sectors are known
    minifat_bytes = b"".join(struct.pack("<I", v) for v in minifat)
    dir_sectors = sectors(len(entries) * 128)
    sizes = [dir_sectors, sectors(len(minifat_bytes)), sectors(len(root.data))]
    sizes += [sectors(len(e.data)) for e in big]
    data_sectors = sum(sizes)
    n_fat = 1
    while n_fat * 128 < data_sectors + n_fat:
        n_fat += 1
    assert n_fat <= 109, "test fixture too large for a header-only DIFAT"
    fat = [FATSECT] * n_fat
    starts = []
    for size in sizes:
        if size == 0:
            starts.append(END)
            continue
        first = len(fat)
        fat.extend(range(first + 1, first + size))
        fat.append(END)
        starts.append(first)
    dir_start, minifat_start, mini_start, *big_starts = starts
    root.start = mini_start
    for entry, start in zip(big, big_starts, strict=True):
        entry.start = start
    fat += [FREE] * (n_fat * 128 - len(fat))

    def dir_entry(e: _Entry) -> bytes:
        name = e.name.encode("utf-16-le") + b"\0\0"
        assert len(name) <= 64
        size = len(e.data) if e.kind != 1 else 0
        start = e.start if e.kind != 1 else 0
        return (
            name.ljust(64, b"\0")
            + struct.pack("<HBB3I", len(name), e.kind, 1, e.left, e.right, e.child)
            + b"\0" * 16  # CLSID
            + struct.pack("<I", 0)  # state bits
            + b"\0" * 16  # creation and modification time
            + struct.pack("<IQ", start, size)
        )

    directory = b"".join(dir_entry(e) for e in entries)
    empty = b"\0" * 64 + struct.pack("<HBB3I", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM)
    empty = empty.ljust(128, b"\0")
    while len(directory) % SECTOR:
        directory += empty
    chunks = [("dir", directory), ("minifat", minifat_bytes), ("mini", root.data)]
    chunks += [("big", e.data) for e in big]

    difat = list(range(n_fat)) + [FREE] * (109 - n_fat)
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<III", 0, n_fat, dir_start)
        + struct.pack("<II", 0, CUTOFF)
        + struct.pack("<II", minifat_start, sectors(len(minifat_bytes)))
        + struct.pack("<II", END, 0)
        + b"".join(struct.pack("<I", v) for v in difat)
    )
    assert len(header) == SECTOR
    body = b"".join(struct.pack("<I", v) for v in fat)
    for _kind, data in chunks:
        body += data + b"\0" * (sectors(len(data)) * SECTOR - len(data))
    return header + body
