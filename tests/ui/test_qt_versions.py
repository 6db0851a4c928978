"""The installed Qt for Python is not a known-bad release, and every place that installs it
(pyproject.toml, installer/constraints.txt) keeps the known-bad releases out."""

from __future__ import annotations

import tomllib
from pathlib import Path

import PySide6
import shiboken6
from packaging.requirements import Requirement

from kluppluz_desk.ui.qt_versions import KNOWN_BAD_QT, installed_problem, is_bad

ROOT = Path(__file__).resolve().parents[2]
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6-addons", "shiboken6"}


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = {}
    for line in project["dependencies"]:
        req = Requirement(line)
        found[req.name.lower()] = req
    return found


def _constraints() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "installer" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.strip().lower().replace("_", "-")] = version.strip()
    return pins


def test_the_installed_qt_for_python_is_not_known_bad() -> None:
    assert installed_problem() is None, installed_problem()
    assert not is_bad(PySide6.__version__) and not is_bad(shiboken6.__version__)


def test_known_bad_rule_is_per_python_version() -> None:
    assert is_bad("6.12.0", (3, 11))
    assert not is_bad("6.12.0", (3, 12))  # None is immortal there
    assert not is_bad("6.11.3", (3, 11))


def test_pyproject_excludes_every_known_bad_release() -> None:
    requirements = _requirements()
    assert requirements.keys() >= QT_DISTRIBUTIONS
    for name in QT_DISTRIBUTIONS:
        for bad in KNOWN_BAD_QT:
            assert not requirements[name].specifier.contains(bad), f"{name} allows {bad}"


def test_constraints_pin_every_runtime_dependency_within_its_range() -> None:
    pins = _constraints()
    for name, req in _requirements().items():
        assert name in pins, f"{name} is not pinned in installer/constraints.txt"
        assert req.specifier.contains(pins[name]), f"{name}=={pins[name]} outside {req}"
        assert not (name in QT_DISTRIBUTIONS and pins[name] in KNOWN_BAD_QT)
