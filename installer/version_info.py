"""The one version number, read from kluppluz_desk/__init__.py, for the bundle and installer.

- `version_resource()` builds the Windows version resource (VSVersionInfo) that the
  PyInstaller spec embeds in kluppluz-desk.exe (file and product version, names).
- `python installer/version_info.py` prints the version, e.g. for Inno Setup:
  iscc /DAppVersion=$(python installer/version_info.py) installer/kluppluz-desk.iss

The number is read with `ast` rather than imported, so the build does not need the
program's dependencies just to know its version.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INIT = ROOT / "kluppluz_desk" / "__init__.py"

COMPANY = "KluppluZ Desk developers"
DESCRIPTION = "KluppluZ Desk - klantreacties registreren en afhandelen"
PRODUCT = "KluppluZ Desk"
EXE_NAME = "kluppluz-desk.exe"


def read_version(init_file: Path = INIT) -> str:
    """`__version__` as written in the package, e.g. "0.1.0"."""
    tree = ast.parse(init_file.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
    raise ValueError(f"no __version__ = '...' in {init_file}")


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows: "1.2.3rc1" -> (1, 2, 3, 0); a suffix is dropped."""
    parts = [int(re.match(r"\d*", p).group() or 0) for p in version.split(".")[:4]]  # type: ignore[union-attr]
    while len(parts) < 4:
        parts.append(0)
    return parts[0], parts[1], parts[2], parts[3]


def version_resource(version: str | None = None) -> Any:
    """The VSVersionInfo structure for PyInstaller's EXE(version=...)."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    text = version or read_version()
    numbers = version_numbers(text)
    strings = [
        StringStruct("CompanyName", COMPANY),
        StringStruct("FileDescription", DESCRIPTION),
        StringStruct("FileVersion", text),
        StringStruct("InternalName", "kluppluz-desk"),
        StringStruct("LegalCopyright", "GPL-3.0-or-later"),
        StringStruct("OriginalFilename", EXE_NAME),
        StringStruct("ProductName", PRODUCT),
        StringStruct("ProductVersion", text),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(
            filevers=numbers,
            prodvers=numbers,
            mask=0x3F,
            flags=0x0,
            OS=0x40004,
            fileType=0x1,
            subtype=0x0,
            date=(0, 0),
        ),  # fmt: skip
        # 0x0413 = Dutch (Netherlands), 1200 = Unicode (UTF-16) code page.
        kids=[
            StringFileInfo([StringTable("041304B0", strings)]),
            VarFileInfo([VarStruct("Translation", [0x0413, 1200])]),
        ],
    )


if __name__ == "__main__":
    print(read_version())
