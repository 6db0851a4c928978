"""The AutoRecover promise end to end: the real program in a subprocess, three fields typed
into, `kill -9`; the next start offers all three texts, restores them, and after saving the
recovery store is empty."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kluppluz_desk.services import cases
from kluppluz_desk.services.database import open_database
from tests.factories import make_case, seed
from tests.ui.recovery_driver import TEXTS

DRIVER = Path(__file__).with_name("recovery_driver.py")
ROOT = Path(__file__).parents[2]


def _env(tmp_path: Path, db_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KLUPPLUZ_DESK_HOME=str(tmp_path / "home"),  # data folder: the recovery store
        KLUPPLUZ_DESK_DB=str(db_path),
        KLUPPLUZ_DESK_USER="kv-tester",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings stay out of the user's
        PYTHONPATH=str(ROOT),
    )
    return env


def test_kill_9_loses_no_typed_word(tmp_path: Path) -> None:
    db_path = tmp_path / "kluppluz.sqlite3"
    db = open_database(f"sqlite:///{db_path}")
    case = make_case(db, seed(db))
    db.dispose()
    env = _env(tmp_path, db_path)

    typed = tmp_path / "typed.json"
    first = subprocess.Popen(
        [sys.executable, str(DRIVER), "type", str(case.id), str(typed)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 40
    while not typed.exists():
        assert first.poll() is None, first.communicate()[0].decode(errors="replace")
        assert time.monotonic() < deadline, "the program did not finish typing"
        time.sleep(0.1)
    first.send_signal(signal.SIGKILL)  # kill -9: no save, no clean-up, no goodbye
    assert first.wait(timeout=10) == -signal.SIGKILL

    restored = tmp_path / "restored.json"
    second = subprocess.run(
        [sys.executable, str(DRIVER), "restore", str(restored)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=40,
        check=False,
    )
    assert second.returncode == 0, second.stdout + second.stderr
    result = json.loads(restored.read_text())
    print(json.dumps(result, indent=1, ensure_ascii=False))
    assert result["title"] == "Niet-opgeslagen tekst teruggevonden"
    assert sorted(row[2] for row in result["rows"]) == sorted(TEXTS.values())
    assert result["on_screen"] == TEXTS
    assert result["unsaved"] is True
    assert result["saved"] is True
    assert result["kept_after_save"] == 0

    db = open_database(f"sqlite:///{db_path}")
    try:
        fields = cases.get_case(db, case.id).fields
        assert {name: fields[name] for name in TEXTS} == TEXTS
    finally:
        db.dispose()
