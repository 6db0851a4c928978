"""Counted texts read right in Dutch and English: "1 regel" / "2 regels", "1 row" / "2 rows".

Qt's plural mechanism: the code passes the count (`tr("%n row(s)", "", n)`); the Dutch
Linguist files and the English plural file (`kluppluz_en_plurals.ts`, English is the source
language) give a singular and a plural form. The guard at the bottom fails when a "(s)",
"(en)" or "(’s)" comes back into a text a user can see.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kluppluz_desk.ui.context import AppContext
from kluppluz_desk.ui.i18n import install_translators
from tests.factories import make_case, seed

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "kluppluz_desk"
# "regel(s)", "dag(en)", "waarde(n)", "geschil(len)", "regio(’s)", "pagina('s)".
HALF_PLURAL = re.compile(r"\w\((s|e|en|n|len|’s|'s)\)")


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def _t(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


# (context, source, {language: (n = 0, n = 1, n = 2)})
CASES: list[tuple[str, str, dict[str, tuple[str, str, str]]]] = [
    ("CasesPage", "%n customer reaction(s)", {
        "nl": ("0 klantreacties", "1 klantreactie", "2 klantreacties"),
        "en": ("0 customer reactions", "1 customer reaction", "2 customer reactions")}),
    ("ReportStatusPanel", "%n day(s)", {
        "nl": ("0 dagen", "1 dag", "2 dagen"), "en": ("0 days", "1 day", "2 days")}),
    ("SpreadsheetExport", "%n row(s) written to:\n%1", {
        "nl": ("0 regels geschreven naar:\n%1", "1 regel geschreven naar:\n%1",
               "2 regels geschreven naar:\n%1"),
        "en": ("0 rows written to:\n%1", "1 row written to:\n%1", "2 rows written to:\n%1")}),
    ("PreviewPage", "%n row(s) are already present and are not imported again.", {
        "nl": ("0 regels zijn al aanwezig; die worden niet opnieuw geïmporteerd.",
               "1 regel is al aanwezig; die wordt niet opnieuw geïmporteerd.",
               "2 regels zijn al aanwezig; die worden niet opnieuw geïmporteerd."),
        "en": ("0 rows are already present and are not imported again.",
               "1 row is already present and is not imported again.",
               "2 rows are already present and are not imported again.")}),
    ("MappingPage", "%n value(s) need a choice before the register can be imported.", {
        "nl": ("Voor 0 waarden moet u nog kiezen voordat het register kan worden geïmporteerd.",
               "Voor 1 waarde moet u nog kiezen voordat het register kan worden geïmporteerd.",
               "Voor 2 waarden moet u nog kiezen voordat het register kan worden geïmporteerd."),
        "en": ("0 values need a choice before the register can be imported.",
               "1 value needs a choice before the register can be imported.",
               "2 values need a choice before the register can be imported.")}),
    ("Transfer", "%n customer reaction(s) were imported.", {
        "nl": ("0 klantreacties geïmporteerd.", "1 klantreactie geïmporteerd.",
               "2 klantreacties geïmporteerd."),
        "en": ("0 customer reactions were imported.", "1 customer reaction was imported.",
               "2 customer reactions were imported.")}),
    ("FiguresPage", "Legally required: yes (%n written complaint(s) or disputes).", {
        "nl": ("Wettelijk verplicht: ja (0 schriftelijke klachten of geschillen).",
               "Wettelijk verplicht: ja (1 schriftelijke klacht of geschil).",
               "Wettelijk verplicht: ja (2 schriftelijke klachten of geschillen)."),
        "en": ("Legally required: yes (0 written complaints or disputes).",
               "Legally required: yes (1 written complaint or dispute).",
               "Legally required: yes (2 written complaints or disputes).")}),
]  # fmt: skip


@pytest.mark.parametrize(("context", "source", "expected"), CASES, ids=[c[1][:30] for c in CASES])
def test_counted_texts_for_0_1_and_2(
    language: str, context: str, source: str, expected: dict[str, tuple[str, str, str]]
) -> None:
    assert tuple(_t(context, source, n) for n in (0, 1, 2)) == expected[language]


def test_one_imported_reaction_names_one_reference(language: str) -> None:
    source = "%n customer reaction(s) imported: %1 to %2."
    one = _t("PreviewPage", source, 1).replace("%1", "KR-2021-005").replace("%2", "KR-2021-005")
    two = _t("PreviewPage", source, 2).replace("%1", "KR-2021-004").replace("%2", "KR-2021-005")
    assert (one, two) == {
        "nl": ("1 klantreactie geïmporteerd: KR-2021-005.",
               "2 klantreacties geïmporteerd: KR-2021-004 t/m KR-2021-005."),
        "en": ("1 customer reaction imported: KR-2021-005.",
               "2 customer reactions imported: KR-2021-004 to KR-2021-005."),
    }[language]  # fmt: skip


def test_case_list_counts_in_the_window(qtbot: Any, app_context: AppContext, language: str) -> None:
    from kluppluz_desk.ui.case_list.page import CasesPage

    seeded = seed(app_context.db)
    page = CasesPage(app_context)
    qtbot.addWidget(page)
    zero = page.count_label.text()
    make_case(app_context.db, seeded)
    page.model.reload()
    one = page.count_label.text()
    make_case(app_context.db, seeded)
    page.model.reload()
    two = page.count_label.text()
    assert (zero, one, two) == {
        "nl": ("0 klantreacties", "1 klantreactie", "2 klantreacties"),
        "en": ("0 customer reactions", "1 customer reaction", "2 customer reactions"),
    }[language]


# --- the guard ------------------------------------------------------------------------------


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.fail(f"{name} is missing: install PySide6 (it ships the Qt Linguist tools)")
    return found


def _ts_messages(ts: Path) -> Iterator[tuple[str, str, list[str], bool]]:
    """(context, source, translated texts, numerus) of every message."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                []
                if translation is None
                else (
                    [f.text or "" for f in translation.iter("numerusform")]
                    or [translation.text or ""]
                )
            )
            yield (name, message.findtext("source") or "", forms,
                   message.get("numerus") == "yes")  # fmt: skip


