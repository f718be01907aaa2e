"""The registre des délibérations opens on a cover and an index, in front of folios that never move."""

from __future__ import annotations

from datetime import date

from tests.documents.test_assembly_pdfs import pages, signed  # noqa: F401 - fixture
from tests.integration.test_assemblies import TILLEULS


def test_cover_names_the_groupement_and_the_opening_day_and_counts_the_folios(tilleuls, signed):  # noqa: F811
    register = pages(tilleuls.printing.register(TILLEULS))
    pv = pages(tilleuls.printing.minutes(TILLEULS, signed))
    cover = register[0]
    assert "Registre des délibérations de l’assemblée générale" in cover
    assert "Groupement de coopération médico-sociale Les Tilleuls" in cover
    assert "Ouvert le 15 décembre 2026" in cover  # the day the first PV was signed (folio 1)
    assert f"Registre coté et paraphé : {len(pv)} pages numérotées de 1 à {len(pv)}" in cover
    assert "page 1" not in cover  # the cover has no folio


def test_index_lists_each_deliberation_with_result_and_folio_and_folios_do_not_move(tilleuls, signed):  # noqa: F811
    tilleuls.assemblies.add_erratum(signed, "Lire « M. Paul Durand ».", date(2026, 12, 20))
    register = pages(tilleuls.printing.register(TILLEULS))
    index = register[1]
    assert "Table des délibérations" in index and "N° Date Objet Résultat Page" in index
    assert "2026-1 15 décembre 2026 2° approbation des comptes et affectation des résultats adoptée 1" in index
    assert "2026-2 15 décembre 2026 6° admission de nouveaux membres rejetée 1" in index  # broken by an abstention
    assert "Erratum au procès-verbal du 15 décembre 2026" in index
    # The signed pages follow, as signed: the same folios, the same text, and the seal still holds.
    pv = pages(tilleuls.printing.minutes(TILLEULS, signed))
    assert register[2:] == pv
    assert "Registre des délibérations — page 1" in register[2]
    assert tilleuls.register.verify(TILLEULS).intact


def test_empty_register_says_so(tilleuls):
    text = pages(tilleuls.printing.register(TILLEULS))
    assert len(text) == 1 and "Aucun procès-verbal signé pour le moment." in text[0]
