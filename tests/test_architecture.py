"""The core (domain, store, services, documents, and the benchmark on top) works without
Qt: importing every core module in a fresh interpreter where PySide6 cannot be imported must
succeed."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kluppluz_desk

CORE = ("domain", "store", "services", "documents", "bench")


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(kluppluz_desk.__path__, "kluppluz_desk."):
        parts = info.name.split(".")
        if len(parts) > 1 and parts[1] in CORE and "migrations" not in parts:
            names.append(info.name)
    return sorted(names)


def test_core_imports_without_qt() -> None:
    modules = core_modules()
    assert len(modules) > 15
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed in the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    __import__(m)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_the_blocker_really_blocks() -> None:
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6':\n"
        "            raise ImportError('blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import kluppluz_desk.ui.context\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and "blocked" in result.stderr
