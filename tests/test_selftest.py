"""`kluppluz-desk --self-test` run in-process (the bundle's own run is tests/test_bundle.py)."""

from __future__ import annotations

import subprocess
import sys
from io import StringIO

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from kluppluz_desk import selftest
from kluppluz_desk.domain.errors import StorageError


def _run(monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, list[str]]:
    out = StringIO()
    code = selftest.run_self_test(out)
    return code, out.getvalue().splitlines()


def test_every_step_passes_and_the_process_is_left_as_it_was(qapp: QApplication) -> None:
    locale_before = QLocale().name()

    code, lines = _run()

    assert lines[0].startswith("Zelftest KluppluZ Desk ")
    step_lines = lines[1:-1]
    assert [line.split(":")[0].split(None, 1)[1] for line in step_lines] == [
        title for title, _ in selftest.STEPS
    ]
    assert all(line.startswith("OK ") for line in step_lines), "\n".join(lines)
    assert "fictieve klantreacties geladen" in step_lines[1]
    assert lines[-1] == f"Zelftest geslaagd: alle {len(selftest.STEPS)} stappen OK."
    assert code == 0
    # The Dutch translators and locale of the self-test do not leak into later tests.
    assert QLocale().name() == locale_before
    assert QCoreApplication.translate("MainWindow", "Customer reactions") == "Customer reactions"


def test_a_missing_module_is_not_available_and_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kluppluz_desk.documents.letters.pdf", None)
    monkeypatch.setattr(
        selftest, "STEPS", tuple(s for s in selftest.STEPS if s[0].startswith("Brief"))
    )

    code, lines = _run()

    assert lines[1].startswith("MISLUKT  Brief maken (PDF): niet beschikbaar (")
    assert "kluppluz_desk.documents.letters.pdf ontbreekt" in lines[1]
    assert lines[-1] == "Zelftest mislukt: 1 van 1 stappen MISLUKT."
    assert code == 1


def test_steps_after_a_failed_database_say_they_were_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise StorageError("De schijf is vol of niet bereikbaar; er is niets opgeslagen.")

    monkeypatch.setattr("kluppluz_desk.services.database.open_database", broken)
    monkeypatch.setattr(selftest, "STEPS", selftest.STEPS[:2])

    code, lines = _run()

    assert lines[1].startswith("MISLUKT  Database aanmaken en bijwerken: De schijf is vol")
    assert lines[2].startswith(
        "MISLUKT  Demogegevens laden: overgeslagen, want de database kon niet worden gemaakt"
    )
    assert code == 1


def test_importing_the_self_test_loads_no_qt() -> None:
    code = (
        "import sys, kluppluz_desk.selftest; "
        "sys.exit(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_command_line_routes_to_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from kluppluz_desk import cli

    monkeypatch.setattr(selftest, "run_self_test", lambda: 7)
    assert cli.main(["--self-test"]) == 7
