"""`pip install .` (a real wheel, not only editable) carries every resource the program
loads at run time: fonts, images, translations, migrations and the export schema."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_every_resource(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("kluppluz_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "kluppluz_desk/resources/fonts/DejaVuSans.ttf",
        "kluppluz_desk/resources/fonts/DejaVuSans-Bold.ttf",
        "kluppluz_desk/resources/images/logo.png",
        "kluppluz_desk/schema/export-v1.schema.json",
        "kluppluz_desk/store/migrations/env.py",
        "kluppluz_desk/store/migrations/script.py.mako",
        "kluppluz_desk/store/migrations/versions/0001_initial_schema.py",
    }
    assert expected <= names, expected - names
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert f"kluppluz_desk/resources/i18n/{qm.name}" in names
    assert not any(n.startswith("tests/") for n in names)
