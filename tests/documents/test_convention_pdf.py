"""The convention constitutive read back from its PDF: plan of annexe VI, figures, typography."""

from __future__ import annotations

import io
import re
from typing import Any, cast
from datetime import date

import pytest
from pypdf import PdfReader

from gcsms_desktop.documents.convention import ConventionDocument
from tests.factories import hundred_parts_groupement, seventeen_parts_groupement, without_capital_groupement


def pdf_pages(groupement) -> list[str]:
    data = ConventionDocument(groupement, date(2026, 11, 22)).render()
    assert data.startswith(b"%PDF")
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Whitespace of any kind (narrow no-break space included) folded to one space."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


@pytest.fixture(scope="module")
def seventeen() -> list[str]:
    return pdf_pages(seventeen_parts_groupement())


def test_every_titre_and_article_of_the_model_is_printed(seventeen):
    text = flat(" ".join(seventeen))
    for titre in ("TITRE I", "TITRE II", "TITRE III", "TITRE IV", "TITRE V"):
        assert titre in text
    numbers = ["1er"] + [str(n) for n in range(2, 23)]
    positions = [text.index(f"Article {n} —") for n in numbers]
    assert positions == sorted(positions), "articles 1 to 22 in order"
    assert "Vu le code de l’action sociale et des familles" in text


def test_article_7_lists_parts_with_numbers_and_totals(seventeen):
    text = flat(" ".join(seventeen))
    assert "capital de 8 500 € réparti en 17 parts sociales d’une valeur unitaire de 500 €" in text
    assert "Association M01 n° 1 1 500 €" in text
    assert "Association M17 n° 17 1 500 €" in text
    assert "Total nos 1 à 17 17 8 500 €" in text


def test_article_9_droits_table(seventeen):
    text = flat(" ".join(seventeen))
    assert "Association M02 1 voix 1/17 5,88 %" in text
    assert "Total 17 voix 17/17 100 %" in text


def test_hundred_parts_are_numbered_like_the_model_convention():
    text = flat(" ".join(pdf_pages(hundred_parts_groupement())))
    assert "Association A nos 01 à 26 26 65 000 €" in text
    assert "Association B nos 27 à 54 28 70 000 €" in text
    assert "Association A 26 voix 26/100 26 %" in text
    assert "apporte en nature Bâtiment de la rue Haute, évalué à son coût réel à 115 000 €" in text


def test_without_capital_and_two_members_the_law_is_spelt_out():
    text = flat(" ".join(pdf_pages(without_capital_groupement())))
    assert "Le groupement est constitué sans capital." in text
    assert "CCAS de Fougères 60/100 60 %" in text
    assert "le vote par procuration n’est pas autorisé" in text
    assert "la notification de retrait entraîne de plein droit la dissolution" in text
    assert "l’assemblée ne peut prononcer l’exclusion" in text
    assert "durée de 10 ans à compter du jour suivant la publication" in text


def test_art_7_two_members_with_capital_may_only_sell_parts_to_a_third_party():
    text = flat(" ".join(pdf_pages(seventeen_parts_groupement(member_count=2))))
    assert "un membre ne peut céder ses parts qu’à un tiers remplissant les conditions" in text
    assert "soit à un autre membre" not in text


def test_with_three_members_proxies_exclusion_and_transfers_between_members_are_open():
    text = flat(" ".join(pdf_pages(hundred_parts_groupement())))
    assert "le vote par procuration est autorisé" in text
    assert "soit à un autre membre, soit à un tiers" in text
    assert "entraîne de plein droit la dissolution" not in text
    assert "l’assemblée ne peut prononcer l’exclusion" not in text


def test_header_with_denomination_and_page_x_of_y_on_every_page(seventeen):
    total = len(seventeen)
    for number, page in enumerate(seventeen, start=1):
        text = flat(page)
        assert "Groupement de coopération médico-sociale Les Tilleuls" in text
        assert f"page {number} / {total}" in text


def test_signature_block_names_every_member_and_representative(seventeen):
    text = flat(" ".join(seventeen[-3:]))
    assert "Fait à Rennes, le 22 novembre 2026, en 18 exemplaires originaux." in text
    for n in range(1, 18):
        assert f"Association M{n:02d} représentée par Directeur M{n:02d}, directeur général" in text
    assert "transmise ce jour pour approbation au préfet" in text


def test_french_typography_uses_embedded_font_and_narrow_spaces():
    data = ConventionDocument(seventeen_parts_groupement(), date(2026, 11, 22)).render()
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(p.extract_text() for p in reader.pages)
    # U+202F survives as a glyph (ReportLab would have turned it into a breakable space);
    # ReportLab writes U+00A0 as a space glyph but never breaks a line there.
    assert "capital de 8\u202f500" in text
    assert "nos 1 à 17" in flat(text)
    assert "« Groupement de coopération médico-sociale Les Tilleuls »" in flat(text)
    used = set()
    for page in reader.pages:
        resources = {name: font.get_object() for name, font in cast(Any, page["/Resources"])["/Font"].items()}
        contents = page.get_contents()
        assert contents is not None
        content = contents.get_data().decode("latin-1")
        for name in set(re.findall(r"(/[^\s/]+) [\d.]+ Tf", content)):
            font = resources[name]
            used.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{font['/BaseFont']} embedded"
    assert used and all("DejaVu" in f for f in used), used
    assert "'" not in text, "typographic apostrophes only"


def test_no_break_spaces_are_not_line_breaks():
    from gcsms_desktop.documents.no_break_spaces import split_words

    assert split_words("capital de 8\u202f500\u00a0€ réparti") == ["capital", "de", "8\u202f500\u00a0€", "réparti"]
    assert split_words("a\nb", "\n") == ["a", "b"]


@pytest.mark.parametrize("notices, expected", [
    (0, "aux décisions de l’assemblée, ainsi qu’en cas d’ouverture"),
    (1, "après une mise en demeure de l’administrateur demeurée infructueuse, ainsi"),
    (3, "après 3 mises en demeure de l’administrateur demeurées infructueuses, ainsi"),
])
def test_article_8_3_states_the_formal_notices_chosen(notices, expected):
    from dataclasses import replace

    g = seventeen_parts_groupement()
    g = replace(g, governance=replace(g.governance, exclusion_formal_notices=notices))
    assert expected in flat(" ".join(pdf_pages(g)))
