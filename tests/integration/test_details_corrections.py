"""Representatives and contact details corrected over time, read back from the documents printed for
dates before and after the correction (art. 13-1 of the model convention, R312-194-20)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from gcsms_desktop.domain.member_details import DetailsCorrection
from gcsms_desktop.domain.members import Representative
from gcsms_desktop.services.errors import InvalidChange
from tests.assembly_factories import MEETING, SENT, convened
from tests.documents.test_assembly_pdfs import pages
from tests.integration.test_assemblies import TILLEULS

NEW_PRESIDENT = (Representative("Yves Le Bris", "président"), Representative("Nina Cadiou", "", substitute=True))
DEC_1 = date(2026, 12, 1)


def new_president(on: date = DEC_1) -> DetailsCorrection:
    return DetailsCorrection("GLY", on, representatives=NEW_PRESIDENT, address="8 quai Duguay-Trouin, 35000 Rennes",
                             email="direction@glycines.fr")


def dump(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_letters_go_to_whoever_was_in_office_when_sent_the_sheet_names_who_is_on_the_day(tilleuls):
    first = convened(tilleuls, TILLEULS)  # sent 30 November for 15 December 2026
    tilleuls.details.correct(TILLEULS, new_president())
    letter = pages(tilleuls.printing.convocations(TILLEULS, first))[0]
    assert "attention de Marie Le Goff" in letter and "3 rue de Brest" in letter and "Yves" not in letter
    sheet = " ".join(pages(tilleuls.printing.attendance(TILLEULS, first)))
    assert "Yves Le Bris" in sheet and "Marie Le Goff" not in sheet

    second = convened(tilleuls, TILLEULS, date(2026, 12, 30), MEETING)  # sent 15 December
    letter = pages(tilleuls.printing.convocations(TILLEULS, second))[0]
    assert "attention de Yves Le Bris" in letter and "8 quai Duguay-Trouin" in letter
    assert "3 rue de Brest" not in letter


def test_a_correction_cannot_rewrite_letters_already_sent_and_a_refusal_writes_nothing(tilleuls, db_path):
    convened(tilleuls, TILLEULS)
    before = dump(db_path)
    with pytest.raises(InvalidChange) as refused:
        tilleuls.details.correct(TILLEULS, new_president(SENT))
    assert "1er décembre 2026 au plus tôt" in str(refused.value.problems[0].message)
    assert dump(db_path) == before


def test_the_consolidated_convention_and_the_rights_table_name_the_representative_in_office(tilleuls):
    tilleuls.details.correct(TILLEULS, new_president())
    history = tilleuls.membership.history(TILLEULS)
    assert history.consolidated(date(2026, 11, 30)).member("GLY").representatives[0].name == "Marie Le Goff"
    assert history.consolidated(DEC_1).member("GLY").representatives[0].name == "Yves Le Bris"
    original = " ".join(pages(tilleuls.printing.convention(TILLEULS)))
    assert "Marie Le Goff" in original and "Yves Le Bris" not in original  # the signed act is never rewritten


def test_the_members_card_tells_its_representatives_over_time(tilleuls):
    tilleuls.details.correct(TILLEULS, new_president())
    card = tilleuls.details.card(TILLEULS, "GLY", date(2027, 1, 10))
    assert card.representation == ("Représenté par Marie Le Goff (directrice) jusqu'au 30 novembre 2026, "
                                   "puis par Yves Le Bris (président).")
    assert card.member.email == "direction@glycines.fr"
    assert card.droits.startswith("1/17") and "membre fondateur" in card.status
    assert any("Nina Cadiou" in line for _, line in card.events)


def test_a_correction_is_taken_back_until_letters_used_it(tilleuls):
    number = tilleuls.details.correct(TILLEULS, new_president())
    tilleuls.details.withdraw(TILLEULS, number)
    assert tilleuls.details.corrections(TILLEULS) == ()
    number = tilleuls.details.correct(TILLEULS, new_president())
    convened(tilleuls, TILLEULS)  # sent 30 November: before the correction, which stays free
    convened(tilleuls, TILLEULS, date(2026, 12, 30), MEETING)  # sent 15 December: used it
    with pytest.raises(InvalidChange):
        tilleuls.details.withdraw(TILLEULS, number)
    assert len(tilleuls.details.corrections(TILLEULS)) == 1


def test_the_groupements_contact_details_and_an_unknown_member(tilleuls):
    contact = DetailsCorrection("", DEC_1, email="contact@tilleuls.fr", phone="02 99 00 11 22")
    tilleuls.details.correct(TILLEULS, contact)
    history = tilleuls.membership.history(TILLEULS)
    assert history.consolidated(DEC_1).email == "contact@tilleuls.fr"
    with pytest.raises(InvalidChange) as refused:
        tilleuls.details.correct(TILLEULS, DetailsCorrection("XYZ", DEC_1, email="a@b.fr"))
    assert "Aucun membre « XYZ »" in refused.value.problems[0].message


def test_corrections_travel_in_the_json_format_and_go_round_unchanged(tilleuls, tmp_path):
    from gcsms_desktop.services.context import open_services

    tilleuls.details.correct(TILLEULS, new_president())
    exported = tilleuls.groupements.export_json(TILLEULS)
    other = open_services(tmp_path / "other.sqlite")
    try:
        other.groupements.import_json(exported)
        assert other.groupements.export_json(TILLEULS) == exported
        assert other.details.corrections(TILLEULS)[0].representatives == NEW_PRESIDENT
    finally:
        other.close()


def test_check_and_import_refuse_the_correction_the_service_refuses(tilleuls, tmp_path):
    """The same domain function (details_checks.check_details) on every path; nothing is written."""
    import json

    from gcsms_desktop.domain.problems import InvalidGroupement
    from gcsms_desktop.services.context import open_services

    document = json.loads(tilleuls.groupements.export_json(TILLEULS))
    document["corrections"] = [
        {"member": "GLY", "effective_on": "2026-11-01", "email": "avant@signature.fr"},
        {"member": "GLY", "effective_on": "2026-12-01", "representatives": [{"name": "Suppléant", "substitute": True}]},
    ]
    text = json.dumps(document, ensure_ascii=False)
    problems = tilleuls.groupements.check_file(text, date(2030, 6, 30))
    assert [p.field for p in problems] == ["corrections[0].effective_on", "corrections[1].representatives"]
    assert "signée le 22 novembre 2026" in problems[0].message
    path = tmp_path / "other.sqlite"
    other = open_services(path)
    try:
        with pytest.raises(InvalidGroupement):
            other.groupements.import_json(text)
        assert other.groupements.list() == []
    finally:
        other.close()
