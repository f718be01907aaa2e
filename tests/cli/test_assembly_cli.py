"""Assemblies from the command line: print every document, result as JSON, JSON round trip."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import run
from tests.conftest import EXAMPLES
from tests.integration.test_assemblies import TILLEULS


@pytest.fixture
def database(signed_tilleuls_base):
    """A base with the Tilleuls, one signed assembly (id 1) and one convened (id 2), built once for the
    module: these tests only read it (tests.prepared checks it is unchanged at the end)."""
    return signed_tilleuls_base


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
    assert document["version"] == 4 and len(document["assemblies"]) == 2
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
    pages = [[p.extract_text() for p in PdfReader(path).pages][2:] for path in (first, second)]  # after cover, index
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


def test_r312_194_22_a_file_cannot_bring_a_pv_signed_before_its_meeting(database, tmp_path, capsys):
    """Art. R. 312-194-22 du CASF (convention art. 13): a PV is signed after the meeting it records. The
    « import » command is the other way a signed PV enters the books: a file whose PV is signed before its
    meeting is refused naming the field, and nothing is written (an extract would otherwise be « certifié
    conforme au procès-verbal signé le 1er décembre » for a meeting of 15 December)."""
    exported = tmp_path / "tilleuls.json"
    assert run(capsys, "--db", str(database), "export", TILLEULS, "-o", str(exported))[0] == 0
    document = json.loads(exported.read_text())
    assert document["assemblies"][0]["meeting_date"] == "2026-12-15"
    document["assemblies"][0]["signed_on"] = "2026-12-14"
    early = tmp_path / "early.json"
    early.write_text(json.dumps(document))
    other = tmp_path / "other.sqlite"
    code, _out, err = run(capsys, "--db", str(other), "import", str(early))
    assert code == 2
    assert ("assemblies[0].signed_on : le procès-verbal ne peut pas être signé avant la réunion du "
            "15 décembre 2026.") in err
    document["assemblies"][0]["signed_on"] = "2026-12-15"  # the day of the meeting is accepted
    early.write_text(json.dumps(document))
    code, _out, err = run(capsys, "--db", str(other), "import", str(early))
    assert (code, err) == (0, "")
    code, out, _err = run(capsys, "--db", str(other), "assembly", "list", TILLEULS)
    assert "15 décembre 2026  signée" in out
