"""The PyInstaller bundle: built by installer/build_bundle.sh, which then runs the bundle's
own `--self-test` (slow: one to two minutes; marker `bundle`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kluppluz_desk import __version__, selftest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "kluppluz-desk"


@pytest.mark.bundle
def test_build_bundle_and_run_its_self_test() -> None:
    # The virtualenv that runs the tests already has the program; build with that one.
    env = {**os.environ, "KLUPPLUZ_VENV": sys.prefix}
    env.pop("KLUPPLUZ_BUNDLE_FULL", None)
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "build_bundle.sh")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    output = done.stdout + done.stderr
    print(output)  # build time and size, shown with -s or on failure

    assert f"Zelftest KluppluZ Desk {__version__} (gebundelde installatie)" in output
    step_lines = [line for line in output.splitlines() if re.match(r"(OK|MISLUKT) ", line)]
    assert len(step_lines) == len(selftest.STEPS), output
    assert all(line.startswith("OK ") for line in step_lines), output
    assert "Zelftest geslaagd" in output
    assert done.returncode == 0, output
    assert re.search(r"Bouwtijd: \d+ s; bundel: \d+ MB", output)

    # The files the program loads by path travelled along as files.
    data = BUNDLE / "_internal" / "kluppluz_desk"
    assert (data / "store" / "migrations" / "env.py").is_file()
    assert list((data / "store" / "migrations" / "versions").glob("0001_*.py"))
    assert list((data / "schema").glob("*.json"))
    assert (data / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert list((data / "resources" / "i18n").glob("kluppluz_nl_*.qm"))
    # ... and what the program does not use stayed out.
    internal = BUNDLE / "_internal"
    assert not list(internal.rglob("libQt6WebEngine*")), "QtWebEngine in de bundel"
    assert not list(internal.rglob("libQt6Quick*")), "QtQuick in de bundel"

    version = subprocess.run(
        [str(BUNDLE / "kluppluz-desk"), "--version"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert version.stdout.strip() == f"KluppluZ Desk {__version__}"
