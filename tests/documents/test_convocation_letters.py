"""Convocation letters as a member receives them: numbered on their own, dated from the siège's commune."""

from __future__ import annotations

import re

from tests.assembly_factories import convened
from tests.documents.test_assembly_pdfs import pages
from tests.integration.test_assemblies import TILLEULS


def footers(text: list[str]) -> list[tuple[int, int]]:
    return [tuple(int(n) for n in re.findall(r"page\s(\d+)\s/\s(\d+)", page)[-1]) for page in text]  # type: ignore[misc]


def test_each_letter_and_its_pouvoir_are_numbered_on_their_own(tilleuls):
    text = pages(tilleuls.printing.convocations(TILLEULS, convened(tilleuls, TILLEULS)))
    numbers = footers(text)
    assert len(text) == 34  # 17 members: a letter and a pouvoir each
    assert numbers == [(1, 2), (2, 2)] * 17  # the second member's letter reads « page 1 / 2 », not « page 3 / 34 »
    letters = [i for i, page in enumerate(text) if "Madame, Monsieur" in page]
    assert [numbers[i] for i in letters] == [(1, 2)] * 17
    assert "EHPAD Les Glycines" in text[0].split("page")[-2]  # the footer names the addressee


def test_letter_is_dated_from_the_commune_of_the_siege(tilleuls):
    first = pages(tilleuls.printing.convocations(TILLEULS, convened(tilleuls, TILLEULS)))[0]
    assert "À Rennes, le 30 novembre 2026" in first  # siège: 12 rue de la Paix, 35000 Rennes


def test_the_commune_is_the_last_line_without_postal_code_or_cedex():
    from gcsms_desktop.domain.addresses import commune_of, letter_place

    assert commune_of("12 rue de la Paix, 35000 Rennes") == "Rennes"
    assert commune_of("Mairie\nBP 12\n35 300 FOUGÈRES CEDEX 2") == "Fougères"
    assert commune_of("3 place du Marché") == ""  # no postal code: nothing guessed
    assert letter_place("3 place du Marché", "Vitré") == "Vitré"
