"""Files the documents can make again, kept in the program's cache folder to save a fresh
process work: ReportLab's parsed fonts (`font_cache`) and the letterhead logo scaled for
print (`letters.logo_cache`).

Each file is MAGIC, a key (a BLAKE2b digest of everything the content is made from, so a
changed source or program version finds no match), a digest of the content, then the
content. A file is used only when all three check out; anything else reads as "not there"
and the caller makes the content again and stores it anew. Storing may fail (a read-only or
full disk): the document is made all the same.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from ..paths import cache_dir
from ..private_files import private_dir, write_private

log = logging.getLogger(__name__)

MAGIC = b"KLDCACH1"
DIGEST = 32  # bytes of each BLAKE2b digest in the header
HEAD = len(MAGIC) + 2 * DIGEST


def cache_folder(name: str) -> Path | None:
    """The cache subfolder `name`; None when there is no writable home folder."""
    try:
        return cache_dir() / name
    except OSError:
        return None


def key_of(*parts: bytes) -> bytes:
    digest = hashlib.blake2b(digest_size=DIGEST)
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.digest()


def read_blob(target: Path, key: bytes) -> bytes | None:
    """The content stored under `key`, or None (missing, foreign, stale or damaged)."""
    try:
        blob = target.read_bytes()
    except OSError:
        return None
    if len(blob) <= HEAD or not blob.startswith(MAGIC):
        return None
    if blob[len(MAGIC) : len(MAGIC) + DIGEST] != key:  # made from something else
        return None
    content = blob[HEAD:]
    if hashlib.blake2b(content, digest_size=DIGEST).digest() != blob[len(MAGIC) + DIGEST : HEAD]:
        log.warning("Bestand %s in de cachemap is beschadigd; het wordt opnieuw gemaakt", target)
        return None
    return content


def write_blob(target: Path, key: bytes, content: bytes) -> None:
    digest = hashlib.blake2b(content, digest_size=DIGEST).digest()
    try:
        private_dir(target.parent)
        write_private(target, MAGIC + key + digest + content)
    except OSError as error:  # the document goes on without
        log.info("Bestand %s niet in de cachemap opgeslagen: %s", target.name, error)
