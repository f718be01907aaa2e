"""The administrateur's mandates in the JSON format: exported, imported, and refused by ``check FILE``
exactly as the service refuses them (art. 14, R. 312-194-21 3°, R. 312-194-23)."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest

from gcsms_desktop.domain.problems import InvalidGroupement, errors_only
from gcsms_desktop.interchange.groupement_json import load_document
from tests.cli.test_cli import run
from tests.conftest import RESOURCES
from tests.integration.test_administrators import election_assembly, texier
from tests.membership_factories import VITRE

SCHEMA = json.loads((RESOURCES / "schema" / "groupement-v4.schema.json").read_text())


@pytest.fixture
def exported(services, example_text):
    services.groupements.import_json(example_text("pays-de-vitre-100-parts"))
    election_assembly(services)
    services.administrators.elect(VITRE, texier())
    return json.loads(services.groupements.export_json(VITRE))


def test_export_lists_the_mandates_and_follows_the_schema(exported):
    jsonschema.validate(exported, SCHEMA)
    assert exported["administrator_mandates"] == [{
        "number": 1, "member": "C", "person_name": "Paul Texier", "starts_on": "2030-01-15",
        "deliberation": {"date": "2029-12-10", "number": "2029-1", "matter": "3", "adopted": True, "unanimous": True},
        "ends_previous": None}]
    assert exported["groupement"]["administrator"]["person_name"] == "Didier Lemoine"


def test_round_trip_keeps_who_is_in_office(exported, tmp_path):
    from gcsms_desktop.services.context import open_services

    other = open_services(tmp_path / "other.sqlite")
    try:
        other.groupements.import_json(json.dumps(exported))
        history = other.membership.history(VITRE)
        assert [history.administrator(date(2030, 1, d)) for d in (14, 15)] == [
            history.groupement.administrator, history.mandates[0].administrator]
        assert history.mandates[0].person_name == "Paul Texier"
        assert json.loads(other.groupements.export_json(VITRE))["administrator_mandates"] == \
            exported["administrator_mandates"]
    finally:
        other.close()


def test_a_file_without_the_key_has_no_later_mandate(exported):
    del exported["administrator_mandates"]
    assert load_document(json.dumps(exported)).mandates == ()


@pytest.mark.parametrize(("change", "expected"), [
    ({"person_name": "Jean Inconnu"}, "« Jean Inconnu » n'est ni le membre « EHPAD public de La Guerche »"),
    ({"deliberation": {"date": "2029-12-10", "number": "2029-2", "matter": "1", "adopted": True,
                       "unanimous": True}}, "l'élection de l'administrateur relève du 3°"),
    ({"deliberation": {"date": "2030-07-02", "number": "", "matter": "3", "adopted": True, "unanimous": False},
      "starts_on": None}, "cette date n'est pas encore arrivée"),
])
def test_check_refuses_what_the_service_refuses(exported, services, change, expected, tmp_path, capsys):
    exported["administrator_mandates"][0].update(change)
    text = json.dumps(exported)
    problems = errors_only(services.groupements.check_file(text, date(2030, 6, 30)))
    assert problems and problems[0].field.startswith("administrator_mandates[0]")
    assert expected in problems[0].message and problems[0].message.startswith("Mandat n° 1 (")
    with pytest.raises(InvalidGroupement):
        services.groupements.import_json(text.replace(VITRE, VITRE + " bis"))
    path = tmp_path / "refused.json"
    path.write_text(text)
    code, out, err = run(capsys, "check", str(path))
    assert code != 0 and "administrator_mandates[0]" in out + err
