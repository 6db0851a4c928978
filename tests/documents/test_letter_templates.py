"""The template language: validation before printing, escaping, blocks, next steps."""

from __future__ import annotations

import pytest

from kluppluz_desk.documents.letters.data import BulletBlock, ParagraphBlock
from kluppluz_desk.documents.letters.templates import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    next_steps_text,
    plain_text,
    render_letter,
    template_problems,
    used_placeholders,
    validate_template,
)
from kluppluz_desk.domain.errors import ValidationError

from .letter_samples import BODIES, KINDS, values


@pytest.mark.parametrize("kind", KINDS)
def test_default_templates_are_valid_and_carry_the_next_steps_block(kind: str) -> None:
    template = DEFAULT_TEMPLATES[kind]
    validate_template(template.subject, template.body)
    assert "verder_na_klacht" in used_placeholders(template.subject, template.body)


def test_every_placeholder_has_a_dutch_description() -> None:
    assert {"indiener", "aanhef", "behandelaar", "verder_na_klacht"} <= PLACEHOLDERS.keys()
    assert all(desc.strip() for desc in PLACEHOLDERS.values())


def test_unknown_placeholder_is_refused_by_name_with_a_suggestion() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_template("Betreft {{kind}}", "{{aanhef}},\n\nUw {{indienr}} en {{foo_bar}}.")
    assert "{{indienr}}" in caught.value.message
    assert "{{indiener}}" in caught.value.message  # the suggestion
    assert "{{foo_bar}}" in caught.value.message
    assert caught.value.field == "body"


def test_stray_braces_and_open_bold_are_all_reported() -> None:
    problems = template_problems("Onderwerp {{kind}", "Tekst {referentie}}\n\n**half vet")
    assert len(problems) == 3
    assert any("onderwerp" in p for p in problems)
    assert any("Vetgedrukt" in p for p in problems)


def test_bold_across_bullets_is_refused_but_within_a_paragraph_is_fine() -> None:
    assert template_problems("X", "**eerste regel\ntweede regel**") == []
    assert template_problems("X", "- **een\n- twee**")


def test_render_refuses_a_placeholder_without_value() -> None:
    with pytest.raises(ValidationError, match=r"\{\{nieuwe_datum\}\}"):
        render_letter("X", "Op {{nieuwe_datum}}.", {})


def test_hostile_values_are_escaped_and_never_become_markup() -> None:
    rendered = render_letter(
        "Klacht van {{indiener}}", "Beste {{indiener}}, **vet {{kind}}**", {
            "indiener": "<b>&</b> **Jan**", "kind": "A<B",
        },
    )  # fmt: skip
    (block,) = rendered.body
    assert isinstance(block, ParagraphBlock)
    assert block.markup == ("Beste &lt;b&gt;&amp;&lt;/b&gt; **Jan**, <b>vet A&lt;B</b>")
    assert rendered.subject == "Klacht van <b>&</b> Jan"


def test_block_placeholder_expands_paragraphs_and_bullets_and_vanishes_when_empty() -> None:
    body = "Intro\n\n{{oordeel}}\n\n{{verder_na_klacht}}\n\nSlot"
    rendered = render_letter("X", body, {
        "oordeel": "Eerste <alinea>\n\n- punt **een**\n- punt twee", "verder_na_klacht": "",
    })  # fmt: skip
    assert rendered.body == (
        ParagraphBlock("Intro"),
        ParagraphBlock("Eerste &lt;alinea&gt;"),
        BulletBlock(("punt <b>een</b>", "punt twee")),
        ParagraphBlock("Slot"),
    )


def test_inline_value_keeps_line_breaks_and_heading_is_marked() -> None:
    rendered = render_letter("X", "**Kop**\n\nReden: {{reden_verlenging}}",
                             {"reden_verlenging": "regel 1\nregel 2"})  # fmt: skip
    assert rendered.body[0] == ParagraphBlock("<b>Kop</b>", heading=True)
    assert rendered.body[1] == ParagraphBlock("Reden: regel 1<br/>regel 2")


def test_plain_text_of_a_rendered_letter() -> None:
    t = DEFAULT_TEMPLATES["satisfaction"]
    rendered = render_letter(t.subject, t.body, values())
    text = plain_text(rendered.body)
    assert text.startswith("Geachte mevrouw Brouwer-Çelik,")
    assert "- Zijn wij de afspraken nagekomen?" in text
    assert "<b>" not in text and "&amp;" not in text


def test_next_steps_for_childcare_name_klachtenloket_and_geschillencommissie() -> None:
    text = next_steps_text("childcare", BODIES)
    assert "Klachtenloket Kinderopvang" in text
    assert "Geschillencommissie" in text
    assert "AKJ" not in text


def test_next_steps_for_youth_care_name_the_akj_with_its_contact() -> None:
    text = next_steps_text("youth_care", BODIES)
    assert "AKJ" in text
    assert "www.akj.nl" in text and "info@akj.nl" in text and "088-5551011" in text
    assert "Klachtenloket" not in text and "Geschillencommissie" not in text


def test_next_steps_for_care_under_the_wkkgz_name_the_disputes_body() -> None:
    text = next_steps_text("wkkgz_care", BODIES)
    assert "Wet kwaliteit, klachten en geschillen zorg" in text
    assert "Geschillencommissie" in text
    assert "AKJ" not in text and "Klachtenloket" not in text


def test_next_steps_refuse_missing_master_data_and_unknown_funding() -> None:
    with pytest.raises(ValidationError, match="AKJ"):
        next_steps_text("youth_care", [b for b in BODIES if b.code != "akj"])
    with pytest.raises(ValidationError, match="financiering"):
        next_steps_text("private", BODIES)
