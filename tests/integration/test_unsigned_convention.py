"""An unsigned convention is corrected in place; a signed one only by avenant (art. 21; issue 13)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from dataclasses import replace

from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.domain.problems import InvalidGroupement
from gcsms_desktop.domain.unsigned_convention import convention_edit_problems
from gcsms_desktop.services.errors import ServiceError
from tests.cli.test_whole_year_cli import ok
from tests.conftest import EXAMPLES
from tests.integration.test_assemblies import TILLEULS

FOUGERES = "Groupement de coopération sociale de Fougères"


def dump(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_art_21_signed_conventions_change_only_by_avenant():
    assert convention_edit_problems(None, 0, 0, 0) == []
    signed = convention_edit_problems(date(2026, 11, 22), 0, 0, 0)
    assert signed and "signée le 22 novembre 2026" in signed[0] and "avenant" in signed[0]
    assert convention_edit_problems(None, 1, 2, 0) == ["1\u00a0changement enregistré", "2\u00a0assemblées enregistrées"]


def test_a_typo_in_an_unsigned_convention_is_corrected_in_place(services, example_text):
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    g = services.groupements.get(FOUGERES)
    fixed = replace(g, seat_address="9 rue Corrigée, 35300 Fougères")
    services.groupements.correct_unsigned(FOUGERES, fixed, g.version)
    assert services.groupements.get(FOUGERES).seat_address == "9 rue Corrigée, 35300 Fougères"
    assert len(services.groupements.list()) == 1


def test_refusals_write_nothing(services, example_text, db_path):
    services.groupements.import_json(example_text("fougeres-sans-capital"))
    services.groupements.import_json(example_text("tilleuls-17-parts"))
    signed = services.groupements.get(TILLEULS)
    with pytest.raises(ServiceError, match="signée le 22 novembre 2026"):
        services.groupements.correct_unsigned(TILLEULS, replace(signed, seat_address="ailleurs"))
    g = services.groupements.get(FOUGERES)
    with pytest.raises(InvalidGroupement):  # R312-194-17: the mention is still required
        services.groupements.correct_unsigned(FOUGERES, replace(g, denomination="Fougères ensemble"))
    services.details.correct(FOUGERES, DetailsCorrection(g.members[0].key, date(2027, 1, 1), email="a@b.fr"))
    before = dump(db_path)
    with pytest.raises(ServiceError, match="1\u00a0correction enregistrée"):
        services.groupements.correct_unsigned(FOUGERES, replace(g, seat_address="ailleurs"))
    assert dump(db_path) == before


def test_the_command_line_corrects_from_an_exported_file(tmp_path, capsys):
    import json

    db = tmp_path / "base.sqlite"
    ok(capsys, db, "import", str(EXAMPLES / "fougeres-sans-capital.json"))
    exported = tmp_path / "fougeres.json"
    ok(capsys, db, "export", "1", "-o", str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["groupement"]["object_text"] = "Objet corrigé avant la signature."
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert "Convention corrigée" in ok(capsys, db, "replace", "1", str(exported))
    assert "Objet corrigé avant la signature." in ok(capsys, db, "export", "1", "-o", "-")
