"""A fatal error is never silent: it is written into the log file (faulthandler for
signals, native stderr for Python's own fatal-error report), and the next start learns that
the last session did not end normally — while a second running window is not mistaken for a
crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kluppluz_desk.crashguard import SUFFIX, SessionMarker

ROOT = Path(__file__).resolve().parents[1]

CRASHING_SESSION = textwrap.dedent(
    """
    import ctypes, sys
    sys.path.insert(0, {root!r})
    from kluppluz_desk import paths
    from kluppluz_desk.crashguard import SessionMarker, send_native_stderr_to
    from kluppluz_desk.logsetup import configure_logging

    send_native_stderr_to(configure_logging())  # as the GUI does; stderr is a pipe here
    print("python-level stderr still goes to stderr", file=sys.stderr, flush=True)
    SessionMarker(paths.data_dir() / "sessions").begin("9.9-test")

    def typing_in_the_case_editor():
        # What PySide6 6.12.0 did after a few thousand calls: a fatal error inside C code.
        ctypes.pythonapi.Py_FatalError(b"none_dealloc: deallocating None (test)")

    typing_in_the_case_editor()
    """
)

WAITING_SESSION = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    from kluppluz_desk import paths
    from kluppluz_desk.crashguard import SessionMarker

    marker = SessionMarker(paths.data_dir() / "sessions")
    marker.begin("9.9-test")
    print("ready", flush=True)
    time.sleep(60)
    """
)


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "KLUPPLUZ_DESK_HOME": str(home)}


def test_a_fatal_error_reaches_the_log_and_the_next_start_hears_of_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION.format(root=str(ROOT))],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "python-level stderr still goes to stderr" in done.stderr
    log_text = (home / "logs" / "kluppluz-desk.log").read_text(encoding="utf-8")
    assert "Fatal Python error" in log_text
    assert "typing_in_the_case_editor" in log_text  # the traceback, with the function

    next_start = SessionMarker(home / "sessions")
    ended = next_start.begin("1.0")
    assert [(e.version, e.pid > 0) for e in ended] == [("9.9-test", True)]
    next_start.end()
    # Reported once: the start after a normal session says nothing.
    assert SessionMarker(home / "sessions").begin("1.0") == []


def test_a_running_window_is_not_a_crash_but_a_killed_one_is(tmp_path: Path) -> None:
    home = tmp_path / "home"
    other = subprocess.Popen(
        [sys.executable, "-c", WAITING_SESSION.format(root=str(ROOT))],
        env=_env(home),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "ready"
        meanwhile = SessionMarker(home / "sessions")
        assert meanwhile.begin("1.0") == []
        meanwhile.end()
    finally:
        other.kill()
        other.wait(timeout=30)
    ended = SessionMarker(home / "sessions").begin("1.0")
    assert [e.pid for e in ended] == [other.pid]


def test_a_normal_end_leaves_no_marker(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    marker = SessionMarker(folder)
    assert marker.begin("1.0") == []
    assert len(list(folder.glob(f"*{SUFFIX}"))) == 1
    if os.name == "posix":
        assert marker.path.stat().st_mode & 0o777 == 0o600
        assert folder.stat().st_mode & 0o777 == 0o700
    marker.end()
    assert list(folder.glob(f"*{SUFFIX}")) == []
    assert SessionMarker(folder).begin("1.0") == []


def test_an_unreadable_marker_is_cleared_without_a_false_report(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / f"broken{SUFFIX}").write_text("{not json", encoding="utf-8")
    assert SessionMarker(folder).begin("1.0") == []
    assert not (folder / f"broken{SUFFIX}").exists()


ROLLING_SESSION = textwrap.dedent(
    """
    import logging, os, sys
    sys.path.insert(0, {root!r})
    from kluppluz_desk.crashguard import send_native_stderr_to
    from kluppluz_desk.logsetup import configure_logging

    send_native_stderr_to(configure_logging())
    os.write(2, b"native-before-rollover\\n")
    (handler,) = [h for h in logging.getLogger().handlers if hasattr(h, "doRollover")]
    handler.doRollover()
    os.write(2, b"native-after-rollover\\n")
    """
)


def test_native_stderr_follows_the_log_file_when_it_rolls_over(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-c", ROLLING_SESSION.format(root=str(ROOT))],
        env=_env(home),
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    (current,) = home.rglob("kluppluz-desk.log")
    rolled = current.with_name("kluppluz-desk.log.1")
    assert "native-before-rollover" in rolled.read_text()
    assert "native-after-rollover" in current.read_text()
    assert "native-after-rollover" not in rolled.read_text()
