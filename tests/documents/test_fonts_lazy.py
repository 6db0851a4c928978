"""Fonts are read only when a document needs them: a letter registers the two upright
faces, the annual report all four, and the start-up warm-up leaves the first letter with
nothing to read. Each check runs in a fresh interpreter, since registration is per process."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]


def test_a_letter_reads_only_the_upright_faces_and_embeds_them() -> None:
    out = _run(
        """
        import io
        from pypdf import PdfReader
        from kluppluz_desk.documents.fonts import registered_faces
        from kluppluz_desk.documents.letters.pdf import build_letter_pdf
        from tests.documents.letter_samples import letter
        pdf = build_letter_pdf(letter("judgment"))
        fonts = set()
        for page in PdfReader(io.BytesIO(pdf)).pages:
            for font in page["/Resources"]["/Font"].values():
                fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        print(sorted(registered_faces()), sorted(fonts))
        """
    )
    assert out == "['DejaVuSans', 'DejaVuSans-Bold'] ['DejaVuSans', 'DejaVuSans-Bold']"


def test_asking_for_all_faces_after_the_letters_adds_the_italics() -> None:
    out = _run(
        """
        from reportlab.lib.fonts import tt2ps
        from kluppluz_desk.documents.fonts import UPRIGHT, register_fonts, registered_faces
        register_fonts(UPRIGHT)
        before = len(registered_faces())
        register_fonts()
        print(before, len(registered_faces()), tt2ps("DejaVuSans", 1, 1))
        """
    )
    assert out == "2 4 DejaVuSans-BoldOblique"


def test_the_warm_up_reads_the_letter_fonts_without_a_database() -> None:
    out = _run(
        """
        from kluppluz_desk.documents.fonts import registered_faces
        from kluppluz_desk.services.letters import warm_up_letters
        print(warm_up_letters(), sorted(registered_faces()))
        """
    )
    assert out == "True ['DejaVuSans', 'DejaVuSans-Bold']"
