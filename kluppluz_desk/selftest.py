"""`kluppluz-desk --self-test`: does this installation work, from database to window?

Meant for the installed bundle (PyInstaller), where a forgotten data file or hidden import
only shows when that part runs. Each step runs the real code on a throwaway SQLite database
in a temporary folder, so the user's own data, settings and window layout are never touched.
One Dutch line per step (OK or MISLUKT), then a summary; exit code 0 only when every step
passed. A part of the program that this build lacks is reported as "niet beschikbaar" and
counts as a failure: the self-test never pretends.

Qt-free: the Qt steps are in ui/selftest_steps.py, imported when they run. The lines
also go to the log file, because a windowed Windows program has no console to print to.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import Any, TextIO

from . import APP_NAME, __version__
from .domain.plural import plural

PAGES = ("pagina", "pagina's")

log = logging.getLogger(__name__)

# Letters that must be in the embedded font: Dutch diacritics, the ĳ ligature, the euro sign.
REQUIRED_CHARACTERS = "ëïéèöüĳ€"
OK_WORD, FAILED_WORD = "OK", "MISLUKT"
WINDOW_TIMEOUT_MS = 15_000


class StepUnavailable(Exception):
    """A part of the program that this build does not contain (yet)."""


class StepSkipped(Exception):
    """A step that cannot run because an earlier step it needs failed."""


@dataclass(frozen=True)
class StepResult:
    title: str
    ok: bool
    detail: str
    seconds: float = 0.0

    def line(self) -> str:
        word = OK_WORD if self.ok else FAILED_WORD
        took = f"{self.seconds:.1f}".replace(".", ",")
        return f"{word:<8} {self.title}: {self.detail} ({took} s)"


@dataclass
class _State:
    """What the steps hand on to each other."""

    folder: Path
    db: Any = None  # services.database.Database once the first step has passed
    app: Any = None  # the QApplication once a Qt step has made one
    translators: list[Any] = field(default_factory=list)
    locale: Any = None  # the default QLocale before the translations step changed it


def _need_db(state: _State) -> Any:
    if state.db is None:
        raise StepSkipped("overgeslagen, want de database kon niet worden gemaakt")
    return state.db


# --- steps ------------------------------------------------------------------------------
def _step_database(state: _State) -> str:
    from .services.database import open_database
    from .store.migrate import current_revision, head_revision

    backups = state.folder / "backups"
    backups.mkdir()
    url = f"sqlite:///{state.folder / 'selftest.sqlite3'}"
    state.db = open_database(url, user="zelftest", backup_folder=backups)
    revision = current_revision(state.db.engine)
    if revision != head_revision():
        raise RuntimeError(f"schemaversie {revision} in plaats van {head_revision()}")
    return f"SQLite in een tijdelijke map, schemaversie {revision}"


def _step_demo(state: _State) -> str:
    from .services.demo import load_demo

    count = load_demo(_need_db(state))
    if count <= 0:
        raise RuntimeError("er zijn geen klantreacties aangemaakt")
    return f"{count} fictieve klantreacties geladen"


def _step_fonts(state: _State) -> str:
    from reportlab.pdfbase import pdfmetrics

    from .documents.fonts import FONT, FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, register_fonts

    register_fonts()
    names = (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)
    for name in names:
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        missing = [c for c in REQUIRED_CHARACTERS if ord(c) not in glyphs]
        if missing:
            raise RuntimeError(f"{name} mist de tekens {''.join(missing)}")
    return f"{FONT} in {len(names)} stijlen, met {REQUIRED_CHARACTERS}"


def _pdf_text(pdf: bytes) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


def _logo() -> bytes:
    return (resources.files("kluppluz_desk.resources") / "images" / "logo.png").read_bytes()


def _is_date(placeholder: str) -> bool:
    return any(word in placeholder for word in ("datum", "uiterlijk", "voor"))


def _step_letter(state: _State) -> str:
    from .documents.letters.data import LetterDocument, Letterhead, Recipient, Signatory
    from .documents.letters.defaults import DEFAULT_TEMPLATES
    from .documents.letters.templates import dutch_date, render_letter, used_placeholders

    build_letter_pdf = _optional("kluppluz_desk.documents.letters.pdf", "build_letter_pdf")
    template = DEFAULT_TEMPLATES["acknowledgement"]
    sample = {
        "aanhef": "Geachte mevrouw Van Dijk",
        "kind": "Fenna",
        "locatie": "De Vlinderboom",
        "soort_reactie": "klacht",
        "behandelaar": "Noor Jansen",
        "behandelaar_functie": "locatiemanager",
        "referentie": "KR-2024-0001",
        "verder_na_klacht": "",
    }
    # Dates and anything this sample does not know get a plausible stand-in.
    values = {
        name: sample.get(name, dutch_date(date.today()) if _is_date(name) else "proef")
        for name in used_placeholders(template.subject, template.body)
    }
    letter = render_letter(template.subject, template.body, values)
    doc = LetterDocument(
        letterhead=Letterhead(name="Zelftest KluppluZ", place="Eindhoven", logo_png=_logo()),
        recipient=Recipient("Mevrouw J. van Dijk", ("Kerkstraat 1", "5611 AA Eindhoven")),
        letter_date=date.today(),
        reference="KR-2024-0001",
        subject=letter.subject,
        body=letter.body,
        signatory=Signatory("Noor Jansen", "Kwaliteit & Veiligheid"),
    )
    pdf = build_letter_pdf(doc)
    pages, text = _pdf_text(pdf)
    if "Ontvangstbevestiging" not in text or "Kerkstraat 1" not in text:
        raise RuntimeError("de brief bevat niet de verwachte tekst")
    return f"ontvangstbevestiging, {plural(pages, *PAGES)}, {len(pdf) // 1024} kB"


def _step_report(state: _State) -> str:
    from .documents.report.data import LabelCount, ReportData, ReportFigures, TermFigures

    build_annual_report_pdf = _optional(
        "kluppluz_desk.documents.report.annual", "build_annual_report_pdf"
    )
    year = date.today().year - 1
    data = ReportData(
        year=year,
        organisation_name="Zelftest KluppluZ",
        figures=ReportFigures(
            by_kind=(LabelCount("Klacht", 2), LabelCount("Compliment", 1)),
            by_category=(LabelCount("Communicatie", 2), LabelCount("Veiligheid", 1)),
            by_month=(1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0),
            acknowledgements=TermFigures(on_time=2, total=2, median_days=3, term_days=7),
            solutions=TermFigures(on_time=1, total=2, median_days=18, term_days=21),
        ),
        logo_png=_logo(),
    )
    pdf = build_annual_report_pdf(data)
    pages, text = _pdf_text(pdf)
    if f"Jaarverslag klantreacties {year}" not in text:
        raise RuntimeError("het jaarverslag bevat niet de verwachte titel")
    return f"jaarverslag {year}, {plural(pages, *PAGES)}, {len(pdf) // 1024} kB"


# The Qt steps live in ui/selftest_steps.py (only ui/ imports Qt); imported when they run.
def _step_translations(state: _State) -> str:
    from .ui.selftest_steps import step_translations

    return step_translations(state)


def _step_main_window(state: _State) -> str:
    from .ui.selftest_steps import PagesMissing, step_main_window

    try:
        return step_main_window(state, _need_db(state), WINDOW_TIMEOUT_MS)
    except PagesMissing as exc:
        raise StepUnavailable(str(exc)) from exc


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("Database aanmaken en bijwerken", _step_database),
    ("Demogegevens laden", _step_demo),
    ("Lettertypen", _step_fonts),
    ("Brief maken (PDF)", _step_letter),
    ("Jaarverslag maken (PDF)", _step_report),
    ("Vertalingen laden", _step_translations),
    ("Hoofdvenster openen", _step_main_window),
)


# --- running ----------------------------------------------------------------------------
def _optional(module: str, name: str) -> Any:
    """A function from a module that may not be part of this build yet."""
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise StepUnavailable(f"{module} ontbreekt") from exc
        raise


def _run_step(title: str, step: Callable[[_State], str], state: _State) -> StepResult:
    started = time.perf_counter()
    ok, detail = _attempt(title, step, state)
    return StepResult(title, ok, detail, time.perf_counter() - started)


def _attempt(title: str, step: Callable[[_State], str], state: _State) -> tuple[bool, str]:
    try:
        return True, step(state)
    except StepUnavailable as exc:
        return False, f"niet beschikbaar ({exc})"
    except StepSkipped as exc:
        return False, str(exc)
    except ModuleNotFoundError as exc:
        log.exception("self-test step %r: module missing", title)
        if exc.name and exc.name.startswith("kluppluz_desk"):
            return False, f"niet beschikbaar ({exc.name} ontbreekt)"
        return False, f"onderdeel ontbreekt in deze installatie: {exc.name}"
    except Exception as exc:
        log.exception("self-test step %r failed", title)
        return False, getattr(exc, "message", None) or str(exc) or type(exc).__name__


def run_steps(folder: Path) -> list[StepResult]:
    """Run every step in `folder` (a fresh, empty, writable folder); never raises."""
    state = _State(folder=folder)
    try:
        return [_run_step(title, step, state) for title, step in STEPS]
    finally:
        _clean_up(state)


def _clean_up(state: _State) -> None:
    """Leave the process as it was: the self-test may run inside a test session."""
    if state.db is not None:
        state.db.dispose()
    if state.app is not None:
        from .ui.selftest_steps import restore_qt

        restore_qt(state)


def run_self_test(out: TextIO | None = None) -> int:
    """Run the self-test, print one line per step; 0 when all passed, 1 otherwise."""
    stream = out if out is not None else sys.stdout

    def say(line: str) -> None:
        log.info("self-test: %s", line)
        if stream is not None:  # None in a windowed program without a console
            print(line, file=stream, flush=True)

    kind = "gebundelde installatie" if getattr(sys, "frozen", False) else "Python-omgeving"
    say(f"Zelftest {APP_NAME} {__version__} ({kind})")
    with tempfile.TemporaryDirectory(
        prefix="kluppluz-zelftest-", ignore_cleanup_errors=True
    ) as tmp:
        results = run_steps(Path(tmp))
    for result in results:
        say(result.line())
    failed = [r for r in results if not r.ok]
    if failed:
        say(f"Zelftest mislukt: {len(failed)} van {len(results)} stappen MISLUKT.")
        return 1
    say(f"Zelftest geslaagd: alle {len(results)} stappen OK.")
    return 0
