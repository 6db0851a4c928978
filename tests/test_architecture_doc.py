"""docs/architecture.md against the code: the picture of allowed arrows draws exactly the
import-linter layer contracts of pyproject.toml, every package it names exists, and every
path and dotted name the text points at is really there."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kluppluz_desk"
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
ARROW = "──▶"
CORE_PREFIXES = ("services.", "documents.", "domain.", "store.")


def picture() -> list[list[frozenset[str]]]:
    """The fenced block under "Allowed arrows": blocks of rows, each row a set of names."""
    section = DOC.split("## Allowed arrows", 1)[1]
    block = section.split("```text\n", 1)[1].split("```", 1)[0]
    blocks: list[list[frozenset[str]]] = [[]]
    for line in block.splitlines():
        line = line.strip()
        if not line:
            blocks.append([])
        elif not line.endswith(":"):  # "inside services:" only introduces a block
            names = line.replace(ARROW, " ").replace("|", " ").split()
            blocks[-1].append(frozenset(names))
    return [b for b in blocks if b]


def layer_contracts() -> list[list[frozenset[str]]]:
    """Each `layers` contract as rows of names relative to kluppluz_desk."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    out = []
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["type"] != "layers":
            continue
        containers = contract.get("containers", ["kluppluz_desk"])
        assert len(containers) == 1, "the picture draws one container per contract"
        prefix = containers[0].removeprefix("kluppluz_desk").lstrip(".")
        rows = []
        for layer in contract["layers"]:
            names = {n.strip().removeprefix("kluppluz_desk.") for n in re.split(r"[|:]", layer)}
            rows.append(frozenset(f"{prefix}.{n}" if prefix else n for n in names))
        out.append(rows)
    return out


def module_exists(dotted: str) -> bool:
    path = PACKAGE.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_the_picture_draws_exactly_the_layer_contracts() -> None:
    drawn = sorted(picture(), key=repr)
    contracts = sorted(layer_contracts(), key=repr)
    assert len(contracts) >= 4
    assert drawn == contracts


def test_every_package_in_the_picture_exists() -> None:
    names = {name for block in picture() for row in block for name in row}
    assert {"ui", "services.cases", "documents.letters", "bench"} <= names
    missing = sorted(name for name in names if not module_exists(name))
    assert not missing, f"docs/architecture.md names packages that do not exist: {missing}"


def test_every_path_in_the_text_exists() -> None:
    paths = [
        token
        for token in re.findall(r"`([^`\s<>]+)`", DOC)
        if "/" in token and not token.startswith(("http", "-"))
    ]
    assert len(paths) > 20
    missing = [
        p for p in paths if not any(any(base.glob(p)) for base in (PACKAGE, ROOT))
    ]  # glob: a path without wildcards matches itself when it exists
    assert not missing, f"docs/architecture.md points at paths that do not exist: {missing}"


def test_every_dotted_name_in_the_text_resolves() -> None:
    tokens = {
        t.split("(")[0]
        for t in re.findall(r"`([\w.()]+)`", DOC)
        if t.startswith(CORE_PREFIXES) and "." in t
    }
    assert len(tokens) > 15
    unresolved = []
    for token in sorted(tokens):
        parts = token.split(".")
        # The longest prefix that is a module; the rest are attributes.
        cut = max(i for i in range(1, len(parts) + 1) if module_exists(".".join(parts[:i])))
        obj = importlib.import_module("kluppluz_desk." + ".".join(parts[:cut]))
        for attribute in parts[cut:]:
            if not hasattr(obj, attribute):
                unresolved.append(token)
                break
            obj = getattr(obj, attribute)
    assert not unresolved, f"docs/architecture.md names what does not exist: {unresolved}"
