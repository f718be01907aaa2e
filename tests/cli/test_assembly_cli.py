"""Assemblies from the command line: print every document, result as JSON, JSON round trip."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from gcsms_desktop.domain.majority import Choice
from gcsms_desktop.services.context import open_services
from tests.assembly_factories import MEETING, attend, convened, held, vote_all
from tests.cli.test_cli import run
from tests.conftest import EXAMPLES
from tests.integration.test_assemblies import TILLEULS, TILLEULS_KEYS


@pytest.fixture
def database(tmp_path):
    """A base with the Tilleuls, one signed assembly (id 1) and one convened (id 2)."""
    path = tmp_path / "gcsms.sqlite"
    services = open_services(path)
    services.groupements.import_json((EXAMPLES / "tilleuls-17-parts.json").read_text())
    signed = convened(services, TILLEULS)
    attend(services, signed, TILLEULS_KEYS[:9])
    vote_all(services, signed, Choice.FOR, GLY=Choice.ABSTENTION)
    held(services, signed)
    services.assemblies.sign(signed, MEETING)
    convened(services, TILLEULS, MEETING.replace(day=30), MEETING)
    services.close()
    return path


@pytest.mark.parametrize(("document", "extra", "expected"), [
    ("convocations", ["--assembly", "2"], "Ordre du jour"),
    ("attendance", ["--assembly", "2"], "Feuille de présence"),
    ("minutes", ["--assembly", "1"], "Procès-verbal"),
    ("register", [], "Registre des délibérations"),
    ("extract", ["--deliberation", "2026-1"], "Extrait du registre"),
])
def test_print_each_assembly_document(database, tmp_path, capsys, document, extra, expected):
    output = tmp_path / f"{document}.pdf"
    code, out, err = run(capsys, "--db", str(database), "print", document, TILLEULS, *extra, "-o", str(output))
    assert (code, err) == (0, "")
    assert "enregistr" in out
    assert expected in PdfReader(output).pages[0].extract_text()


def test_print_minutes_without_assembly_says_how_to_find_it(database, tmp_path, capsys):
    code, _out, err = run(capsys, "--db", str(database), "print", "minutes", TILLEULS, "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "--assembly NUMÉRO" in err and not (tmp_path / "x.pdf").exists()


def test_minutes_of_an_assembly_still_in_session_are_refused(database, tmp_path, capsys):
    code, _out, err = run(capsys, "--db", str(database), "print", "minutes", TILLEULS, "--assembly", "2",
                          "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "séance close" in err


def test_assembly_result_json(database, capsys):
    code, out, _err = run(capsys, "--db", str(database), "assembly", "result", TILLEULS, "--assembly", "1", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["quorum"] == {
        "present": "9", "represented": "0", "attending": "9", "total": "17", "minimum": "17/2", "reached": True,
        "may_deliberate": True,
        "explanation": "Quorum atteint : 9/17 des droits présents ou représentés (minimum 8,5/17, art. R. 312-194-22)."}
    accounts, admission = result["resolutions"]
    assert ((accounts["rule"], accounts["for"], accounts["abstention"], accounts["adopted"])
            == ("majority", "8", "1", True))
    assert (admission["rule"], admission["adopted"], admission["deliberation_number"]) == ("unanimity", False, "2026-2")


def test_assembly_list_and_text_result(database, capsys):
    code, out, _err = run(capsys, "--db", str(database), "assembly", "list", TILLEULS)
    assert code == 0 and "15 décembre 2026  signée" in out and "30 décembre 2026  convoquée" in out
    code, out, _err = run(capsys, "--db", str(database), "assembly", "result", TILLEULS, "--assembly", "1")
    assert "n° 2026-2 — Admission de l'association Les Genêts : rejetée" in out


def test_unknown_assembly_is_a_french_error(database, capsys):
    code, _out, err = run(capsys, "--db", str(database), "assembly", "result", TILLEULS, "--assembly", "99")
    assert code == 2 and "Aucune assemblée numéro 99" in err


def test_assemblies_survive_export_and_import(database, tmp_path, capsys):
    exported = tmp_path / "tilleuls.json"
    assert run(capsys, "--db", str(database), "export", TILLEULS, "-o", str(exported))[0] == 0
    document = json.loads(exported.read_text())
    assert document["version"] == 3 and len(document["assemblies"]) == 2
    assert document["assemblies"][0]["droits"]["total"] == "17"
    other = tmp_path / "other.sqlite"
    assert run(capsys, "--db", str(other), "import", str(exported))[0] == 0
    again = tmp_path / "again.json"
    assert run(capsys, "--db", str(other), "export", TILLEULS, "-o", str(again))[0] == 0
    assert json.loads(again.read_text()) == document
    code, out, _err = run(capsys, "--db", str(other), "assembly", "result", TILLEULS, "--assembly", "1", "--json")
    assert json.loads(out)["resolutions"][1]["adopted"] is False
    # imported without its signed pages, the PV is typeset again on the same register folios
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    run(capsys, "--db", str(database), "print", "register", TILLEULS, "-o", str(first))
    run(capsys, "--db", str(other), "print", "register", TILLEULS, "-o", str(second))
    pages = [[p.extract_text() for p in PdfReader(path).pages] for path in (first, second)]
    assert len(pages[0]) == len(pages[1]) == document["assemblies"][0]["register"]["page_count"]
    assert all(f"page {n}" in text for n, text in enumerate(pages[1], start=1))


def test_version_1_files_are_still_read(tmp_path, capsys):
    document = json.loads((EXAMPLES / "pays-de-vitre-100-parts.json").read_text())
    document["version"] = 1
    del document["assemblies"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document))
    assert run(capsys, "--db", str(tmp_path / "db.sqlite"), "import", str(old))[0] == 0


def test_bad_assembly_in_a_file_is_refused_naming_the_field(tmp_path, capsys):
    document = json.loads((EXAMPLES / "pays-de-vitre-100-parts.json").read_text())
    document["assemblies"] = [{"meeting_date": "2026-12-15", "state": "held", "agenda": [],
                               "attendance": [{"member": "ZZZ", "presence": "present"}]}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    code, _out, err = run(capsys, "--db", str(tmp_path / "db.sqlite"), "import", str(bad))
    assert code == 2 and "assemblies[0].attendance[0].member" in err and "« ZZZ »" in err
