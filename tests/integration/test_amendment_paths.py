"""An avenant amending the convention's text on every path: service, command line, JSON, and the
documents printed before and after its publication (art. 21; R312-194-18, -22)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from gcsms_desktop.domain.changes import Amendment, Change
from gcsms_desktop.domain.groupement import ApprovalDates
from gcsms_desktop.domain.matters import Matter
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import InvalidChange
from tests.cli.test_whole_year_cli import ok
from tests.documents.test_assembly_pdfs import pages
from tests.unit.test_changes import unanimous

SEAT = "4 place de la Mairie, 35000 Rennes"
RULES = "Le règlement intérieur est adopté par l'assemblée générale à la majorité des deux tiers."
MOVE = Change(date(2026, 6, 1), Amendment(seat_address=SEAT, articles=(("12", RULES),)),
              unanimous(date(2026, 6, 1), Matter.CONVENTION_CHANGE),
              ApprovalDates(date(2026, 6, 5), date(2026, 6, 6), date(2026, 7, 1), date(2026, 7, 15)))


@pytest.fixture
def year(tmp_path, example_text):
    services = open_services(tmp_path / "annee.sqlite")
    services.groupements.import_json(example_text("tilleuls-une-annee"))
    yield services
    services.close()


def test_the_avenant_states_the_new_wording_and_the_consolidated_convention_prints_it_once_published(year):
    number = year.membership.record(1, MOVE)
    avenant = " ".join(pages(year.printing.avenant(1, number)))
    assert "L'article 3 est ainsi modifié : le siège du groupement est fixé au 4 place de la Mairie" in \
        avenant.replace("’", "'")
    assert "majorité des deux tiers" in avenant and "Nouvelle répartition" not in avenant
    before = " ".join(pages(year.printing.convention(1, at=date(2026, 7, 14))))
    after = " ".join(pages(year.printing.convention(1, at=date(2026, 7, 15))))
    assert "12 rue de la Paix" in before and SEAT not in before and "deux tiers" not in before
    assert SEAT in after and "majorité des deux tiers" in after
    original = " ".join(pages(year.printing.convention(1)))
    assert SEAT not in original  # the signed convention is never rewritten


def test_letters_after_the_publication_give_the_new_siege(year):
    from tests.assembly_factories import agenda

    from gcsms_desktop.domain.assembly import Assembly

    year.membership.record(1, MOVE)
    assembly_id = year.assemblies.prepare(1, Assembly(date(2026, 9, 20), "Salle du conseil", "14:30",
                                                      agenda=agenda()[:1]))
    year.assemblies.convene(assembly_id, date(2026, 9, 1))
    letter = pages(year.printing.convocations(1, assembly_id))[0]
    assert SEAT in letter and "12 rue de la Paix" not in letter.split("Objet")[0]


def test_an_amendment_without_unanimity_is_refused_and_nothing_is_written(year, tmp_path):
    from dataclasses import replace

    split = replace(MOVE, deliberation=replace(MOVE.deliberation, unanimous=False))
    before = list(sqlite3.connect(year.path).iterdump())
    with pytest.raises(InvalidChange) as refused:
        year.membership.record(1, split)
    assert "unanimité" in str(refused.value)
    assert list(sqlite3.connect(year.path).iterdump()) == before


def test_amendments_go_round_the_json_format_and_check_refuses_what_record_refuses(year, tmp_path):
    year.membership.record(1, MOVE)
    exported = year.groupements.export_json(1)
    document = json.loads(exported)
    assert document["changes"][-1]["amendment"] == {"seat_address": SEAT,
                                                    "articles": [{"number": "12", "text": RULES}]}
    other = open_services(tmp_path / "autre.sqlite")
    try:
        other.groupements.import_json(exported)
        assert other.groupements.export_json(1) == exported
    finally:
        other.close()
    document["changes"][-1]["amendment"] = {"articles": [{"number": "9", "text": "Droits égaux."}]}
    problems = year.groupements.check_file(json.dumps(document), date(2030, 6, 30))
    assert [p.field for p in problems] == ["changes[1].amendment.articles[0]"]


def test_the_command_line_records_an_amendment(tmp_path, capsys):
    from tests.conftest import EXAMPLES

    db = tmp_path / "cli.sqlite"
    ok(capsys, db, "import", str(EXAMPLES / "tilleuls-une-annee.json"))
    out = ok(capsys, db, "change", "amendment", "1", "--seat", SEAT, "--article", f"12={RULES}",
             "--on", "2026-06-01", "--deliberation-date", "2026-06-01", "--adopted", "--unanimous",
             "--signature", "2026-06-05")
    assert "Avenant n° 2 enregistré : modification de la convention, art. 3 (siège) et art. 12" in out
    ok(capsys, db, "change", "dates", "1", "--change", "2", "--sent", "2026-06-06", "--approval", "2026-07-01",
       "--publication", "2026-07-15")
    consolidated = tmp_path / "consolidee.pdf"
    ok(capsys, db, "print", "convention", "1", "--at", "2026-08-01", "-o", str(consolidated))
    from tests.cli.test_whole_year_cli import pdf_text

    assert SEAT in pdf_text(consolidated)