def _english_plurals() -> dict[tuple[str, str], list[str]]:
    return {(c, s): forms for ts in sorted(I18N.glob("kluppluz_en_*.ts"))
            for c, s, forms, numerus in _ts_messages(ts) if numerus}  # fmt: skip


def test_no_translation_has_a_half_plural() -> None:
    bad = [f"{ts.name} {ctx}: {text!r}"
           for ts in sorted(I18N.glob("kluppluz_*.ts"))
           for ctx, _src, forms, _n in _ts_messages(ts)
           for text in forms if HALF_PLURAL.search(text)]  # fmt: skip
    assert not bad, "write a singular and a plural form (numerus):\n" + "\n".join(bad)


def test_every_counted_interface_text_has_both_english_forms(tmp_path: Path) -> None:
    # English is the source language: a "(s)" in a source text is only acceptable when the
    # text is a plural message (the count passed as n) with both English forms.
    scanned = tmp_path / "all.ts"
    sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(scanned)],
                   check=True, capture_output=True)  # fmt: skip
    english = _english_plurals()
    half = [(c, s) for c, s, _f, _n in _ts_messages(scanned) if HALF_PLURAL.search(s)]
    assert half, "the scan found no counted texts at all"
    missing = [f"{c}: {s!r}" for c, s in half if len(english.get((c, s), [])) != 2]
    assert not missing, "add both forms to kluppluz_en_plurals.ts:\n" + "\n".join(missing)
    for (c, s), forms in english.items():
        assert all("%n" in f for f in forms) == ("%n" in s), (c, s)


# String literals that may keep a "(s)": none today. Add "path/to/file.py: reason" here only
# for a text no user reads as a sentence.
ALLOWED: dict[str, str] = {}


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _log_arguments(tree: ast.AST) -> set[int]:
    """Strings passed to log.info(...) and friends: for the log file, not for a user."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "log"
        ):
            found.update(id(n) for arg in node.args for n in ast.walk(arg))
    return found  # fmt: skip


def test_no_half_plural_in_program_texts() -> None:
    # Dutch built in Python (CLI, services, documents) uses domain.plural; the interface's
    # English sources are checked against the English plural file above.
    english_sources = {s for _c, s in _english_plurals()}
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _log_arguments(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                skip.update(id(v) for v in node.values)
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if id(node) in skip or not HALF_PLURAL.search(text):
                continue
            if any(text in source for source in english_sources):
                continue  # a piece of a plural message's English source
            bad.append(f"{relative}:{node.lineno}: {text!r}")
    assert not bad, "use domain.plural or Qt's %n plural forms:\n" + "\n".join(bad)
