"""The assembly requested by members (R. 312-194-20) through the services on a real SQLite file:
stored, exchanged in JSON, checked on the request date, printed, listed in the deadlines."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date

import jsonschema
import pytest

from gcsms_desktop.domain.assembly import Assembly
from gcsms_desktop.interchange.reader import FormatError
from gcsms_desktop.services.context import open_services
from gcsms_desktop.services.errors import InvalidAssembly
from tests.assembly_factories import MEETING, SENT, agenda, attend, held, vote_all
from tests.documents.test_assembly_pdfs import pages
from tests.unit.test_examples_and_schema import SCHEMA
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS

ASKED = date(2026, 11, 20)
SIX = tuple(TILLEULS_KEYS[:6])  # 6 × 3 = 18 ≥ 17 members: the third is reached


def requested(keys: tuple[str, ...] = SIX, on: date | None = ASKED) -> Assembly:
    return Assembly(MEETING, "Salle du conseil", "14:30", agenda=agenda(), requested_by=keys, requested_on=on)


def test_r312_194_20_requesters_and_date_are_stored_in_order_and_rewritten(tilleuls):
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, requested(tuple(reversed(SIX))))
    stored = tilleuls.assemblies.record(assembly_id).assembly
    assert stored.requested_by == tuple(reversed(SIX)) and stored.requested_on == ASKED
    tilleuls.assemblies.update_preparation(assembly_id, replace(stored, requested_by=SIX))
    assert tilleuls.assemblies.record(assembly_id).assembly.requested_by == SIX
    tilleuls.assemblies.update_preparation(assembly_id, replace(stored, requested_by=(), requested_on=None))
    cleared = tilleuls.assemblies.record(assembly_id).assembly
    assert cleared.requested_by == () and cleared.requested_on is None


def test_r312_194_20_five_of_seventeen_cannot_be_convened_six_can(tilleuls):
    five = tilleuls.assemblies.prepare(TILLEULS, requested(SIX[:5]))
    assert [p.field for p in tilleuls.assemblies.check_preparation(TILLEULS, requested(SIX[:5]))] == ["requested_by"]
    with pytest.raises(InvalidAssembly, match="5 membres sur 17 le 20 novembre 2026"):
        tilleuls.assemblies.convene(five, SENT)
    six = tilleuls.assemblies.prepare(TILLEULS, requested())
    assert tilleuls.assemblies.check_preparation(TILLEULS, requested()) == []
    tilleuls.assemblies.convene(six, SENT)


def test_r312_194_20_an_unknown_or_repeated_requester_is_refused_even_in_a_draft(tilleuls):
    with pytest.raises(InvalidAssembly, match="Demandeurs inconnus du groupement : NOBODY"):
        tilleuls.assemblies.prepare(TILLEULS, requested(SIX + ("NOBODY",)))
    with pytest.raises(InvalidAssembly, match="plusieurs fois"):
        tilleuls.assemblies.prepare(TILLEULS, requested(SIX + (SIX[0],)))
    assert tilleuls.assemblies.list(TILLEULS) == []


def test_r312_194_20_the_deadline_is_listed_until_convened(tilleuls):
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, requested())
    listed = [d for d in tilleuls.membership.deadlines(TILLEULS, date(2026, 11, 21)) if "Assemblée demandée" in d.text]
    assert [d.due for d in listed] == [date(2026, 12, 5)]
    assert "à convoquer au plus tard le 5 décembre 2026, pour une réunion au plus tard le 20 décembre 2026" \
        in listed[0].text
    tilleuls.assemblies.convene(assembly_id, SENT)
    assert not [d for d in tilleuls.membership.deadlines(TILLEULS, date(2026, 11, 21))
                if "Assemblée demandée" in d.text]


@pytest.fixture
def other(empty_base, tmp_path):
    """A second base of its own, to import into."""
    shutil.copy(empty_base, tmp_path / "other.sqlite")
    opened = open_services(tmp_path / "other.sqlite")
    yield opened
    opened.close()


def test_r312_194_20_json_round_trip_and_fields_omitted_when_not_requested(tilleuls, other):
    tilleuls.assemblies.prepare(TILLEULS, Assembly(MEETING, "Siège", agenda=agenda()))
    tilleuls.assemblies.prepare(TILLEULS, requested())
    exported = json.loads(tilleuls.groupements.export_json(TILLEULS))
    own_motion, asked = exported["assemblies"]
    assert "requested_by" not in own_motion and "requested_on" not in own_motion
    assert asked["requested_by"] == list(SIX) and asked["requested_on"] == "2026-11-20"
    jsonschema.validate(exported, SCHEMA)
    with pytest.raises(jsonschema.ValidationError):  # each requester once
        jsonschema.validate(exported | {"assemblies": [asked | {"requested_by": ["GLY", "GLY"]}]}, SCHEMA)
    other.groupements.import_json(json.dumps(exported))
    again = json.loads(other.groupements.export_json(TILLEULS))
    assert again["assemblies"] == exported["assemblies"]


def test_r312_194_20_json_refuses_a_requester_that_is_not_a_member(tilleuls, other):
    exported = json.loads(tilleuls.groupements.export_json(TILLEULS))
    exported["assemblies"] = [{"meeting_date": "2026-12-15", "state": "draft", "agenda": [],
                               "requested_on": "2026-11-20", "requested_by": ["GLY", "GLY", "NOBODY"]}]
    with pytest.raises(FormatError) as refused:
        other.groupements.import_json(json.dumps(exported))
    text = str(refused.value)
    assert "assemblies[0].requested_by[1]" in text and "assemblies[0].requested_by[2]" in text


def test_r312_194_20_convocation_and_pv_say_who_asked_and_when(tilleuls):
    assembly_id = tilleuls.assemblies.prepare(TILLEULS, requested())
    tilleuls.assemblies.convene(assembly_id, SENT)
    record = tilleuls.assemblies.record(assembly_id)
    names = [record.member_names[key].replace("'", "’") for key in SIX]
    expected = ("Assemblée générale convoquée à la demande de " + ", ".join(f"« {n} »" for n in names[:-1])
                + f" et « {names[-1]} » (demande du 20 novembre 2026), conformément à l’article R. 312-194-20")
    letters = [p for p in pages(tilleuls.printing.convocations(TILLEULS, assembly_id)) if "Madame, Monsieur" in p]
    assert len(letters) == 17 and all(expected in letter for letter in letters)
    attend(tilleuls, assembly_id, TILLEULS_KEYS[:9])
    vote_all(tilleuls, assembly_id)
    held(tilleuls, assembly_id)
    minutes = " ".join(pages(tilleuls.printing.minutes(TILLEULS, assembly_id)))
    assert expected in minutes
